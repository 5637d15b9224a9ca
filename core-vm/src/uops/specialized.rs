//! The uops of specialized instructions: *guards*, which check what the
//! specializer assumed (operand types, a type version, an instance shape, a
//! dict version) and answer [`Control::Deopt`] when it no longer holds, and
//! *bodies*, the fast operation itself.
//!
//! Guards never change the stack or any object, so a failed guard can send
//! the instruction back to its generic form and re-run it. Bodies are total:
//! run without their guard (as the trace optimizer may arrange once it has
//! proven the guard redundant) on operands they do not expect, they fall
//! back to the generic operation rather than misbehave.
//!
//! Cached facts come from the instruction's inline cache
//! ([`crate::bytecode::InlineCache`]), found through the frame's
//! instruction pointer.

use alloc::boxed::Box;
use core::cell::RefCell;

use super::{Control, Step, UopResult};
use crate::bytecode::{InlineCache, Instr, Op};
use crate::interp::frame::Frame;
use crate::objects::iter::IterState;
use crate::objects::value::{Function, InlineAttrs, Kind};
use crate::objects::{Dict, Obj, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

const NEXT: UopResult = Ok(Control::Next);
const DEOPT: UopResult = Ok(Control::Deopt);

/// The inline cache of the instruction being executed.
#[inline(always)]
fn cache(f: &Frame) -> Option<&InlineCache> {
    f.code.cache(f.ip.wrapping_sub(1))
}

/// Read through a `RefCell` without touching its borrow flag (`None`
/// while it is mutably borrowed). Guards and bodies read a class's version,
/// an instance's shape, a dict's version and one value this way: no flag updates, so
/// the compiler can share the loads between an instruction's uops, and no
/// panic if a cell happens to be borrowed.
#[inline(always)]
pub(crate) fn read<T>(cell: &RefCell<T>) -> Option<&T> {
    // SAFETY: `try_borrow_unguarded` fails while the cell is mutably
    // borrowed. Every caller in this module holds the reference only for a
    // read (a field, or one entry's value cloned) that runs no other code,
    // so no mutable borrow can begin while the reference is alive.
    unsafe { cell.try_borrow_unguarded().ok() }
}

#[inline(always)]
fn dict_of(o: &Obj) -> Option<&RefCell<Dict>> {
    match &o.kind {
        Kind::Dict(d) => Some(d),
        _ => None,
    }
}

/// The value at dense position `index` of `d`.
#[inline(always)]
fn value_at(d: &RefCell<Dict>, index: u32) -> Option<Value> {
    read(d)?.entry_at(index as usize).map(|e| e.value.clone())
}

// ------------------------------------------------------------ arithmetic

/// Both operands are (immediate) ints.
#[inline(always)]
pub fn guard_both_int(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    match f.top_two() {
        Some((Value::Int(_), Value::Int(_))) => NEXT,
        _ => DEOPT,
    }
}

/// Both operands are (immediate) floats.
#[inline(always)]
pub fn guard_both_float(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    match f.top_two() {
        Some((Value::Float(_), Value::Float(_))) => NEXT,
        _ => DEOPT,
    }
}

/// `a op b` on two ints; `None` on overflow or other operands.
#[inline(always)]
fn int_arith(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else { return None };
    let r = match op {
        BinOp::Add => x.checked_add(*y),
        BinOp::Sub => x.checked_sub(*y),
        BinOp::Mult => x.checked_mul(*y),
        _ => None,
    };
    r.map(Value::Int)
}

/// `a op b` on two floats; `None` for other operands and for division by
/// zero (the generic path raises the error).
#[inline(always)]
fn float_arith(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (Value::Float(x), Value::Float(y)) = (a, b) else { return None };
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div if *y != 0.0 => x / y,
        _ => return None,
    };
    Some(Value::Float(r))
}

/// If the two values on top are plain data (immediates) and `fast` maps
/// them to a result, write it over them in place and answer true. Nothing
/// is dropped (plain values own nothing), so the hot path makes no call.
#[inline(always)]
fn replace_plain_pair(f: &mut Frame, fast: impl FnOnce(&Value, &Value) -> Option<Value>) -> bool {
    let Some((a, b)) = f.top_two() else { return false };
    let len = f.locals.len();
    if matches!(a, Value::Obj(_)) || matches!(b, Value::Obj(_)) {
        return false;
    }
    let Some(r) = fast(a, b) else { return false };
    // SAFETY: slots `len - 2` and `len - 1` are in bounds (len >= 2) and
    // hold plain values, which own nothing: overwriting the first and
    // dropping the second out of the length leaks nothing and frees
    // nothing twice.
    unsafe {
        core::ptr::write(f.locals.as_mut_ptr().add(len - 2), r);
        f.locals.set_len(len - 1);
    }
    true
}

/// Replace the two operands on top with `fast(a, b)`, or with the generic
/// operation's result when `fast` declines (out of line).
#[inline(always)]
fn binary_with(vm: &mut Vm, f: &mut Frame, op: BinOp, fast: fn(&Value, &Value, BinOp) -> Option<Value>) -> UopResult {
    if replace_plain_pair(f, |a, b| fast(a, b, op)) {
        return NEXT;
    }
    binary_generic(vm, f, op).into_result()
}

/// The generic binary operation on the two operands on top.
#[cold]
#[inline(never)]
fn binary_generic(vm: &mut Vm, f: &mut Frame, op: BinOp) -> Step {
    let b = f.pop();
    let a = f.pop();
    push_result(f, vm.binary_op(&a, &b, op, false))
}

/// Push an operation's result, or answer its error.
#[inline(always)]
fn push_result(f: &mut Frame, r: crate::objects::PyResult<Value>) -> Step {
    match r {
        Ok(v) => {
            f.push(v);
            Step::Next
        }
        Err(e) => Step::Err(e),
    }
}

#[inline(always)]
pub fn binary_add_int(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    binary_with(vm, f, BinOp::Add, int_arith)
}

#[inline(always)]
pub fn binary_sub_int(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    binary_with(vm, f, BinOp::Sub, int_arith)
}

#[inline(always)]
pub fn binary_mul_int(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    binary_with(vm, f, BinOp::Mult, int_arith)
}

#[inline(always)]
pub fn binary_add_float(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    binary_with(vm, f, BinOp::Add, float_arith)
}

#[inline(always)]
pub fn binary_sub_float(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    binary_with(vm, f, BinOp::Sub, float_arith)
}

#[inline(always)]
pub fn binary_mul_float(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    binary_with(vm, f, BinOp::Mult, float_arith)
}

#[inline(always)]
pub fn binary_div_float(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    binary_with(vm, f, BinOp::Div, float_arith)
}

/// One int and one float (in either order).
#[inline(always)]
pub fn guard_mixed_numbers(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    match f.top_two() {
        Some((Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_))) => NEXT,
        _ => DEOPT,
    }
}

/// Both operands on top are plain instances of the class the cache holds
/// (the version fixes the class, so both are of one class).
#[inline(always)]
pub fn guard_binary_py_method(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let Some(c) = cache(f) else { return DEOPT };
    let version = c.type_version.get();
    let held = |v: &Value| plain_instance(v).is_some_and(|i| instance_type_version(i) == version);
    match f.top_two() {
        Some((a, b)) if version != 0 && held(a) && held(b) => NEXT,
        _ => DEOPT,
    }
}

/// `a op b` with the cached Python dunder: a frame running it on the two
/// operands, which stay on the stack for the return to finish
/// (`OnReturn::BinaryOp`, as the generic path does).
#[inline(always)]
pub fn binary_py_method(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let (Some(method), Some((op, inplace))) = (cache(f).and_then(|c| c.method()), crate::vm::decode_binop(arg)) else {
        return super::defs::binary_op(vm, f, arg);
    };
    let Kind::Function(func) = &method.kind else { return super::defs::binary_op(vm, f, arg) };
    let (Some((a, b)), true) = (f.top_two(), takes_exactly(&func.code, 2)) else { return super::defs::binary_op(vm, f, arg) };
    let (a, b) = (a.clone(), b.clone());
    let mut frame = vm.new_frame(func.code.clone(), func.globals.clone(), Some(method.clone()));
    if let [first, second, ..] = &mut frame.locals[..] {
        *first = a;
        *second = b;
    }
    frame.on_return = crate::interp::frame::OnReturn::BinaryOp { op, inplace };
    Ok(Control::Call(frame))
}

/// Replace the two operands on top with `numeric(a, b, op)` for the
/// instruction's operator, or the generic operation's result for operands
/// `numeric` does not take. Plain results of plain operands are written in
/// place; anything else (big ints, errors) goes out of line.
#[inline(always)]
fn binary_numeric(vm: &mut Vm, f: &mut Frame, arg: u32, numeric: fn(&Value, &Value, BinOp) -> Option<crate::objects::PyResult<Value>>) -> UopResult {
    let Some((op, _)) = crate::vm::decode_binop(arg) else { return super::defs::binary_op(vm, f, arg) };
    let plain = |a: &Value, b: &Value| match numeric(a, b, op) {
        Some(Ok(r)) if !matches!(r, Value::Obj(_)) => Some(r),
        _ => None,
    };
    if replace_plain_pair(f, plain) {
        return NEXT;
    }
    binary_numeric_slow(vm, f, arg, numeric)
}

/// [`binary_numeric`] off the hot path: object results, errors, other
/// operands.
#[cold]
#[inline(never)]
fn binary_numeric_slow(vm: &mut Vm, f: &mut Frame, arg: u32, numeric: fn(&Value, &Value, BinOp) -> Option<crate::objects::PyResult<Value>>) -> UopResult {
    let Some((op, inplace)) = crate::vm::decode_binop(arg) else { return super::defs::binary_op(vm, f, arg) };
    let b = f.pop();
    let a = f.pop();
    let r = match numeric(&a, &b, op) {
        Some(r) => r?,
        None => vm.binary_op(&a, &b, op, inplace)?,
    };
    f.push(r);
    NEXT
}

/// Any operator on two ints (`//`, `%`, `&`, shifts, `**`, ...).
#[inline(always)]
pub fn binary_int_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    binary_numeric(vm, f, arg, |a, b, op| match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(match int_op_simple(*x, *y, op) {
            Some(r) => Ok(Value::Int(r)),
            None => crate::vm::int_op(*x, *y, op),
        }),
        _ => None,
    })
}

/// The int operators that need neither an error nor a big result for
/// these operands, computed inline (`int_op` defines them all, and
/// decides the rest: zero divisors, negative or large shifts, `**`, `/`).
#[inline(always)]
fn int_op_simple(x: i64, y: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
        // Python's floor division and modulo round toward -inf, which for
        // a positive divisor is Euclid's (except i64::MIN // -1, excluded).
        BinOp::FloorDiv if y > 0 => Some(x.div_euclid(y)),
        BinOp::Mod if y > 0 => Some(x.rem_euclid(y)),
        _ => None,
    }
}

/// Any operator on two floats.
#[inline(always)]
pub fn binary_float_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    binary_numeric(vm, f, arg, |a, b, op| match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(crate::vm::float_op(*x, *y, op)),
        _ => None,
    })
}

/// Any operator on an int and a float.
#[inline(always)]
pub fn binary_number_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    binary_numeric(vm, f, arg, |a, b, op| match (a, b) {
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
            Some(crate::vm::num_op(crate::vm::Num::of(a)?, crate::vm::Num::of(b)?, op))
        }
        _ => None,
    })
}

/// The comparison of instruction argument `arg`.
#[inline(always)]
fn cmp_of(arg: u32) -> CmpOp {
    match arg {
        0 => CmpOp::Lt,
        1 => CmpOp::LtE,
        2 => CmpOp::Eq,
        3 => CmpOp::NotEq,
        4 => CmpOp::Gt,
        _ => CmpOp::GtE,
    }
}

/// Whether comparison `arg` (a `COMPARE_OP` argument, as [`cmp_of`] reads
/// it) holds for an outcome: 0 less, 1 equal, 2 greater, 3 unordered (a
/// NaN). One shift of a table of 4-bit masks, no branch on the operator.
#[inline(always)]
fn outcome_is(outcome: u32, arg: u32) -> bool {
    // Per operator, bit `outcome` set when it holds: <, <=, ==, !=, >, >=.
    const MASKS: u32 = 0x1 | 0x3 << 4 | 0x2 << 8 | 0xd << 12 | 0x4 << 16 | 0x6 << 20;
    (MASKS >> (arg.min(5) * 4 + outcome)) & 1 != 0
}

/// The outcome of comparing two ints, for [`outcome_is`].
#[inline(always)]
fn int_outcome(x: i64, y: i64) -> u32 {
    (x >= y) as u32 + (x > y) as u32
}

/// The outcome of comparing two floats, for [`outcome_is`].
#[inline(always)]
fn float_outcome(x: f64, y: f64) -> u32 {
    if x.is_nan() || y.is_nan() {
        3
    } else {
        (x >= y) as u32 + (x > y) as u32
    }
}

/// Compare the two numbers on top (ints or floats, same type).
#[inline(always)]
pub fn compare_number(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let op = cmp_of(arg);
    let fast = |a: &Value, b: &Value| match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Value::Bool(outcome_is(int_outcome(*x, *y), arg))),
        (Value::Float(x), Value::Float(y)) => Some(Value::Bool(outcome_is(float_outcome(*x, *y), arg))),
        _ => None,
    };
    if replace_plain_pair(f, fast) {
        return NEXT;
    }
    compare_generic(vm, f, op).into_result()
}

/// Compare the two numbers on top and do what the `POP_JUMP_IF_FALSE` /
/// `POP_JUMP_IF_TRUE` that follows (checked when specializing) would do
/// with the result, skipping it. Other operands compare generically and
/// leave the result for that jump instruction to take.
#[inline(always)]
pub fn compare_number_jump(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let op = cmp_of(arg);
    let len = f.locals.len();
    let result = match f.top_two() {
        Some((a, b)) => number_compare(a, b, arg),
        None => None,
    };
    let (Some(result), Some(jump)) = (result, conditional_jump_at(f, f.ip)) else {
        return compare_generic(vm, f, op).into_result();
    };
    // SAFETY: both operands are plain numbers (`number_compare` took
    // them), which own nothing: dropping them out of the length frees
    // nothing.
    unsafe { f.locals.set_len(len - 2) };
    take_conditional_jump(vm, f, result, jump)
}

/// `a op b` for two ints or two floats, with `op` the `COMPARE_OP`
/// argument; `None` for other operands.
#[inline(always)]
fn number_compare(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(outcome_is(int_outcome(*x, *y), arg)),
        (Value::Float(x), Value::Float(y)) => Some(outcome_is(float_outcome(*x, *y), arg)),
        _ => None,
    }
}

/// The conditional jump at `at` (the one a fused comparison takes): when
/// it jumps (on true or on false) and where to.
#[inline(always)]
fn conditional_jump_at(f: &Frame, at: usize) -> Option<(bool, u32)> {
    match f.code.instr(at) {
        Some(Instr { op: Op::PopJumpIfFalse, arg }) => Some((false, arg)),
        Some(Instr { op: Op::PopJumpIfTrue, arg }) => Some((true, arg)),
        _ => None,
    }
}

/// Run the conditional jump at `f.ip` on `result`: step over it, and jump
/// when `result` is what it jumps on.
#[inline(always)]
fn take_conditional_jump(vm: &mut Vm, f: &mut Frame, result: bool, (when, target): (bool, u32)) -> UopResult {
    f.ip += 1;
    if result == when {
        super::defs::jump_next(vm, f, target)
    } else {
        NEXT
    }
}

/// The generic comparison of the two operands on top.
#[cold]
#[inline(never)]
fn compare_generic(vm: &mut Vm, f: &mut Frame, op: CmpOp) -> Step {
    let b = f.pop();
    let a = f.pop();
    push_result(f, vm.rich_compare(&a, &b, op))
}

// ------------------------------------------------------------ globals

/// The frame's globals dict still has the version the cache was filled
/// from (no global was added or removed since).
#[inline(always)]
pub fn guard_globals_version(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let Some(c) = cache(f) else { return DEOPT };
    match dict_of(&f.globals) {
        Some(d) if read(d).map(|d| d.version()) == Some(c.dict_version.get()) => NEXT,
        _ => DEOPT,
    }
}

/// The builtins dict still has the cached version (kept in `shape`).
#[inline(always)]
pub fn guard_builtins_version(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let Some(c) = cache(f) else { return DEOPT };
    if dict_of(&vm.builtins).and_then(read).map(|d| d.version()) == Some(c.shape.get()) {
        NEXT
    } else {
        DEOPT
    }
}

/// Push the global at the cached entry position.
#[inline(always)]
pub fn load_global_module(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let index = cache(f).map(|c| c.index.get()).unwrap_or(u32::MAX);
    if f.has_room() {
        if let Some(v) = dict_of(&f.globals).and_then(|d| value_at(d, index)) {
            f.push_within_capacity(v);
            return NEXT;
        }
    }
    super::defs::load_global_cold(vm, f, arg).into_result()
}

/// Push the builtin at the cached entry position.
#[inline(always)]
pub fn load_global_builtin(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let index = cache(f).map(|c| c.index.get()).unwrap_or(u32::MAX);
    if f.has_room() {
        if let Some(v) = dict_of(&vm.builtins).and_then(|d| value_at(d, index)) {
            f.push_within_capacity(v);
            return NEXT;
        }
    }
    super::defs::load_global_cold(vm, f, arg).into_result()
}

// ------------------------------------------------------------ attributes

/// The version of `v`'s class (0 if it has none, or for the rarer
/// built-in kinds, whose specialized sites then de-specialize).
///
/// Reads through references only (no `type_of` clone and drop), so guards
/// built on it make no call.
#[inline(always)]
pub fn type_version_of(vm: &Vm, v: &Value) -> u32 {
    // Plain instances first, with direct tests (the general match below
    // compiles to two jump tables).
    if let Some(i) = plain_instance(v) {
        return instance_type_version(i);
    }
    match class_ref(vm, v) {
        Some(cls) => match &cls.kind {
            Kind::Type(t) => t.version.get(),
            _ => 0,
        },
        None => 0,
    }
}

/// `v`'s class by reference, for user instances, exceptions and the
/// common built-in kinds.
#[inline(always)]
fn class_ref<'a>(vm: &'a Vm, v: &'a Value) -> Option<&'a Obj> {
    let t = &vm.types;
    Some(match v {
        Value::None | Value::Null => &t.none,
        Value::Bool(_) => &t.bool_,
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Obj(o) => {
            if let Some(ext) = &o.ext {
                return Some(&ext.class);
            }
            match &o.kind {
                Kind::Instance(i) => read(&i.class)?,
                Kind::Exception(e) => &e.class,
                Kind::Int(_) => &t.int,
                Kind::Float(_) => &t.float,
                Kind::Str(_) => &t.str_,
                Kind::Bytes(_) => &t.bytes,
                Kind::List(_) => &t.list,
                Kind::Tuple(_) => &t.tuple,
                Kind::Dict(_) => &t.dict,
                Kind::Set(_) => &t.set,
                Kind::FrozenSet(_) => &t.frozenset,
                Kind::Range(_) => &t.range,
                Kind::Function(_) => &t.function,
                Kind::Type(_) => &t.type_,
                Kind::Module(_) => &t.module,
                Kind::Generator(_) => &t.generator,
                _ => return None,
            }
        }
    })
}

/// The class of the object on top has the cached version.
#[inline(always)]
pub fn guard_type_version(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    match cache(f) {
        Some(c) if type_holds(vm, c, f.peek(0)) => NEXT,
        _ => DEOPT,
    }
}

/// `obj`'s class has one of the versions `c` holds for
/// ([`guard_type_version`] on a value that need not be on the stack).
#[inline(always)]
fn type_holds(vm: &Vm, c: &InlineCache, obj: &Value) -> bool {
    c.holds_for_type(type_version_of(vm, obj))
}

/// The guard of the instance-value forms ([`guard_instance_values`]) for
/// `obj`, as the fused `LOAD_FAST` pairs check it on a local.
#[inline(always)]
fn instance_guards_hold(c: &InlineCache, obj: &Value) -> bool {
    guarded_attrs(c, obj).is_some()
}

/// The attributes of `obj` when both instance-value guards hold for it:
/// one layout test for the two (a plain instance), then its class version
/// and its attributes' shape.
#[inline(always)]
fn guarded_attrs<'a>(c: &InlineCache, obj: &'a Value) -> Option<&'a InlineAttrs> {
    let i = plain_instance(obj)?;
    if !c.holds_for_type(instance_type_version(i)) {
        return None;
    }
    let a = read(&i.attrs)?;
    c.holds_for_shape(a.cache_key()).then_some(a)
}

/// The class version of a plain instance (0, which no cache holds, while
/// its class is being reassigned).
#[inline(always)]
fn instance_type_version(i: &crate::objects::value::Instance) -> u32 {
    match read(&i.class).map(|c| &c.kind) {
        Some(Kind::Type(t)) => t.version.get(),
        _ => 0,
    }
}

/// `v` as an instance of a plain user class (no built-in base). The type
/// version guard and the shape guard both start here, so the compiler
/// tests the layout once for the two.
#[inline(always)]
fn plain_instance(v: &Value) -> Option<&crate::objects::value::Instance> {
    match v {
        Value::Obj(o) => match (&o.ext, &o.kind) {
            (None, Kind::Instance(i)) => Some(i),
            _ => None,
        },
        _ => None,
    }
}

/// The in-line attributes of a plain instance.
#[inline(always)]
fn plain_instance_attrs(v: &Value) -> Option<&RefCell<InlineAttrs>> {
    plain_instance(v).map(|i| &i.attrs)
}

/// The object on top is a plain instance whose class has the cached
/// version (no class attribute changed: no descriptor now shadows the
/// attribute) and whose attributes have the cached shape (hidden class:
/// the same attributes at the same positions). One guard for the two, so
/// the instance's layout is tested once.
#[inline(always)]
pub fn guard_instance_values(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    match cache(f) {
        Some(c) if instance_guards_hold(c, f.peek(0)) => NEXT,
        _ => DEOPT,
    }
}

/// The cached value position for in-line attributes: the main one unless
/// the site was widened to more shapes (then the one for this shape).
#[inline(always)]
fn instance_index(c: &InlineCache, a: &InlineAttrs) -> u32 {
    if !c.mixed_indices.get() {
        c.index.get()
    } else {
        c.index_for_shape(a.cache_key())
    }
}

/// `obj.name` read from the in-line attributes at the cached position.
#[inline(always)]
pub fn load_attr_instance_value(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    // A `match`, not `and_then` with a closure: LLVM kept that closure out
    // of line, so it could not share the guard's checks.
    let found = match cache(f) {
        Some(c) => instance_value(c, f.peek(0)),
        None => None,
    };
    match found {
        Some(v) => super::defs::replace_top(f, v),
        None => super::defs::load_attr(vm, f, arg),
    }
}

/// The attribute of plain instance `obj` at the position `c` has for its
/// shape.
#[inline(always)]
fn instance_value(c: &InlineCache, obj: &Value) -> Option<Value> {
    value_in(c, plain_instance_attrs(obj).and_then(read)?)
}

/// The attribute at the position `c` has for `d`'s shape.
#[inline(always)]
fn value_in(c: &InlineCache, a: &InlineAttrs) -> Option<Value> {
    a.values.get(instance_index(c, a) as usize).cloned()
}

/// `LOAD_FAST` fused with the `LOAD_ATTR` after it (`self.x`): when that
/// instruction is now `LOAD_ATTR_INSTANCE_VALUE` and its guards hold for
/// the local, push the attribute straight from the local (no push and pop
/// of the object, no reference taken and dropped) and step over it, with
/// that instruction's cache. Otherwise just `LOAD_FAST`, and the
/// `LOAD_ATTR` runs (and specializes, or de-specializes) on its own.
#[inline(always)]
pub fn load_fast_load_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let local = arg & 0xffff;
    let attr_at = f.ip;
    if let Some(Instr { op: Op::LoadAttrInstanceValue, .. }) = f.code.instr(attr_at) {
        let found = match (f.code.cache(attr_at), f.locals.get(local as usize)) {
            (Some(c), Some(obj)) => guarded_attrs(c, obj).and_then(|a| value_in(c, a)),
            _ => None,
        };
        if let Some(v) = found {
            f.ip = attr_at + 1;
            return super::defs::push_next(f, v);
        }
    }
    super::defs::load_fast(vm, f, local)
}

/// `obj.name = value` written into the in-line attributes at the cached position.
#[inline(always)]
pub fn store_attr_instance_value(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    if f.depth() >= 2 {
        let obj = f.pop();
        let value = f.pop();
        let stored = match cache(f) {
            Some(c) => store_instance_value(c, &obj, value),
            None => Err(value),
        };
        return match stored {
            Ok(old) => super::defs::release_pair(old, obj),
            Err(value) => {
                f.push(value);
                f.push(obj);
                super::defs::store_attr(vm, f, arg)
            }
        };
    }
    super::defs::store_attr(vm, f, arg)
}

/// Write `value` into plain instance `obj`'s dict at the position `c` has
/// for its shape: the old value, or `value` back if there is no such entry.
#[inline(always)]
fn store_instance_value(c: &InlineCache, obj: &Value, value: Value) -> Result<Value, Value> {
    match plain_instance_attrs(obj).map(|a| a.try_borrow_mut()) {
        Some(Ok(mut a)) => {
            let index = instance_index(c, &a) as usize;
            match a.values.get_mut(index) {
                Some(slot) => Ok(core::mem::replace(slot, value)),
                None => Err(value),
            }
        }
        _ => Err(value),
    }
}

/// `obj.name = value` adding a new attribute: the cached shape says the
/// dict lacks `name`, and the cached transition (`index`) is the shape it
/// gets.
#[inline(always)]
pub fn store_attr_instance_add(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    if f.depth() >= 2 {
        let added = match cache(f) {
            Some(c) => add_instance_value(vm, c, f.peek(0), f.peek(1)),
            None => false,
        };
        if added {
            let obj = f.pop();
            let value = f.pop();
            return super::defs::release_pair(value, obj);
        }
    }
    super::defs::store_attr(vm, f, arg)
}

/// Add an attribute = `value` (cloned) to plain instance `obj`, moving it
/// to the shape whose handle `c` caches as the transition (false, changing
/// nothing, if that cannot be done: the generic store then decides, and
/// raises `MemoryError` past the heap limit).
#[inline(always)]
fn add_instance_value(vm: &Vm, c: &InlineCache, obj: &Value, value: &Value) -> bool {
    let Value::Obj(o) = obj else { return false };
    let (None, Kind::Instance(i)) = (&o.ext, &o.kind) else { return false };
    let Some(next) = vm.shapes.get(c.index.get()) else { return false };
    match i.attrs.try_borrow_mut() {
        Ok(mut a) if a.values.len() + 1 == next.len() => {
            if crate::mem::grow_list(o, &mut a.values, 1).is_err() {
                return false;
            }
            a.values.push(value.clone());
            a.shape = Some(next.clone());
            true
        }
        _ => false,
    }
}

/// `COPY 1; LOAD_ATTR` (reading `obj.name` for `obj.name += v`): when the
/// load is specialized for an instance value and its guards hold for the
/// object on top, push the value after it (no copy of the object) and
/// step over the load. Otherwise just the copy.
#[inline(always)]
pub fn copy_load_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let attr_at = f.ip;
    if let Some(Instr { op: Op::LoadAttrInstanceValue, .. }) = f.code.instr(attr_at) {
        let found = match f.code.cache(attr_at) {
            Some(c) if f.depth() >= 1 => guarded_attrs(c, f.peek(0)).and_then(|a| value_in(c, a)),
            _ => None,
        };
        if let Some(v) = found {
            f.ip = attr_at + 1;
            return super::defs::push_next(f, v);
        }
    }
    super::defs::copy(vm, f, arg & 0xffff)
}

/// `SWAP 2; STORE_ATTR` (writing `obj.name = v` for `obj.name += v`,
/// `[obj, v]` on the stack): when the store is specialized for an
/// existing instance value and its guards hold for `obj`, store `v` and
/// pop both (no swap), stepping over the store. Otherwise just the swap.
#[inline(always)]
pub fn swap_store_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let store_at = f.ip;
    if let Some(Instr { op: Op::StoreAttrInstanceValue, .. }) = f.code.instr(store_at) {
        let guarded = match f.code.cache(store_at) {
            Some(c) if f.depth() >= 2 => instance_guards_hold(c, f.peek(1)),
            _ => false,
        };
        if guarded {
            let value = f.pop();
            let stored = match f.code.cache(store_at) {
                Some(c) => store_instance_value(c, f.peek(0), value),
                None => Err(value),
            };
            match stored {
                Ok(old) => {
                    let obj = f.pop();
                    f.ip = store_at + 1;
                    return super::defs::release_pair(old, obj);
                }
                Err(value) => f.push(value),
            }
        }
    }
    super::defs::swap(vm, f, arg & 0xffff)
}

/// `LOAD_FAST` fused with the `STORE_ATTR` after it (`self.x = value`):
/// when that instruction is now `STORE_ATTR_INSTANCE_VALUE` or
/// `STORE_ATTR_INSTANCE_ADD` and its guards hold for the local, store the
/// value on top straight into the local's attributes and step over it.
/// Otherwise just `LOAD_FAST` (see [`load_fast_load_attr`]).
#[inline(always)]
pub fn load_fast_store_attr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let local = (arg & 0xffff) as usize;
    let at = f.ip;
    let Some(store) = f.code.instr(at) else { return super::defs::load_fast(vm, f, local as u32) };
    let guarded = match (f.code.cache(at), f.locals.get(local)) {
        (Some(c), Some(obj)) => instance_guards_hold(c, obj),
        _ => false,
    };
    if guarded && f.depth() >= 1 {
        match store.op {
            Op::StoreAttrInstanceValue => {
                let value = f.pop();
                let stored = match (f.code.cache(at), f.locals.get(local)) {
                    (Some(c), Some(obj)) => store_instance_value(c, obj, value),
                    _ => Err(value),
                };
                match stored {
                    Ok(old) => {
                        f.ip = at + 1;
                        return super::defs::release(old);
                    }
                    Err(value) => f.push(value),
                }
            }
            Op::StoreAttrInstanceAdd => {
                let added = match (f.code.cache(at), f.locals.get(local)) {
                    (Some(c), Some(obj)) => add_instance_value(vm, c, obj, f.peek(0)),
                    _ => false,
                };
                if added {
                    f.ip = at + 1;
                    return super::defs::release(f.pop());
                }
            }
            _ => {}
        }
    }
    super::defs::load_fast(vm, f, local as u32)
}

/// The object on top is the cached class itself (same version).
#[inline(always)]
pub fn guard_class_version(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let Some(c) = cache(f) else { return DEOPT };
    match f.peek(0).kind() {
        Some(Kind::Type(t)) if t.version.get() != 0 && t.version.get() == c.type_version.get() => NEXT,
        _ => DEOPT,
    }
}

/// `Class.name` from the cache (a function or class found on the class).
#[inline(always)]
pub fn load_attr_class_cached(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match cache(f).and_then(|c| c.method()) {
        Some(v) => super::defs::replace_top(f, Value::Obj(v)),
        None => super::defs::load_attr(vm, f, arg),
    }
}

/// The module on top still has the cached dict version.
#[inline(always)]
pub fn guard_module_version(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let Some(c) = cache(f) else { return DEOPT };
    match f.peek(0).kind() {
        Some(Kind::Module(m)) => match dict_of(&m.globals) {
            Some(d) if read(d).map(|d| d.version()) == Some(c.dict_version.get()) => NEXT,
            _ => DEOPT,
        },
        _ => DEOPT,
    }
}

/// The module attribute at the cached position.
#[inline(always)]
fn module_value(f: &Frame) -> Option<Value> {
    let index = cache(f)?.index.get();
    match f.peek(0).kind() {
        Some(Kind::Module(m)) => dict_of(&m.globals).and_then(|d| value_at(d, index)),
        _ => None,
    }
}

/// `module.name` from the cached position.
#[inline(always)]
pub fn load_attr_module(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match module_value(f) {
        Some(v) => super::defs::replace_top(f, v),
        None => super::defs::load_attr(vm, f, arg),
    }
}

/// `module.name` for a call: `[attr, NULL]`.
#[inline(always)]
pub fn load_method_module(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match module_value(f) {
        Some(v) => match f.top_mut() {
            Some(top) => {
                let old = core::mem::replace(top, v);
                f.push(Value::Null);
                super::defs::release(old)
            }
            None => super::defs::load_method(vm, f, arg),
        },
        None => super::defs::load_method(vm, f, arg),
    }
}

/// `obj.method` for a call, from the cached class attribute: `[method, obj]`.
#[inline(always)]
pub fn load_method_cached(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let method = match cache(f) {
        Some(c) => cached_method(vm, c, f.peek(0)),
        None => None,
    };
    match method {
        Some(m) => match f.top_mut() {
            Some(top) => {
                let obj = core::mem::replace(top, Value::Obj(m));
                super::defs::push_next(f, obj)
            }
            None => super::defs::load_method(vm, f, arg),
        },
        None => super::defs::load_method(vm, f, arg),
    }
}

/// The method `c` caches for `obj`'s class.
#[inline(always)]
fn cached_method(vm: &Vm, c: &InlineCache, obj: &Value) -> Option<Obj> {
    if c.is_widened() {
        c.method_for(type_version_of(vm, obj))
    } else {
        c.method()
    }
}

/// The method `c` caches for `obj` when the guards of method load `op`
/// hold for it: its class is one the cache holds for (found once, and the
/// method taken from the same slot) and, for `LOAD_METHOD_WITH_VALUES`,
/// its attributes have a cached shape (which lacks the name).
#[inline(always)]
fn guarded_method(vm: &Vm, c: &InlineCache, op: Op, obj: &Value) -> Option<Obj> {
    let slot = if op == Op::LoadMethodWithValues {
        let i = plain_instance(obj)?;
        let slot = c.type_slot(instance_type_version(i))?;
        let a = read(&i.attrs)?;
        if !c.holds_for_shape(a.cache_key()) {
            return None;
        }
        slot
    } else {
        c.type_slot(type_version_of(vm, obj))?
    };
    c.method_in_slot(slot)
}

/// `LOAD_FAST` fused with the `LOAD_METHOD` after it (`self.m(...)`): when
/// that instruction is now `LOAD_METHOD_WITH_VALUES` or
/// `LOAD_METHOD_NO_DICT` and its guards hold for the local, push
/// `[method, local]` and step over it. Otherwise just `LOAD_FAST` (see
/// [`load_fast_load_attr`]).
#[inline(always)]
pub fn load_fast_load_method(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let local = arg & 0xffff;
    let at = f.ip;
    let method = match (f.code.instr(at).map(|i| i.op), f.code.cache(at), f.locals.get(local as usize)) {
        (Some(op @ (Op::LoadMethodWithValues | Op::LoadMethodNoDict)), Some(c), Some(obj)) => {
            guarded_method(vm, c, op, obj).map(|m| (m, obj.clone()))
        }
        _ => None,
    };
    match method {
        Some((m, obj)) if f.has_room() => {
            f.push_within_capacity(Value::Obj(m));
            f.ip = at + 1;
            super::defs::push_next(f, obj)
        }
        other => {
            drop(other);
            super::defs::load_fast(vm, f, local)
        }
    }
}

// ------------------------------------------------------------ calls

/// Can `func` be entered with `total` positional arguments (filling the
/// rest from its defaults)? No keyword-only, `*args`, `**kwargs` or
/// generator functions.
#[inline(always)]
pub fn accepts_positional(func: &Function, total: usize) -> bool {
    use crate::bytecode::flags;
    let code = &func.code;
    let argc = code.argcount as usize;
    code.kwonlyargcount == 0
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
        && total <= argc
        && argc - total <= func.defaults.try_borrow().map(|d| d.len()).unwrap_or(0)
}

/// The new frame for `func` called positionally: `first` (if any), then
/// the top `n` values of `f`'s stack (moved), then the defaults it needs.
/// The caller has checked [`accepts_positional`].
#[inline(always)]
fn enter_positional(vm: &mut Vm, f: &mut Frame, fobj: &Obj, func: &Function, first: Option<Value>, n: usize) -> Box<Frame> {
    let code = func.code.clone();
    let argc = code.argcount as usize;
    let mut frame = vm.new_frame(code.clone(), func.globals.clone(), Some(fobj.clone()));
    let mut i = 0;
    if let Some(v) = first {
        frame.locals[0] = v;
        i = 1;
    }
    let start = f.locals.len() - n;
    for (slot, v) in frame.locals[i..].iter_mut().zip(f.locals.drain(start..)) {
        *slot = v;
    }
    i += n;
    if i < argc {
        if let Ok(d) = func.defaults.try_borrow() {
            let from = d.len().saturating_sub(argc - i);
            for (slot, v) in frame.locals[i..argc].iter_mut().zip(d[from..].iter()) {
                *slot = v.clone();
            }
        }
    }
    if code.ncells() > 0 {
        frame.init_cells(&code, &func.closure);
    }
    frame
}

/// The callable below the arguments is a Python function (not a
/// generator) taking exactly the arguments given, positionally.
#[inline(always)]
pub fn guard_py_exact_args(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    if callee_code_is(f, arg as usize, takes_exactly) {
        NEXT
    } else {
        DEOPT
    }
}

/// True if the callable below the `nargs` arguments is a Python function
/// whose code `takes` accepts for them (with `self`, when there is one).
#[inline(always)]
fn callee_code_is(f: &Frame, nargs: usize, takes: fn(&crate::bytecode::Code, usize) -> bool) -> bool {
    match f.call_operands(nargs) {
        Some((_, Value::Obj(o), self_slot)) => match &o.kind {
            Kind::Function(func) => takes(&func.code, nargs + !matches!(self_slot, Value::Null) as usize),
            _ => false,
        },
        _ => false,
    }
}

/// The callable is a Python function that takes the arguments given
/// positionally, with defaults for the rest.
#[inline(always)]
pub fn guard_py_with_defaults(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let nargs = arg as usize;
    let total = nargs + !matches!(f.peek(nargs), Value::Null) as usize;
    match f.peek(nargs + 1).kind() {
        Some(Kind::Function(func)) if accepts_positional(func, total) => NEXT,
        _ => DEOPT,
    }
}

/// Call a Python function with positional arguments: they move from the
/// caller's stack into the new frame's locals (defaults fill the rest), and
/// the frame is pushed on the interpreter's frame stack (no host recursion).
#[inline(always)]
pub fn call_py_positional(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let nargs = arg as usize;
    let with_self = !matches!(f.peek(nargs), Value::Null);
    let total = nargs + with_self as usize;
    let fobj = match f.peek(nargs + 1) {
        Value::Obj(o) if matches!(&o.kind, Kind::Function(func) if accepts_positional(func, total)) => o.clone(),
        _ => return super::defs::call(vm, f, arg),
    };
    let Kind::Function(func) = &fobj.kind else { return super::defs::call(vm, f, arg) };
    let frame = enter_positional(vm, f, &fobj, func, None, total);
    if !with_self {
        f.pop();
    }
    f.pop();
    Ok(Control::Call(frame))
}

/// True if `code` takes exactly `total` positional arguments and nothing
/// else (no `*args`, `**kwargs`, keyword-only parameters, generator).
#[inline(always)]
pub(crate) fn takes_exactly(code: &crate::bytecode::Code, total: usize) -> bool {
    positional_exactly(code, total, 0)
}

/// True if `code` takes exactly `total` positional arguments, no `*args`,
/// `**kwargs` or keyword-only parameters, and its generator flag is
/// `generator` (`flags::GENERATOR` or 0).
#[inline(always)]
fn positional_exactly(code: &crate::bytecode::Code, total: usize, generator: u32) -> bool {
    use crate::bytecode::flags;
    code.argcount as usize == total
        && code.kwonlyargcount == 0
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == generator
}

/// Call a Python function that takes exactly the positional arguments
/// given (CPython's `_PUSH_FRAME` after `_CHECK_FUNCTION_EXACT_ARGS`): the
/// arguments are moved, as they lie, from the caller's stack to the start
/// of the new frame's locals, and the callable itself moves into the
/// frame. Functions with cells take the general path.
#[inline(always)]
pub fn call_py_exact(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match exact_call_frame(vm, f, arg as usize, takes_exactly) {
        Some(frame) => Ok(Control::Call(frame)),
        None => call_py_positional(vm, f, arg),
    }
}

/// The frame for calling the function below the `nargs` arguments on top
/// of `f`'s stack (`[..., callable, self or NULL, args...]`) when `takes`
/// accepts its code for them and it has no cells: the arguments and the
/// callable move into a spare frame (`move_call`). `None`, changing
/// nothing, for any other callable.
#[inline(always)]
fn exact_call_frame(vm: &mut Vm, f: &mut Frame, nargs: usize, takes: fn(&crate::bytecode::Code, usize) -> bool) -> Option<Box<Frame>> {
    let (callable_at, callable, self_slot) = f.call_operands(nargs)?;
    let total = nargs + !matches!(self_slot, Value::Null) as usize;
    let (code, globals) = match callable {
        Value::Obj(o) => match &o.kind {
            Kind::Function(func)
                if takes(&func.code, total) && func.code.argcount as usize == total && func.code.ncells() == 0 =>
            {
                (func.code.clone(), func.globals.clone())
            }
            _ => return None,
        },
        _ => return None,
    };
    let mut spare = vm.spare_frame();
    // SAFETY: `call_operands` checked `len - total >= callable_at + 1`; the
    // slot between the callable and the arguments is `self` (counted among
    // the arguments) or a `NULL`; `nlocals >= argcount == total` (checked
    // above); a spare frame's buffer is empty.
    let callable = unsafe { move_call(f, &code, callable_at, total, 0, spare.locals()) };
    let func = match callable {
        Value::Obj(o) => Some(o),
        _ => None,
    };
    Some(spare.into_frame(code, globals, func))
}

/// True if `code` is a generator function without cells taking exactly
/// `total` positional arguments and nothing else.
#[inline(always)]
pub(crate) fn generator_takes_exactly(code: &crate::bytecode::Code, total: usize) -> bool {
    positional_exactly(code, total, crate::bytecode::flags::GENERATOR) && code.ncells() == 0
}

/// The callable below the arguments is a generator function (without
/// cells) taking exactly the arguments given, positionally.
#[inline(always)]
pub fn guard_py_generator(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    if callee_code_is(f, arg as usize, generator_takes_exactly) {
        NEXT
    } else {
        DEOPT
    }
}

/// Call a generator function: the arguments move into a new frame (as in
/// [`call_py_exact`]), which becomes the generator object pushed in the
/// callable's place; nothing runs until the generator is resumed.
#[inline(always)]
pub fn call_py_generator(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let Some(frame) = exact_call_frame(vm, f, arg as usize, generator_takes_exactly) else {
        return super::defs::call(vm, f, arg);
    };
    let Some(fobj) = frame.func.clone() else { return Err(crate::objects::PyErr::type_error("function expected")) };
    let Kind::Function(func) = &fobj.kind else { return Err(crate::objects::PyErr::type_error("function expected")) };
    let gen = crate::interp::generator::new_generator(frame, func);
    super::defs::push_next(f, gen)
}

/// Move a call's arguments off `f`'s stack into `locals` (the emptied
/// buffer of the new frame for `code`): the `nargs` values on top go to
/// locals `skip..skip + nargs`, every other local starts `NULL`, and `f`'s
/// stack is cut to `callable_at`. Returns the callable, moved out of its
/// slot.
///
/// # Safety
/// `callable_at < len - nargs` (with `len` the length of `f.locals`), every
/// slot strictly between the callable and the arguments is a `NULL` or is
/// counted among the arguments, `code.nlocals() >= skip + nargs`, and
/// `locals` is empty.
#[inline(always)]
unsafe fn move_call(f: &mut Frame, code: &crate::bytecode::Code, callable_at: usize, nargs: usize, skip: usize, locals: &mut alloc::vec::Vec<Value>) -> Value {
    let nlocals = code.nlocals();
    let len = f.locals.len();
    locals.reserve(nlocals + code.stacksize as usize + 1);
    // SAFETY: per the contract every index read is an initialised value of
    // `f.locals`. `f.locals` is shortened to `callable_at` before anything
    // else can run, and each value moved out of it gets exactly one new
    // owner: the arguments are copied bitwise into `locals`' spare capacity
    // (reserved above, at least `nlocals >= skip + nargs`; `locals` is
    // empty), the callable is returned, and the slots between them own
    // nothing or were moved as arguments. The other locals are written
    // `NULL`, also within the reserved capacity, before the length covers
    // them.
    unsafe {
        let stack = f.locals.as_ptr();
        f.locals.set_len(callable_at);
        fill_null(locals.as_mut_ptr(), skip);
        move_values(stack.add(len - nargs), locals.as_mut_ptr().add(skip), nargs);
        fill_null(locals.as_mut_ptr().add(skip + nargs), nlocals - skip - nargs);
        locals.set_len(nlocals);
        core::ptr::read(stack.add(callable_at))
    }
}

/// Move `n` values from `src` to `dst` (non-overlapping), one by one: a
/// call has a handful of arguments, for which a `memcpy` call costs more
/// than the copy. Each value goes through its two raw words: a plain
/// `ptr::read`/`ptr::write` loop is turned back into a `memcpy` call by
/// the optimiser (measured: +1% instructions on call-heavy benchmarks).
///
/// # Safety
/// `src` must hold `n` initialised values that are not used again, and
/// `dst` must have room for `n` values.
#[inline(always)]
unsafe fn move_values(src: *const Value, dst: *mut Value, n: usize) {
    for i in 0..n {
        // SAFETY: in bounds of both per the contract; each value is moved
        // once.
        unsafe {
            let (tag, payload) = core::ptr::read(src.add(i)).into_raw();
            core::ptr::write(dst.add(i), Value::from_raw(tag, payload));
        }
    }
}

/// Write `n` `NULL`s from `dst` on.
///
/// # Safety
/// `dst` must have room for `n` values (whatever they held is overwritten
/// without being dropped).
#[inline(always)]
unsafe fn fill_null(dst: *mut Value, n: usize) {
    for i in 0..n {
        // SAFETY: in bounds per the contract.
        unsafe { core::ptr::write(dst.add(i), Value::Null) };
    }
}

/// The callable is a built-in function or method.
#[inline(always)]
pub fn guard_builtin(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match f.call_operands(arg as usize) {
        Some((_, callee, _)) if unbound_native(callee).is_some() => NEXT,
        _ => DEOPT,
    }
}

/// The function of a built-in that is not a bound method.
#[inline(always)]
fn unbound_native(callee: &Value) -> Option<crate::objects::value::NativeFn> {
    match callee.kind() {
        Some(Kind::Native(n)) if n.bound.is_none() => Some(n.func),
        _ => None,
    }
}

/// Call a built-in directly with the stack's arguments.
#[inline(always)]
pub fn call_builtin(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    // Stack: [..., callable, self or NULL, args...].
    let Some((at, callee, self_slot)) = f.call_operands(arg as usize) else { return super::defs::call(vm, f, arg) };
    let Some(func) = unbound_native(callee) else { return super::defs::call(vm, f, arg) };
    let first = at + 1 + matches!(self_slot, Value::Null) as usize;
    let result = match f.locals.get(first..) {
        Some(args) => func(vm, args, &[]),
        None => return super::defs::call(vm, f, arg),
    };
    f.locals.truncate(at);
    match result {
        Ok(v) => super::defs::push_next(f, v),
        Err(e) => match e.frame_query() {
            // globals()/locals()/dir() answer from the calling frame.
            Some(q) => {
                let v = super::defs::answer_frame_query(vm, f, q)?;
                f.push(v);
                NEXT
            }
            None => Err(e),
        },
    }
}

/// The callable is the cached class (same version) called without a
/// receiver: instances are made by `object.__new__` and initialised by the
/// cached `__init__` (a Python function taking exactly these arguments).
#[inline(always)]
pub fn guard_class_init(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let Some(c) = cache(f) else { return DEOPT };
    let nargs = arg as usize;
    if !matches!(f.peek(nargs), Value::Null) {
        return DEOPT;
    }
    match f.peek(nargs + 1).kind() {
        Some(Kind::Type(t)) if t.version.get() != 0 && t.version.get() == c.type_version.get() => NEXT,
        _ => DEOPT,
    }
}

/// `Class(args)`: make the instance and push the `__init__` frame, whose
/// return the interpreter loop replaces with the instance.
#[inline(always)]
pub fn call_alloc_and_enter_init(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    use crate::objects::value::Instance;
    let nargs = arg as usize;
    let init = match cache(f) {
        Some(c) => c.method(),
        None => None,
    };
    let Some(init) = init else { return super::defs::call(vm, f, arg) };
    let Kind::Function(func) = &init.kind else { return super::defs::call(vm, f, arg) };
    // Stack: [..., class, NULL, args...].
    let cls_at = match f.call_operands(nargs) {
        Some((at, Value::Obj(cls), Value::Null)) if matches!(cls.kind, Kind::Type(_)) => at,
        _ => return super::defs::call(vm, f, arg),
    };
    if takes_exactly(&func.code, nargs + 1) && func.code.ncells() == 0 {
        // The common case, as `call_py_exact`: the arguments move to locals
        // `1..`, the class moves into the instance.
        let (code, globals) = (func.code.clone(), func.globals.clone());
        let mut spare = vm.spare_frame();
        // SAFETY: `call_operands` checked `len - nargs >= cls_at + 2`, the
        // slot after the class is `NULL`, `nlocals >= argcount == nargs +
        // 1`, and a spare frame's buffer is empty.
        let cls = unsafe { move_call(f, &code, cls_at, nargs, 1, spare.locals()) };
        let Value::Obj(cls) = cls else { return Err(crate::objects::PyErr::type_error("class expected")) };
        let obj = crate::objects::PyObject::new(Kind::Instance(Instance::new(cls, vm.shapes.root())), None);
        if let Some(slot) = spare.locals().first_mut() {
            *slot = Value::Obj(obj.clone());
        }
        let mut frame = spare.into_frame(code, globals, Some(init));
        frame.on_return = crate::interp::frame::OnReturn::Init(obj);
        return Ok(Control::Call(frame));
    }
    if !accepts_positional(func, nargs + 1) {
        return super::defs::call(vm, f, arg);
    }
    let Value::Obj(cls) = f.peek(nargs + 1).clone() else { return super::defs::call(vm, f, arg) };
    let obj = crate::objects::PyObject::new(Kind::Instance(Instance::new(cls, vm.shapes.root())), None);
    let mut frame = enter_positional(vm, f, &init, func, Some(Value::Obj(obj.clone())), nargs);
    f.pop();
    f.pop();
    frame.on_return = crate::interp::frame::OnReturn::Init(obj);
    Ok(Control::Call(frame))
}

/// True for the unbound `list.append` method.
#[inline(always)]
pub fn is_list_append(n: &crate::objects::value::NativeFunction) -> bool {
    let append: crate::objects::value::NativeFn = crate::builtins::methods::list::list_append;
    n.bound.is_none() && n.func as *const () == append as *const ()
}

/// The call is `list.append(x)` on an exact list.
#[inline(always)]
pub fn guard_list_append(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    if arg != 1 {
        return DEOPT;
    }
    let is_append = match f.peek(2).kind() {
        Some(Kind::Native(n)) => is_list_append(n),
        _ => false,
    };
    match f.peek(1) {
        Value::Obj(o) if is_append && o.ext.is_none() && matches!(o.kind, Kind::List(_)) => NEXT,
        _ => DEOPT,
    }
}

/// `list.append(x)` (growth is checked against the heap limit first).
/// The argument moves from the stack into the list; the list and the
/// method are released in line (no clone of `x`, no drop loop).
#[inline(always)]
pub fn call_list_append(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    // Stack: [..., list.append, list, x].
    if f.depth() < 3 {
        return super::defs::call(vm, f, arg);
    }
    let x = f.pop();
    let refused = match f.peek(0) {
        Value::Obj(o) => match &o.kind {
            Kind::List(l) => match l.try_borrow_mut() {
                Ok(mut items) => {
                    crate::mem::grow_list(o, &mut items, 1)?;
                    items.push(x);
                    None
                }
                Err(_) => Some(x),
            },
            _ => Some(x),
        },
        _ => Some(x),
    };
    if let Some(x) = refused {
        f.push(x);
        return super::defs::call(vm, f, arg);
    }
    let list = f.pop();
    let method = f.pop();
    f.push(Value::None);
    super::defs::release_pair(list, method)
}

/// True if `n` is the built-in `len`.
pub fn is_builtin_len(n: &crate::objects::value::NativeFunction) -> bool {
    let len: crate::objects::value::NativeFn = crate::builtins::functions::len;
    n.bound.is_none() && n.func as *const () == len as *const ()
}

/// The call is `len(x)`: the built-in `len`, no receiver, one argument.
#[inline(always)]
pub fn guard_len(_vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match f.call_operands(arg as usize) {
        Some((_, Value::Obj(callee), Value::Null)) if arg == 1 => match &callee.kind {
            Kind::Native(n) if is_builtin_len(n) => NEXT,
            _ => DEOPT,
        },
        _ => DEOPT,
    }
}

/// `len(x)`: the length of an exact built-in container read directly;
/// anything else (user classes with `__len__`, errors) is the call.
#[inline(always)]
pub fn call_len(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let n = match f.call_operands(1) {
        Some(_) => crate::vm::exact_len(f.peek(0)),
        None => None,
    };
    let Some(n) = n else { return super::defs::call(vm, f, arg) };
    // Stack: [..., len, NULL, x] -> [..., n].
    let x = f.pop();
    f.pop_plain();
    // (A `match`, not `unwrap_or` of a temporary, whose drop glue would be
    // an out-of-line call on every run.)
    match f.top_mut() {
        Some(slot) => {
            let callee = core::mem::replace(slot, Value::Int(n as i64));
            super::defs::release_pair(x, callee)
        }
        None => {
            f.push(Value::Int(n as i64));
            super::defs::release(x)
        }
    }
}

// ------------------------------------------------------------ iteration

/// The iterator on top walks a range / a list / a tuple.
#[inline(always)]
fn iter_is(f: &Frame, want: fn(&IterState) -> bool) -> bool {
    match f.peek(0).kind() {
        Some(Kind::Iter(s)) => read(s).map(want).unwrap_or(false),
        _ => false,
    }
}

#[inline(always)]
pub fn guard_iter_range(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    if iter_is(f, |s| matches!(s, IterState::Range { .. })) {
        NEXT
    } else {
        DEOPT
    }
}

#[inline(always)]
pub fn guard_iter_list(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    if iter_is(f, |s| matches!(s, IterState::Seq { seq, .. } if matches!(seq.kind(), Some(Kind::List(_))))) {
        NEXT
    } else {
        DEOPT
    }
}

#[inline(always)]
pub fn guard_iter_tuple(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    if iter_is(f, |s| matches!(s, IterState::Seq { seq, .. } if matches!(seq.kind(), Some(Kind::Tuple(_))))) {
        NEXT
    } else {
        DEOPT
    }
}

/// The next item of a range/list/tuple iterator, `Ok(None)` when done,
/// `Err(())` for any other iterator.
#[inline(always)]
fn next_fast(it: &Value) -> Result<Option<Value>, ()> {
    let Value::Obj(o) = it else { return Err(()) };
    let Kind::Iter(s) = &o.kind else { return Err(()) };
    // `FOR_ITER` drops the iterator when it is exhausted: one that only
    // the stack holds is never seen again, so it need not record that.
    let uniquely_held = alloc::rc::Rc::strong_count(o) == 1;
    let Ok(mut s) = s.try_borrow_mut() else { return Err(()) };
    match &mut *s {
        IterState::Range { next, step, remaining } => Ok(crate::objects::iter::range_step(next, *step, remaining).map(Value::Int)),
        IterState::Seq { seq, index } => {
            let item = match seq.kind() {
                Some(Kind::List(l)) => match read(l) {
                    Some(l) => l.get(*index).cloned(),
                    None => return Err(()),
                },
                Some(Kind::Tuple(t)) => t.get(*index).cloned(),
                _ => return Err(()),
            };
            match item {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                // Exhausted: the iterator lets go of its sequence, as the
                // generic `next` does (appending later does not revive it).
                None => {
                    if !uniquely_held {
                        let name = s.type_name();
                        *s = IterState::Done(name);
                    }
                    Ok(None)
                }
            }
        }
        _ => Err(()),
    }
}

/// `FOR_ITER` over a range, list or tuple iterator.
#[inline(always)]
pub fn for_iter_fast(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match next_fast(f.peek(0)) {
        Ok(Some(v)) => super::defs::push_next(f, v),
        Ok(None) => {
            f.ip = arg as usize;
            vm.recycle_iter(f.pop());
            NEXT
        }
        Err(()) => super::defs::for_iter_cold(vm, f, arg),
    }
}

// ------------------------------------------------------------ subscripts

/// `[container, int]` with an exact list / tuple / dict container.
#[inline(always)]
fn container_is(f: &Frame, want: fn(&Kind) -> bool, int_key: bool) -> bool {
    match f.top_two() {
        Some((Value::Obj(o), key)) => (!int_key || matches!(key, Value::Int(_))) && o.ext.is_none() && want(&o.kind),
        _ => false,
    }
}

#[inline(always)]
pub fn guard_list_int(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    if container_is(f, |k| matches!(k, Kind::List(_)), true) {
        NEXT
    } else {
        DEOPT
    }
}

#[inline(always)]
pub fn guard_tuple_int(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    if container_is(f, |k| matches!(k, Kind::Tuple(_)), true) {
        NEXT
    } else {
        DEOPT
    }
}

#[inline(always)]
pub fn guard_dict(_vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    if container_is(f, |k| matches!(k, Kind::Dict(_)), false) {
        NEXT
    } else {
        DEOPT
    }
}

/// `seq[i]` with an in-range (possibly negative) index.
#[inline(always)]
fn seq_item(container: &Value, key: &Value) -> Option<Value> {
    let Value::Int(i) = key else { return None };
    match container.kind()? {
        Kind::List(l) => item_at(read(l)?, *i),
        Kind::Tuple(t) => item_at(t, *i),
        _ => None,
    }
}

/// `items[i]` with Python's negative indexes; `None` when out of range.
#[inline(always)]
fn item_at(items: &[Value], i: i64) -> Option<Value> {
    let j = if i < 0 { i.checked_add(items.len() as i64)? } else { i };
    items.get(usize::try_from(j).ok()?).cloned()
}

/// `seq[index]` for an exact list or tuple and an in-range int index (the
/// guard of `BINARY_SUBSCR_LIST_INT`/`_TUPLE_INT` and its body in one).
#[inline(always)]
fn exact_seq_item(seq: &Value, index: &Value) -> Option<Value> {
    match seq {
        Value::Obj(o) if o.ext.is_none() => seq_item(seq, index),
        _ => None,
    }
}

/// True if `instr` is a subscript specialized for a list or tuple with an
/// int index (what the subscript superinstructions fuse with).
#[inline(always)]
fn is_seq_int_subscr(instr: Option<Instr>) -> bool {
    matches!(instr, Some(Instr { op: Op::BinarySubscrListInt | Op::BinarySubscrTupleInt, .. }))
}

/// The two loads of a subscript superinstruction run on their own (the
/// subscript after them then runs, specializes or de-specializes itself).
#[inline(always)]
fn two_loads(vm: &mut Vm, f: &mut Frame, arg: u32, second: fn(&mut Vm, &mut Frame, u32) -> UopResult) -> UopResult {
    match super::defs::load_fast_lo(vm, f, arg) {
        Ok(Control::Next) => second(vm, f, arg),
        other => other,
    }
}

/// `LOAD_FAST seq; LOAD_FAST index; BINARY_SUBSCR`: when the subscript is
/// specialized for a list or tuple with an int index and both locals fit
/// it, push the item straight from the locals (no push and pop of the
/// operands, no references taken and dropped) and step over all three.
/// Otherwise just the two loads (errors are raised by the subscript).
#[inline(always)]
pub fn load_fast_load_fast_binary_subscr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let subscr_at = f.ip + 1;
    if is_seq_int_subscr(f.code.instr(subscr_at)) {
        let item = match (f.locals.get((arg & 0xffff) as usize), f.locals.get((arg >> 16) as usize)) {
            (Some(seq), Some(index)) => exact_seq_item(seq, index),
            _ => None,
        };
        if let Some(v) = item {
            f.ip = subscr_at + 1;
            return super::defs::push_next(f, v);
        }
    }
    two_loads(vm, f, arg, super::defs::load_fast_hi)
}

/// `LOAD_FAST seq; LOAD_CONST index; BINARY_SUBSCR` (`b[0]`): as
/// [`load_fast_load_fast_binary_subscr`] with a constant index.
#[inline(always)]
pub fn load_fast_load_const_binary_subscr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let subscr_at = f.ip + 1;
    if is_seq_int_subscr(f.code.instr(subscr_at)) {
        let item = match (f.locals.get((arg & 0xffff) as usize), f.code.consts.get((arg >> 16) as usize)) {
            (Some(seq), Some(index)) => exact_seq_item(seq, index),
            _ => None,
        };
        if let Some(v) = item {
            f.ip = subscr_at + 1;
            return super::defs::push_next(f, v);
        }
    }
    two_loads(vm, f, arg, super::defs::load_const_hi)
}

/// The result of the specialized arithmetic instruction `op` on `a` and
/// `b` (the operators that instruction's own body computes in line), or
/// `None` when `op` is not one or the operands do not fit it.
#[inline(always)]
fn fused_arith(op: Op, a: &Value, b: &Value) -> Option<Value> {
    match op {
        Op::BinaryOpAddInt => int_arith(a, b, BinOp::Add),
        Op::BinaryOpSubtractInt => int_arith(a, b, BinOp::Sub),
        Op::BinaryOpMultiplyInt => int_arith(a, b, BinOp::Mult),
        Op::BinaryOpAddFloat => float_arith(a, b, BinOp::Add),
        Op::BinaryOpSubtractFloat => float_arith(a, b, BinOp::Sub),
        Op::BinaryOpMultiplyFloat => float_arith(a, b, BinOp::Mult),
        Op::BinaryOpTrueDivideFloat => float_arith(a, b, BinOp::Div),
        _ => None,
    }
}

/// `LOAD_FAST a; LOAD_FAST b; BINARY_OP` (`a * b`): while the operator is
/// specialized for plain ints or floats and the locals fit it, the result
/// is computed straight from the locals and all three are stepped over.
/// Otherwise just the two loads (the operator then runs on its own).
#[inline(always)]
pub fn load_fast_load_fast_binary_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let op_at = f.ip + 1;
    if let Some(Instr { op, .. }) = f.code.instr(op_at) {
        let r = match (f.locals.get((arg & 0xffff) as usize), f.locals.get((arg >> 16) as usize)) {
            (Some(a), Some(b)) => fused_arith(op, a, b),
            _ => None,
        };
        if let Some(r) = r {
            f.ip = op_at + 1;
            return super::defs::push_next(f, r);
        }
    }
    two_loads(vm, f, arg, super::defs::load_fast_hi)
}

/// `LOAD_FAST a; LOAD_CONST b; BINARY_OP` (`i + 1`): as
/// [`load_fast_load_fast_binary_op`] with a constant operand.
#[inline(always)]
pub fn load_fast_load_const_binary_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let op_at = f.ip + 1;
    if let Some(Instr { op, .. }) = f.code.instr(op_at) {
        let r = match (f.locals.get((arg & 0xffff) as usize), f.code.consts.get((arg >> 16) as usize)) {
            (Some(a), Some(b)) => fused_arith(op, a, b),
            _ => None,
        };
        if let Some(r) = r {
            f.ip = op_at + 1;
            return super::defs::push_next(f, r);
        }
    }
    two_loads(vm, f, arg, super::defs::load_const_hi)
}

/// The comparison at `cmp_at`, if it is a number comparison fused with
/// its jump, on `a` and `b`: the outcome and the jump after it.
#[inline(always)]
fn fused_compare(f: &Frame, cmp_at: usize, a: Option<&Value>, b: Option<&Value>) -> Option<(bool, (bool, u32))> {
    let cmp = f.code.instr(cmp_at)?;
    if !matches!(cmp.op, Op::CompareOpIntJump | Op::CompareOpFloatJump) {
        return None;
    }
    let result = number_compare(a?, b?, cmp.arg)?;
    Some((result, conditional_jump_at(f, cmp_at + 1)?))
}

/// `LOAD_FAST a; LOAD_FAST b; COMPARE_OP; POP_JUMP_IF_*` (`while i < n`):
/// while the comparison is specialized for plain numbers and the locals
/// fit it, compare the locals and jump at once. Otherwise just the loads.
#[inline(always)]
pub fn load_fast_load_fast_compare_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let cmp_at = f.ip + 1;
    let (a, b) = (f.locals.get((arg & 0xffff) as usize), f.locals.get((arg >> 16) as usize));
    if let Some((result, jump)) = fused_compare(f, cmp_at, a, b) {
        f.ip = cmp_at + 1;
        return take_conditional_jump(vm, f, result, jump);
    }
    two_loads(vm, f, arg, super::defs::load_fast_hi)
}

/// `LOAD_FAST a; LOAD_CONST b; COMPARE_OP; POP_JUMP_IF_*` (`r != 1`): as
/// [`load_fast_load_fast_compare_op`] with a constant.
#[inline(always)]
pub fn load_fast_load_const_compare_op(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let cmp_at = f.ip + 1;
    let (a, b) = (f.locals.get((arg & 0xffff) as usize), f.code.consts.get((arg >> 16) as usize));
    if let Some((result, jump)) = fused_compare(f, cmp_at, a, b) {
        f.ip = cmp_at + 1;
        return take_conditional_jump(vm, f, result, jump);
    }
    two_loads(vm, f, arg, super::defs::load_const_hi)
}

/// `LOAD_FAST seq; LOAD_FAST index; STORE_SUBSCR` (`seq[i] = v`): when
/// the store is specialized for a list with an int index and the locals
/// fit it, the value on top moves straight into the list and all three
/// are stepped over. Otherwise just the two loads.
#[inline(always)]
pub fn load_fast_load_fast_store_subscr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let store_at = f.ip + 1;
    if matches!(f.code.instr(store_at), Some(Instr { op: Op::StoreSubscrListInt, .. })) && f.depth() >= 1 {
        let value = f.pop();
        match store_local_list_item(f, arg, value) {
            Ok(old) => {
                f.ip = store_at + 1;
                return super::defs::release(old);
            }
            Err(value) => f.push(value),
        }
    }
    two_loads(vm, f, arg, super::defs::load_fast_hi)
}

/// `COPY 2; COPY 2; BINARY_SUBSCR` (reading `seq[i]` for `seq[i] += v`,
/// `[seq, i]` on the stack): when the subscript is specialized for a list
/// or tuple with an int index and the operands fit it, push the item
/// after them (no copies, no references taken and dropped) and step over
/// all three. Otherwise just the two copies.
#[inline(always)]
pub fn copy_copy_binary_subscr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let subscr_at = f.ip + 1;
    if is_seq_int_subscr(f.code.instr(subscr_at)) {
        if let Some(v) = f.top_two().and_then(|(seq, index)| exact_seq_item(seq, index)) {
            f.ip = subscr_at + 1;
            return super::defs::push_next(f, v);
        }
    }
    both_halves(vm, f, arg, super::defs::copy)
}

/// `SWAP 3; SWAP 2; STORE_SUBSCR` (writing `seq[i] = v` for `seq[i] += v`,
/// `[seq, i, v]` on the stack): when the store is specialized for a list
/// with an int index and the operands fit it, store `v` and pop the three
/// (no swaps), stepping over all three. Otherwise just the two swaps.
#[inline(always)]
pub fn swap_swap_store_subscr(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let store_at = f.ip + 1;
    if matches!(f.code.instr(store_at), Some(Instr { op: Op::StoreSubscrListInt, .. })) && f.depth() >= 3 {
        let value = f.pop();
        match store_list_item(f.peek(1), f.peek(0), value) {
            Ok(old) => {
                // The index is an int (plain data); the list is released.
                f.pop_plain();
                let list = f.pop();
                f.ip = store_at + 1;
                return super::defs::release_pair(old, list);
            }
            Err(value) => f.push(value),
        }
    }
    both_halves(vm, f, arg, super::defs::swap)
}

/// Run a packed pair of the same instruction as itself (`COPY 2; COPY 2`,
/// `SWAP 3; SWAP 2`): `half` with the low 16 bits of `arg`, then, stepping
/// over the second instruction, with the high 16 bits.
#[inline(always)]
fn both_halves(vm: &mut Vm, f: &mut Frame, arg: u32, half: fn(&mut Vm, &mut Frame, u32) -> UopResult) -> UopResult {
    match half(vm, f, arg & 0xffff) {
        Ok(Control::Next) => {
            f.ip += 1;
            half(vm, f, arg >> 16)
        }
        other => other,
    }
}

/// Store `value` into exact list `seq` at int `index`: the old item, or
/// `value` back when they do not fit (not a list, not an int, out of
/// range, busy).
#[inline(always)]
fn store_list_item(seq: &Value, index: &Value, value: Value) -> Result<Value, Value> {
    let (Value::Obj(o), &Value::Int(i)) = (seq, index) else { return Err(value) };
    let Kind::List(l) = &o.kind else { return Err(value) };
    if o.ext.is_some() {
        return Err(value);
    }
    let Ok(mut items) = l.try_borrow_mut() else { return Err(value) };
    let n = items.len() as i64;
    let j = if i < 0 { i.wrapping_add(n) } else { i };
    match items.get_mut(j as usize).filter(|_| (0..n).contains(&j)) {
        Some(slot) => Ok(core::mem::replace(slot, value)),
        None => Err(value),
    }
}

/// Store `value` into the exact list in local `arg & 0xffff` at the int
/// index in local `arg >> 16`: the old item, or `value` back when the
/// locals do not fit (not a list, not an int, out of range, busy).
#[inline(always)]
fn store_local_list_item(f: &Frame, arg: u32, value: Value) -> Result<Value, Value> {
    match (f.locals.get((arg & 0xffff) as usize), f.locals.get((arg >> 16) as usize)) {
        (Some(seq), Some(index)) => store_list_item(seq, index, value),
        _ => Err(value),
    }
}

/// `list[int]` / `tuple[int]`; errors and anything else go the generic way.
#[inline(always)]
pub fn binary_subscr_seq_int(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    match f.top_two().and_then(|(container, key)| seq_item(container, key)) {
        Some(v) => {
            // The key is an int (seq_item took it): nothing to release.
            f.pop_plain();
            super::defs::replace_top(f, v)
        }
        None => super::defs::binary_subscr(vm, f, arg),
    }
}

/// `dict[key]` on an exact dict.
#[inline(always)]
pub fn binary_subscr_dict(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    let key = f.peek(0).clone();
    let d = f.peek(1).clone();
    match vm.dict_lookup(&d, &key)? {
        Some(v) => {
            f.pop();
            super::defs::replace_top(f, v)
        }
        None => super::defs::binary_subscr(vm, f, arg),
    }
}

/// `list[int] = value` with an in-range index.
#[inline(always)]
pub fn store_subscr_list_int(vm: &mut Vm, f: &mut Frame, arg: u32) -> UopResult {
    // Stack: [..., value, list, index].
    if f.depth() < 3 {
        return super::defs::store_subscr(vm, f, arg);
    }
    let index = f.pop();
    let list = f.pop();
    let value = f.pop();
    match store_list_item(&list, &index, value) {
        // The index was an int (plain data): nothing to release.
        Ok(old) => super::defs::release_pair(old, list),
        Err(value) => {
            f.push(value);
            f.push(list);
            f.push(index);
            super::defs::store_subscr(vm, f, arg)
        }
    }
}

/// `dict[key] = value` on an exact dict.
#[inline(always)]
pub fn store_subscr_dict(vm: &mut Vm, f: &mut Frame, _arg: u32) -> UopResult {
    let key = f.pop();
    let d = f.pop();
    let v = f.pop();
    vm.dict_set(&d, key, v)?;
    NEXT
}
