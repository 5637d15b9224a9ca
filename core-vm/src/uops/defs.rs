//! The uop definitions: each function is the single implementation of one
//! operation, used by tier 1 (through the bytecode table), by the uop
//! interpreter and, later, by the stencil generator.
//!
//! Conventions: `f` is the current frame, `arg` the instruction argument;
//! stack effects are documented on the opcodes in `bytecode::opcode`.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use super::{Control, Step, UopResult};
use crate::interp::frame::Frame;
use crate::objects::types::lookup;
use crate::objects::value::{Function, Kind};
use crate::objects::{Dict, ExcKind, PyErr, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::Vm;

pub use super::specialized::*;
pub use crate::interp::specialize::{
    specialize_binary_op, specialize_binary_subscr, specialize_call, specialize_compare_op, specialize_for_iter,
    specialize_load_attr, specialize_load_global, specialize_load_method, specialize_store_attr, specialize_store_subscr,
};

const NEXT: UopResult = Ok(Control::Next);

fn bad_arg() -> PyErr {
    PyErr::new(ExcKind::SystemError, "bad instruction argument")
}

#[inline(always)]
fn name_at(f: &Frame, arg: u32) -> Result<Value, PyErr> {
    f.code.names.get(arg as usize).cloned().ok_or_else(bad_arg)
}

#[inline(always)]
fn name_str(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

#[inline(always)]
pub fn pop_top(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    release(f.pop())
}

/// Drop `v` and go on: a plain value needs nothing; an object's release is
/// an out-of-line call.
#[inline(always)]
pub(crate) fn release(v: Value) -> UopResult {
    if let Value::Obj(o) = v {
        release_obj(o);
    }
    NEXT
}

/// Release one reference to `o`: in line when others remain (a
/// decrement), out of line when this one was the last (the object's
/// destructor is far too big to inline into every handler).
#[inline(always)]
pub(crate) fn release_obj(o: crate::objects::Obj) {
    if alloc::rc::Rc::strong_count(&o) > 1 {
        // SAFETY: the pointer comes from `into_raw` of a live `Rc` whose
        // reference is given up here; other references remain (count > 1),
        // so this only decrements and can never free.
        unsafe { alloc::rc::Rc::decrement_strong_count(alloc::rc::Rc::into_raw(o)) }
    } else {
        free_obj(o)
    }
}

/// Drop what may be the last reference to `o` (out of line).
#[inline(never)]
fn free_obj(o: crate::objects::Obj) {
    drop(o);
}

/// Push `v` (growing the buffer out of line, which the compiler's stack
/// depth makes unreachable) and go on.
#[inline(always)]
pub(crate) fn push_next(f: &mut Frame, v: Value) -> UopResult {
    if f.has_room() {
        f.push_within_capacity(v);
        NEXT
    } else {
        {
            let (tag, payload) = v.into_raw();
            push_grow(f, tag, payload).into_result()
        }
    }
}

/// Push a value given as its raw words (see `Value::into_raw`), growing
/// the buffer. Cold paths answer a [`Step`], returned in registers, so that
/// the loop's answer never lives in memory.
#[cold]
#[inline(never)]
fn push_grow(f: &mut Frame, tag: u64, payload: core::mem::MaybeUninit<u64>) -> Step {
    // SAFETY: every caller passes the words of a value it gave up.
    f.push(unsafe { Value::from_raw(tag, payload) });
    Step::Next
}

#[inline(always)]
pub fn push_null(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    push_next(f, Value::Null)
}

#[inline(always)]
pub fn copy(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let v = f.peek((arg as usize).saturating_sub(1)).clone();
    push_next(f, v)
}

pub fn swap(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let len = f.locals.len();
    let n = arg as usize;
    if n >= 1 && len >= f.stack_base + n {
        f.locals.swap(len - 1, len - n);
    }
    NEXT
}

#[inline(always)]
pub fn load_const(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    if f.has_room() {
        if let Some(v) = f.code.consts.get(arg as usize) {
            let v = v.clone();
            f.push_within_capacity(v);
            return NEXT;
        }
    }
    load_const_slow(vm, f, arg).into_result()
}

#[cold]
#[inline(never)]
fn load_const_slow(_vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
    match f.code.consts.get(arg as usize).cloned() {
        Some(v) => {
            f.push(v);
            Step::Next
        }
        None => Step::Err(bad_arg()),
    }
}

fn unbound_local(f: &Frame, idx: usize) -> PyErr {
    let name = f.code.varnames.get(idx).map(|n| String::from(&**n)).unwrap_or_default();
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{}' where it is not associated with a value", name),
    )
}

#[inline(always)]
pub fn load_fast(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    // The hot path makes no calls and has one way out to the cold path (an
    // unbound local, or a full stack buffer, which the compiler's stack
    // depth rules out), so the handler needs no saved registers.
    if let Some(v) = f.locals.get(arg as usize) {
        if !matches!(v, Value::Null) && f.has_room() {
            let v = v.clone();
            f.push_within_capacity(v);
            return NEXT;
        }
    }
    load_fast_slow(vm, f, arg).into_result()
}

/// `LOAD_FAST` off the hot path: an unbound local, or a push that has to
/// grow the buffer.
#[cold]
#[inline(never)]
fn load_fast_slow(_vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
    let i = arg as usize;
    let v = match f.locals.get(i) {
        Some(Value::Null) | None => return Step::Err(unbound_local(f, i)),
        Some(v) => v.clone(),
    };
    f.push(v);
    Step::Next
}


// Superinstruction halves: the argument packs the first instruction's
// argument (low 16 bits) and the absorbed second one's (high 16 bits); the
// second half steps `f.ip` past the absorbed instruction first, so that an
// error it raises is placed there, as if it ran alone.

#[inline(always)]
pub fn load_fast_lo(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    load_fast(vm, f, arg & 0xffff)
}

#[inline(always)]
pub fn store_fast_lo(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    store_fast(vm, f, arg & 0xffff)
}

#[inline(always)]
pub fn load_fast_hi(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    f.ip += 1;
    load_fast(vm, f, arg >> 16)
}

#[inline(always)]
pub fn load_const_hi(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    f.ip += 1;
    load_const(vm, f, arg >> 16)
}

#[inline(always)]
pub fn store_fast(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let v = f.pop();
    match f.locals.get_mut(arg as usize) {
        Some(slot) => release(core::mem::replace(slot, v)),
        None => release(v),
    }
}

pub fn delete_fast(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let i = arg as usize;
    match f.locals.get(i) {
        Some(Value::Null) | None => Err(unbound_local(f, i)),
        Some(_) => {
            f.locals[i] = Value::Null;
            NEXT
        }
    }
}

fn cell_at(f: &Frame, arg: u32) -> Result<Value, PyErr> {
    f.locals.get(f.code.nlocals() + arg as usize).cloned().ok_or_else(bad_arg)
}

fn cell_name(f: &Frame, arg: u32) -> String {
    let i = arg as usize;
    let n = f.code.cellvars.len();
    let name = if i < n { f.code.cellvars.get(i) } else { f.code.freevars.get(i - n) };
    name.map(|n| String::from(&**n)).unwrap_or_default()
}

fn unbound_cell(f: &Frame, arg: u32) -> PyErr {
    let name = cell_name(f, arg);
    if (arg as usize) < f.code.cellvars.len() {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{}' where it is not associated with a value", name),
        )
    } else {
        PyErr::new(
            ExcKind::NameError,
            format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
        )
    }
}

pub fn load_deref(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let cell = cell_at(f, arg)?;
    let v = match cell.kind() {
        Some(Kind::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    };
    if let Value::Null = v {
        return Err(unbound_cell(f, arg));
    }
    f.push(v);
    NEXT
}

pub fn store_deref(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let v = f.pop();
    let cell = cell_at(f, arg)?;
    if let Some(Kind::Cell(c)) = cell.kind() {
        *c.borrow_mut() = v;
    }
    NEXT
}

pub fn delete_deref(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let cell = cell_at(f, arg)?;
    if let Some(Kind::Cell(c)) = cell.kind() {
        let old = core::mem::replace(&mut *c.borrow_mut(), Value::Null);
        if let Value::Null = old {
            return Err(unbound_cell(f, arg));
        }
    }
    NEXT
}

pub fn load_closure(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let cell = cell_at(f, arg)?;
    f.push(cell);
    NEXT
}

pub fn load_classderef(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = cell_name(f, arg);
    let found = match &f.locals_dict {
        Some(Value::Obj(d)) => match &d.kind {
            Kind::Dict(d) => d.borrow().get_str(&name).cloned(),
            _ => None,
        },
        _ => None,
    };
    match found {
        Some(v) => {
            f.push(v);
            NEXT
        }
        None => load_deref(_vm, f, arg),
    }
}

fn dict_of(v: &crate::objects::Obj) -> Option<&RefCell<Dict>> {
    match &v.kind {
        Kind::Dict(d) => Some(d),
        _ => None,
    }
}

fn lookup_str_in(d: &RefCell<Dict>, key: &Value) -> Option<Value> {
    let s = key.as_pystr()?;
    let d = d.borrow();
    let pos = d.find_by(s.hash(), |k| k.as_str() == Some(s.as_str()))?;
    d.entry_at(pos).map(|e| e.value.clone())
}

fn name_error(name: &str) -> PyErr {
    PyErr::new(ExcKind::NameError, format!("name '{}' is not defined", name))
}

/// `FOR_ITER` out of line (the specialized forms' cold path: other
/// iterators, the end of a list or tuple).
#[cold]
#[inline(never)]
pub fn for_iter_cold(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    for_iter(vm, f, arg)
}

/// `LOAD_GLOBAL` out of line (a specialized form's cold path).
#[cold]
#[inline(never)]
pub fn load_global_cold(vm: &mut Vm, f: &mut Frame, arg: u32) -> Step {
    Step::of(load_global(vm, f, arg))
}

#[inline(always)]
pub fn load_global(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let found = dict_of(&f.globals)
        .and_then(|d| lookup_str_in(d, &name))
        .or_else(|| lookup_str_in(vm.builtins_dict(), &name));
    match found {
        Some(v) => {
            f.push(v);
            NEXT
        }
        None => Err(name_error(name_str(&name))),
    }
}

pub fn store_global(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let v = f.pop();
    if let Some(d) = dict_of(&f.globals) {
        d.borrow_mut().set_str_value(name, v);
    }
    NEXT
}

pub fn delete_global(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let removed = dict_of(&f.globals).and_then(|d| d.borrow_mut().remove_str(name_str(&name)));
    match removed {
        Some(_) => NEXT,
        None => Err(name_error(name_str(&name))),
    }
}

pub fn load_name(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    if let Some(Value::Obj(d)) = &f.locals_dict {
        if let Some(d) = dict_of(d) {
            if let Some(v) = lookup_str_in(d, &name) {
                f.push(v);
                return NEXT;
            }
        }
    }
    load_global(vm, f, arg)
}

pub fn store_name(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match f.locals_dict.clone() {
        Some(ns) => {
            let name = name_at(f, arg)?;
            let v = f.pop();
            match ns.kind() {
                Some(Kind::Dict(d)) => d.borrow_mut().set_str_value(name, v),
                _ => vm.setitem(&ns, &name, v)?,
            }
            NEXT
        }
        None => store_global(vm, f, arg),
    }
}

pub fn delete_name(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match f.locals_dict.clone() {
        Some(ns) => {
            let name = name_at(f, arg)?;
            let removed = match ns.kind() {
                Some(Kind::Dict(d)) => d.borrow_mut().remove_str(name_str(&name)),
                _ => None,
            };
            match removed {
                Some(_) => NEXT,
                None => Err(name_error(name_str(&name))),
            }
        }
        None => delete_global(vm, f, arg),
    }
}

pub fn load_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let obj = f.pop();
    let v = match plain_instance_get(vm, &obj, &name) {
        Some(r) => r?,
        None => vm.get_attr(&obj, name_str(&name))?,
    };
    f.push(v);
    NEXT
}

pub fn store_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let obj = f.pop();
    let v = f.pop();
    match plain_instance_set(vm, &obj, &name, v) {
        Ok(r) => r?,
        Err(v) => vm.set_attr(&obj, name_str(&name), v)?,
    }
    NEXT
}

/// The object, layout and class of an instance of an ordinary class whose
/// attribute access follows the default rules (no Python
/// `__getattribute__`).
fn plain_instance(obj: &Value) -> Option<(&crate::objects::PyObject, &crate::objects::value::Instance, crate::objects::Obj)> {
    let (o, i) = crate::vm::instance::plain(obj)?;
    let cls = i.class.borrow().clone();
    let t = crate::objects::types::type_data(&cls)?;
    if t.custom_getattribute.get() {
        return None;
    }
    Some((o, i, cls))
}

/// `obj.name` on a plain instance, the default way (a property, else the
/// instance's own attribute, else the bound class attribute), with the
/// class lookup through the VM's cache. `None`: not found or not a plain
/// instance — the full protocol (`__getattr__`, errors) takes over.
fn plain_instance_get(vm: &mut Vm, obj: &Value, name: &Value) -> Option<crate::objects::PyResult<Value>> {
    let (_, i, cls) = plain_instance(obj)?;
    // Dunder names (`__class__`, `__dict__`, ...) have their own rules.
    let key = name.as_str().filter(|k| !k.starts_with("__"))?;
    let descr = vm.class_lookup(&cls, key);
    if matches!(descr.as_ref().and_then(|d| d.kind()), Some(Kind::Property(_))) {
        return None;
    }
    if let Some(v) = crate::vm::instance::get(i, key) {
        return Some(Ok(v));
    }
    Some(vm.bind_descriptor(descr?, obj))
}

/// For a method call on a plain instance: the class's function `name`
/// when the instance's own attributes do not shadow it (found through the
/// VM's cache).
fn plain_instance_method(vm: &mut Vm, obj: &Value, name: &Value) -> Option<Value> {
    let (_, i, cls) = plain_instance(obj)?;
    let key = name.as_str()?;
    let d = vm.class_lookup(&cls, key)?;
    if !matches!(d.kind(), Some(Kind::Function(_))) {
        return None;
    }
    (!crate::vm::instance::has(i, key)).then_some(d)
}

/// `obj.name = value` on a plain instance without a Python `__setattr__`,
/// `__slots__` or a property of that name: straight into its attributes
/// (keeping its shape). Gives the value back when the full protocol must
/// handle the store.
fn plain_instance_set(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> Result<crate::objects::PyResult<()>, Value> {
    let Some((o, i, cls)) = plain_instance(obj) else { return Err(value) };
    let plain_class = crate::objects::types::type_data(&cls).map(|t| t.slots.is_none()).unwrap_or(false)
        && !Rc::ptr_eq(&cls, &vm.types.object);
    // Dunder names (`__class__`, `__dict__`, ...) have their own rules.
    let Some(key) = name.as_str().filter(|k| plain_class && !k.starts_with("__")) else { return Err(value) };
    let python_setattr = matches!(vm.class_lookup(&cls, "__setattr__").and_then(|s| s.as_obj().cloned()), Some(o) if matches!(o.kind, Kind::Function(_)));
    let property = matches!(vm.class_lookup(&cls, key).as_ref().and_then(|d| d.kind()), Some(Kind::Property(_)));
    if python_setattr || property {
        return Err(value);
    }
    Ok(vm.instance_store(o, i, key, value))
}

pub fn delete_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let obj = f.pop();
    vm.del_attr(&obj, name_str(&name))?;
    NEXT
}

/// `obj.name` for a call: pushes `[function, obj]` when `name` is a plain
/// method on the class (no bound-method object is made), else `[attr, NULL]`.
pub fn load_method(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let obj = f.pop();
    let key = name_str(&name);
    if let Some(method) = plain_instance_method(vm, &obj, &name) {
        f.push(method);
        f.push(obj);
        return NEXT;
    }
    if !matches!(obj.kind(), Some(Kind::Type(_) | Kind::Module(_) | Kind::Super(_))) {
        let cls = vm.type_of(&obj);
        if let Some(d) = vm.class_lookup(&cls, key) {
            let plain = match d.kind() {
                Some(Kind::Function(_)) => true,
                Some(Kind::Native(n)) => n.bound.is_none() && n.owner.is_some(),
                _ => false,
            };
            let shadowed = crate::vm::instance_dict_has(&obj, key);
            if plain && !shadowed {
                f.push(d);
                f.push(obj);
                return NEXT;
            }
        }
    }
    let v = vm.get_attr(&obj, key)?;
    f.push(v);
    f.push(Value::Null);
    NEXT
}

#[inline(always)]
pub fn binary_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let (op, inplace) = crate::vm::decode_binop(arg).ok_or_else(bad_arg)?;
    // A Python dunder runs in a frame of this loop (no host recursion);
    // its return replaces the operands (`OnReturn::BinaryOp`).
    if f.depth() >= 2 && vm.has_user_class(f.peek(1)) {
        if let Some(frame) = vm.binary_op_frame(f.peek(1), f.peek(0), op, inplace)? {
            return Ok(Control::Call(frame));
        }
    }
    let b = f.pop();
    let a = f.pop();
    let r = vm.binary_op(&a, &b, op, inplace)?;
    f.push(r);
    NEXT
}

pub fn unary_negative(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let v = f.pop();
    let r = vm.negate(&v)?;
    f.push(r);
    NEXT
}

pub fn unary_positive(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let v = f.pop();
    let r = vm.positive(&v)?;
    f.push(r);
    NEXT
}

pub fn unary_invert(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let v = f.pop();
    let r = vm.invert(&v)?;
    f.push(r);
    NEXT
}

pub fn unary_not(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let v = f.pop();
    let b = vm.truthy(&v)?;
    f.push(Value::Bool(!b));
    NEXT
}

fn cmp_op(arg: u32) -> Result<CmpOp, PyErr> {
    Ok(match arg {
        0 => CmpOp::Lt,
        1 => CmpOp::LtE,
        2 => CmpOp::Eq,
        3 => CmpOp::NotEq,
        4 => CmpOp::Gt,
        5 => CmpOp::GtE,
        _ => return Err(bad_arg()),
    })
}

#[inline(always)]
pub fn compare_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let b = f.pop();
    let a = f.pop();
    let r = vm.rich_compare(&a, &b, cmp_op(arg)?)?;
    f.push(r);
    NEXT
}

pub fn is_op(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let b = f.pop();
    let same = f.peek(0).is(&b);
    let Some(top) = f.top_mut() else { return release(b) };
    let a = core::mem::replace(top, Value::Bool(same != (arg != 0)));
    release_pair(a, b)
}

/// Drop two values and go on, any object release out of line.
#[inline(always)]
pub(crate) fn release_pair(a: Value, b: Value) -> UopResult {
    match (a, b) {
        (Value::Obj(a), Value::Obj(b)) => release_two(a, b),
        (Value::Obj(a), _) => release_obj(a),
        (_, b) => return release(b),
    }
    NEXT
}

/// Replace the top of the stack with `v` and go on (releasing the old
/// top in tail position).
#[inline(always)]
pub(crate) fn replace_top(f: &mut Frame, v: Value) -> UopResult {
    match f.top_mut() {
        Some(top) => release(core::mem::replace(top, v)),
        None => {
            let (tag, payload) = v.into_raw();
            push_grow(f, tag, payload).into_result()
        },
    }
}

#[inline(never)]
pub(crate) fn release_two(a: crate::objects::Obj, b: crate::objects::Obj) {
    drop(a);
    drop(b);
}

pub fn contains_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    // `int in set`: probe the table natively (no hashing call, no borrow).
    if let Some(found) = int_in_exact_set(f) {
        // `[..., int, set]` becomes `[..., bool]`: the int owns nothing.
        let container = f.pop();
        f.pop_plain();
        f.push_within_capacity(Value::Bool(found != (arg != 0)));
        return release(container);
    }
    let container = f.pop();
    let item = f.pop();
    let r = vm.contains(&container, &item)?;
    f.push(Value::Bool(r != (arg != 0)));
    NEXT
}

/// For `[..., int, set or frozenset]` (exact types): whether the int is in
/// it, when the native probe can tell.
#[inline(always)]
fn int_in_exact_set(f: &Frame) -> Option<bool> {
    let Some((Value::Int(x), Value::Obj(o))) = f.top_two() else { return None };
    if o.ext.is_some() {
        return None;
    }
    let hash = crate::format::i64_hash(*x);
    match &o.kind {
        Kind::Set(t) => super::specialized::read(t)?.contains_int(*x, hash),
        Kind::FrozenSet(t) => t.contains_int(*x, hash),
        _ => None,
    }
}

pub fn binary_subscr(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let key = f.pop();
    let container = f.pop();
    let r = vm.getitem(&container, &key)?;
    f.push(r);
    NEXT
}

pub fn store_subscr(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let key = f.pop();
    let container = f.pop();
    let v = f.pop();
    vm.setitem(&container, &key, v)?;
    NEXT
}

pub fn delete_subscr(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let key = f.pop();
    let container = f.pop();
    vm.delitem(&container, &key)?;
    NEXT
}

pub fn build_slice(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let step = if arg == 3 { f.pop() } else { Value::None };
    let stop = f.pop();
    let start = f.pop();
    f.push(Value::new_obj(Kind::Slice(Box::new([start, stop, step]))));
    NEXT
}

pub fn build_tuple(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let items = f.pop_n(arg as usize);
    f.push(Value::tuple(items));
    NEXT
}

pub fn build_list(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let items = f.pop_n(arg as usize);
    f.push(Value::list(items));
    NEXT
}

pub fn build_set(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let items = f.pop_n(arg as usize);
    let set = vm.new_set();
    for it in items {
        vm.set_add(&set, it)?;
    }
    f.push(set);
    NEXT
}

pub fn build_map(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let items = f.pop_n(2 * arg as usize);
    let d = Value::dict(Dict::new());
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        vm.setitem(&d, &k, v)?;
    }
    f.push(d);
    NEXT
}

pub fn list_append(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let v = f.pop();
    if let Value::Obj(o) = f.peek((arg as usize).saturating_sub(1)) {
        if let Kind::List(l) = &o.kind {
            let mut l = l.borrow_mut();
            crate::mem::grow_list(o, &mut l, 1)?;
            l.push(v);
        }
    }
    NEXT
}

pub fn set_add(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let v = f.pop();
    let set = f.peek((arg as usize).saturating_sub(1)).clone();
    vm.set_add(&set, v)?;
    NEXT
}

pub fn map_add(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let v = f.pop();
    let k = f.pop();
    let d = f.peek((arg as usize).saturating_sub(1)).clone();
    vm.setitem(&d, &k, v)?;
    NEXT
}

pub fn list_extend(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let it = f.pop();
    let items = match vm.collect_iterable(&it) {
        Ok(items) => items,
        Err(e) => {
            if vm.err_matches(&e, ExcKind::TypeError) && !vm.is_iterable(&it) {
                return Err(PyErr::type_error(format!(
                    "Value after * must be an iterable, not {}",
                    vm.type_name(&it)
                )));
            }
            return Err(e);
        }
    };
    if let Value::Obj(o) = f.peek((arg as usize).saturating_sub(1)) {
        if let Kind::List(l) = &o.kind {
            let mut l = l.borrow_mut();
            crate::mem::grow_list(o, &mut l, items.len())?;
            l.extend(items);
        }
    }
    NEXT
}

pub fn set_update(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let it = f.pop();
    let set = f.peek((arg as usize).saturating_sub(1)).clone();
    vm.set_update_from(&set, &it)?;
    NEXT
}

pub fn dict_update(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let other = f.pop();
    let d = f.peek((arg as usize).saturating_sub(1)).clone();
    if !vm.is_mapping(&other) {
        return Err(PyErr::type_error(format!("'{}' object is not a mapping", vm.type_name(&other))));
    }
    vm.dict_update_from(&d, &other)?;
    NEXT
}

pub fn dict_merge(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let other = f.pop();
    let d = f.peek((arg as usize).saturating_sub(1)).clone();
    let callee = f.peek(arg as usize + 2).clone();
    let fname = vm.callable_name(&callee);
    if !vm.is_mapping(&other) {
        return Err(PyErr::type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            fname,
            vm.type_name(&other)
        )));
    }
    for (k, v) in vm.mapping_items(&other)? {
        if vm.contains(&d, &k)? {
            let ks = vm.to_str(&k)?;
            return Err(PyErr::type_error(format!("{} got multiple values for keyword argument '{}'", fname, ks)));
        }
        vm.setitem(&d, &k, v)?;
    }
    NEXT
}

pub fn list_to_tuple(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let l = f.pop();
    let items = l.seq_items().unwrap_or_default();
    f.push(Value::tuple(items));
    NEXT
}

pub fn build_string(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let parts = f.pop_n(arg as usize);
    let mut s = String::new();
    for p in &parts {
        s.push_str(p.as_str().unwrap_or(""));
    }
    f.push(Value::string(s));
    NEXT
}

pub fn format_value(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let spec = if arg & 4 != 0 { Some(f.pop()) } else { None };
    let v = f.pop();
    let v = match arg & 3 {
        1 => Value::string(vm.to_str(&v)?),
        2 => Value::string(vm.repr(&v)?),
        3 => Value::string(vm.ascii(&v)?),
        _ => v,
    };
    let spec_str = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
    let s = if spec_str.is_empty() && v.as_str().is_some() && !vm.has_user_class(&v) {
        v
    } else {
        Value::string(vm.format(&v, spec_str)?)
    };
    f.push(s);
    NEXT
}

pub fn unpack_sequence(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let seq = f.pop();
    let n = arg as usize;
    // A tuple or list of the right length (the common case: `a, b = t`)
    // is unpacked straight onto the stack, without an intermediate vector.
    if let Some(Kind::Tuple(items)) = seq.kind().filter(|_| !vm.has_user_class(&seq)) {
        if items.len() == n {
            for v in items.iter().rev() {
                f.push(v.clone());
            }
            return release(seq);
        }
    }
    let mut unpacked = false;
    if let Some(Kind::List(items)) = seq.kind().filter(|_| !vm.has_user_class(&seq)) {
        if let Ok(items) = items.try_borrow() {
            if items.len() == n {
                for v in items.iter().rev() {
                    f.push(v.clone());
                }
                unpacked = true;
            }
        }
    }
    if unpacked {
        return release(seq);
    }
    let items = vm.unpack_exact(&seq, n)?;
    for v in items.into_iter().rev() {
        f.push(v);
    }
    NEXT
}

pub fn unpack_ex(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    let seq = f.pop();
    if !vm.is_iterable(&seq) {
        return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", vm.type_name(&seq))));
    }
    let mut items = vm.collect_iterable(&seq)?;
    if items.len() < before + after {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    for v in tail.into_iter().rev() {
        f.push(v);
    }
    f.push(Value::list(middle));
    for v in items.into_iter().rev() {
        f.push(v);
    }
    NEXT
}

#[inline(always)]
pub fn jump(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    jump_next(vm, f, arg)
}

/// [`jump_to`] answering the uop's result, with the budget's slow path
/// (fuel ran out) as a tail call: no call on the hot path.
#[inline(always)]
pub fn jump_next(vm: &mut Vm, f: &mut Frame, target: u32) -> UopResult {
    let to = target as usize;
    if to < f.ip {
        vm.fuel -= (f.ip - to) as i64;
        if vm.fuel < 0 {
            return jump_out_of_fuel(vm, f, target).into_result();
        }
    }
    f.ip = to;
    NEXT
}

/// A backward jump found the fuel spent (already charged): run the
/// budget's slow path, then jump.
#[cold]
#[inline(never)]
fn jump_out_of_fuel(vm: &mut Vm, f: &mut Frame, target: u32) -> Step {
    if let Err(e) = vm.slow_tick() {
        return Step::Err(e);
    }
    f.ip = target as usize;
    Step::Next
}

/// Continue at instruction `target`. A backward jump closes a loop: it
/// charges the instructions it jumps back over to the budget (the only
/// place straight-line interpretation pays for the budget and the
/// interrupt check).
#[inline(always)]
pub fn jump_to(vm: &mut Vm, f: &mut Frame, target: u32) -> crate::objects::PyResult<()> {
    let target = target as usize;
    if target < f.ip {
        vm.charge((f.ip - target) as u32)?;
    }
    f.ip = target;
    Ok(())
}

#[inline(always)]
fn truth(vm: &mut Vm, v: &Value) -> Result<bool, PyErr> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => vm.truthy(v),
    }
}

#[inline(always)]
pub fn pop_jump_if_false(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    pop_jump_if(vm, f, arg, false)
}

/// Pop the condition and jump to `target` when its truth is `when`. A
/// `bool` condition takes the hot path (no call); anything else asks the
/// object out of line.
#[inline(always)]
fn pop_jump_if(vm: &mut Vm, f: &mut Frame, target: u32, when: bool) -> UopResult {
    match f.pop_bool() {
        Some(b) if b == when => jump_next(vm, f, target),
        Some(_) => NEXT,
        None => pop_jump_slow(vm, f, target, when).into_result(),
    }
}

#[cold]
#[inline(never)]
fn pop_jump_slow(vm: &mut Vm, f: &mut Frame, target: u32, when: bool) -> Step {
    let v = f.pop();
    Step::of((|| {
        if truth(vm, &v)? == when {
            jump_to(vm, f, target)?;
        }
        NEXT
    })())
}

#[inline(always)]
pub fn pop_jump_if_true(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    pop_jump_if(vm, f, arg, true)
}

pub fn jump_if_false_or_pop(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let v = f.peek(0).clone();
    if !truth(vm, &v)? {
        jump_to(vm, f, arg)?;
    } else {
        f.pop();
    }
    NEXT
}

pub fn jump_if_true_or_pop(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let v = f.peek(0).clone();
    if truth(vm, &v)? {
        jump_to(vm, f, arg)?;
    } else {
        f.pop();
    }
    NEXT
}

pub fn pop_jump_if_none(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    if f.pop().is_none() {
        jump_to(vm, f, arg)?;
    }
    NEXT
}

pub fn pop_jump_if_not_none(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    if !f.pop().is_none() {
        jump_to(vm, f, arg)?;
    }
    NEXT
}

pub fn get_iter(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let v = f.pop();
    // An exact list or tuple (the common `for`) moves into its iterator.
    let exact_sequence = matches!(&v, Value::Obj(o) if o.ext.is_none() && matches!(o.kind, Kind::List(_) | Kind::Tuple(_)));
    let it = if exact_sequence { vm.sequence_iter(v) } else { vm.get_iter(&v)? };
    f.push(it);
    NEXT
}

#[inline(always)]
pub fn for_iter(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    // A generator runs as a callee in this loop (see `OnReturn::Generator`).
    if matches!(f.peek(0).kind(), Some(Kind::Generator(_))) {
        if let Ok(frame) = vm.resume_inline(f.peek(0), Value::None, arg, true) {
            return Ok(Control::Call(frame));
        }
    }
    let it = f.peek(0).clone();
    match vm.next(&it)? {
        Some(v) => f.push(v),
        None => {
            vm.recycle_iter(f.pop());
            f.ip = arg as usize;
        }
    }
    NEXT
}

/// Call `callable` with `args`: a Python function gets a new frame run by
/// the same interpreter loop; anything else is called directly.
fn do_call(vm: &mut Vm, f: &mut Frame, callable: Value, args: Vec<Value>, kwargs: &[(Rc<str>, Value)]) -> UopResult {
    if let Value::Obj(o) = &callable {
        if let Kind::Type(_) = &o.kind {
            if let Some(init) = vm.plain_init(o) {
                return enter_init(vm, o, &init, args, kwargs);
            }
        }
        if let Kind::Function(func) = &o.kind {
            if !func.code.is_generator() {
                let frame = vm.make_frame(o, func, &args, kwargs)?;
                return Ok(Control::Call(frame));
            }
        }
        if let Kind::Method(m) = &o.kind {
            if let Some(Kind::Function(func)) = m.1.kind() {
                if !func.code.is_generator() {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(m.0.clone());
                    full.extend(args);
                    let fobj = m.1.as_obj().cloned().ok_or_else(bad_arg)?;
                    let frame = vm.make_frame(&fobj, func, &full, kwargs)?;
                    return Ok(Control::Call(frame));
                }
            }
        }
    }
    let r = match vm.call(&callable, &args, kwargs) {
        Ok(r) => r,
        Err(e) => match e.frame_query() {
            Some(q) => answer_frame_query(vm, f, q)?,
            None => return Err(e),
        },
    };
    f.push(r);
    NEXT
}

/// `Class(args)` for an ordinary class: the new instance goes to the
/// `__init__` frame, whose return the interpreter loop replaces with it.
fn enter_init(vm: &mut Vm, cls: &crate::objects::Obj, init: &crate::objects::Obj, args: Vec<Value>, kwargs: &[(Rc<str>, Value)]) -> UopResult {
    let Kind::Function(func) = &init.kind else { return Err(bad_arg()) };
    let obj = crate::objects::PyObject::new(Kind::Instance(crate::objects::value::Instance::new(cls.clone(), vm.shapes.root())), None);
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(Value::Obj(obj.clone()));
    full.extend(args);
    let mut frame = vm.make_frame(init, func, &full, kwargs)?;
    frame.on_return = crate::interp::frame::OnReturn::Init(obj);
    Ok(Control::Call(frame))
}

/// Answer `globals()`, `locals()`, `dir()`/`vars()` (no arguments) from the
/// calling frame.
pub(crate) fn answer_frame_query(vm: &mut Vm, f: &Frame, q: crate::objects::exc::FrameQuery) -> Result<Value, PyErr> {
    use crate::objects::exc::FrameQuery;
    let globals = Value::Obj(f.globals.clone());
    let locals = match &f.locals_dict {
        Some(ns) => ns.clone(),
        None if f.func.is_none() => globals.clone(),
        None => {
            let d = Value::dict(Dict::new());
            let code = f.code.clone();
            for (i, name) in code.varnames.iter().enumerate() {
                if let Some(v) = f.locals.get(i).filter(|v| !matches!(v, Value::Null)) {
                    vm.dict_set(&d, Value::str(name), v.clone())?;
                }
            }
            let nl = code.nlocals();
            for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
                if let Some(Kind::Cell(c)) = f.locals.get(nl + i).and_then(|c| c.kind()) {
                    let v = c.borrow().clone();
                    if !matches!(v, Value::Null) {
                        vm.dict_set(&d, Value::str(name), v)?;
                    }
                }
            }
            d
        }
    };
    Ok(match q {
        FrameQuery::Globals => globals,
        FrameQuery::Locals => locals,
        FrameQuery::Dir => {
            let mut names: Vec<String> = vm.collect_iterable(&locals)?.iter().filter_map(|k| k.as_str().map(String::from)).collect();
            names.sort();
            Value::list(names.into_iter().map(Value::string).collect())
        }
    })
}

fn pop_callable(f: &mut Frame, mut args: Vec<Value>) -> (Value, Vec<Value>) {
    let self_or_null = f.pop();
    let callable = f.pop();
    if !matches!(self_or_null, Value::Null) {
        args.insert(0, self_or_null);
    }
    (callable, args)
}

#[inline(always)]
pub fn call(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let args = f.pop_n(arg as usize);
    let (callable, args) = pop_callable(f, args);
    do_call(vm, f, callable, args, &[])
}

pub fn call_kw(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let names = f.pop();
    let mut args = f.pop_n(arg as usize);
    let names = names.seq_items().unwrap_or_default();
    let kwvals = args.split_off(args.len().saturating_sub(names.len()));
    let kwargs: Vec<(Rc<str>, Value)> =
        names.iter().zip(kwvals).map(|(n, v)| (Rc::from(n.as_str().unwrap_or("")), v)).collect();
    let (callable, args) = pop_callable(f, args);
    do_call(vm, f, callable, args, &kwargs)
}

pub fn call_ex(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let kwdict = if arg & 1 != 0 { Some(f.pop()) } else { None };
    let args = f.pop();
    let args = match args.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => {
            if !vm.is_iterable(&args) {
                let callee = f.peek(1).clone();
                return Err(PyErr::type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    vm.callable_name(&callee),
                    vm.type_name(&args)
                )));
            }
            vm.collect_iterable(&args)?
        }
    };
    let mut kwargs: Vec<(Rc<str>, Value)> = Vec::new();
    if let Some(d) = kwdict {
        for (k, v) in vm.mapping_items(&d)? {
            match k.as_str() {
                Some(s) => kwargs.push((Rc::from(s), v)),
                None => return Err(PyErr::type_error("keywords must be strings")),
            }
        }
    }
    let (callable, args) = pop_callable(f, args);
    do_call(vm, f, callable, args, &kwargs)
}

pub fn make_function(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let code = f.pop();
    let closure = if arg & 8 != 0 { f.pop().seq_items().unwrap_or_default() } else { Vec::new() };
    let kwdefaults = if arg & 2 != 0 { Some(f.pop()) } else { None };
    let defaults = if arg & 1 != 0 { f.pop().seq_items().unwrap_or_default() } else { Vec::new() };
    let Some(Kind::Code(code)) = code.kind() else { return Err(bad_arg()) };
    let code = code.clone();
    let mut kw: Vec<(Rc<str>, Value)> = Vec::new();
    if let Some(d) = kwdefaults {
        for (k, v) in vm.mapping_items(&d)? {
            kw.push((Rc::from(k.as_str().unwrap_or("")), v));
        }
    }
    let module = dict_of(&f.globals).and_then(|d| d.borrow().get_str("__name__").cloned()).unwrap_or(Value::None);
    let func = Function {
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        doc: RefCell::new(code.docstring.clone()),
        globals: f.globals.clone(),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kw),
        closure: closure.into_iter().filter_map(|c| c.as_obj().cloned()).collect(),
        dict: RefCell::new(Dict::new()),
        module,
        code,
    };
    f.push(Value::new_obj(Kind::Function(Box::new(func))));
    NEXT
}

#[inline(always)]
pub fn return_value(_vm: &mut Vm, _f: &mut Frame, _arg: u32) -> UopResult {
    // The value stays on top of the stack: the loop pops it.
    Ok(Control::Return)
}

pub fn yield_value(_vm: &mut Vm, _f: &mut Frame, _arg: u32) -> UopResult {
    // The value stays on top of the stack: the loop pops it.
    Ok(Control::Yield)
}

pub fn get_yield_from_iter(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let v = f.pop();
    let it = match v.kind() {
        Some(Kind::Generator(_)) => v,
        _ => vm.get_iter(&v)?,
    };
    f.push(it);
    NEXT
}

pub fn send(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    use crate::interp::generator::GenStep;
    let value = f.pop();
    // A generator delegate runs as a callee in this loop (see
    // `OnReturn::Generator`); anything it cannot take goes the long way.
    let value = match f.peek(0).kind() {
        Some(Kind::Generator(_)) => match vm.resume_inline(f.peek(0), value, arg, false) {
            Ok(frame) => return Ok(Control::Call(frame)),
            Err(value) => value,
        },
        _ => value,
    };
    let sub = f.peek(0).clone();
    let step = match sub.kind() {
        Some(Kind::Generator(_)) => vm.gen_resume(&sub, value, None)?,
        _ => {
            if value.is_none() {
                match vm.next_with_value(&sub)? {
                    Ok(v) => GenStep::Yield(v),
                    Err(r) => GenStep::Return(r),
                }
            } else {
                match vm.call_method(&sub, "send", &[value]) {
                    Ok(v) => GenStep::Yield(v),
                    Err(e) if vm.err_matches(&e, ExcKind::StopIteration) => {
                        let exc = vm.materialize(e);
                        GenStep::Return(vm.get_attr(&exc, "value")?)
                    }
                    Err(e) => return Err(e),
                }
            }
        }
    };
    match step {
        GenStep::Yield(v) => f.push(v),
        GenStep::Return(r) => {
            f.pop();
            f.push(r);
            f.ip = arg as usize;
        }
    }
    NEXT
}

pub fn raise(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match arg {
        0 => {
            let current = vm.exc_info.clone();
            if current.is_none() {
                return Err(PyErr::runtime("No active exception to reraise"));
            }
            vm.reraising = true;
            Err(PyErr::from_obj(current))
        }
        1 => {
            let v = f.pop();
            let exc = vm.make_raisable(v)?;
            Err(PyErr::from_obj(exc))
        }
        _ => {
            let cause = f.pop();
            let v = f.pop();
            let exc = vm.make_raisable(v)?;
            let cause = if cause.is_none() { Value::None } else { vm.make_raisable(cause).map_err(|_| PyErr::type_error("exception causes must derive from BaseException"))? };
            if let Some(e) = vm.exc_data(&exc) {
                *e.cause.borrow_mut() = cause;
                e.suppress_context.set(true);
            }
            Err(PyErr::from_obj(exc))
        }
    }
}

pub fn reraise(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let exc = f.pop();
    vm.reraising = true;
    Err(PyErr::from_obj(exc))
}

pub fn push_exc_info(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let exc = f.pop();
    let prev = core::mem::replace(&mut vm.exc_info, exc.clone());
    f.push(prev);
    f.push(exc);
    NEXT
}

pub fn pop_except(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    vm.exc_info = f.pop();
    NEXT
}

pub fn check_exc_match(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let typ = f.pop();
    let exc = f.peek(0).clone();
    let m = vm.exception_matches(&exc, &typ)?;
    f.push(Value::Bool(m));
    NEXT
}

pub fn load_build_class(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let bc = vm.builtins_dict().borrow().get_str("__build_class__").cloned();
    match bc {
        Some(v) => {
            f.push(v);
            NEXT
        }
        None => Err(PyErr::new(ExcKind::NameError, "__build_class__ not found")),
    }
}

pub fn import_name(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let fromlist = f.pop();
    let level = f.pop();
    let level = match level {
        Value::Int(i) => i.max(0) as u32,
        _ => 0,
    };
    let globals = f.globals.clone();
    let m = vm.import(name_str(&name), &fromlist, level, &globals)?;
    f.push(m);
    NEXT
}

pub fn import_from(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let name = name_at(f, arg)?;
    let module = f.peek(0).clone();
    let v = vm.import_from(&module, name_str(&name))?;
    f.push(v);
    NEXT
}

pub fn import_star(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let module = f.pop();
    let names = vm.public_names(&module)?;
    let target = match &f.locals_dict {
        Some(Value::Obj(d)) => d.clone(),
        _ => f.globals.clone(),
    };
    for (k, v) in names {
        if let Some(d) = dict_of(&target) {
            d.borrow_mut().set_str_value(k, v);
        }
    }
    NEXT
}

pub fn before_with(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let mgr = f.pop();
    let cls = vm.type_of(&mgr);
    let (Some(enter), Some(exit)) = (lookup(&cls, "__enter__"), lookup(&cls, "__exit__")) else {
        return Err(PyErr::type_error(format!(
            "'{}' object does not support the context manager protocol",
            vm.type_name(&mgr)
        )));
    };
    let exit_bound = vm.bind_descriptor(exit, &mgr)?;
    f.push(exit_bound);
    let r = vm.call_method_value(&enter, &mgr, &[])?;
    f.push(r);
    NEXT
}

pub fn with_except_start(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let exc = f.peek(0).clone();
    let exit = f.peek(2).clone();
    let typ = Value::Obj(vm.type_of(&exc));
    let tb = vm.traceback_object(&exc);
    let r = vm.call(&exit, &[typ, exc, tb], &[])?;
    f.push(r);
    NEXT
}

pub fn load_assertion_error(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    f.push(Value::Obj(vm.types.exc(ExcKind::AssertionError).clone()));
    NEXT
}

pub fn print_expr(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let v = f.pop();
    if !v.is_none() {
        let mut s = vm.repr(&v)?;
        s.push('\n');
        vm.write_stdout(&s);
        vm.builtins_dict().borrow_mut().set_str("_", v);
    }
    NEXT
}
