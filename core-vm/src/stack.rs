//! Host-stack budgets.
//!
//! Python-to-Python calls never grow the host stack, but some work does
//! recurse in Rust: native code calling back into Python (`sorted(key=f)`,
//! `__repr__`, `__eq__`, `__hash__`, property getters, generator resumption
//! ...), operations on nested data (`repr`, `==` and `hash` of nested lists
//! and tuples), and the parser and compiler on deeply nested source. Kernel
//! stacks are small, so each of these checks a [`StackBudget`]: the bytes of
//! host stack used since a base address, measured by comparing addresses of
//! stack frames. Past the budget the work stops with an error
//! (`RecursionError`, or the parser's "too many nested parentheses") instead
//! of overflowing the stack.
//!
//! Measuring addresses rather than counting levels makes the limit hold
//! whatever a level costs (frames are several times larger in unoptimized
//! builds than in release builds) and whichever mix of recursive paths is
//! taken. Stacks grow down on every supported target; only the distance is
//! used, so the direction does not matter.

/// An address in the caller's stack frame (a fresh frame below it, in fact:
/// the function is never inlined, so its frame is always a level deeper).
#[inline(never)]
pub fn addr() -> usize {
    let probe = 0u8;
    core::hint::black_box(&probe) as *const u8 as usize
}

/// `bytes` of host stack, counted from `base`.
#[derive(Clone, Copy, Debug)]
pub struct StackBudget {
    base: usize,
    bytes: usize,
}

impl StackBudget {
    /// A budget of `bytes` counted from the caller's frame.
    #[inline(always)]
    pub fn here(bytes: usize) -> StackBudget {
        StackBudget { base: addr(), bytes }
    }

    /// A budget of `bytes` counted from `base` (an address from [`addr`]).
    pub fn from_base(base: usize, bytes: usize) -> StackBudget {
        StackBudget { base, bytes }
    }

    /// Bytes used since the base.
    #[inline(always)]
    pub fn used(&self) -> usize {
        addr().abs_diff(self.base)
    }

    /// True once more than the budget is used.
    #[inline(always)]
    pub fn exhausted(&self) -> bool {
        self.used() > self.bytes
    }

    /// Bytes left.
    pub fn remaining(&self) -> usize {
        self.bytes.saturating_sub(self.used())
    }

    /// A budget for a nested phase: at most `cap` bytes from the caller's
    /// frame, and never past this budget.
    #[inline(always)]
    pub fn nested(&self, cap: usize) -> StackBudget {
        StackBudget::here(cap.min(self.remaining()))
    }
}
