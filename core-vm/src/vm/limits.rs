//! Execution limits a kernel needs: the instruction budget, the interrupt
//! flag and the host-stack limit.
//!
//! The interpreter charges [`Vm::fuel`] where execution can repeat (a
//! backward jump charges the length of the loop body it closes, a call
//! charges one, native loops charge one per item; see [`Vm::charge`]) and
//! calls [`Vm::slow_tick`] when it runs out. The slow path charges the spent
//! chunk to the budget, raises `BudgetExceeded` when the budget is gone,
//! raises `KeyboardInterrupt` when the embedder set the interrupt flag (an
//! atomic it may set from an interrupt handler or another thread), and runs
//! the VM's periodic housekeeping (the heap limit and the cycle collector,
//! see `crate::mem`). Both errors are ordinary Python
//! exceptions (subclasses of `BaseException`, so `except Exception` does not
//! swallow them); the embedder sees them as distinct [`super::RunError`]s.
//!
//! The host-stack limit ([`super::Config::host_stack_limit`]) bounds what
//! the VM's Rust recursion may use, measured from where the embedder called
//! in ([`crate::stack`]): the interpreter checks it each time it is entered
//! (native code calling back into Python, generator resumption), and so do
//! the recursive operations on nested data and the compiler. Past it they
//! raise `RecursionError`.

use alloc::sync::Arc;
use core::sync::atomic::{AtomicBool, Ordering};

use crate::objects::{ExcKind, PyErr, PyResult};
use crate::stack::{self, StackBudget};

use super::Vm;

/// Instructions run between two slow checks when no budget is tighter:
/// the interrupt latency in instructions.
const CHUNK: u64 = 4096;

/// Instructions a script gets after `BudgetExceeded` is raised, so `except`
/// and `finally` blocks can run; exhausting them too raises again with no
/// further grace.
const GRACE: u64 = 10_000;

/// A handle that interrupts a running VM from outside: from another thread,
/// an interrupt handler or a signal handler. The VM raises
/// `KeyboardInterrupt` at its next check (within a few thousand
/// instructions) and clears the flag.
#[derive(Clone, Debug)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    /// Ask the VM to stop with `KeyboardInterrupt`.
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::Release);
    }

    /// True while an interrupt is requested and not yet delivered.
    pub fn is_pending(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

/// The budget/interrupt state of a VM.
pub(crate) struct Limits {
    /// Instructions left in the current budget (`None`: unlimited).
    pub budget_left: Option<u64>,
    /// Size of the chunk `fuel` was last refilled with.
    pub chunk: u64,
    /// True once the grace after an exhausted budget was handed out.
    pub grace_used: bool,
    pub interrupt: Arc<AtomicBool>,
    /// Stack address where the current run entered the VM (0: none yet).
    pub stack_base: usize,
}

impl Limits {
    pub fn new(budget: Option<u64>) -> Limits {
        Limits {
            budget_left: budget,
            chunk: 0,
            grace_used: false,
            interrupt: Arc::new(AtomicBool::new(false)),
            stack_base: 0,
        }
    }
}

impl Vm {
    /// A handle that interrupts this VM from another context.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.limits.interrupt.clone())
    }

    /// Set the instruction budget for what runs next (`None`: unlimited).
    /// Every top-level run (`run_source`, `exec_code`, `call`, ...) starts
    /// with the configured budget again.
    pub fn set_budget(&mut self, budget: Option<u64>) {
        self.limits.budget_left = budget;
        self.limits.grace_used = false;
        self.limits.chunk = 0;
        self.fuel = 0;
        self.heap.0.set_work_left(budget.unwrap_or(u64::MAX));
    }

    /// Instructions left in the budget (`None`: unlimited).
    pub fn budget_left(&self) -> Option<u64> {
        let spent_in_chunk = self.limits.chunk.saturating_sub(self.fuel.max(0) as u64);
        self.limits.budget_left.map(|b| b.saturating_sub(spent_in_chunk))
    }

    /// Called at the start of a top-level run: fresh budget from the config,
    /// and the host stack is measured from here.
    pub(crate) fn reset_limits_for_run(&mut self) {
        if self.depth == 0 {
            self.set_budget(self.config.budget);
            self.limits.stack_base = stack::addr();
        }
    }

    /// The host stack the VM may still use: [`super::Config::host_stack_limit`]
    /// bytes from where the current run entered the VM (from here if no run
    /// has started: a native operation called directly by the embedder).
    pub fn stack_budget(&mut self) -> StackBudget {
        if self.limits.stack_base == 0 {
            self.limits.stack_base = stack::addr();
        }
        StackBudget::from_base(self.limits.stack_base, self.config.host_stack_limit)
    }

    /// Called where native code enters the interpreter (`run_frame`,
    /// generator resumption). With no Python frame active this is the
    /// embedder calling in, and the host stack is measured from here;
    /// otherwise it is native code calling back into Python, a level of
    /// host recursion, and the limit is checked.
    #[inline]
    pub fn check_reentry(&mut self) -> PyResult<()> {
        if self.depth == 0 {
            self.limits.stack_base = stack::addr();
            return Ok(());
        }
        self.check_stack()
    }

    /// `RecursionError` once the host stack used passes the limit. Called
    /// where the VM recurses in Rust: each native entry into the
    /// interpreter ([`Vm::check_reentry`]), and each level of `repr`,
    /// comparison and hashing of nested data.
    #[inline]
    pub fn check_stack(&mut self) -> PyResult<()> {
        self.check_stack_in("")
    }

    /// [`Vm::check_stack`] with CPython's suffix for the message (e.g.
    /// `" in comparison"`).
    #[inline]
    pub fn check_stack_in(&mut self, what: &str) -> PyResult<()> {
        if self.stack_budget().exhausted() {
            return Err(PyErr::new(ExcKind::RecursionError, alloc::format!("maximum recursion depth exceeded{}", what)));
        }
        Ok(())
    }

    /// Charge one instruction's worth of work done by native code (one item
    /// of a native loop) to the budget, with the interpreter's checks.
    #[inline]
    pub fn tick(&mut self) -> PyResult<()> {
        self.charge(1)
    }

    /// Charge `n` instructions to the budget, with the interpreter's
    /// checks. The interpreter charges where execution can repeat: a
    /// backward jump charges the instructions it jumps back over (one loop
    /// iteration's worth), a call charges one; straight-line code between
    /// them is bounded by the code's length.
    #[inline(always)]
    pub fn charge(&mut self, n: u32) -> PyResult<()> {
        self.fuel -= n as i64;
        if self.fuel < 0 {
            self.slow_tick()?;
        }
        Ok(())
    }

    /// The interpreter's slow path, taken when `fuel` runs out: charge the
    /// chunk, deliver budget and interrupt errors, do housekeeping, refill.
    #[cold]
    #[inline(never)]
    pub fn slow_tick(&mut self) -> PyResult<()> {
        let spent = self.limits.chunk;
        self.limits.chunk = 0;
        if let Some(left) = self.limits.budget_left.as_mut() {
            *left = left.saturating_sub(spent);
        }
        if self.limits.interrupt.swap(false, Ordering::AcqRel) {
            self.refill();
            return Err(PyErr::new(ExcKind::KeyboardInterrupt, ""));
        }
        if self.limits.budget_left == Some(0) {
            let grace = if self.limits.grace_used { 0 } else { GRACE };
            self.limits.grace_used = true;
            self.limits.budget_left = Some(grace);
            self.refill();
            return Err(PyErr::new(ExcKind::BudgetExceeded, "instruction budget exhausted"));
        }
        // What was charged past the end of the chunk belongs to the new one.
        let over = self.fuel.min(0);
        self.housekeeping()?;
        self.refill();
        self.fuel += over;
        Ok(())
    }

    /// Start a new chunk of `fuel`.
    fn refill(&mut self) {
        let chunk = match self.limits.budget_left {
            Some(left) => left.min(CHUNK),
            None => CHUNK,
        };
        self.limits.chunk = chunk;
        self.fuel = chunk as i64;
        self.heap.0.set_work_left(self.limits.budget_left.unwrap_or(u64::MAX));
    }

    /// Periodic work done every chunk of instructions: the heap limit
    /// (`MemoryError` once an allocation went past it and a collection did
    /// not help) and the automatic cycle collection.
    fn housekeeping(&mut self) -> PyResult<()> {
        crate::mem::gc::housekeeping(&self.heap.0)
    }
}
