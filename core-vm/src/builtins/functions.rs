//! The built-in functions (`print`, `len`, `sorted`, `isinstance`, ...),
//! with CPython's argument handling and error messages, plus the
//! `__next__`/`__iter__` methods of the built-in iterator types and the
//! strict `zip` iterator.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{check_arity, check_kwnames, check_positional, def_builtin, kwarg, no_kwargs, parse_args, Kwargs, Sig};
use crate::format as fmt;
use crate::objects::iter::IterState;
use crate::objects::types::{is_subtype, type_data};
use crate::objects::value::{with_native, Kind, NativeData};
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{Num, Vm};

pub(super) fn install(vm: &mut Vm) {
    let fns: &[(&'static str, crate::objects::value::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("hash", hash),
        ("id", id),
        ("ord", ord),
        ("chr", chr),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("format", format_),
        ("vars", vars),
        ("dir", dir),
        ("input", input),
        ("__import__", import),
        ("globals", globals),
        ("locals", locals),
    ];
    for (name, f) in fns {
        def_builtin(vm, name, *f);
    }
    for name in ITERATOR_TYPES {
        let ty = vm.types.misc_type(name);
        super::def_methods(&ty, name, &[("__next__", iterator_next), ("__iter__", iterator_iter)]);
    }
}

/// The type names of the built-in iterators, which get `__next__` and
/// `__iter__` methods.
const ITERATOR_TYPES: [&str; 17] = [
    "list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "iterator", "range_iterator",
    "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator", "list_reverseiterator",
    "reversed", "enumerate", "zip", "map", "filter", "callable_iterator",
];

/// `it.__next__()` on a built-in iterator.
fn iterator_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let it = super::receiver(args, "__next__")?.clone();
    if let Some(iters) = with_native::<StrictZip, _>(&it, |z| z.iters.clone()) {
        return strict_zip_next(vm, &iters)?.ok_or_else(PyErr::stop_iteration);
    }
    if !matches!(it.kind(), Some(Kind::Iter(_))) {
        return Err(PyErr::type_error(format!("descriptor '__next__' requires an iterator, not '{}'", vm.type_name(&it))));
    }
    match vm.next_with_value(&it)? {
        Ok(v) => Ok(v),
        Err(_) => Err(PyErr::stop_iteration()),
    }
}

/// `it.__iter__()`: an iterator is its own iterator.
fn iterator_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(super::receiver(args, "__iter__")?.clone())
}

/// The state of `zip(..., strict=True)`, which checks the iterables end
/// together.
struct StrictZip {
    iters: Vec<Value>,
}

impl NativeData for StrictZip {
    fn type_name(&self) -> &'static str {
        "zip"
    }
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn core::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.iters.iter().for_each(visit);
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        out.append(&mut self.iters);
    }
}

fn strict_zip(iters: Vec<Value>) -> Value {
    Value::new_obj(Kind::NativeData(RefCell::new(Box::new(StrictZip { iters }))))
}

/// One step of a strict zip: the next tuple, `None` when every iterable is
/// exhausted, or CPython's `ValueError` when their lengths differ.
fn strict_zip_next(vm: &mut Vm, iters: &[Value]) -> PyResult<Option<Value>> {
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None if i > 0 => return Err(zip_length_error(i, "shorter")),
            None => {
                for (j, rest) in iters.iter().enumerate().skip(1) {
                    if vm.next(rest)?.is_some() {
                        return Err(zip_length_error(j, "longer"));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(Value::tuple(items)))
}

fn zip_length_error(i: usize, what: &str) -> PyErr {
    let others = if i == 1 { String::from(" 1") } else { format!("s 1-{}", i) };
    PyErr::value_error(format!("zip() argument {} is {} than argument{}", i + 1, what, others))
}

fn print(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_kwnames("print", kw, &["sep", "end", "file", "flush"])?;
    let text_arg = |vm: &Vm, name: &str, dflt: &str| -> PyResult<String> {
        match kwarg(kw, name) {
            None | Some(Value::None) => Ok(String::from(dflt)),
            Some(v) => match v.as_str() {
                Some(s) => Ok(String::from(s)),
                None => Err(PyErr::type_error(format!("{} must be None or a string, not {}", name, vm.type_name(v)))),
            },
        }
    };
    let sep = text_arg(vm, "sep", " ")?;
    let end = text_arg(vm, "end", "\n")?;
    let file = match kwarg(kw, "file") {
        None | Some(Value::None) => vm.replaced_stdout(),
        Some(f) => Some(f.clone()),
    };
    match file.as_ref() {
        None => {
            let mut out = String::new();
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&vm.to_str(a)?);
            }
            out.push_str(&end);
            vm.write_stdout(&out);
        }
        Some(f) => {
            // CPython calls file.write once per item, separator and end.
            let f = f.clone();
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    vm.call_method(&f, "write", &[Value::str(&sep)])?;
                }
                let s = vm.to_str(a)?;
                vm.call_method(&f, "write", &[Value::string(s)])?;
            }
            vm.call_method(&f, "write", &[Value::str(&end)])?;
        }
    }
    if let (Some(f), Some(flush)) = (file.as_ref(), kwarg(kw, "flush")) {
        if vm.truthy(flush)? {
            vm.call_method(f, "flush", &[])?;
        }
    }
    Ok(Value::None)
}

fn one_arg<'a>(name: &str, args: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    no_kwargs(name, kw)?;
    check_arity(name, args, 1, 1)?;
    Ok(&args[0])
}

pub(crate) fn len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("len", args, kw)?;
    Ok(Value::Int(vm.len(v)? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("repr", args, kw)?;
    Ok(Value::string(vm.repr(v)?))
}

fn ascii(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("ascii", args, kw)?;
    Ok(Value::string(vm.ascii(v)?))
}

fn abs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("abs", args, kw)?;
    vm.abs(v)
}

fn all(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("all", args, kw)?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("any", args, kw)?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig { name: "sum", params: &["iterable", "start"], posonly: 1, required: 1, maxpos: 2 };
    let mut a = parse_args(&SIG, args, kw)?.into_iter();
    let iterable = a.next().flatten().unwrap_or(Value::None);
    let mut acc = a.next().flatten().unwrap_or(Value::Int(0));
    match acc.kind() {
        Some(Kind::Str(_)) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Some(Kind::Bytes(_)) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        _ => {}
    }
    let it = vm.get_iter(&iterable)?;
    // Float sums use CPython's compensated-free left-to-right addition.
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Add, false)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &'static str, op: CmpOp) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    let sig = Sig { name, params: &["key", "default"], posonly: 0, required: 0, maxpos: 0 };
    let mut opts = parse_args(&sig, &[], kw)?.into_iter();
    let key = opts.next().flatten().filter(|k| !k.is_none());
    let default = opts.next().flatten();
    let items: Vec<Value> = match args.len() {
        1 => vm.collect_iterable(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!("{}() arg is an empty sequence", name))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, &[best.clone()], &[])?,
        None => best.clone(),
    };
    for x in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call(kf, &[x.clone()], &[])?,
            None => x.clone(),
        };
        if vm.compare_bool(&k, &best_key, op)? {
            best = x;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CmpOp::Gt)
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("sorted", args.len(), 1, 1)?;
    let mut items = vm.collect_iterable(&args[0])?;
    sort_list_items(vm, &mut items, kw)?;
    Ok(Value::list(items))
}

/// Sort with `key=` and `reverse=` keyword arguments (shared by
/// `sorted()` and `list.sort()`).
pub fn sort_list_items(vm: &mut Vm, items: &mut Vec<Value>, kw: Kwargs) -> PyResult<()> {
    const SIG: Sig = Sig { name: "sort", params: &["key", "reverse"], posonly: 0, required: 0, maxpos: 0 };
    let mut opts = parse_args(&SIG, &[], kw)?.into_iter();
    let key = opts.next().flatten().filter(|k| !k.is_none());
    let reverse = match opts.next().flatten() {
        Some(Value::Float(_)) => return Err(PyErr::type_error("'float' object cannot be interpreted as an integer")),
        Some(r) => vm.to_i64(&r).or_else(|e| if vm.err_matches(&e, ExcKind::OverflowError) { Ok(1) } else { Err(e) })? != 0,
        None => false,
    };
    let keys = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                ks.push(vm.call(&k, &[x.clone()], &[])?);
            }
            Some(ks)
        }
        None => None,
    };
    if reverse {
        // CPython: reverse, stable sort, reverse — equal items keep order.
        items.reverse();
        let keys = keys.map(|mut k| {
            k.reverse();
            k
        });
        vm.sort_values(items, keys, false)?;
        items.reverse();
        return Ok(());
    }
    vm.sort_values(items, keys, false)
}

fn reversed(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("reversed", kw)?;
    check_positional("reversed", args.len(), 1, 1)?;
    let v = &args[0];
    if let Some(f) = vm.user_dunder(v, "__reversed__") {
        return vm.call_method_value(&f, v, &[]);
    }
    match v.kind() {
        Some(Kind::Range(r)) => {
            let n = r.len();
            let last = r.get((n - 1).max(0));
            return Ok(vm.make_iter(IterState::Range { next: last, step: -r.step, remaining: n }));
        }
        Some(Kind::Dict(_)) | Some(Kind::DictView(..)) => {
            let mut items = vm.collect_iterable(v)?;
            items.reverse();
            let l = Value::list(items);
            return Ok(vm.make_iter(IterState::Seq { seq: l, index: 0 }));
        }
        _ => {}
    }
    let has_seq = matches!(v.kind(), Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_)))
        || (vm.class_has(v, "__getitem__") && vm.class_has(v, "__len__"));
    if !has_seq {
        return Err(PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(v))));
    }
    let n = vm.len(v)?;
    Ok(vm.make_iter(IterState::Reversed { seq: v.clone(), index: n }))
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (iterable, start) = enumerate_args(args, kw)?;
    let count = match start {
        Some(s) => Value::from_bigint(index_big(vm, &s)?),
        None => Value::Int(0),
    };
    let it = vm.get_iter(&iterable)?;
    Ok(vm.make_iter(IterState::Enumerate { it, count }))
}

/// `enumerate(iterable, start=0)`'s arguments, checked the way CPython's
/// hand-written `enum_vectorcall` does.
fn enumerate_args(args: &[Value], kw: Kwargs) -> PyResult<(Value, Option<Value>)> {
    let bad = |k: &str| PyErr::type_error(format!("'{}' is an invalid keyword argument for enumerate()", k));
    let expect = |i: usize, name: &str| match kw.get(i) {
        Some((k, v)) if &**k == name => Ok(v.clone()),
        Some((k, _)) => Err(bad(k)),
        None => Err(bad(name)),
    };
    match (args, kw.len()) {
        ([it], 0) => Ok((it.clone(), None)),
        ([it, start], 0) => Ok((it.clone(), Some(start.clone()))),
        ([it], 1) => Ok((it.clone(), Some(expect(0, "start")?))),
        ([], 1) => Ok((expect(0, "iterable")?, None)),
        ([], 2) if kw.first().map(|(k, _)| &**k == "start").unwrap_or(false) => {
            Ok((expect(1, "iterable")?, Some(expect(0, "start")?)))
        }
        ([], 2) => Ok((expect(0, "iterable")?, Some(expect(1, "start")?))),
        ([], _) => Err(PyErr::type_error("enumerate() missing required argument 'iterable'")),
        _ => Err(PyErr::type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.len() + kw.len()))),
    }
}

/// `operator.index(v)` as a big integer, rejecting an `__index__` that
/// returns a non-int.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let (Some(f), None) = (vm.user_dunder(v, "__index__"), Num::of(v)) {
        let r = vm.call_method_value(&f, v, &[])?;
        return match Num::of(&r) {
            Some(Num::I(i)) => Ok(BigInt::from(i)),
            Some(Num::B(b)) => Ok(b),
            _ => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
        };
    }
    vm.to_bigint(v)
}

fn zip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig { name: "zip", params: &["strict"], posonly: 0, required: 0, maxpos: 0 };
    let strict = match parse_args(&SIG, &[], kw)?.into_iter().next().flatten() {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.len());
    for a in args {
        iters.push(vm.get_iter(a)?);
    }
    if strict {
        return Ok(strict_zip(iters));
    }
    Ok(vm.make_iter(IterState::Zip { iters }))
}

fn map(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("map", kw)?;
    if args.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.make_iter(IterState::Map { func: args[0].clone(), iters }))
}

fn filter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("filter", kw)?;
    check_positional("filter", args.len(), 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(vm.make_iter(IterState::Filter { func: args[0].clone(), it }))
}

/// `isinstance`/`issubclass` class-info check: a class or tuple of classes.
fn class_matches(vm: &mut Vm, cls: &crate::objects::Obj, info: &Value, fname: &str) -> PyResult<bool> {
    match info.kind() {
        Some(Kind::Type(_)) => Ok(is_subtype(cls, info.as_obj().unwrap_or(cls))),
        Some(Kind::Tuple(items)) => {
            vm.check_stack()?;
            for it in items.iter() {
                if class_matches(vm, cls, it, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if fname == "issubclass" => {
            Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
        _ => Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("isinstance", kw)?;
    check_positional("isinstance", args.len(), 2, 2)?;
    let cls = vm.type_of(&args[0]);
    Ok(Value::Bool(class_matches(vm, &cls, &args[1], "isinstance")?))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("issubclass", kw)?;
    check_positional("issubclass", args.len(), 2, 2)?;
    let Some(cls) = args[0].as_obj().filter(|o| type_data(o).is_some()).cloned() else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_matches(vm, &cls, &args[1], "issubclass")?))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("iter", kw)?;
    check_positional("iter", args.len(), 1, 2)?;
    let Some(sentinel) = args.get(1) else {
        return vm.get_iter(&args[0]);
    };
    if !vm.is_callable(&args[0]) {
        return Err(PyErr::type_error("iter(v, w): v must be callable"));
    }
    Ok(vm.make_iter(IterState::Call { func: args[0].clone(), sentinel: sentinel.clone() }))
}

fn next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("next", kw)?;
    check_positional("next", args.len(), 1, 2)?;
    let (it, default) = match args {
        [it, d] => (it, Some(d.clone())),
        _ => (&args[0], None),
    };
    if !vm.is_iterator(it) {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    match vm.next_with_value(it)? {
        Ok(v) => Ok(v),
        Err(ret) => match default {
            Some(d) => Ok(d),
            None => {
                if ret.is_none() {
                    Err(PyErr::stop_iteration())
                } else {
                    Err(PyErr::with_value(ExcKind::StopIteration, ret))
                }
            }
        },
    }
}

fn hash(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("hash", args, kw)?;
    Ok(Value::Int(vm.hash(v)?))
}

fn id(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("id", args, kw)?;
    Ok(Value::Int((v.identity() & (i64::MAX as usize)) as i64))
}

fn ord(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("ord", args, kw)?;
    match v.kind() {
        Some(Kind::Str(s)) => {
            if s.char_len() != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0).map(|c| c as i64).unwrap_or(0)))
        }
        Some(Kind::Bytes(b)) => match b.first() {
            Some(&c) if b.len() == 1 => Ok(Value::Int(c as i64)),
            _ => Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        },
        _ => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn chr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("chr", args, kw)?;
    if let Value::Float(_) = v {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let Some(i) = index_big(vm, v)?.to_i32().map(i64::from) else {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            Ok(Value::str(c.encode_utf8(&mut b)))
        }
        None => {
            if (0xd800..0xe000).contains(&i) {
                // Lone surrogates are not representable in UTF-8 strings.
                return Err(PyErr::value_error("chr() arg is a surrogate, not supported by Krait strings"));
            }
            Err(PyErr::value_error("chr() arg not in range(0x110000)"))
        }
    }
}

fn radix(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, f: fn(&BigInt) -> String) -> PyResult<Value> {
    let v = one_arg(name, args, kw)?;
    if let Value::Float(_) = v {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    let b = index_big(vm, v)?;
    Ok(Value::string(f(&b)))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix(vm, args, kw, "hex", fmt::int_hex)
}

fn oct(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix(vm, args, kw, "oct", fmt::int_oct)
}

fn bin(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix(vm, args, kw, "bin", fmt::int_bin)
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("divmod", kw)?;
    check_positional("divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if vm.has_user_class(a) || vm.has_user_class(b) {
        if let Some(f) = vm.user_dunder(a, "__divmod__") {
            let r = vm.call_method_value(&f, a, &[b.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(f) = vm.user_dunder(b, "__rdivmod__") {
            return vm.call_method_value(&f, b, &[a.clone()]);
        }
    }
    match (Num::of(a), Num::of(b)) {
        (Some(Num::F(_)), Some(_)) | (Some(_), Some(Num::F(_))) => {
            let x = Num::of(a).map(|n| n.to_f64()).transpose()?.unwrap_or(0.0);
            let y = Num::of(b).map(|n| n.to_f64()).transpose()?.unwrap_or(0.0);
            if y == 0.0 {
                return Err(PyErr::zero_div("float divmod()"));
            }
            let (q, r) = fmt::float_divmod(x, y);
            Ok(Value::tuple(alloc::vec![Value::Float(q), Value::Float(r)]))
        }
        (Some(_), Some(_)) => {
            let q = vm.binary_op(a, b, BinOp::FloorDiv, false)?;
            let r = vm.binary_op(a, b, BinOp::Mod, false)?;
            Ok(Value::tuple(alloc::vec![q, r]))
        }
        _ => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig { name: "pow", params: &["base", "exp", "mod"], posonly: 0, required: 2, maxpos: 3 };
    let a = parse_args(&SIG, args, kw)?;
    let (Some(Some(base)), Some(Some(exp))) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(m) = a.get(2).cloned().flatten().filter(|m| !m.is_none()) else {
        return vm.binary_op(base, exp, BinOp::Pow, false);
    };
    if let Some(f) = vm.user_dunder(base, "__pow__") {
        let r = vm.call_method_value(&f, base, &[exp.clone(), m.clone()])?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let (b, e, mm) = match (Num::of(base), Num::of(exp), Num::of(&m)) {
        (Some(b), Some(e), Some(mm)) => match (b.to_big(), e.to_big(), mm.to_big()) {
            (Some(b), Some(e), Some(mm)) => (b, e, mm),
            _ => return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers")),
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(base),
                vm.type_name(exp),
                vm.type_name(&m)
            )))
        }
    };
    if mm.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        let inv = mod_inverse(&b, &mm).ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mabs = mm.abs();
    let mut r = b.modpow(&e, &mabs);
    if r.is_negative() {
        r += &mabs;
    }
    if mm.is_negative() && !r.is_zero() {
        r += &mm;
    }
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let a = a.mod_floor(&m);
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig { name: "round", params: &["number", "ndigits"], posonly: 0, required: 1, maxpos: 2 };
    let a = parse_args(&SIG, args, kw)?;
    let Some(Some(x)) = a.first() else {
        return Err(PyErr::type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = a.get(1).and_then(|v| v.as_ref()).filter(|v| !v.is_none());
    if let Some(f) = vm.user_dunder(x, "__round__") {
        let extra: Vec<Value> = nd.into_iter().cloned().collect();
        return vm.call_method_value(&f, x, &extra);
    }
    match Num::of(x) {
        Some(Num::F(f)) => match nd {
            None => Ok(Value::from_bigint(fmt::float_round_to_int(f)?)),
            Some(n) => {
                let n = clamped_index(vm, n)?;
                Ok(Value::Float(fmt::float_round(f, n)?))
            }
        },
        Some(n) => {
            let b = n.to_big().unwrap_or_default();
            match nd {
                None => Ok(Value::from_bigint(b)),
                Some(d) => {
                    let d = clamped_index(vm, d)?;
                    if d >= 0 {
                        return Ok(Value::from_bigint(b));
                    }
                    Ok(Value::from_bigint(round_int(&b, d)))
                }
            }
        }
        None => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(x)
        ))),
    }
}

/// An index argument clamped to the `i64` range (CPython's
/// `PyNumber_AsSsize_t(x, NULL)`).
fn clamped_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let b = index_big(vm, v)?;
    Ok(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// Round an int to `-d` decimal places below the units, half to even.
fn round_int(b: &BigInt, d: i64) -> BigInt {
    use num_integer::Integer;
    if d < -4300 {
        return BigInt::zero();
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-d) as u32);
    let (q, r) = b.div_mod_floor(&p);
    let twice: BigInt = &r * BigInt::from(2);
    let q = match twice.cmp(&p) {
        core::cmp::Ordering::Greater => q + 1,
        core::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
        core::cmp::Ordering::Less => q,
    };
    q * p
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(String::from(s)),
        None => Err(PyErr::type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("getattr", kw)?;
    check_positional("getattr", args.len(), 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.err_matches(&e, ExcKind::AttributeError) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("setattr", kw)?;
    check_positional("setattr", args.len(), 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("hasattr", kw)?;
    check_positional("hasattr", args.len(), 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("delattr", kw)?;
    check_positional("delattr", args.len(), 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("callable", args, kw)?;
    Ok(Value::Bool(vm.is_callable(v)))
}

fn format_(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("format", kw)?;
    check_positional("format", args.len(), 1, 2)?;
    let (v, spec) = match args {
        [v, s] => (v, vm.expect_str(s, "format() argument 2")?),
        _ => (&args[0], String::new()),
    };
    Ok(Value::string(vm.format(v, &spec)?))
}

fn globals(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("globals", kw)?;
    check_arity("globals", args, 0, 0)?;
    Err(PyErr::need_frame(crate::objects::exc::FrameQuery::Globals))
}

fn locals(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("locals", kw)?;
    check_arity("locals", args, 0, 0)?;
    Err(PyErr::need_frame(crate::objects::exc::FrameQuery::Locals))
}

fn vars(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("vars", kw)?;
    check_positional("vars", args.len(), 0, 1)?;
    let Some(v) = args.first() else {
        return Err(PyErr::need_frame(crate::objects::exc::FrameQuery::Locals));
    };
    let no_dict = || PyErr::type_error("vars() argument must have __dict__ attribute");
    // Bare `object()` instances have no `__dict__`.
    if matches!(v.kind(), Some(Kind::Instance(i)) if alloc::rc::Rc::ptr_eq(&i.class.borrow(), &vm.types.object)) {
        return Err(no_dict());
    }
    match vm.get_attr(v, "__dict__") {
        Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => Err(no_dict()),
        r => r,
    }
}

fn dir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("dir", kw)?;
    check_positional("dir", args.len(), 0, 1)?;
    let Some(v) = args.first() else {
        return Err(PyErr::need_frame(crate::objects::exc::FrameQuery::Dir));
    };
    let mut names: Vec<Value> = Vec::new();
    names.extend(crate::vm::own_attr_names(v));
    match v.kind() {
        Some(Kind::Module(m)) => {
            if let Kind::Dict(d) = &m.globals.kind {
                names.extend(d.borrow().keys());
            }
        }
        Some(Kind::Type(_)) => {
            if let Some(o) = v.as_obj() {
                names.extend(vm.class_attr_names(o));
            }
        }
        _ => {
            let cls = vm.type_of(v);
            names.extend(vm.class_attr_names(&cls));
        }
    }
    let mut strs: Vec<String> = names.iter().filter_map(|n| n.as_str().map(String::from)).collect();
    strs.sort();
    strs.dedup();
    Ok(Value::list(strs.into_iter().map(Value::string).collect()))
}

fn import(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "__import__",
        params: &["name", "globals", "locals", "fromlist", "level"],
        posonly: 0,
        required: 1,
        maxpos: 5,
    };
    let a = parse_args(&SIG, args, kw)?;
    let arg = |i: usize| a.get(i).cloned().flatten();
    let name = match arg(0).as_ref().and_then(|n| n.as_str()) {
        Some(n) => String::from(n),
        None => return Err(PyErr::type_error("module name must be a string")),
    };
    let fromlist = arg(3).unwrap_or(Value::None);
    let level = match arg(4) {
        Some(l) => vm.to_i64(&l)?.max(0) as u32,
        None => 0,
    };
    let globals = match arg(1) {
        Some(Value::Obj(g)) if matches!(g.kind, Kind::Dict(_)) => g,
        _ => vm.main_globals(),
    };
    vm.import(&name, &fromlist, level, &globals)
}

fn input(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("input", kw)?;
    check_positional("input", args.len(), 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.to_str(p)?;
        vm.write_stdout(&s);
    }
    match vm.host.read_line() {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(Value::string(line))
        }
        None => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
    }
}

#[allow(dead_code)]
fn _unused(_: Rc<str>) {}
