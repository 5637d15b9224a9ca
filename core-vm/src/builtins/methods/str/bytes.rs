//! Codecs (`str.encode`, `bytes.decode`: UTF-8, ASCII and Latin-1 with
//! the common error handlers) and a small set of `bytes` methods.
//!
//! Unicode errors carry CPython's message as their only argument (CPython
//! gives them five: encoding, object, start, end, reason), so `str(e)` is
//! exact but `e.start` and friends do not exist. `str` values cannot hold
//! lone surrogates, so `surrogateescape` on decode reports the error as
//! `strict` does, and `namereplace` falls back to backslash escapes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{def_methods, Kwargs};
use crate::objects::value::Kind;
use crate::objects::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::{
    adjust_indices, arg_type_name, clinic_args, int_arg, keyword_args, no_args, one_arg, recv, recv_bytes, slice_arg, ssize_arg, tuple_args,
};

pub(super) fn install(vm: &mut Vm) {
    def_methods(&vm.types.str_, "str", &[("encode", str_encode)]);
    def_methods(&vm.types.bytes, "bytes", &[
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("count", bytes_count),
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("split", bytes_split),
        ("join", bytes_join),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
    ]);
}

/// A new `bytes` value.
fn new_bytes(v: Vec<u8>) -> Value {
    Value::new_obj(Kind::Bytes(v.into_boxed_slice()))
}

/// The contents of a `bytes` value.
fn as_bytes(v: &Value) -> Option<&[u8]> {
    match v.kind() {
        Some(Kind::Bytes(b)) => Some(b),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Codecs.

/// The codecs built in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec's name in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Find a codec by any of its aliases (case, `-` and ` ` insensitive).
    fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String = name.chars().map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect();
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
            "ascii" | "us_ascii" | "646" | "us" | "iso646_us" | "ansi_x3.4_1968" | "cp367" => Ok(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" => {
                Ok(Codec::Latin1)
            }
            _ => Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {}", name))),
        }
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown error handler name '{}'", errors))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// The `(encoding, errors)` arguments of encode/decode.
fn codec_args(vm: &Vm, args: &[Value], kw: Kwargs, name: &str) -> PyResult<(Codec, String)> {
    let a = keyword_args(name, args, kw, &["encoding", "errors"])?;
    let mut texts = [String::from("utf-8"), String::from("strict")];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = &a[i] {
            let s = v.as_str().ok_or_else(|| {
                PyErr::type_error(format!("{}() argument '{}' must be str, not {}", name, what, arg_type_name(vm, v)))
            })?;
            texts[i] = String::from(s);
        }
    }
    let [encoding, errors] = texts;
    Ok((Codec::lookup(&encoding)?, errors))
}

/// `s.encode(encoding='utf-8', errors='strict')`.
fn str_encode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "encode")?.as_str();
    let (codec, errors) = codec_args(vm, args, kw, "encode")?;
    Ok(new_bytes(encode(s, codec, &errors)?))
}

/// Encode text; UTF-8 always succeeds (a `str` holds no surrogates).
fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = chars[i..].iter().position(|c| (*c as u32) < limit).map(|p| i + p).unwrap_or(chars.len());
        encode_error_run(&mut out, &chars[i..end], codec, errors, i, limit)?;
        i = end;
    }
    Ok(out)
}

/// Apply the error handler to a run of unencodable characters starting at
/// code point index `start`.
fn encode_error_run(out: &mut Vec<u8>, run: &[char], codec: Codec, errors: &str, start: usize, limit: u32) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            let reason = format!("ordinal not in range({})", limit);
            let msg = if run.len() == 1 {
                format!(
                    "'{}' codec can't encode character '{}' in position {}: {}",
                    codec.name(),
                    run.first().map(|c| escape_char(*c)).unwrap_or_default(),
                    start,
                    reason
                )
            } else {
                format!(
                    "'{}' codec can't encode characters in position {}-{}: {}",
                    codec.name(),
                    start,
                    start + run.len() - 1,
                    reason
                )
            };
            Err(PyErr::new(ExcKind::UnicodeEncodeError, msg))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.extend(run.iter().map(|_| b'?'));
            Ok(())
        }
        "backslashreplace" | "namereplace" => {
            for c in run {
                out.extend_from_slice(escape_char(*c).as_bytes());
            }
            Ok(())
        }
        "xmlcharrefreplace" => {
            for c in run {
                out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

/// `b.decode(encoding='utf-8', errors='strict')`.
fn bytes_decode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = recv_bytes(vm, args, "decode")?;
    let (codec, errors) = codec_args(vm, args, kw, "decode")?;
    Ok(Value::string(decode(b, codec, &errors)?))
}

/// Decode bytes.
fn decode(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8 => decode_utf8(data, errors),
        Codec::Latin1 => Ok(data.iter().map(|b| *b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(&mut out, data, i, i + 1, Codec::Ascii, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(out)
        }
    }
}

/// UTF-8 with CPython's error ranges (Rust's `Utf8Error::error_len` is the
/// same "maximal subpart" CPython reports).
fn decode_utf8(data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let chunk = &data[pos..];
        match core::str::from_utf8(chunk) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(core::str::from_utf8(&chunk[..good]).unwrap_or(""));
                let start = pos + good;
                let (len, reason) = match e.error_len() {
                    None => (data.len() - start, "unexpected end of data"),
                    Some(n) if matches!(data.get(start), Some(0xc2..=0xf4)) => (n, "invalid continuation byte"),
                    Some(n) => (n, "invalid start byte"),
                };
                decode_error(&mut out, data, start, start + len, Codec::Utf8, reason, errors)?;
                pos = start + len.max(1);
            }
        }
    }
    Ok(out)
}

/// Apply the error handler to the undecodable bytes `data[start..end]`.
fn decode_error(out: &mut String, data: &[u8], start: usize, end: usize, codec: Codec, reason: &str, errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            let msg = if end - start == 1 {
                format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    codec.name(),
                    data.get(start).copied().unwrap_or(0),
                    start,
                    reason
                )
            } else {
                format!("'{}' codec can't decode bytes in position {}-{}: {}", codec.name(), start, end - 1, reason)
            };
            Err(PyErr::new(ExcKind::UnicodeDecodeError, msg))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in data.get(start..end).unwrap_or(&[]) {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

// ---------------------------------------------------------------------------
// bytes methods.

/// `b.hex(sep=None, bytes_per_sep=1)`.
fn bytes_hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let data = recv_bytes(vm, args, "hex")?;
    let a = keyword_args("hex", args, kw, &["sep", "bytes_per_sep"])?;
    let sep: Option<char> = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s: Vec<char> = match (v.as_str(), as_bytes(v)) {
                (Some(s), _) => s.chars().collect(),
                (_, Some(b)) => b.iter().map(|b| *b as char).collect(),
                _ => return Err(PyErr::type_error("sep must be str or bytes.")),
            };
            if s.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if !s[0].is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(s[0])
        }
    };
    let group = match &a[1] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    let g = group.unsigned_abs() as usize;
    let n = data.len();
    let mut out = String::with_capacity(n * 3);
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep {
            let boundary = g > 0 && i > 0 && if group > 0 { (n - i) % g == 0 } else { i % g == 0 };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{:02x}", b));
    }
    Ok(Value::string(out))
}

/// A `bytes` search argument: bytes, or an int in range(256).
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    if matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.kind(), Some(Kind::Int(_))) {
        let n = ssize_arg(vm, v)?;
        return u8::try_from(n).map(|b| alloc::vec![b]).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"));
    }
    Err(PyErr::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

/// The byte window `[start, end)` of a search method, after adjustment.
fn window(vm: &mut Vm, len: usize, a: &[Value]) -> PyResult<(i64, i64)> {
    let start = slice_arg(vm, a.get(1), 0)?;
    let end = slice_arg(vm, a.get(2), i64::MAX)?;
    Ok(adjust_indices(start, end, len as i64))
}

fn find_bytes(hay: &[u8], sub: &[u8], reverse: bool) -> Option<usize> {
    if sub.is_empty() {
        return Some(if reverse { hay.len() } else { 0 });
    }
    if sub.len() > hay.len() {
        return None;
    }
    let mut idx = 0..=hay.len() - sub.len();
    let hit = |i: &usize| hay.get(*i..*i + sub.len()) == Some(sub);
    if reverse {
        idx.rev().find(hit)
    } else {
        idx.find(hit)
    }
}

fn find_impl(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, reverse: bool) -> PyResult<i64> {
    let data = recv_bytes(vm, args, name)?;
    let a = tuple_args(name, args, kw, 1, 3)?;
    let sub = needle(vm, &a[0])?;
    let (start, end) = window(vm, data.len(), a)?;
    if end - start < sub.len() as i64 {
        return Ok(-1);
    }
    let hay = data.get(start as usize..end as usize).unwrap_or(&[]);
    Ok(find_bytes(hay, &sub, reverse).map(|p| start + p as i64).unwrap_or(-1))
}

fn bytes_find(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    find_impl(vm, args, kw, "find", false).map(Value::Int)
}

fn bytes_rfind(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    find_impl(vm, args, kw, "rfind", true).map(Value::Int)
}

fn bytes_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match find_impl(vm, args, kw, "index", false)? {
        i if i < 0 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn bytes_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let data = recv_bytes(vm, args, "count")?;
    let a = tuple_args("count", args, kw, 1, 3)?;
    let sub = needle(vm, &a[0])?;
    let (start, end) = window(vm, data.len(), a)?;
    if end - start < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let mut hay = data.get(start as usize..end as usize).unwrap_or(&[]);
    let mut n = 0;
    while let Some(p) = find_bytes(hay, &sub, false) {
        n += 1;
        hay = &hay[p + sub.len()..];
    }
    Ok(Value::Int(n))
}

fn affix(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, at_end: bool) -> PyResult<Value> {
    let data = recv_bytes(vm, args, name)?;
    let a = tuple_args(name, args, kw, 1, 3)?;
    let (start, end) = window(vm, data.len(), a)?;
    let hay = if start < end { data.get(start as usize..end as usize).unwrap_or(&[]) } else { &[] };
    let test = |p: &[u8]| {
        end - start >= p.len() as i64 && if at_end { hay.ends_with(p) } else { hay.starts_with(p) }
    };
    if let Some(p) = as_bytes(&a[0]) {
        return Ok(Value::Bool(test(p)));
    }
    let bad = || {
        PyErr::type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            vm.type_name(&a[0])
        ))
    };
    let Some(Kind::Tuple(items)) = a[0].kind() else { return Err(bad()) };
    for item in items.iter() {
        match as_bytes(item) {
            Some(p) if test(p) => return Ok(Value::Bool(true)),
            Some(_) => {}
            None => return Err(bad()),
        }
    }
    Ok(Value::Bool(false))
}

fn bytes_startswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix(vm, args, kw, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix(vm, args, kw, "endswith", true)
}

/// `bytes.isspace` for one byte.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn bytes_list(parts: Vec<&[u8]>) -> Value {
    Value::list(parts.into_iter().map(|p| new_bytes(p.to_vec())).collect())
}

/// `b.split(sep=None, maxsplit=-1)`.
fn bytes_split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let data = recv_bytes(vm, args, "split")?;
    let a = keyword_args("split", args, kw, &["sep", "maxsplit"])?;
    let max = match &a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut out: Vec<&[u8]> = Vec::new();
    match &a[0] {
        None | Some(Value::None) => {
            let mut rest = data;
            loop {
                let skip = rest.iter().position(|b| !is_ascii_space(*b)).unwrap_or(rest.len());
                rest = &rest[skip..];
                if rest.is_empty() {
                    break;
                }
                if out.len() >= max {
                    out.push(rest);
                    break;
                }
                let end = rest.iter().position(|b| is_ascii_space(*b)).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = &rest[end..];
            }
        }
        Some(v) => {
            let sep = as_bytes(v)
                .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut rest = data;
            while out.len() < max {
                let Some(p) = find_bytes(rest, sep, false) else { break };
                out.push(&rest[..p]);
                rest = &rest[p + sep.len()..];
            }
            out.push(rest);
        }
    }
    Ok(bytes_list(out))
}

/// `sep.join(iterable_of_bytes)`.
fn bytes_join(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let sep = recv_bytes(vm, args, "join")?;
    let it = one_arg("bytes.join", args, kw)?;
    let items = match it.seq_items() {
        Some(items) => items,
        None if vm.is_iterable(it) => vm.collect_iterable(it)?,
        None => return Err(PyErr::type_error("can only join an iterable")),
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let b = as_bytes(item).ok_or_else(|| {
            PyErr::type_error(format!(
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                vm.type_name(item)
            ))
        })?;
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    Ok(new_bytes(out))
}

fn bytes_upper(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let data = recv_bytes(vm, args, "upper")?;
    no_args("bytes.upper", args, kw)?;
    Ok(new_bytes(data.to_ascii_uppercase()))
}

fn bytes_lower(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let data = recv_bytes(vm, args, "lower")?;
    no_args("bytes.lower", args, kw)?;
    Ok(new_bytes(data.to_ascii_lowercase()))
}

fn strip_impl(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, qual: &str, left: bool, right: bool) -> PyResult<Value> {
    let data = recv_bytes(vm, args, name)?;
    let a = clinic_args(name, qual, args, kw, 0, 1)?;
    let set: Option<&[u8]> = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(as_bytes(v).ok_or_else(|| {
            PyErr::type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))
        })?),
    };
    let strip = |b: &u8| match set {
        None => is_ascii_space(*b),
        Some(s) => s.contains(b),
    };
    let start = if left { data.iter().position(|b| !strip(b)).unwrap_or(data.len()) } else { 0 };
    let end = if right { data.iter().rposition(|b| !strip(b)).map(|p| p + 1).unwrap_or(start) } else { data.len() };
    Ok(new_bytes(data.get(start..end.max(start)).unwrap_or(&[]).to_vec()))
}

fn bytes_strip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", "bytes.strip", true, true)
}

fn bytes_lstrip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", "bytes.lstrip", true, false)
}

fn bytes_rstrip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", "bytes.rstrip", false, true)
}
