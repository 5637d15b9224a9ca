//! Methods of `dict` and of its views (`dict_keys`, `dict_values`,
//! `dict_items`), with CPython 3.11's semantics and messages.
//!
//! Insertion goes through `Vm::dict_set` (never a subclass's
//! `__setitem__`), like CPython's `dict.update`; key comparison that may run
//! user `__eq__` is done by the VM without holding the table's borrow.

use alloc::format;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::builtins::{check_method_arity, def_classmethod, def_methods, no_kwargs, Kwargs};
use crate::objects::iter::IterState;
use crate::objects::value::{Kind, ViewKind};
use crate::objects::{Dict, ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::list::{bad_receiver, expect_args, read, write};

pub(super) fn install(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    def_methods(&dict, "dict", &[
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__init__", dict_init),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
    ]);
    def_classmethod(&dict, "fromkeys", dict_fromkeys);
    let keys = vm.types.misc_type("dict_keys");
    def_methods(&keys, "dict_keys", &[("isdisjoint", keys_isdisjoint)]);
    let items = vm.types.misc_type("dict_items");
    def_methods(&items, "dict_items", &[("isdisjoint", items_isdisjoint)]);
}

/// The dict cell of the receiver, or the descriptor error.
fn dict_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Dict>> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Dict(d)) => Ok(d),
        _ => Err(bad_receiver(vm, args, "dict", name)),
    }
}

/// A method of no arguments: check the receiver and arity.
fn no_args<'a>(vm: &Vm, args: &'a [Value], kw: Kwargs, name: &'static str, full: &str) -> PyResult<&'a RefCell<Dict>> {
    let d = dict_of(vm, args, name)?;
    no_kwargs(full, kw)?;
    check_method_arity(full, args, 0, 0)?;
    Ok(d)
}

fn view(vm: &Vm, args: &[Value], kw: Kwargs, name: &'static str, full: &str, which: ViewKind) -> PyResult<Value> {
    no_args(vm, args, kw, name, full)?;
    Ok(Value::new_obj(Kind::DictView(args[0].clone(), which)))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    view(vm, args, kw, "keys", "dict.keys", ViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    view(vm, args, kw, "values", "dict.values", ViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    view(vm, args, kw, "items", "dict.items", ViewKind::Items)
}

fn dict_get(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    dict_of(vm, args, "get")?;
    no_kwargs("dict.get", kw)?;
    check_method_arity("get", args, 1, 2)?;
    Ok(match vm.dict_lookup(&args[0], &args[1])? {
        Some(v) => v,
        None => args.get(2).cloned().unwrap_or(Value::None),
    })
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    dict_of(vm, args, "setdefault")?;
    no_kwargs("dict.setdefault", kw)?;
    check_method_arity("setdefault", args, 1, 2)?;
    if let Some(v) = vm.dict_lookup(&args[0], &args[1])? {
        return Ok(v);
    }
    let dflt = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&args[0], args[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = dict_of(vm, args, "pop")?;
    no_kwargs("dict.pop", kw)?;
    check_method_arity("pop", args, 1, 2)?;
    // CPython answers from an empty dict without hashing the key.
    let found = if read(d, |d| d.is_empty())? { None } else { vm.dict_remove(&args[0], &args[1])? };
    match (found, args.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(dflt)) => Ok(dflt.clone()),
        (None, None) => Err(PyErr::with_value(ExcKind::KeyError, args[1].clone())),
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = no_args(vm, args, kw, "popitem", "dict.popitem")?;
    match write(d, |d| d.pop_last())? {
        Some(e) => Ok(Value::tuple(alloc::vec![e.key, e.value])),
        None => Err(PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    dict_of(vm, args, "update")?;
    check_method_arity("update", args, 0, 1)?;
    update_common(vm, &args[0], args.get(1), kw)?;
    Ok(Value::None)
}

/// `dict.__init__(self, [other], **kw)`.
fn dict_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    dict_of(vm, args, "__init__")?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", args.len() - 1)));
    }
    update_common(vm, &args[0], args.get(1), kw)?;
    Ok(Value::None)
}

/// The body of `update` and `__init__`: merge `other` (a mapping or an
/// iterable of pairs), then the keyword arguments.
fn update_common(vm: &mut Vm, d: &Value, other: Option<&Value>, kw: Kwargs) -> PyResult<()> {
    if let Some(other) = other {
        update_arg(vm, d, other)?;
    }
    for (k, v) in kw {
        vm.dict_set(d, Value::str(k), v.clone())?;
    }
    Ok(())
}

/// CPython's `dict_update_arg`: an exact dict, anything with `keys`, or a
/// sequence of pairs.
fn update_arg(vm: &mut Vm, d: &Value, other: &Value) -> PyResult<()> {
    let is_dict = matches!(other.kind(), Some(Kind::Dict(_)));
    if is_dict && !vm.has_user_class(other) {
        return merge(vm, d, other);
    }
    if vm.get_attr_opt(other, "keys")?.is_some() {
        return merge(vm, d, other);
    }
    merge_pairs(vm, d, other)
}

/// `PyDict_Merge`: dicts whose iteration is the built-in one are read
/// directly; other mappings through `keys()` and `__getitem__`.
fn merge(vm: &mut Vm, d: &Value, other: &Value) -> PyResult<()> {
    if let Some(Kind::Dict(src)) = other.kind() {
        if vm.user_dunder(other, "__iter__").is_none() {
            for (k, v) in read(src, |s| s.items())? {
                vm.dict_set(d, k, v)?;
            }
            return Ok(());
        }
    }
    let keys = vm.call_method(other, "keys", &[])?;
    let it = vm.get_iter(&keys)?;
    while let Some(k) = vm.next(&it)? {
        let v = vm.getitem(other, &k)?;
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// `PyDict_MergeFromSeq2`: every item must be a 2-sequence.
fn merge_pairs(vm: &mut Vm, d: &Value, other: &Value) -> PyResult<()> {
    let it = vm.get_iter(other)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect_iterable(&item) {
            Ok(p) => p,
            Err(e) if vm.err_matches(&e, ExcKind::TypeError) => {
                return Err(PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                )))
            }
            Err(e) => return Err(e),
        };
        let [k, v]: [Value; 2] = pair.try_into().map_err(|p: Vec<Value>| {
            PyErr::value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                p.len()
            ))
        })?;
        vm.dict_set(d, k, v)?;
        i += 1;
    }
    Ok(())
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = no_args(vm, args, kw, "clear", "dict.clear")?;
    let old = write(d, core::mem::take)?;
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = no_args(vm, args, kw, "copy", "dict.copy")?;
    Ok(Value::dict(read(d, |d| d.clone())?))
}

/// `dict.fromkeys(iterable, value=None)`: a classmethod, so `args[0]` is the
/// class; subclasses are instantiated and filled through `__setitem__`.
fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("dict.fromkeys", kw)?;
    check_method_arity("fromkeys", args, 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&args[0], &[], &[])?;
    let exact = matches!(d.kind(), Some(Kind::Dict(_))) && !vm.has_user_class(&d);
    let it = vm.get_iter(&args[1])?;
    while let Some(k) = vm.next(&it)? {
        if exact {
            vm.dict_set(&d, k, value.clone())?;
        } else {
            vm.setitem(&d, &k, value.clone())?;
        }
    }
    Ok(d)
}

/// `dict.__getitem__`: for subclasses, a missing key goes to `__missing__`.
fn dict_getitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    dict_of(vm, args, "__getitem__")?;
    no_kwargs("dict.__getitem__", kw)?;
    check_method_arity("dict.__getitem__", args, 1, 1)?;
    if let Some(v) = vm.dict_lookup(&args[0], &args[1])? {
        return Ok(v);
    }
    // Only subclasses can define `__missing__` (they carry a class of their own).
    if args[0].as_obj().map(|o| o.ext.is_some()).unwrap_or(false) {
        let cls = vm.type_of(&args[0]);
        if let Some(f) = crate::objects::types::lookup(&cls, "__missing__") {
            return vm.call_method_value(&f, &args[0], &[args[1].clone()]);
        }
    }
    Err(PyErr::with_value(ExcKind::KeyError, args[1].clone()))
}

fn dict_setitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    dict_of(vm, args, "__setitem__")?;
    expect_args(args, kw, 2, "__setitem__")?;
    vm.dict_set(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    dict_of(vm, args, "__delitem__")?;
    expect_args(args, kw, 1, "__delitem__")?;
    match vm.dict_remove(&args[0], &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::with_value(ExcKind::KeyError, args[1].clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    dict_of(vm, args, "__contains__")?;
    no_kwargs("dict.__contains__", kw)?;
    check_method_arity("dict.__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.dict_lookup(&args[0], &args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = dict_of(vm, args, "__len__")?;
    expect_args(args, kw, 0, "__len__")?;
    Ok(Value::Int(read(d, |d| d.len())? as i64))
}

fn dict_iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = dict_of(vm, args, "__iter__")?;
    expect_args(args, kw, 0, "__iter__")?;
    let version = read(d, |d| d.version())?;
    Ok(vm.make_iter(IterState::Dict { dict: args[0].clone(), pos: 0, version, kind: ViewKind::Keys }))
}

// ----- views ---------------------------------------------------------------

/// The dict behind a `dict_keys`/`dict_items` receiver.
fn view_of(vm: &Vm, args: &[Value], owner: &str, which: ViewKind) -> PyResult<Value> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::DictView(d, k)) if *k == which => Ok(d.clone()),
        _ => Err(bad_receiver(vm, args, owner, "isdisjoint")),
    }
}

fn keys_isdisjoint(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    view_of(vm, args, "dict_keys", ViewKind::Keys)?;
    view_isdisjoint(vm, args, kw, "dict_keys")
}

fn items_isdisjoint(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    view_of(vm, args, "dict_items", ViewKind::Items)?;
    view_isdisjoint(vm, args, kw, "dict_items")
}

/// CPython's `dictviews_isdisjoint`: iterate the smaller side when both are
/// sized set-likes, testing membership in the other.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: Kwargs, owner: &str) -> PyResult<Value> {
    no_kwargs(&format!("{}.isdisjoint", owner), kw)?;
    check_method_arity(&format!("{}.isdisjoint", owner), args, 1, 1)?;
    let (this, other) = (&args[0], &args[1]);
    if this.is(other) {
        return Ok(Value::Bool(vm.len(this)? == 0));
    }
    let set_like = matches!(other.kind(), Some(Kind::Set(_) | Kind::FrozenSet(_) | Kind::DictView(_, ViewKind::Keys | ViewKind::Items)));
    let (iterated, probed) = if set_like && vm.len(other)? > vm.len(this)? { (this, other) } else { (other, this) };
    let it = vm.get_iter(iterated)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(probed, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
