//! Methods of `slice` objects (`slice.indices`).

use crate::builtins::{check_method_arity, def_methods, Kwargs};
use crate::objects::value::Kind;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    def_methods(&vm.types.slice, "slice", &[("indices", indices)]);
}

/// `slice.indices(length)`: `(start, stop, step)` resolved for `length`.
fn indices(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("indices", args, 1, 1)?;
    let Some(Kind::Slice(s)) = args[0].kind() else {
        return Err(PyErr::type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let s = s.clone();
    let len = vm.to_i64(&args[1])?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let idx = vm.slice_indices(&s, len as usize)?;
    Ok(Value::tuple(alloc::vec![Value::Int(idx.start), Value::Int(idx.stop), Value::Int(idx.step)]))
}
