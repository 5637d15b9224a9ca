//! Iteration: `iter()`, `next()`, and helpers that drain an iterable.

use alloc::format;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::interp::generator::GenStep;
use crate::objects::iter::IterState;
use crate::objects::value::{Kind, ViewKind};
use crate::objects::{ExcKind, PyErr, PyResult, Value};

use super::Vm;

fn new_iter(state: IterState) -> Value {
    Value::new_obj(Kind::Iter(RefCell::new(state)))
}

/// At most this many emptied iterators wait in [`Vm::iter_pool`].
const ITER_POOL_MAX: usize = 32;

impl Vm {
    /// `iter(seq)` for an exact list or tuple `seq`, which the iterator
    /// takes over (no reference taken and dropped).
    #[inline]
    pub fn sequence_iter(&mut self, seq: Value) -> Value {
        self.pooled_iter(IterState::Seq { seq, index: 0 })
    }

    /// An iterator object with `state`: one from the pool of finished
    /// loops' iterators when there is one (no allocation, no collector
    /// registration), else a new one.
    #[inline]
    fn pooled_iter(&mut self, state: IterState) -> Value {
        let Some(o) = self.iter_pool.pop() else { return new_iter(state) };
        let reused = match &o.kind {
            Kind::Iter(cell) => match cell.try_borrow_mut() {
                Ok(mut slot) => {
                    // Pooled iterators are `Done`, which owns nothing:
                    // forgetting it skips the drop glue.
                    core::mem::forget(core::mem::replace(&mut *slot, state));
                    None
                }
                Err(_) => Some(state),
            },
            _ => Some(state),
        };
        match reused {
            None => Value::Obj(o),
            Some(state) => new_iter(state),
        }
    }

    /// A `for` loop is done with iterator `it`: if nobody else holds it and
    /// it is a built-in sequence or range iterator, empty it (letting go of
    /// its sequence) and keep the object for the next `iter()`, as
    /// CPython's free lists keep objects; otherwise just drop it.
    #[inline]
    pub fn recycle_iter(&mut self, it: Value) {
        match it {
            Value::Obj(o) if alloc::rc::Rc::strong_count(&o) == 1 => self.pool_iter(o),
            other => drop(other),
        }
    }

    /// The pooling half of [`Vm::recycle_iter`], out of line: `o` is held
    /// only by the caller.
    #[inline(never)]
    fn pool_iter(&mut self, o: crate::objects::Obj) {
        if self.iter_pool.len() >= ITER_POOL_MAX || o.ext.is_some() {
            return drop(o);
        }
        let emptied = match &o.kind {
            Kind::Iter(cell) => match cell.try_borrow_mut() {
                Ok(mut s) if matches!(*s, IterState::Seq { .. } | IterState::Range { .. } | IterState::Done(_)) => {
                    Some(core::mem::replace(&mut *s, IterState::Done("iterator")))
                }
                _ => None,
            },
            _ => None,
        };
        match emptied {
            Some(state) => {
                self.iter_pool.push(o);
                drop(state);
            }
            None => drop(o),
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if self.has_user_class(v) {
            if let Some(f) = self.user_dunder(v, "__iter__") {
                let it = self.call_method_value(&f, v, &[])?;
                if !self.is_iterator(&it) {
                    return Err(PyErr::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&it)
                    )));
                }
                return Ok(it);
            }
            let native_iterable = matches!(
                v.kind(),
                Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Dict(_) | Kind::Set(_) | Kind::FrozenSet(_))
            );
            if !native_iterable && self.user_dunder(v, "__getitem__").is_some() {
                return Ok(new_iter(IterState::GetItem { obj: v.clone(), index: 0 }));
            }
        }
        let Some(kind) = v.kind() else {
            return Err(self.not_iterable(v));
        };
        Ok(match kind {
            Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_) => {
                self.pooled_iter(IterState::Seq { seq: v.clone(), index: 0 })
            }
            Kind::Range(r) => self.pooled_iter(IterState::Range { next: r.start, step: r.step, remaining: r.len() }),
            Kind::BigRange(_) => new_iter(IterState::GetItem { obj: v.clone(), index: 0 }),
            Kind::Dict(d) => {
                let version = d.borrow().version();
                new_iter(IterState::Dict { dict: v.clone(), pos: 0, version, kind: ViewKind::Keys })
            }
            Kind::DictView(d, vk) => {
                let version = match d.kind() {
                    Some(Kind::Dict(dd)) => dd.borrow().version(),
                    _ => 0,
                };
                new_iter(IterState::Dict { dict: d.clone(), pos: 0, version, kind: *vk })
            }
            Kind::Set(s) => {
                let len = s.borrow().len();
                new_iter(IterState::Set { set: v.clone(), pos: 0, len })
            }
            Kind::FrozenSet(s) => new_iter(IterState::Set { set: v.clone(), pos: 0, len: s.len() }),
            Kind::Iter(_) | Kind::Generator(_) => v.clone(),
            _ => {
                let cls = self.type_of(v);
                if let Some(f) = crate::objects::types::lookup(&cls, "__iter__") {
                    return self.call_method_value(&f, v, &[]);
                }
                return Err(self.not_iterable(v));
            }
        })
    }

    fn not_iterable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// True if `iter(v)` would succeed.
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v.kind() {
            Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_) | Kind::Range(_) | Kind::BigRange(_) | Kind::Dict(_))
            | Some(Kind::DictView(..) | Kind::Set(_) | Kind::FrozenSet(_) | Kind::Iter(_) | Kind::Generator(_)) => true,
            Some(_) => self.class_has(v, "__iter__") || self.class_has(v, "__getitem__"),
            None => false,
        }
    }

    /// True if `v` is an iterator (has `__next__`).
    pub fn is_iterator(&self, v: &Value) -> bool {
        matches!(v.kind(), Some(Kind::Iter(_) | Kind::Generator(_))) || self.class_has(v, "__next__")
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.next_with_value(it)? {
            Ok(v) => Ok(Some(v)),
            Err(_) => Ok(None),
        }
    }

    /// `next(it)`, distinguishing exhaustion with its return value
    /// (`StopIteration.value`, or a generator's `return` value).
    pub fn next_with_value(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        let Some(kind) = it.kind() else {
            return Err(self.not_an_iterator(it));
        };
        match kind {
            Kind::Iter(state) => {
                // Native loops (`sum(range(10 ** 18))`, `list(it)`, ...)
                // run no instructions: each item is charged to the budget.
                self.tick()?;
                self.next_builtin(state).map(|o| o.ok_or(Value::None))
            }
            Kind::Generator(_) => match self.gen_resume(it, Value::None, None)? {
                GenStep::Yield(v) => Ok(Ok(v)),
                GenStep::Return(r) => Ok(Err(r)),
            },
            _ => {
                let cls = self.type_of(it);
                let Some(f) = crate::objects::types::lookup(&cls, "__next__") else {
                    return Err(self.not_an_iterator(it));
                };
                match self.call_method_value(&f, it, &[]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                        let exc = self.materialize(e);
                        let v = self.get_attr(&exc, "value").unwrap_or(Value::None);
                        Ok(Err(v))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn not_an_iterator(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not an iterator", self.type_name(v)))
    }

    fn next_builtin(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        // Fast paths first; anything that may call Python code releases the
        // borrow before calling.
        let mut st = cell.try_borrow_mut().map_err(|_| PyErr::value_error("generator already executing"))?;
        match &mut *st {
            IterState::Range { next, step, remaining } => {
                Ok(crate::objects::iter::range_step(next, *step, remaining).map(Value::Int))
            }
            IterState::Seq { seq, index } => {
                let i = *index;
                let r = match seq.kind() {
                    Some(Kind::List(l)) => l.borrow().get(i).cloned(),
                    Some(Kind::Tuple(t)) => t.get(i).cloned(),
                    Some(Kind::Str(s)) => s.char_at(i).map(|c| {
                        let mut b = [0u8; 4];
                        Value::str(c.encode_utf8(&mut b))
                    }),
                    Some(Kind::Bytes(b)) => b.get(i).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *index = i + 1;
                        Ok(Some(v))
                    }
                    None => {
                        let name = st.type_name();
                        *st = IterState::Done(name);
                        Ok(None)
                    }
                }
            }
            IterState::Dict { dict, pos, version, kind } => {
                let Some(Kind::Dict(d)) = dict.kind() else { return Ok(None) };
                let d = d.borrow();
                if d.version() != *version {
                    *version = d.version();
                    return Err(PyErr::runtime("dictionary changed size during iteration"));
                }
                while *pos < d.capacity_positions() {
                    let p = *pos;
                    *pos += 1;
                    if let Some(e) = d.entry_at(p) {
                        return Ok(Some(match kind {
                            ViewKind::Keys => e.key.clone(),
                            ViewKind::Values => e.value.clone(),
                            ViewKind::Items => Value::tuple(alloc::vec![e.key.clone(), e.value.clone()]),
                        }));
                    }
                }
                Ok(None)
            }
            IterState::Set { set, pos, len } => {
                let (slots, cur_len) = match set.kind() {
                    Some(Kind::Set(s)) => {
                        let s = s.borrow();
                        (s.slots(), s.len())
                    }
                    Some(Kind::FrozenSet(s)) => (s.slots(), s.len()),
                    _ => return Ok(None),
                };
                if cur_len != *len {
                    *len = usize::MAX;
                    return Err(PyErr::runtime("Set changed size during iteration"));
                }
                while *pos < slots {
                    let p = *pos;
                    *pos += 1;
                    let v = match set.kind() {
                        Some(Kind::Set(s)) => s.borrow().slot(p).cloned(),
                        Some(Kind::FrozenSet(s)) => s.slot(p).cloned(),
                        _ => None,
                    };
                    if v.is_some() {
                        return Ok(v);
                    }
                }
                Ok(None)
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let i = *index;
                let seq = seq.clone();
                drop(st);
                match seq.kind() {
                    Some(Kind::List(l)) => {
                        let v = l.borrow().get(i).cloned();
                        if v.is_none() {
                            if let Ok(mut s) = cell.try_borrow_mut() {
                                *s = IterState::Done("list_reverseiterator");
                            }
                        }
                        Ok(v)
                    }
                    _ => self.getitem(&seq, &Value::Int(i as i64)).map(Some),
                }
            }
            IterState::Done(_) => Ok(None),
            _ => {
                // Iterators whose step calls back into Python.
                let name = st.type_name();
                let snapshot = core::mem::replace(&mut *st, IterState::Done(name));
                drop(st);
                let (result, state) = self.next_composite(snapshot);
                if let Ok(mut s) = cell.try_borrow_mut() {
                    *s = state;
                }
                result
            }
        }
    }

    /// Advance an iterator that calls Python code (map, filter, zip, ...).
    /// Returns the result and the state to store back.
    fn next_composite(&mut self, state: IterState) -> (PyResult<Option<Value>>, IterState) {
        match state {
            IterState::Enumerate { it, count } => match self.next(&it) {
                Ok(Some(v)) => {
                    let next = self.binary_op(&count, &Value::Int(1), crate::syntax::ast::BinOp::Add, false);
                    match next {
                        Ok(n) => (Ok(Some(Value::tuple(alloc::vec![count, v]))), IterState::Enumerate { it, count: n }),
                        Err(e) => (Err(e), IterState::Done("enumerate")),
                    }
                }
                Ok(None) => (Ok(None), IterState::Done("enumerate")),
                Err(e) => (Err(e), IterState::Enumerate { it, count }),
            },
            IterState::Zip { iters } => {
                if iters.is_empty() {
                    return (Ok(None), IterState::Done("zip"));
                }
                let mut out = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it) {
                        Ok(Some(v)) => out.push(v),
                        Ok(None) => return (Ok(None), IterState::Done("zip")),
                        Err(e) => return (Err(e), IterState::Zip { iters }),
                    }
                }
                (Ok(Some(Value::tuple(out))), IterState::Zip { iters })
            }
            IterState::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it) {
                        Ok(Some(v)) => args.push(v),
                        Ok(None) => return (Ok(None), IterState::Done("map")),
                        Err(e) => return (Err(e), IterState::Map { func, iters }),
                    }
                }
                let r = self.call(&func, &args, &[]);
                (r.map(Some), IterState::Map { func, iters })
            }
            IterState::Filter { func, it } => loop {
                match self.next(&it) {
                    Ok(Some(v)) => {
                        let keep = if func.is_none() {
                            self.truthy(&v)
                        } else {
                            self.call(&func, &[v.clone()], &[]).and_then(|r| self.truthy(&r))
                        };
                        match keep {
                            Ok(true) => return (Ok(Some(v)), IterState::Filter { func, it }),
                            Ok(false) => continue,
                            Err(e) => return (Err(e), IterState::Filter { func, it }),
                        }
                    }
                    Ok(None) => return (Ok(None), IterState::Done("filter")),
                    Err(e) => return (Err(e), IterState::Filter { func, it }),
                }
            },
            IterState::Call { func, sentinel } => match self.call(&func, &[], &[]) {
                Ok(v) => match self.eq(&v, &sentinel) {
                    Ok(true) => (Ok(None), IterState::Done("callable_iterator")),
                    Ok(false) => (Ok(Some(v)), IterState::Call { func, sentinel }),
                    Err(e) => (Err(e), IterState::Call { func, sentinel }),
                },
                Err(e) => (Err(e), IterState::Call { func, sentinel }),
            },
            IterState::GetItem { obj, index } => match self.getitem(&obj, &Value::Int(index)) {
                Ok(v) => (Ok(Some(v)), IterState::GetItem { obj, index: index + 1 }),
                Err(e) if self.err_matches(&e, ExcKind::IndexError) || self.err_matches(&e, ExcKind::StopIteration) => {
                    (Ok(None), IterState::Done("iterator"))
                }
                Err(e) => (Err(e), IterState::GetItem { obj, index }),
            },
            other => (Ok(None), other),
        }
    }

    /// Drain an iterable into a vector.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.kind() {
            Some(Kind::List(l)) if !self.has_user_class(v) || self.user_dunder(v, "__iter__").is_none() => {
                return Ok(l.borrow().clone())
            }
            Some(Kind::Tuple(t)) if !self.has_user_class(v) || self.user_dunder(v, "__iter__").is_none() => {
                return Ok(t.to_vec())
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = match it.kind() {
            // A range says how long it is: check the whole request first.
            Some(Kind::Iter(st)) => match st.try_borrow().map(|s| match &*s {
                crate::objects::iter::IterState::Range { remaining, .. } => (*remaining).max(0) as usize,
                _ => 0,
            }) {
                Ok(n) if n > 0 => crate::mem::vec_with_capacity(n)?,
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        while let Some(x) = self.next(&it)? {
            crate::mem::grow_vec(&mut out, 1)?;
            out.push(x);
        }
        Ok(out)
    }

    /// Unpack exactly `n` values (`a, b = v`), with CPython's messages.
    pub fn unpack_exact(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        if let Some(items) = match v.kind() {
            Some(Kind::Tuple(t)) => Some(t.to_vec()),
            Some(Kind::List(l)) if !self.has_user_class(v) => Some(l.borrow().clone()),
            _ => None,
        } {
            return check_unpack(items, n);
        }
        if !self.is_iterable(v) {
            return Err(PyErr::type_error(format!("cannot unpack non-iterable {} object", self.type_name(v))));
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if out.len() > n {
                return Err(PyErr::value_error(format!("too many values to unpack (expected {})", n)));
            }
        }
        check_unpack(out, n)
    }

    /// Make a built-in iterator object.
    pub fn make_iter(&self, state: IterState) -> Value {
        new_iter(state)
    }
}

fn check_unpack(items: Vec<Value>, n: usize) -> PyResult<Vec<Value>> {
    if items.len() > n {
        return Err(PyErr::value_error(format!("too many values to unpack (expected {})", n)));
    }
    if items.len() < n {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected {}, got {})",
            n,
            items.len()
        )));
    }
    Ok(items)
}
