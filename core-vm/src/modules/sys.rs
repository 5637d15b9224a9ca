//! The `sys` module: `argv`, `exit`, `stdout`/`stderr`, recursion limit,
//! `maxsize`, `modules`, `exc_info`.

use alloc::format;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::builtins::{def_methods, Kwargs};
use crate::objects::types::new_type;
use crate::objects::value::{Instance, Kind, Layout};
use crate::objects::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::{native_function, Vm};

/// Build the `sys` namespace.
pub fn init(vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    let argv: Vec<Value> = vm.config.argv.iter().map(|a| Value::str(a)).collect();
    d.set_str("argv", Value::list(argv));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("version", Value::str("3.11.0 (krait)"));
    d.set_str("version_info", Value::tuple(alloc::vec![Value::Int(3), Value::Int(11), Value::Int(0)]));
    d.set_str("platform", Value::str("krait"));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("modules", Value::Obj(vm.modules.clone()));
    d.set_str("stdout", std_stream(vm, 1));
    d.set_str("stderr", std_stream(vm, 2));
    for (name, f) in [
        ("exit", exit as crate::objects::value::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("getsizeof", getsizeof),
        ("intern", intern),
    ] {
        d.set_str(name, native_function(name, f));
    }
    Ok(d)
}

/// A text stream object writing to the host's stdout (1) or stderr (2).
fn std_stream(vm: &mut Vm, fd: i64) -> Value {
    let obj = vm.types.object.clone();
    let cls = new_type("TextIOWrapper", "_io", alloc::vec![obj.clone()], alloc::vec![obj], Dict::new(), Layout::Object, true);
    def_methods(&cls, "TextIOWrapper", &[("write", stream_write), ("flush", stream_flush)]);
    let mut dict = Dict::new();
    dict.set_str("_fd", Value::Int(fd));
    dict.set_str("name", Value::str(if fd == 1 { "<stdout>" } else { "<stderr>" }));
    Value::new_obj(Kind::Instance(Instance::new(cls, dict)))
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (Some(this), Some(s)) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("write() takes exactly one argument"));
    };
    let Some(text) = s.as_str() else {
        return Err(PyErr::type_error(format!("write() argument must be str, not {}", vm.type_name(s))));
    };
    let fd = match crate::vm::instance_dict(this).and_then(|d| d.borrow().get_str("_fd").cloned()) {
        Some(Value::Int(fd)) => fd,
        _ => 1,
    };
    let n = text.chars().count();
    let text = alloc::string::String::from(text);
    if fd == 2 {
        vm.write_stderr(&text);
    } else {
        vm.write_stdout(&text);
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn exit(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        None => Err(PyErr::bare(ExcKind::SystemExit)),
        Some(v) => Err(PyErr::with_value(ExcKind::SystemExit, v.clone())),
    }
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.config.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(PyErr::type_error("setrecursionlimit() takes exactly one argument (0 given)"));
    };
    let n = vm.to_i64(v)?;
    if n < 1 {
        return Err(PyErr::value_error("recursion limit must be greater or equal than 1"));
    }
    vm.config.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(Value::tuple(alloc::vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e));
    let tb = vm.traceback_object(&e);
    Ok(Value::tuple(alloc::vec![t, e, tb]))
}

fn getsizeof(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let _ = args;
    Ok(Value::Int(core::mem::size_of::<crate::objects::PyObject>() as i64))
}

fn intern(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    args.first().cloned().ok_or_else(|| PyErr::type_error("intern() takes exactly one argument (0 given)"))
}
