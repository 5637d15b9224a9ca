//! Methods of `object`, `type`, `BaseException`, `int`, `float`,
//! `NoneType`, functions (`__call__`) and generators.

use alloc::format;

use num_traits::Signed;

use crate::builtins::{check_method_arity, def_classmethod, def_methods, receiver, Kwargs};
use crate::format as fmt;
use crate::interp::generator::GenStep;
use crate::objects::types::{mro, type_data};
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::{Num, Vm};

pub(super) fn install(vm: &mut Vm) {
    let t = &vm.types;
    def_methods(&t.object, "object", &[
        ("__init__", object_init),
        ("__new__", object_new),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__delattr__", object_delattr),
        ("__format__", object_format),
        ("__dir__", object_dir),
    ]);
    def_classmethod(&t.object, "__init_subclass__", object_init_subclass);
    def_methods(&t.type_, "type", &[("mro", type_mro), ("__subclasses__", type_subclasses)]);
    let base_exc = t.exc(ExcKind::BaseException).clone();
    def_methods(&base_exc, "BaseException", &[("__init__", exc_init), ("with_traceback", exc_with_traceback)]);
    def_methods(&t.int, "int", &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("__index__", int_conjugate),
        ("__int__", int_conjugate),
        ("is_integer", int_is_integer),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__trunc__", int_conjugate),
        ("__floor__", int_conjugate),
        ("__ceil__", int_conjugate),
        ("__round__", int_round),
        ("__new__", int_new_method),
    ]);
    def_methods(&t.float, "float", &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("__float__", float_conjugate),
        ("__int__", float_trunc),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__new__", float_new_method),
    ]);
    def_classmethod(&t.float, "fromhex", float_fromhex);
    def_methods(&t.none, "NoneType", &[("__bool__", none_bool), ("__repr__", none_repr)]);
    for (ty, owner) in [(&t.function, "function"), (&t.builtin_function, "builtin_function_or_method"), (&t.method, "method")] {
        def_methods(ty, owner, &[("__call__", call_self)]);
    }
    def_methods(&t.str_, "str", &[("__new__", str_new_method)]);
    def_methods(&t.tuple, "tuple", &[("__new__", tuple_new_method)]);
    def_methods(&t.generator, "generator", &[
        ("send", gen_send),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__next__", gen_next),
        ("__iter__", identity),
    ]);
}

fn identity(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(receiver(args, "__iter__")?.clone())
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__new__(cls, ...)`: an empty instance of `cls`.
fn object_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.as_obj()).filter(|o| type_data(o).is_some()).cloned();
    let Some(cls) = cls else {
        let what = args.first().map(|a| vm.type_name(a)).unwrap_or_default();
        return Err(PyErr::type_error(format!("object.__new__(X): X is not a type object ({})", what)));
    };
    if let Some(t) = type_data(&cls).filter(|t| t.builtin) {
        if !alloc::rc::Rc::ptr_eq(&cls, &vm.types.object) {
            return Err(PyErr::type_error(format!("object.__new__({0}) is not safe, use {0}.__new__()", t.name)));
        }
        return vm.instantiate(&cls, &[], &[]);
    }
    vm.default_new(&cls, &[], &[])
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("__eq__", args, 1, 1)?;
    Ok(if args[0].is(&args[1]) { Value::Bool(true) } else { vm.not_implemented.clone() })
}

/// `object.__ne__`: the inverse of `type(self).__eq__`, or
/// `NotImplemented` when that is.
fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("__ne__", args, 1, 1)?;
    let cls = vm.type_of(&args[0]);
    let r = match crate::objects::types::lookup(&cls, "__eq__") {
        Some(eq) => vm.call_method_value(&eq, &args[0], &[args[1].clone()])?,
        None => vm.not_implemented.clone(),
    };
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(crate::vm::identity_hash_pub(receiver(args, "__hash__")?)))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::string(vm.default_object_repr(receiver(args, "__repr__")?)))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = receiver(args, "__str__")?.clone();
    Ok(Value::string(vm.repr(&v)?))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("__setattr__", args, 2, 2)?;
    let name = vm.expect_str(&args[1], "attribute name")?;
    vm.generic_set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("__getattribute__", args, 1, 1)?;
    let name = vm.expect_str(&args[1], "attribute name")?;
    match vm.get_attr_opt(&args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&args[0], &name)),
    }
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("__delattr__", args, 1, 1)?;
    let name = vm.expect_str(&args[1], "attribute name")?;
    let d = crate::vm::delete_own_attr(&args[0], &name);
    match d {
        Some(_) => Ok(Value::None),
        None => Err(vm.no_attribute(&args[0], &name)),
    }
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("__format__", args, 1, 1)?;
    let spec = vm.expect_str(&args[1], "format spec")?;
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        )));
    }
    Ok(Value::string(vm.to_str(&args[0])?))
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = receiver(args, "__dir__")?;
    let cls = vm.type_of(v);
    Ok(Value::list(vm.class_attr_names(&cls)))
}

fn type_mro(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cls = receiver(args, "mro")?.as_obj().cloned().ok_or_else(|| PyErr::type_error("mro() needs a type"))?;
    Ok(Value::list(mro(&cls).into_iter().map(Value::Obj).collect()))
}

fn type_subclasses(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cls = receiver(args, "__subclasses__")?.as_obj().cloned().ok_or_else(|| PyErr::type_error("__subclasses__() needs a type"))?;
    Ok(Value::list(crate::objects::types::subclasses(&cls).into_iter().map(Value::Obj).collect()))
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = receiver(args, "__init__")?;
    if let Some(e) = vm.exc_data(this) {
        *e.args.borrow_mut() = Value::tuple(args[1..].to_vec());
    }
    Ok(Value::None)
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(receiver(args, "with_traceback")?.clone())
}

fn int_of(vm: &Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    match Num::of(v) {
        Some(Num::F(_)) | None => Err(PyErr::type_error(format!("descriptor requires an 'int' object but received a '{}'", vm.type_name(v)))),
        Some(n) => Ok(n.to_big().unwrap_or_default()),
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = int_of(vm, receiver(args, "bit_length")?)?;
    Ok(Value::Int(b.abs().bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = int_of(vm, receiver(args, "bit_count")?)?;
    let (_, digits) = b.abs().to_u64_digits();
    Ok(Value::Int(digits.iter().map(|d| d.count_ones() as i64).sum()))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = int_of(vm, receiver(args, "conjugate")?)?;
    Ok(Value::from_bigint(b))
}

fn int_is_integer(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn int_new_method(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args.first().and_then(|c| c.as_obj()).cloned().ok_or_else(|| PyErr::type_error("int.__new__(X): X is not a type object"))?;
    if type_data(&cls).map(|t| t.builtin).unwrap_or(true) {
        return vm.instantiate(&cls, &args[1..], kw);
    }
    vm.default_new(&cls, &args[1..], kw)
}

fn float_new_method(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    int_new_method(vm, args, kw)
}

fn str_new_method(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    int_new_method(vm, args, kw)
}

fn tuple_new_method(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    int_new_method(vm, args, kw)
}

fn float_of(vm: &Vm, v: &Value) -> PyResult<f64> {
    match Num::of(v) {
        Some(Num::F(f)) => Ok(f),
        _ => Err(PyErr::type_error(format!("descriptor requires a 'float' object but received a '{}'", vm.type_name(v)))),
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = float_of(vm, receiver(args, "is_integer")?)?;
    Ok(Value::Bool(fmt::float_is_integer(f)))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = float_of(vm, receiver(args, "as_integer_ratio")?)?;
    let (n, d) = fmt::float_as_integer_ratio(f)?;
    Ok(Value::tuple(alloc::vec![Value::from_bigint(n), Value::from_bigint(d)]))
}

fn float_hex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = float_of(vm, receiver(args, "hex")?)?;
    Ok(Value::string(fmt::float_hex(f)))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(float_of(vm, receiver(args, "conjugate")?)?))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = int_of(vm, receiver(args, "as_integer_ratio")?)?;
    Ok(Value::tuple(alloc::vec![Value::from_bigint(b), Value::Int(1)]))
}

/// `int.__round__(ndigits=None)`: the builtin `round` does the work.
fn int_round(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = int_of(vm, receiver(args, "__round__")?)?;
    check_method_arity("__round__", args, 0, 1)?;
    let round = vm.builtins_dict().borrow().get_str("round").cloned().unwrap_or(Value::None);
    let mut call_args = alloc::vec![Value::from_bigint(b)];
    call_args.extend(args.get(1).cloned());
    vm.call(&round, &call_args, &[])
}

fn float_trunc(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = float_of(vm, receiver(args, "__trunc__")?)?;
    Ok(Value::from_bigint(fmt::float_to_bigint(f)?))
}

fn float_floor(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = float_of(vm, receiver(args, "__floor__")?)?;
    Ok(Value::from_bigint(fmt::float_to_bigint(libm::floor(f))?))
}

fn float_ceil(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = float_of(vm, receiver(args, "__ceil__")?)?;
    Ok(Value::from_bigint(fmt::float_to_bigint(libm::ceil(f))?))
}

/// `float.__round__(ndigits=None)`: the builtin `round` does the work.
fn float_round(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = float_of(vm, receiver(args, "__round__")?)?;
    check_method_arity("__round__", args, 0, 1)?;
    let round = vm.builtins_dict().borrow().get_str("round").cloned().unwrap_or(Value::None);
    let mut call_args = alloc::vec![Value::Float(f)];
    call_args.extend(args.get(1).cloned());
    vm.call(&round, &call_args, &[])
}

/// `float.fromhex(s)` (a classmethod: a subclass gets `cls(value)`).
fn float_fromhex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("fromhex", args, 1, 1)?;
    let s = args[1].as_str().ok_or_else(|| PyErr::type_error("bad argument type for built-in operation"))?;
    let v = Value::Float(fmt::float_fromhex(s)?);
    match args[0].as_obj() {
        Some(cls) if !alloc::rc::Rc::ptr_eq(cls, &vm.types.float) => vm.call(&args[0], &[v], &[]),
        _ => Ok(v),
    }
}

fn none_bool(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn none_repr(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::str("None"))
}

/// `f.__call__(*args, **kwargs)` on functions, built-ins and bound methods.
fn call_self(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = receiver(args, "__call__")?.clone();
    vm.call(&f, &args[1..], kw)
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("send", args, 1, 1)?;
    match vm.gen_resume(&args[0], args[1].clone(), None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(stop_with(r)),
    }
}

fn stop_with(r: Value) -> PyErr {
    if r.is_none() {
        PyErr::stop_iteration()
    } else {
        PyErr::with_value(ExcKind::StopIteration, r)
    }
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = receiver(args, "__next__")?.clone();
    match vm.gen_resume(&g, Value::None, None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(stop_with(r)),
    }
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("throw", args, 1, 3)?;
    let mut exc = args[1].clone();
    if let Some(v) = args.get(2).filter(|v| !v.is_none()) {
        exc = vm.call(&exc, &[v.clone()], &[])?;
    }
    let exc = vm.make_raisable(exc)?;
    match vm.gen_resume(&args[0], Value::None, Some(PyErr::from_obj(exc)))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(stop_with(r)),
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = receiver(args, "close")?.clone();
    vm.gen_close(&g)?;
    Ok(Value::None)
}

