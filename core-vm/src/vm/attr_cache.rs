//! The VM's class-attribute cache (CPython's "type attribute cache"):
//! `lookup(class, name)` results keyed by the class's version and the
//! name. Generic attribute and method loads — the ones that polymorphic
//! call sites keep using after their inline caches gave up — go through
//! it instead of walking the MRO's dicts each time. A class changing gets
//! a new version, so stale entries simply stop matching.

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::objects::types::{lookup, type_data};
use crate::objects::{Obj, Value};

use super::Vm;

/// Entries in the direct-mapped table (a power of two).
const SIZE: usize = 1024;

/// One cached lookup.
#[derive(Default)]
pub(crate) struct Entry {
    version: u32,
    /// Which lookup the entry answers: the full MRO (`lookup`) or the
    /// user-defined classes only (`user_lookup`, for dunders).
    user_only: bool,
    name: String,
    value: Option<Value>,
}

/// The table (interior mutability: dunder lookups run with `&Vm`).
#[derive(Default)]
pub(crate) struct AttrCache {
    entries: RefCell<Vec<Entry>>,
}

#[inline(always)]
fn slot(version: u32, name: &str, user_only: bool) -> usize {
    let mut h = version as usize ^ (user_only as usize) << 9;
    for b in name.as_bytes().iter().take(8) {
        h = h.wrapping_mul(31).wrapping_add(*b as usize);
    }
    (h ^ name.len().wrapping_mul(0x9e37)) & (SIZE - 1)
}

impl AttrCache {
    /// `find(cls, name)` through the cache (classes with version 0 are
    /// looked up directly).
    fn get(&self, cls: &Obj, name: &str, user_only: bool, find: fn(&Obj, &str) -> Option<Value>) -> Option<Value> {
        let version = type_data(cls).map(|t| t.version.get()).unwrap_or(0);
        if version == 0 {
            return find(cls, name);
        }
        let i = slot(version, name, user_only);
        if let Ok(table) = self.entries.try_borrow() {
            if let Some(e) = table.get(i) {
                if e.version == version && e.user_only == user_only && e.name == name {
                    return e.value.clone();
                }
            }
        }
        let value = find(cls, name);
        if let Ok(mut table) = self.entries.try_borrow_mut() {
            if table.is_empty() {
                table.resize_with(SIZE, Entry::default);
            }
            if let Some(e) = table.get_mut(i) {
                e.version = version;
                e.user_only = user_only;
                e.name.clear();
                e.name.push_str(name);
                // The replaced value is dropped after the table is released.
                let old = core::mem::replace(&mut e.value, value.clone());
                drop(table);
                drop(old);
            }
        }
        value
    }
}

impl Vm {
    /// `lookup(cls, name)` through the cache.
    pub fn class_lookup(&mut self, cls: &Obj, name: &str) -> Option<Value> {
        self.attr_cache.get(cls, name, false, lookup)
    }

    /// `user_lookup(cls, name)` (the user-defined classes of the MRO only,
    /// as dunder dispatch wants) through the cache.
    pub fn user_class_lookup(&self, cls: &Obj, name: &str) -> Option<Value> {
        self.attr_cache.get(cls, name, true, super::ops::user_lookup)
    }
}
