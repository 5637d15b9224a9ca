//! The hash table behind `set` and `frozenset`.
//!
//! It reproduces CPython 3.11's `setobject.c` table exactly (size 8 minimum,
//! linear probes of 9 then perturbed probing, dummies, resize at 3/5 fill),
//! so iteration order — and therefore `print({3, 1, 2})` — matches CPython
//! for every key whose hash matches CPython's (ints, floats, tuples of them).
//!
//! Equality is supplied by the caller as a fallible closure, so the VM can
//! run user `__eq__` (it takes the table out of its cell while doing so).

use alloc::vec;
use alloc::vec::Vec;

use super::exc::PyResult;
use super::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One table position (CPython's `setentry`): a key and its hash, or no
/// key (`Null`) with the hash `NO_KEY`, which no key has, so a probe
/// comparing hashes passes over empty and dummy slots with one test. The
/// key then tells them apart: `Null` for never used (a probe stops),
/// `None` for a dummy (a removed key: probes go on).
#[derive(Clone, Debug)]
struct Slot {
    hash: i64,
    key: Value,
}

/// The hash of empty and dummy slots. Python hashes are never -1 (CPython
/// maps it to -2, and so does [`stored_hash`]).
const NO_KEY: i64 = -1;

impl Slot {
    const EMPTY: Slot = Slot { hash: NO_KEY, key: Value::Null };
    const DUMMY: Slot = Slot { hash: NO_KEY, key: Value::None };

    #[inline(always)]
    fn full(hash: i64, key: Value) -> Slot {
        Slot { hash, key }
    }

    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.hash == NO_KEY && matches!(self.key, Value::Null)
    }

    #[inline(always)]
    fn is_dummy(&self) -> bool {
        self.hash == NO_KEY && matches!(self.key, Value::None)
    }

    /// The key, if the slot holds one.
    #[inline(always)]
    fn key(&self) -> Option<&Value> {
        (self.hash != NO_KEY).then_some(&self.key)
    }
}

/// `hash` as the table stores it (never [`NO_KEY`]).
#[inline(always)]
fn stored_hash(hash: i64) -> i64 {
    if hash == NO_KEY {
        -2
    } else {
        hash
    }
}

/// A CPython-compatible set table.
#[derive(Clone, Debug)]
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// Key equality callback: `(stored_key, probe_key) -> equal?`.
pub type EqFn<'a> = &'a mut dyn FnMut(&Value, &Value) -> PyResult<bool>;

impl SetTable {
    /// An empty set.
    pub fn new() -> SetTable {
        SetTable { table: vec![Slot::EMPTY; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }

    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Elements in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(Slot::key)
    }

    /// The elements, mutably: only for tearing a dead set down (see
    /// `objects::teardown`), since changing a key breaks the table.
    pub(crate) fn keys_mut(&mut self) -> impl Iterator<Item = &mut Value> {
        self.table.iter_mut().filter_map(|s| (s.hash != NO_KEY).then_some(&mut s.key))
    }

    /// Elements with hashes in table order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| s.key().map(|k| (s.hash, k)))
    }

    /// Number of slots (for position-based iteration).
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    /// The element in slot `i`, if occupied.
    pub fn slot(&self, i: usize) -> Option<&Value> {
        self.table.get(i).and_then(Slot::key)
    }

    // `lookup`, `contains_int`, `probe_int`, `add` and `insert_clean` each
    // spell out CPython's probe sequence (runs of `LINEAR_PROBES + 1` slots, then a
    // perturbed jump). A shared probe iterator was measured: set-heavy
    // code ran 0.6-1.8% more instructions (nqueens, go), so the loops stay
    // written out; a change to the sequence must be made in all five.

    /// Find the slot holding `key`, if present.
    fn lookup(&self, key: &Value, hash: i64, eq: EqFn) -> PyResult<Option<usize>> {
        let hash = stored_hash(hash);
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let mut probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            let mut j = i;
            loop {
                let s = &self.table[j];
                if s.hash == hash {
                    if s.key.is(key) || eq(&s.key, key)? {
                        return Ok(Some(j));
                    }
                } else if s.is_empty() {
                    return Ok(None);
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Whether the machine integer `x` (whose hash is `hash`) is present,
    /// comparing natively: `None` when a probe meets an entry with the same
    /// hash that is not a machine integer (a float, a big int or an object
    /// whose `__eq__` may run Python), which the general lookup then
    /// decides.
    #[inline]
    pub fn contains_int(&self, x: i64, hash: i64) -> Option<bool> {
        let hash = stored_hash(hash);
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let last = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
            // One bounds check per run of slots, none per slot.
            for s in self.table.get(i..=last)? {
                if s.hash == hash {
                    match s.key {
                        Value::Int(y) if y == x => return Some(true),
                        Value::Int(_) => {}
                        _ => return None,
                    }
                } else if matches!(s.key, Value::Null) {
                    // (A full slot never holds `Null`: the hash need not be checked.)
                    return Some(false);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Probe for the machine integer `x` (whose hash is `hash`) comparing
    /// natively, as [`SetTable::add`] probes: `Ok(slot)` where it is,
    /// `Err((empty, dummy))` with the empty slot ending the probe and the
    /// last dummy passed on the way (where an add puts it). `None` when a
    /// probe meets an entry with the same hash that is not a machine
    /// integer, which only the general probe can decide.
    #[inline]
    fn probe_int(&self, x: i64, hash: i64) -> Option<Result<usize, (usize, Option<usize>)>> {
        let hash = stored_hash(hash);
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        loop {
            let mut probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            let mut j = i;
            loop {
                let s = self.table.get(j)?;
                if s.hash == hash {
                    match s.key {
                        Value::Int(y) if y == x => return Some(Ok(j)),
                        Value::Int(_) => {}
                        _ => return None,
                    }
                } else {
                    match s.key {
                        Value::Null => return Some(Err((j, freeslot))),
                        Value::None if s.hash == NO_KEY => freeslot = Some(j),
                        _ => {}
                    }
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// [`SetTable::add`] of the machine integer `x` (hash `hash`), compared
    /// natively: whether it was added, or `None` (nothing changed) when
    /// the general add must decide (see [`SetTable::probe_int`]).
    #[inline]
    pub fn add_int(&mut self, x: i64, hash: i64) -> Option<bool> {
        let (empty, freeslot) = match self.probe_int(x, hash)? {
            Ok(_) => return Some(false),
            Err(free) => free,
        };
        let slot = Slot::full(stored_hash(hash), Value::Int(x));
        if let Some(f) = freeslot {
            self.table[f] = slot;
            self.used += 1;
            return Some(true);
        }
        self.table[empty] = slot;
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(n);
        }
        Some(true)
    }

    /// [`SetTable::discard`] of the machine integer `x` (hash `hash`),
    /// compared natively: whether it was present, or `None` (nothing
    /// changed) when the general discard must decide.
    #[inline]
    pub fn discard_int(&mut self, x: i64, hash: i64) -> Option<bool> {
        match self.probe_int(x, hash)? {
            Ok(j) => {
                self.table[j] = Slot::DUMMY;
                self.used -= 1;
                Some(true)
            }
            Err(_) => Some(false),
        }
    }

    /// True if `key` is present.
    pub fn contains(&self, key: &Value, hash: i64, eq: EqFn) -> PyResult<bool> {
        Ok(self.lookup(key, hash, eq)?.is_some())
    }

    /// Add `key`; returns false if it was already present.
    pub fn add(&mut self, key: Value, hash: i64, eq: EqFn) -> PyResult<bool> {
        let hash = stored_hash(hash);
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let mut probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            let mut j = i;
            loop {
                let s = &self.table[j];
                if s.hash == hash {
                    if s.key.is(&key) || eq(&s.key, &key)? {
                        return Ok(false);
                    }
                } else if s.is_empty() {
                    if let Some(f) = freeslot {
                        self.table[f] = Slot::full(hash, key);
                        self.used += 1;
                        return Ok(true);
                    }
                    self.table[j] = Slot::full(hash, key);
                    self.fill += 1;
                    self.used += 1;
                    if self.fill * 5 >= mask * 3 {
                        let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
                        self.resize(n);
                    }
                    return Ok(true);
                } else if s.is_dummy() {
                    freeslot = Some(j);
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Remove `key`; returns false if it was absent.
    pub fn discard(&mut self, key: &Value, hash: i64, eq: EqFn) -> PyResult<bool> {
        match self.lookup(key, hash, eq)? {
            Some(j) => {
                self.table[j] = Slot::DUMMY;
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Remove and return an arbitrary element (CPython's `set.pop` order).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        loop {
            if self.table[i].key().is_some() {
                break;
            }
            i = if i >= mask { 0 } else { i + 1 };
        }
        let slot = core::mem::replace(&mut self.table[i], Slot::DUMMY);
        self.used -= 1;
        self.finger = i + 1;
        Some(slot.key)
    }

    /// After removing many elements (`difference_update`, `-=`): shrink
    /// the table when dummies dominate, exactly when CPython does.
    pub fn shrink_after_removals(&mut self) {
        if (self.fill - self.used) * 5 < self.mask() {
            return;
        }
        let n = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
        self.resize(n);
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = core::mem::replace(&mut self.table, vec![Slot::EMPTY; newsize]);
        self.fill = self.used;
        for slot in old {
            if slot.hash != NO_KEY {
                self.insert_clean(slot.hash, slot.key);
            }
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.table[i].is_empty() {
                self.table[i] = Slot::full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if self.table[i + j].is_empty() {
                        self.table[i + j] = Slot::full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Add every element of `other` (CPython's `set_merge`, including its
    /// fast paths, so copies keep CPython's layout).
    pub fn merge(&mut self, other: &SetTable, eq: EqFn) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for (hash, key) in other.entries() {
                self.insert_clean(hash, key.clone());
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (hash, key) in other.entries() {
            self.add(key.clone(), hash, eq)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! Iteration order must match CPython 3.11 (expected lists were printed
    //! by CPython; small ints hash to themselves, -5 to -5).
    use super::*;

    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => i64::MIN,
            })
            .collect()
    }

    fn add(t: &mut SetTable, i: i64) {
        let _ = t.add(Value::Int(i), i, &mut |a, b| Ok(a.is(b)));
    }

    #[test]
    fn add_order_matches_cpython() {
        let mut t = SetTable::new();
        for i in [8, 16, 1, 100, 33] {
            add(&mut t, i);
        }
        assert_eq!(ints(&t), [1, 33, 100, 8, 16]);
        // `set(that_set)` merges into a fresh table (CPython's set_merge).
        let mut copy = SetTable::new();
        let _ = copy.merge(&t, &mut |a, b| Ok(a.is(b)));
        assert_eq!(ints(&copy), [16, 1, 33, 100, 8]);
    }

    #[test]
    fn resize_order_matches_cpython() {
        let mut t = SetTable::new();
        for i in (0..200).step_by(7) {
            add(&mut t, i);
        }
        let expected = [
            0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 77, 84, 91,
            98, 105, 112, 119, 126,
        ];
        assert_eq!(ints(&t), expected);
    }

    #[test]
    fn dummies_and_pop_match_cpython() {
        let mut t = SetTable::new();
        for i in 0..50 {
            add(&mut t, i);
        }
        for i in (0..50).step_by(3) {
            let _ = t.discard(&Value::Int(i), i, &mut |a, b| Ok(a.is(b)));
        }
        add(&mut t, 1000);
        add(&mut t, -5);
        let mut expected: Vec<i64> = (0..50).filter(|i| i % 3 != 0).collect();
        expected.push(1000);
        expected.push(-5);
        assert_eq!(ints(&t), expected);
        let a = t.pop();
        let b = t.pop();
        assert!(matches!(a, Some(Value::Int(1))));
        assert!(matches!(b, Some(Value::Int(2))));
    }
}
