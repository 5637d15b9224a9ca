//! `collections.deque`: a double-ended queue with an optional maximum
//! length, stored as a `VecDeque` of values.

use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::guarded_repr;
use crate::builtins::Kwargs;
use crate::objects::iter::IterState;
use crate::objects::types::new_type;
use crate::objects::value::{with_native, Layout, NativeData, NativeFn};
use crate::objects::{Dict, Kind, Obj, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::{native_function, native_method, Vm};

/// A deque's state.
struct DequeData {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
}

impl NativeData for DequeData {
    fn type_name(&self) -> &'static str {
        "deque"
    }
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn core::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(visit);
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        out.extend(self.items.drain(..));
    }
    fn heap_size(&self) -> usize {
        self.items.capacity() * core::mem::size_of::<Value>()
    }
}

impl DequeData {
    fn push_back(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_front();
        }
        self.items.push_back(v);
    }

    fn push_front(&mut self, v: Value) {
        if self.maxlen == Some(0) {
            return;
        }
        if Some(self.items.len()) == self.maxlen {
            self.items.pop_back();
        }
        self.items.push_front(v);
    }
}

/// The `deque` class.
pub fn class(vm: &mut Vm) -> Obj {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("rotate", rotate),
        ("clear", clear),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("copy", copy),
        ("__copy__", copy),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__hash__", unhashable),
    ];
    let mut cd = Dict::new();
    for (name, f) in methods {
        cd.set_str(name, native_method("deque", name, *f));
    }
    cd.set_str("__new__", native_function("__new__", new));
    let getter = native_function("maxlen", maxlen);
    let setter = native_function("maxlen", maxlen_readonly);
    cd.set_str("maxlen", Value::new_obj(Kind::Property(Box::new([getter, setter.clone(), setter, Value::None]))));
    let obj = vm.types.object.clone();
    new_type("deque", "collections", alloc::vec![obj.clone()], alloc::vec![obj], cd, Layout::Object, false)
}

// ----- helpers -------------------------------------------------------------------------

fn this(args: &[Value]) -> PyResult<&Value> {
    args.first().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}

/// Run `f` on a deque's state (no Python code may run inside).
fn with_dq<R>(v: &Value, f: impl FnOnce(&mut DequeData) -> R) -> PyResult<R> {
    with_native::<DequeData, _>(v, f).ok_or_else(|| PyErr::type_error("descriptor requires a 'collections.deque' object"))
}

/// The items and maxlen of `v` if it is a deque.
fn snapshot(v: &Value) -> Option<(Vec<Value>, Option<usize>)> {
    with_native::<DequeData, _>(v, |d| (d.items.iter().cloned().collect(), d.maxlen))
}

fn one<'a>(name: &str, args: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("deque.{}() takes no keyword arguments", name)));
    }
    match args {
        [_, x] => Ok(x),
        _ => Err(PyErr::type_error(format!(
            "deque.{}() takes exactly one argument ({} given)",
            name,
            args.len().saturating_sub(1)
        ))),
    }
}

/// A new deque of `like`'s class.
fn new_like(vm: &mut Vm, like: &Value, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let cls = vm.type_of(like);
    vm.new_native_object(&cls, Box::new(DequeData { items, maxlen }))
}

/// Position of the first item equal to `x` in `lo..hi`.
fn find(vm: &mut Vm, me: &Value, x: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let items = snapshot(me).map(|s| s.0).unwrap_or_default();
    for (i, v) in items.iter().enumerate().take(hi).skip(lo) {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// A subscript as a position in `0..n`.
fn position(vm: &mut Vm, key: &Value, n: usize) -> PyResult<usize> {
    let i = match key {
        Value::Float(_) => None,
        _ => vm.to_index(key)?,
    };
    let Some(i) = i else {
        return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", vm.type_name(key))));
    };
    let j = if i < 0 { i.saturating_add(n as i64) } else { i };
    if j < 0 || j >= n as i64 {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(j as usize)
}

// ----- construction --------------------------------------------------------------------

fn new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(PyErr::type_error("deque.__new__(X): X is not a type object"));
    };
    Ok(vm.new_native_object(&cls, Box::new(DequeData { items: VecDeque::new(), maxlen: None })))
}

/// `deque(iterable=(), maxlen=None)`.
fn init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    if args.len() > 3 {
        return Err(PyErr::type_error(format!("deque expected at most 2 arguments, got {}", args.len() - 1)));
    }
    let mut iterable = args.get(1).cloned();
    let mut maxlen = args.get(2).cloned();
    for (k, v) in kw {
        match &**k {
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            "maxlen" if maxlen.is_none() => maxlen = Some(v.clone()),
            "iterable" | "maxlen" => {
                return Err(PyErr::type_error(format!("argument for deque() given by name ('{}') and position", k)))
            }
            _ => return Err(PyErr::type_error(format!("deque() got an unexpected keyword argument '{}'", k))),
        }
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => {
            if matches!(m, Value::Float(_)) || vm.num_of(&m).is_none() {
                return Err(PyErr::type_error("an integer is required"));
            }
            let n = vm.to_i64(&m)?;
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let items = match &iterable {
        Some(it) if it.is(&me) => snapshot(it).map(|s| s.0).unwrap_or_default(),
        Some(it) => vm.collect_iterable(it)?,
        None => Vec::new(),
    };
    with_dq(&me, |d| {
        d.items.clear();
        d.maxlen = maxlen;
        for x in items {
            d.push_back(x);
        }
    })?;
    Ok(Value::None)
}

// ----- methods -------------------------------------------------------------------------

fn maxlen(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let m = with_dq(this(args)?, |d| d.maxlen)?;
    Ok(m.map(|n| Value::Int(n as i64)).unwrap_or(Value::None))
}

fn maxlen_readonly(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::attribute_error("attribute 'maxlen' of 'collections.deque' objects is not writable"))
}

/// `hash(deque)`: deques are mutable.
fn unhashable(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::type_error("unhashable type: 'collections.deque'"))
}

fn append(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("append", args, kw)?.clone();
    with_dq(&args[0], |d| d.push_back(x))?;
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("appendleft", args, kw)?.clone();
    with_dq(&args[0], |d| d.push_front(x))?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_dq(this(args)?, |d| d.items.pop_back())?.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn popleft(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_dq(this(args)?, |d| d.items.pop_front())?.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

/// The items of an `extend` argument (a snapshot when it is the deque itself).
fn extend_items(vm: &mut Vm, me: &Value, x: &Value) -> PyResult<Vec<Value>> {
    if x.is(me) {
        return Ok(snapshot(me).map(|s| s.0).unwrap_or_default());
    }
    vm.collect_iterable(x)
}

fn extend(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("extend", args, kw)?;
    let items = extend_items(vm, &args[0], x)?;
    with_dq(&args[0], |d| items.into_iter().for_each(|v| d.push_back(v)))?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("extendleft", args, kw)?;
    let items = extend_items(vm, &args[0], x)?;
    with_dq(&args[0], |d| items.into_iter().for_each(|v| d.push_front(v)))?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let n = match args.get(1) {
        Some(v) => vm.to_i64(v)?,
        None => 1,
    };
    with_dq(me, |d| {
        let len = d.items.len() as i64;
        if len > 1 {
            let k = n.rem_euclid(len) as usize;
            d.items.rotate_right(k);
        }
    })?;
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let old = with_dq(this(args)?, |d| core::mem::take(&mut d.items))?;
    drop(old);
    Ok(Value::None)
}

fn count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("count", args, kw)?;
    let items = snapshot(&args[0]).map(|s| s.0).unwrap_or_default();
    let mut n = 0;
    for v in &items {
        if v.is(x) || vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 4 {
        return Err(PyErr::type_error(format!("index expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let n = with_dq(&args[0], |d| d.items.len())?;
    let clamp = |i: i64| -> usize {
        let j = if i < 0 { (i + n as i64).max(0) } else { i.min(n as i64) };
        j as usize
    };
    let lo = match args.get(2) {
        Some(v) => clamp(vm.to_i64(v)?),
        None => 0,
    };
    let hi = match args.get(3) {
        Some(v) => clamp(vm.to_i64(v)?),
        None => n,
    };
    match find(vm, &args[0], &args[1], lo, hi)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args[1])?;
            Err(PyErr::value_error(format!("{} is not in deque", r)))
        }
    }
}

fn insert(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, i, x] = args else {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.len().saturating_sub(1))));
    };
    let i = vm.to_i64(i)?;
    let x = x.clone();
    with_dq(me, |d| {
        if Some(d.items.len()) == d.maxlen {
            return Err(PyErr::index_error("deque already at its maximum size"));
        }
        let n = d.items.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.items.insert(at as usize, x);
        Ok(())
    })??;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("remove", args, kw)?;
    match find(vm, &args[0], x, 0, usize::MAX)? {
        Some(i) => {
            with_dq(&args[0], |d| d.items.remove(i))?;
            Ok(Value::None)
        }
        None => {
            let r = vm.repr(x)?;
            Err(PyErr::value_error(format!("{} is not in deque", r)))
        }
    }
}

fn reverse(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_dq(this(args)?, |d| d.items.make_contiguous().reverse())?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let (items, maxlen) = snapshot(me).ok_or_else(|| PyErr::type_error("descriptor requires a 'collections.deque' object"))?;
    Ok(new_like(vm, me, items.into_iter().collect(), maxlen))
}

// ----- sequence protocol ---------------------------------------------------------------

fn len(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_dq(this(args)?, |d| Value::Int(d.items.len() as i64))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, key] = args else { return Err(PyErr::type_error("__getitem__ expected 1 argument")) };
    let n = with_dq(me, |d| d.items.len())?;
    let i = position(vm, key, n)?;
    with_dq(me, |d| d.items.get(i).cloned())?.ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, key, value] = args else { return Err(PyErr::type_error("__setitem__ expected 2 arguments")) };
    let n = with_dq(me, |d| d.items.len())?;
    let i = position(vm, key, n)?;
    let value = value.clone();
    let old = with_dq(me, |d| d.items.get_mut(i).map(|slot| core::mem::replace(slot, value)))?;
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, key] = args else { return Err(PyErr::type_error("__delitem__ expected 1 argument")) };
    let n = with_dq(me, |d| d.items.len())?;
    let i = position(vm, key, n)?;
    let old = with_dq(me, |d| d.items.remove(i))?;
    drop(old);
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let items = snapshot(this(args)?).map(|s| s.0).unwrap_or_default();
    Ok(vm.make_iter(IterState::Seq { seq: Value::list(items), index: 0 }))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut items = snapshot(this(args)?).map(|s| s.0).unwrap_or_default();
    items.reverse();
    Ok(vm.make_iter(IterState::Seq { seq: Value::list(items), index: 0 }))
}

fn contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, x] = args else { return Err(PyErr::type_error("__contains__ expected 1 argument")) };
    Ok(Value::Bool(find(vm, me, x, 0, usize::MAX)?.is_some()))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let (items, maxlen) = snapshot(&me).ok_or_else(|| PyErr::type_error("descriptor requires a 'collections.deque' object"))?;
    let name = vm.type_name(&me);
    let inner = guarded_repr(vm, &me, |vm| {
        let mut s = String::from("[");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr(x)?);
        }
        s.push(']');
        Ok(s)
    })?;
    if inner == "..." {
        return Ok(Value::str("[...]"));
    }
    Ok(Value::string(match maxlen {
        Some(m) => format!("{}({}, maxlen={})", name, inner, m),
        None => format!("{}({})", name, inner),
    }))
}

// ----- comparisons and arithmetic ----------------------------------------------------

fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("comparison expected 1 argument")) };
    let (Some((a, _)), Some((b, _))) = (snapshot(me), snapshot(other)) else {
        return Ok(vm.not_implemented.clone());
    };
    vm.rich_compare(&Value::list(a), &Value::list(b), op)
}

fn eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, CmpOp::NotEq)
}
fn lt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}
fn le(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, CmpOp::LtE)
}
fn gt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, CmpOp::GtE)
}

fn add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__add__ expected 1 argument")) };
    let Some((mut items, maxlen)) = snapshot(me) else { return Ok(vm.not_implemented.clone()) };
    let Some((more, _)) = snapshot(other) else {
        return Err(PyErr::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(other)
        )));
    };
    items.extend(more);
    let mut d = DequeData { items: VecDeque::new(), maxlen };
    items.into_iter().for_each(|v| d.push_back(v));
    Ok(new_like(vm, me, d.items, maxlen))
}

fn iadd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__iadd__ expected 1 argument")) };
    let items = extend_items(vm, me, other)?;
    with_dq(me, |d| items.into_iter().for_each(|v| d.push_back(v)))?;
    Ok(me.clone())
}

/// The effective repeat count of `d * n` (a deque with `maxlen` never
/// needs more than enough copies to fill it), or `None` for a non-integer
/// operand; `MemoryError` when the result could not be allocated.
fn repeat_count(vm: &mut Vm, me: &Value, n: &Value) -> PyResult<Option<usize>> {
    if matches!(n, Value::Float(_)) {
        return Ok(None);
    }
    let Some(k) = vm.to_index(n)? else { return Ok(None) };
    let mut k = k.max(0) as usize;
    let (len, maxlen) = with_dq(me, |d| (d.items.len(), d.maxlen))?;
    if let Some(m) = maxlen {
        if let Some(fill) = m.checked_div(len) {
            k = k.min(fill + 2);
        }
    }
    let total = len.checked_mul(k).ok_or_else(memory_error)?;
    let mut probe: Vec<Value> = Vec::new();
    probe.try_reserve_exact(total).map_err(|_| memory_error())?;
    Ok(Some(k))
}

fn memory_error() -> PyErr {
    PyErr::bare(crate::objects::ExcKind::MemoryError)
}

fn mul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, n] = args else { return Err(PyErr::type_error("__mul__ expected 1 argument")) };
    let Some(k) = repeat_count(vm, me, n)? else { return Ok(vm.not_implemented.clone()) };
    let Some((items, maxlen)) = snapshot(me) else { return Ok(vm.not_implemented.clone()) };
    let mut d = DequeData { items: VecDeque::new(), maxlen };
    for _ in 0..k {
        items.iter().cloned().for_each(|v| d.push_back(v));
    }
    Ok(new_like(vm, me, d.items, maxlen))
}

fn imul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, n] = args else { return Err(PyErr::type_error("__imul__ expected 1 argument")) };
    let Some(k) = repeat_count(vm, me, n)? else { return Ok(vm.not_implemented.clone()) };
    with_dq(me, |d| {
        let items: Vec<Value> = d.items.iter().cloned().collect();
        d.items.clear();
        for _ in 0..k {
            items.iter().cloned().for_each(|v| d.push_back(v));
        }
    })?;
    Ok(me.clone())
}
