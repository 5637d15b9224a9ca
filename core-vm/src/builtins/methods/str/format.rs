//! `str.format` and `str.format_map`: the replacement-field grammar of
//! PEP 3101, following CPython's `unicode_format.h` step for step (same
//! parse order, so the same error wins when a string has several).
//!
//! ```text
//! "literal {{ }} {field_name!conversion:format_spec} ..."
//! field_name  := [arg_name] ("." attribute | "[" index "]")*
//! format_spec := may contain nested "{...}" fields (one level)
//! ```
//!
//! The grammar's special characters are all ASCII, so the parser walks
//! bytes and slices the UTF-8 text only at those characters. f-strings are
//! compiled and do not use this module.

use alloc::format;
use alloc::string::String;

use crate::builtins::{def_methods, Kwargs};
use crate::objects::{ExcKind, Obj, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::case::decimal_value;
use super::{one_arg, recv};

pub(super) fn install(t: &Obj) {
    def_methods(t, "str", &[("format", str_format), ("format_map", str_format_map)]);
}

/// `fmt.format(*args, **kwargs)`.
fn str_format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let fmt = String::from(recv(vm, args, "format")?.as_str());
    let kwargs = if kw.is_empty() {
        None
    } else {
        let d = vm.new_dict();
        for (k, v) in kw {
            vm.dict_set(&d, Value::str(k), v.clone())?;
        }
        Some(d)
    };
    let positional = args.get(1..).unwrap_or(&[]);
    Ok(Value::string(format_string(vm, &fmt, Some(positional), kwargs.as_ref())?))
}

/// `fmt.format_map(mapping)`: names are looked up with `mapping[name]`
/// (so a dict subclass's `__missing__` applies); positional fields are an
/// error.
fn str_format_map(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let fmt = String::from(recv(vm, args, "format_map")?.as_str());
    let mapping = one_arg("str.format_map", args, kw)?.clone();
    Ok(Value::string(format_string(vm, &fmt, None, Some(&mapping))?))
}

/// State of automatic field numbering (`{}` versus `{0}`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

/// Where replacement fields take their values from.
struct Ctx<'a> {
    /// Positional arguments (`None` for `format_map`).
    args: Option<&'a [Value]>,
    /// The keyword mapping, if any.
    kwargs: Option<&'a Value>,
    auto: AutoState,
    next_index: usize,
}

/// Expand the replacement fields of `fmt` (the body of `str.format`).
pub fn format_string(vm: &mut Vm, fmt: &str, args: Option<&[Value]>, kwargs: Option<&Value>) -> PyResult<String> {
    let mut ctx = Ctx { args, kwargs, auto: AutoState::Init, next_index: 0 };
    build_string(vm, fmt, &mut ctx, 2)
}

/// A parsed replacement field.
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    spec_has_fields: bool,
}

/// CPython's `build_string`/`do_markup`: literal text and fields, with a
/// recursion budget for nested specs.
fn build_string(vm: &mut Vm, fmt: &str, ctx: &mut Ctx, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < fmt.len() {
        let (literal, field, next) = next_markup(fmt, pos)?;
        pos = next;
        out.push_str(literal);
        if let Some(field) = field {
            render_field(vm, &field, ctx, depth, &mut out)?;
        }
    }
    Ok(out)
}

/// CPython's `MarkupIterator_next`: literal text up to the next field or
/// escaped brace, then the field (if any); returns the resume position.
fn next_markup(fmt: &str, start: usize) -> PyResult<(&str, Option<Field<'_>>, usize)> {
    let b = fmt.as_bytes();
    let mut pos = start;
    let mut c = 0u8;
    let mut markup = false;
    while pos < b.len() {
        c = b[pos];
        pos += 1;
        if c == b'{' || c == b'}' {
            markup = true;
            break;
        }
    }
    let at_end = pos >= b.len();
    let mut lit_end = pos;
    if c == b'}' && (at_end || b[pos] != b'}') {
        return Err(PyErr::value_error("Single '}' encountered in format string"));
    }
    if at_end && c == b'{' {
        return Err(PyErr::value_error("Single '{' encountered in format string"));
    }
    if !at_end {
        if b[pos] == c {
            // An escaped brace: the literal keeps one copy.
            pos += 1;
            markup = false;
        } else {
            lit_end -= 1;
        }
    }
    let literal = fmt.get(start..lit_end).unwrap_or("");
    if !markup {
        return Ok((literal, None, pos));
    }
    let (field, next) = parse_field(fmt, pos)?;
    Ok((literal, Some(field), next))
}

/// CPython's `parse_field`: `field_name[!conv][:spec]}` starting at `pos`
/// (just after the `{`).
fn parse_field(fmt: &str, mut pos: usize) -> PyResult<(Field<'_>, usize)> {
    let b = fmt.as_bytes();
    let name_start = pos;
    let mut c = 0u8;
    while pos < b.len() {
        c = b[pos];
        pos += 1;
        match c {
            b'{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            b'[' => {
                while pos < b.len() && b[pos] != b']' {
                    pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name = fmt.get(name_start..pos.saturating_sub(1)).unwrap_or("");
    let mut field = Field { name, conversion: None, spec: "", spec_has_fields: false };
    if c != b'!' && c != b':' {
        if c != b'}' {
            return Err(PyErr::value_error("expected '}' before end of string"));
        }
        return Ok((field, pos));
    }
    if c == b'!' {
        let Some(conv) = fmt.get(pos..).and_then(|r| r.chars().next()) else {
            return Err(PyErr::value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        pos += conv.len_utf8();
        if pos < b.len() {
            let c2 = b[pos];
            pos += 1;
            if c2 == b'}' {
                return Ok((field, pos));
            }
            if c2 != b':' {
                return Err(PyErr::value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = pos;
    let mut count = 1;
    while pos < b.len() {
        let c = b[pos];
        pos += 1;
        if c == b'{' {
            field.spec_has_fields = true;
            count += 1;
        } else if c == b'}' {
            count -= 1;
            if count == 0 {
                field.spec = fmt.get(spec_start..pos - 1).unwrap_or("");
                return Ok((field, pos));
            }
        }
    }
    Err(PyErr::value_error("unmatched '{' in format spec"))
}

/// CPython's `output_markup`: look the field up, convert, expand a nested
/// spec, and format.
fn render_field(vm: &mut Vm, field: &Field, ctx: &mut Ctx, depth: u32, out: &mut String) -> PyResult<()> {
    let mut obj = field_object(vm, field.name, ctx)?;
    if let Some(conv) = field.conversion {
        let s = match conv {
            'r' => vm.repr(&obj)?,
            's' => vm.to_str(&obj)?,
            'a' => vm.ascii(&obj)?,
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(PyErr::value_error(format!("Unknown conversion specifier {}", c)))
            }
            c => return Err(PyErr::value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
        obj = Value::string(s);
    }
    let text = if field.spec_has_fields {
        let spec = build_string(vm, field.spec, ctx, depth - 1)?;
        vm.format(&obj, &spec)?
    } else {
        vm.format(&obj, field.spec)?
    };
    out.push_str(&text);
    Ok(())
}

/// CPython's `get_integer`: the value of an all-decimal-digit name, `None`
/// when empty or not all digits.
fn get_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else { return Ok(None) };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)).filter(|a| *a <= isize::MAX as usize) {
            Some(a) => a,
            None => return Err(PyErr::value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

/// CPython's `get_field_object`: the first name (auto-numbered, an index
/// into the positional arguments, or a key of the mapping), then each
/// `.attr` / `[key]` in turn.
fn field_object(vm: &mut Vm, name: &str, ctx: &mut Ctx) -> PyResult<Value> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let mut obj = first_object(vm, first, ctx)?;
    let b = rest.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        let c = b[pos];
        pos += 1;
        let start = pos;
        let (part, is_attr) = match c {
            b'.' => {
                while pos < b.len() && b[pos] != b'.' && b[pos] != b'[' {
                    pos += 1;
                }
                (rest.get(start..pos).unwrap_or(""), true)
            }
            b'[' => {
                while pos < b.len() && b[pos] != b']' {
                    pos += 1;
                }
                if pos >= b.len() {
                    return Err(PyErr::value_error("Missing ']' in format string"));
                }
                pos += 1;
                (rest.get(start..pos - 1).unwrap_or(""), false)
            }
            _ => return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier")),
        };
        if part.is_empty() {
            return Err(PyErr::value_error("Empty attribute in format string"));
        }
        obj = if is_attr {
            vm.get_attr(&obj, part)?
        } else {
            let key = match get_integer(part)? {
                Some(i) => Value::Int(i as i64),
                None => Value::str(part),
            };
            vm.getitem(&obj, &key)?
        };
    }
    Ok(obj)
}

/// The object the first part of a field name designates.
fn first_object(vm: &mut Vm, first: &str, ctx: &mut Ctx) -> PyResult<Value> {
    let mut index = get_integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if ctx.auto == AutoState::Init {
            ctx.auto = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if ctx.auto == AutoState::Manual && empty {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if ctx.auto == AutoState::Auto && !empty {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(ctx.next_index);
            ctx.next_index += 1;
        }
    }
    match index {
        None => {
            let key = Value::str(first);
            match ctx.kwargs {
                None => Err(PyErr::with_value(ExcKind::KeyError, key)),
                Some(m) => {
                    let m = m.clone();
                    vm.getitem(&m, &key)
                }
            }
        }
        Some(i) => match ctx.args {
            None => Err(PyErr::value_error("Format string contains positional fields")),
            Some(args) => args.get(i).cloned().ok_or_else(|| {
                PyErr::index_error(format!("Replacement index {} out of range for positional args tuple", i))
            }),
        },
    }
}
