//! The `sys` module: `argv`, `exit`, `stdout`/`stderr`, recursion limit,
//! `maxsize`, `modules`, `exc_info`.

use alloc::format;
use alloc::vec::Vec;

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
    let version_info = struct_seq(vm, "sys.version_info", &[
        ("major", Value::Int(3)),
        ("minor", Value::Int(11)),
        ("micro", Value::Int(0)),
        ("releaselevel", Value::str("final")),
        ("serial", Value::Int(0)),
    ])?;
    d.set_str("version_info", version_info);
    let float_info = struct_seq(vm, "sys.float_info", &[
        ("max", Value::Float(f64::MAX)),
        ("max_exp", Value::Int(1024)),
        ("max_10_exp", Value::Int(308)),
        ("min", Value::Float(f64::MIN_POSITIVE)),
        ("min_exp", Value::Int(-1021)),
        ("min_10_exp", Value::Int(-307)),
        ("dig", Value::Int(15)),
        ("mant_dig", Value::Int(53)),
        ("epsilon", Value::Float(f64::EPSILON)),
        ("radix", Value::Int(2)),
        ("rounds", Value::Int(1)),
    ])?;
    d.set_str("float_info", float_info);
    let int_info = struct_seq(vm, "sys.int_info", &[
        ("bits_per_digit", Value::Int(30)),
        ("sizeof_digit", Value::Int(4)),
        ("default_max_str_digits", Value::Int(4300)),
        ("str_digits_check_threshold", Value::Int(640)),
    ])?;
    d.set_str("int_info", int_info);
    d.set_str("maxunicode", Value::Int(0x10ffff));
    d.set_str("implementation", Value::str("krait"));
    d.set_str("executable", Value::str(""));
    d.set_str("path", Value::list(Vec::new()));
    d.set_str("platform", Value::str("krait"));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("modules", Value::Obj(vm.modules.clone()));
    let stdout = std_stream(vm, 1);
    let stderr = std_stream(vm, 2);
    d.set_str("stdout", stdout.clone());
    d.set_str("stderr", stderr.clone());
    d.set_str("__stdout__", stdout.clone());
    d.set_str("__stderr__", stderr);
    vm.original_stdout = stdout;
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
    def_methods(&cls, "TextIOWrapper", &[
        ("write", stream_write),
        ("flush", stream_flush),
        ("writable", stream_true),
        ("isatty", stream_false),
        ("readable", stream_false),
        ("fileno", stream_fileno),
    ]);
    let mut dict = Dict::new();
    dict.set_str("_fd", Value::Int(fd));
    dict.set_str("name", Value::str(if fd == 1 { "<stdout>" } else { "<stderr>" }));
    Value::new_obj(Kind::Instance(Instance::with_dict(cls, dict)))
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

fn stream_true(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn stream_false(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_fileno(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let fd = args.first().and_then(|this| crate::vm::instance_dict(this)).and_then(|d| d.borrow().get_str("_fd").cloned());
    Ok(fd.unwrap_or(Value::Int(1)))
}

/// A read-only named tuple like CPython's struct sequences
/// (`sys.version_info`, `sys.float_info`): a tuple whose class has a
/// property per field and prints as `name(field=value, ...)`.
fn struct_seq(vm: &mut Vm, name: &'static str, fields: &[(&'static str, Value)]) -> PyResult<Value> {
    let tuple = vm.types.tuple.clone();
    let object = vm.types.object.clone();
    let short = name.rsplit('.').next().unwrap_or(name);
    let cls = new_type(short, "sys", alloc::vec![tuple.clone()], alloc::vec![tuple, object], Dict::new(), Layout::Tuple, true);
    if let Some(t) = crate::objects::types::type_data(&cls) {
        let mut cd = t.dict.borrow_mut();
        for (i, (field, _)) in fields.iter().enumerate() {
            let getter = Value::new_obj(Kind::Native(crate::objects::value::NativeFunction {
                name: field,
                func: struct_seq_field,
                bound: Some(Value::Int(i as i64)),
                owner: None,
            }));
            cd.set_str(field, Value::new_obj(Kind::Property(alloc::boxed::Box::new([getter, Value::None, Value::None, Value::None]))));
        }
        let names: Vec<Value> = fields.iter().map(|(f, _)| Value::str(f)).collect();
        cd.set_str("_fields", Value::tuple(names));
        cd.set_str("_name", Value::str(name));
    }
    def_methods(&cls, short, &[("__repr__", struct_seq_repr)]);
    let items: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    Ok(vm.new_object_with_class(&cls, Kind::Tuple(items.into_boxed_slice()), Dict::new()))
}

/// Field getter of a struct sequence: `args = [index, self]`.
fn struct_seq_field(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(this)) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("bad struct sequence access"));
    };
    vm.getitem(this, &Value::Int(*i))
}

fn struct_seq_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let cls = vm.type_of(&this);
    let (name, fields) = match crate::objects::types::type_data(&cls) {
        Some(t) => {
            let d = t.dict.borrow();
            (d.get_str("_name").cloned(), d.get_str("_fields").cloned())
        }
        None => (None, None),
    };
    let items = this.seq_items().unwrap_or_default();
    let fields = fields.and_then(|f| f.seq_items()).unwrap_or_default();
    let mut out = alloc::string::String::from(name.as_ref().and_then(|n| n.as_str()).unwrap_or("struct"));
    out.push('(');
    for (i, (f, v)) in fields.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f.as_str().unwrap_or(""));
        out.push('=');
        out.push_str(&vm.repr(v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

/// `sys.exit(arg)`: like CPython's `PyErr_SetObject(SystemExit, arg)`,
/// `None` gives no arguments and a tuple is the argument tuple.
fn exit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cls = vm.types.exc(ExcKind::SystemExit).clone();
    let exc_args = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match v.kind() {
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => alloc::vec![v.clone()],
        },
    };
    let exc = vm.new_exception(cls, exc_args);
    Err(PyErr::from_obj(exc))
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
