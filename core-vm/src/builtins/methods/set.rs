//! Methods of `set` and `frozenset`, following CPython 3.11's
//! `setobject.c` step by step (which table is copied, which side is
//! iterated, in which order elements are added) so that results iterate in
//! CPython's order.
//!
//! Set tables are worked on as local [`SetTable`] values: a receiver's table
//! is cloned (or, for in-place methods, taken out of its cell and put back)
//! so no borrow is held while user `__eq__`/`__hash__` or an iterator runs.
//! Results of set methods are plain `set`s, of frozenset methods plain
//! `frozenset`s, whatever the receiver's subclass (CPython's
//! `make_new_set_basetype`).

use alloc::format;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::builtins::{check_method_arity, def_methods, no_kwargs, Kwargs};
use crate::objects::iter::IterState;
use crate::objects::value::Kind;
use crate::objects::{ExcKind, PyErr, PyResult, SetTable, Value};
use crate::syntax::ast::BinOp;
use crate::vm::Vm;

use super::list::{bad_receiver, expect_args, read, write};

/// Which of the two set types a method belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Set,
    Frozen,
}

impl Flavor {
    fn owner(self) -> &'static str {
        match self {
            Flavor::Set => "set",
            Flavor::Frozen => "frozenset",
        }
    }
}

/// Define a `set` and a `frozenset` entry point for a shared implementation.
macro_rules! both {
    ($($set:ident, $frozen:ident => $imp:ident;)*) => {$(
        fn $set(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            $imp(vm, args, kw, Flavor::Set)
        }
        fn $frozen(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            $imp(vm, args, kw, Flavor::Frozen)
        }
    )*};
}

both! {
    set_copy, frozenset_copy => copy;
    set_union, frozenset_union => union;
    set_intersection, frozenset_intersection => intersection;
    set_difference, frozenset_difference => difference;
    set_symmetric_difference, frozenset_symmetric_difference => symmetric_difference;
    set_issubset, frozenset_issubset => issubset;
    set_issuperset, frozenset_issuperset => issuperset;
    set_isdisjoint, frozenset_isdisjoint => isdisjoint;
    set_contains, frozenset_contains => contains;
    set_len, frozenset_len => len;
    set_iter, frozenset_iter => iter;
}

pub(super) fn install(vm: &mut Vm) {
    let t = &vm.types;
    def_methods(&t.set, "set", &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("copy", set_copy),
        ("update", set_update),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symmetric_difference_update),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__init__", set_init),
        ("__contains__", set_contains),
        ("__len__", set_len),
        ("__iter__", set_iter),
    ]);
    def_methods(&t.frozenset, "frozenset", &[
        ("copy", frozenset_copy),
        ("union", frozenset_union),
        ("intersection", frozenset_intersection),
        ("difference", frozenset_difference),
        ("symmetric_difference", frozenset_symmetric_difference),
        ("issubset", frozenset_issubset),
        ("issuperset", frozenset_issuperset),
        ("isdisjoint", frozenset_isdisjoint),
        ("__contains__", frozenset_contains),
        ("__len__", frozenset_len),
        ("__iter__", frozenset_iter),
    ]);
}

// ----- helpers -------------------------------------------------------------

/// Key equality for table operations (may run user `__eq__`).
fn eqf(vm: &mut Vm) -> impl FnMut(&Value, &Value) -> PyResult<bool> + '_ {
    move |a, b| vm.eq(a, b)
}

/// Check the receiver is a `set` (or a `frozenset`) instance and return a
/// copy of its table.
fn recv_table(vm: &Vm, args: &[Value], fl: Flavor, name: &str) -> PyResult<SetTable> {
    let cls = match fl {
        Flavor::Set => &vm.types.set,
        Flavor::Frozen => &vm.types.frozenset,
    };
    match args.first() {
        Some(v) if vm.is_instance(v, cls) => match vm.set_table_of(v) {
            Some(t) => Ok(t),
            None => Err(bad_receiver(vm, args, fl.owner(), name)),
        },
        _ => Err(bad_receiver(vm, args, fl.owner(), name)),
    }
}

/// The mutable table cell of a `set` receiver.
fn set_cell<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<SetTable>> {
    // Only `set` and its subclasses have the set layout, so the layout
    // alone says the receiver is a set (no isinstance walk per call).
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Set(cell)) => Ok(cell),
        _ => Err(bad_receiver(vm, args, "set", name)),
    }
}

/// A new set or frozenset holding `t`.
fn wrap(fl: Flavor, t: SetTable) -> Value {
    match fl {
        Flavor::Set => Value::new_obj(Kind::Set(RefCell::new(t))),
        Flavor::Frozen => Value::new_obj(Kind::FrozenSet(t)),
    }
}

/// CPython's `set_copy`: a fresh table merged from `t`.
fn copy_table(vm: &mut Vm, t: &SetTable) -> PyResult<SetTable> {
    let mut out = SetTable::new();
    out.merge(t, &mut eqf(vm))?;
    Ok(out)
}

/// `PyDict_CheckExact`.
fn is_exact_dict(vm: &Vm, v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Dict(_))) && vm.is_exact(v, &vm.types.dict)
}

/// `(hash, key)` of an exact dict's entries, in order.
fn dict_entries(v: &Value) -> PyResult<Vec<(i64, Value)>> {
    match v.kind() {
        Some(Kind::Dict(d)) => read(d, |d| d.iter().map(|e| (e.hash, e.key.clone())).collect()),
        _ => Ok(Vec::new()),
    }
}

/// The elements of a dict as a table (in dict order), for merging.
fn dict_table(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    for (h, k) in dict_entries(v)? {
        t.add(k, h, &mut eqf(vm))?;
    }
    Ok(t)
}

/// Add a dict's keys to `t` like CPython: size the table for all of them
/// at once, then add them in dict order. When `t` has enough elements of
/// its own, merging that many of them (no-op adds) does exactly that
/// resize; otherwise the keys are merged as a table (same size, order
/// differing only between colliding keys).
fn merge_dict(vm: &mut Vm, t: &mut SetTable, d: &Value) -> PyResult<()> {
    let entries = dict_entries(d)?;
    if entries.is_empty() {
        return Ok(());
    }
    if t.len() < entries.len() {
        let tb = dict_table(vm, d)?;
        return t.merge(&tb, &mut eqf(vm));
    }
    let mut own = SetTable::new();
    let mine: Vec<(i64, Value)> = t.entries().take(entries.len()).map(|(h, k)| (h, k.clone())).collect();
    for (h, k) in mine {
        own.add(k, h, &mut eqf(vm))?;
    }
    t.merge(&own, &mut eqf(vm))?;
    for (h, k) in entries {
        t.add(k, h, &mut eqf(vm))?;
    }
    Ok(())
}

/// CPython's `set_update_internal` into a local table.
fn update_table(vm: &mut Vm, t: &mut SetTable, other: &Value) -> PyResult<()> {
    if let Some(tb) = vm.set_table_of(other) {
        return t.merge(&tb, &mut eqf(vm));
    }
    if is_exact_dict(vm, other) {
        return merge_dict(vm, t, other);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        t.add(k, h, &mut eqf(vm))?;
    }
    Ok(())
}

/// A table of the elements of any iterable (`make_new_set`).
fn table_from(vm: &mut Vm, other: &Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    update_table(vm, &mut t, other)?;
    Ok(t)
}

/// Run `f` on a live set's table, taken out of its cell meanwhile so user
/// code run by `f` never meets a borrowed cell.
fn with_cell<T>(vm: &mut Vm, cell: &RefCell<SetTable>, f: impl FnOnce(&mut Vm, &mut SetTable) -> PyResult<T>) -> PyResult<T> {
    let mut t = write(cell, core::mem::take)?;
    let r = f(vm, &mut t);
    let interim = write(cell, |c| core::mem::replace(c, t))?;
    drop(interim);
    r
}

/// `set_update_internal` on a live set: sets and dicts are merged at once,
/// other iterables are consumed lazily, element by element.
fn update_live(vm: &mut Vm, cell: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if let Some(tb) = vm.set_table_of(other) {
        return with_cell(vm, cell, |vm, t| t.merge(&tb, &mut eqf(vm)));
    }
    if is_exact_dict(vm, other) {
        let other = other.clone();
        return with_cell(vm, cell, |vm, t| merge_dict(vm, t, &other));
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        with_cell(vm, cell, |vm, t| t.add(k, h, &mut eqf(vm)).map(|_| ()))?;
    }
    Ok(())
}

/// A set key that is itself a `set` is looked up as a frozenset (CPython's
/// retry in `remove`, `discard` and `__contains__`).
fn frozen_key(vm: &Vm, key: &Value) -> Option<Value> {
    if !vm.is_instance(key, &vm.types.set) {
        return None;
    }
    vm.set_table_of(key).map(|t| Value::new_obj(Kind::FrozenSet(t)))
}

/// Run a keyed operation, retrying with a frozenset for unhashable sets.
fn keyed(vm: &mut Vm, key: &Value, mut op: impl FnMut(&mut Vm, &Value) -> PyResult<bool>) -> PyResult<bool> {
    match op(vm, key) {
        Err(e) if vm.err_matches(&e, ExcKind::TypeError) => match frozen_key(vm, key) {
            Some(fk) => op(vm, &fk),
            None => Err(e),
        },
        r => r,
    }
}

fn name_of(fl: Flavor, method: &str) -> alloc::string::String {
    format!("{}.{}", fl.owner(), method)
}

// ----- mutation (set only) --------------------------------------------------

/// The receiver set and the argument of a one-argument method called on a
/// `set` with a machine integer and no keywords: the checks below would
/// pass, and the VM's set operations take integers natively.
#[inline(always)]
fn set_and_int<'a>(args: &'a [Value], kw: Kwargs) -> Option<&'a Value> {
    match args {
        [set, Value::Int(_)] if kw.is_empty() && matches!(set.kind(), Some(Kind::Set(_))) => Some(set),
        _ => None,
    }
}

fn set_add(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if let Some(set) = set_and_int(args, kw) {
        vm.set_add(set, args[1].clone())?;
        return Ok(Value::None);
    }
    set_cell(vm, args, "add")?;
    no_kwargs("set.add", kw)?;
    check_method_arity("set.add", args, 1, 1)?;
    vm.set_add(&args[0], args[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if let Some(set) = set_and_int(args, kw) {
        return match vm.set_discard(set, &args[1])? {
            true => Ok(Value::None),
            false => Err(PyErr::with_value(ExcKind::KeyError, args[1].clone())),
        };
    }
    set_cell(vm, args, "remove")?;
    no_kwargs("set.remove", kw)?;
    check_method_arity("set.remove", args, 1, 1)?;
    let this = args[0].clone();
    if keyed(vm, &args[1], |vm, k| vm.set_discard(&this, k))? {
        Ok(Value::None)
    } else {
        Err(PyErr::with_value(ExcKind::KeyError, args[1].clone()))
    }
}

fn set_discard(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if let Some(set) = set_and_int(args, kw) {
        vm.set_discard(set, &args[1])?;
        return Ok(Value::None);
    }
    set_cell(vm, args, "discard")?;
    no_kwargs("set.discard", kw)?;
    check_method_arity("set.discard", args, 1, 1)?;
    let this = args[0].clone();
    keyed(vm, &args[1], |vm, k| vm.set_discard(&this, k))?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cell = set_cell(vm, args, "pop")?;
    no_kwargs("set.pop", kw)?;
    check_method_arity("set.pop", args, 0, 0)?;
    write(cell, |t| t.pop())?.ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cell = set_cell(vm, args, "clear")?;
    no_kwargs("set.clear", kw)?;
    check_method_arity("set.clear", args, 0, 0)?;
    let old = write(cell, core::mem::take)?;
    drop(old);
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cell = set_cell(vm, args, "update")?;
    no_kwargs("set.update", kw)?;
    for other in &args[1..] {
        update_live(vm, cell, other)?;
    }
    Ok(Value::None)
}

/// `set.__init__(iterable=())`: clear, then update.
fn set_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cell = set_cell(vm, args, "__init__")?;
    no_kwargs("set", kw)?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("set expected at most 1 argument, got {}", args.len() - 1)));
    }
    let old = write(cell, core::mem::take)?;
    drop(old);
    if let Some(other) = args.get(1) {
        update_live(vm, cell, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cell = set_cell(vm, args, "intersection_update")?;
    no_kwargs("set.intersection_update", kw)?;
    let so = recv_table(vm, args, Flavor::Set, "intersection_update")?;
    let t = intersection_multi(vm, &args[0], so, &args[1..])?;
    let old = write(cell, |c| core::mem::replace(c, t))?;
    drop(old);
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cell = set_cell(vm, args, "difference_update")?;
    no_kwargs("set.difference_update", kw)?;
    for other in &args[1..] {
        difference_update_live(vm, &args[0], cell, other)?;
    }
    Ok(Value::None)
}

/// `set_difference_update_internal` on a live set.
fn difference_update_live(vm: &mut Vm, this: &Value, cell: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if other.is(this) {
        let old = write(cell, core::mem::take)?;
        drop(old);
        return Ok(());
    }
    if let Some(tb) = vm.set_table_of(other) {
        return with_cell(vm, cell, |vm, t| {
            for (h, k) in tb.entries() {
                t.discard(k, h, &mut eqf(vm))?;
            }
            Ok(())
        });
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        with_cell(vm, cell, |vm, t| t.discard(&k, h, &mut eqf(vm)).map(|_| ()))?;
    }
    Ok(())
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cell = set_cell(vm, args, "symmetric_difference_update")?;
    no_kwargs("set.symmetric_difference_update", kw)?;
    check_method_arity("set.symmetric_difference_update", args, 1, 1)?;
    let other = &args[1];
    if other.is(&args[0]) {
        let old = write(cell, core::mem::take)?;
        drop(old);
        return Ok(Value::None);
    }
    let entries: Vec<(i64, Value)> = if is_exact_dict(vm, other) {
        dict_entries(other)?
    } else {
        let tb = match vm.set_table_of(other) {
            Some(t) => t,
            None => table_from(vm, other)?,
        };
        tb.entries().map(|(h, k)| (h, k.clone())).collect()
    };
    with_cell(vm, cell, |vm, t| symmetric_update_table(vm, t, entries))?;
    Ok(Value::None)
}

/// Toggle each of `entries` in `t`.
fn symmetric_update_table(vm: &mut Vm, t: &mut SetTable, entries: Vec<(i64, Value)>) -> PyResult<()> {
    for (h, k) in entries {
        if !t.discard(&k, h, &mut eqf(vm))? {
            t.add(k, h, &mut eqf(vm))?;
        }
    }
    Ok(())
}

// ----- shared by set and frozenset -----------------------------------------

fn copy(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let so = recv_table(vm, args, fl, "copy")?;
    no_kwargs(&name_of(fl, "copy"), kw)?;
    check_method_arity(&name_of(fl, "copy"), args, 0, 0)?;
    if fl == Flavor::Frozen && vm.is_exact(&args[0], &vm.types.frozenset) {
        return Ok(args[0].clone());
    }
    Ok(wrap(fl, copy_table(vm, &so)?))
}

fn union(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let so = recv_table(vm, args, fl, "union")?;
    no_kwargs(&name_of(fl, "union"), kw)?;
    let mut t = copy_table(vm, &so)?;
    for other in &args[1..] {
        if !other.is(&args[0]) {
            update_table(vm, &mut t, other)?;
        }
    }
    Ok(wrap(fl, t))
}

fn intersection(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let so = recv_table(vm, args, fl, "intersection")?;
    no_kwargs(&name_of(fl, "intersection"), kw)?;
    Ok(wrap(fl, intersection_multi(vm, &args[0], so, &args[1..])?))
}

/// `set_intersection_multi`: intersect with each argument in turn.
fn intersection_multi(vm: &mut Vm, this: &Value, so: SetTable, others: &[Value]) -> PyResult<SetTable> {
    if others.is_empty() {
        return copy_table(vm, &so);
    }
    let mut cur = so;
    for (i, other) in others.iter().enumerate() {
        let same = i == 0 && other.is(this);
        cur = intersect(vm, &cur, same, other)?;
    }
    Ok(cur)
}

/// `set_intersection(so, other)`; `same` when `other` is `so` itself.
fn intersect(vm: &mut Vm, so: &SetTable, same: bool, other: &Value) -> PyResult<SetTable> {
    if same {
        return copy_table(vm, so);
    }
    if let Some(tb) = vm.set_table_of(other) {
        return vm.set_table_op(so, &tb, BinOp::BitAnd);
    }
    let mut out = SetTable::new();
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if so.contains(&k, h, &mut eqf(vm))? {
            out.add(k, h, &mut eqf(vm))?;
            // Nothing more can be common: stop consuming the iterable.
            if out.len() >= so.len() {
                break;
            }
        }
    }
    Ok(out)
}

fn difference(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let so = recv_table(vm, args, fl, "difference")?;
    no_kwargs(&name_of(fl, "difference"), kw)?;
    let Some((first, rest)) = args[1..].split_first() else {
        return Ok(wrap(fl, copy_table(vm, &so)?));
    };
    let mut t = difference_one(vm, &so, first)?;
    for other in rest {
        difference_update_table(vm, &mut t, other)?;
    }
    Ok(wrap(fl, t))
}

/// `set_difference(so, other)`.
fn difference_one(vm: &mut Vm, so: &SetTable, other: &Value) -> PyResult<SetTable> {
    if let Some(tb) = vm.set_table_of(other) {
        return vm.set_table_op(so, &tb, BinOp::Sub);
    }
    if !is_exact_dict(vm, other) || (so.len() >> 2) > vm.len(other)? {
        let mut t = copy_table(vm, so)?;
        difference_update_table(vm, &mut t, other)?;
        return Ok(t);
    }
    let mut out = SetTable::new();
    for (h, k) in so.entries() {
        if vm.dict_lookup(other, k)?.is_none() {
            out.add(k.clone(), h, &mut eqf(vm))?;
        }
    }
    Ok(out)
}

/// `set_difference_update_internal` on a local (never aliased) table.
fn difference_update_table(vm: &mut Vm, t: &mut SetTable, other: &Value) -> PyResult<()> {
    if let Some(tb) = vm.set_table_of(other) {
        for (h, k) in tb.entries() {
            t.discard(k, h, &mut eqf(vm))?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        t.discard(&k, h, &mut eqf(vm))?;
    }
    Ok(())
}

/// `set_symmetric_difference`: a new set from `other`, toggled by `so`.
fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let so = recv_table(vm, args, fl, "symmetric_difference")?;
    let name = name_of(fl, "symmetric_difference");
    no_kwargs(&name, kw)?;
    check_method_arity(&name, args, 1, 1)?;
    let mut t = table_from(vm, &args[1])?;
    let entries = so.entries().map(|(h, k)| (h, k.clone())).collect();
    symmetric_update_table(vm, &mut t, entries)?;
    Ok(wrap(fl, t))
}

/// Every element of `a` is in `b`.
fn table_subset(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !b.contains(k, h, &mut eqf(vm))? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issubset(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let so = recv_table(vm, args, fl, "issubset")?;
    no_kwargs(&name_of(fl, "issubset"), kw)?;
    check_method_arity(&name_of(fl, "issubset"), args, 1, 1)?;
    let tb = match vm.set_table_of(&args[1]) {
        Some(t) => t,
        None => table_from(vm, &args[1])?,
    };
    Ok(Value::Bool(table_subset(vm, &so, &tb)?))
}

fn issuperset(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let so = recv_table(vm, args, fl, "issuperset")?;
    no_kwargs(&name_of(fl, "issuperset"), kw)?;
    check_method_arity(&name_of(fl, "issuperset"), args, 1, 1)?;
    if let Some(tb) = vm.set_table_of(&args[1]) {
        return Ok(Value::Bool(table_subset(vm, &tb, &so)?));
    }
    let it = vm.get_iter(&args[1])?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if !so.contains(&k, h, &mut eqf(vm))? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let so = recv_table(vm, args, fl, "isdisjoint")?;
    no_kwargs(&name_of(fl, "isdisjoint"), kw)?;
    check_method_arity(&name_of(fl, "isdisjoint"), args, 1, 1)?;
    if args[1].is(&args[0]) {
        return Ok(Value::Bool(so.is_empty()));
    }
    if let Some(tb) = vm.set_table_of(&args[1]) {
        let (small, big) = if tb.len() > so.len() { (&so, &tb) } else { (&tb, &so) };
        for (h, k) in small.entries() {
            if big.contains(k, h, &mut eqf(vm))? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(&args[1])?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if so.contains(&k, h, &mut eqf(vm))? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn contains(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    recv_len(vm, args, fl, "__contains__")?;
    no_kwargs(&name_of(fl, "__contains__"), kw)?;
    check_method_arity(&name_of(fl, "__contains__"), args, 1, 1)?;
    let this = args[0].clone();
    Ok(Value::Bool(keyed(vm, &args[1], |vm, k| vm.set_contains(&this, k))?))
}

/// The size of the receiver, without copying its table.
fn recv_len(vm: &Vm, args: &[Value], fl: Flavor, name: &str) -> PyResult<usize> {
    let cls = match fl {
        Flavor::Set => &vm.types.set,
        Flavor::Frozen => &vm.types.frozenset,
    };
    match args.first() {
        Some(v) if vm.is_instance(v, cls) => match v.kind() {
            Some(Kind::Set(cell)) => read(cell, |t| t.len()),
            Some(Kind::FrozenSet(t)) => Ok(t.len()),
            _ => Err(bad_receiver(vm, args, fl.owner(), name)),
        },
        _ => Err(bad_receiver(vm, args, fl.owner(), name)),
    }
}

fn len(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let n = recv_len(vm, args, fl, "__len__")?;
    expect_args(args, kw, 0, "__len__")?;
    Ok(Value::Int(n as i64))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kwargs, fl: Flavor) -> PyResult<Value> {
    let n = recv_len(vm, args, fl, "__iter__")?;
    expect_args(args, kw, 0, "__iter__")?;
    Ok(vm.make_iter(IterState::Set { set: args[0].clone(), pos: 0, len: n }))
}
