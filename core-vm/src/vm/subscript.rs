//! Subscripts and the mapping/set operations behind them: `x[k]`,
//! `x[k] = v`, `del x[k]`, slices, dict lookup with user `__eq__`, and the
//! set table operations.

use alloc::format;
use alloc::vec::Vec;

use crate::objects::set::{EqFn, SetTable};
use crate::objects::value::Kind;
use crate::objects::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;

use super::numeric::Num;
use super::Vm;

/// Resolved slice bounds for a sequence of a given length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    /// The selected indices, in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    /// An index value as i64 (`__index__` honoured).
    pub fn to_index(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::Obj(o) => match &o.kind {
                Kind::Int(b) => Ok(Some(num_traits::ToPrimitive::to_i64(b).unwrap_or(if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX }))),
                _ => {
                    if let Some(f) = self.user_dunder(v, "__index__") {
                        let r = self.call_method_value(&f, v, &[])?;
                        if !matches!(r, Value::Int(_) | Value::Bool(_)) && !matches!(r.kind(), Some(Kind::Int(_))) {
                            return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", self.type_name(&r))));
                        }
                        return self.to_index(&r);
                    }
                    Ok(None)
                }
            },
            _ => Ok(None),
        }
    }

    /// Resolve `slice(start, stop, step)` against a length (CPython's
    /// `PySlice_AdjustIndices`).
    pub fn slice_indices(&mut self, s: &[Value; 3], len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let step = if s[2].is_none() {
            1
        } else {
            self.to_index(&s[2])?.ok_or_else(|| PyErr::type_error("slice indices must be integers or None or have an __index__ method"))?
        };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let get = |vm: &mut Vm, v: &Value, dflt: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(dflt);
            }
            vm.to_index(v)?.ok_or_else(|| PyErr::type_error("slice indices must be integers or None or have an __index__ method"))
        };
        let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let mut start = get(self, &s[0], lo_default)?;
        let mut stop = get(self, &s[1], hi_default)?;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        if !s[0].is_none() {
            if start < 0 {
                start = start.saturating_add(len);
                if start < lower {
                    start = lower;
                }
            } else if start > upper {
                start = upper;
            }
        }
        if !s[1].is_none() {
            if stop < 0 {
                stop = stop.saturating_add(len);
                if stop < lower {
                    stop = lower;
                }
            } else if stop > upper {
                stop = upper;
            }
        }
        let n = if step < 0 {
            if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIdx { start, stop, step, len: n.max(0) as usize })
    }

    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        if let Some(Kind::Int(b)) = key.kind() {
            if num_traits::ToPrimitive::to_i64(b).is_none() {
                return Err(PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", self.type_name(key))));
            }
        }
        let i = match self.to_index(key)? {
            Some(i) => i,
            None => {
                return Err(PyErr::type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    self.type_name(key)
                )))
            }
        };
        let j = if i < 0 { i.saturating_add(len as i64) } else { i };
        if j < 0 || j >= len as i64 {
            return Err(PyErr::index_error(format!("{} index out of range", what)));
        }
        Ok(j as usize)
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let (Some(Kind::List(l)), Value::Int(i), false) =
            (container.kind(), key, container.as_obj().map(|o| o.ext.is_some()).unwrap_or(false))
        {
            let l = l.borrow();
            let j = if *i < 0 { *i + l.len() as i64 } else { *i };
            if j >= 0 && (j as usize) < l.len() {
                return Ok(l[j as usize].clone());
            }
        }
        if self.has_user_class(container) {
            if let Some(f) = self.user_dunder(container, "__getitem__") {
                return self.call_method_value(&f, container, &[key.clone()]);
            }
        }
        let Some(kind) = container.kind() else {
            return Err(self.not_subscriptable(container));
        };
        match kind {
            Kind::List(l) => {
                if let Some(Kind::Slice(s)) = key.kind() {
                    let len = l.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let l = l.borrow();
                    return Ok(Value::list(idx.indices().filter_map(|i| l.get(i).cloned()).collect()));
                }
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list")?;
                l.borrow().get(i).cloned().ok_or_else(|| PyErr::index_error("list index out of range"))
            }
            Kind::Tuple(t) => {
                if let Some(Kind::Slice(s)) = key.kind() {
                    let idx = self.slice_indices(s, t.len())?;
                    if idx.step == 1 && idx.len == t.len() && container.as_obj().map(|o| o.ext.is_none()).unwrap_or(false) {
                        return Ok(container.clone());
                    }
                    return Ok(Value::tuple(idx.indices().filter_map(|i| t.get(i).cloned()).collect()));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Kind::Str(s) => {
                if let Some(Kind::Slice(sl)) = key.kind() {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if idx.step == 1 {
                        let start = idx.start.max(0) as usize;
                        return Ok(Value::str(s.slice_chars(start, start + idx.len)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::string(idx.indices().filter_map(|i| chars.get(i)).collect()));
                }
                if let Some(Kind::Int(b)) = key.kind() {
                    if num_traits::ToPrimitive::to_i64(b).is_none() {
                        return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer"));
                    }
                }
                let i = match self.to_index(key)? {
                    Some(i) => i,
                    None => {
                        return Err(PyErr::type_error(format!(
                            "string indices must be integers, not '{}'",
                            self.type_name(key)
                        )))
                    }
                };
                let len = s.char_len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(PyErr::index_error("string index out of range"));
                }
                let c = s.char_at(j as usize).unwrap_or('\0');
                let mut buf = [0u8; 4];
                Ok(Value::str(c.encode_utf8(&mut buf)))
            }
            Kind::Dict(_) => match self.dict_lookup(container, key)? {
                Some(v) => Ok(v),
                None => {
                    // dict subclasses may define __missing__.
                    if let Some(f) = self.user_dunder(container, "__missing__") {
                        return self.call_method_value(&f, container, &[key.clone()]);
                    }
                    let cls = self.type_of(container);
                    if let Some(f) = crate::objects::types::lookup(&cls, "__missing__") {
                        return self.call_method_value(&f, container, &[key.clone()]);
                    }
                    Err(PyErr::with_value(ExcKind::KeyError, key.clone()))
                }
            },
            Kind::Range(r) => {
                if let Some(Kind::Slice(s)) = key.kind() {
                    let idx = self.slice_indices(s, r.len() as usize)?;
                    let start = r.get(idx.start);
                    let step = r.step.saturating_mul(idx.step);
                    let stop = r.get(idx.stop);
                    return Ok(Value::new_obj(Kind::Range(crate::objects::value::Range { start, stop, step })));
                }
                if self.to_index(key)?.is_none() {
                    return Err(PyErr::type_error(format!("range indices must be integers or slices, not {}", self.type_name(key))));
                }
                let i = self.seq_index(key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.get(i as i64)))
            }
            Kind::BigRange(r) => {
                let r = r.clone();
                self.big_range_item(&r, key)
            }
            Kind::Bytes(b) => {
                if let Some(Kind::Slice(s)) = key.kind() {
                    let idx = self.slice_indices(s, b.len())?;
                    let out: alloc::vec::Vec<u8> = idx.indices().filter_map(|i| b.get(i).copied()).collect();
                    return Ok(Value::new_obj(Kind::Bytes(out.into_boxed_slice())));
                }
                let i = self.seq_index(key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            Kind::Type(t) => {
                // `list[int]` style generic aliases: return the class itself.
                if t.builtin {
                    return Ok(container.clone());
                }
                if let Some(f) = crate::objects::types::lookup(container.as_obj().unwrap_or(&self.types.object), "__class_getitem__") {
                    return self.call(&f, &[container.clone(), key.clone()], &[]);
                }
                Err(PyErr::type_error(format!("type '{}' is not subscriptable", t.name)))
            }
            _ => {
                let cls = self.type_of(container);
                if let Some(f) = crate::objects::types::lookup(&cls, "__getitem__") {
                    return self.call_method_value(&f, container, &[key.clone()]);
                }
                Err(self.not_subscriptable(container))
            }
        }
    }

    fn not_subscriptable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not subscriptable", self.type_name(v)))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: &Value, value: Value) -> PyResult<()> {
        if self.has_user_class(container) {
            if let Some(f) = self.user_dunder(container, "__setitem__") {
                self.call_method_value(&f, container, &[key.clone(), value])?;
                return Ok(());
            }
        }
        let Some(kind) = container.kind() else {
            return Err(self.no_item_assignment(container));
        };
        match kind {
            Kind::List(l) => {
                if let Some(Kind::Slice(s)) = key.kind() {
                    let extended = !s[2].is_none() && !matches!(s[2], Value::Int(1));
                    if !self.is_iterable(&value) {
                        return Err(PyErr::type_error(if extended {
                            "must assign iterable to extended slice"
                        } else {
                            "can only assign an iterable"
                        }));
                    }
                    let items = self.collect_iterable(&value)?;
                    let len = l.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let mut l = l.borrow_mut();
                    if idx.step == 1 {
                        let start = idx.start.max(0) as usize;
                        let end = (start + idx.len).min(l.len());
                        let start = start.min(l.len());
                        l.splice(start..end, items);
                        return Ok(());
                    }
                    if items.len() != idx.len {
                        return Err(PyErr::value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            idx.len
                        )));
                    }
                    let positions: Vec<usize> = idx.indices().collect();
                    for (p, v) in positions.into_iter().zip(items) {
                        if let Some(slot) = l.get_mut(p) {
                            *slot = v;
                        }
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.list_assign_index(key, len)?;
                if let Some(slot) = l.borrow_mut().get_mut(i) {
                    *slot = value;
                }
                Ok(())
            }
            Kind::Dict(_) => self.dict_set(container, key.clone(), value),
            _ => {
                let cls = self.type_of(container);
                if let Some(f) = crate::objects::types::lookup(&cls, "__setitem__") {
                    self.call_method_value(&f, container, &[key.clone(), value])?;
                    return Ok(());
                }
                Err(self.no_item_assignment(container))
            }
        }
    }

    /// The index for `l[key] = v` / `del l[key]`, with the assignment
    /// wording of the out-of-range error.
    fn list_assign_index(&mut self, key: &Value, len: usize) -> PyResult<usize> {
        match self.seq_index(key, len, "list") {
            Ok(i) => Ok(i),
            Err(e) if self.err_matches(&e, ExcKind::IndexError) => Err(PyErr::index_error("list assignment index out of range")),
            Err(e) => Err(e),
        }
    }

    fn no_item_assignment(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object does not support item assignment", self.type_name(v)))
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if self.has_user_class(container) {
            if let Some(f) = self.user_dunder(container, "__delitem__") {
                self.call_method_value(&f, container, &[key.clone()])?;
                return Ok(());
            }
        }
        match container.kind() {
            Some(Kind::List(l)) => {
                if let Some(Kind::Slice(s)) = key.kind() {
                    let len = l.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let mut remove: Vec<usize> = idx.indices().collect();
                    remove.sort_unstable();
                    let mut l = l.borrow_mut();
                    for p in remove.into_iter().rev() {
                        if p < l.len() {
                            l.remove(p);
                        }
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.list_assign_index(key, len)?;
                let mut l = l.borrow_mut();
                if i < l.len() {
                    l.remove(i);
                }
                Ok(())
            }
            Some(Kind::Dict(_)) => match self.dict_remove(container, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::with_value(ExcKind::KeyError, key.clone())),
            },
            _ => {
                let cls = self.type_of(container);
                if let Some(f) = crate::objects::types::lookup(&cls, "__delitem__") {
                    self.call_method_value(&f, container, &[key.clone()])?;
                    return Ok(());
                }
                Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", self.type_name(container))))
            }
        }
    }

    // ----- dict operations -------------------------------------------------

    /// True if comparing `key` with other keys never runs Python code.
    fn is_simple_key(&self, key: &Value) -> bool {
        match key {
            Value::Obj(o) => {
                if o.ext.is_some() {
                    return false;
                }
                match &o.kind {
                    Kind::Str(_) | Kind::Int(_) | Kind::Float(_) | Kind::Bytes(_) => true,
                    Kind::Tuple(t) => t.iter().all(|x| self.is_simple_key(x)),
                    Kind::Instance(_) | Kind::Exception(_) => false,
                    _ => true,
                }
            }
            _ => true,
        }
    }

    /// Entry position of `key` in dict `d` (running `__eq__` where needed).
    fn dict_find(&mut self, d: &Value, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let Some(Kind::Dict(cell)) = d.kind() else { return Ok(None) };
        if let Some(s) = key.as_pystr() {
            if key.as_obj().map(|o| o.ext.is_none()).unwrap_or(false) {
                let dd = cell.borrow();
                return Ok(dd.find_by(hash, |k| k.as_str() == Some(s.as_str()) && k.as_obj().map(|o| o.ext.is_none()).unwrap_or(true)));
            }
        }
        if let Value::Int(i) = key {
            // Immediate keys compare without Python code; fall through only
            // if an object key with the same hash is met.
            let mut other = false;
            let found = cell.borrow().find_by(hash, |k| match k {
                Value::Int(j) => j == i,
                Value::Bool(b) => *b as i64 == *i,
                Value::Float(x) => libm::trunc(*x) == *x && *x >= -9.223372036854776e18 && *x < 9.223372036854776e18 && *x as i64 == *i,
                _ => {
                    other = true;
                    false
                }
            });
            if found.is_some() || !other {
                return Ok(found);
            }
        }
        let candidates = cell.borrow().candidates(hash);
        for (pos, k) in candidates {
            if k.is(key) {
                return Ok(Some(pos));
            }
            let equal = if self.is_simple_key(key) && self.is_simple_key(&k) {
                self.native_compare(&k, key, crate::syntax::ast::CmpOp::Eq)?.unwrap_or(false)
            } else {
                self.eq(&k, key)?
            };
            if equal {
                // Make sure the entry is still the one we compared.
                let still = cell.borrow().entry_at(pos).map(|e| e.key.is(&k)).unwrap_or(false);
                if still {
                    return Ok(Some(pos));
                }
            }
        }
        Ok(None)
    }

    /// `d.get(key)` for a dict object.
    pub fn dict_lookup(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let Some(pos) = self.dict_find(d, key, hash)? else { return Ok(None) };
        Ok(match d.kind() {
            Some(Kind::Dict(cell)) => cell.borrow().entry_at(pos).map(|e| e.value.clone()),
            _ => None,
        })
    }

    /// `d[key] = value` for a dict object.
    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        let pos = self.dict_find(d, &key, hash)?;
        if let Value::Obj(o) = d {
            if let Kind::Dict(cell) = &o.kind {
                let grew = {
                    let mut dd = cell.borrow_mut();
                    match pos {
                        Some(p) => {
                            dd.set_value_at(p, value);
                            false
                        }
                        None => {
                            dd.insert_new(hash, key, value);
                            // The tables doubled: charge big dicts now (small
                            // ones are measured by the collector).
                            let positions = dd.capacity_positions();
                            positions >= 64 && positions.is_power_of_two()
                        }
                    }
                };
                if grew {
                    crate::mem::recharge(o)?;
                }
            }
        }
        Ok(())
    }

    /// Remove `key` from a dict object, returning its value.
    pub fn dict_remove(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let pos = self.dict_find(d, key, hash)?;
        Ok(match (pos, d.kind()) {
            (Some(p), Some(Kind::Dict(cell))) => cell.borrow_mut().remove_at(p).map(|e| e.value),
            _ => None,
        })
    }

    /// True if `v` can be used as a mapping (`keys` + `__getitem__`).
    pub fn is_mapping(&self, v: &Value) -> bool {
        matches!(v.kind(), Some(Kind::Dict(_))) || (self.class_has(v, "keys") && self.class_has(v, "__getitem__"))
    }

    /// The `(key, value)` pairs of a mapping.
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(Kind::Dict(d)) = m.kind() {
            if !self.has_user_class(m) || self.user_dunder(m, "keys").is_none() {
                return Ok(d.borrow().items());
            }
        }
        let keys = self.call_method(m, "keys", &[])?;
        let keys = self.collect_iterable(&keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// `d.update(other)` where other is a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &Value, other: &Value) -> PyResult<()> {
        if self.is_mapping(other) {
            for (k, v) in self.mapping_items(other)? {
                self.setitem(d, &k, v)?;
            }
            return Ok(());
        }
        let items = self.collect_iterable(other)?;
        for (i, item) in items.into_iter().enumerate() {
            let pair = match self.collect_iterable(&item) {
                Ok(p) => p,
                Err(_) => {
                    return Err(PyErr::type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    )))
                }
            };
            if pair.len() != 2 {
                return Err(PyErr::value_error(format!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    i,
                    pair.len()
                )));
            }
            let mut it = pair.into_iter();
            if let (Some(k), Some(v)) = (it.next(), it.next()) {
                self.setitem(d, &k, v)?;
            }
        }
        Ok(())
    }

    // ----- set operations --------------------------------------------------

    /// A new empty `set`.
    pub fn new_set(&self) -> Value {
        Value::new_obj(Kind::Set(core::cell::RefCell::new(SetTable::new())))
    }

    /// Run `op` on a set's table with an equality that may run Python code:
    /// the table is taken out of its cell meanwhile, so user code can never
    /// observe a borrowed table.
    fn with_set_table<T>(&mut self, set: &Value, op: impl FnOnce(&mut Vm, &mut SetTable) -> PyResult<T>) -> PyResult<T> {
        match set.kind() {
            Some(Kind::Set(cell)) => {
                let mut table = core::mem::take(&mut *cell.borrow_mut());
                let r = op(self, &mut table);
                *cell.borrow_mut() = table;
                r
            }
            Some(Kind::FrozenSet(t)) => {
                let mut table = t.clone();
                op(self, &mut table)
            }
            _ => Err(PyErr::type_error("expected a set")),
        }
    }

    /// `set.add(item)`.
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        if let (Value::Int(x), Some(Kind::Set(cell))) = (&item, set.kind()) {
            if let Some(resized) = add_int_in_place(cell, *x) {
                return match set {
                    Value::Obj(o) if resized => crate::mem::recharge(o),
                    _ => Ok(()),
                };
            }
        }
        let h = self.hash(&item)?;
        let add = |t: &mut SetTable, eq: EqFn| {
            let before = t.slots();
            t.add(item.clone(), h, eq).map(|_| t.slots() != before)
        };
        let slots = match self.probe_set_in_place(set, &item, add) {
            Some(r) => r?,
            None => self.with_set_table(set, |vm, t| add(t, &mut |a, b| vm.eq(a, b)))?,
        };
        match set {
            Value::Obj(o) if slots => crate::mem::recharge(o),
            _ => Ok(()),
        }
    }

    /// `set |= iterable` with CPython's algorithm: a set or frozenset
    /// source is merged table-to-table (which fixes the iteration order),
    /// anything else is added item by item.
    pub fn set_update_from(&mut self, set: &Value, it: &Value) -> PyResult<()> {
        if let Some(other) = self.set_table_of(it) {
            return self.with_set_table(set, |vm, t| t.merge(&other, &mut |a, b| vm.eq(a, b)));
        }
        for item in self.collect_iterable(it)? {
            self.set_add(set, item)?;
        }
        Ok(())
    }

    /// `item in set`.
    pub fn set_contains(&mut self, set: &Value, item: &Value) -> PyResult<bool> {
        // `{1, 2} in s` looks the set up as a frozenset (CPython does too).
        if let Some(Kind::Set(t)) = item.kind() {
            let frozen = Value::new_obj(Kind::FrozenSet(t.borrow().clone()));
            return self.set_contains(set, &frozen);
        }
        let h = self.hash(item)?;
        match set.kind() {
            // A frozenset's table cannot change while `__eq__` runs.
            Some(Kind::FrozenSet(t)) => t.contains(item, h, &mut |a, b| self.eq(a, b)),
            _ => {
                let contains = |t: &mut SetTable, eq: EqFn| t.contains(item, h, eq);
                match self.probe_set_in_place(set, item, contains) {
                    Some(r) => r,
                    None => self.with_set_table(set, |vm, t| contains(t, &mut |a, b| vm.eq(a, b))),
                }
            }
        }
    }

    /// `set.discard(item)`; returns whether it was present.
    pub fn set_discard(&mut self, set: &Value, item: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Some(Kind::Set(cell))) = (item, set.kind()) {
            let found = cell.try_borrow_mut().ok().and_then(|mut t| t.discard_int(*x, crate::format::i64_hash(*x)));
            if let Some(found) = found {
                return Ok(found);
            }
        }
        let h = self.hash(item)?;
        let discard = |t: &mut SetTable, eq: EqFn| t.discard(item, h, eq);
        match self.probe_set_in_place(set, item, discard) {
            Some(r) => r,
            None => self.with_set_table(set, |vm, t| discard(t, &mut |a, b| vm.eq(a, b))),
        }
    }

    /// Run a probe of a `set` for a simple `key` (see `is_simple_key`) on
    /// the table where it lies, comparing natively: no Python code can run,
    /// so nothing can observe the borrowed table, and nothing is moved or
    /// allocated. `None` when that cannot be done — not a `set`, a complex
    /// key, or the probe met a stored key of equal hash whose equality is
    /// Python code (before changing anything: the table operations compare
    /// before they write) — and the caller runs the probe through
    /// [`Vm::with_set_table`] instead.
    fn probe_set_in_place<T>(&mut self, set: &Value, key: &Value, probe: impl Fn(&mut SetTable, EqFn) -> PyResult<T>) -> Option<PyResult<T>> {
        let Some(Kind::Set(cell)) = set.kind() else { return None };
        if !self.is_simple_key(key) {
            return None;
        }
        let mut table = cell.try_borrow_mut().ok()?;
        let mut needs_python = false;
        let result = probe(&mut table, &mut |stored, k| {
            if self.is_simple_key(stored) {
                Ok(self.native_compare(stored, k, crate::syntax::ast::CmpOp::Eq)?.unwrap_or(false))
            } else {
                needs_python = true;
                Err(PyErr::new(ExcKind::SystemError, "set probe needs Python equality"))
            }
        });
        if needs_python {
            None
        } else {
            Some(result)
        }
    }

    /// A copy of a set's table.
    pub fn set_table_of(&self, v: &Value) -> Option<SetTable> {
        match v.kind() {
            Some(Kind::Set(c)) => Some(c.borrow().clone()),
            Some(Kind::FrozenSet(t)) => Some(t.clone()),
            _ => None,
        }
    }

    /// Build a set value of the same flavour (set/frozenset) as `like`.
    pub fn set_like(&self, like: &Value, t: SetTable) -> Value {
        match like.kind() {
            Some(Kind::FrozenSet(_)) => Value::new_obj(Kind::FrozenSet(t)),
            _ => Value::new_obj(Kind::Set(core::cell::RefCell::new(t))),
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets, following CPython's
    /// algorithms (so element order matches).
    pub fn set_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let ta = match self.set_table_of(a) {
            Some(t) => t,
            None => self.table_from_iterable(a)?,
        };
        let tb = match self.set_table_of(b) {
            Some(t) => t,
            None => self.table_from_iterable(b)?,
        };
        let like = if self.set_table_of(a).is_some() { a.clone() } else { self.new_set() };
        let result = self.set_table_op(&ta, &tb, op)?;
        Ok(self.set_like(&like, result))
    }

    fn table_from_iterable(&mut self, v: &Value) -> PyResult<SetTable> {
        let items = self.collect_iterable(v)?;
        let mut t = SetTable::new();
        for it in items {
            let h = self.hash(&it)?;
            t.add(it, h, &mut |x, y| self.eq(x, y))?;
        }
        Ok(t)
    }

    /// The table of `a op b`.
    pub fn set_table_op(&mut self, ta: &SetTable, tb: &SetTable, op: BinOp) -> PyResult<SetTable> {
        let mut out = SetTable::new();
        match op {
            BinOp::BitOr => {
                out.merge(ta, &mut |x, y| self.eq(x, y))?;
                out.merge(tb, &mut |x, y| self.eq(x, y))?;
            }
            BinOp::BitAnd => {
                let (small, big) = if tb.len() > ta.len() { (ta, tb) } else { (tb, ta) };
                for (h, k) in small.entries() {
                    if big.contains(k, h, &mut |x, y| self.eq(x, y))? {
                        out.add(k.clone(), h, &mut |x, y| self.eq(x, y))?;
                    }
                }
            }
            BinOp::Sub => {
                if (ta.len() >> 2) > tb.len() {
                    out.merge(ta, &mut |x, y| self.eq(x, y))?;
                    for (h, k) in tb.entries() {
                        out.discard(k, h, &mut |x, y| self.eq(x, y))?;
                    }
                } else {
                    for (h, k) in ta.entries() {
                        if !tb.contains(k, h, &mut |x, y| self.eq(x, y))? {
                            out.add(k.clone(), h, &mut |x, y| self.eq(x, y))?;
                        }
                    }
                }
            }
            BinOp::BitXor => {
                out.merge(tb, &mut |x, y| self.eq(x, y))?;
                for (h, k) in ta.entries() {
                    if !out.discard(k, h, &mut |x, y| self.eq(x, y))? {
                        out.add(k.clone(), h, &mut |x, y| self.eq(x, y))?;
                    }
                }
            }
            _ => return Err(PyErr::type_error("bad set operation")),
        }
        Ok(out)
    }

    /// `a |= b` etc. on a mutable set.
    pub fn set_inplace(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<()> {
        let tb = match self.set_table_of(b) {
            Some(t) => t,
            None => self.table_from_iterable(b)?,
        };
        self.with_set_table(a, |vm, ta| {
            match op {
                BinOp::BitOr => ta.merge(&tb, &mut |x, y| vm.eq(x, y))?,
                BinOp::Sub => {
                    for (h, k) in tb.entries() {
                        ta.discard(k, h, &mut |x, y| vm.eq(x, y))?;
                    }
                    ta.shrink_after_removals();
                }
                BinOp::BitXor => {
                    for (h, k) in tb.entries() {
                        if !ta.discard(k, h, &mut |x, y| vm.eq(x, y))? {
                            ta.add(k.clone(), h, &mut |x, y| vm.eq(x, y))?;
                        }
                    }
                }
                BinOp::BitAnd => {
                    let r = vm.set_table_op(ta, &tb, BinOp::BitAnd)?;
                    *ta = r;
                }
                _ => {}
            }
            Ok(())
        })
    }

    /// A number view of a value, for helpers in other files.
    pub fn num_of(&self, v: &Value) -> Option<Num> {
        Num::of(v)
    }

    /// A fresh dict value.
    pub fn new_dict(&self) -> Value {
        Value::dict(Dict::new())
    }
}

/// Add the machine integer `x` to a set's table, compared natively (no
/// hashing call, no equality callback): `Some(resized)` when done, `None`
/// when the general add must run (the table is busy, or holds a key of
/// equal hash that is not a machine integer).
#[inline]
fn add_int_in_place(cell: &core::cell::RefCell<SetTable>, x: i64) -> Option<bool> {
    let mut t = cell.try_borrow_mut().ok()?;
    let before = t.slots();
    t.add_int(x, crate::format::i64_hash(x))?;
    Some(t.slots() != before)
}
