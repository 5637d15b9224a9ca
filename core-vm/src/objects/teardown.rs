//! Destroying objects without deep recursion.
//!
//! Dropping an `Rc<PyObject>` drops what it holds, so freeing a long chain
//! (a linked list of instances, a list nested 100 000 deep, a chain of
//! exception contexts or of generators) would recurse once per level on the
//! host stack and overflow a small one. This is CPython's "trashcan":
//! containers are freed recursively (the cheap, usual case) while fewer
//! than [`RECURSE`] frees are nested; deeper than that, `PyObject`'s `Drop`
//! moves every container it solely owns out into a work list and frees them
//! one after the other, each handing its own solely-owned containers to the
//! same list. The host stack stays bounded whatever the shape of the
//! garbage.
//!
//! Only objects whose last reference is being dropped (strong count 1) are
//! moved, so nothing still reachable is touched. Leaves (strings, ints,
//! code, ...) are freed in place: they hold no objects. Kinds that never
//! form long chains in practice (types, modules, native data) are freed the
//! ordinary way.
//!
//! The nesting count is per thread with the `std` feature and global
//! without it (a `no_std` build runs VM code on one hardware thread at a
//! time, see `mem`).

use alloc::vec::Vec;

use super::iter::IterState;
use super::value::{Kind, Obj, PyObject, Value};

/// Frees nested inside one another before the rest of a structure is freed
/// iteratively (each costs a few hundred bytes of host stack).
const RECURSE: u32 = 32;

mod depth {
    #[cfg(feature = "std")]
    std::thread_local! {
        static DEPTH: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
    }

    #[cfg(feature = "std")]
    #[inline]
    pub fn get() -> u32 {
        DEPTH.with(|d| d.get())
    }

    #[cfg(feature = "std")]
    #[inline]
    pub fn set(v: u32) {
        DEPTH.with(|d| d.set(v))
    }

    #[cfg(not(feature = "std"))]
    static DEPTH: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(0);

    #[cfg(not(feature = "std"))]
    #[inline]
    pub fn get() -> u32 {
        DEPTH.load(core::sync::atomic::Ordering::Relaxed)
    }

    #[cfg(not(feature = "std"))]
    #[inline]
    pub fn set(v: u32) {
        DEPTH.store(v, core::sync::atomic::Ordering::Relaxed)
    }
}

impl Drop for PyObject {
    fn drop(&mut self) {
        if !holds_objects(&self.kind) && self.ext.is_none() {
            return;
        }
        let d = depth::get();
        if d < RECURSE {
            // Free the contents here, counted, rather than in the drop glue
            // after this returns.
            depth::set(d + 1);
            drop(core::mem::replace(&mut self.kind, Kind::NotImplemented));
            drop(self.ext.take());
            depth::set(d);
            return;
        }
        // Deep: free this structure iteratively.
        let mut work: Vec<Value> = Vec::new();
        detach(self, &mut work);
        while let Some(v) = work.pop() {
            if let Value::Obj(o) = v {
                if let Ok(mut obj) = alloc::rc::Rc::try_unwrap(o) {
                    detach(&mut obj, &mut work);
                    // `obj` is freed here; what it still holds are leaves or
                    // objects shared with someone else.
                }
            }
        }
    }
}

/// True for kinds that hold references to other objects (and so may head a
/// long chain).
fn holds_objects(kind: &Kind) -> bool {
    // A bound built-in holds at most its receiver: never a long chain.
    !crate::mem::traverse::references_nothing(kind) && !matches!(kind, Kind::Native(_))
}

/// Move `v` to `work` if it is a container nobody else holds.
#[inline]
fn take(v: &mut Value, work: &mut Vec<Value>) {
    if let Value::Obj(o) = v {
        if alloc::rc::Rc::strong_count(o) == 1 && holds_objects(&o.kind) {
            work.push(core::mem::replace(v, Value::None));
        }
    }
}

fn take_all<'a>(vs: impl Iterator<Item = &'a mut Value>, work: &mut Vec<Value>) {
    for v in vs {
        take(v, work);
    }
}

/// For an object held through an `Obj` field (an instance's `__dict__`, a
/// closure cell) that nobody else holds: move out what *it* holds. Its
/// mutable kinds are behind `RefCell`s, so a shared reference is enough.
fn detach_shared(o: &Obj, work: &mut Vec<Value>) {
    if alloc::rc::Rc::strong_count(o) != 1 {
        return;
    }
    match &o.kind {
        Kind::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                take_dict(&mut d, work);
            }
        }
        Kind::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                take(&mut c, work);
            }
        }
        Kind::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                take_all(l.iter_mut(), work);
            }
        }
        _ => {}
    }
}

fn take_dict(d: &mut super::Dict, work: &mut Vec<Value>) {
    for pos in 0..d.capacity_positions() {
        if let Some(e) = d.entry_at_mut(pos) {
            take(&mut e.key, work);
            take(&mut e.value, work);
        }
    }
}

/// Move the containers `obj` solely owns to `work`.
fn detach(obj: &mut PyObject, work: &mut Vec<Value>) {
    if let Some(ext) = &obj.ext {
        detach_shared(&ext.dict, work);
    }
    match &mut obj.kind {
        Kind::List(l) => take_all(l.get_mut().iter_mut(), work),
        Kind::Tuple(t) => take_all(t.iter_mut(), work),
        Kind::Dict(d) => take_dict(d.get_mut(), work),
        Kind::Set(s) => take_all(s.get_mut().keys_mut(), work),
        Kind::FrozenSet(s) => take_all(s.keys_mut(), work),
        Kind::Slice(s) => take_all(s.iter_mut(), work),
        Kind::Property(p) => take_all(p.iter_mut(), work),
        Kind::Method(m) => {
            take(&mut m.0, work);
            take(&mut m.1, work);
        }
        Kind::StaticMethod(v) | Kind::ClassMethod(v) | Kind::DictView(v, _) => take(v, work),
        Kind::Cell(c) => take(c.get_mut(), work),
        Kind::Super(s) => take(&mut s.1, work),
        Kind::Instance(i) => {
            take_all(i.attrs.get_mut().values.iter_mut(), work);
            if let Some(d) = i.dict.get() {
                detach_shared(d, work);
            }
        }
        Kind::Function(f) => {
            take_all(f.defaults.get_mut().iter_mut(), work);
            take_all(f.kwdefaults.get_mut().iter_mut().map(|(_, v)| v), work);
            take_dict(f.dict.get_mut(), work);
            for c in &f.closure {
                detach_shared(c, work);
            }
        }
        Kind::Exception(e) => {
            take(e.args.get_mut(), work);
            take(e.cause.get_mut(), work);
            take(e.context.get_mut(), work);
            take_dict(e.dict.get_mut(), work);
        }
        Kind::Generator(g) => {
            let g = g.get_mut();
            take(&mut g.exc_state, work);
            if let Some(f) = g.frame.as_mut() {
                take_all(f.locals.iter_mut(), work);
                if let Some(v) = f.locals_dict.as_mut() {
                    take(v, work);
                }
            }
        }
        Kind::Iter(it) => match it.get_mut() {
            IterState::Seq { seq: v, .. }
            | IterState::Dict { dict: v, .. }
            | IterState::Set { set: v, .. }
            | IterState::Reversed { seq: v, .. }
            | IterState::GetItem { obj: v, .. } => take(v, work),
            IterState::Enumerate { it, count } => {
                take(it, work);
                take(count, work);
            }
            IterState::Zip { iters } => take_all(iters.iter_mut(), work),
            IterState::Map { func, iters } => {
                take(func, work);
                take_all(iters.iter_mut(), work);
            }
            IterState::Filter { func, it } => {
                take(func, work);
                take(it, work);
            }
            IterState::Call { func, sentinel } => {
                take(func, work);
                take(sentinel, work);
            }
            IterState::Range { .. } | IterState::Done(_) => {}
        },
        _ => {}
    }
}
