//! Binary and unary operators: the built-in numeric and sequence behaviour,
//! and CPython's dispatch to user dunders (`__add__`, reflected `__radd__`
//! tried first for a subclass on the right, in-place `__iadd__`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::format as fmt;
use crate::objects::{Kind, PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;

use super::Vm;

/// A numeric operand viewed by value.
#[derive(Clone, Debug)]
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

impl Num {
    /// View a value as a number (`bool` and `int`/`float` subclasses too).
    pub fn of(v: &Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::I(*i)),
            Value::Bool(b) => Some(Num::I(*b as i64)),
            Value::Float(f) => Some(Num::F(*f)),
            Value::Obj(o) => match &o.kind {
                Kind::Int(b) => Some(match b.to_i64() {
                    Some(i) => Num::I(i),
                    None => Num::B(b.clone()),
                }),
                Kind::Float(f) => Some(Num::F(*f)),
                _ => None,
            },
            _ => None,
        }
    }

    /// As a big integer (None for floats).
    pub fn to_big(&self) -> Option<BigInt> {
        match self {
            Num::I(i) => Some(BigInt::from(*i)),
            Num::B(b) => Some(b.clone()),
            Num::F(_) => None,
        }
    }

    /// As a float (ints correctly rounded).
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Num::I(i) => Ok(*i as f64),
            Num::B(b) => Ok(fmt::bigint_to_f64(b)?),
            Num::F(f) => Ok(*f),
        }
    }
}

/// The operator symbol, for error messages.
pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
    }
}

/// The dunder names `(normal, reflected, in-place)` of an operator.
pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// Decode a `BINARY_OP` argument into the operator and whether it is in-place.
pub fn decode_binop(arg: u32) -> Option<(BinOp, bool)> {
    let inplace = arg >= 13;
    let op = match arg % 13 {
        0 => BinOp::Add,
        1 => BinOp::BitAnd,
        2 => BinOp::FloorDiv,
        3 => BinOp::LShift,
        4 => BinOp::MatMult,
        5 => BinOp::Mult,
        6 => BinOp::Mod,
        7 => BinOp::BitOr,
        8 => BinOp::Pow,
        9 => BinOp::RShift,
        10 => BinOp::Sub,
        11 => BinOp::Div,
        12 => BinOp::BitXor,
        _ => return None,
    };
    Some((op, inplace))
}

impl Vm {
    /// `a op b` (or `a op= b` when `inplace`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        // Fast paths on immediates.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return int_op(*x, *y, op),
            (Value::Float(x), Value::Float(y)) => return float_op(*x, *y, op),
            (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
                if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
                    return num_op(x, y, op);
                }
            }
            _ => {}
        }
        let a_user = self.has_user_class(a);
        let b_user = self.has_user_class(b);
        if !a_user && !b_user {
            if inplace {
                if let Some(r) = self.native_inplace(a, b, op) {
                    return r;
                }
            }
            if let Some(r) = self.native_binop(a, b, op) {
                return r;
            }
            return Err(self.unsupported_binop(a, b, op, inplace));
        }
        self.binary_op_dunder(a, b, op, inplace)
    }

    fn unsupported_binop(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyErr {
        let sym = binop_symbol(op);
        // `str` and `tuple` have no in-place `+`: `s += x` fails in their
        // `+` (a list's `+=` extends, and fails on its own).
        if op == BinOp::Add {
            if let Some(Kind::Str(_)) = a.kind() {
                return PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", self.type_name(b)));
            }
            if let (Some(Kind::List(_)), false) = (a.kind(), inplace) {
                return PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", self.type_name(b)));
            }
            if let Some(Kind::Tuple(_)) = a.kind() {
                return PyErr::type_error(format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b)));
            }
        }
        let sym = if inplace { format!("{}=", sym) } else { String::from(sym) };
        let sym = if inplace && op == BinOp::Pow { String::from("**=") } else { sym };
        PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn binary_op_dunder(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        let (name, rname, iname) = binop_dunders(op);
        if inplace {
            if let Some(f) = self.user_dunder(a, iname) {
                let r = self.call_method_value(&f, a, &[b.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            } else if !self.has_user_class(a) || self.user_dunder(a, name).is_none() {
                if let Some(r) = self.native_inplace(a, b, op) {
                    return r;
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = alloc::rc::Rc::ptr_eq(&ta, &tb);
        let a_fn = self.user_dunder(a, name);
        let b_fn = if same { None } else { self.user_dunder(b, rname) };
        let b_first = b_fn.is_some() && crate::objects::types::is_subtype(&tb, &ta);
        if b_first {
            if let Some(f) = &b_fn {
                let r = self.call_method_value(f, b, &[a.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match &a_fn {
            Some(f) => {
                let r = self.call_method_value(f, a, &[b.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            None => {
                if !self.has_user_dunder_anywhere(a, name) {
                    if let Some(r) = self.native_binop(a, b, op) {
                        return r;
                    }
                }
            }
        }
        if !b_first {
            return self.reflected_or_error(a, b, op, inplace, b_fn, same, a_fn.is_some());
        }
        Err(self.unsupported_binop(a, b, op, inplace))
    }

    /// The end of the binary operator protocol once `a`'s forward dunder
    /// (if any) answered `NotImplemented`: `b`'s reflected dunder `b_fn`,
    /// or built-in behaviour for a built-in subclass `b`, or the error.
    #[allow(clippy::too_many_arguments)]
    fn reflected_or_error(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
        b_fn: Option<Value>,
        same: bool,
        a_had_fn: bool,
    ) -> PyResult<Value> {
        if let Some(f) = &b_fn {
            let r = self.call_method_value(f, b, &[a.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        } else if !same && self.has_user_class(b) && a_had_fn {
            // b may be a builtin subclass with native behaviour.
            if let Some(r) = self.native_binop(a, b, op) {
                return r;
            }
        }
        Err(self.unsupported_binop(a, b, op, inplace))
    }

    /// `a op b` for a user object `a` whose forward dunder is a Python
    /// function that the protocol calls first: a frame running it on
    /// `(a, b)`, whose return the interpreter loop finishes with the
    /// operands, left on the caller's stack ([`OnReturn::BinaryOp`]);
    /// `None` in any other case.
    ///
    /// [`OnReturn::BinaryOp`]: crate::interp::frame::OnReturn::BinaryOp
    pub fn binary_op_frame(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Option<alloc::boxed::Box<crate::interp::frame::Frame>>> {
        let (name, rname, iname) = binop_dunders(op);
        if inplace && self.user_dunder(a, iname).is_some() {
            return Ok(None);
        }
        let Some(Value::Obj(fobj)) = self.user_dunder(a, name) else { return Ok(None) };
        let Kind::Function(func) = &fobj.kind else { return Ok(None) };
        if func.code.is_generator() || self.reflected_goes_first(a, b, rname) {
            return Ok(None);
        }
        let mut frame = if crate::uops::specialized::takes_exactly(&func.code, 2) && func.code.ncells() == 0 {
            // The common case, without make_frame's argument matching.
            let mut frame = self.new_frame(func.code.clone(), func.globals.clone(), Some(fobj.clone()));
            if let [first, second, ..] = &mut frame.locals[..] {
                *first = a.clone();
                *second = b.clone();
            }
            frame
        } else {
            self.make_frame(&fobj, func, &[a.clone(), b.clone()], &[])?
        };
        frame.on_return = crate::interp::frame::OnReturn::BinaryOp { op, inplace };
        Ok(Some(frame))
    }

    /// True when `b`'s class is a proper subclass of `a`'s with a reflected
    /// dunder `rname`, which then runs before `a`'s forward one.
    fn reflected_goes_first(&self, a: &Value, b: &Value, rname: &str) -> bool {
        if !self.has_user_class(b) {
            return false;
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        !alloc::rc::Rc::ptr_eq(&ta, &tb)
            && self.user_dunder(b, rname).is_some()
            && crate::objects::types::is_subtype(&tb, &ta)
    }

    /// The rest of `a op b` after `a`'s forward dunder, run in a frame by
    /// [`Vm::binary_op_frame`], answered `NotImplemented`.
    pub fn binary_op_after_forward(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        let (_, rname, _) = binop_dunders(op);
        let same = alloc::rc::Rc::ptr_eq(&self.type_of(a), &self.type_of(b));
        let b_fn = if same { None } else { self.user_dunder(b, rname) };
        self.reflected_or_error(a, b, op, inplace, b_fn, same, true)
    }

    fn has_user_dunder_anywhere(&self, v: &Value, name: &str) -> bool {
        self.user_dunder(v, name).is_some()
    }

    /// True for `NotImplemented`.
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v.kind(), Some(Kind::NotImplemented))
    }

    /// Built-in behaviour of `a op b` for built-in layouts; `None` means
    /// NotImplemented.
    pub fn native_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                match op {
                    BinOp::BitAnd => return Some(Ok(Value::Bool(*p & *q))),
                    BinOp::BitOr => return Some(Ok(Value::Bool(*p | *q))),
                    BinOp::BitXor => return Some(Ok(Value::Bool(*p ^ *q))),
                    _ => {}
                }
            }
            return Some(num_op(x, y, op));
        }
        let ka = a.kind();
        let kb = b.kind();
        match op {
            BinOp::Add => match (ka?, kb?) {
                (Kind::Str(x), Kind::Str(y)) => {
                    let mut s = match crate::mem::string_with_capacity(x.as_str().len() + y.as_str().len()) {
                        Ok(s) => s,
                        Err(e) => return Some(Err(e)),
                    };
                    s.push_str(x.as_str());
                    s.push_str(y.as_str());
                    Some(Ok(Value::string(s)))
                }
                (Kind::List(x), Kind::List(y)) => {
                    let (x, y) = (x.borrow(), y.borrow());
                    let mut v = match crate::mem::vec_with_capacity(x.len().saturating_add(y.len())) {
                        Ok(v) => v,
                        Err(e) => return Some(Err(e)),
                    };
                    v.extend(x.iter().cloned());
                    v.extend(y.iter().cloned());
                    Some(Ok(Value::list(v)))
                }
                (Kind::Tuple(x), Kind::Tuple(y)) => {
                    let mut v = match crate::mem::vec_with_capacity(x.len().saturating_add(y.len())) {
                        Ok(v) => v,
                        Err(e) => return Some(Err(e)),
                    };
                    v.extend(x.iter().cloned());
                    v.extend(y.iter().cloned());
                    Some(Ok(Value::tuple(v)))
                }
                _ => None,
            },
            BinOp::Mult => {
                let is_seq = |v: &Value| matches!(v.kind(), Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_)));
                if is_seq(a) {
                    let n = match self.repeat_count(b) {
                        Some(Ok(n)) => n,
                        Some(Err(e)) => return Some(Err(e)),
                        None => match self.to_index(b) {
                            Ok(Some(n)) => n,
                            Ok(None) => {
                                return Some(Err(PyErr::type_error(format!(
                                    "can't multiply sequence by non-int of type '{}'",
                                    self.type_name(b)
                                ))))
                            }
                            Err(e) => return Some(Err(e)),
                        },
                    };
                    return self.repeat_seq(a, n);
                }
                if is_seq(b) {
                    match self.repeat_count(a) {
                        Some(Ok(n)) => return self.repeat_seq(b, n),
                        Some(Err(e)) => return Some(Err(e)),
                        None => {}
                    }
                }
                None
            }
            BinOp::Mod => {
                if let Some(Kind::Str(s)) = ka {
                    let s = String::from(s.as_str());
                    return Some(self.str_printf(&s, b).map(Value::string));
                }
                None
            }
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => {
                match (ka?, kb?) {
                    (Kind::Set(_) | Kind::FrozenSet(_), Kind::Set(_) | Kind::FrozenSet(_)) => {
                        Some(self.set_binop(a, b, op))
                    }
                    (Kind::DictView(..), _) | (_, Kind::DictView(..)) => Some(self.set_binop(a, b, op)),
                    (Kind::Dict(x), Kind::Dict(_)) if op == BinOp::BitOr => {
                        let d = x.borrow().clone();
                        let r = Value::dict(d);
                        Some(self.dict_update_from(&r, b).map(|_| r))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// In-place behaviour of mutable built-ins (`list +=`, `set |=`, `dict |=`).
    fn native_inplace(&mut self, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
        match (a.kind()?, op) {
            (Kind::List(_), BinOp::Add) => {
                let items = match self.collect_iterable(b) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                };
                if let Value::Obj(o) = a {
                    if let Kind::List(l) = &o.kind {
                        let mut l = l.borrow_mut();
                        if let Err(e) = crate::mem::grow_list(o, &mut l, items.len()) {
                            return Some(Err(e));
                        }
                        l.extend(items);
                    }
                }
                Some(Ok(a.clone()))
            }
            (Kind::List(l), BinOp::Mult) => {
                let n = match self.repeat_count(b)? {
                    Ok(n) => n,
                    Err(e) => return Some(Err(e)),
                };
                let repeated = match self.repeat_seq(a, n)? {
                    Ok(r) => r.seq_items().unwrap_or_default(),
                    Err(e) => return Some(Err(e)),
                };
                *l.borrow_mut() = repeated;
                Some(Ok(a.clone()))
            }
            (Kind::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                if !matches!(b.kind(), Some(Kind::Set(_) | Kind::FrozenSet(_))) {
                    return None;
                }
                Some(self.set_inplace(a, b, op).map(|_| a.clone()))
            }
            (Kind::Dict(_), BinOp::BitOr) => Some(self.dict_update_from(a, b).map(|_| a.clone())),
            _ => None,
        }
    }

    /// The count of `seq * count` for an int count (`None` for non-ints);
    /// a positive count past 64 bits is CPython's OverflowError.
    fn repeat_count(&self, v: &Value) -> Option<PyResult<i64>> {
        match v {
            Value::Int(i) => Some(Ok(*i)),
            Value::Bool(b) => Some(Ok(*b as i64)),
            Value::Obj(o) => match &o.kind {
                Kind::Int(b) if b.is_negative() => Some(Ok(0)),
                Kind::Int(_) => Some(Err(PyErr::overflow("cannot fit 'int' into an index-sized integer"))),
                _ => None,
            },
            _ => None,
        }
    }

    /// `seq * n`: the result's size is checked against the heap (limit,
    /// and what the allocator can give) before anything is allocated.
    fn repeat_seq(&mut self, seq: &Value, n: i64) -> Option<PyResult<Value>> {
        let n = n.max(0) as usize;
        Some(match seq.kind()? {
            Kind::Str(s) => {
                let s = s.as_str();
                let n = if s.is_empty() { 0 } else { n };
                s.len().checked_mul(n).ok_or_else(crate::mem::memory_error).and_then(crate::mem::string_with_capacity).map(|mut out| {
                    for _ in 0..n {
                        out.push_str(s);
                    }
                    Value::string(out)
                })
            }
            Kind::List(l) => {
                let l = l.borrow();
                repeat_items(&l, n).map(Value::list)
            }
            Kind::Tuple(t) => repeat_items(t, n).map(Value::tuple),
            _ => return None,
        })
    }

    /// `-v`
    pub fn negate(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_dunder(v, "__neg__", "-", |n| match n {
                Num::I(i) => Ok(Value::from_bigint(-BigInt::from(i))),
                Num::B(b) => Ok(Value::from_bigint(-b)),
                Num::F(f) => Ok(Value::Float(-f)),
            }),
        }
    }

    /// `+v`
    pub fn positive(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_dunder(v, "__pos__", "+", |n| match n {
                Num::I(i) => Ok(Value::Int(i)),
                Num::B(b) => Ok(Value::from_bigint(b)),
                Num::F(f) => Ok(Value::Float(f)),
            }),
        }
    }

    /// `~v`
    pub fn invert(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            _ => self.unary_dunder(v, "__invert__", "~", |n| match n {
                Num::I(i) => Ok(Value::Int(!i)),
                Num::B(b) => Ok(Value::from_bigint(-b - 1)),
                Num::F(_) => Err(PyErr::type_error("bad operand type for unary ~: 'float'")),
            }),
        }
    }

    /// `abs(v)`
    pub fn abs(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_abs() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(BigInt::from(*i).abs()),
            }),
            Value::Float(f) => Ok(Value::Float(f.abs())),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => {
                if let Some(f) = self.user_dunder(v, "__abs__") {
                    return self.call_method_value(&f, v, &[]);
                }
                match Num::of(v) {
                    Some(Num::I(i)) => Ok(Value::from_bigint(BigInt::from(i).abs())),
                    Some(Num::B(b)) => Ok(Value::from_bigint(b.abs())),
                    Some(Num::F(f)) => Ok(Value::Float(f.abs())),
                    None => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", self.type_name(v)))),
                }
            }
        }
    }

    fn unary_dunder(
        &mut self,
        v: &Value,
        name: &str,
        sym: &str,
        native: impl FnOnce(Num) -> PyResult<Value>,
    ) -> PyResult<Value> {
        if let Some(f) = self.user_dunder(v, name) {
            return self.call_method_value(&f, v, &[]);
        }
        match Num::of(v) {
            Some(n) => native(n),
            None => Err(PyErr::type_error(format!("bad operand type for unary {}: '{}'", sym, self.type_name(v)))),
        }
    }
}

/// `items * n` as a new vector, reserved (and checked) up front.
fn repeat_items(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let n = if items.is_empty() { 0 } else { n };
    let mut v = crate::mem::vec_with_capacity(items.len().checked_mul(n).ok_or_else(crate::mem::memory_error)?)?;
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(v)
}

/// `x op y` on two small ints, overflowing into big ints.
#[inline]
pub fn int_op(x: i64, y: i64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(PyErr::zero_div("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| floor_div_i64(x, y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(PyErr::zero_div("integer modulo by zero"));
            }
            Some(mod_i64(x, y))
        }
        BinOp::Div => {
            if y == 0 {
                return Err(PyErr::zero_div("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Value::Float(x as f64 / y as f64));
            }
            return Ok(Value::Float(fmt::int_true_div(&BigInt::from(x), &BigInt::from(y))?));
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::LShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x.abs() as u64) < (1u64 << (63 - y)) {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
        }
        BinOp::Pow => {
            if y < 0 {
                return float_op(x as f64, y as f64, BinOp::Pow);
            }
            if y > u32::MAX as i64 {
                None
            } else {
                x.checked_pow(y as u32)
            }
        }
        BinOp::MatMult => {
            return Err(PyErr::type_error("unsupported operand type(s) for @: 'int' and 'int'"));
        }
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_op(BigInt::from(x), BigInt::from(y), op),
    }
}

fn floor_div_i64(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

fn mod_i64(x: i64, y: i64) -> i64 {
    if y == -1 {
        return 0;
    }
    let r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

/// Room on the heap for a big-int result of `bits` bits (checked before
/// computing it: `MemoryError` when it would pass the heap limit).
fn reserve_bits(bits: u64) -> PyResult<()> {
    crate::mem::reserve(usize::try_from(bits / 8 + 8).unwrap_or(usize::MAX))
}

/// The work of multiplying numbers of `a` and `b` bits, in
/// instruction-equivalents: about `n^1.5` limb products for balanced
/// operands of `n` limbs (num-bigint's Toom-3 does ~`n^1.47`), `la * lb`
/// for unbalanced ones, at ~16 limb products per instruction. Only the
/// enormous products that no budget could pay for are refused
/// (`mem::check_work`).
fn product_work(a: u64, b: u64) -> u64 {
    let (la, lb) = (a / 64 + 1, b / 64 + 1);
    let n = la.max(lb);
    let balanced = (n as f64 * libm::sqrt(n as f64)) as u64;
    la.saturating_mul(lb).min(balanced) / 16
}

/// `x op y` on big ints.
pub fn big_op(x: BigInt, y: BigInt, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => {
            if x.bits() + y.bits() > (1 << 32) {
                return Err(crate::mem::memory_error());
            }
            reserve_bits(x.bits() + y.bits())?;
            crate::mem::check_work(product_work(x.bits(), y.bits()))?;
            x * y
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_div("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::zero_div("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(PyErr::zero_div("division by zero"));
            }
            return Ok(Value::Float(fmt::int_true_div(&x, &y)?));
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = y.to_u64().filter(|n| *n < (1 << 32)).ok_or_else(|| PyErr::overflow("too many digits in integer"))?;
            reserve_bits(x.bits() + n)?;
            x << n
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(n) if n < (1 << 40) => x >> n,
                _ => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let xf = fmt::bigint_to_f64(&x)?;
                let yf = fmt::bigint_to_f64(&y)?;
                return float_op(xf, yf, BinOp::Pow);
            }
            if x.is_zero() || x.is_one() {
                return Ok(Value::from_bigint(x));
            }
            if x == BigInt::from(-1) {
                return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
            }
            let e = y.to_u64().filter(|e| (x.bits()).saturating_mul(*e) < (1 << 32));
            match e {
                Some(e) => {
                    let bits = x.bits().saturating_mul(e);
                    reserve_bits(bits)?;
                    // The last squaring dominates: a product of two halves.
                    crate::mem::check_work(product_work(bits / 2, bits / 2))?;
                    num_traits::pow::Pow::pow(x, e)
                }
                None => return Err(crate::mem::memory_error()),
            }
        }
        BinOp::MatMult => return Err(PyErr::type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    };
    Ok(Value::from_bigint(r))
}

/// `x op y` on floats.
#[inline]
pub fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(PyErr::zero_div("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_div("float floor division by zero"));
            }
            fmt::float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(PyErr::zero_div("float modulo"));
            }
            fmt::float_mod(x, y)
        }
        BinOp::Pow => fmt::float_pow(x, y)?,
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                binop_symbol(op)
            )))
        }
    };
    Ok(Value::Float(r))
}

/// `x op y` on two numbers of any representation.
pub fn num_op(x: Num, y: Num, op: BinOp) -> PyResult<Value> {
    match (&x, &y) {
        (Num::I(a), Num::I(b)) => int_op(*a, *b, op),
        (Num::F(_), _) | (_, Num::F(_)) => {
            if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift | BinOp::MatMult) {
                let tn = |n: &Num| if matches!(n, Num::F(_)) { "float" } else { "int" };
                return Err(PyErr::type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    binop_symbol(op),
                    tn(&x),
                    tn(&y)
                )));
            }
            if op == BinOp::Div {
                if let (Num::B(a), Num::F(b)) = (&x, &y) {
                    if *b == 0.0 {
                        return Err(PyErr::zero_div("float division by zero"));
                    }
                    let _ = a;
                }
            }
            float_op(x.to_f64()?, y.to_f64()?, op)
        }
        _ => match (x.to_big(), y.to_big()) {
            (Some(a), Some(b)) => big_op(a, b, op),
            _ => Err(PyErr::type_error("bad operands")),
        },
    }
}
