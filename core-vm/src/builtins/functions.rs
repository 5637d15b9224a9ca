//! The built-in functions (`print`, `len`, `sorted`, `isinstance`, ...),
//! with CPython's argument handling and error messages.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::{check_arity, def_builtin, kwarg, no_kwargs, only_kwargs, Kwargs};
use crate::format as fmt;
use crate::objects::iter::IterState;
use crate::objects::types::{is_subtype, type_data};
use crate::objects::value::Kind;
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
}

fn print(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    only_kwargs("print", kw, &["sep", "end", "file", "flush"])?;
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
    match kwarg(kw, "file") {
        None | Some(Value::None) => {
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
    Ok(Value::None)
}

fn one_arg<'a>(name: &str, args: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    no_kwargs(name, kw)?;
    check_arity(name, args, 1, 1)?;
    Ok(&args[0])
}

fn len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
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
    only_kwargs("sum", kw, &["start"])?;
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(format!("sum() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut acc = args.get(1).cloned().or_else(|| kwarg(kw, "start").cloned()).unwrap_or(Value::Int(0));
    match acc.kind() {
        Some(Kind::Str(_)) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Some(Kind::Bytes(_)) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        _ => {}
    }
    let it = vm.get_iter(&args[0])?;
    // Float sums use CPython's compensated-free left-to-right addition.
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Add, false)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, op: CmpOp) -> PyResult<Value> {
    only_kwargs(name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").cloned().filter(|k| !k.is_none());
    let default = kwarg(kw, "default").cloned();
    let items: Vec<Value> = match args.len() {
        0 => return Err(PyErr::type_error(format!("{} expected at least 1 argument, got 0", name))),
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
    only_kwargs("sorted", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let mut items = vm.collect_iterable(&args[0])?;
    sort_list_items(vm, &mut items, kw)?;
    Ok(Value::list(items))
}

/// Sort with `key=` and `reverse=` keyword arguments (shared by
/// `sorted()` and `list.sort()`).
pub fn sort_list_items(vm: &mut Vm, items: &mut Vec<Value>, kw: Kwargs) -> PyResult<()> {
    let key = kwarg(kw, "key").cloned().filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
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
    let v = one_arg("reversed", args, kw)?;
    if let Some(f) = vm.user_dunder(v, "__reversed__") {
        return vm.call_method_value(&f, v, &[]);
    }
    match v.kind() {
        Some(Kind::Range(r)) => {
            let n = r.len();
            let last = r.start + (n - 1).max(0) * r.step;
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
    only_kwargs("enumerate", kw, &["start", "iterable"])?;
    let it = args.first().or_else(|| kwarg(kw, "iterable")).ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = args.get(1).or_else(|| kwarg(kw, "start")).cloned().unwrap_or(Value::Int(0));
    if Num::of(&start).map(|n| matches!(n, Num::F(_))).unwrap_or(true) {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&start))));
    }
    let it = vm.get_iter(it)?;
    Ok(vm.make_iter(IterState::Enumerate { it, count: start }))
}

fn zip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    only_kwargs("zip", kw, &["strict"])?;
    let mut iters = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => iters.push(it),
            Err(e) => {
                if vm.err_matches(&e, ExcKind::TypeError) {
                    return Err(PyErr::type_error(format!("zip argument #{} must support iteration", i + 1)));
                }
                return Err(e);
            }
        }
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
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("filter expected 2 arguments, got {}", args.len())));
    }
    let it = vm.get_iter(&args[1])?;
    Ok(vm.make_iter(IterState::Filter { func: args[0].clone(), it }))
}

/// `isinstance`/`issubclass` class-info check: a class or tuple of classes.
fn class_matches(vm: &mut Vm, cls: &crate::objects::Obj, info: &Value, fname: &str) -> PyResult<bool> {
    match info.kind() {
        Some(Kind::Type(_)) => Ok(is_subtype(cls, info.as_obj().unwrap_or(cls))),
        Some(Kind::Tuple(items)) => {
            for it in items.iter() {
                if class_matches(vm, cls, it, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(format!(
            "{}() arg 2 must be a type, a tuple of types, or a union",
            fname
        ))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("isinstance", kw)?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("isinstance expected 2 arguments, got {}", args.len())));
    }
    let cls = vm.type_of(&args[0]);
    Ok(Value::Bool(class_matches(vm, &cls, &args[1], "isinstance")?))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("issubclass", kw)?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("issubclass expected 2 arguments, got {}", args.len())));
    }
    let Some(cls) = args[0].as_obj().filter(|o| type_data(o).is_some()).cloned() else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_matches(vm, &cls, &args[1], "issubclass")?))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("iter", kw)?;
    match args {
        [v] => vm.get_iter(v),
        [f, sentinel] => {
            if !vm.is_callable(f) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            Ok(vm.make_iter(IterState::Call { func: f.clone(), sentinel: sentinel.clone() }))
        }
        _ => Err(PyErr::type_error(format!("iter expected at most 2 arguments, got {}", args.len()))),
    }
}

fn next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("next", kw)?;
    let (it, default) = match args {
        [it] => (it, None),
        [it, d] => (it, Some(d.clone())),
        _ => return Err(PyErr::type_error(format!("next expected at most 2 arguments, got {}", args.len()))),
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
        Some(Kind::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
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
    let i = match vm.to_i64(v) {
        Ok(i) => i,
        Err(e) if vm.err_matches(&e, ExcKind::OverflowError) => {
            return Err(PyErr::overflow("Python int too large to convert to C int"))
        }
        Err(e) => return Err(e),
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
    let b = vm.to_bigint(v)?;
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
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("divmod expected 2 arguments, got {}", args.len())));
    }
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
    let base = args.first().or_else(|| kwarg(kw, "base"));
    let exp = args.get(1).or_else(|| kwarg(kw, "exp"));
    let modulus = args.get(2).or_else(|| kwarg(kw, "mod")).filter(|m| !m.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(PyErr::type_error(format!("pow() missing required argument 'exp' (pos 2)")));
    };
    let Some(m) = modulus else {
        return vm.binary_op(base, exp, BinOp::Pow, false);
    };
    let (Some(b), Some(e), Some(mm)) = (
        Num::of(base).and_then(|n| n.to_big()),
        Num::of(exp).and_then(|n| n.to_big()),
        Num::of(m).and_then(|n| n.to_big()),
    ) else {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
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
    only_kwargs("round", kw, &["number", "ndigits"])?;
    let x = args.first().or_else(|| kwarg(kw, "number")).ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = args.get(1).or_else(|| kwarg(kw, "ndigits")).filter(|v| !v.is_none());
    if let Some(f) = vm.user_dunder(x, "__round__") {
        let extra: Vec<Value> = nd.into_iter().cloned().collect();
        return vm.call_method_value(&f, x, &extra);
    }
    match Num::of(x) {
        Some(Num::F(f)) => match nd {
            None => Ok(Value::from_bigint(fmt::float_round_to_int(f)?)),
            Some(n) => {
                let n = vm.to_i64(n)?;
                Ok(Value::Float(fmt::float_round(f, n)?))
            }
        },
        Some(n) => {
            let b = n.to_big().unwrap_or_default();
            match nd {
                None => Ok(Value::from_bigint(b)),
                Some(d) => {
                    let d = vm.to_i64(d)?;
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

fn attr_name(vm: &Vm, v: &Value, fname: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(String::from(s)),
        None => Err(PyErr::type_error(format!(
            "{}(): attribute name must be string, not '{}'",
            fname,
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("getattr", kw)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(PyErr::type_error(format!("getattr expected at least 2 arguments, got {}", args.len())));
    }
    let name = attr_name(vm, &args[1], "getattr")?;
    match vm.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.err_matches(&e, ExcKind::AttributeError) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("setattr", kw)?;
    if args.len() != 3 {
        return Err(PyErr::type_error(format!("setattr expected 3 arguments, got {}", args.len())));
    }
    let name = attr_name(vm, &args[1], "setattr")?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("hasattr", kw)?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("hasattr expected 2 arguments, got {}", args.len())));
    }
    let name = attr_name(vm, &args[1], "hasattr")?;
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("delattr", kw)?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!("delattr expected 2 arguments, got {}", args.len())));
    }
    let name = attr_name(vm, &args[1], "delattr")?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("callable", args, kw)?;
    Ok(Value::Bool(vm.is_callable(v)))
}

fn format_(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("format", kw)?;
    let (v, spec) = match args {
        [v] => (v, String::new()),
        [v, s] => (v, vm.expect_str(s, "format() argument 2")?),
        _ => return Err(PyErr::type_error(format!("format expected at most 2 arguments, got {}", args.len()))),
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
    if args.is_empty() && kw.is_empty() {
        return Err(PyErr::need_frame(crate::objects::exc::FrameQuery::Locals));
    }
    let v = one_arg("vars", args, kw)?;
    vm.get_attr(v, "__dict__").map_err(|_| PyErr::type_error("vars() argument must have __dict__ attribute"))
}

fn dir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("dir", kw)?;
    let Some(v) = args.first() else {
        return Err(PyErr::need_frame(crate::objects::exc::FrameQuery::Dir));
    };
    let mut names: Vec<Value> = Vec::new();
    if let Some(d) = crate::vm::instance_dict(v) {
        names.extend(d.borrow().keys());
    }
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
    let name = args.first().or_else(|| kwarg(kw, "name")).ok_or_else(|| PyErr::type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let name = vm.expect_str(name, "__import__() argument 1")?;
    let fromlist = args.get(3).or_else(|| kwarg(kw, "fromlist")).cloned().unwrap_or(Value::None);
    let level = match args.get(4).or_else(|| kwarg(kw, "level")) {
        Some(l) => vm.to_i64(l)?.max(0) as u32,
        None => 0,
    };
    let globals = match args.get(1).or_else(|| kwarg(kw, "globals")) {
        Some(Value::Obj(g)) if matches!(g.kind, Kind::Dict(_)) => g.clone(),
        _ => vm.main_globals(),
    };
    vm.import(&name, &fromlist, level, &globals)
}

fn input(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs("input", kw)?;
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
