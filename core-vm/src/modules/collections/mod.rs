//! The `collections` module: `deque` ([`deque`]), the dict subclasses
//! `defaultdict`, `OrderedDict` and `Counter` ([`dicts`]), and
//! `namedtuple` ([`namedtuple`]).
//!
//! The classes are created as non-builtin types (like classes a Python
//! `collections.py` would define), so the VM dispatches their dunders
//! (`__repr__`, `__eq__`, `__missing__`, ...) the way it does for user
//! classes, and user code can subclass them.

mod deque;
mod dicts;
mod namedtuple;

use alloc::string::String;

use crate::objects::types::{mro, type_data};
use crate::objects::{Dict, Obj, PyResult, Value};
use crate::vm::{native_function, Vm};

/// Build the `collections` namespace.
pub fn init(vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    d.set_str("deque", Value::Obj(deque::class(vm)));
    d.set_str("defaultdict", Value::Obj(dicts::defaultdict_class(vm)));
    d.set_str("OrderedDict", Value::Obj(dicts::ordereddict_class(vm)));
    d.set_str("Counter", Value::Obj(dicts::counter_class(vm)));
    d.set_str("namedtuple", native_function("namedtuple", namedtuple::namedtuple));
    Ok(d)
}

/// The class named `name` defined by this module in the MRO of `v`'s class
/// (e.g. `Counter` for an instance of a `Counter` subclass).
fn module_class(vm: &Vm, v: &Value, name: &str) -> Option<Obj> {
    let cls = vm.type_of(v);
    mro(&cls).into_iter().find(|c| {
        type_data(c).map(|t| &*t.name == name && &*t.module == "collections").unwrap_or(false)
    })
}

/// Run `f` unless `v`'s repr is already in progress (then `"..."`), the
/// recursion guard of container reprs.
fn guarded_repr(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
    vm.check_stack()?;
    let id = v.identity();
    if vm.repr_stack.contains(&id) {
        return Ok(String::from("..."));
    }
    vm.repr_stack.push(id);
    let r = f(vm);
    if let Some(pos) = vm.repr_stack.iter().rposition(|x| *x == id) {
        vm.repr_stack.remove(pos);
    }
    r
}
