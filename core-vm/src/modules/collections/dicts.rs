//! The `dict` subclasses of `collections`: `defaultdict`, `OrderedDict`
//! and `Counter`. Instances are dict-layout objects whose class is one of
//! these types, so every `dict` method and operator applies to them; the
//! classes add `__missing__`, their reprs and their own methods.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Ref, RefCell, RefMut};

use super::{guarded_repr, module_class};
use crate::builtins::Kwargs;
use crate::objects::iter::IterState;
use crate::objects::types::new_type;
use crate::objects::value::{Layout, NativeFn};
use crate::objects::{Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{instance_dict, native_method, Vm};

/// A dict subclass type of this module with `methods`.
fn dict_class(vm: &mut Vm, name: &'static str, methods: &[(&'static str, NativeFn)]) -> Obj {
    let mut cd = Dict::new();
    for (m, f) in methods {
        cd.set_str(m, native_method(name, m, *f));
    }
    let dict = vm.types.dict.clone();
    let obj = vm.types.object.clone();
    new_type(name, "collections", alloc::vec![dict.clone()], alloc::vec![dict, obj], cd, Layout::Dict, false)
}

// ----- shared helpers ---------------------------------------------------------------

fn this(args: &[Value]) -> PyResult<&Value> {
    args.first().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}

/// The items of a dict-layout value, cloned out of the table.
fn items_of(v: &Value) -> Vec<(Value, Value)> {
    match v.kind() {
        Some(Kind::Dict(d)) => d.try_borrow().map(|d| d.items()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The table of a dict-layout value.
fn table(v: &Value) -> PyResult<&RefCell<Dict>> {
    match v.kind() {
        Some(Kind::Dict(d)) => Ok(d),
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

/// Read access to the table (an error instead of a panic if busy).
fn read(v: &Value) -> PyResult<Ref<'_, Dict>> {
    table(v)?.try_borrow().map_err(|_| PyErr::runtime("dictionary changed during iteration"))
}

/// Write access to the table.
fn write(v: &Value) -> PyResult<RefMut<'_, Dict>> {
    table(v)?.try_borrow_mut().map_err(|_| PyErr::runtime("dictionary changed during iteration"))
}

/// A new dict-layout object of class `cls`.
fn new_dict_of(vm: &Vm, cls: &Obj, d: Dict, attrs: Dict) -> Value {
    vm.new_object_with_class(cls, Kind::Dict(alloc::boxed::Box::new(RefCell::new(d))), attrs)
}

/// `{k: v, ...}` for `items`.
fn pairs_repr(vm: &mut Vm, items: &[(Value, Value)]) -> PyResult<String> {
    let mut s = String::from("{");
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.repr(k)?);
        s.push_str(": ");
        s.push_str(&vm.repr(v)?);
    }
    s.push('}');
    Ok(s)
}

/// `dict.update(*args, **kw)` semantics for a constructor's trailing
/// arguments (`what` names the function in the arity error).
fn update_from_args(vm: &mut Vm, me: &Value, rest: &[Value], kw: Kwargs, what: &str) -> PyResult<()> {
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!("{} expected at most 1 argument, got {}", what, rest.len())));
    }
    if let Some(src) = rest.first() {
        vm.dict_update_from(me, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(me, Value::str(k), v.clone())?;
    }
    Ok(())
}

/// Entry position of `key` in a dict-layout value (running `__eq__` where
/// needed), with the key's hash.
fn find_entry(vm: &mut Vm, me: &Value, key: &Value) -> PyResult<Option<(usize, i64)>> {
    let hash = vm.hash(key)?;
    let cands = read(me)?.candidates(hash);
    for (pos, k) in cands {
        if k.is(key) || vm.eq(&k, key)? {
            let still = read(me)?.entry_at(pos).map(|e| e.key.is(&k)).unwrap_or(false);
            if still {
                return Ok(Some((pos, hash)));
            }
        }
    }
    Ok(None)
}

/// The instance attributes (e.g. `default_factory`) of a dict subclass
/// instance, copied.
fn attrs_of(v: &Value) -> Dict {
    instance_dict(v).and_then(|d| d.try_borrow().ok().map(|d| d.clone())).unwrap_or_default()
}

/// `self | other` for `defaultdict`/`OrderedDict`: a copy of `self` (same
/// class and attributes) updated with `other`.
fn dict_or(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__or__ expected 1 argument")) };
    if !matches!(other.kind(), Some(Kind::Dict(_))) {
        return Ok(vm.not_implemented.clone());
    }
    let cls = vm.type_of(me);
    let d = read(me)?.clone();
    let new = new_dict_of(vm, &cls, d, attrs_of(me));
    vm.dict_update_from(&new, other)?;
    Ok(new)
}

/// `other | self` with a plain dict on the left: `other`'s items, then
/// `self`'s, in an instance of `self`'s class.
fn dict_ror(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__ror__ expected 1 argument")) };
    if !matches!(other.kind(), Some(Kind::Dict(_))) {
        return Ok(vm.not_implemented.clone());
    }
    let cls = vm.type_of(me);
    let d = read(other)?.clone();
    let new = new_dict_of(vm, &cls, d, attrs_of(me));
    vm.dict_update_from(&new, me)?;
    Ok(new)
}

/// `self |= other`: update in place.
fn dict_ior(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__ior__ expected 1 argument")) };
    vm.dict_update_from(me, other)?;
    Ok(me.clone())
}

// ----- defaultdict ------------------------------------------------------------------------

/// The `defaultdict` class.
pub fn defaultdict_class(vm: &mut Vm) -> Obj {
    dict_class(
        vm,
        "defaultdict",
        &[
            ("__init__", dd_init),
            ("__missing__", dd_missing),
            ("__repr__", dd_repr),
            ("copy", dd_copy),
            ("__copy__", dd_copy),
            ("__or__", dict_or),
            ("__ror__", dict_ror),
            ("__ior__", dict_ior),
        ],
    )
}

fn factory_of(v: &Value) -> Value {
    instance_dict(v)
        .and_then(|d| d.try_borrow().ok().and_then(|d| d.get_str("default_factory").cloned()))
        .unwrap_or(Value::None)
}

fn dd_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let factory = args.get(1).cloned().unwrap_or(Value::None);
    if !factory.is_none() && !vm.is_callable(&factory) {
        return Err(PyErr::type_error("first argument must be callable or None"));
    }
    if let Some(mut d) = instance_dict(&me).and_then(|d| d.try_borrow_mut().ok()) {
        d.set_str("default_factory", factory);
    }
    let rest = if args.len() > 2 { &args[2..] } else { &[] };
    update_from_args(vm, &me, rest, kw, "dict")?;
    Ok(Value::None)
}

fn dd_missing(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, key] = args else { return Err(PyErr::type_error("__missing__ expected 1 argument")) };
    let factory = factory_of(me);
    if factory.is_none() {
        return Err(PyErr::with_value(ExcKind::KeyError, key.clone()));
    }
    let value = vm.call(&factory, &[], &[])?;
    vm.setitem(me, key, value.clone())?;
    Ok(value)
}

fn dd_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let factory = factory_of(&me);
    let name = vm.type_name(&me);
    let f = guarded_repr(vm, &factory, |vm| vm.repr(&factory))?;
    let items = items_of(&me);
    let body = guarded_repr(vm, &me, |vm| pairs_repr(vm, &items))?;
    Ok(Value::string(format!("{}({}, {})", name, f, body)))
}

fn dd_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let cls = vm.type_of(me);
    let d = read(me)?.clone();
    let mut attrs = Dict::new();
    attrs.set_str("default_factory", factory_of(me));
    Ok(new_dict_of(vm, &cls, d, attrs))
}

// ----- OrderedDict ------------------------------------------------------------------------

/// The `OrderedDict` class.
pub fn ordereddict_class(vm: &mut Vm) -> Obj {
    dict_class(
        vm,
        "OrderedDict",
        &[
            ("move_to_end", od_move_to_end),
            ("popitem", od_popitem),
            ("__repr__", od_repr),
            ("__eq__", od_eq),
            ("__ne__", od_ne),
            ("copy", od_copy),
            ("__copy__", od_copy),
            ("__or__", dict_or),
            ("__ror__", dict_ror),
            ("__ior__", dict_ior),
        ],
    )
}

/// A `last=` style boolean argument (position 2 or keyword).
fn last_arg(vm: &mut Vm, args: &[Value], pos: usize, kw: Kwargs, fname: &str) -> PyResult<bool> {
    let mut v = args.get(pos).cloned();
    for (k, x) in kw {
        if &**k == "last" {
            v = Some(x.clone());
        } else {
            return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k)));
        }
    }
    match v {
        Some(x) => vm.truthy(&x),
        None => Ok(true),
    }
}

fn od_move_to_end(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let Some(key) = args.get(1) else {
        return Err(PyErr::type_error("move_to_end() missing required argument 'key' (pos 1)"));
    };
    let last = last_arg(vm, args, 2, kw, "move_to_end")?;
    let Some((pos, hash)) = find_entry(vm, me, key)? else {
        return Err(PyErr::with_value(ExcKind::KeyError, key.clone()));
    };
    let mut d = write(me)?;
    let Some(entry) = d.remove_at(pos) else { return Ok(Value::None) };
    if last {
        d.insert_new(hash, entry.key, entry.value);
    } else {
        let rest: Vec<_> = d.iter().cloned().collect();
        d.clear();
        d.insert_new(hash, entry.key, entry.value);
        for e in rest {
            d.insert_new(e.hash, e.key, e.value);
        }
    }
    Ok(Value::None)
}

fn od_popitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let last = last_arg(vm, args, 1, kw, "popitem")?;
    let mut d = write(me)?;
    let entry = if last {
        d.pop_last()
    } else {
        let first = (0..d.capacity_positions()).find(|&p| d.entry_at(p).is_some());
        first.and_then(|p| d.remove_at(p))
    };
    match entry {
        Some(e) => Ok(Value::tuple(alloc::vec![e.key, e.value])),
        None => Err(PyErr::with_value(ExcKind::KeyError, Value::str("dictionary is empty"))),
    }
}

fn od_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let name = vm.type_name(&me);
    let items = items_of(&me);
    if items.is_empty() {
        return Ok(Value::string(format!("{}()", name)));
    }
    let body = guarded_repr(vm, &me, |vm| {
        let mut s = String::from("[");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push('(');
            s.push_str(&vm.repr(k)?);
            s.push_str(", ");
            s.push_str(&vm.repr(v)?);
            s.push(')');
        }
        s.push(']');
        Ok(s)
    })?;
    Ok(Value::string(format!("{}({})", name, body)))
}

/// `OrderedDict == x`: order-sensitive against another OrderedDict, plain
/// dict equality against other mappings.
fn od_equal(vm: &mut Vm, me: &Value, other: &Value) -> PyResult<Option<bool>> {
    if !matches!(other.kind(), Some(Kind::Dict(_))) {
        return Ok(None);
    }
    if module_class(vm, other, "OrderedDict").is_some() {
        let (a, b) = (items_of(me), items_of(other));
        if a.len() != b.len() {
            return Ok(Some(false));
        }
        for ((ka, va), (kb, vb)) in a.iter().zip(b.iter()) {
            if !vm.eq(ka, kb)? || !vm.eq(va, vb)? {
                return Ok(Some(false));
            }
        }
        return Ok(Some(true));
    }
    vm.native_compare(me, other, CmpOp::Eq)
}

fn od_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__eq__ expected 1 argument")) };
    Ok(match od_equal(vm, me, other)? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented.clone(),
    })
}

fn od_ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("__ne__ expected 1 argument")) };
    Ok(match od_equal(vm, me, other)? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented.clone(),
    })
}

fn od_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let cls = vm.type_of(me);
    let d = read(me)?.clone();
    Ok(new_dict_of(vm, &cls, d, Dict::new()))
}

// ----- Counter --------------------------------------------------------------------------------

/// The `Counter` class.
pub fn counter_class(vm: &mut Vm) -> Obj {
    let cls = dict_class(
        vm,
        "Counter",
        &[
            ("__init__", c_init),
            ("__missing__", c_missing),
            ("__delitem__", c_delitem),
            ("__repr__", c_repr),
            ("update", c_update),
            ("subtract", c_subtract),
            ("most_common", c_most_common),
            ("elements", c_elements),
            ("total", c_total),
            ("copy", c_copy),
            ("__copy__", c_copy),
            ("__add__", c_add),
            ("__sub__", c_sub),
            ("__or__", c_or),
            ("__and__", c_and),
            ("__pos__", c_pos),
            ("__neg__", c_neg),
            ("__iadd__", c_iadd),
            ("__isub__", c_isub),
            ("__ior__", c_ior),
            ("__iand__", c_iand),
            ("__eq__", c_eq),
            ("__ne__", c_ne),
            ("__le__", c_le),
            ("__lt__", c_lt),
            ("__ge__", c_ge),
            ("__gt__", c_gt),
        ],
    );
    crate::builtins::def_classmethod(&cls, "fromkeys", c_fromkeys);
    cls
}

/// `self.get(key, 0)`.
fn count_of(vm: &mut Vm, me: &Value, key: &Value) -> PyResult<Value> {
    Ok(vm.dict_lookup(me, key)?.unwrap_or(Value::Int(0)))
}

/// Add (`sign = 1`) or subtract (`sign = -1`) counts from an iterable or
/// mapping, then from keyword arguments.
fn count_into(vm: &mut Vm, me: &Value, src: Option<&Value>, kw: Kwargs, sign: i64) -> PyResult<()> {
    let op = if sign > 0 { BinOp::Add } else { BinOp::Sub };
    if let Some(src) = src.filter(|s| !s.is_none()) {
        if vm.is_mapping(src) {
            for (k, n) in vm.mapping_items(src)? {
                let cur = count_of(vm, me, &k)?;
                let new = if sign > 0 { vm.binary_op(&n, &cur, op, false)? } else { vm.binary_op(&cur, &n, op, false)? };
                vm.dict_set(me, k, new)?;
            }
        } else {
            let it = vm.get_iter(src)?;
            while let Some(k) = vm.next(&it)? {
                let cur = count_of(vm, me, &k)?;
                let new = match cur {
                    Value::Int(c) if c.checked_add(sign).is_some() => Value::Int(c + sign),
                    c => vm.binary_op(&c, &Value::Int(1), op, false)?,
                };
                vm.dict_set(me, k, new)?;
            }
        }
    }
    for (k, n) in kw {
        let key = Value::str(k);
        let cur = count_of(vm, me, &key)?;
        let new = if sign > 0 { vm.binary_op(n, &cur, op, false)? } else { vm.binary_op(&cur, n, op, false)? };
        vm.dict_set(me, key, new)?;
    }
    Ok(())
}

/// The optional positional source of `Counter(...)`/`update`/`subtract`.
fn source<'a>(args: &'a [Value], fname: &str) -> PyResult<Option<&'a Value>> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("{} expected at most 1 argument, got {}", fname, args.len() - 1)));
    }
    Ok(args.get(1))
}

fn c_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let src = source(args, "Counter")?.cloned();
    count_into(vm, &me, src.as_ref(), kw, 1)?;
    Ok(Value::None)
}

fn c_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let src = source(args, "update")?.cloned();
    count_into(vm, &me, src.as_ref(), kw, 1)?;
    Ok(Value::None)
}

fn c_subtract(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let src = source(args, "subtract")?.cloned();
    count_into(vm, &me, src.as_ref(), kw, -1)?;
    Ok(Value::None)
}

fn c_missing(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn c_delitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [me, key] = args else { return Err(PyErr::type_error("__delitem__ expected 1 argument")) };
    vm.dict_remove(me, key)?;
    Ok(Value::None)
}

fn c_fromkeys(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::new(
        ExcKind::NotImplementedError,
        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
    ))
}

/// Items sorted by count, most common first (ties keep insertion order).
fn most_common_items(vm: &mut Vm, me: &Value) -> PyResult<Vec<Value>> {
    let pairs = items_of(me);
    let keys: Vec<Value> = pairs.iter().map(|(_, v)| v.clone()).collect();
    let mut items: Vec<Value> = pairs.into_iter().map(|(k, v)| Value::tuple(alloc::vec![k, v])).collect();
    vm.sort_values(&mut items, Some(keys), true)?;
    Ok(items)
}

fn c_most_common(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let mut n = args.get(1).cloned();
    for (k, v) in kw {
        if &**k == "n" {
            n = Some(v.clone());
        } else {
            return Err(PyErr::type_error(format!("Counter.most_common() got an unexpected keyword argument '{}'", k)));
        }
    }
    let mut items = most_common_items(vm, &me)?;
    if let Some(n) = n.filter(|n| !n.is_none()) {
        let n = vm.to_i64(&n)?.max(0) as usize;
        items.truncate(n);
    }
    Ok(Value::list(items))
}

fn c_elements(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let mut out = Vec::new();
    for (k, n) in items_of(me) {
        let n = vm.to_i64(&n)?;
        for _ in 0..n.max(0) {
            out.push(k.clone());
        }
    }
    Ok(vm.make_iter(IterState::Seq { seq: Value::list(out), index: 0 }))
}

fn c_total(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let mut acc = Value::Int(0);
    for (_, n) in items_of(me) {
        acc = vm.binary_op(&acc, &n, BinOp::Add, false)?;
    }
    Ok(acc)
}

fn c_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?.clone();
    let name = vm.type_name(&me);
    if items_of(&me).is_empty() {
        return Ok(Value::string(format!("{}()", name)));
    }
    let ordered = match most_common_items(vm, &me) {
        Ok(items) => items
            .into_iter()
            .filter_map(|t| match t.kind() {
                Some(Kind::Tuple(p)) if p.len() == 2 => Some((p[0].clone(), p[1].clone())),
                _ => None,
            })
            .collect(),
        Err(e) if vm.err_matches(&e, ExcKind::TypeError) => items_of(&me),
        Err(e) => return Err(e),
    };
    let body = guarded_repr(vm, &me, |vm| pairs_repr(vm, &ordered))?;
    Ok(Value::string(format!("{}({})", name, body)))
}

/// A new, empty `Counter` (the base class, as CPython's operators return).
fn new_counter(vm: &mut Vm, like: &Value) -> Value {
    let cls = module_class(vm, like, "Counter").unwrap_or_else(|| vm.type_of(like));
    new_dict_of(vm, &cls, Dict::new(), Dict::new())
}

fn c_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let me = this(args)?;
    let cls = vm.type_of(me);
    let d = read(me)?.clone();
    Ok(new_dict_of(vm, &cls, d, Dict::new()))
}

fn gt_zero(vm: &mut Vm, n: &Value) -> PyResult<bool> {
    vm.compare_bool(n, &Value::Int(0), CmpOp::Gt)
}

fn lt_zero(vm: &mut Vm, n: &Value) -> PyResult<bool> {
    vm.compare_bool(n, &Value::Int(0), CmpOp::Lt)
}

/// The two operands of a binary Counter operator, or `None` when the
/// right one is not a Counter (NotImplemented).
fn operands(vm: &Vm, args: &[Value]) -> PyResult<Option<(Value, Value)>> {
    let [me, other] = args else { return Err(PyErr::type_error("operator expected 1 argument")) };
    if module_class(vm, other, "Counter").is_none() {
        return Ok(None);
    }
    Ok(Some((me.clone(), other.clone())))
}

/// Which binary operation `binop` computes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum COp {
    Add,
    Sub,
    Or,
    And,
}

fn binop(vm: &mut Vm, args: &[Value], op: COp) -> PyResult<Value> {
    let Some((me, other)) = operands(vm, args)? else { return Ok(vm.not_implemented.clone()) };
    let result = new_counter(vm, &me);
    for (k, count) in items_of(&me) {
        let oc = vm.getitem(&other, &k)?;
        let new = match op {
            COp::Add => vm.binary_op(&count, &oc, BinOp::Add, false)?,
            COp::Sub => vm.binary_op(&count, &oc, BinOp::Sub, false)?,
            COp::Or => {
                if vm.compare_bool(&count, &oc, CmpOp::Lt)? { oc } else { count }
            }
            COp::And => {
                if vm.compare_bool(&count, &oc, CmpOp::Lt)? { count } else { oc }
            }
        };
        if gt_zero(vm, &new)? {
            vm.dict_set(&result, k, new)?;
        }
    }
    if op == COp::And {
        return Ok(result);
    }
    for (k, count) in items_of(&other) {
        if vm.dict_lookup(&me, &k)?.is_some() {
            continue;
        }
        if op == COp::Sub {
            if lt_zero(vm, &count)? {
                let neg = vm.binary_op(&Value::Int(0), &count, BinOp::Sub, false)?;
                vm.dict_set(&result, k, neg)?;
            }
        } else if gt_zero(vm, &count)? {
            vm.dict_set(&result, k, count)?;
        }
    }
    Ok(result)
}

fn c_add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    binop(vm, args, COp::Add)
}
fn c_sub(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    binop(vm, args, COp::Sub)
}
fn c_or(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    binop(vm, args, COp::Or)
}
fn c_and(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    binop(vm, args, COp::And)
}

/// `+c` (keep positive counts) or `-c` (negate the negative ones).
fn unary(vm: &mut Vm, args: &[Value], negate: bool) -> PyResult<Value> {
    let me = this(args)?.clone();
    let result = new_counter(vm, &me);
    for (k, count) in items_of(&me) {
        if negate {
            if lt_zero(vm, &count)? {
                let neg = vm.binary_op(&Value::Int(0), &count, BinOp::Sub, false)?;
                vm.dict_set(&result, k, neg)?;
            }
        } else if gt_zero(vm, &count)? {
            vm.dict_set(&result, k, count)?;
        }
    }
    Ok(result)
}

fn c_pos(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    unary(vm, args, false)
}
fn c_neg(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    unary(vm, args, true)
}

/// Drop the entries whose count is not positive; returns `me`.
fn keep_positive(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    for (k, count) in items_of(me) {
        if !gt_zero(vm, &count)? {
            vm.dict_remove(me, &k)?;
        }
    }
    Ok(me.clone())
}

fn inplace(vm: &mut Vm, args: &[Value], op: COp) -> PyResult<Value> {
    let [me, other] = args else { return Err(PyErr::type_error("operator expected 1 argument")) };
    let (me, other) = (me.clone(), other.clone());
    if op == COp::And {
        for (k, count) in items_of(&me) {
            let oc = vm.getitem(&other, &k)?;
            if vm.compare_bool(&oc, &count, CmpOp::Lt)? {
                vm.dict_set(&me, k, oc)?;
            }
        }
        return keep_positive(vm, &me);
    }
    for (k, oc) in vm.mapping_items(&other)? {
        let cur = vm.getitem(&me, &k)?;
        let new = match op {
            COp::Add => vm.binary_op(&cur, &oc, BinOp::Add, false)?,
            COp::Sub => vm.binary_op(&cur, &oc, BinOp::Sub, false)?,
            _ => {
                if vm.compare_bool(&oc, &cur, CmpOp::Gt)? { oc } else { cur }
            }
        };
        vm.dict_set(&me, k, new)?;
    }
    keep_positive(vm, &me)
}

fn c_iadd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    inplace(vm, args, COp::Add)
}
fn c_isub(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    inplace(vm, args, COp::Sub)
}
fn c_ior(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    inplace(vm, args, COp::Or)
}
fn c_iand(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    inplace(vm, args, COp::And)
}

/// `all(self[e] <op> other[e] for c in (self, other) for e in c)`.
fn all_counts(vm: &mut Vm, me: &Value, other: &Value, op: CmpOp) -> PyResult<bool> {
    for src in [me, other] {
        for (k, _) in items_of(src) {
            let a = vm.getitem(me, &k)?;
            let b = vm.getitem(other, &k)?;
            if !vm.compare_bool(&a, &b, op)? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// The rich comparisons of Counters (multiset equality and inclusion).
fn ccompare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some((me, other)) = operands(vm, args)? else { return Ok(vm.not_implemented.clone()) };
    let r = match op {
        CmpOp::Eq => all_counts(vm, &me, &other, CmpOp::Eq)?,
        CmpOp::NotEq => !all_counts(vm, &me, &other, CmpOp::Eq)?,
        CmpOp::LtE => all_counts(vm, &me, &other, CmpOp::LtE)?,
        CmpOp::GtE => all_counts(vm, &me, &other, CmpOp::GtE)?,
        CmpOp::Lt => all_counts(vm, &me, &other, CmpOp::LtE)? && !all_counts(vm, &me, &other, CmpOp::Eq)?,
        _ => all_counts(vm, &me, &other, CmpOp::GtE)? && !all_counts(vm, &me, &other, CmpOp::Eq)?,
    };
    Ok(Value::Bool(r))
}

fn c_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    ccompare(vm, args, CmpOp::Eq)
}
fn c_ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    ccompare(vm, args, CmpOp::NotEq)
}
fn c_le(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    ccompare(vm, args, CmpOp::LtE)
}
fn c_lt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    ccompare(vm, args, CmpOp::Lt)
}
fn c_ge(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    ccompare(vm, args, CmpOp::GtE)
}
fn c_gt(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    ccompare(vm, args, CmpOp::Gt)
}
