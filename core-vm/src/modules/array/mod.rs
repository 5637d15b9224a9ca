//! The `array` module: `array.array(typecode[, initializer])`, a compact
//! sequence of machine numbers (typecodes `bBhHiIlLqQfd`) stored as typed
//! Rust vectors ([`store::Store`]), with CPython's conversions, range checks
//! and error messages.

mod store;

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use self::store::{convert, itemsize, Store, CODES};
use crate::builtins::Kwargs;
use crate::objects::iter::IterState;
use crate::objects::types::{mro, new_type, type_data};
use crate::objects::value::{with_native, Layout, NativeData, NativeFn};
use crate::objects::{Dict, Kind, Obj, PyErr, PyResult, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::{native_function, native_method, Vm};

/// Build the `array` namespace.
pub fn init(vm: &mut Vm) -> PyResult<Dict> {
    let cls = array_class(vm);
    let mut d = Dict::new();
    d.set_str("array", Value::Obj(cls.clone()));
    d.set_str("ArrayType", Value::Obj(cls));
    d.set_str("typecodes", Value::str("bBuhHiIlLqQfd"));
    Ok(d)
}

/// An array's state.
struct ArrayData {
    code: char,
    store: Store,
}

impl NativeData for ArrayData {
    fn type_name(&self) -> &'static str {
        "array"
    }
    fn heap_size(&self) -> usize {
        self.store.len() * 8
    }
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn core::any::Any {
        self
    }
}

fn array_class(vm: &mut Vm) -> Obj {
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("tolist", tolist),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("fromlist", fromlist),
        ("buffer_info", buffer_info),
        ("byteswap", byteswap),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
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
        ("__copy__", copy),
        ("__hash__", unhashable),
    ];
    let mut cd = Dict::new();
    for (name, f) in methods {
        cd.set_str(name, native_method("array", name, *f));
    }
    cd.set_str("__new__", native_function("__new__", array_new));
    for (name, f) in [("typecode", typecode as NativeFn), ("itemsize", itemsize_attr)] {
        let getter = native_function(name, f);
        cd.set_str(name, Value::new_obj(Kind::Property(Box::new([getter, Value::None, Value::None, Value::None]))));
    }
    let obj = vm.types.object.clone();
    new_type("array", "array", alloc::vec![obj.clone()], alloc::vec![obj], cd, Layout::Object, false)
}

// ----- helpers ------------------------------------------------------------------------

fn this(args: &[Value]) -> PyResult<&Value> {
    args.first().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}

/// Run `f` on an array's state (no Python code may run inside).
fn with_arr<R>(v: &Value, f: impl FnOnce(&mut ArrayData) -> R) -> PyResult<R> {
    with_native::<ArrayData, _>(v, f).ok_or_else(|| PyErr::type_error("descriptor requires a 'array.array' object"))
}

/// `(typecode, items)` of `v` if it is an array.
fn snapshot(v: &Value) -> Option<(char, Store)> {
    with_native::<ArrayData, _>(v, |a| (a.code, a.store.clone()))
}

/// A new array (of the base `array.array` class, as CPython's slices and
/// operators return even for subclass operands).
fn new_like(vm: &mut Vm, like: &Value, code: char, store: Store) -> Value {
    let cls = vm.type_of(like);
    let base = mro(&cls)
        .into_iter()
        .find(|c| type_data(c).map(|t| &*t.name == "array" && &*t.module == "array").unwrap_or(false))
        .unwrap_or(cls);
    vm.new_native_object(&base, Box::new(ArrayData { code, store }))
}

fn arg<'a>(name: &str, args: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("array.{}() takes no keyword arguments", name)));
    }
    match args {
        [_, x] => Ok(x),
        _ => Err(PyErr::type_error(format!(
            "array.{}() takes exactly one argument ({} given)",
            name,
            args.len().saturating_sub(1)
        ))),
    }
}

/// Items of an iterable converted for `code` (before touching the array).
fn convert_all(vm: &mut Vm, code: char, items: &Value) -> PyResult<Store> {
    let it = vm.get_iter(items)?;
    let mut store = Store::new(code);
    while let Some(x) = vm.next(&it)? {
        let e = convert(vm, code, &x)?;
        store.push(e);
    }
    Ok(store)
}

/// A position argument clamped like `list.insert` does.
fn clamp_index(i: i64, len: usize) -> usize {
    let len = len as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    j as usize
}

// ----- construction -------------------------------------------------------------------

fn array_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("array.array() takes no keyword arguments"));
    }
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(PyErr::type_error("array.__new__(X): X is not a type object"));
    };
    let rest = &args[1..];
    if rest.is_empty() {
        return Err(PyErr::type_error("array() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 2 {
        return Err(PyErr::type_error(format!("array() takes at most 2 arguments ({} given)", rest.len())));
    }
    let tc = &rest[0];
    let code = match tc.as_pystr() {
        Some(s) if s.char_len() == 1 => s.char_at(0).unwrap_or('?'),
        _ => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(tc)
            )))
        }
    };
    if !CODES.contains(code) {
        return Err(PyErr::value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let store = match rest.get(1) {
        None => Store::new(code),
        Some(init) => {
            if init.as_str().is_some() {
                return Err(PyErr::type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code
                )));
            }
            if let Some(Kind::Bytes(b)) = init.kind() {
                bytes_store(code, b)?
            } else {
                convert_all(vm, code, init)?
            }
        }
    };
    Ok(vm.new_native_object(&cls, Box::new(ArrayData { code, store })))
}

/// Items decoded from machine bytes.
fn bytes_store(code: char, b: &[u8]) -> PyResult<Store> {
    let rest = b.len() % itemsize(code);
    if rest > 0 {
        return Err(PyErr::value_error("bytes length not a multiple of item size"));
    }
    let mut s = Store::new(code);
    s.push_bytes(code, b);
    Ok(s)
}

// ----- attributes and simple methods ----------------------------------------------------

fn typecode(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let c = with_arr(this(args)?, |a| a.code)?;
    Ok(Value::string(String::from(c)))
}

fn itemsize_attr(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let c = with_arr(this(args)?, |a| a.code)?;
    Ok(Value::Int(itemsize(c) as i64))
}

fn len(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_arr(this(args)?, |a| Value::Int(a.store.len() as i64))
}

fn append(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg("append", args, kw)?;
    let code = with_arr(this(args)?, |a| a.code)?;
    let e = convert(vm, code, x)?;
    with_arr(&args[0], |a| a.store.push(e))?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg("extend", args, kw)?;
    extend_from(vm, &args[0], x)?;
    Ok(Value::None)
}

/// `self.extend(other)`: arrays must share the typecode.
fn extend_from(vm: &mut Vm, target: &Value, other: &Value) -> PyResult<()> {
    let code = with_arr(target, |a| a.code)?;
    let items = match snapshot(other) {
        Some((c, s)) if c == code => s,
        Some(_) => return Err(PyErr::type_error("can only extend with array of same kind")),
        None => {
            // Item by item: the items before a bad one stay appended.
            let it = vm.get_iter(other)?;
            while let Some(x) = vm.next(&it)? {
                let e = convert(vm, code, &x)?;
                with_arr(target, |a| a.store.push(e))?;
            }
            return Ok(());
        }
    };
    with_arr(target, |a| a.store.extend(&items))
}

fn insert(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("array.insert() takes no keyword arguments"));
    }
    let [me, i, x] = args else {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.len().saturating_sub(1))));
    };
    let i = vm.to_i64(i)?;
    let code = with_arr(me, |a| a.code)?;
    let e = convert(vm, code, x)?;
    with_arr(me, |a| {
        let at = clamp_index(i, a.store.len());
        a.store.insert(at, e)
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("array.pop() takes no keyword arguments"));
    }
    let me = this(args)?;
    let i = match args.get(1) {
        Some(v) => vm.to_i64(v)?,
        None => -1,
    };
    with_arr(me, |a| {
        let n = a.store.len();
        if n == 0 {
            return Err(PyErr::index_error("pop from empty array"));
        }
        let j = if i < 0 { i + n as i64 } else { i };
        if j < 0 || j >= n as i64 {
            return Err(PyErr::index_error("pop index out of range"));
        }
        a.store.remove(j as usize).ok_or_else(|| PyErr::index_error("pop index out of range"))
    })?
}

/// Position of the first item equal to `x` in `lo..hi`.
fn find(vm: &mut Vm, me: &Value, x: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let items = with_arr(me, |a| a.store.values())?;
    for (i, v) in items.iter().enumerate().take(hi).skip(lo) {
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg("remove", args, kw)?;
    match find(vm, &args[0], x, 0, usize::MAX)? {
        Some(i) => {
            with_arr(&args[0], |a| a.store.remove(i))?;
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("array.index() takes no keyword arguments"));
    }
    if args.len() < 2 || args.len() > 4 {
        return Err(PyErr::type_error(format!("index expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let n = with_arr(&args[0], |a| a.store.len())?;
    let lo = match args.get(2) {
        Some(v) => clamp_index(vm.to_i64(v)?, n),
        None => 0,
    };
    let hi = match args.get(3) {
        Some(v) => clamp_index(vm.to_i64(v)?, n),
        None => n,
    };
    match find(vm, &args[0], &args[1], lo, hi)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg("count", args, kw)?;
    let items = with_arr(&args[0], |a| a.store.values())?;
    let mut n = 0;
    for v in &items {
        if vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_arr(this(args)?, |a| a.store.reverse())?;
    Ok(Value::None)
}

fn tolist(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_arr(this(args)?, |a| Value::list(a.store.values()))
}

fn tobytes(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = with_arr(this(args)?, |a| a.store.to_bytes(a.code))?;
    Ok(Value::new_obj(Kind::Bytes(b.into_boxed_slice())))
}

fn frombytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg("frombytes", args, kw)?;
    let Some(Kind::Bytes(b)) = x.kind() else {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(x))));
    };
    let code = with_arr(&args[0], |a| a.code)?;
    let items = bytes_store(code, b)?;
    with_arr(&args[0], |a| a.store.extend(&items))?;
    Ok(Value::None)
}

fn fromlist(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg("fromlist", args, kw)?;
    if !matches!(x.kind(), Some(Kind::List(_))) {
        return Err(PyErr::type_error("arg must be list"));
    }
    extend_from(vm, &args[0], x)?;
    Ok(Value::None)
}

fn buffer_info(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let n = with_arr(me, |a| a.store.len())?;
    Ok(Value::tuple(alloc::vec![Value::Int(me.identity() as i64), Value::Int(n as i64)]))
}

fn byteswap(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_arr(this(args)?, |a| {
        let size = itemsize(a.code);
        let mut bytes = a.store.to_bytes(a.code);
        bytes.chunks_exact_mut(size).for_each(|c| c.reverse());
        let mut s = Store::new(a.code);
        s.push_bytes(a.code, &bytes);
        a.store = s;
    })?;
    Ok(Value::None)
}

/// `hash(array)`: arrays are mutable.
fn unhashable(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::type_error("unhashable type: 'array.array'"))
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let Some((code, store)) = snapshot(me) else {
        return Err(PyErr::type_error("descriptor requires a 'array.array' object"));
    };
    Ok(new_like(vm, me, code, store))
}

// ----- sequence protocol -------------------------------------------------------------------

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, key] = args else { return Err(PyErr::type_error("__getitem__ expected 1 argument")) };
    let (code, n) = with_arr(me, |a| (a.code, a.store.len()))?;
    if let Some(Kind::Slice(s)) = key.kind() {
        let idx = vm.slice_indices(s, n)?;
        let store = with_arr(me, |a| a.store.select(idx.indices()))?;
        return Ok(new_like(vm, me, code, store));
    }
    let i = item_index(vm, key, n, "array index out of range")?;
    with_arr(me, |a| a.store.get(i))?.ok_or_else(|| PyErr::index_error("array index out of range"))
}

/// A subscript as a position in `0..n`.
fn item_index(vm: &mut Vm, key: &Value, n: usize, msg: &str) -> PyResult<usize> {
    let Some(i) = vm.to_index(key)? else {
        return Err(PyErr::type_error("array indices must be integers"));
    };
    let j = if i < 0 { i.saturating_add(n as i64) } else { i };
    if j < 0 || j >= n as i64 {
        return Err(PyErr::index_error(msg));
    }
    Ok(j as usize)
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, key, value] = args else { return Err(PyErr::type_error("__setitem__ expected 2 arguments")) };
    let (code, n) = with_arr(me, |a| (a.code, a.store.len()))?;
    if let Some(Kind::Slice(s)) = key.kind() {
        let items = match snapshot(value) {
            Some((c, st)) if c == code => st,
            Some(_) => return Err(PyErr::type_error("bad argument type for built-in operation")),
            None => {
                return Err(PyErr::type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    vm.type_name(value)
                )))
            }
        };
        let idx = vm.slice_indices(s, n)?;
        if idx.step == 1 {
            let start = idx.start.max(0) as usize;
            return with_arr(me, |a| a.store.splice(start, start + idx.len, &items)).map(|_| Value::None);
        }
        if items.len() != idx.len {
            return Err(PyErr::value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                items.len(),
                idx.len
            )));
        }
        let values = items.values();
        let mut elems = Vec::with_capacity(values.len());
        for v in &values {
            elems.push(convert(vm, code, v)?);
        }
        let positions: Vec<usize> = idx.indices().collect();
        with_arr(me, |a| positions.iter().zip(elems).for_each(|(p, e)| a.store.set(*p, e)))?;
        return Ok(Value::None);
    }
    let i = item_index(vm, key, n, "array assignment index out of range")?;
    let e = convert(vm, code, value)?;
    with_arr(me, |a| a.store.set(i, e))?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, key] = args else { return Err(PyErr::type_error("__delitem__ expected 1 argument")) };
    let n = with_arr(me, |a| a.store.len())?;
    if let Some(Kind::Slice(s)) = key.kind() {
        let idx = vm.slice_indices(s, n)?;
        let mut drop = alloc::vec![false; n];
        for i in idx.indices() {
            if let Some(d) = drop.get_mut(i) {
                *d = true;
            }
        }
        with_arr(me, |a| a.store.retain_indices(|i| !drop.get(i).copied().unwrap_or(false)))?;
        return Ok(Value::None);
    }
    let i = item_index(vm, key, n, "array assignment index out of range")?;
    with_arr(me, |a| a.store.remove(i))?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let items = with_arr(this(args)?, |a| a.store.values())?;
    Ok(vm.make_iter(IterState::Seq { seq: Value::list(items), index: 0 }))
}

fn contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, x] = args else { return Err(PyErr::type_error("__contains__ expected 1 argument")) };
    Ok(Value::Bool(find(vm, me, x, 0, usize::MAX)?.is_some()))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let Some((code, store)) = snapshot(me) else {
        return Err(PyErr::type_error("descriptor requires a 'array.array' object"));
    };
    let name = vm.type_name(me);
    if store.len() == 0 {
        return Ok(Value::string(format!("{}('{}')", name, code)));
    }
    let items = vm.repr(&Value::list(store.values()))?;
    Ok(Value::string(format!("{}('{}', {})", name, code, items)))
}

// ----- comparisons and arithmetic ----------------------------------------------------------

fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("comparison expected 1 argument")) };
    let (Some((_, a)), Some((_, b))) = (snapshot(me), snapshot(other)) else {
        return Ok(vm.not_implemented.clone());
    };
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && a.len() != b.len() {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    let (la, lb) = (Value::list(a.values()), Value::list(b.values()));
    vm.rich_compare(&la, &lb, op)
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

/// The items of `other` for `self + other` (same typecode required).
fn concat_operand(vm: &mut Vm, code: char, other: &Value) -> PyResult<Store> {
    match snapshot(other) {
        Some((c, s)) if c == code => Ok(s),
        Some(_) => Err(PyErr::type_error("bad argument type for built-in operation")),
        None => Err(PyErr::type_error(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name(other)
        ))),
    }
}

fn add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__add__ expected 1 argument")) };
    let Some((code, mut store)) = snapshot(me) else { return Ok(vm.not_implemented.clone()) };
    let extra = concat_operand(vm, code, other)?;
    store.extend(&extra);
    Ok(new_like(vm, me, code, store))
}

fn iadd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__iadd__ expected 1 argument")) };
    let code = with_arr(me, |a| a.code)?;
    let extra = concat_operand(vm, code, other)?;
    with_arr(me, |a| a.store.extend(&extra))?;
    Ok(me.clone())
}

/// The repeat count of `a * n`, or `None` for a non-integer operand;
/// `MemoryError` when the result could not be allocated.
fn repeat_count(vm: &mut Vm, me: &Value, n: &Value) -> PyResult<Option<usize>> {
    if matches!(n, Value::Float(_)) {
        return Ok(None);
    }
    let Some(k) = vm.to_index(n)? else { return Ok(None) };
    let k = k.max(0) as usize;
    let len = with_arr(me, |a| a.store.len())?;
    match len.checked_mul(k) {
        Some(_) => Ok(Some(k)),
        None => Err(memory_error()),
    }
}

fn memory_error() -> PyErr {
    PyErr::bare(crate::objects::ExcKind::MemoryError)
}

fn mul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, n] = args else { return Err(PyErr::type_error("__mul__ expected 1 argument")) };
    let Some(k) = repeat_count(vm, me, n)? else { return Ok(vm.not_implemented.clone()) };
    let Some((code, store)) = snapshot(me) else { return Ok(vm.not_implemented.clone()) };
    let store = store.repeat(k).ok_or_else(memory_error)?;
    Ok(new_like(vm, me, code, store))
}

fn imul(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, n] = args else { return Err(PyErr::type_error("__imul__ expected 1 argument")) };
    let Some(k) = repeat_count(vm, me, n)? else { return Ok(vm.not_implemented.clone()) };
    let store = with_arr(me, |a| a.store.repeat(k))?.ok_or_else(memory_error)?;
    with_arr(me, |a| a.store = store)?;
    Ok(me.clone())
}
