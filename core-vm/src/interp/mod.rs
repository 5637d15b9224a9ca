//! Tier 1: the bytecode interpreter.
//!
//! [`execute`] runs a frame and every Python function it calls *in the same
//! loop* (calls push a frame instead of recursing on the host stack). Each
//! instruction is executed by `uops::exec_bytecode`, which runs the
//! bytecode's uops from the shared uop table. Exceptions unwind through the
//! code objects' exception tables and then through the parent frames.

pub mod frame;
pub mod generator;
pub mod specialize;

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::objects::value::TraceEntry;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::uops::{exec_bytecode, Control, Step};
use crate::vm::Vm;
use frame::{Frame, OnReturn};

/// How [`execute`] left its base frame.
pub enum Exit {
    /// The frame returned a value.
    Return(Value),
    /// The (generator) frame yielded; it is handed back to be resumed.
    Yield(Value, Box<Frame>),
}

/// Run a frame to completion and return its value.
pub fn run_frame(vm: &mut Vm, frame: Box<Frame>) -> PyResult<Value> {
    // Native code entering the interpreter recurses on the host stack.
    vm.check_reentry()?;
    match execute(vm, frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(..) => Err(PyErr::new(ExcKind::SystemError, "yield outside a generator frame")),
    }
}

/// Enter a frame: count it against the recursion limit.
#[inline(always)]
fn enter(vm: &mut Vm) -> PyResult<()> {
    // A call is where recursion repeats code without a backward jump.
    vm.charge(1)?;
    if vm.depth >= vm.config.recursion_limit {
        return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
    }
    vm.depth += 1;
    Ok(())
}

/// Run `base` (and the frames it calls) until it returns or yields. If
/// `throw` is given, that exception is raised at the frame's current
/// instruction first (generator `throw()`).
pub fn execute(vm: &mut Vm, base: Box<Frame>, throw: Option<PyErr>) -> PyResult<Exit> {
    let _current = crate::mem::enter_if_needed(vm.heap_ref());
    vm.reset_limits_for_run();
    enter(vm)?;
    let mut f = base;
    let mut parents: Vec<Box<Frame>> = Vec::new();
    let mut pending = throw;
    loop {
        let result = match pending.take() {
            Some(e) => Err(e),
            None => run_frames(vm, &mut f, &mut parents),
        };
        match result {
            // `run_frames` answers `Return` only for the base frame.
            Ok(Control::Return) => {
                let v = f.pop();
                vm.depth -= 1;
                // Its allocation and buffer serve the next call.
                vm.recycle_frame(f);
                return Ok(Exit::Return(v));
            }
            // `run_frames` acts on these itself.
            Ok(Control::Next | Control::Call(_) | Control::Deopt) => {}
            Ok(Control::Yield) => {
                let v = f.pop();
                vm.depth -= 1;
                return Ok(Exit::Yield(v, f));
            }
            Err(e) => {
                let reraised = core::mem::replace(&mut vm.reraising, false);
                let mut exc = vm.materialize(e);
                if !reraised {
                    set_context(vm, &exc);
                }
                let mut skip_trace = reraised;
                loop {
                    if !skip_trace {
                        let entry = TraceEntry {
                            filename: f.code.filename.clone(),
                            line: f.current_line(),
                            name: f.code.name.clone(),
                        };
                        vm.add_traceback(&exc, entry);
                    }
                    skip_trace = false;
                    let ip = f.ip.saturating_sub(1) as u32;
                    if let Some(h) = f.code.handler_for(ip).copied() {
                        f.truncate_stack(h.depth as usize);
                        f.push(exc.clone());
                        f.ip = h.target as usize;
                        break;
                    }
                    vm.depth -= 1;
                    match parents.pop() {
                        Some(parent) => {
                            exc = leave_frame(vm, &mut f, exc);
                            f = parent;
                        }
                        None => return Err(PyErr::from_obj(exc)),
                    }
                }
            }
        }
    }
}

/// The hot loop: run instructions of `f` — and of the Python functions it
/// calls, and they call (`parents` holds the frames below `f`) — while they
/// answer `Control::Next`, calls or returns to a parent; answer anything
/// else (the base frame returning or yielding, an error) for [`execute`] to
/// act on.
///
/// Out of line and small on purpose: the instruction pointer and the
/// instruction array stay in registers, and each bytecode's handler is its
/// own function. Calls and returns switch frames here without leaving the
/// loop. The budget is charged by backward jumps and calls, not here (see
/// `Vm::charge`).
#[inline(never)]
fn run_frames(vm: &mut Vm, f: &mut Box<Frame>, parents: &mut Vec<Box<Frame>>) -> crate::uops::UopResult {
    loop {
        match run_until_control(vm, f) {
            Step::Call(callee) => {
                enter(vm)?;
                parents.push(core::mem::replace(f, callee));
            }
            Step::Return if !parents.is_empty() => return_to_parent(vm, f, parents)?,
            Step::Yield if !parents.is_empty() => yield_to_parent(vm, f, parents)?,
            Step::Deopt => deopt(vm, f),
            other => return other.into_result(),
        }
    }
}

/// Run instructions of `f` while they answer `Control::Next`; return the
/// first other answer.
#[inline(always)]
fn run_until_control(vm: &mut Vm, f: &mut Frame) -> Step {
    // A handle of our own on the code: the frame's code never changes while
    // it runs, and this lets the loop index the instructions while the
    // handlers borrow the frame.
    let code = f.code.clone();
    let instrs = &code.instrs[..];
    let mut ip = f.ip;
    // The answer that ends the loop travels as a `Step` (two registers):
    // kept as a `UopResult` it would live in memory, stored on every turn.
    let answer = loop {
        let Some(instr) = instrs.get(ip) else {
            break Step::Err(PyErr::new(ExcKind::SystemError, "instruction pointer out of range"));
        };
        let instr = instr.get();
        ip += 1;
        f.ip = ip;
        match Step::of(exec_bytecode(instr.op, vm, f, instr.arg)) {
            Step::Next => {}
            other => break other,
        }
        ip = f.ip;
    };
    answer
}

/// The frame `f` returned (its value on top of its stack) to the top of
/// `parents`: make the parent current, recycle the finished frame, and
/// push the call's result (the new instance for a class call's `__init__`).
#[inline(always)]
fn return_to_parent(vm: &mut Vm, f: &mut Box<Frame>, parents: &mut Vec<Box<Frame>>) -> PyResult<()> {
    let Some(parent) = parents.pop() else { return Ok(()) };
    let v = f.pop();
    vm.depth -= 1;
    let on_return = core::mem::replace(&mut f.on_return, OnReturn::Push);
    let done = core::mem::replace(f, parent);
    vm.recycle_frame(done);
    match on_return {
        OnReturn::Push => f.push(v),
        OnReturn::Init(obj) if v.is_none() => f.push(Value::Obj(obj)),
        OnReturn::Init(_) => return Err(init_returned(vm, &v)),
        OnReturn::Generator { gen, exit, for_loop } => {
            vm.finish_inline(&gen);
            // The caller's `FOR_ITER` leaves the loop; its `SEND` replaces
            // the delegate with the return value.
            drop(f.pop());
            if !for_loop {
                f.push(v);
            }
            f.ip = exit as usize;
        }
        OnReturn::BinaryOp { op, inplace } => {
            let r = if vm.is_not_implemented(&v) && f.depth() >= 2 {
                vm.binary_op_after_forward(f.peek(1), f.peek(0), op, inplace)?
            } else {
                v
            };
            f.truncate_stack(f.depth().saturating_sub(2));
            f.push(r);
        }
    }
    Ok(())
}

/// The generator frame `f`, resumed in this loop by the caller's
/// `FOR_ITER` or `SEND` (`OnReturn::Generator`), yielded the value on top
/// of its stack: the frame goes back into its generator and the caller
/// goes on with the value pushed.
#[inline(never)]
fn yield_to_parent(vm: &mut Vm, f: &mut Box<Frame>, parents: &mut Vec<Box<Frame>>) -> PyResult<()> {
    let OnReturn::Generator { .. } = f.on_return else {
        return Err(PyErr::new(ExcKind::SystemError, "yield from a frame that is not a generator's"));
    };
    let Some(parent) = parents.pop() else { return Ok(()) };
    let v = f.pop();
    vm.depth -= 1;
    let on_return = core::mem::replace(&mut f.on_return, OnReturn::Push);
    let frame = core::mem::replace(f, parent);
    if let OnReturn::Generator { gen, .. } = on_return {
        vm.suspend_inline(&gen, frame);
    }
    f.push(v);
    Ok(())
}

/// An exception leaves frame `f` for its caller: if `f` is a generator's
/// resumed in this loop, the generator is finished, and a `StopIteration`
/// becomes the `RuntimeError` of PEP 479. Returns the exception the caller
/// sees.
fn leave_frame(vm: &mut Vm, f: &mut Frame, exc: Value) -> Value {
    let OnReturn::Generator { .. } = f.on_return else { return exc };
    let OnReturn::Generator { gen, .. } = core::mem::replace(&mut f.on_return, OnReturn::Push) else { return exc };
    vm.finish_inline(&gen);
    let exc = if vm.exc_is_instance_of_kind(&exc, ExcKind::StopIteration) { vm.generator_raised_stop(exc) } else { exc };
    // The caller's handled exception is its context if it has none yet,
    // as when the error came back through `gen_resume`.
    set_context(vm, &exc);
    exc
}

/// A guard failed before the instruction changed anything: run it again
/// in its generic form (or widened to the new receiver).
#[cold]
#[inline(never)]
fn deopt(vm: &mut Vm, f: &mut Frame) {
    f.ip -= 1;
    if !specialize::widen(vm, f, f.ip) {
        specialize::despecialize(f, f.ip);
    }
}

/// The error for an `__init__` that returned something other than `None`.
fn init_returned(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(alloc::format!("__init__() should return None, not '{}'", vm.type_name(v)))
}

/// Implicit exception chaining: an exception raised while another is being
/// handled gets it as `__context__`.
fn set_context(vm: &mut Vm, exc: &Value) {
    let current = vm.exc_info.clone();
    if current.is_none() || current.is(exc) {
        return;
    }
    if let Some(e) = vm.exc_data(exc) {
        let unset = e.context.borrow().is_none();
        if unset {
            // Avoid creating a cycle through the chain.
            let mut cur = current.clone();
            let mut guard = 0;
            while let Some(d) = vm.exc_data(&cur) {
                let next = d.context.borrow().clone();
                if next.is(exc) {
                    if let Ok(mut c) = d.context.try_borrow_mut() {
                        *c = Value::None;
                    }
                    break;
                }
                if next.is_none() || guard > 100 {
                    break;
                }
                cur = next;
                guard += 1;
            }
            *e.context.borrow_mut() = current;
        }
    }
}
