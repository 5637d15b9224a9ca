//! A frame: one activation of a code object. Locals, cells and the value
//! stack share one vector (`locals[..nlocals]`, then cells, then the stack).
//! Finished frames are kept as [`SpareFrame`]s (allocation and emptied
//! buffer), so a call usually allocates nothing.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;
use core::mem::MaybeUninit;
use core::ptr::addr_of_mut;

use crate::bytecode::Code;
use crate::objects::{Kind, Obj, Value};

/// An executing (or suspended) code object.
pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Locals, then cells, then the value stack.
    pub locals: Vec<Value>,
    /// Index in `locals` where the value stack starts.
    pub stack_base: usize,
    pub globals: Obj,
    /// The function being run (None for module and class bodies run directly).
    pub func: Option<Obj>,
    /// The namespace of a class body (or of `exec`-style code) for `*_NAME`.
    pub locals_dict: Option<Value>,
    /// What the calling frame's loop does with this frame's return value.
    pub on_return: OnReturn,
}

/// What the interpreter loop does with a returning frame's value, besides
/// pushing it on the caller's stack.
pub enum OnReturn {
    /// Push it: an ordinary call.
    Push,
    /// The frame runs `__init__` for a class call made by the loop: the
    /// call's result is this new instance (and the frame must return
    /// `None`).
    Init(Obj),
    /// The frame runs the forward dunder of a binary operator (`a + b`
    /// with a Python `__add__`), whose operands are still on top of the
    /// caller's stack: they are replaced by the result, unless it is
    /// `NotImplemented`, in which case the rest of the operator protocol
    /// runs on them ([`crate::vm::Vm::binary_op_after_forward`]).
    BinaryOp { op: crate::syntax::ast::BinOp, inplace: bool },
    /// The frame is generator `gen`'s, resumed by the calling frame's
    /// `FOR_ITER` (`for_loop`) or `SEND` in this same loop, without host
    /// recursion. A yield hands the value to the caller and the frame back
    /// to the generator; a return finishes the generator and, as the
    /// caller's instruction would, leaves the loop (`FOR_ITER`) or replaces
    /// the delegate with the return value (`SEND`), jumping to `exit`.
    /// The caller's handled exception waits in the generator's
    /// `exc_state` while it runs (see `Vm::resume_inline`).
    Generator { gen: Obj, exit: u32, for_loop: bool },
}

impl Frame {
    /// Create this frame's own cells (initialised from parameters where a
    /// parameter is captured) and install the closure's cells.
    pub fn init_cells(&mut self, code: &Code, closure: &[Obj]) {
        let nlocals = code.nlocals();
        for (i, arg) in code.cell_args.iter().enumerate() {
            let init = match arg {
                Some(a) => self.locals.get(*a as usize).cloned().unwrap_or(Value::Null),
                None => Value::Null,
            };
            self.locals[nlocals + i] = Value::new_obj(Kind::Cell(RefCell::new(init)));
        }
        let ncell = code.cellvars.len();
        for (i, cell) in closure.iter().enumerate() {
            if let Some(slot) = self.locals.get_mut(nlocals + ncell + i) {
                *slot = Value::Obj(cell.clone());
            }
        }
    }

    /// Push onto the value stack.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.locals.push(v);
    }

    /// True if a push needs no growth (always, given the compiler's
    /// stack depth; hot handlers check it to keep growth out of line).
    #[inline(always)]
    pub fn has_room(&self) -> bool {
        self.locals.len() < self.locals.capacity()
    }

    /// Push after [`Frame::has_room`] said there is room (grows otherwise,
    /// so it is never unsound, only slower).
    #[inline(always)]
    pub fn push_within_capacity(&mut self, v: Value) {
        let len = self.locals.len();
        if len < self.locals.capacity() {
            // SAFETY: `len < capacity`, so slot `len` is allocated and
            // unused; it is written once and the length then covers it.
            unsafe {
                self.locals.as_mut_ptr().add(len).write(v);
                self.locals.set_len(len + 1);
            }
        } else {
            self.locals.push(v);
        }
    }

    /// Pop the value stack (an empty stack yields `Null`, never a panic;
    /// the compiler guarantees balanced stacks).
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        let len = self.locals.len();
        if len > self.stack_base {
            // SAFETY: `len - 1` is in bounds (len > stack_base >= 0); the
            // value is moved out and the length shortened past it, so it is
            // neither read nor dropped again.
            unsafe {
                self.locals.set_len(len - 1);
                core::ptr::read(self.locals.as_ptr().add(len - 1))
            }
        } else {
            Value::Null
        }
    }

    /// The value on top, mutably (`None` if the stack is empty, which the
    /// compiler never lets happen).
    #[inline(always)]
    pub fn top_mut(&mut self) -> Option<&mut Value> {
        let len = self.locals.len();
        if len > self.stack_base {
            self.locals.get_mut(len - 1)
        } else {
            None
        }
    }

    /// Pop the top when the caller knows it is plain data (an immediate,
    /// which owns nothing): no drop glue. Were it an object after all, its
    /// reference would leak (never unsound).
    #[inline(always)]
    pub fn pop_plain(&mut self) {
        let v = self.pop();
        debug_assert!(!matches!(v, Value::Obj(_)));
        core::mem::forget(v);
    }

    /// Pop the top if it is a `bool` (plain data: nothing to drop).
    #[inline(always)]
    pub fn pop_bool(&mut self) -> Option<bool> {
        let len = self.locals.len();
        if len <= self.stack_base {
            return None;
        }
        let b = match self.locals.get(len - 1) {
            Some(Value::Bool(b)) => *b,
            _ => return None,
        };
        // SAFETY: the slot below the new length holds a `bool`, which owns
        // nothing, so leaving it out of the length drops nothing.
        unsafe { self.locals.set_len(len - 1) };
        Some(b)
    }

    /// The value `n` below the top (0 = top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.locals.len();
        if len > self.stack_base + n {
            // SAFETY: len - 1 - n >= stack_base, so the index is in bounds.
            unsafe { self.locals.get_unchecked(len - 1 - n) }
        } else {
            &Value::Null
        }
    }

    /// The two values on top (`(second, top)`), or `None` when the stack
    /// holds fewer. Guards and the bodies after them read operands through
    /// this one accessor, so the compiler sees the same loads and checks
    /// twice and keeps one copy. (Written as two comparisons on purpose:
    /// the `checked_sub` form of [`Frame::call_operands`] merged far worse
    /// here, +8% to +17% instructions on the numeric benchmarks.)
    #[inline(always)]
    pub fn top_two(&self) -> Option<(&Value, &Value)> {
        let len = self.locals.len();
        if len >= self.stack_base + 2 && len >= 2 {
            // SAFETY: len >= 2, so both indices are in bounds.
            unsafe { Some((self.locals.get_unchecked(len - 2), self.locals.get_unchecked(len - 1))) }
        } else {
            None
        }
    }

    /// The operands of a call with `nargs` arguments on top of the stack
    /// (`[..., callable, self or NULL, args...]`): the callable's stack
    /// position, the callable and the self-or-NULL slot. `None` when the
    /// stack holds fewer. Guards and call bodies both read through this.
    #[inline(always)]
    pub fn call_operands(&self, nargs: usize) -> Option<(usize, &Value, &Value)> {
        let len = self.locals.len();
        let at = len.checked_sub(nargs.checked_add(2)?).filter(|&i| i >= self.stack_base)?;
        // SAFETY: at + 2 <= len, so `at` and `at + 1` are in bounds.
        unsafe { Some((at, self.locals.get_unchecked(at), self.locals.get_unchecked(at + 1))) }
    }

    /// Pop `n` values, in push order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let len = self.locals.len();
        let start = len.saturating_sub(n).max(self.stack_base);
        self.locals.split_off(start)
    }

    /// Current stack depth.
    #[inline]
    pub fn depth(&self) -> usize {
        self.locals.len() - self.stack_base
    }

    /// Drop stack values above `depth`.
    pub fn truncate_stack(&mut self, depth: usize) {
        self.locals.truncate(self.stack_base + depth);
    }

    /// The source line of the instruction being executed.
    pub fn current_line(&self) -> u32 {
        self.code.line_of(self.ip.saturating_sub(1))
    }
}

/// A finished frame kept for the next call (see `Vm::recycle_frame`): its
/// allocation and its emptied locals buffer. Every other field has been
/// dropped when the frame finished, so what it referred to is released
/// then, as CPython releases a frame's references on return; a call fills
/// the buffer and the fields, with no allocation.
pub struct SpareFrame(Box<MaybeUninit<Frame>>);

impl SpareFrame {
    /// A spare frame with a new allocation and an empty buffer.
    pub fn new() -> SpareFrame {
        let mut slot = Box::new(MaybeUninit::<Frame>::uninit());
        // SAFETY: writes the `locals` field of the uninitialised frame
        // in place; that field is the one a `SpareFrame` keeps valid.
        unsafe { addr_of_mut!((*slot.as_mut_ptr()).locals).write(Vec::new()) };
        SpareFrame(slot)
    }

    /// Empty a finished frame: drop its locals, its stack and every field
    /// but the buffer.
    pub fn from_frame(frame: Box<Frame>) -> SpareFrame {
        let raw = Box::into_raw(frame);
        // SAFETY: `raw` is a live, initialised frame owned here. The buffer
        // is cleared (its values dropped) and every other field is dropped
        // exactly once in place; the allocation is then re-owned as an
        // uninitialised frame, which never drops its contents (only the
        // still-valid `locals`, in `SpareFrame`'s `Drop`).
        unsafe {
            (*raw).locals.clear();
            core::ptr::drop_in_place(addr_of_mut!((*raw).code));
            core::ptr::drop_in_place(addr_of_mut!((*raw).globals));
            core::ptr::drop_in_place(addr_of_mut!((*raw).func));
            core::ptr::drop_in_place(addr_of_mut!((*raw).locals_dict));
            core::ptr::drop_in_place(addr_of_mut!((*raw).on_return));
            SpareFrame(Box::from_raw(raw.cast::<MaybeUninit<Frame>>()))
        }
    }

    /// The (empty) locals buffer, to fill with the new frame's locals.
    #[inline(always)]
    pub fn locals(&mut self) -> &mut Vec<Value> {
        // SAFETY: `locals` is the field a `SpareFrame` keeps initialised.
        unsafe { &mut *addr_of_mut!((*self.0.as_mut_ptr()).locals) }
    }

    /// The frame running `code` from its start, whose locals are what the
    /// buffer holds (its value stack starts after them).
    #[inline(always)]
    pub fn into_frame(self, code: Rc<Code>, globals: Obj, func: Option<Obj>) -> Box<Frame> {
        let this = core::mem::ManuallyDrop::new(self);
        // SAFETY: the box is taken out of `this`, which is never dropped, so
        // it has one owner. Every field but the (valid) `locals` is written
        // in place, after which the frame is fully initialised.
        unsafe {
            let raw = Box::into_raw(core::ptr::read(&this.0)).cast::<Frame>();
            let stack_base = (*raw).locals.len();
            addr_of_mut!((*raw).code).write(code);
            addr_of_mut!((*raw).ip).write(0);
            addr_of_mut!((*raw).stack_base).write(stack_base);
            addr_of_mut!((*raw).globals).write(globals);
            addr_of_mut!((*raw).func).write(func);
            addr_of_mut!((*raw).locals_dict).write(None);
            addr_of_mut!((*raw).on_return).write(OnReturn::Push);
            Box::from_raw(raw)
        }
    }
}

impl Default for SpareFrame {
    fn default() -> SpareFrame {
        SpareFrame::new()
    }
}

impl Drop for SpareFrame {
    fn drop(&mut self) {
        // SAFETY: `locals` is initialised (see `SpareFrame`); it is dropped
        // once, and the box then frees the allocation without touching the
        // other (uninitialised) fields.
        unsafe { core::ptr::drop_in_place(addr_of_mut!((*self.0.as_mut_ptr()).locals)) }
    }
}
