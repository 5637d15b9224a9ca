//! Methods of the built-in sequence types `list`, `tuple` and `range`, with
//! CPython 3.11's semantics and messages (`list.sort`, `list.index` with
//! start/stop, `range.index`, ...), plus thin dunders (`__getitem__`,
//! `__len__`, ...) that subclasses reach through `super()`.
//!
//! The dunders work on the layout directly instead of going through
//! `Vm::getitem` & co., which would dispatch back to a subclass override and
//! recurse. No `RefCell` borrow is held across a call into Python code: items
//! are cloned out first, and lengths are re-read after every comparison.
//!
//! Small shared helpers (`read`, `write`, `bad_receiver`, `expect_args`)
//! are also used by the `dict` and `set` method files.

use alloc::format;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::builtins::functions::sort_list_items;
use crate::builtins::{check_method_arity, def_methods, no_kwargs, Kwargs};
use crate::objects::iter::IterState;
use crate::objects::value::{Kind, Range};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::{Num, Vm};

pub(super) fn install(vm: &mut Vm) {
    let t = &vm.types;
    def_methods(&t.list, "list", &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("remove", list_remove),
        ("pop", list_pop),
        ("clear", list_clear),
        ("copy", list_copy),
        ("reverse", list_reverse),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("__init__", list_init),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__len__", list_len),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
    ]);
    def_methods(&t.tuple, "tuple", &[
        ("index", tuple_index),
        ("count", tuple_count),
        ("__getitem__", tuple_getitem),
        ("__len__", tuple_len),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
    ]);
    def_methods(&t.range, "range", &[
        ("index", range_index),
        ("count", range_count),
        ("__len__", range_len),
        ("__getitem__", range_getitem),
        ("__contains__", range_contains),
        ("__iter__", range_iter),
    ]);
}

// ----- helpers shared with the dict and set method files --------------------

/// Run `f` on the contents of `cell` (a `RuntimeError` instead of a panic if
/// it is somehow already mutably borrowed).
pub(super) fn read<X, T>(cell: &RefCell<X>, f: impl FnOnce(&X) -> T) -> PyResult<T> {
    cell.try_borrow().map(|x| f(&x)).map_err(|_| PyErr::runtime("object is being modified"))
}

/// Run `f` on the mutable contents of `cell`.
pub(super) fn write<X, T>(cell: &RefCell<X>, f: impl FnOnce(&mut X) -> T) -> PyResult<T> {
    cell.try_borrow_mut().map(|mut x| f(&mut x)).map_err(|_| PyErr::runtime("object is being modified"))
}

/// Grow list `this` (whose cell is `l`) by `extra` items through `f`: the
/// growth is checked against and charged to the heap first.
fn grow<T>(this: &Value, l: &RefCell<Vec<Value>>, extra: usize, f: impl FnOnce(&mut Vec<Value>) -> T) -> PyResult<T> {
    let mut v = l.try_borrow_mut().map_err(|_| PyErr::runtime("object is being modified"))?;
    if let Value::Obj(o) = this {
        crate::mem::grow_list(o, &mut v, extra)?;
    }
    Ok(f(&mut v))
}

/// Dunders that CPython defines as ordinary methods; the other dunders here
/// are slot wrappers, whose descriptor errors are worded differently.
const METHOD_DUNDERS: &[(&str, &str)] = &[
    ("list", "__getitem__"),
    ("list", "__reversed__"),
    ("dict", "__getitem__"),
    ("dict", "__contains__"),
    ("set", "__contains__"),
    ("frozenset", "__contains__"),
];

/// CPython's error for a method descriptor called on the wrong object.
pub(super) fn bad_receiver(vm: &Vm, args: &[Value], owner: &str, name: &str) -> PyErr {
    let wrapper = name.starts_with("__") && !METHOD_DUNDERS.contains(&(owner, name));
    PyErr::type_error(match (args.first(), wrapper) {
        (None, false) => format!("unbound method {}.{}() needs an argument", owner, name),
        (None, true) => format!("descriptor '{}' of '{}' object needs an argument", name, owner),
        (Some(v), false) => format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner,
            vm.type_name(v)
        ),
        (Some(v), true) => format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            owner,
            vm.type_name(v)
        ),
    })
}

/// Arity check with the wording of CPython's slot wrappers (`__len__`,
/// `__contains__`, ...): `expected 1 argument, got 0`.
pub(super) fn expect_args(args: &[Value], kw: Kwargs, n: usize, name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("wrapper {}() takes no keyword arguments", name)));
    }
    let got = args.len().saturating_sub(1);
    if got == n {
        return Ok(());
    }
    Err(PyErr::type_error(format!("expected {} argument{}, got {}", n, if n == 1 { "" } else { "s" }, got)))
}

/// `x == y` as `PyObject_RichCompareBool` does it: identity first.
pub(super) fn same_or_eq(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    Ok(x.is(y) || vm.eq(x, y)?)
}

/// True for an `int` outside 64 bits.
fn is_big(v: &Value) -> bool {
    matches!(Num::of(v), Some(Num::B(_)))
}

/// A subscript as an integer (`None` if it is not one), with CPython's
/// `IndexError` for ints too large for an index.
fn subscript_index(vm: &mut Vm, key: &Value) -> PyResult<Option<i64>> {
    if is_big(key) {
        return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer"));
    }
    vm.to_index(key)
}

/// An index argument, or CPython's "cannot be interpreted as an integer".
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if is_big(v) {
        return Err(PyErr::overflow("Python int too large to convert to C ssize_t"));
    }
    match vm.to_index(v)? {
        Some(i) => Ok(i),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// A start/stop argument of `index()` (`_PyEval_SliceIndexNotNone`),
/// normalised against `len` like CPython.
fn bound_arg(vm: &mut Vm, v: Option<&Value>, len: usize, dflt: i64) -> PyResult<i64> {
    let Some(v) = v else { return Ok(dflt) };
    let Some(mut i) = vm.to_index(v)? else {
        return Err(PyErr::type_error("slice indices must be integers or have an __index__ method"));
    };
    if i < 0 {
        i = i.saturating_add(len as i64).max(0);
    }
    Ok(i)
}

/// Normalise a (possibly negative) item index; `None` when out of range.
fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.saturating_add(len as i64) } else { i };
    if j < 0 || j >= len as i64 {
        None
    } else {
        Some(j as usize)
    }
}

/// The slice object of a subscript, if it is one.
fn as_slice(key: &Value) -> Option<[Value; 3]> {
    match key.kind() {
        Some(Kind::Slice(s)) => Some((**s).clone()),
        _ => None,
    }
}

/// Resolve `seq[key]` for a sequence of length `len` (`what` names the type
/// in messages) to the selected positions.
fn seq_getitem(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<SeqItem> {
    if let Some(s) = as_slice(key) {
        let idx = vm.slice_indices(&s, len)?;
        return Ok(SeqItem::Slice(idx.indices().collect()));
    }
    let Some(i) = subscript_index(vm, key)? else {
        return Err(PyErr::type_error(format!("{} indices must be integers or slices, not {}", what, vm.type_name(key))));
    };
    match norm_index(i, len) {
        Some(j) => Ok(SeqItem::One(j)),
        None => Err(PyErr::index_error(format!("{} index out of range", what))),
    }
}

/// What a subscript selects: one position or the positions of a slice.
enum SeqItem {
    One(usize),
    Slice(Vec<usize>),
}

/// The `search` of `index`/`count`: positions `start..stop` of a sequence
/// read item by item (the sequence may change while comparing).
fn seq_find(
    vm: &mut Vm,
    x: &Value,
    start: i64,
    stop: i64,
    item: &dyn Fn(usize) -> Option<Value>,
) -> PyResult<Option<usize>> {
    let mut i = start.max(0) as usize;
    while (i as i64) < stop {
        let Some(v) = item(i) else { break };
        if same_or_eq(vm, &v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// Count the items equal to `x`.
fn seq_count(vm: &mut Vm, x: &Value, item: &dyn Fn(usize) -> Option<Value>) -> PyResult<usize> {
    let (mut i, mut n) = (0, 0);
    while let Some(v) = item(i) {
        if same_or_eq(vm, &v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

// ----- list --------------------------------------------------------------

/// The list cell of the receiver, or the descriptor error.
fn list_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::List(l)) => Ok(l),
        _ => Err(bad_receiver(vm, args, "list", name)),
    }
}

/// Item `i` of a list, cloned out of the borrow.
fn list_item(l: &RefCell<Vec<Value>>, i: usize) -> Option<Value> {
    l.try_borrow().ok().and_then(|v| v.get(i).cloned())
}

fn list_len_of(l: &RefCell<Vec<Value>>) -> PyResult<usize> {
    read(l, |v| v.len())
}

pub(crate) fn list_append(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "append")?;
    no_kwargs("list.append", kw)?;
    check_method_arity("list.append", args, 1, 1)?;
    grow(&args[0], l, 1, |v| v.push(args[1].clone()))?;
    Ok(Value::None)
}

/// `list.extend`: lists and tuples (and the list itself) are copied first;
/// anything else is iterated lazily, appending as it goes.
fn extend_from(vm: &mut Vm, this: &Value, l: &RefCell<Vec<Value>>, other: &Value) -> PyResult<()> {
    let exact_seq = matches!(other.kind(), Some(Kind::List(_) | Kind::Tuple(_))) && !vm.has_user_class(other);
    if exact_seq || other.is(this) {
        let items = other.seq_items().unwrap_or_default();
        return grow(this, l, items.len(), |v| v.extend(items));
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        grow(this, l, 1, |v| v.push(x))?;
    }
    Ok(())
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "extend")?;
    no_kwargs("list.extend", kw)?;
    check_method_arity("list.extend", args, 1, 1)?;
    extend_from(vm, &args[0], l, &args[1])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "insert")?;
    no_kwargs("list.insert", kw)?;
    check_method_arity("insert", args, 2, 2)?;
    let i = index_arg(vm, &args[1])?;
    let x = args[2].clone();
    grow(&args[0], l, 1, |v| {
        let n = v.len() as i64;
        let pos = if i < 0 { i.saturating_add(n).max(0) } else { i.min(n) };
        v.insert(pos as usize, x);
    })?;
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "remove")?;
    no_kwargs("list.remove", kw)?;
    check_method_arity("list.remove", args, 1, 1)?;
    let found = seq_find(vm, &args[1], 0, i64::MAX, &|i| list_item(l, i))?;
    match found {
        Some(i) => {
            write(l, |v| {
                if i < v.len() {
                    v.remove(i);
                }
            })?;
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

fn list_pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "pop")?;
    no_kwargs("list.pop", kw)?;
    check_method_arity("pop", args, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    write(l, |v| {
        if v.is_empty() {
            return Err(PyErr::index_error("pop from empty list"));
        }
        match norm_index(i, v.len()) {
            Some(j) => Ok(v.remove(j)),
            None => Err(PyErr::index_error("pop index out of range")),
        }
    })?
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "clear")?;
    no_kwargs("list.clear", kw)?;
    check_method_arity("list.clear", args, 0, 0)?;
    // Drop the items after releasing the borrow (their destructors are Rust).
    let old = write(l, core::mem::take)?;
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "copy")?;
    no_kwargs("list.copy", kw)?;
    check_method_arity("list.copy", args, 0, 0)?;
    Ok(Value::list(read(l, |v| v.clone())?))
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "reverse")?;
    no_kwargs("list.reverse", kw)?;
    check_method_arity("list.reverse", args, 0, 0)?;
    write(l, |v| v.reverse())?;
    Ok(Value::None)
}

fn list_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "index")?;
    no_kwargs("list.index", kw)?;
    check_method_arity("index", args, 1, 3)?;
    let len = list_len_of(l)?;
    let start = bound_arg(vm, args.get(2), len, 0)?;
    let stop = bound_arg(vm, args.get(3), len, i64::MAX)?;
    match seq_find(vm, &args[1], start, stop, &|i| list_item(l, i))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args[1])?;
            Err(PyErr::value_error(format!("{} is not in list", r)))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "count")?;
    no_kwargs("list.count", kw)?;
    check_method_arity("list.count", args, 1, 1)?;
    let n = seq_count(vm, &args[1], &|i| list_item(l, i))?;
    Ok(Value::Int(n as i64))
}

/// `list.sort(*, key=None, reverse=False)`. Like CPython, the list is empty
/// while sorting; if a key or comparison touched it, the sorted items are
/// put back and `ValueError: list modified during sort` is raised.
fn list_sort(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let mut opts: Vec<(Rc<str>, Value)> = Vec::new();
    for (k, v) in kw {
        match &**k {
            "key" => opts.push((k.clone(), v.clone())),
            "reverse" => opts.push((k.clone(), Value::Bool(reverse_flag(vm, v)?))),
            _ => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for sort()", k))),
        }
    }
    let mut items = write(l, core::mem::take)?;
    let result = sort_list_items(vm, &mut items, &opts);
    let modified = write(l, |v| {
        let touched = !v.is_empty() || v.capacity() > 0;
        core::mem::swap(v, &mut items);
        touched
    })?;
    drop(items);
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// `reverse=` of `list.sort` accepts only integers (CPython's `bool(accept={int})`).
fn reverse_flag(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match Num::of(v) {
        Some(Num::I(i)) => Ok(i != 0),
        Some(Num::B(_)) => Ok(true),
        _ => match vm.to_index(v)? {
            Some(i) => Ok(i != 0),
            None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        },
    }
}

/// `list.__init__(iterable=())`: clear, then extend.
fn list_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "__init__")?;
    no_kwargs("list", kw)?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("list expected at most 1 argument, got {}", args.len() - 1)));
    }
    let old = write(l, core::mem::take)?;
    drop(old);
    if let Some(src) = args.get(1) {
        extend_from(vm, &args[0], l, src)?;
    }
    Ok(Value::None)
}

fn list_getitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "__getitem__")?;
    no_kwargs("list.__getitem__", kw)?;
    check_method_arity("list.__getitem__", args, 1, 1)?;
    let len = list_len_of(l)?;
    match seq_getitem(vm, &args[1], len, "list")? {
        SeqItem::One(i) => list_item(l, i).ok_or_else(|| PyErr::index_error("list index out of range")),
        SeqItem::Slice(pos) => Ok(Value::list(read(l, |v| pos.iter().filter_map(|&i| v.get(i).cloned()).collect())?)),
    }
}

fn list_setitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "__setitem__")?;
    expect_args(args, kw, 2, "__setitem__")?;
    let (key, value) = (&args[1], args[2].clone());
    if let Some(s) = as_slice(key) {
        assign_slice(vm, l, &s, &value)?;
        return Ok(Value::None);
    }
    let Some(i) = subscript_index(vm, key)? else {
        return Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", vm.type_name(key))));
    };
    write(l, |v| match norm_index(i, v.len()) {
        Some(j) => {
            v[j] = value;
            Ok(Value::None)
        }
        None => Err(PyErr::index_error("list assignment index out of range")),
    })?
}

/// `l[a:b:c] = value`.
fn assign_slice(vm: &mut Vm, l: &RefCell<Vec<Value>>, s: &[Value; 3], value: &Value) -> PyResult<()> {
    let idx = vm.slice_indices(s, list_len_of(l)?)?;
    let items = vm.collect_iterable(value).map_err(|e| {
        if vm.err_matches(&e, crate::objects::ExcKind::TypeError) {
            PyErr::type_error(if idx.step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            })
        } else {
            e
        }
    })?;
    if idx.step == 1 {
        return write(l, |v| {
            let start = (idx.start.max(0) as usize).min(v.len());
            let end = (start + idx.len).min(v.len());
            v.splice(start..end, items);
        });
    }
    if items.len() != idx.len {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            idx.len
        )));
    }
    let positions: Vec<usize> = idx.indices().collect();
    write(l, |v| {
        for (p, x) in positions.into_iter().zip(items) {
            if let Some(slot) = v.get_mut(p) {
                *slot = x;
            }
        }
    })
}

fn list_delitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "__delitem__")?;
    expect_args(args, kw, 1, "__delitem__")?;
    let key = &args[1];
    if let Some(s) = as_slice(key) {
        let idx = vm.slice_indices(&s, list_len_of(l)?)?;
        let mut remove: Vec<usize> = idx.indices().collect();
        remove.sort_unstable();
        let removed = write(l, |v| {
            let mut out = Vec::with_capacity(remove.len());
            for p in remove.into_iter().rev() {
                if p < v.len() {
                    out.push(v.remove(p));
                }
            }
            out
        })?;
        drop(removed);
        return Ok(Value::None);
    }
    let Some(i) = subscript_index(vm, key)? else {
        return Err(PyErr::type_error(format!("list indices must be integers or slices, not {}", vm.type_name(key))));
    };
    let old = write(l, |v| match norm_index(i, v.len()) {
        Some(j) => Ok(v.remove(j)),
        None => Err(PyErr::index_error("list assignment index out of range")),
    })??;
    drop(old);
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "__len__")?;
    expect_args(args, kw, 0, "__len__")?;
    Ok(Value::Int(list_len_of(l)? as i64))
}

fn list_contains(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "__contains__")?;
    expect_args(args, kw, 1, "__contains__")?;
    Ok(Value::Bool(seq_find(vm, &args[1], 0, i64::MAX, &|i| list_item(l, i))?.is_some()))
}

fn list_reversed(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = list_of(vm, args, "__reversed__")?;
    check_method_arity("list.__reversed__", args, 0, 0)?;
    no_kwargs("list.__reversed__", kw)?;
    let n = list_len_of(l)?;
    Ok(vm.make_iter(IterState::Reversed { seq: args[0].clone(), index: n }))
}

/// `__iter__` of lists and tuples: the built-in sequence iterator.
fn seq_iter(vm: &mut Vm, args: &[Value], kw: Kwargs, owner: &str) -> PyResult<Value> {
    let this = match (args.first().and_then(|v| v.kind()), owner) {
        (Some(Kind::List(_)), "list") | (Some(Kind::Tuple(_)), "tuple") => args[0].clone(),
        _ => return Err(bad_receiver(vm, args, owner, "__iter__")),
    };
    expect_args(args, kw, 0, "__iter__")?;
    Ok(vm.make_iter(IterState::Seq { seq: this, index: 0 }))
}

fn list_iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    seq_iter(vm, args, kw, "list")
}

// ----- tuple -------------------------------------------------------------

/// The items of the receiving tuple, or the descriptor error.
fn tuple_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Tuple(t)) => Ok(t),
        _ => Err(bad_receiver(vm, args, "tuple", name)),
    }
}

fn tuple_iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    seq_iter(vm, args, kw, "tuple")
}

fn tuple_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let t = tuple_of(vm, args, "index")?;
    no_kwargs("tuple.index", kw)?;
    check_method_arity("index", args, 1, 3)?;
    let start = bound_arg(vm, args.get(2), t.len(), 0)?;
    let stop = bound_arg(vm, args.get(3), t.len(), i64::MAX)?;
    match seq_find(vm, &args[1], start, stop, &|i| t.get(i).cloned())? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let t = tuple_of(vm, args, "count")?;
    no_kwargs("tuple.count", kw)?;
    check_method_arity("tuple.count", args, 1, 1)?;
    let n = seq_count(vm, &args[1], &|i| t.get(i).cloned())?;
    Ok(Value::Int(n as i64))
}

fn tuple_getitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let t = tuple_of(vm, args, "__getitem__")?;
    expect_args(args, kw, 1, "__getitem__")?;
    match seq_getitem(vm, &args[1], t.len(), "tuple")? {
        SeqItem::One(i) => t.get(i).cloned().ok_or_else(|| PyErr::index_error("tuple index out of range")),
        SeqItem::Slice(pos) => Ok(Value::tuple(pos.iter().filter_map(|&i| t.get(i).cloned()).collect())),
    }
}

fn tuple_len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let t = tuple_of(vm, args, "__len__")?;
    expect_args(args, kw, 0, "__len__")?;
    Ok(Value::Int(t.len() as i64))
}

fn tuple_contains(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let t = tuple_of(vm, args, "__contains__")?;
    expect_args(args, kw, 1, "__contains__")?;
    Ok(Value::Bool(seq_find(vm, &args[1], 0, i64::MAX, &|i| t.get(i).cloned())?.is_some()))
}


// ----- range -------------------------------------------------------------

/// The receiving range, or the descriptor error.
fn range_of(vm: &Vm, args: &[Value], name: &str) -> PyResult<Range> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Range(r)) => Ok(*r),
        _ => Err(bad_receiver(vm, args, "range", name)),
    }
}

/// `x` as an exact `int` (or bool), which `range` searches arithmetically;
/// `Some(None)` for an int outside 64 bits (never an element).
fn exact_int(x: &Value) -> Option<Option<i64>> {
    match x {
        Value::Int(i) => Some(Some(*i)),
        Value::Bool(b) => Some(Some(*b as i64)),
        Value::Obj(o) if o.ext.is_none() => match &o.kind {
            Kind::Int(_) => Some(None),
            _ => None,
        },
        _ => None,
    }
}

/// Position of the int `i` in `r`, if it is an element.
fn range_position(r: &Range, i: i64) -> Option<i64> {
    let (start, step, i) = (r.start as i128, r.step as i128, i as i128);
    let off = i - start;
    if off % step != 0 {
        return None;
    }
    let k = off / step;
    if k >= 0 && k < r.len() as i128 {
        Some(k as i64)
    } else {
        None
    }
}

/// The elements of `r` as values, for the by-equality searches.
fn range_item(r: &Range, i: usize) -> Option<Value> {
    if (i as i64) < r.len() {
        Some(Value::Int(r.get(i as i64)))
    } else {
        None
    }
}

/// `index`/`count` on a range with bounds past 64 bits, by big-int
/// arithmetic; `None` when the receiver is an ordinary range.
fn big_range_search(vm: &mut Vm, args: &[Value], count: bool) -> Option<PyResult<Value>> {
    let Some(Kind::BigRange(r)) = args.first().and_then(|v| v.kind()) else { return None };
    let x = args.get(1)?;
    let found = match crate::vm::Num::of(x) {
        Some(n) if !matches!(n, crate::vm::Num::F(_)) => {
            let b = n.to_big().unwrap_or_default();
            crate::vm::bigrange_contains(r, &b).then(|| (b - &r[0]) / &r[2])
        }
        _ => None,
    };
    Some(match (count, found) {
        (true, f) => Ok(Value::Int(f.is_some() as i64)),
        (false, Some(k)) => Ok(Value::from_bigint(k)),
        (false, None) => vm.repr(x).and_then(|s| Err(PyErr::value_error(format!("{} is not in range", s)))),
    })
}

fn range_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if let Some(r) = big_range_search(vm, args, false) {
        return r;
    }
    let r = range_of(vm, args, "index")?;
    no_kwargs("range.index", kw)?;
    check_method_arity("range.index", args, 1, 1)?;
    let x = &args[1];
    if let Some(i) = exact_int(x) {
        return match i.and_then(|i| range_position(&r, i)) {
            Some(k) => Ok(Value::Int(k)),
            None => {
                let s = vm.repr(x)?;
                Err(PyErr::value_error(format!("{} is not in range", s)))
            }
        };
    }
    match seq_find(vm, x, 0, i64::MAX, &|i| range_item(&r, i))? {
        Some(k) => Ok(Value::Int(k as i64)),
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if let Some(r) = big_range_search(vm, args, true) {
        return r;
    }
    let r = range_of(vm, args, "count")?;
    no_kwargs("range.count", kw)?;
    check_method_arity("range.count", args, 1, 1)?;
    let x = &args[1];
    if let Some(i) = exact_int(x) {
        return Ok(Value::Int(i.and_then(|i| range_position(&r, i)).is_some() as i64));
    }
    Ok(Value::Int(seq_count(vm, x, &|i| range_item(&r, i))? as i64))
}

fn range_len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let r = range_of(vm, args, "__len__")?;
    expect_args(args, kw, 0, "__len__")?;
    Ok(Value::Int(r.len()))
}

fn range_getitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    range_of(vm, args, "__getitem__")?;
    expect_args(args, kw, 1, "__getitem__")?;
    // `range` cannot be subclassed, so the protocol never dispatches back here.
    vm.getitem(&args[0], &args[1])
}

fn range_contains(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    range_of(vm, args, "__contains__")?;
    expect_args(args, kw, 1, "__contains__")?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn range_iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    range_of(vm, args, "__iter__")?;
    expect_args(args, kw, 0, "__iter__")?;
    vm.get_iter(&args[0])
}
