//! `range` objects whose bounds do not fit in 64 bits (`range(10**21)`):
//! length, membership, indexing and repr with big-integer arithmetic.
//! Ordinary ranges use the 64-bit `Range` fast path.

use alloc::format;
use alloc::string::String;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::objects::{PyErr, PyResult, Value};

use super::Vm;

/// Number of elements of `range(start, stop, step)`.
pub fn big_range_len(r: &[BigInt; 3]) -> BigInt {
    let (start, stop, step) = (&r[0], &r[1], &r[2]);
    if step.is_positive() {
        if stop > start {
            (stop - start + step - 1u32).div_floor(step)
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - step - 1u32).div_floor(&-step)
    } else {
        BigInt::zero()
    }
}

/// `x in range(...)` for an integer `x`.
pub fn big_range_contains(r: &[BigInt; 3], x: &BigInt) -> bool {
    let (start, stop, step) = (&r[0], &r[1], &r[2]);
    let inside = if step.is_positive() { x >= start && x < stop } else { x <= start && x > stop };
    inside && (x - start).mod_floor(&step.abs()).is_zero()
}

impl Vm {
    /// `len()` of a big range (OverflowError past `sys.maxsize`, as CPython).
    pub fn big_range_len_checked(&self, r: &[BigInt; 3]) -> PyResult<usize> {
        big_range_len(r)
            .to_i64()
            .map(|n| n as usize)
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))
    }

    /// `range[i]` for a big range.
    pub fn big_range_item(&mut self, r: &[BigInt; 3], key: &Value) -> PyResult<Value> {
        let i = self.to_bigint(key)?;
        let n = big_range_len(r);
        let j = if i.is_negative() { &i + &n } else { i };
        if j.is_negative() || j >= n {
            return Err(PyErr::index_error("range object index out of range"));
        }
        Ok(Value::from_bigint(&r[0] + j * &r[2]))
    }

    /// `repr()` of a big range.
    pub fn big_range_repr(&self, r: &[BigInt; 3]) -> String {
        if r[2] == BigInt::from(1) {
            format!("range({}, {})", r[0], r[1])
        } else {
            format!("range({}, {}, {})", r[0], r[1], r[2])
        }
    }
}
