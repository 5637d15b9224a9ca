//! The typed storage of an `array.array` and the conversion of Python
//! values to its item type, with CPython's range checks and messages.

use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::{PyErr, PyResult, Value};
use crate::vm::{Num, Vm};

/// The valid typecodes, in CPython's order (without the deprecated `u`).
pub const CODES: &str = "bBhHiIlLqQfd";

/// Size in bytes of one item of `code`.
pub fn itemsize(code: char) -> usize {
    match code {
        'b' | 'B' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}

/// One converted item.
#[derive(Clone, Copy, Debug)]
pub enum Elem {
    I(i64),
    U(u64),
    F(f64),
}

/// The items, stored as machine values of the array's kind.
#[derive(Clone, Debug)]
pub enum Store {
    /// `b`, `h`, `i`, `l`, `q`.
    I(Vec<i64>),
    /// `B`, `H`, `I`, `L`, `Q`.
    U(Vec<u64>),
    /// `f` (values rounded to single precision).
    F32(Vec<f32>),
    /// `d`.
    F64(Vec<f64>),
}

macro_rules! each {
    ($s:expr, $v:ident => $e:expr) => {
        match $s {
            Store::I($v) => $e,
            Store::U($v) => $e,
            Store::F32($v) => $e,
            Store::F64($v) => $e,
        }
    };
}

impl Store {
    /// Empty storage for a typecode.
    pub fn new(code: char) -> Store {
        match code {
            'B' | 'H' | 'I' | 'L' | 'Q' => Store::U(Vec::new()),
            'f' => Store::F32(Vec::new()),
            'd' => Store::F64(Vec::new()),
            _ => Store::I(Vec::new()),
        }
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        each!(self, v => v.len())
    }

    /// Item `i` as a Python value.
    pub fn get(&self, i: usize) -> Option<Value> {
        Some(match self {
            Store::I(v) => Value::Int(*v.get(i)?),
            Store::U(v) => u64_value(*v.get(i)?),
            Store::F32(v) => Value::Float(*v.get(i)? as f64),
            Store::F64(v) => Value::Float(*v.get(i)?),
        })
    }

    /// Every item as a Python value.
    pub fn values(&self) -> Vec<Value> {
        (0..self.len()).filter_map(|i| self.get(i)).collect()
    }

    /// Replace item `i`.
    pub fn set(&mut self, i: usize, e: Elem) {
        match (self, e) {
            (Store::I(v), Elem::I(x)) => {
                if let Some(s) = v.get_mut(i) {
                    *s = x
                }
            }
            (Store::U(v), Elem::U(x)) => {
                if let Some(s) = v.get_mut(i) {
                    *s = x
                }
            }
            (Store::F32(v), Elem::F(x)) => {
                if let Some(s) = v.get_mut(i) {
                    *s = x as f32
                }
            }
            (Store::F64(v), Elem::F(x)) => {
                if let Some(s) = v.get_mut(i) {
                    *s = x
                }
            }
            _ => {}
        }
    }

    /// Insert before `i` (`i <= len`).
    pub fn insert(&mut self, i: usize, e: Elem) {
        let i = i.min(self.len());
        match (self, e) {
            (Store::I(v), Elem::I(x)) => v.insert(i, x),
            (Store::U(v), Elem::U(x)) => v.insert(i, x),
            (Store::F32(v), Elem::F(x)) => v.insert(i, x as f32),
            (Store::F64(v), Elem::F(x)) => v.insert(i, x),
            _ => {}
        }
    }

    /// Append one item.
    pub fn push(&mut self, e: Elem) {
        let n = self.len();
        self.insert(n, e);
    }

    /// Remove item `i`, returning it as a Python value.
    pub fn remove(&mut self, i: usize) -> Option<Value> {
        let v = self.get(i)?;
        each!(self, items => {
            items.remove(i);
        });
        Some(v)
    }

    /// Reverse in place.
    pub fn reverse(&mut self) {
        each!(self, v => v.reverse())
    }

    /// The items at `idx`, in that order.
    pub fn select(&self, idx: impl Iterator<Item = usize>) -> Store {
        match self {
            Store::I(v) => Store::I(idx.filter_map(|i| v.get(i).copied()).collect()),
            Store::U(v) => Store::U(idx.filter_map(|i| v.get(i).copied()).collect()),
            Store::F32(v) => Store::F32(idx.filter_map(|i| v.get(i).copied()).collect()),
            Store::F64(v) => Store::F64(idx.filter_map(|i| v.get(i).copied()).collect()),
        }
    }

    /// Append all items of `other` (same kind).
    pub fn extend(&mut self, other: &Store) {
        match (self, other) {
            (Store::I(a), Store::I(b)) => a.extend_from_slice(b),
            (Store::U(a), Store::U(b)) => a.extend_from_slice(b),
            (Store::F32(a), Store::F32(b)) => a.extend_from_slice(b),
            (Store::F64(a), Store::F64(b)) => a.extend_from_slice(b),
            _ => {}
        }
    }

    /// Replace `start..end` with `other`'s items (same kind).
    pub fn splice(&mut self, start: usize, end: usize, other: &Store) {
        let end = end.min(self.len());
        let start = start.min(end);
        match (self, other) {
            (Store::I(a), Store::I(b)) => drop(a.splice(start..end, b.iter().copied())),
            (Store::U(a), Store::U(b)) => drop(a.splice(start..end, b.iter().copied())),
            (Store::F32(a), Store::F32(b)) => drop(a.splice(start..end, b.iter().copied())),
            (Store::F64(a), Store::F64(b)) => drop(a.splice(start..end, b.iter().copied())),
            _ => {}
        }
    }

    /// Keep only the items whose index satisfies `keep`.
    pub fn retain_indices(&mut self, keep: impl Fn(usize) -> bool) {
        each!(self, v => {
            let mut i = 0;
            v.retain(|_| {
                let k = keep(i);
                i += 1;
                k
            });
        })
    }

    /// Repeat the contents `n` times (`None` if it cannot be allocated).
    pub fn repeat(&self, n: usize) -> Option<Store> {
        fn rep<T: Copy>(v: &[T], n: usize) -> Option<Vec<T>> {
            let total = v.len().checked_mul(n)?;
            let mut out = Vec::new();
            out.try_reserve_exact(total).ok()?;
            for _ in 0..n {
                out.extend_from_slice(v);
            }
            Some(out)
        }
        Some(match self {
            Store::I(v) => Store::I(rep(v, n)?),
            Store::U(v) => Store::U(rep(v, n)?),
            Store::F32(v) => Store::F32(rep(v, n)?),
            Store::F64(v) => Store::F64(rep(v, n)?),
        })
    }

    /// Machine bytes (little-endian, `itemsize` bytes per item).
    pub fn to_bytes(&self, code: char) -> Vec<u8> {
        let size = itemsize(code);
        let mut out = Vec::with_capacity(self.len() * size);
        match self {
            Store::I(v) => v.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes()[..size])),
            Store::U(v) => v.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes()[..size])),
            Store::F32(v) => v.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes())),
            Store::F64(v) => v.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes())),
        }
        out
    }

    /// Append items decoded from machine bytes (length already checked).
    pub fn push_bytes(&mut self, code: char, bytes: &[u8]) {
        let size = itemsize(code);
        for chunk in bytes.chunks_exact(size) {
            let mut raw = [0u8; 8];
            raw[..size].copy_from_slice(chunk);
            let u = u64::from_le_bytes(raw);
            let e = match code {
                'f' => Elem::F(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
                'd' => Elem::F(f64::from_bits(u)),
                'B' | 'H' | 'I' | 'L' | 'Q' => Elem::U(u),
                _ => {
                    // Sign-extend from `size` bytes.
                    let shift = 64 - 8 * size as u32;
                    Elem::I(((u << shift) as i64) >> shift)
                }
            };
            self.push(e);
        }
    }
}

/// A `u64` as a Python int.
fn u64_value(x: u64) -> Value {
    match i64::try_from(x) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(x)),
    }
}

fn overflow(msg: &str) -> PyErr {
    PyErr::overflow(msg)
}

/// Check `x` against `[lo, hi]` with CPython's "... is less than minimum" /
/// "... is greater than maximum" messages for `what`.
fn range(x: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if x < lo {
        return Err(PyErr::overflow(alloc::format!("{} is less than minimum", what)));
    }
    if x > hi {
        return Err(PyErr::overflow(alloc::format!("{} is greater than maximum", what)));
    }
    Ok(x)
}

/// Convert a Python value to an item of `code`.
pub fn convert(vm: &mut Vm, code: char, v: &Value) -> PyResult<Elem> {
    if code == 'f' || code == 'd' {
        let f = match v {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => vm.to_f64(v)?,
        };
        return Ok(Elem::F(f));
    }
    let b: BigInt = match v {
        Value::Int(i) => BigInt::from(*i),
        _ => match Num::of(v) {
            Some(Num::F(_)) => {
                return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
            }
            Some(n) => n.to_big().unwrap_or_default(),
            None => vm.to_bigint(v)?,
        },
    };
    let as_long = || b.to_i64().ok_or_else(|| overflow("Python int too large to convert to C long"));
    Ok(match code {
        'b' => {
            let x = range(as_long()?, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
            Elem::I(range(x, i8::MIN as i64, i8::MAX as i64, "signed char")?)
        }
        'B' => Elem::U(range(as_long()?, 0, u8::MAX as i64, "unsigned byte integer")? as u64),
        'h' => Elem::I(range(as_long()?, i16::MIN as i64, i16::MAX as i64, "signed short integer")?),
        'H' => {
            let x = range(as_long()?, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            Elem::U(range(x, 0, u16::MAX as i64, "unsigned short")? as u64)
        }
        'i' => Elem::I(range(as_long()?, i32::MIN as i64, i32::MAX as i64, "signed integer")?),
        'l' => Elem::I(as_long()?),
        'I' | 'L' => {
            if b.is_negative() {
                return Err(overflow("can't convert negative value to unsigned int"));
            }
            let x = b.to_u64().ok_or_else(|| overflow("Python int too large to convert to C unsigned long"))?;
            if code == 'I' && x > u32::MAX as u64 {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            Elem::U(x)
        }
        'q' => Elem::I(b.to_i64().ok_or_else(|| overflow("int too big to convert"))?),
        _ => {
            if b.is_negative() {
                return Err(overflow("can't convert negative int to unsigned"));
            }
            Elem::U(b.to_u64().ok_or_else(|| overflow("int too big to convert"))?)
        }
    })
}
