//! The `gc` module: the VM's cycle collector (`crate::mem::gc`) as CPython
//! exposes it. `collect()` runs a full collection and returns the number of
//! unreachable objects it found; `enable()`/`disable()` switch the automatic
//! collection (a heap about to pass its limit is still collected);
//! `get_count()` gives the containers registered since the last collection.
//! Finalizers (`__del__`) are not run by this collector.

use alloc::format;
use alloc::vec;

use crate::builtins::Kwargs;
use crate::mem::gc::YOUNG_THRESHOLD;
use crate::objects::value::NativeFn;
use crate::objects::{Dict, PyErr, PyResult, Value};
use crate::vm::{native_function, Vm};

/// Build the `gc` namespace.
pub fn init(_vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    let fns: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("is_tracked", is_tracked),
    ];
    for (name, f) in fns {
        d.set_str(name, native_function(name, *f));
    }
    Ok(d)
}

/// Reject arguments beyond `max` positional ones and any keyword but `allowed`.
fn check(name: &str, args: &[Value], kw: Kwargs, max: usize, allowed: &[&str]) -> PyResult<()> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| !allowed.contains(&&**k)) {
        return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", name, k)));
    }
    if args.len() > max {
        return Err(PyErr::type_error(if max == 0 {
            format!("gc.{}() takes no arguments ({} given)", name, args.len())
        } else {
            format!("{}() takes at most {} argument ({} given)", name, max, args.len())
        }));
    }
    Ok(())
}

/// `gc.collect(generation=2)`: a full collection; the number of unreachable
/// objects found.
fn collect(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check("collect", args, kw, 1, &["generation"])?;
    let generation = args.first().or_else(|| kw.first().map(|(_, v)| v));
    match generation {
        None | Some(Value::Int(0..=2)) => {}
        Some(Value::Int(_)) => return Err(PyErr::value_error("invalid generation")),
        Some(other) => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other))))
        }
    }
    Ok(Value::Int(vm.collect_garbage() as i64))
}

fn enable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check("enable", args, kw, 0, &[])?;
    vm.heap_ref().gc.set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check("disable", args, kw, 0, &[])?;
    vm.heap_ref().gc.set_enabled(false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check("isenabled", args, kw, 0, &[])?;
    Ok(Value::Bool(vm.heap_ref().gc.is_enabled()))
}

/// `(registered since the last collection, 0, 0)`.
fn get_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check("get_count", args, kw, 0, &[])?;
    let young = vm.heap_ref().gc.young_count() as i64;
    Ok(Value::tuple(vec![Value::Int(young), Value::Int(0), Value::Int(0)]))
}

fn get_threshold(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check("get_threshold", args, kw, 0, &[])?;
    Ok(Value::tuple(vec![Value::Int(YOUNG_THRESHOLD as i64), Value::Int(10), Value::Int(10)]))
}

/// `gc.is_tracked(obj)`: whether the collector tracks `obj`.
fn is_tracked(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check("is_tracked", args, kw, 1, &[])?;
    let [v] = args else { return Err(PyErr::type_error("gc.is_tracked() takes exactly one argument (0 given)")) };
    Ok(Value::Bool(v.as_obj().is_some_and(|o| o.mem.is_tracked())))
}
