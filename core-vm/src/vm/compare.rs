//! Comparisons: `==`, `<`, ... with CPython's reflected-operand rules, the
//! built-in orderings (numbers, strings, sequences, sets), and `in`.

use alloc::format;
use alloc::vec::Vec;
use core::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::objects::{Kind, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;

use super::numeric::Num;
use super::Vm;

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        _ => "?",
    }
}

fn cmp_dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::LtE => "__le__",
        CmpOp::Gt => "__gt__",
        CmpOp::GtE => "__ge__",
        CmpOp::Eq => "__eq__",
        CmpOp::NotEq => "__ne__",
        _ => "__eq__",
    }
}

fn swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::GtE => CmpOp::LtE,
        other => other,
    }
}

fn ord_result(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        _ => false,
    }
}

/// Compare two numbers exactly (ints and floats mixed, like CPython).
pub fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::F(x), other) => int_float_cmp(other, *x).map(|o| o.reverse()),
        (other, Num::F(y)) => int_float_cmp(other, *y),
        _ => {
            let x = a.to_big()?;
            let y = b.to_big()?;
            Some(x.cmp(&y))
        }
    }
}

/// Compare an int with a float exactly.
fn int_float_cmp(i: &Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let big = match i {
        Num::I(x) => {
            if x.unsigned_abs() < (1 << 53) {
                return (*x as f64).partial_cmp(&f);
            }
            BigInt::from(*x)
        }
        Num::B(b) => b.clone(),
        Num::F(_) => return None,
    };
    // Compare big with floor(f), then the fractional part.
    let fl = libm::floor(f);
    let fb = crate::format::float_to_bigint(fl).ok()?;
    match big.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

impl Vm {
    /// `a op b` for the six rich comparisons.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::Bool(ord_result(x.cmp(y), op))),
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Value::Bool(match x.partial_cmp(y) {
                    Some(o) => ord_result(o, op),
                    None => op == CmpOp::NotEq,
                }))
            }
            _ => {}
        }
        if self.has_user_class(a) || self.has_user_class(b) {
            return self.compare_dunder(a, b, op);
        }
        match self.native_compare(a, b, op)? {
            Some(r) => Ok(Value::Bool(r)),
            None => match op {
                CmpOp::Eq => Ok(Value::Bool(a.is(b))),
                CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
                _ => Err(self.unorderable(a, b, op)),
            },
        }
    }

    fn unorderable(&self, a: &Value, b: &Value, op: CmpOp) -> PyErr {
        PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_symbol(op),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn compare_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = alloc::rc::Rc::ptr_eq(&ta, &tb);
        let rop = swapped(op);
        let b_first = !same && crate::objects::types::is_subtype(&tb, &ta) && self.user_dunder(b, cmp_dunder(rop)).is_some();
        if b_first {
            if let Some(r) = self.try_cmp_dunder(b, a, rop)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_cmp_dunder(a, b, op)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.try_cmp_dunder(b, a, rop)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.unorderable(a, b, op)),
        }
    }

    /// Try `x.__op__(y)`: user dunder, or for `__ne__` the negation of a user
    /// `__eq__`, or the native comparison of a built-in layout.
    fn try_cmp_dunder(&mut self, x: &Value, y: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        if let Some(f) = self.user_dunder(x, cmp_dunder(op)) {
            let r = self.call_method_value(&f, x, &[y.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
            return Ok(None);
        }
        if op == CmpOp::NotEq {
            if let Some(f) = self.user_dunder(x, "__eq__") {
                let r = self.call_method_value(&f, x, &[y.clone()])?;
                if self.is_not_implemented(&r) {
                    return Ok(None);
                }
                let t = self.truthy(&r)?;
                return Ok(Some(Value::Bool(!t)));
            }
        }
        if self.has_user_class(x) && matches!(x.kind(), Some(Kind::Instance(_)) | Some(Kind::Exception(_))) {
            return Ok(None);
        }
        Ok(self.native_compare(x, y, op)?.map(Value::Bool))
    }

    /// `a == b` as a Rust bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // CPython's PyObject_RichCompareBool: identical objects are equal
        // (so `nan in [nan]` holds while `nan == nan` does not).
        if a.is(b) {
            return Ok(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Obj(x), Value::Obj(y)) => {
                if let (Kind::Str(s), Kind::Str(t)) = (&x.kind, &y.kind) {
                    if x.ext.is_none() && y.ext.is_none() {
                        return Ok(s.as_str() == t.as_str());
                    }
                }
            }
            _ => {}
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// `a < b` etc. as a Rust bool (for sorting, min/max).
    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let r = self.rich_compare(a, b, op)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// Built-in comparison of built-in layouts; `None` = NotImplemented.
    pub fn native_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
            return Ok(Some(match num_cmp(&x, &y) {
                Some(o) => ord_result(o, op),
                None => op == CmpOp::NotEq,
            }));
        }
        let (Some(ka), Some(kb)) = (a.kind(), b.kind()) else { return Ok(None) };
        match (ka, kb) {
            (Kind::Str(x), Kind::Str(y)) => Ok(Some(ord_result(x.as_str().cmp(y.as_str()), op))),
            (Kind::Bytes(x), Kind::Bytes(y)) => Ok(Some(ord_result(x.cmp(y), op))),
            (Kind::List(_), Kind::List(_)) | (Kind::Tuple(_), Kind::Tuple(_)) => {
                let xs = a.seq_items().unwrap_or_default();
                let ys = b.seq_items().unwrap_or_default();
                self.seq_compare(&xs, &ys, op).map(Some)
            }
            (Kind::Dict(_), Kind::Dict(_)) => match op {
                CmpOp::Eq | CmpOp::NotEq => {
                    let e = self.dict_eq(a, b)?;
                    Ok(Some(e == (op == CmpOp::Eq)))
                }
                _ => Ok(None),
            },
            (Kind::Set(_) | Kind::FrozenSet(_), Kind::Set(_) | Kind::FrozenSet(_)) => self.set_compare(a, b, op).map(Some),
            (Kind::DictView(_, vk), Kind::DictView(_, wk)) if vk == wk && *vk != crate::objects::value::ViewKind::Values => {
                self.set_compare(a, b, op).map(Some)
            }
            (Kind::DictView(_, vk), Kind::Set(_) | Kind::FrozenSet(_)) | (Kind::Set(_) | Kind::FrozenSet(_), Kind::DictView(_, vk))
                if *vk != crate::objects::value::ViewKind::Values =>
            {
                self.set_compare(a, b, op).map(Some)
            }
            (Kind::Range(x), Kind::Range(y)) => match op {
                CmpOp::Eq | CmpOp::NotEq => {
                    let e = range_eq(x, y);
                    Ok(Some(e == (op == CmpOp::Eq)))
                }
                _ => Ok(None),
            },
            (Kind::Slice(x), Kind::Slice(y)) => {
                let xs = x.to_vec();
                let ys = y.to_vec();
                self.seq_compare(&xs, &ys, op).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn seq_compare(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
        self.check_stack_in(" in comparison")?;
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && xs.len() != ys.len() {
            return Ok(op == CmpOp::NotEq);
        }
        for (x, y) in xs.iter().zip(ys.iter()) {
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => self.compare_bool(x, y, op),
                };
            }
        }
        Ok(ord_result(xs.len().cmp(&ys.len()), op))
    }

    fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.check_stack_in(" in comparison")?;
        let (Some(Kind::Dict(x)), Some(Kind::Dict(y))) = (a.kind(), b.kind()) else { return Ok(false) };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let items = x.borrow().items();
        for (k, v) in items {
            match self.dict_lookup(b, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let xs = self.collect_iterable(a)?;
        let ys = self.collect_iterable(b)?;
        let a_in_b = {
            let mut all = true;
            for x in &xs {
                if !self.contains(b, x)? {
                    all = false;
                    break;
                }
            }
            all
        };
        let b_in_a = {
            let mut all = true;
            for y in &ys {
                if !self.contains(a, y)? {
                    all = false;
                    break;
                }
            }
            all
        };
        Ok(match op {
            CmpOp::Eq => a_in_b && xs.len() == ys.len(),
            CmpOp::NotEq => !(a_in_b && xs.len() == ys.len()),
            CmpOp::LtE => a_in_b,
            CmpOp::Lt => a_in_b && xs.len() < ys.len(),
            CmpOp::GtE => b_in_a,
            CmpOp::Gt => b_in_a && xs.len() > ys.len(),
            _ => false,
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if self.has_user_class(container) {
            if let Some(f) = self.user_dunder(container, "__contains__") {
                let r = self.call_method_value(&f, container, &[item.clone()])?;
                return self.truthy(&r);
            }
            if self.user_dunder(container, "__iter__").is_some() || self.user_dunder(container, "__getitem__").is_some() {
                return self.contains_by_iteration(container, item);
            }
        }
        let Some(kind) = container.kind() else {
            return Err(self.not_container(container));
        };
        match kind {
            Kind::Str(s) => match item.as_str() {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Kind::List(_) | Kind::Tuple(_) => {
                let n = match kind {
                    Kind::List(l) => l.borrow().len(),
                    Kind::Tuple(t) => t.len(),
                    _ => 0,
                };
                for i in 0..n {
                    let x = match kind {
                        Kind::List(l) => match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => break,
                        },
                        Kind::Tuple(t) => t[i].clone(),
                        _ => break,
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Kind::Dict(_) => Ok(self.dict_lookup(container, item)?.is_some()),
            Kind::Set(_) | Kind::FrozenSet(_) => self.set_contains(container, item),
            Kind::Range(r) => Ok(match Num::of(item) {
                Some(Num::I(i)) if !matches!(item, Value::Float(_)) => range_contains(r, i),
                Some(Num::F(f)) => {
                    if libm::trunc(f) == f && libm::fabs(f) < 9.0e18 { range_contains(r, f as i64) } else { false }
                }
                _ => return self.contains_by_iteration(container, item),
            }),
            Kind::BigRange(r) => match Num::of(item).and_then(|n| n.to_big()) {
                Some(x) if !matches!(item, Value::Float(_)) => Ok(super::bigrange::big_range_contains(r, &x)),
                _ => self.contains_by_iteration(container, item),
            },
            Kind::DictView(d, vk) => match vk {
                crate::objects::value::ViewKind::Keys => {
                    let d = d.clone();
                    Ok(self.dict_lookup(&d, item)?.is_some())
                }
                crate::objects::value::ViewKind::Items => {
                    let d = d.clone();
                    let Some(pair) = item.seq_items().filter(|p| p.len() == 2) else { return Ok(false) };
                    match self.dict_lookup(&d, &pair[0])? {
                        Some(v) => self.eq(&v, &pair[1]),
                        None => Ok(false),
                    }
                }
                crate::objects::value::ViewKind::Values => self.contains_by_iteration(container, item),
            },
            Kind::Bytes(b) => match item {
                Value::Int(i) => Ok(b.iter().any(|x| *x as i64 == *i)),
                _ => Err(PyErr::type_error("a bytes-like object is required")),
            },
            _ => {
                let cls = self.type_of(container);
                if let Some(f) = crate::objects::types::lookup(&cls, "__contains__") {
                    let r = self.call_method_value(&f, container, &[item.clone()])?;
                    return self.truthy(&r);
                }
                if self.is_iterable(container) {
                    return self.contains_by_iteration(container, item);
                }
                Err(self.not_container(container))
            }
        }
    }

    fn not_container(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("argument of type '{}' is not iterable", self.type_name(v)))
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Sort values in place with `<` (stable), optionally by key values.
    pub fn sort_values(&mut self, items: &mut Vec<Value>, keys: Option<Vec<Value>>, reverse: bool) -> PyResult<()> {
        let keys = match keys {
            Some(k) => k,
            None => items.clone(),
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        // Merge sort on indices, comparing with Python `<` (errors propagate).
        let mut err: Option<PyErr> = None;
        let mut tmp = idx.clone();
        merge_sort(&mut idx, &mut tmp, &mut |i, j| {
            if err.is_some() {
                return false;
            }
            let (x, y) = if reverse { (&keys[j], &keys[i]) } else { (&keys[i], &keys[j]) };
            match self.compare_bool(x, y, CmpOp::Lt) {
                Ok(b) => b,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
        *items = sorted;
        Ok(())
    }
}

/// Stable merge sort of `v` by `less` (which may record an error and return
/// false; the result is then discarded by the caller).
fn merge_sort(v: &mut [usize], tmp: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        // Insertion sort (stable).
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    {
        let (a, b) = v.split_at_mut(mid);
        let (ta, tb) = tmp.split_at_mut(mid);
        merge_sort(a, ta, less);
        merge_sort(b, tb, less);
    }
    tmp[..n].copy_from_slice(v);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if less(tmp[j], tmp[i]) {
            v[k] = tmp[j];
            j += 1;
        } else {
            v[k] = tmp[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        v[k] = tmp[i];
        i += 1;
        k += 1;
    }
    while j < n {
        v[k] = tmp[j];
        j += 1;
        k += 1;
    }
}

fn range_contains(r: &crate::objects::value::Range, i: i64) -> bool {
    if r.step > 0 {
        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
    } else {
        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
    }
}

fn range_eq(x: &crate::objects::value::Range, y: &crate::objects::value::Range) -> bool {
    let (lx, ly) = (x.len(), y.len());
    if lx != ly {
        return false;
    }
    if lx == 0 {
        return true;
    }
    if x.start != y.start {
        return false;
    }
    lx == 1 || x.step == y.step
}

#[allow(dead_code)]
fn to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
