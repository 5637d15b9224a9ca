//! The specializer: quickening generic instructions into specialized forms.
//!
//! Each generic instruction that has specialized forms starts with a
//! `Specialize*` uop (below). It counts executions in the instruction's
//! inline cache; when the count runs out it looks at the live operands,
//! and if they fit a specialized form it fills the cache with what that
//! form's guards check and rewrites the instruction in place. Otherwise it
//! backs off exponentially. The generic operation then runs as usual (the
//! specialized form takes over from the next execution).
//!
//! The reverse direction, [`despecialize`], runs when a guard fails.
//! The trace recorder records the specialized forms; their guards become
//! the trace's guards.

use crate::bytecode::{InlineCache, Instr, Op};
use crate::interp::frame::Frame;
use crate::objects::iter::IterState;
use crate::objects::types::{lookup, type_data};
use crate::objects::value::Kind;
use crate::objects::{Obj, Value};
use crate::syntax::ast::BinOp;
use crate::uops::specialized::type_version_of;
use crate::uops::{generic_of, Control, UopResult};
use crate::vm::Vm;

const NEXT: UopResult = Ok(Control::Next);

/// The inline cache of the executing instruction, if it is time to try
/// specializing it.
#[inline(always)]
fn due(f: &Frame) -> Option<&InlineCache> {
    let c = f.code.cache(f.ip.wrapping_sub(1))?;
    if c.tick() {
        Some(c)
    } else {
        None
    }
}

/// Rewrite the executing instruction to `op` (or back off when `None`).
fn rewrite(f: &Frame, c: &InlineCache, op: Option<Op>) {
    let ip = f.ip.wrapping_sub(1);
    match (op, f.code.instrs.get(ip)) {
        (Some(op), Some(cell)) => {
            cell.set(Instr { op, arg: cell.get().arg });
            c.specialized();
        }
        _ => c.back_off(),
    }
}

/// A guard of the instruction at `ip` failed: make it generic again and
/// wait longer before the next attempt.
pub fn despecialize(f: &Frame, ip: usize) {
    if let (Some(cell), Some(c)) = (f.code.instrs.get(ip), f.code.cache(ip)) {
        let i = cell.get();
        cell.set(Instr { op: generic_of(i.op), arg: i.arg });
        c.forget_more_types();
        c.back_off();
    }
}

/// A guard of the instruction at `ip` failed because the receiver's class
/// or shape is not a cached one: if the specialization holds for the new
/// receiver too (same position, same method), accept its class and shape
/// as well and answer true (the instruction stays specialized and runs
/// again). Up to [`crate::bytecode::cache::MORE_TYPES`] more classes and
/// shapes per site; adding an attribute only widens to more classes (the
/// shape it moves to depends on the shape it starts from).
pub fn widen(vm: &mut Vm, f: &Frame, ip: usize) -> bool {
    let (Some(cell), Some(c)) = (f.code.instrs.get(ip), f.code.cache(ip)) else { return false };
    let Instr { op, arg } = cell.get();
    let choose: fn(&mut Vm, &Frame, &InlineCache, u32) -> Option<Op> = match op {
        Op::LoadAttrInstanceValue => choose_load_attr,
        Op::StoreAttrInstanceValue | Op::StoreAttrInstanceAdd => choose_store_attr,
        Op::LoadMethodWithValues | Op::LoadMethodNoDict => choose_load_method,
        _ => return false,
    };
    let probe = InlineCache::new();
    let loads_method = matches!(op, Op::LoadMethodWithValues | Op::LoadMethodNoDict);
    let per_shape_index = matches!(op, Op::LoadAttrInstanceValue | Op::StoreAttrInstanceValue);
    if choose(vm, f, &probe, arg) != Some(op) {
        return false;
    }
    let (version, shape) = (probe.type_version.get(), probe.shape.get());
    let new_type = !c.holds_for_type(version);
    let new_shape = op != Op::LoadMethodNoDict && !c.holds_for_shape(shape);
    // Instance values may sit at another position in a new shape (the
    // position is recorded with the shape); anything else must agree.
    if probe.index.get() != c.index.get() && !(per_shape_index && new_shape) {
        return false;
    }
    if (!new_type && !new_shape) || version == 0 || (new_shape && op == Op::StoreAttrInstanceAdd) {
        return false;
    }
    // A method site keeps a method per class; any other site must give the
    // new receiver the same answer (a class already held has its method).
    if (!loads_method && !probe.same_method(c)) || (loads_method && !new_type && !probe.same_method(c)) {
        return false;
    }
    let type_slot = c.more_types.iter().position(|t| t.get() == 0);
    let shape_slot = c.more_shapes.iter().position(|s| s.get() == 0);
    if (new_type && type_slot.is_none()) || (new_shape && shape_slot.is_none()) {
        return false;
    }
    if let (true, Some(i)) = (new_type, type_slot) {
        c.more_types[i].set(version);
        if let Some(m) = c.more_methods.get(i) {
            m.set_weak(probe.method_weak());
        }
    }
    if let (true, Some(i)) = (new_shape, shape_slot) {
        c.more_shapes[i].set(shape);
        c.more_indices[i].set(probe.index.get());
        if probe.index.get() != c.index.get() {
            c.mixed_indices.set(true);
        }
    }
    true
}

/// Run the specializer `choose` when the instruction is due.
#[inline(always)]
fn specialize_with(vm: &mut Vm, f: &mut Frame, arg: u32, choose: fn(&mut Vm, &Frame, &InlineCache, u32) -> Option<Op>) -> UopResult {
    if let Some(c) = due(f) {
        let op = choose(vm, f, c, arg);
        rewrite(f, c, op);
    }
    NEXT
}

// ------------------------------------------------------------ arithmetic

#[inline(always)]
pub fn specialize_binary_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_binary_op)
}

#[cold]
#[inline(never)]
fn choose_binary_op(_vm: &mut Vm, f: &Frame, c: &InlineCache, arg: u32) -> Option<Op> {
    let (op, inplace) = crate::vm::decode_binop(arg)?;
    if let Some(method) = binary_py_method(f.peek(1), f.peek(0), op, inplace) {
        c.set_method(&method.0);
        c.type_version.set(method.1);
        return Some(Op::BinaryOpPyMethod);
    }
    match (f.peek(1), f.peek(0), op) {
        (Value::Int(_), Value::Int(_), BinOp::Add) => Some(Op::BinaryOpAddInt),
        (Value::Int(_), Value::Int(_), BinOp::Sub) => Some(Op::BinaryOpSubtractInt),
        (Value::Int(_), Value::Int(_), BinOp::Mult) => Some(Op::BinaryOpMultiplyInt),
        (Value::Float(_), Value::Float(_), BinOp::Add) => Some(Op::BinaryOpAddFloat),
        (Value::Float(_), Value::Float(_), BinOp::Sub) => Some(Op::BinaryOpSubtractFloat),
        (Value::Float(_), Value::Float(_), BinOp::Mult) => Some(Op::BinaryOpMultiplyFloat),
        (Value::Float(_), Value::Float(_), BinOp::Div) => Some(Op::BinaryOpTrueDivideFloat),
        (_, _, BinOp::MatMult) => None,
        (Value::Int(_), Value::Int(_), _) => Some(Op::BinaryOpOtherInt),
        (Value::Float(_), Value::Float(_), _) => Some(Op::BinaryOpOtherFloat),
        (Value::Int(_), Value::Float(_), _) | (Value::Float(_), Value::Int(_), _) => Some(Op::BinaryOpMixedNumbers),
        _ => None,
    }
}

/// For `a op b` with `a` and `b` plain instances of one user class
/// (versioned, no Python `__getattribute__`) whose forward dunder is a
/// Python function taking exactly the two operands (and no in-place dunder
/// for an in-place operator): the function and the class version. With
/// one class for both operands no reflected dunder can go first.
fn binary_py_method(a: &Value, b: &Value, op: crate::syntax::ast::BinOp, inplace: bool) -> Option<(Obj, u32)> {
    let (Some((cls, _)), Some((cls_b, _))) = (plain_instance(a), plain_instance(b)) else { return None };
    if !alloc::rc::Rc::ptr_eq(&cls, &cls_b) {
        return None;
    }
    let (name, _, iname) = crate::vm::binop_dunders(op);
    if inplace && crate::vm::user_lookup(&cls, iname).is_some() {
        return None;
    }
    let Some(Value::Obj(func)) = crate::vm::user_lookup(&cls, name) else { return None };
    let Kind::Function(fun) = &func.kind else { return None };
    if !crate::uops::specialized::takes_exactly(&fun.code, 2) || fun.code.ncells() != 0 {
        return None;
    }
    Some((func.clone(), type_data(&cls)?.version.get()))
}

#[inline(always)]
pub fn specialize_compare_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_compare_op)
}

#[cold]
#[inline(never)]
fn choose_compare_op(_vm: &mut Vm, f: &Frame, _c: &InlineCache, _arg: u32) -> Option<Op> {
    // A comparison that feeds a conditional jump (the usual `if`/`while`
    // test) also does the jump (CPython 3.11's COMPARE_OP_*_JUMP): one
    // dispatch and no bool pushed and popped. The jump instruction stays in
    // place for code that jumps to it directly.
    let jumps = matches!(f.code.instr(f.ip).map(|i| i.op), Some(Op::PopJumpIfFalse | Op::PopJumpIfTrue));
    match (f.peek(1), f.peek(0), jumps) {
        (Value::Int(_), Value::Int(_), false) => Some(Op::CompareOpInt),
        (Value::Float(_), Value::Float(_), false) => Some(Op::CompareOpFloat),
        (Value::Int(_), Value::Int(_), true) => Some(Op::CompareOpIntJump),
        (Value::Float(_), Value::Float(_), true) => Some(Op::CompareOpFloatJump),
        _ => None,
    }
}

// ------------------------------------------------------------ globals

#[inline(always)]
pub fn specialize_load_global(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_load_global)
}

#[cold]
#[inline(never)]
fn choose_load_global(vm: &mut Vm, f: &Frame, c: &InlineCache, arg: u32) -> Option<Op> {
    let name = f.code.names.get(arg as usize)?.as_str()?;
    let Kind::Dict(globals) = &f.globals.kind else { return None };
    let globals = globals.borrow();
    c.dict_version.set(globals.version());
    if let Some(pos) = globals.find_str(name) {
        c.index.set(u32::try_from(pos).ok()?);
        return Some(Op::LoadGlobalModule);
    }
    let builtins = vm.builtins_dict().borrow();
    let pos = builtins.find_str(name)?;
    c.index.set(u32::try_from(pos).ok()?);
    c.shape.set(builtins.version());
    Some(Op::LoadGlobalBuiltin)
}

// ------------------------------------------------------------ attributes

/// The class of a plain instance and the shape of its in-line attributes,
/// when attribute access on it follows the ordinary rules (no Python
/// `__getattribute__`, a versioned class, attributes in line).
fn plain_instance(v: &Value) -> Option<(Obj, alloc::rc::Rc<crate::vm::shapes::Shape>)> {
    let Value::Obj(o) = v else { return None };
    if o.ext.is_some() {
        return None;
    }
    let Kind::Instance(i) = &o.kind else { return None };
    let cls = i.class.borrow().clone();
    let t = type_data(&cls)?;
    if t.custom_getattribute.get() || t.version.get() == 0 {
        return None;
    }
    let shape = i.attrs.try_borrow().ok()?.shape.clone()?;
    Some((cls, shape))
}

/// A class attribute that an instance attribute of the same name simply
/// shadows: absent, or a plain value (no descriptor protocol involved).
fn shadowable(class_attr: Option<Value>) -> bool {
    match class_attr {
        None => true,
        Some(v) => matches!(v, Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)) || matches!(v.kind(), Some(Kind::Str(_))),
    }
}

/// The position of attribute `name` in a shape.
fn instance_position(shape: &crate::vm::shapes::Shape, name: &str) -> Option<u32> {
    u32::try_from(shape.index_of(name)?).ok()
}

/// Cache a module attribute's position.
fn module_attr(v: &Value, c: &InlineCache, name: &str) -> Option<()> {
    let Some(Kind::Module(m)) = v.kind() else { return None };
    let Kind::Dict(d) = &m.globals.kind else { return None };
    let d = d.borrow();
    let pos = d.find_str(name)?;
    c.dict_version.set(d.version());
    c.index.set(u32::try_from(pos).ok()?);
    Some(())
}

/// `Class.name` where the class (whose metaclass is `type`) holds a
/// function, a class or a plain built-in function under `name`: values
/// that class attribute access returns unchanged.
fn class_attr(vm: &Vm, obj: &Value, c: &InlineCache, name: &str) -> Option<Op> {
    let Some(Kind::Type(t)) = obj.kind() else { return None };
    if !alloc::rc::Rc::ptr_eq(&vm.type_of(obj), &vm.types.type_) || t.version.get() == 0 {
        return None;
    }
    let v = lookup(obj.as_obj()?, name)?;
    let plain = match v.kind()? {
        Kind::Function(_) | Kind::Type(_) => true,
        Kind::Native(n) => n.owner.is_none() && n.bound.is_none(),
        _ => false,
    };
    if !plain {
        return None;
    }
    c.set_method(v.as_obj()?);
    c.type_version.set(t.version.get());
    Some(Op::LoadAttrClass)
}

fn name_of(f: &Frame, arg: u32) -> Option<&str> {
    f.code.names.get(arg as usize)?.as_str()
}

#[inline(always)]
pub fn specialize_load_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_load_attr)
}

#[cold]
#[inline(never)]
fn choose_load_attr(vm: &mut Vm, f: &Frame, c: &InlineCache, arg: u32) -> Option<Op> {
    let name = name_of(f, arg)?;
    let obj = f.peek(0);
    if module_attr(obj, c, name).is_some() {
        return Some(Op::LoadAttrModule);
    }
    if let Some(op) = class_attr(vm, obj, c, name) {
        return Some(op);
    }
    let (cls, shape) = plain_instance(obj)?;
    if !shadowable(lookup(&cls, name)) {
        return None;
    }
    c.index.set(instance_position(&shape, name)?);
    c.type_version.set(type_data(&cls)?.version.get());
    c.shape.set(crate::vm::shapes::Shape::cache_key(&shape));
    Some(Op::LoadAttrInstanceValue)
}

#[inline(always)]
pub fn specialize_store_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_store_attr)
}

#[cold]
#[inline(never)]
fn choose_store_attr(vm: &mut Vm, f: &Frame, c: &InlineCache, arg: u32) -> Option<Op> {
    let name = name_of(f, arg)?;
    let obj = f.peek(0);
    let (cls, shape) = plain_instance(obj)?;
    if vm.user_dunder(obj, "__setattr__").is_some() || !shadowable(lookup(&cls, name)) {
        return None;
    }
    let t = type_data(&cls)?;
    c.type_version.set(t.version.get());
    c.shape.set(crate::vm::shapes::Shape::cache_key(&shape));
    if let Some(pos) = instance_position(&shape, name) {
        c.index.set(pos);
        return Some(Op::StoreAttrInstanceValue);
    }
    // Adding an attribute: where any name may be added, or a name the
    // class's `__slots__` allow (fixed when the class was made, so the
    // type-version guard covers it).
    let allowed = match &t.slots {
        Some(slots) => slots.iter().any(|s| &**s == name),
        None => !alloc::rc::Rc::ptr_eq(&cls, &vm.types.object),
    };
    if !allowed {
        return None;
    }
    // The cached transition: the shape the instance moves to, by handle.
    let next = vm.shapes.add(&shape, name)?;
    c.index.set(next.id());
    Some(Op::StoreAttrInstanceAdd)
}

/// A class attribute that `LOAD_METHOD` pushes unbound with the receiver.
fn plain_method(d: &Value) -> Option<Obj> {
    match d.kind()? {
        Kind::Function(_) => d.as_obj().cloned(),
        Kind::Native(n) if n.bound.is_none() && n.owner.is_some() => d.as_obj().cloned(),
        _ => None,
    }
}

#[inline(always)]
pub fn specialize_load_method(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_load_method)
}

#[cold]
#[inline(never)]
fn choose_load_method(vm: &mut Vm, f: &Frame, c: &InlineCache, arg: u32) -> Option<Op> {
    let name = name_of(f, arg)?;
    let obj = f.peek(0);
    if module_attr(obj, c, name).is_some() {
        return Some(Op::LoadMethodModule);
    }
    if let Some((cls, shape)) = plain_instance(obj) {
        let method = plain_method(&lookup(&cls, name)?)?;
        if instance_position(&shape, name).is_some() {
            return None;
        }
        c.set_method(&method);
        c.type_version.set(type_data(&cls)?.version.get());
        c.shape.set(crate::vm::shapes::Shape::cache_key(&shape));
        return Some(Op::LoadMethodWithValues);
    }
    let Value::Obj(o) = obj else { return None };
    if o.ext.is_some() || crate::vm::instance_dict(obj).is_some() {
        return None;
    }
    if matches!(o.kind, Kind::Type(_) | Kind::Module(_) | Kind::Super(_) | Kind::Instance(_) | Kind::Function(_) | Kind::Exception(_)) {
        return None;
    }
    let cls = vm.type_of(obj);
    let method = plain_method(&lookup(&cls, name)?)?;
    let version = type_version_of(vm, obj);
    if version == 0 {
        return None;
    }
    c.set_method(&method);
    c.type_version.set(version);
    Some(Op::LoadMethodNoDict)
}

// ------------------------------------------------------------ calls

#[inline(always)]
pub fn specialize_call(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_call)
}

#[cold]
#[inline(never)]
fn choose_call(vm: &mut Vm, f: &Frame, c: &InlineCache, arg: u32) -> Option<Op> {
    let nargs = arg as usize;
    let with_self = !matches!(f.peek(nargs), Value::Null);
    match f.peek(nargs + 1).kind()? {
        Kind::Function(func) => {
            let total = nargs + with_self as usize;
            if crate::uops::specialized::generator_takes_exactly(&func.code, total) {
                Some(Op::CallPyGenerator)
            } else if !crate::uops::specialized::accepts_positional(func, total) {
                None
            } else if func.code.argcount as usize == total {
                Some(Op::CallPyExactArgs)
            } else {
                Some(Op::CallPyWithDefaults)
            }
        }
        Kind::Type(_) if !with_self => class_init(vm, f, c, nargs),
        Kind::Native(n) if n.bound.is_none() => {
            let append = crate::uops::specialized::is_list_append(n);
            let on_list = matches!(f.peek(1), Value::Obj(o) if o.ext.is_none() && matches!(o.kind, Kind::List(_)));
            if append && nargs == 1 && on_list {
                Some(Op::CallListAppend)
            } else if crate::uops::specialized::is_builtin_len(n) && nargs == 1 && !with_self {
                Some(Op::CallLen)
            } else {
                Some(Op::CallBuiltin)
            }
        }
        _ => None,
    }
}

/// `Class(args)` for an ordinary class whose `__init__` is a Python
/// function taking these arguments positionally (defaults allowed), and no
/// Python `__new__`.
fn class_init(vm: &Vm, f: &Frame, c: &InlineCache, nargs: usize) -> Option<Op> {
    let cls = f.peek(nargs + 1).as_obj()?;
    let t = type_data(cls)?;
    let init = vm.plain_init(cls)?;
    let Kind::Function(func) = &init.kind else { return None };
    if t.version.get() == 0 || !crate::uops::specialized::accepts_positional(func, nargs + 1) {
        return None;
    }
    c.set_method(&init);
    c.type_version.set(t.version.get());
    Some(Op::CallAllocAndEnterInit)
}

#[inline(always)]
pub fn specialize_for_iter(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_for_iter)
}

#[cold]
#[inline(never)]
fn choose_for_iter(_vm: &mut Vm, f: &Frame, _c: &InlineCache, _arg: u32) -> Option<Op> {
    let Some(Kind::Iter(s)) = f.peek(0).kind() else { return None };
    let s = s.try_borrow().ok()?;
    match &*s {
        IterState::Range { .. } => Some(Op::ForIterRange),
        IterState::Seq { seq, .. } => match seq.kind()? {
            Kind::List(_) => Some(Op::ForIterList),
            Kind::Tuple(_) => Some(Op::ForIterTuple),
            _ => None,
        },
        _ => None,
    }
}

// ------------------------------------------------------------ subscripts

/// The kind of an exact built-in container (no subclass).
fn exact_kind(v: &Value) -> Option<&Kind> {
    match v {
        Value::Obj(o) if o.ext.is_none() => Some(&o.kind),
        _ => None,
    }
}

#[inline(always)]
pub fn specialize_binary_subscr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_binary_subscr)
}

#[cold]
#[inline(never)]
fn choose_binary_subscr(_vm: &mut Vm, f: &Frame, _c: &InlineCache, _arg: u32) -> Option<Op> {
    match (exact_kind(f.peek(1))?, f.peek(0)) {
        (Kind::List(_), Value::Int(_)) => Some(Op::BinarySubscrListInt),
        (Kind::Tuple(_), Value::Int(_)) => Some(Op::BinarySubscrTupleInt),
        (Kind::Dict(_), _) => Some(Op::BinarySubscrDict),
        _ => None,
    }
}

#[inline(always)]
pub fn specialize_store_subscr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    specialize_with(vm, f, arg, choose_store_subscr)
}

#[cold]
#[inline(never)]
fn choose_store_subscr(_vm: &mut Vm, f: &Frame, _c: &InlineCache, _arg: u32) -> Option<Op> {
    match (exact_kind(f.peek(1))?, f.peek(0)) {
        (Kind::List(_), Value::Int(_)) => Some(Op::StoreSubscrListInt),
        (Kind::Dict(_), _) => Some(Op::StoreSubscrDict),
        _ => None,
    }
}
