//! Inline caches of the specializing interpreter.
//!
//! Every instruction of a code object has one [`InlineCache`] (in
//! [`super::Code::caches`], indexed like the instructions). A *generic*
//! instruction that can be specialized counts its executions in
//! `counter`; when the counter runs out, the specializer (in
//! `crate::interp::specialize`) looks at the operands, rewrites the
//! instruction in place to a specialized form and fills the cache with what
//! that form's guards check (a type version, a dict version, a shape, an
//! entry index). When a guard of the specialized form fails, the
//! instruction is rewritten back to the generic form and waits an
//! exponentially growing number of executions before trying again.
//!
//! The cache holds no strong references: every cached pointer is guarded by
//! a version that changes if the object it points into could have changed.

use alloc::rc::{Rc, Weak};
use core::cell::Cell;

use crate::objects::value::PyObject;

/// Executions of a generic instruction before the first specialization attempt.
pub const WARMUP: u16 = 8;

/// The largest backoff exponent (waits of up to 2^12 executions).
const MAX_BACKOFF: u16 = 12;

/// Type versions a polymorphic attribute or method site accepts besides
/// [`InlineCache::type_version`].
pub const MORE_TYPES: usize = 3;

/// The per-instruction cache.
#[derive(Debug, Default)]
pub struct InlineCache {
    /// Executions left before the next specialization attempt.
    pub counter: Cell<u16>,
    /// Exponent of the current backoff (grows with each failure).
    pub backoff: Cell<u16>,
    /// A type version (attribute and method caches).
    pub type_version: Cell<u32>,
    /// More type versions the same specialization holds for (0: unused):
    /// a site that sees instances of several classes with the same shape
    /// and the same answer (subclasses initialised by a shared `__init__`,
    /// methods inherited from a shared base) stays specialized.
    pub more_types: [Cell<u32>; MORE_TYPES],
    /// More instance shapes the same specialization holds for (0: unused):
    /// subclasses that add attributes of their own after a shared
    /// `__init__` have different shapes with the same position for the
    /// shared attributes. Types and shapes are checked independently: each
    /// was validated on its own (the class has no descriptor for the name;
    /// the shape has the name at `index`, or lacks it for method loads).
    pub more_shapes: [Cell<u64>; MORE_TYPES],
    /// For instance-value loads and stores: the entry position in each of
    /// `more_shapes` (a shape fixes every attribute's position, so a site
    /// whose receivers keep the attribute at different positions stays
    /// specialized, each shape with its own).
    pub more_indices: [Cell<u32>; MORE_TYPES],
    /// Set when some shape of `more_shapes` has its attribute at another
    /// position than `index` (only then do bodies look the position up).
    pub mixed_indices: Cell<bool>,
    /// For method loads: the method found for each of `more_types` (a
    /// method call site whose receivers' classes override the method
    /// stays specialized, each class with its own method).
    pub more_methods: [WeakSlot; MORE_TYPES],
    /// An instance-dict shape, or a second dict's version.
    pub shape: Cell<u64>,
    /// A dict version (global, builtin and module-attribute caches).
    pub dict_version: Cell<u64>,
    /// A dense entry index into a dict.
    pub index: Cell<u32>,
    /// The class attribute a method load found (weak: the class owns it;
    /// the type-version guard says it is still the right one).
    pub method: WeakSlot,
}

/// A weak reference to an object, read on hot paths without a borrow flag
/// (a `RefCell<Weak>` cost a flag test, increment and decrement around
/// every read).
#[derive(Default)]
pub struct WeakSlot(Cell<Weak<PyObject>>);

impl core::fmt::Debug for WeakSlot {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(if self.get().is_some() { "WeakSlot(live)" } else { "WeakSlot(dead)" })
    }
}

impl WeakSlot {
    /// The object, if it is still alive.
    #[inline(always)]
    pub fn get(&self) -> Option<Rc<PyObject>> {
        // SAFETY: the shared reference to the cell's contents lives only
        // for the `upgrade`, which runs no other code and so cannot reach
        // this cell to replace it; `Cell` is not `Sync`, so no other thread
        // can either.
        unsafe { (*self.0.as_ptr()).upgrade() }
    }

    /// Point at `o` (weakly).
    pub fn set(&self, o: &Rc<PyObject>) {
        drop(self.0.replace(Rc::downgrade(o)));
    }

    /// Point at nothing.
    pub fn clear(&self) {
        drop(self.0.take());
    }

    /// A copy of the handle (possibly dead).
    pub fn weak(&self) -> Weak<PyObject> {
        // SAFETY: as in `get`: `Weak::clone` only bumps the weak count.
        unsafe { (*self.0.as_ptr()).clone() }
    }

    /// Point where `w` points.
    pub fn set_weak(&self, w: Weak<PyObject>) {
        drop(self.0.replace(w));
    }

    /// True if both point at the same object (or both at none).
    pub fn same(&self, other: &WeakSlot) -> bool {
        // SAFETY: as in `get`: `ptr_eq` only compares addresses.
        unsafe { Weak::ptr_eq(&*self.0.as_ptr(), &*other.0.as_ptr()) }
    }
}

impl InlineCache {
    /// A fresh cache: warm up before the first attempt.
    pub fn new() -> InlineCache {
        let c = InlineCache::default();
        c.counter.set(WARMUP);
        c
    }

    /// Count one execution of the generic form; true when it is time to
    /// try specializing.
    #[inline(always)]
    pub fn tick(&self) -> bool {
        let n = self.counter.get();
        if n == 0 {
            return true;
        }
        self.counter.set(n - 1);
        false
    }

    /// A specialization attempt failed, or a specialized form was dropped:
    /// wait longer before the next attempt.
    pub fn back_off(&self) {
        let b = (self.backoff.get() + 1).min(MAX_BACKOFF);
        self.backoff.set(b);
        self.counter.set((1u16 << b) - 1);
    }

    /// The cached method, if it is still alive.
    #[inline(always)]
    pub fn method(&self) -> Option<Rc<PyObject>> {
        self.method.get()
    }

    /// Where `version` is among the type versions this cache holds for: 0
    /// for `type_version`, `1 + i` for `more_types[i]` (`None` for the
    /// unversioned 0).
    #[inline(always)]
    pub fn type_slot(&self, version: u32) -> Option<usize> {
        if version == 0 {
            return None;
        }
        if version == self.type_version.get() {
            return Some(0);
        }
        self.more_types.iter().position(|t| t.get() == version).map(|i| i + 1)
    }

    /// The method cached for the class in type slot `slot` (see
    /// [`InlineCache::type_slot`]).
    #[inline(always)]
    pub fn method_in_slot(&self, slot: usize) -> Option<Rc<PyObject>> {
        match slot.checked_sub(1) {
            None => self.method.get(),
            Some(i) => self.more_methods.get(i)?.get(),
        }
    }

    /// The cached method for receivers of class version `version`: the
    /// main one, or the one a widening recorded with that version.
    #[inline(always)]
    pub fn method_for(&self, version: u32) -> Option<Rc<PyObject>> {
        self.method_in_slot(self.type_slot(version)?)
    }

    /// True if the site has been widened to more classes.
    #[inline(always)]
    pub fn is_widened(&self) -> bool {
        self.more_types[0].get() != 0
    }

    /// Cache a method.
    pub fn set_method(&self, m: &Rc<PyObject>) {
        self.method.set(m);
    }

    /// The cached method handle (possibly dead), for copying into a
    /// widened slot.
    pub fn method_weak(&self) -> Weak<PyObject> {
        self.method.weak()
    }

    /// A specialization succeeded: the next de-specialization starts the
    /// backoff again from its current exponent.
    pub fn specialized(&self) {
        self.counter.set(WARMUP);
        self.forget_more_types();
    }

    /// True if `version` is one of the type versions this cache holds for.
    #[inline(always)]
    pub fn holds_for_type(&self, version: u32) -> bool {
        self.type_slot(version).is_some()
    }

    /// The entry position for instances of `shape` (the main index, or
    /// the one a widening recorded with that shape).
    #[inline(always)]
    pub fn index_for_shape(&self, shape: u64) -> u32 {
        if shape == self.shape.get() {
            return self.index.get();
        }
        match self.more_shapes.iter().position(|s| s.get() == shape && shape != 0) {
            Some(i) => self.more_indices[i].get(),
            None => u32::MAX,
        }
    }

    /// True if `shape` is one of the instance shapes this cache holds for.
    #[inline(always)]
    pub fn holds_for_shape(&self, shape: u64) -> bool {
        shape != 0 && (shape == self.shape.get() || self.more_shapes.iter().any(|s| s.get() == shape))
    }

    /// Drop the extra type versions and shapes (the specialization they
    /// widened is being replaced).
    pub fn forget_more_types(&self) {
        for t in &self.more_types {
            t.set(0);
        }
        for s in &self.more_shapes {
            s.set(0);
        }
        for i in &self.more_indices {
            i.set(0);
        }
        self.mixed_indices.set(false);
        for m in &self.more_methods {
            m.clear();
        }
    }

    /// True if both caches hold the same method (or none).
    pub fn same_method(&self, other: &InlineCache) -> bool {
        self.method.same(&other.method)
    }
}
