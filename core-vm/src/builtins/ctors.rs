//! Constructors of the built-in types (`int(...)`, `list(...)`, ...), class
//! creation (`__build_class__`, `type(name, bases, dict)`), and the
//! descriptor types (`property`, `staticmethod`, `classmethod`, `super`).

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

use num_traits::{Signed, ToPrimitive, Zero};

use super::{check_positional, def_methods, no_kwargs, parse_args, Kwargs, Sig};
use crate::format as fmt;
use crate::objects::types::{c3_linearize, type_data};
use crate::objects::value::{Kind, Layout, NativeFn, Range, TypeObject};
use crate::objects::{Dict, Obj, PyErr, PyObject, PyResult, Value};
use crate::vm::{Num, Vm};

pub(super) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let set = |ty: &Obj, f: NativeFn| {
        if let Some(td) = type_data(ty) {
            td.ctor.set(Some(f));
        }
    };
    set(&t.int, int_new);
    set(&t.bool_, bool_new);
    set(&t.float, float_new);
    set(&t.str_, str_new);
    set(&t.list, list_new);
    set(&t.tuple, tuple_new);
    set(&t.dict, dict_new);
    set(&t.set, set_new);
    set(&t.frozenset, frozenset_new);
    set(&t.range, range_new);
    set(&t.slice, slice_new);
    set(&t.type_, type_new);
    set(&t.object, object_new);
    set(&t.property, property_new);
    set(&t.staticmethod, staticmethod_new);
    set(&t.classmethod, classmethod_new);
    set(&t.super_, super_new);
    set(&t.bytes, bytes_new);
    set(&t.none, none_new);
    def_methods(&vm.types.property, "property", &[("setter", property_setter), ("getter", property_getter), ("deleter", property_deleter)]);
    super::def_builtin(vm, "__build_class__", build_class);
}

/// A constructor's arguments after the class.
fn rest(args: &[Value]) -> &[Value] {
    args.get(1..).unwrap_or(&[])
}

/// `int(x=0, base=10)`.
fn int_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig { name: "int", params: &["x", "base"], posonly: 1, required: 0, maxpos: 2 };
    let mut a = parse_args(&SIG, rest(args), kw)?.into_iter();
    let (x, base) = (a.next().flatten(), a.next().flatten());
    let Some(base) = base else {
        return match x {
            None => Ok(Value::Int(0)),
            Some(x) => int_of_value(vm, &x),
        };
    };
    let Some(x) = x else { return Err(PyErr::type_error("int() missing string argument")) };
    let base = clamped_index(vm, &base)?;
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    match (x.as_str(), x.kind()) {
        (Some(s), _) => parse_int_or_err(s, base as u32),
        (None, Some(Kind::Bytes(b))) => parse_int_bytes(vm, &x, b, base as u32),
        _ => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
    }
}

/// `int(x)` without a base: strings and bytes are parsed, anything else
/// converted.
fn int_of_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if let Some(s) = x.as_str() {
        if !vm.has_user_class(x) || vm.user_dunder(x, "__int__").is_none() {
            return parse_int_or_err(s, 10);
        }
    }
    if let Some(Kind::Bytes(b)) = x.kind() {
        return parse_int_bytes(vm, x, b, 10);
    }
    to_int(vm, x)
}

/// An index argument clamped to the `i64` range (CPython's
/// `PyNumber_AsSsize_t(x, NULL)`).
fn clamped_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let b = vm.to_bigint(v)?;
    Ok(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// `int(b"...", base)`: the bytes must hold the digits as ASCII.
fn parse_int_bytes(vm: &mut Vm, x: &Value, b: &[u8], base: u32) -> PyResult<Value> {
    let r = core::str::from_utf8(b).map_err(|_| fmt::IntParseError::Invalid);
    match r.and_then(|s| fmt::parse_int_limited(s, base, fmt::INT_MAX_STR_DIGITS)) {
        Ok(n) => Ok(Value::from_bigint(n)),
        Err(fmt::IntParseError::TooManyDigits(n)) => Err(too_many_digits(n)),
        Err(_) => Err(PyErr::value_error(format!("invalid literal for int() with base {}: {}", base, vm.repr(x)?))),
    }
}

fn parse_int_or_err(s: &str, base: u32) -> PyResult<Value> {
    match fmt::parse_int_limited(s, base, fmt::INT_MAX_STR_DIGITS) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(fmt::IntParseError::TooManyDigits(n)) => Err(too_many_digits(n)),
        Err(_) => Err(PyErr::value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::vm::str_repr_pub(s)
        ))),
    }
}

/// CPython's error for `int(text)` with too many digits.
fn too_many_digits(n: usize) -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
        fmt::INT_MAX_STR_DIGITS,
        n
    ))
}

/// `int(x)` for a non-string.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return Ok(Value::from_bigint(fmt::float_to_bigint(*f)?)),
        _ => {}
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = vm.user_dunder(x, name) {
            let r = vm.call_method_value(&f, x, &[])?;
            return match Num::of(&r) {
                Some(Num::I(i)) => Ok(Value::Int(i)),
                Some(Num::B(b)) => Ok(Value::from_bigint(b)),
                _ => Err(PyErr::type_error(format!(
                    "{} returned non-int (type {})",
                    name,
                    vm.type_name(&r)
                ))),
            };
        }
    }
    match Num::of(x) {
        Some(Num::I(i)) => Ok(Value::Int(i)),
        Some(Num::B(b)) => Ok(Value::from_bigint(b)),
        Some(Num::F(f)) => Ok(Value::from_bigint(fmt::float_to_bigint(f)?)),
        None => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("bool", kw)?;
    check_positional("bool", rest(args).len(), 0, 1)?;
    match args.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("float", kw)?;
    let args = rest(args);
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("float expected at most 1 argument, got {}", args.len())));
    }
    let Some(x) = args.first() else { return Ok(Value::Float(0.0)) };
    if let Some(f) = vm.user_dunder(x, "__float__") {
        let r = vm.call_method_value(&f, x, &[])?;
        return match r {
            Value::Float(_) => Ok(r),
            _ => Err(PyErr::type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(x), vm.type_name(&r)))),
        };
    }
    if let Some(s) = x.as_str() {
        return match fmt::parse_float(s) {
            Some(f) if f.is_nan() => Ok(Value::Float(vm.fresh_nan(f))),
            Some(f) => Ok(Value::Float(f)),
            None => Err(PyErr::value_error(format!("could not convert string to float: {}", crate::vm::str_repr_pub(s)))),
        };
    }
    if let Some(f) = vm.user_dunder(x, "__index__") {
        let r = vm.call_method_value(&f, x, &[])?;
        return Ok(Value::Float(vm.to_f64(&r)?));
    }
    match Num::of(x) {
        Some(n) => Ok(Value::Float(n.to_f64()?)),
        None => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// `str(object='', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig { name: "str", params: &["object", "encoding", "errors"], posonly: 0, required: 0, maxpos: 3 };
    let mut a = parse_args(&SIG, rest(args), kw)?.into_iter();
    let (obj, encoding, errors) = (a.next().flatten(), a.next().flatten(), a.next().flatten());
    let Some(obj) = obj else { return Ok(Value::str("")) };
    if encoding.is_none() && errors.is_none() {
        return Ok(Value::string(vm.to_str(&obj)?));
    }
    let mut codec = Vec::new();
    for (what, v) in [("encoding", encoding), ("errors", errors)] {
        let v = v.unwrap_or_else(|| Value::str(if what == "encoding" { "utf-8" } else { "strict" }));
        if v.as_str().is_none() {
            return Err(PyErr::type_error(format!("str() argument '{}' must be str, not {}", what, vm.type_name(&v))));
        }
        codec.push(v);
    }
    match obj.kind() {
        Some(Kind::Bytes(_)) => {}
        Some(Kind::Str(_)) => return Err(PyErr::type_error("decoding str is not supported")),
        _ => {
            let t = vm.type_name(&obj);
            return Err(PyErr::type_error(format!("decoding to str: need a bytes-like object, {} found", t)));
        }
    }
    vm.call_method(&obj, "decode", &codec)
}

fn list_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("list", kw)?;
    let args = rest(args);
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("list expected at most 1 argument, got {}", args.len())));
    }
    match args.first() {
        Some(it) => Ok(Value::list(vm.collect_iterable(it)?)),
        None => Ok(Value::list(Vec::new())),
    }
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("tuple", kw)?;
    let args = rest(args);
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("tuple expected at most 1 argument, got {}", args.len())));
    }
    match args.first() {
        Some(it) => {
            if let Some(Kind::Tuple(_)) = it.kind() {
                if !vm.has_user_class(it) {
                    return Ok(it.clone());
                }
            }
            Ok(Value::tuple(vm.collect_iterable(it)?))
        }
        None => Ok(Value::tuple(Vec::new())),
    }
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let args = rest(args);
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", args.len())));
    }
    let d = Value::dict(Dict::new());
    if let Some(src) = args.first() {
        if !vm.is_mapping(src) && !vm.is_iterable(src) {
            return Err(PyErr::type_error(format!("'{}' object is not iterable", vm.type_name(src))));
        }
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(&d, Value::str(k), v.clone())?;
    }
    Ok(d)
}

fn set_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("set", kw)?;
    check_positional("set", rest(args).len(), 0, 1)?;
    new_set_from(vm, args.get(1))
}

/// A new `set` holding the items of `src`.
fn new_set_from(vm: &mut Vm, src: Option<&Value>) -> PyResult<Value> {
    let s = vm.new_set();
    if let Some(it) = src {
        if let Some(t) = vm.set_table_of(it) {
            if let Some(Kind::Set(cell)) = s.kind() {
                let mut table = crate::objects::SetTable::new();
                table.merge(&t, &mut |a, b| vm.eq(a, b))?;
                *cell.borrow_mut() = table;
            }
            return Ok(s);
        }
        for item in vm.collect_iterable(it)? {
            vm.set_add(&s, item)?;
        }
    }
    Ok(s)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("frozenset", kw)?;
    check_positional("frozenset", rest(args).len(), 0, 1)?;
    let s = new_set_from(vm, args.get(1))?;
    let t = vm.set_table_of(&s).unwrap_or_default();
    Ok(Value::new_obj(Kind::FrozenSet(t)))
}

fn range_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("range", kw)?;
    let args = rest(args);
    let mut ints = Vec::with_capacity(args.len());
    for a in args {
        if let Value::Float(_) = a {
            return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
        }
        ints.push(vm.to_bigint(a)?);
    }
    let one = num_bigint::BigInt::from(1);
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (num_bigint::BigInt::zero(), stop.clone(), one),
        [start, stop] => (start.clone(), stop.clone(), one),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(PyErr::type_error("range expected at least 1 argument, got 0")),
        _ => return Err(PyErr::type_error(format!("range expected at most 3 arguments, got {}", ints.len()))),
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(start), Some(stop), Some(step)) => Ok(Value::new_obj(Kind::Range(Range { start, stop, step }))),
        _ => Ok(Value::new_obj(Kind::BigRange(Box::new([start, stop, step])))),
    }
}

fn slice_new(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("slice", kw)?;
    let args = rest(args);
    let (a, b, c) = match args {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(PyErr::type_error("slice expected at least 1 argument, got 0")),
        _ => return Err(PyErr::type_error(format!("slice expected at most 3 arguments, got {}", args.len()))),
    };
    Ok(Value::new_obj(Kind::Slice(Box::new([a, b, c]))))
}

/// `bytes(source=b'', encoding=..., errors=...)`.
fn bytes_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig { name: "bytes", params: &["source", "encoding", "errors"], posonly: 0, required: 0, maxpos: 3 };
    let mut a = parse_args(&SIG, rest(args), kw)?.into_iter();
    let (source, encoding, errors) = (a.next().flatten(), a.next().flatten(), a.next().flatten());
    let Some(src) = source else {
        return match (encoding, errors) {
            (Some(_), _) => Err(PyErr::type_error("encoding without a string argument")),
            (None, Some(_)) => Err(PyErr::type_error("errors without a string argument")),
            (None, None) => Ok(new_bytes(Vec::new())),
        };
    };
    if src.as_str().is_some() {
        let Some(enc) = encoding else { return Err(PyErr::type_error("string argument without an encoding")) };
        let codec: Vec<Value> = core::iter::once(enc).chain(errors).collect();
        for (what, v) in ["encoding", "errors"].iter().zip(&codec) {
            if v.as_str().is_none() {
                return Err(PyErr::type_error(format!("bytes() argument '{}' must be str, not {}", what, vm.type_name(v))));
            }
        }
        return vm.call_method(&src, "encode", &codec);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    bytes_from_object(vm, &src)
}

fn new_bytes(data: Vec<u8>) -> Value {
    Value::new_obj(Kind::Bytes(data.into_boxed_slice()))
}

/// `bytes(x)` for a non-string: a bytes copy, a count of zero bytes, or the
/// ints of an iterable.
fn bytes_from_object(vm: &mut Vm, src: &Value) -> PyResult<Value> {
    if let Some(Kind::Bytes(_)) = src.kind() {
        return Ok(src.clone());
    }
    if let Some(n) = index_value(vm, src)? {
        let n = n.to_usize().ok_or_else(|| PyErr::value_error("negative count"))?;
        if n > 1 << 32 {
            return Err(crate::mem::memory_error());
        }
        let mut v = crate::mem::vec_with_capacity(n)?;
        v.resize(n, 0u8);
        return Ok(new_bytes(v));
    }
    if !vm.is_iterable(src) {
        return Err(PyErr::type_error(format!("cannot convert '{}' object to bytes", vm.type_name(src))));
    }
    let mut out = Vec::new();
    for x in vm.collect_iterable(src)? {
        let i = vm.to_bigint(&x)?;
        match i.to_u8() {
            Some(b) => out.push(b),
            None => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(new_bytes(out))
}

/// `v` as an integer if it is an int or has `__index__`; `None` otherwise.
fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<num_bigint::BigInt>> {
    match Num::of(v) {
        Some(Num::F(_)) => Ok(None),
        Some(n) => Ok(n.to_big()),
        None if vm.user_dunder(v, "__index__").is_some() => vm.to_bigint(v).map(Some),
        None => Ok(None),
    }
}

fn object_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    let cls = vm.types.object.clone();
    Ok(Value::new_obj(Kind::Instance(crate::objects::value::Instance::new(cls, vm.shapes.root()))))
}

/// `type(None)()`: the `None` singleton.
fn none_new(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(PyErr::type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn property_new(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig { name: "property", params: &["fget", "fset", "fdel", "doc"], posonly: 0, required: 0, maxpos: 4 };
    let a = parse_args(&SIG, rest(args), kw)?;
    let get = |i: usize| a.get(i).cloned().flatten().unwrap_or(Value::None);
    Ok(Value::new_obj(Kind::Property(Box::new([get(0), get(1), get(2), get(3)]))))
}

fn property_with(args: &[Value], slot: usize) -> PyResult<Value> {
    let (Some(p), Some(f)) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("property method expects a function"));
    };
    let Some(Kind::Property(parts)) = p.kind() else { return Err(PyErr::type_error("not a property")) };
    let mut parts = (**parts).clone();
    parts[slot] = f.clone();
    Ok(Value::new_obj(Kind::Property(Box::new(parts))))
}

fn property_getter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(args, 0)
}

fn property_setter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(args, 1)
}

fn property_deleter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(args, 2)
}

fn staticmethod_new(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("staticmethod", kw)?;
    check_positional("staticmethod", rest(args).len(), 1, 1)?;
    Ok(Value::new_obj(Kind::StaticMethod(args[1].clone())))
}

fn classmethod_new(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("classmethod", kw)?;
    check_positional("classmethod", rest(args).len(), 1, 1)?;
    Ok(Value::new_obj(Kind::ClassMethod(args[1].clone())))
}

/// `super(type, obj)` (the compiler turns a zero-argument `super()` into
/// `super(__class__, <first argument>)`).
fn super_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("super", kw)?;
    let args = rest(args);
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("super() expected at most 2 arguments, got {}", args.len())));
    }
    match args {
        [Value::Null, _] | [_, Value::Null] => Err(PyErr::runtime("super(): no arguments")),
        [t, obj] => {
            let Some(start) = t.as_obj().filter(|o| type_data(o).is_some()).cloned() else {
                return Err(PyErr::type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(t))));
            };
            let ok = vm.is_instance(obj, &start)
                || obj.as_obj().map(|o| type_data(o).is_some() && crate::objects::types::is_subtype(o, &start)).unwrap_or(false);
            if !ok {
                return Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            Ok(Value::new_obj(Kind::Super(Box::new((start, obj.clone())))))
        }
        _ => Err(PyErr::runtime("super(): no arguments")),
    }
}

/// `type(x)` or `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match rest(args) {
        [x] if kw.is_empty() => Ok(Value::Obj(vm.type_of(x))),
        [name, bases, dict] => new_class_of_type(vm, name, bases, dict, kw),
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type(name, bases, dict, **kwds)`, with `type.__new__`'s argument checks.
fn new_class_of_type(vm: &mut Vm, name: &Value, bases: &Value, dict: &Value, kw: Kwargs) -> PyResult<Value> {
    let name = vm.expect_str(name, "type.__new__() argument 1")?;
    let Some(Kind::Tuple(bases)) = bases.kind() else {
        return Err(PyErr::type_error(format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(bases))));
    };
    let Some(Kind::Dict(d)) = dict.kind() else {
        return Err(PyErr::type_error(format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(dict))));
    };
    if bases.iter().any(|b| !matches!(b.kind(), Some(Kind::Type(_)))) {
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    let ns = Value::dict(d.borrow().clone());
    create_class(vm, &name, bases.to_vec(), ns, kw)
}

/// `__build_class__(func, name, *bases, **kwds)`: run the class body in a
/// new namespace, then create the class.
fn build_class(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (Some(func), Some(name)) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    };
    let name = vm.expect_str(name, "__build_class__() argument 2")?;
    let bases: Vec<Value> = args[2..].to_vec();
    let Some(fobj) = func.as_obj().cloned() else { return Err(PyErr::type_error("__build_class__: func must be a function")) };
    let Kind::Function(f) = &fobj.kind else { return Err(PyErr::type_error("__build_class__: func must be a function")) };
    let ns = Value::dict(Dict::new());
    let mut frame = vm.make_frame(&fobj, f, &[], &[])?;
    frame.locals_dict = Some(ns.clone());
    let cell = crate::interp::run_frame(vm, frame)?;
    let extra: Vec<(Rc<str>, Value)> = kw.iter().filter(|(k, _)| &**k != "metaclass").cloned().collect();
    let cls = create_class(vm, &name, bases, ns, &extra)?;
    if let Some(Kind::Cell(c)) = cell.kind() {
        *c.borrow_mut() = cls.clone();
    }
    Ok(cls)
}

/// Create a user class from its name, bases and namespace.
pub fn create_class(vm: &mut Vm, name: &str, bases: Vec<Value>, ns: Value, kwargs: &[(Rc<str>, Value)]) -> PyResult<Value> {
    let mut base_objs: Vec<Obj> = Vec::new();
    for b in &bases {
        match b.as_obj().filter(|o| type_data(o).is_some()) {
            Some(o) => {
                let td = type_data(o).map(|t| t.base_layout);
                if td == Some(Layout::Final) && !alloc::rc::Rc::ptr_eq(o, &vm.types.object) {
                    return Err(PyErr::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        type_data(o).map(|t| String::from(&*t.name)).unwrap_or_default()
                    )));
                }
                base_objs.push(o.clone())
            }
            None => return Err(PyErr::type_error("bases must be types")),
        }
    }
    if base_objs.is_empty() {
        base_objs.push(vm.types.object.clone());
    }
    for (i, b) in base_objs.iter().enumerate() {
        if base_objs[..i].iter().any(|x| alloc::rc::Rc::ptr_eq(x, b)) {
            let n = type_data(b).map(|t| String::from(&*t.name)).unwrap_or_default();
            return Err(PyErr::type_error(format!("duplicate base class {}", n)));
        }
    }
    let mro_rest = c3_linearize(&base_objs).map_err(PyErr::type_error)?;
    // The instance layout: the single non-object built-in layout in the bases.
    let mut layout = Layout::Object;
    for b in &mro_rest {
        if let Some(t) = type_data(b) {
            if t.base_layout != Layout::Object && t.base_layout != Layout::Final {
                if layout != Layout::Object && layout != t.base_layout {
                    return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
                }
                layout = t.base_layout;
            }
        }
    }
    let mut dict = match ns.kind() {
        Some(Kind::Dict(d)) => d.borrow().clone(),
        _ => Dict::new(),
    };
    let module = dict.get_str("__module__").and_then(|m| m.as_str().map(String::from)).unwrap_or_else(|| String::from("__main__"));
    let qualname = dict.remove_str("__qualname__").and_then(|q| q.as_str().map(String::from)).unwrap_or_else(|| String::from(name));
    // Implicit staticmethod/classmethod wrappers.
    if let Some(new) = dict.get_str("__new__").cloned() {
        if matches!(new.kind(), Some(Kind::Function(_))) {
            dict.set_str("__new__", Value::new_obj(Kind::StaticMethod(new)));
        }
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict.get_str(cm).cloned() {
            if matches!(f.kind(), Some(Kind::Function(_))) {
                dict.set_str(cm, Value::new_obj(Kind::ClassMethod(f)));
            }
        }
    }
    if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
        dict.set_str("__hash__", Value::None);
    }
    let slots = compute_slots(vm, name, &dict, &mro_rest)?;
    if !dict.get_str("__doc__").is_some() {
        dict.set_str("__doc__", Value::None);
    }
    let exc_base = base_objs.iter().find_map(|b| type_data(b).and_then(|t| t.exc_base));
    let cls = PyObject::new(
        Kind::Type(Box::new(TypeObject {
            name: Rc::from(name),
            qualname: Rc::from(qualname.as_str()),
            module: Rc::from(module.as_str()),
            bases: base_objs,
            mro_rest,
            dict: RefCell::new(dict),
            base_layout: layout,
            slots,
            version: Cell::new(crate::objects::types::next_type_version()),
            builtin: false,
            exc_base,
            ctor: Cell::new(None),
            custom_getattribute: Cell::new(false),
            subclasses: RefCell::new(Vec::new()),
        })),
        None,
    );
    if let Some(t) = type_data(&cls) {
        t.custom_getattribute.set(crate::vm::user_lookup(&cls, "__getattribute__").is_some());
    }
    crate::objects::types::register_subclass(&cls);
    let cls_val = Value::Obj(cls.clone());
    // __set_name__ on attributes.
    let attrs: Vec<(Value, Value)> = type_data(&cls).map(|t| t.dict.borrow().items()).unwrap_or_default();
    for (k, v) in attrs {
        if vm.has_user_class(&v) {
            if let Some(f) = vm.user_dunder(&v, "__set_name__") {
                vm.call_method_value(&f, &v, &[cls_val.clone(), k])?;
            }
        }
    }
    // __init_subclass__ of the nearest base that defines it.
    let parent_init = type_data(&cls).and_then(|t| {
        t.mro_rest.iter().find_map(|b| {
            let bt = type_data(b)?;
            if bt.builtin {
                return None;
            }
            bt.dict.borrow().get_str("__init_subclass__").cloned()
        })
    });
    if let Some(init) = parent_init {
        let f = match init.kind() {
            Some(Kind::ClassMethod(f)) => f.clone(),
            _ => init,
        };
        vm.call(&f, &[cls_val.clone()], kwargs)?;
    } else if !kwargs.is_empty() {
        return Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", name)));
    }
    Ok(cls_val)
}

/// The attribute restriction of a class with `__slots__`.
fn compute_slots(vm: &mut Vm, class_name: &str, dict: &Dict, mro_rest: &[Obj]) -> PyResult<Option<Vec<Rc<str>>>> {
    let Some(own) = dict.get_str("__slots__").cloned() else { return Ok(None) };
    let mut names: Vec<Rc<str>> = Vec::new();
    let items = match own.as_str() {
        Some(s) => alloc::vec![Value::str(s)],
        None => vm.collect_iterable(&own)?,
    };
    for it in items {
        let s = vm.expect_str(&it, "__slots__ items")?;
        if s == "__dict__" {
            return Ok(None);
        }
        // Private slot names are mangled like attribute names.
        let private: Rc<str> = Rc::from(class_name);
        names.push(crate::compiler::symtable::mangle(Some(&private), &Rc::from(s.as_str())));
    }
    for b in mro_rest {
        let Some(t) = type_data(b) else { continue };
        if t.builtin {
            if t.base_layout == Layout::Object || t.base_layout == Layout::Final {
                continue;
            }
            return Ok(None);
        }
        match &t.slots {
            Some(s) => names.extend(s.iter().cloned()),
            None => return Ok(None),
        }
    }
    Ok(Some(names))
}

#[allow(dead_code)]
fn big_is_zero(b: &num_bigint::BigInt) -> bool {
    b.is_zero() || b.is_negative() && b.to_i64().is_none()
}
