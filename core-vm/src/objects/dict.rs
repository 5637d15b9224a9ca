//! The insertion-ordered hash table behind `dict`, instance attributes,
//! class namespaces and module globals (CPython's "compact dict" layout: a
//! dense entry array plus a sparse index table, which small dicts do
//! without: see [`SMALL_POSITIONS`]).
//!
//! The table itself never calls Python code. Key equality for keys whose
//! comparison may run user code (`__eq__`) is done by the VM in
//! `crate::vm::ops` by first collecting candidates ([`Dict::candidates`]),
//! releasing the borrow, comparing, and then acting by entry index — so a
//! user `__eq__` that mutates the dict can never alias a borrow.

use alloc::vec;
use alloc::vec::Vec;

use super::value::Value;

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

/// A dict with at most this many entry positions has no index table:
/// lookups scan the entries (comparing hashes first), which costs less
/// than allocating, filling and probing a table — most instance
/// attribute dicts and keyword-argument dicts are this small.
const SMALL_POSITIONS: usize = 8;

/// One key/value pair with the key's hash.
#[derive(Clone, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// An insertion-ordered hash map from Python values to Python values.
#[derive(Clone, Debug, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    /// Changes (to a process-unique value) on every insertion of a new key
    /// or removal: iteration checks it, and inline caches that read a value
    /// at a cached entry position are guarded by it.
    version: u64,
}

/// Source of dict versions, unique for the life of the process so that a
/// version identifies one dict layout (fresh dicts start at 0, and no
/// cache is ever filled from an empty dict).
static NEXT_DICT_VERSION: core::sync::atomic::AtomicU64 = core::sync::atomic::AtomicU64::new(1);

#[inline]
fn next_dict_version() -> u64 {
    NEXT_DICT_VERSION.fetch_add(1, core::sync::atomic::Ordering::Relaxed)
}


impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Changes whenever a key is added or removed.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Upper bound of entry positions (for position-based iteration).
    #[inline]
    pub fn capacity_positions(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at dense position `pos`, if any.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    /// Mutable live entry at `pos`.
    #[inline]
    pub fn entry_at_mut(&mut self, pos: usize) -> Option<&mut Entry> {
        self.entries.get_mut(pos).and_then(|e| e.as_mut())
    }

    /// Iterate live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// Keys in insertion order (cloned).
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    /// Values in insertion order (cloned).
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    /// Items in insertion order (cloned).
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// Walk the probe sequence for `hash`, calling `f` with each occupied
    /// entry position; stops when `f` returns `Some`.
    fn probe<T>(&self, hash: i64, mut f: impl FnMut(usize, &Entry) -> Option<T>) -> Option<T> {
        if self.indices.is_empty() {
            return self.scan(hash, f);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DELETED {
                if let Some(Some(e)) = self.entries.get(ix as usize) {
                    if e.hash == hash {
                        if let Some(r) = f(ix as usize, e) {
                            return Some(r);
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// [`Dict::probe`] for a small dict, which has no index table: every
    /// entry in order.
    #[inline]
    fn scan<T>(&self, hash: i64, mut f: impl FnMut(usize, &Entry) -> Option<T>) -> Option<T> {
        for (pos, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                if e.hash == hash {
                    if let Some(r) = f(pos, e) {
                        return Some(r);
                    }
                }
            }
        }
        None
    }

    /// Position of the entry whose key satisfies `eq` (called only for
    /// entries with the same hash). `eq` must not call Python code.
    pub fn find_by(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        self.probe(hash, |pos, e| if eq(&e.key) { Some(pos) } else { None })
    }

    /// Positions and keys of every entry with this hash, for comparisons
    /// that may run Python code.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut out = Vec::new();
        self.probe::<()>(hash, |pos, e| {
            out.push((pos, e.key.clone()));
            None
        });
        out
    }

    /// Insert a key known to be absent (the caller has checked).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let small = self.indices.is_empty() && self.entries.len() < SMALL_POSITIONS;
        if !small && (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        if !small {
            self.place_index(hash, pos as u32);
        }
        self.len += 1;
        self.version = next_dict_version();
    }

    /// Replace the value at `pos`, returning the old value.
    pub fn set_value_at(&mut self, pos: usize, value: Value) -> Option<Value> {
        self.entry_at_mut(pos).map(|e| core::mem::replace(&mut e.value, value))
    }

    /// Remove the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(pos)?.take()?;
        // Mark its index slot deleted.
        let mask = self.indices.len().wrapping_sub(1);
        let mut perturb = entry.hash as u64;
        let mut i = (entry.hash as u64 as usize) & mask;
        loop {
            match self.indices.get(i) {
                Some(&ix) if ix == pos as u32 => {
                    self.indices[i] = DELETED;
                    break;
                }
                Some(&EMPTY) | None => break,
                _ => {}
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.len -= 1;
        self.version = next_dict_version();
        if self.len == 0 {
            self.entries.clear();
            self.indices.clear();
        }
        Some(entry)
    }

    /// Remove and return the last inserted entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(pos)
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.version = next_dict_version();
    }

    fn place_index(&mut self, hash: i64, pos: u32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == EMPTY {
                self.indices[i] = pos;
                return;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn grow(&mut self) {
        // Compact the entries, then rebuild the index table.
        self.entries.retain(|e| e.is_some());
        let mut size = 8;
        while size * 2 <= (self.len + 1) * 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        for pos in 0..self.entries.len() {
            if let Some(Some(e)) = self.entries.get(pos) {
                let h = e.hash;
                self.place_index(h, pos as u32);
            }
        }
    }

    /// The entry position of a string key.
    pub fn find_str(&self, key: &str) -> Option<usize> {
        let h = super::str::str_hash(key);
        self.find_by(h, |k| k.as_str() == Some(key))
    }

    /// Look up a string key (attribute dicts, globals). Strings compare
    /// without running Python code.
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        let h = super::str::str_hash(key);
        let pos = self.find_by(h, |k| k.as_str() == Some(key))?;
        self.entry_at(pos).map(|e| &e.value)
    }

    /// Set a string key.
    pub fn set_str(&mut self, key: &str, value: Value) {
        let h = super::str::str_hash(key);
        match self.find_by(h, |k| k.as_str() == Some(key)) {
            Some(pos) => {
                self.set_value_at(pos, value);
            }
            None => self.insert_new(h, Value::str(key), value),
        }
    }

    /// Set with an existing `str` value as key (avoids re-allocating it).
    pub fn set_str_value(&mut self, key: Value, value: Value) {
        let Some(s) = key.as_pystr() else { return };
        let h = s.hash();
        let pos = self.find_by(h, |k| k.as_str() == Some(s.as_str()));
        match pos {
            Some(pos) => {
                self.set_value_at(pos, value);
            }
            None => self.insert_new(h, key, value),
        }
    }

    /// Remove a string key, returning its value.
    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let h = super::str::str_hash(key);
        let pos = self.find_by(h, |k| k.as_str() == Some(key))?;
        self.remove_at(pos).map(|e| e.value)
    }
}
