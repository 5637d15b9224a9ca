//! The cycle collector: CPython's trial deletion over `Rc` objects.
//!
//! Reference counting frees everything except cycles. Every object that can
//! be on a cycle (a container: list, dict, instance, function, class,
//! generator, ...; see [`super::traverse::needs_tracking`]) is registered at
//! creation in its heap's registry, a `Vec<Weak<PyObject>>`. A collection:
//!
//! 1. upgrades the registry's entries (dead ones are dropped: this sweep is
//!    also what frees the `Rc` boxes of containers that died normally);
//! 2. sets each object's `gc_refs` to its strong count;
//! 3. subtracts one for every reference found by traversing every collected
//!    object ([`super::traverse::traverse`]); what is left over are
//!    references from outside the collected set: VM fields, interpreter
//!    frames, Rust locals, older objects, anything not traversed;
//! 4. marks everything reachable from an object with `gc_refs > 0`;
//! 5. clears the rest ([`super::traverse::clear`]): it is garbage, only
//!    reachable from itself. Dropping what was cleared frees it.
//!
//! Two generations keep it amortised linear: a *young* collection looks only
//! at objects registered since the last collection (references into them
//! from older objects count as outside references, which is safe) and runs
//! every [`YOUNG_THRESHOLD`] registrations; its survivors become old. A
//! *full* collection runs when the survivors promoted since the last full
//! one exceed half the old generation (CPython waits for a quarter, but has
//! a middle generation), so each long-lived container is examined a small
//! constant number of times; also when the heap limit would be passed, on
//! `gc.collect()`, and at VM teardown.
//!
//! The VM collects automatically from its housekeeping hook (every few
//! thousand instructions, at a point where the interpreter holds no
//! borrow). A collection is memory-safe anywhere (busy objects are skipped
//! and count as reachable), which is why a failing heap reservation may
//! collect from inside a native function before giving up.
//!
//! Finalizers (`__del__`) are not run, for garbage cycles or otherwise.

use alloc::rc::{Rc, Weak};
use alloc::vec;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

use super::traverse::{clear, traverse, Sink};
use super::Heap;
use crate::objects::value::PyObject;

/// Registrations between two young collections.
pub const YOUNG_THRESHOLD: usize = 5000;

/// A full collection waits for at least this many promoted survivors.
const FULL_MIN: usize = 20_000;

/// Which objects a collection looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Generation {
    /// Objects registered since the last collection.
    Young,
    /// Every tracked object.
    Full,
}

/// The collector's state in a [`Heap`].
pub struct GcState {
    /// Every tracked object, oldest first; `registry[young_start..]` is the
    /// young generation.
    registry: RefCell<Vec<Weak<PyObject>>>,
    young_start: Cell<usize>,
    /// Registrations since the last collection.
    young_count: Cell<usize>,
    /// Survivors promoted since the last full collection.
    promoted: Cell<usize>,
    /// Size of the old generation after the last full collection.
    old_size: Cell<usize>,
    /// Automatic collection on (`gc.enable()` / `gc.disable()`).
    enabled: Cell<bool>,
    /// A collection is running (no nesting).
    collecting: Cell<bool>,
    /// Unreachable objects found by all collections so far.
    pub collected: Cell<usize>,
    /// Collections run so far: `(young, full)`.
    pub runs: Cell<(usize, usize)>,
}

impl GcState {
    pub(crate) fn new() -> GcState {
        GcState {
            registry: RefCell::new(Vec::new()),
            young_start: Cell::new(0),
            young_count: Cell::new(0),
            promoted: Cell::new(0),
            old_size: Cell::new(0),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            collected: Cell::new(0),
            runs: Cell::new((0, 0)),
        }
    }

    /// Register a new container.
    #[inline]
    pub(crate) fn track(&self, obj: &Rc<PyObject>) {
        if let Ok(mut r) = self.registry.try_borrow_mut() {
            if let Ok(slot) = u32::try_from(r.len()) {
                if slot != super::UNTRACKED {
                    obj.mem.set_slot(slot);
                    r.push(Rc::downgrade(obj));
                }
            }
        }
        self.young_count.set(self.young_count.get() + 1);
    }

    /// Forget a dying container: its registry entry is emptied at once, so
    /// the `Rc` box is freed now rather than at the next sweep.
    #[inline]
    pub(crate) fn untrack(&self, slot: u32) {
        if let Ok(mut r) = self.registry.try_borrow_mut() {
            if let Some(e) = r.get_mut(slot as usize) {
                *e = Weak::new();
            }
        }
    }

    /// Automatic collection on or off.
    pub fn set_enabled(&self, on: bool) {
        self.enabled.set(on);
    }

    /// Whether automatic collection is on.
    pub fn is_enabled(&self) -> bool {
        self.enabled.get()
    }

    /// Registrations since the last collection (`gc.get_count()[0]`).
    pub fn young_count(&self) -> usize {
        self.young_count.get()
    }

    /// Entries in the registry (live or awaiting the sweep).
    pub fn registered(&self) -> usize {
        self.registry.try_borrow().map(|r| r.len()).unwrap_or(0)
    }

    /// The collection the thresholds call for now, if any.
    pub fn due(&self) -> Option<Generation> {
        if !self.enabled.get() || self.young_count.get() < YOUNG_THRESHOLD {
            return None;
        }
        if self.promoted.get() > FULL_MIN.max(self.old_size.get() / 2) {
            Some(Generation::Full)
        } else {
            Some(Generation::Young)
        }
    }

    /// The live tracked objects (for the leak report).
    pub fn live_objects(&self) -> Vec<Rc<PyObject>> {
        match self.registry.try_borrow() {
            Ok(r) => r.iter().filter_map(|w| w.upgrade()).collect(),
            Err(_) => Vec::new(),
        }
    }
}

/// Run a collection on `heap`; returns the number of unreachable objects
/// found (and freed).
pub fn collect(heap: &Heap, generation: Generation) -> usize {
    let gc = &heap.gc;
    if gc.collecting.replace(true) {
        return 0;
    }
    // 1. Upgrade the generation's entries, compacting away dead ones (their
    // entries were emptied when they died) and renumbering the live.
    let (start, objs) = match gc.registry.try_borrow_mut() {
        Ok(mut reg) => {
            let start = match generation {
                Generation::Young => gc.young_start.get().min(reg.len()),
                Generation::Full => 0,
            };
            let mut objs: Vec<Rc<PyObject>> = Vec::new();
            let mut w = start;
            for r in start..reg.len() {
                let Some(o) = reg.get(r).and_then(|e| e.upgrade()) else { continue };
                reg.swap(w, r);
                o.mem.set_slot(w as u32);
                objs.push(o);
                w += 1;
            }
            reg.truncate(w);
            (start, objs)
        }
        Err(_) => {
            gc.collecting.set(false);
            return 0;
        }
    };
    // 2–5. Find and clear the garbage (no registry borrow is held: objects
    // that die now empty their own entries).
    let reachable = trial_deletion(&objs, start);
    let mut survivors: Vec<Rc<PyObject>> = Vec::with_capacity(objs.len());
    let mut found = 0;
    for (o, live) in objs.into_iter().zip(reachable.iter()) {
        if *live {
            survivors.push(o);
        } else {
            found += 1;
            drop(o);
        }
    }
    // The survivors close ranks and become old; anything registered while
    // collecting (nothing, normally) stays young after them.
    let old_len = match gc.registry.try_borrow_mut() {
        Ok(mut reg) => {
            let end = start + reachable.len();
            let mut w = start;
            for o in &survivors {
                let from = o.mem.slot() as usize;
                if from < reg.len() {
                    reg.swap(w, from);
                    o.mem.set_slot(w as u32);
                    w += 1;
                }
            }
            let old_len = w;
            for r in end..reg.len() {
                reg.swap(w, r);
                if let Some(o) = reg.get(w).and_then(|e| e.upgrade()) {
                    o.mem.set_slot(w as u32);
                }
                w += 1;
            }
            reg.truncate(w);
            old_len
        }
        Err(_) => start,
    };
    drop(survivors);
    gc.young_start.set(old_len);
    let runs = gc.runs.get();
    match generation {
        Generation::Young => {
            gc.promoted.set(gc.promoted.get() + (old_len - start));
            gc.runs.set((runs.0 + 1, runs.1));
        }
        Generation::Full => {
            gc.promoted.set(0);
            gc.old_size.set(old_len);
            gc.runs.set((runs.0, runs.1 + 1));
        }
    }
    gc.young_count.set(0);
    gc.collected.set(gc.collected.get() + found);
    gc.collecting.set(false);
    found
}

/// Steps 2–5 on `objs`: which are reachable from outside. The others are
/// cleared (their references are dropped before this returns).
fn trial_deletion(objs: &[Rc<PyObject>], start: usize) -> Vec<bool> {
    let n = objs.len();
    if n == 0 {
        return Vec::new();
    }
    // `objs[i]` is the object in registry slot `start + i` (the caller just
    // numbered them so), which makes finding a child's index one load.
    let index = |child: &Rc<PyObject>| -> Option<usize> {
        let j = (child.mem.slot() as usize).wrapping_sub(start);
        (j < n).then_some(j)
    };
    // 2. gc_refs = strong count, less the reference `objs` itself holds.
    let mut refs: Vec<isize> = objs.iter().map(|o| Rc::strong_count(o) as isize - 1).collect();
    // 3. Subtract internal references.
    for o in objs {
        traverse(o, &mut |child| {
            if let Some(j) = index(child) {
                if let Some(r) = refs.get_mut(j) {
                    *r -= 1;
                }
            }
        });
    }
    // 4. Propagate reachability from objects referenced from outside.
    let mut reachable = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    for (i, (r, m)) in refs.iter().zip(reachable.iter_mut()).enumerate() {
        if *r > 0 {
            *m = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        if let Some(o) = objs.get(i) {
            traverse(o, &mut |child| {
                if let Some(j) = index(child) {
                    if let Some(m) = reachable.get_mut(j) {
                        if !*m {
                            *m = true;
                            stack.push(j);
                        }
                    }
                }
            });
        }
    }
    // Re-measure the survivors exactly; 5. clear the garbage.
    let mut sink = Sink::default();
    for (o, live) in objs.iter().zip(reachable.iter()) {
        if *live {
            super::remeasure(o);
        } else {
            clear(o, &mut sink);
        }
    }
    drop(sink);
    reachable
}

/// The periodic hook: run the collection the thresholds call for, and turn
/// an exceeded heap limit into `MemoryError` after a full collection.
pub fn housekeeping(heap: &Heap) -> crate::objects::PyResult<()> {
    if heap.take_over() {
        collect(heap, Generation::Full);
        heap.settle();
        if heap.is_over() {
            return Err(heap.raise());
        }
        return Ok(());
    }
    heap.settle();
    if let Some(g) = heap.gc.due() {
        collect(heap, g);
    }
    Ok(())
}
