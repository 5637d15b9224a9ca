//! The VM's class-attribute cache (CPython's "type attribute cache"):
//! `lookup(class, name)` results keyed by the class's version and the
//! name. Generic attribute and method loads — the ones that polymorphic
//! call sites keep using after their inline caches gave up — go through
//! it instead of walking the MRO's dicts each time. A class changing gets
//! a new version, so stale entries simply stop matching.

use alloc::string::String;
use alloc::vec::Vec;

use crate::objects::types::{lookup, type_data};
use crate::objects::{Obj, Value};

use super::Vm;

/// Entries in the direct-mapped table (a power of two).
const SIZE: usize = 1024;

/// One cached lookup.
#[derive(Default)]
pub(crate) struct Entry {
    version: u32,
    name: String,
    value: Option<Value>,
}

/// The table.
#[derive(Default)]
pub(crate) struct AttrCache {
    entries: Vec<Entry>,
}

#[inline(always)]
fn slot(version: u32, name: &str) -> usize {
    let mut h = version as usize;
    for b in name.as_bytes().iter().take(8) {
        h = h.wrapping_mul(31).wrapping_add(*b as usize);
    }
    (h ^ name.len().wrapping_mul(0x9e37)) & (SIZE - 1)
}

impl Vm {
    /// `lookup(cls, name)` through the cache (classes with version 0 are
    /// looked up directly).
    pub fn class_lookup(&mut self, cls: &Obj, name: &str) -> Option<Value> {
        let version = type_data(cls).map(|t| t.version.get()).unwrap_or(0);
        if version == 0 {
            return lookup(cls, name);
        }
        let i = slot(version, name);
        let table = &mut self.attr_cache.entries;
        if table.is_empty() {
            table.resize_with(SIZE, Entry::default);
        }
        if let Some(e) = table.get(i) {
            if e.version == version && e.name == name {
                return e.value.clone();
            }
        }
        let value = lookup(cls, name);
        if let Some(e) = table.get_mut(i) {
            e.version = version;
            e.name.clear();
            e.name.push_str(name);
            e.value = value.clone();
        }
        value
    }
}
