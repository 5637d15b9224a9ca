//! Searching and splitting `str` methods: find/rfind/index/rindex/count,
//! startswith/endswith, split/rsplit/splitlines, partition/rpartition and
//! replace. Substring search runs on the UTF-8 bytes (a match of valid
//! UTF-8 is always on character boundaries); only the start/end bounds
//! and the returned positions are converted to code point indexes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{def_methods, Kwargs};
use crate::objects::{ExcKind, Obj, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

use super::{
    adjust_indices, alloc_string, arg_type_name, byte_span, clinic_args, int_arg, is_space, keyword_args, one_arg, recv, slice_arg,
    ssize_arg, str_arg, tuple_args,
};

pub(super) fn install(t: &Obj) {
    def_methods(t, "str", &[
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("replace", str_replace),
    ]);
}

/// The part of `s` between the code point bounds `(start, end)` given as
/// optional arguments, with the bounds after `ADJUST_INDICES`.
struct Window<'a> {
    text: &'a str,
    start: i64,
    end: i64,
    ascii: bool,
}

impl<'a> Window<'a> {
    fn new(vm: &mut Vm, s: &'a PyStr, start: Option<&Value>, end: Option<&Value>) -> PyResult<Window<'a>> {
        let start = slice_arg(vm, start, 0)?;
        let end = slice_arg(vm, end, i64::MAX)?;
        let (start, end) = adjust_indices(start, end, s.char_len() as i64);
        let text = if start < end {
            let (b0, b1) = byte_span(s, start as usize, end as usize);
            s.as_str().get(b0..b1).unwrap_or("")
        } else {
            ""
        };
        Ok(Window { text, start, end, ascii: s.is_ascii() })
    }

    /// Number of code points the window spans (may be negative).
    fn span(&self) -> i64 {
        self.end - self.start
    }

    /// Code point index (in the whole string) of byte offset `b` of the window.
    fn index_of(&self, b: usize) -> i64 {
        let n = if self.ascii { b } else { self.text.get(..b).map(|t| t.chars().count()).unwrap_or(0) };
        self.start + n as i64
    }
}

/// Shared body of find/rfind/index/rindex: the position or -1.
fn find_impl(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, reverse: bool) -> PyResult<i64> {
    let s = recv(vm, args, name)?;
    let a = tuple_args(name, args, kw, 1, 3)?;
    let w = Window::new(vm, s, a.get(1), a.get(2))?;
    let sub = a[0].as_pystr().ok_or_else(|| PyErr::type_error(format!("must be str, not {}", vm.type_name(&a[0]))))?;
    if w.span() < sub.char_len() as i64 {
        return Ok(-1);
    }
    let pos = if reverse { w.text.rfind(sub.as_str()) } else { w.text.find(sub.as_str()) };
    Ok(pos.map(|b| w.index_of(b)).unwrap_or(-1))
}

fn str_find(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    find_impl(vm, args, kw, "find", false).map(Value::Int)
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    find_impl(vm, args, kw, "rfind", true).map(Value::Int)
}

fn found(i: i64) -> PyResult<Value> {
    if i < 0 {
        Err(PyErr::value_error("substring not found"))
    } else {
        Ok(Value::Int(i))
    }
}

fn str_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    found(find_impl(vm, args, kw, "index", false)?)
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    found(find_impl(vm, args, kw, "rindex", true)?)
}

/// `s.count(sub[, start[, end]])`: non-overlapping occurrences.
fn str_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "count")?;
    let a = tuple_args("count", args, kw, 1, 3)?;
    let w = Window::new(vm, s, a.get(1), a.get(2))?;
    let sub = a[0].as_pystr().ok_or_else(|| PyErr::type_error(format!("must be str, not {}", vm.type_name(&a[0]))))?;
    if w.span() < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.char_len() == 0 {
        return Ok(Value::Int(w.span() + 1));
    }
    Ok(Value::Int(w.text.matches(sub.as_str()).count() as i64))
}

/// Shared body of startswith/endswith.
fn affix_match(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, at_end: bool) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    let a = tuple_args(name, args, kw, 1, 3)?;
    let w = Window::new(vm, s, a.get(1), a.get(2))?;
    let test = |p: &PyStr| {
        if w.span() < p.char_len() as i64 {
            false
        } else if at_end {
            w.text.ends_with(p.as_str())
        } else {
            w.text.starts_with(p.as_str())
        }
    };
    if let Some(p) = a[0].as_pystr() {
        return Ok(Value::Bool(test(p)));
    }
    let Some(items) = a[0].seq_items().filter(|_| matches!(a[0].kind(), Some(crate::objects::Kind::Tuple(_)))) else {
        return Err(PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            vm.type_name(&a[0])
        )));
    };
    for item in &items {
        match item.as_pystr() {
            Some(p) if test(p) => return Ok(Value::Bool(true)),
            Some(_) => {}
            None => {
                return Err(PyErr::type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    vm.type_name(item)
                )))
            }
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_match(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_match(vm, args, kw, "endswith", true)
}

/// A list of `str` values from slices.
fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

/// The `(sep, maxsplit)` arguments of split/rsplit; maxsplit < 0 is
/// "no limit".
fn split_args(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str) -> PyResult<(Option<String>, usize)> {
    let a = keyword_args(name, args, kw, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some("") => return Err(PyErr::value_error("empty separator")),
            Some(s) => Some(String::from(s)),
            None => return Err(PyErr::type_error(format!("must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let max = match &a[1] {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn str_split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "split")?.as_str();
    let (sep, max) = split_args(vm, args, kw, "split")?;
    Ok(str_list(match sep {
        None => split_whitespace(s, max),
        Some(sep) => split_sep(s, &sep, max),
    }))
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "rsplit")?.as_str();
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    Ok(str_list(match sep {
        None => rsplit_whitespace(s, max),
        Some(sep) => rsplit_sep(s, &sep, max),
    }))
}

/// `s.split(sep, max)` for a non-empty separator.
pub(super) fn split_sep<'a>(s: &'a str, sep: &str, max: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = s;
    while out.len() < max {
        let Some(p) = rest.find(sep) else { break };
        out.push(&rest[..p]);
        rest = &rest[p + sep.len()..];
    }
    out.push(rest);
    out
}

/// `s.rsplit(sep, max)` for a non-empty separator.
pub(super) fn rsplit_sep<'a>(s: &'a str, sep: &str, max: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = s;
    while out.len() < max {
        let Some(p) = rest.rfind(sep) else { break };
        out.push(&rest[p + sep.len()..]);
        rest = &rest[..p];
    }
    out.push(rest);
    out.reverse();
    out
}

/// `s.split(None, max)`: runs of whitespace separate, ends are dropped.
fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if out.len() >= max {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// `s.rsplit(None, max)`.
fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if out.len() >= max {
            out.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map(|i| i + rest[i..].chars().next().map(char::len_utf8).unwrap_or(1)).unwrap_or(0);
        out.push(&rest[start..]);
        rest = &rest[..start];
    }
    out.reverse();
    out
}

/// Line boundaries recognised by `str.splitlines`.
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "splitlines")?.as_str();
    let a = keyword_args("splitlines", args, kw, &["keepends"])?;
    let keep = match &a[0] {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol = b + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
            it.next();
            eol += 1;
        }
        out.push(&s[line_start..if keep { eol } else { b }]);
        line_start = eol;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    Ok(str_list(out))
}

/// The separator of partition/rpartition.
fn partition_sep<'a>(vm: &Vm, args: &'a [Value], kw: Kwargs, qual: &str) -> PyResult<&'a str> {
    let sep = str_arg(vm, one_arg(qual, args, kw)?, "")?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    Ok(sep)
}

fn triple(a: &str, b: &str, c: &str) -> Value {
    Value::tuple(alloc::vec![Value::str(a), Value::str(b), Value::str(c)])
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "partition")?.as_str();
    let sep = partition_sep(vm, args, kw, "str.partition")?;
    Ok(match s.find(sep) {
        Some(p) => triple(&s[..p], sep, &s[p + sep.len()..]),
        None => triple(s, "", ""),
    })
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "rpartition")?.as_str();
    let sep = partition_sep(vm, args, kw, "str.rpartition")?;
    Ok(match s.rfind(sep) {
        Some(p) => triple(&s[..p], sep, &s[p + sep.len()..]),
        None => triple("", "", s),
    })
}

/// `s.replace(old, new[, count])`.
fn str_replace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "replace")?.as_str();
    let a = clinic_args("replace", "str.replace", args, kw, 2, 3)?;
    let old = clinic_str(vm, &a[0], 1)?;
    let new = clinic_str(vm, &a[1], 2)?;
    let count = match a.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = if count < 0 { usize::MAX } else { count as usize };
    Ok(Value::string(replace(s, old, new, max)?))
}

/// Argument `n` of `replace`, which must be a `str`.
fn clinic_str<'a>(vm: &Vm, v: &'a Value, n: usize) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        PyErr::type_error(format!("replace() argument {} must be str, not {}", n, arg_type_name(vm, v)))
    })
}

/// Replace the first `max` occurrences of `old` (an empty `old` matches
/// before every character and at the end).
pub(super) fn replace(s: &str, old: &str, new: &str, max: usize) -> PyResult<String> {
    if old.is_empty() {
        let n = s.chars().count().saturating_add(1).min(max);
        let mut out = alloc_string(new.len().checked_mul(n).and_then(|x| x.checked_add(s.len())).ok_or_else(oom)?)?;
        let mut done = 0;
        for c in s.chars() {
            if done < n {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(new);
        }
        return Ok(out);
    }
    let n = s.matches(old).take(max).count();
    let size = (s.len() - n * old.len()).checked_add(new.len().checked_mul(n).ok_or_else(oom)?).ok_or_else(oom)?;
    let mut out = alloc_string(size)?;
    let mut last = 0;
    for (i, _) in s.match_indices(old).take(n) {
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + old.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

fn oom() -> PyErr {
    PyErr::bare(ExcKind::MemoryError)
}
