//! Methods of the built-in `str` type, and the basics of `bytes`.
//!
//! Strings are UTF-8 [`PyStr`]s; every index a Python caller sees is a code
//! point index, so the helpers here convert between code point and byte
//! offsets in one pass instead of indexing per character.
//!
//! Layout: this file registers the methods and holds the argument parsing
//! helpers (each reproducing the exact CPython 3.11 wording of its calling
//! convention) plus the padding/stripping/joining methods;
//! [`search`] has find/count/split/partition/replace, [`case`] the case
//! mappings and `is*` predicates (over the Unicode [`tables`]), [`format`]
//! the `str.format` mini-language parser, [`translate`] maketrans/translate
//! and [`bytes`] the codecs and the `bytes` methods.

mod bytes;
mod case;
mod format;
mod search;
pub(crate) mod tables;
mod translate;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_traits::ToPrimitive;

use crate::builtins::{def_methods, def_staticmethod, Kwargs};
use crate::objects::value::Kind;
use crate::objects::{ExcKind, PyErr, PyResult, PyStr, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    def_methods(&t, "str", &[
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("__str__", str_dunder_str),
        ("__repr__", str_dunder_repr),
        ("__hash__", str_dunder_hash),
        ("__format__", str_dunder_format),
        ("__len__", str_dunder_len),
        ("__getitem__", str_dunder_getitem),
        ("__contains__", str_dunder_contains),
        ("__iter__", str_dunder_iter),
        ("__add__", str_dunder_add),
        ("__mul__", str_dunder_mul),
        ("__rmul__", str_dunder_mul),
        ("__mod__", str_dunder_mod),
        ("__rmod__", str_dunder_rmod),
        ("__eq__", str_dunder_eq),
        ("__ne__", str_dunder_ne),
        ("__lt__", str_dunder_lt),
        ("__le__", str_dunder_le),
        ("__gt__", str_dunder_gt),
        ("__ge__", str_dunder_ge),
        ("__getnewargs__", str_dunder_getnewargs),
    ]);
    search::install(&t);
    case::install(&t);
    format::install(&t);
    translate::install(&t);
    def_staticmethod(&t, "maketrans", translate::str_maketrans);
    bytes::install(vm);
}

// ---------------------------------------------------------------------------
// Argument helpers (shared by the submodules).

/// The arguments after the receiver.
pub(super) fn rest(args: &[Value]) -> &[Value] {
    args.get(1..).unwrap_or(&[])
}

/// The receiver of a method of `owner` (`"str"` or `"bytes"`), with
/// CPython's errors for a missing or foreign receiver.
fn receiver_of<'a>(args: &'a [Value], owner: &str, name: &str) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| PyErr::type_error(format!("unbound method {}.{}() needs an argument", owner, name)))
}

/// The `str` receiver (`args[0]`) of the method `name`.
pub(super) fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
    let v = receiver_of(args, "str", name)?;
    v.as_pystr().ok_or_else(|| foreign_receiver(vm, v, "str", name))
}

/// `descriptor 'x' for 'str' objects doesn't apply to a 'int' object`.
pub(super) fn foreign_receiver(vm: &Vm, v: &Value, owner: &str, name: &str) -> PyErr {
    PyErr::type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name,
        owner,
        vm.type_name(v)
    ))
}

/// The `bytes` receiver (`args[0]`) of the method `name`.
pub(super) fn recv_bytes<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a [u8]> {
    let v = receiver_of(args, "bytes", name)?;
    match v.kind() {
        Some(Kind::Bytes(b)) => Ok(b),
        _ => Err(foreign_receiver(vm, v, "bytes", name)),
    }
}

fn no_keywords(qual: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{}() takes no keyword arguments", qual)))
    }
}

/// A method taking no arguments (`str.lower() takes no arguments (1 given)`);
/// `qual` is the qualified name, e.g. `"str.lower"`.
pub(super) fn no_args(qual: &str, args: &[Value], kw: Kwargs) -> PyResult<()> {
    no_keywords(qual, kw)?;
    let n = rest(args).len();
    if n != 0 {
        return Err(PyErr::type_error(format!("{}() takes no arguments ({} given)", qual, n)));
    }
    Ok(())
}

/// A method taking exactly one argument
/// (`str.join() takes exactly one argument (2 given)`).
pub(super) fn one_arg<'a>(qual: &str, args: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    no_keywords(qual, kw)?;
    match rest(args) {
        [v] => Ok(v),
        r => Err(PyErr::type_error(format!("{}() takes exactly one argument ({} given)", qual, r.len()))),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Positional-only arguments in Argument Clinic style
/// (`center expected at least 1 argument, got 0`).
pub(super) fn clinic_args<'a>(name: &str, qual: &str, args: &'a [Value], kw: Kwargs, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_keywords(qual, kw)?;
    let r = rest(args);
    if r.len() < min {
        return Err(PyErr::type_error(format!("{} expected at least {} argument{}, got {}", name, min, plural(min), r.len())));
    }
    if r.len() > max {
        return Err(PyErr::type_error(format!("{} expected at most {} argument{}, got {}", name, max, plural(max), r.len())));
    }
    Ok(r)
}

/// Positional-only arguments in `PyArg_ParseTuple` style
/// (`find() takes at least 1 argument (0 given)`).
pub(super) fn tuple_args<'a>(name: &str, args: &'a [Value], kw: Kwargs, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_keywords(name, kw)?;
    let r = rest(args);
    if r.len() < min {
        return Err(PyErr::type_error(format!("{}() takes at least {} argument{} ({} given)", name, min, plural(min), r.len())));
    }
    if r.len() > max {
        return Err(PyErr::type_error(format!("{}() takes at most {} argument{} ({} given)", name, max, plural(max), r.len())));
    }
    Ok(r)
}

/// Optional positional-or-keyword arguments in Argument Clinic style
/// (`split(sep=None, maxsplit=-1)`): one slot per name.
pub(super) fn keyword_args(name: &str, args: &[Value], kw: Kwargs, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let pos = rest(args);
    let total = pos.len() + kw.len();
    if total > names.len() {
        return Err(PyErr::type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
            plural(names.len()),
            total
        )));
    }
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kw {
        match names.iter().position(|n| *n == &**k) {
            Some(i) if i < pos.len() => {
                return Err(PyErr::type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    name,
                    k,
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", k, name))),
        }
    }
    Ok(out)
}

/// An index-sized integer argument (`__index__` honoured), as CPython's
/// `Py_ssize_t` converter.
pub(super) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(Kind::Int(b)) = v.kind() {
        if b.to_i64().is_none() {
            return Err(PyErr::overflow("Python int too large to convert to C ssize_t"));
        }
    }
    match vm.to_index(v)? {
        Some(i) => Ok(i),
        None => Err(not_integer(vm, v)),
    }
}

/// A C `int` argument (`expandtabs`, `splitlines`).
pub(super) fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let too_big = match v.kind() {
        Some(Kind::Int(_)) => true,
        _ => matches!(v, Value::Int(i) if i32::try_from(*i).is_err()),
    };
    let i = vm.to_index(v)?.ok_or_else(|| not_integer(vm, v))?;
    if too_big || i32::try_from(i).is_err() {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    Ok(i)
}

fn not_integer(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))
}

/// A slice bound argument (`find(sub, start, end)`): absent or `None` gives
/// `default`; big ints clamp like `_PyEval_SliceIndex`.
pub(super) fn slice_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => vm
            .to_index(v)?
            .ok_or_else(|| PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's `ADJUST_INDICES`: clamp `[start, end)` to a sequence of `len`
/// elements (start may stay past the end).
pub(super) fn adjust_indices(mut start: i64, mut end: i64, len: i64) -> (i64, i64) {
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Byte offsets of the code point indexes `start` and `end` (each clamped
/// to the end of the text), found in one pass.
pub(super) fn byte_span(s: &PyStr, start: usize, end: usize) -> (usize, usize) {
    let text = s.as_str();
    if s.is_ascii() {
        return (start.min(text.len()), end.min(text.len()));
    }
    let (mut b0, mut b1) = (text.len(), text.len());
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        if ci == start {
            b0 = bi;
        }
        if ci == end {
            b1 = bi;
            break;
        }
    }
    (b0, b1)
}

/// An empty `String` with room for `n` bytes, or `MemoryError`.
pub(super) fn alloc_string(n: usize) -> PyResult<String> {
    crate::mem::string_with_capacity(n)
}

/// The type name CPython's `_PyArg_BadArgument` shows: `None` for None.
pub(super) fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        String::from("None")
    } else {
        vm.type_name(v)
    }
}

/// A `str` argument, or `TypeError("<what> must be str, not int")`.
pub(super) fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| PyErr::type_error(format!("{}must be str, not {}", what, vm.type_name(v))))
}

/// Python's `str.isspace` for one character (bidirectional classes WS, B,
/// S and category Zs).
pub(super) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

// ---------------------------------------------------------------------------
// join, strip, padding, tabs, prefixes.

/// `sep.join(iterable)`.
fn str_join(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let sep = recv(vm, args, "join")?;
    let it = one_arg("str.join", args, kw)?;
    let items = match it.seq_items() {
        Some(items) => items,
        None if vm.is_iterable(it) => vm.collect_iterable(it)?,
        None => return Err(PyErr::type_error("can only join an iterable")),
    };
    let mut total = sep.as_str().len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(item)
                )))
            }
        }
    }
    let mut out = alloc_string(total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(item.as_str().unwrap_or(""));
    }
    Ok(Value::string(out))
}

/// Which ends `strip` works on.
#[derive(Clone, Copy)]
enum Ends {
    Left,
    Right,
    Both,
}

fn strip_impl(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, qual: &str, ends: Ends) -> PyResult<Value> {
    let s = recv(vm, args, name)?.as_str();
    let a = clinic_args(name, qual, args, kw, 0, 1)?;
    let chars: Option<&str> = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(v.as_str().ok_or_else(|| PyErr::type_error(format!("{} arg must be None or str", name)))?),
    };
    let pred = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let out = match ends {
        Ends::Left => s.trim_start_matches(pred),
        Ends::Right => s.trim_end_matches(pred),
        Ends::Both => s.trim_matches(pred),
    };
    Ok(Value::str(out))
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", "str.strip", Ends::Both)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", "str.lstrip", Ends::Left)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", "str.rstrip", Ends::Right)
}

/// The `(width, fillchar)` arguments of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, qual: &str) -> PyResult<(i64, char)> {
    let a = clinic_args(name, qual, args, kw, 1, 2)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = match a.get(1) {
        None => ' ',
        Some(v) => match v.as_pystr() {
            Some(f) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
            Some(_) => return Err(PyErr::type_error("The fill character must be exactly one character long")),
            None => {
                return Err(PyErr::type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    Ok((width, fill))
}

/// `s` with `left` and `right` copies of `fill` around it.
fn pad(s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let n = left.checked_add(right).and_then(|n| n.checked_mul(fill.len_utf8())).and_then(|n| n.checked_add(s.len()));
    let mut out = alloc_string(n.ok_or_else(|| PyErr::bare(ExcKind::MemoryError))?)?;
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(core::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn pad_impl(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, qual: &str) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    let (width, fill) = pad_args(vm, args, kw, name, qual)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::str(s.as_str()));
    }
    let marg = width - len;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    pad(s.as_str(), left as usize, right as usize, fill)
}

fn str_center(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, args, kw, "center", "str.center")
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, args, kw, "ljust", "str.ljust")
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pad_impl(vm, args, kw, "rjust", "str.rjust")
}

/// `s.zfill(width)`: zero padding after any sign.
fn str_zfill(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "zfill")?;
    let width = ssize_arg(vm, one_arg("str.zfill", args, kw)?)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::str(s.as_str()));
    }
    let text = s.as_str();
    let fill = (width - len) as usize;
    let mut out = alloc_string(fill.saturating_add(text.len()))?;
    let body = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => {
            out.push_str(&text[..1]);
            &text[1..]
        }
        _ => text,
    };
    out.extend(core::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(Value::string(out))
}

/// `s.expandtabs(tabsize=8)`.
fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "expandtabs")?.as_str();
    let a = keyword_args("expandtabs", args, kw, &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: u64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - col % tabsize as u64;
                col += incr;
                out.try_reserve(incr as usize).map_err(|_| PyErr::bare(ExcKind::MemoryError))?;
                out.extend(core::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Value::string(out))
}

fn affix_arg<'a>(vm: &Vm, args: &'a [Value], kw: Kwargs, name: &str, qual: &str) -> PyResult<&'a str> {
    let v = one_arg(qual, args, kw)?;
    v.as_str().ok_or_else(|| PyErr::type_error(format!("{}() argument must be str, not {}", name, arg_type_name(vm, v))))
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "removeprefix")?.as_str();
    let p = affix_arg(vm, args, kw, "removeprefix", "str.removeprefix")?;
    Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "removesuffix")?.as_str();
    let p = affix_arg(vm, args, kw, "removesuffix", "str.removesuffix")?;
    Ok(Value::str(s.strip_suffix(p).unwrap_or(s)))
}

// ---------------------------------------------------------------------------
// Dunders. They work on a plain copy of a subclass instance's text so that
// a subclass overriding the operator can call `super()` without recursing.

/// The receiver as a plain `str` value.
fn plain(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    let v = &args[0];
    if vm.has_user_class(v) {
        Ok(Value::str(s.as_str()))
    } else {
        Ok(v.clone())
    }
}

fn str_dunder_str(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("str.__str__", args, kw)?;
    plain(vm, args, "__str__")
}

fn str_dunder_repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "__repr__")?;
    no_args("str.__repr__", args, kw)?;
    Ok(Value::string(crate::vm::str_repr(s.as_str())))
}

fn str_dunder_hash(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "__hash__")?;
    no_args("str.__hash__", args, kw)?;
    Ok(Value::Int(s.hash()))
}

fn str_dunder_format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = plain(vm, args, "__format__")?;
    let spec = one_arg("str.__format__", args, kw)?;
    let spec = spec
        .as_str()
        .ok_or_else(|| PyErr::type_error(format!("__format__() argument must be str, not {}", vm.type_name(spec))))?;
    let spec = String::from(spec);
    Ok(Value::string(vm.format(&v, &spec)?))
}

fn str_dunder_len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "__len__")?;
    no_args("str.__len__", args, kw)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_dunder_getitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = plain(vm, args, "__getitem__")?;
    let key = one_arg("str.__getitem__", args, kw)?;
    vm.getitem(&v, key)
}

fn str_dunder_contains(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "__contains__")?;
    let item = one_arg("str.__contains__", args, kw)?;
    match item.as_str() {
        Some(sub) => Ok(Value::Bool(s.as_str().contains(sub))),
        None => Err(PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(item)
        ))),
    }
}

fn str_dunder_iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = plain(vm, args, "__iter__")?;
    no_args("str.__iter__", args, kw)?;
    vm.get_iter(&v)
}

fn str_dunder_add(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "__add__")?;
    let other = one_arg("str.__add__", args, kw)?;
    match other.as_str() {
        Some(o) => {
            let mut out = alloc_string(s.as_str().len().saturating_add(o.len()))?;
            out.push_str(s.as_str());
            out.push_str(o);
            Ok(Value::string(out))
        }
        None => Err(PyErr::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(other)
        ))),
    }
}

fn str_dunder_mul(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = plain(vm, args, "__mul__")?;
    let n = one_arg("str.__mul__", args, kw)?;
    let n = Value::Int(ssize_arg(vm, n)?);
    vm.binary_op(&v, &n, BinOp::Mult, false)
}

fn str_dunder_mod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "__mod__")?.as_str();
    let a = one_arg("str.__mod__", args, kw)?;
    let fmt = String::from(s);
    Ok(Value::string(vm.str_printf(&fmt, a)?))
}

fn str_dunder_rmod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    recv(vm, args, "__rmod__")?;
    one_arg("str.__rmod__", args, kw)?;
    Ok(vm.not_implemented.clone())
}

fn compare(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, op: CmpOp) -> PyResult<Value> {
    let s = recv(vm, args, name)?.as_str();
    let other = one_arg(&format!("str.{}", name), args, kw)?;
    let Some(o) = other.as_str() else {
        return Ok(vm.not_implemented.clone());
    };
    // UTF-8 byte order is code point order.
    let r = match op {
        CmpOp::Lt => s < o,
        CmpOp::LtE => s <= o,
        CmpOp::Gt => s > o,
        CmpOp::GtE => s >= o,
        CmpOp::NotEq => s != o,
        _ => s == o,
    };
    Ok(Value::Bool(r))
}

fn str_dunder_eq(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, kw, "__eq__", CmpOp::Eq)
}

fn str_dunder_ne(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, kw, "__ne__", CmpOp::NotEq)
}

fn str_dunder_lt(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, kw, "__lt__", CmpOp::Lt)
}

fn str_dunder_le(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, kw, "__le__", CmpOp::LtE)
}

fn str_dunder_gt(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, kw, "__gt__", CmpOp::Gt)
}

fn str_dunder_ge(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    compare(vm, args, kw, "__ge__", CmpOp::GtE)
}

fn str_dunder_getnewargs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "__getnewargs__")?;
    no_args("str.__getnewargs__", args, kw)?;
    Ok(Value::tuple(alloc::vec![Value::str(s.as_str())]))
}
