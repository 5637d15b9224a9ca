//! Conversions used by built-ins and native modules: Python values to Rust
//! integers, floats and strings, with CPython's error messages.

use alloc::format;
use alloc::string::String;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::objects::{PyErr, PyResult, Value};

use super::numeric::Num;
use super::Vm;

impl Vm {
    /// An `int`-like value as `i64` (`__index__` honoured); `OverflowError`
    /// when it does not fit.
    pub fn to_i64(&mut self, v: &Value) -> PyResult<i64> {
        match Num::of(v) {
            Some(Num::I(i)) if !matches!(v, Value::Float(_)) => Ok(i),
            Some(Num::B(_)) => Err(PyErr::overflow("Python int too large to convert to C long")),
            _ => match self.to_index(v)? {
                Some(i) => Ok(i),
                None => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
        }
    }

    /// An `int`-like value as a big integer (`__index__` honoured).
    pub fn to_bigint(&mut self, v: &Value) -> PyResult<BigInt> {
        match Num::of(v) {
            Some(Num::F(_)) => Err(PyErr::type_error("'float' object cannot be interpreted as an integer")),
            Some(n) => Ok(n.to_big().unwrap_or_default()),
            None => {
                if let Some(f) = self.user_dunder(v, "__index__") {
                    let r = self.call_method_value(&f, v, &[])?;
                    if !matches!(Num::of(&r), Some(Num::I(_) | Num::B(_))) || matches!(r, Value::Float(_)) {
                        return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", self.type_name(&r))));
                    }
                    return self.to_bigint(&r);
                }
                Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )))
            }
        }
    }

    /// A real number as `f64` (`__float__`/`__index__` honoured), with the
    /// message CPython's math functions use.
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match Num::of(v) {
            Some(n) => n.to_f64(),
            None => {
                if let Some(f) = self.user_dunder(v, "__float__") {
                    let r = self.call_method_value(&f, v, &[])?;
                    return self.to_f64(&r);
                }
                if let Some(f) = self.user_dunder(v, "__index__") {
                    let r = self.call_method_value(&f, v, &[])?;
                    return self.to_f64(&r);
                }
                Err(PyErr::type_error(format!("must be real number, not {}", self.type_name(v))))
            }
        }
    }

    /// A `str` argument, or `TypeError` naming the function.
    pub fn expect_str(&self, v: &Value, what: &str) -> PyResult<String> {
        match v.as_str() {
            Some(s) => Ok(String::from(s)),
            None => Err(PyErr::type_error(format!("{} must be str, not {}", what, self.type_name(v)))),
        }
    }

    /// Value to usize index within a length, for native helpers.
    pub fn bigint_to_i64(b: &BigInt) -> Option<i64> {
        b.to_i64()
    }
}
