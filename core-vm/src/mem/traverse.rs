//! What the cycle collector needs to know about each object kind: whether it
//! can be part of a reference cycle ([`needs_tracking`]), which objects it
//! references ([`traverse`]), and how to drop those references to break a
//! cycle ([`clear`]).
//!
//! `traverse` reports exactly the strong references an object *owns*, each
//! once per owned `Rc`: the collector subtracts one from the referent's
//! count per report, so reporting a reference the object does not own would
//! make a live object look unreachable. References held through something
//! that is not a heap object (a `Rc<Code>`'s constants, an interpreter frame
//! on the Rust stack, a `PyErr` in flight) are never reported: to the
//! collector they are references from outside, which is always safe.
//!
//! `clear` takes the mutable references out of a garbage object (list
//! slots, dict entries, cell contents, a generator's frame, ...) into a
//! [`Sink`] that the collector drops once every garbage object is cleared.
//! Every reference cycle between `Rc`s passes through interior mutability
//! (a `RefCell`), so clearing the mutable parts of the garbage breaks every
//! cycle; immutable parts (a tuple's items, a bound method's pair) are freed
//! by ordinary reference counting afterwards.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::interp::frame::Frame;
use crate::objects::iter::IterState;
use crate::objects::value::{Kind, Obj, PyObject};
use crate::objects::{Dict, SetTable, Value};

/// True if an object of this kind may take part in a reference cycle and
/// so must be registered with the collector. Immutable holders (tuples,
/// frozensets, slices, bound built-ins) only need it when they hold a
/// tracked object: a tuple of strings can never be on a cycle.
#[inline]
pub fn needs_tracking(kind: &Kind) -> bool {
    match kind {
        k if references_nothing(k) => false,
        Kind::Tuple(items) => items.iter().any(is_tracked),
        Kind::Slice(items) => items.iter().any(is_tracked),
        Kind::FrozenSet(s) => s.iter().any(is_tracked),
        Kind::Native(n) => n.bound.as_ref().is_some_and(is_tracked),
        _ => true,
    }
}

/// True for kinds whose objects reference no other object (numbers,
/// strings, bytes, ranges, code, the singletons): the one list the
/// collector and the teardown of deep structures share.
#[inline]
pub fn references_nothing(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Int(_)
            | Kind::Float(_)
            | Kind::Str(_)
            | Kind::Bytes(_)
            | Kind::Range(_)
            | Kind::BigRange(_)
            | Kind::Code(_)
            | Kind::NotImplemented
            | Kind::Ellipsis
    )
}

/// True if `v` is an object the collector tracks.
#[inline]
fn is_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.mem.is_tracked(),
        _ => false,
    }
}

/// Call `visit` on every object `obj` references (see the module doc).
/// Returns false when part of the object was busy (mutably borrowed) and
/// could not be read: its references then count as coming from outside.
#[inline]
pub fn traverse<F: FnMut(&Obj)>(obj: &PyObject, visit: &mut F) -> bool {
    let mut complete = true;
    let v = visit;
    // Exhaustive on purpose: a new kind must say what it references.
    match &obj.kind {
        Kind::Int(_)
        | Kind::Float(_)
        | Kind::Str(_)
        | Kind::Bytes(_)
        | Kind::Range(_)
        | Kind::BigRange(_)
        | Kind::Code(_)
        | Kind::NotImplemented
        | Kind::Ellipsis => {}
        Kind::List(l) => match l.try_borrow() {
            Ok(l) => all(v, l.iter()),
            Err(_) => complete = false,
        },
        Kind::Tuple(t) => all(v, t.iter()),
        Kind::Slice(s) => all(v, s.iter()),
        Kind::Dict(d) => match d.try_borrow() {
            Ok(d) => dict(v, &d),
            Err(_) => complete = false,
        },
        Kind::Set(s) => match s.try_borrow() {
            Ok(s) => all(v, s.iter()),
            Err(_) => complete = false,
        },
        Kind::FrozenSet(s) => all(v, s.iter()),
        Kind::Function(f) => {
            v(&f.globals);
            f.closure.iter().for_each(|c| v(c));
            complete &= f.defaults.try_borrow().map(|d| all(v, d.iter())).is_ok();
            complete &= f.kwdefaults.try_borrow().map(|d| all(v, d.iter().map(|(_, x)| x))).is_ok();
            complete &= f.dict.try_borrow().map(|d| dict(v, &d)).is_ok();
            complete &= f.doc.try_borrow().map(|d| val(v, &d)).is_ok();
            val(v, &f.module);
        }
        Kind::Native(n) => {
            if let Some(b) = &n.bound {
                val(v, b);
            }
        }
        Kind::Method(m) => {
            val(v, &m.0);
            val(v, &m.1);
        }
        Kind::Type(t) => {
            t.bases.iter().for_each(|b| v(b));
            t.mro_rest.iter().for_each(|b| v(b));
            complete &= t.dict.try_borrow().map(|d| dict(v, &d)).is_ok();
        }
        Kind::Instance(i) => {
            complete &= i.class.try_borrow().map(|c| v(&c)).is_ok();
            complete &= i.attrs.try_borrow().map(|a| all(v, a.values.iter())).is_ok();
            if let Some(d) = i.dict.get() {
                v(d);
            }
        }
        Kind::Exception(e) => {
            v(&e.class);
            complete &= e.args.try_borrow().map(|a| val(v, &a)).is_ok();
            complete &= e.dict.try_borrow().map(|d| dict(v, &d)).is_ok();
            complete &= e.cause.try_borrow().map(|c| val(v, &c)).is_ok();
            complete &= e.context.try_borrow().map(|c| val(v, &c)).is_ok();
        }
        Kind::Module(m) => v(&m.globals),
        Kind::Cell(c) => complete &= c.try_borrow().map(|c| val(v, &c)).is_ok(),
        Kind::Generator(g) => match g.try_borrow() {
            Ok(g) => {
                if let Some(f) = &g.frame {
                    frame(v, f);
                }
                val(v, &g.exc_state);
            }
            Err(_) => complete = false,
        },
        Kind::Property(p) => all(v, p.iter()),
        Kind::StaticMethod(x) | Kind::ClassMethod(x) | Kind::DictView(x, _) => val(v, x),
        Kind::Super(s) => {
            v(&s.0);
            val(v, &s.1);
        }
        Kind::Iter(it) => match it.try_borrow() {
            Ok(it) => iter_state(v, &it),
            Err(_) => complete = false,
        },
        Kind::NativeData(d) => match d.try_borrow() {
            Ok(d) => d.traverse(&mut |x: &Value| val(v, x)),
            Err(_) => complete = false,
        },
    }
    if let Some(ext) = &obj.ext {
        v(&ext.class);
        v(&ext.dict);
    }
    complete
}

#[inline]
fn val<F: FnMut(&Obj)>(visit: &mut F, v: &Value) {
    if let Value::Obj(o) = v {
        visit(o);
    }
}

fn all<'a, F: FnMut(&Obj)>(visit: &mut F, items: impl Iterator<Item = &'a Value>) {
    for v in items {
        val(visit, v);
    }
}

fn dict<F: FnMut(&Obj)>(visit: &mut F, d: &Dict) {
    for e in d.iter() {
        val(visit, &e.key);
        val(visit, &e.value);
    }
}

fn frame<F: FnMut(&Obj)>(visit: &mut F, f: &Frame) {
    all(visit, f.locals.iter());
    visit(&f.globals);
    if let Some(func) = &f.func {
        visit(func);
    }
    if let Some(l) = &f.locals_dict {
        val(visit, l);
    }
}

fn iter_state<F: FnMut(&Obj)>(visit: &mut F, it: &IterState) {
    let v = visit;
    match it {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => val(v, seq),
        IterState::Dict { dict, .. } => val(v, dict),
        IterState::Set { set, .. } => val(v, set),
        IterState::Enumerate { it, count } => {
            val(v, it);
            val(v, count);
        }
        IterState::Zip { iters } => all(v, iters.iter()),
        IterState::Map { func, iters } => {
            val(v, func);
            all(v, iters.iter());
        }
        IterState::Filter { func, it } => {
            val(v, func);
            val(v, it);
        }
        IterState::Call { func, sentinel } => {
            val(v, func);
            val(v, sentinel);
        }
        IterState::GetItem { obj, .. } => val(v, obj),
        IterState::Range { .. } | IterState::Done(_) => {}
    }
}

/// References taken out of garbage objects, dropped by the collector once
/// every garbage object is cleared (so no object is freed while another is
/// still being cleared).
#[derive(Default)]
pub struct Sink {
    pub values: Vec<Value>,
    pub vecs: Vec<Vec<Value>>,
    pub dicts: Vec<Dict>,
    pub sets: Vec<SetTable>,
    pub frames: Vec<Box<Frame>>,
    pub iters: Vec<IterState>,
    pub kwdefaults: Vec<Vec<(alloc::rc::Rc<str>, Value)>>,
}

/// Take the mutable references out of garbage object `obj` (see the module
/// doc). Parts that are busy are left alone.
pub fn clear(obj: &PyObject, sink: &mut Sink) {
    use core::mem::take;
    match &obj.kind {
        Kind::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                sink.vecs.push(take(&mut *l));
            }
        }
        Kind::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                sink.dicts.push(take(&mut *d));
            }
        }
        Kind::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                sink.sets.push(take(&mut *s));
            }
        }
        Kind::Function(f) => {
            if let Ok(mut d) = f.defaults.try_borrow_mut() {
                sink.vecs.push(take(&mut *d));
            }
            if let Ok(mut d) = f.kwdefaults.try_borrow_mut() {
                sink.kwdefaults.push(take(&mut *d));
            }
            if let Ok(mut d) = f.dict.try_borrow_mut() {
                sink.dicts.push(take(&mut *d));
            }
            if let Ok(mut d) = f.doc.try_borrow_mut() {
                sink.values.push(take(&mut *d));
            }
        }
        Kind::Type(t) => {
            if let Ok(mut d) = t.dict.try_borrow_mut() {
                sink.dicts.push(take(&mut *d));
            }
        }
        Kind::Exception(e) => {
            for cell in [&e.args, &e.cause, &e.context] {
                if let Ok(mut v) = cell.try_borrow_mut() {
                    sink.values.push(take(&mut *v));
                }
            }
            if let Ok(mut d) = e.dict.try_borrow_mut() {
                sink.dicts.push(take(&mut *d));
            }
        }
        Kind::Cell(c) => {
            if let Ok(mut v) = c.try_borrow_mut() {
                sink.values.push(core::mem::replace(&mut *v, Value::Null));
            }
        }
        Kind::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                if let Some(f) = g.frame.take() {
                    sink.frames.push(f);
                }
                sink.values.push(take(&mut g.exc_state));
            }
        }
        Kind::Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                let name = it.type_name();
                sink.iters.push(core::mem::replace(&mut *it, IterState::Done(name)));
            }
        }
        Kind::NativeData(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                d.clear(&mut sink.values);
            }
        }
        Kind::Instance(i) => {
            // The in-line attributes go (the shape with them: the instance
            // is left without attributes).
            if let Ok(mut a) = i.attrs.try_borrow_mut() {
                a.shape = None;
                sink.values.append(&mut a.values);
            }
        }
        _ => {}
    }
}
