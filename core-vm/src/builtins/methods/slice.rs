//! Methods of `slice` objects (`slice.indices`), with big-integer
//! arithmetic so any length works (CPython's `slice.indices` accepts
//! arbitrary ints).

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::builtins::{check_method_arity, def_methods, Kwargs};
use crate::objects::value::Kind;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    def_methods(&vm.types.slice, "slice", &[("indices", indices)]);
}

fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match vm.to_bigint(v) {
        Ok(b) => Ok(b),
        Err(_) => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// `slice.indices(length)`: `(start, stop, step)` resolved for `length`
/// (CPython's `_PySlice_GetLongIndices`).
fn indices(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("indices", args, 1, 1)?;
    let Some(Kind::Slice(s)) = args[0].kind() else {
        return Err(PyErr::type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let s = s.clone();
    let length = vm.to_bigint(&args[1])?;
    if length.is_negative() {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let step = if s[2].is_none() { BigInt::one() } else { index_arg(vm, &s[2])? };
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards { (BigInt::from(-1), &length - 1) } else { (BigInt::zero(), length.clone()) };
    let clamp = |vm: &mut Vm, v: &Value, dflt: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(dflt.clone());
        }
        let mut i = index_arg(vm, v)?;
        if i.is_negative() {
            i += &length;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = clamp(vm, &s[0], if backwards { &upper } else { &lower })?;
    let stop = clamp(vm, &s[1], if backwards { &lower } else { &upper })?;
    Ok(Value::tuple(alloc::vec![Value::from_bigint(start), Value::from_bigint(stop), Value::from_bigint(step)]))
}
