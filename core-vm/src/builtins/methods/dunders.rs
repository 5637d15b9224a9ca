//! Operator dunders of the built-in types (`int.__add__`, `list.__eq__`,
//! `str.__mul__`, ...), so user code can call them explicitly or through
//! `super()`. Each is a thin wrapper over the VM's native operator
//! implementation, returning `NotImplemented` where the built-in does.

use alloc::format;

use crate::builtins::{check_method_arity, def_methods, receiver, Kwargs};
use crate::objects::value::NativeFn;
use crate::objects::{PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

macro_rules! binop_dunders {
    ($( $name:ident = $op:ident, $reflected:expr );* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
                check_method_arity(stringify!($name), args, 1, 1)?;
                if is_int(&args[0]) && !is_int(&args[1]) {
                    return Ok(vm.not_implemented.clone());
                }
                let (a, b) = if $reflected { (&args[1], &args[0]) } else { (&args[0], &args[1]) };
                match vm.native_binop(a, b, BinOp::$op) {
                    Some(r) => r,
                    None => Ok(vm.not_implemented.clone()),
                }
            }
        )*
    };
}

binop_dunders! {
    add = Add, false; radd = Add, true;
    sub = Sub, false; rsub = Sub, true;
    mul = Mult, false; rmul = Mult, true;
    truediv = Div, false; rtruediv = Div, true;
    floordiv = FloorDiv, false; rfloordiv = FloorDiv, true;
    mod_ = Mod, false; rmod = Mod, true;
    pow_ = Pow, false; rpow = Pow, true;
    lshift = LShift, false; rlshift = LShift, true;
    rshift = RShift, false; rrshift = RShift, true;
    and_ = BitAnd, false; rand = BitAnd, true;
    or_ = BitOr, false; ror = BitOr, true;
    xor = BitXor, false; rxor = BitXor, true;
}

/// True for an `int` (or bool, or int-subclass instance): `int`'s operator
/// dunders return `NotImplemented` for any other operand.
fn is_int(v: &Value) -> bool {
    matches!(crate::vm::Num::of(v), Some(crate::vm::Num::I(_) | crate::vm::Num::B(_)))
}

macro_rules! cmp_dunders {
    ($( $name:ident = $op:ident );* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
                check_method_arity(stringify!($name), args, 1, 1)?;
                if is_int(&args[0]) && !is_int(&args[1]) {
                    return Ok(vm.not_implemented.clone());
                }
                match vm.native_compare(&args[0], &args[1], CmpOp::$op)? {
                    Some(r) => Ok(Value::Bool(r)),
                    None => Ok(vm.not_implemented.clone()),
                }
            }
        )*
    };
}

cmp_dunders! { eq = Eq; ne = NotEq; lt = Lt; le = LtE; gt = Gt; ge = GtE }

/// `seq.__add__(other)` on `str`, `list` and `tuple`: concatenation, which
/// raises (rather than returning `NotImplemented`) for another type.
fn concat(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("__add__", args, 1, 1)?;
    match vm.native_binop(&args[0], &args[1], BinOp::Add) {
        Some(r) => r,
        None => {
            let (a, b) = (vm.type_name(&args[0]), vm.type_name(&args[1]));
            Err(PyErr::type_error(format!("can only concatenate {0} (not \"{1}\") to {0}", a, b)))
        }
    }
}

fn neg(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = native_value(receiver(args, "__neg__")?);
    vm.negate(&v)
}

fn pos(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = native_value(receiver(args, "__pos__")?);
    vm.positive(&v)
}

fn abs(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = native_value(receiver(args, "__abs__")?);
    vm.abs(&v)
}

fn invert(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = native_value(receiver(args, "__invert__")?);
    vm.invert(&v)
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = native_value(receiver(args, "__bool__")?);
    Ok(Value::Bool(vm.truthy(&v)?))
}

fn float_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(vm.to_f64(receiver(args, "__float__")?)?))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = native_value(receiver(args, "__hash__")?);
    Ok(Value::Int(vm.hash(&v)?))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = native_value(receiver(args, "__repr__")?);
    Ok(Value::string(vm.repr(&v)?))
}

fn str_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = native_value(receiver(args, "__str__")?);
    Ok(Value::string(vm.to_str(&v)?))
}

fn format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method_arity("__format__", args, 1, 1)?;
    let v = native_value(&args[0]);
    let spec = vm.expect_str(&args[1], "format spec")?;
    Ok(Value::string(vm.format(&v, &spec)?))
}

/// For a built-in-subclass instance, the plain built-in value it holds
/// (so the native behaviour runs instead of the subclass's overrides).
fn native_value(v: &Value) -> Value {
    use crate::objects::Kind;
    let Some(o) = v.as_obj() else { return v.clone() };
    if o.ext.is_none() {
        return v.clone();
    }
    match &o.kind {
        Kind::Int(b) => Value::from_bigint(b.clone()),
        Kind::Float(f) => Value::Float(*f),
        Kind::Str(s) => Value::str(s.as_str()),
        Kind::List(l) => Value::list(l.borrow().clone()),
        Kind::Tuple(t) => Value::tuple(t.to_vec()),
        _ => v.clone(),
    }
}

const NUMERIC: &[(&str, NativeFn)] = &[
    ("__add__", add), ("__radd__", radd), ("__sub__", sub), ("__rsub__", rsub),
    ("__mul__", mul), ("__rmul__", rmul), ("__truediv__", truediv), ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv), ("__rfloordiv__", rfloordiv), ("__mod__", mod_), ("__rmod__", rmod),
    ("__pow__", pow_), ("__rpow__", rpow), ("__neg__", neg), ("__pos__", pos), ("__abs__", abs),
    ("__bool__", bool_), ("__float__", float_), ("__hash__", hash), ("__format__", format),
];

const BITWISE: &[(&str, NativeFn)] = &[
    ("__lshift__", lshift), ("__rlshift__", rlshift), ("__rshift__", rshift), ("__rrshift__", rrshift),
    ("__and__", and_), ("__rand__", rand), ("__or__", or_), ("__ror__", ror),
    ("__xor__", xor), ("__rxor__", rxor), ("__invert__", invert),
];

const COMPARE: &[(&str, NativeFn)] = &[
    ("__eq__", eq), ("__ne__", ne), ("__lt__", lt), ("__le__", le), ("__gt__", gt), ("__ge__", ge),
    ("__repr__", repr), ("__str__", str_),
];

/// Register the operator dunders on the built-in types.
pub(super) fn install(vm: &mut Vm) {
    let t = &vm.types;
    for (ty, owner) in [(&t.int, "int"), (&t.float, "float"), (&t.bool_, "bool")] {
        def_methods(ty, owner, NUMERIC);
        def_methods(ty, owner, COMPARE);
    }
    def_methods(&t.int, "int", BITWISE);
    def_methods(&t.bool_, "bool", BITWISE);
    let seq: &[(&str, NativeFn)] = &[("__add__", concat), ("__mul__", mul), ("__rmul__", rmul), ("__mod__", mod_), ("__hash__", hash), ("__format__", format)];
    for (ty, owner) in [(&t.str_, "str"), (&t.list, "list"), (&t.tuple, "tuple")] {
        def_methods(ty, owner, seq);
        def_methods(ty, owner, COMPARE);
    }
    let sets: &[(&str, NativeFn)] = &[("__or__", or_), ("__and__", and_), ("__sub__", sub), ("__xor__", xor)];
    for (ty, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset"), (&t.dict, "dict")] {
        def_methods(ty, owner, sets);
        def_methods(ty, owner, COMPARE);
    }
}
