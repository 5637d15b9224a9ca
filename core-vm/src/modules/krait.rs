//! The `krait` module: what is particular to this VM rather than to Python.
//! `krait.BudgetExceeded` is the exception raised when a run's instruction
//! budget is exhausted (a `BaseException`, like `KeyboardInterrupt`).

use crate::objects::{Dict, ExcKind, PyResult, Value};
use crate::vm::Vm;

/// Build the `krait` namespace.
pub fn init(vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    for kind in ExcKind::ALL.iter().filter(|k| k.krait_only()) {
        d.set_str(kind.name(), Value::Obj(vm.types.exc(*kind).clone()));
    }
    Ok(d)
}
