//! Case mappings (upper/lower/title/capitalize/swapcase/casefold) and the
//! `is*` predicates of `str`.
//!
//! Full upper/lower mappings come from Rust's `char`/`str` methods (the same
//! Unicode SpecialCasing data CPython uses, including the final-sigma rule
//! of `str::to_lowercase`); titlecase and casefold exceptions and the
//! general-category predicates use the tables generated from CPython 3.11
//! in [`super::tables`] (Unicode 14.0, as CPython 3.11; Rust's own case
//! data may be a newer Unicode version, which only matters for characters
//! assigned since).

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::builtins::{def_methods, Kwargs};
use crate::objects::{Obj, PyResult, PyStr, Value};
use crate::vm::Vm;

use super::tables::{
    ALPHA, DECIMAL, DIGIT_EXTRA, ID_CONTINUE_EXTRA, ID_EXCLUDED, ID_START_EXTRA, LETTER_NUMBER, NUMERIC, PRINTABLE,
};
use super::{is_space, no_args, recv};

pub(super) fn install(t: &Obj) {
    def_methods(t, "str", &[
        ("upper", str_upper),
        ("lower", str_lower),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isnumeric", str_isnumeric),
        ("isdecimal", str_isdecimal),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
    ]);
}

// ---------------------------------------------------------------------------
// Character properties.

fn in_ranges(c: u32, table: &[(u32, u32)]) -> Option<(u32, u32)> {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                Ordering::Less
            } else if lo > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .ok()
        .and_then(|i| table.get(i).copied())
}

/// `str.isalpha` for one character (categories L*).
pub(super) fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(c as u32, ALPHA).is_some()
    }
}

/// The value of a decimal digit (category Nd), as `Py_UNICODE_TODECIMAL`.
pub(super) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let n = c as u32;
    in_ranges(n, DECIMAL).map(|(lo, _)| (n - lo) % 10)
}

fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_ranges(c as u32, DIGIT_EXTRA).is_some())
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(c as u32, NUMERIC).is_some()
    }
}

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isprintable` for one character.
fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(c as u32, PRINTABLE).is_some()
}

/// Category Lt (the titlecase digraphs and Greek capitals with prosgegrammeni).
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// The Unicode `Cased` property.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Whether `Σ` after `prefix` and `c` lowercases to the final form `ς`
/// (Rust's `str::to_lowercase` implements Unicode's Final_Sigma rule).
fn sigma_is_final_after(prefix: char, c: char) -> bool {
    let mut s = String::new();
    s.push(prefix);
    s.push(c);
    s.push('Σ');
    s.to_lowercase().ends_with('ς')
}

/// The Unicode `Case_Ignorable` property, derived from the final-sigma rule:
/// after a cased letter an ignorable character keeps `Σ` final, after a
/// digit it does not (a cased `c` makes both final).
fn is_case_ignorable(c: char) -> bool {
    sigma_is_final_after('A', c) && !sigma_is_final_after('1', c)
}

/// CPython's `handle_capital_sigma`: is the `Σ` at `chars[i]` word-final?
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars.get(..i).unwrap_or(&[]).iter().rev().find(|c| !is_case_ignorable(**c));
    if !before.is_some_and(|c| is_cased(*c)) {
        return false;
    }
    let after = chars.get(i + 1..).unwrap_or(&[]).iter().find(|c| !is_case_ignorable(**c));
    !after.is_some_and(|c| is_cased(*c))
}

/// Full lowercase of `chars[i]`, with the final-sigma context.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    match chars.get(i) {
        Some('Σ') => out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' }),
        Some(c) => out.extend(c.to_lowercase()),
        None => {}
    }
}

/// Full titlecase mapping of one character.
fn push_title(out: &mut String, c: char) {
    let special: Option<&str> = match c as u32 {
        0x1c4..=0x1c6 => Some("\u{1c5}"),
        0x1c7..=0x1c9 => Some("\u{1c8}"),
        0x1ca..=0x1cc => Some("\u{1cb}"),
        0x1f1..=0x1f3 => Some("\u{1f2}"),
        0x149 => Some("\u{2bc}N"),
        0x1fb3 | 0x1fbc => Some("\u{1fbc}"),
        0x1fc3 | 0x1fcc => Some("\u{1fcc}"),
        0x1ff3 | 0x1ffc => Some("\u{1ffc}"),
        0x1fb2 => Some("\u{1fba}\u{345}"),
        0x1fb4 => Some("\u{386}\u{345}"),
        0x1fb7 => Some("\u{391}\u{342}\u{345}"),
        0x1fc2 => Some("\u{1fca}\u{345}"),
        0x1fc4 => Some("\u{389}\u{345}"),
        0x1fc7 => Some("\u{397}\u{342}\u{345}"),
        0x1ff2 => Some("\u{1ffa}\u{345}"),
        0x1ff4 => Some("\u{38f}\u{345}"),
        0x1ff7 => Some("\u{3a9}\u{342}\u{345}"),
        _ => None,
    };
    if let Some(s) = special {
        out.push_str(s);
        return;
    }
    match c as u32 {
        // Greek with ypogegrammeni: the titlecase is the prosgegrammeni form.
        n @ 0x1f80..=0x1faf => out.push(char::from_u32(n | 8).unwrap_or(c)),
        // Georgian Mkhedruli letters are their own titlecase.
        0x10d0..=0x10ff => out.push(c),
        _ => {
            // Otherwise: the uppercase mapping with all but its first
            // character lowercased ('ß' -> "Ss", 'ﬁ' -> "Fi").
            for (k, u) in c.to_uppercase().enumerate() {
                if k == 0 {
                    out.push(u);
                } else {
                    out.extend(u.to_lowercase());
                }
            }
        }
    }
}

/// Characters whose case folding is the lowercase of their uppercase
/// mapping rather than their lowercase mapping (from CPython 3.11).
const FOLD_VIA_UPPER: &[(u32, u32)] = &[
    (0xb5, 0xb5), (0xdf, 0xdf), (0x149, 0x149), (0x17f, 0x17f), (0x1f0, 0x1f0), (0x345, 0x345),
    (0x390, 0x390), (0x3b0, 0x3b0), (0x3c2, 0x3c2), (0x3d0, 0x3d1), (0x3d5, 0x3d6), (0x3f0, 0x3f1),
    (0x3f5, 0x3f5), (0x587, 0x587), (0x1c80, 0x1c88), (0x1e96, 0x1e9b), (0x1f50, 0x1f50),
    (0x1f52, 0x1f52), (0x1f54, 0x1f54), (0x1f56, 0x1f56), (0x1f80, 0x1faf), (0x1fb2, 0x1fb4),
    (0x1fb6, 0x1fb7), (0x1fbc, 0x1fbc), (0x1fbe, 0x1fbe), (0x1fc2, 0x1fc4), (0x1fc6, 0x1fc7),
    (0x1fcc, 0x1fcc), (0x1fd2, 0x1fd3), (0x1fd6, 0x1fd7), (0x1fe2, 0x1fe4), (0x1fe6, 0x1fe7),
    (0x1ff2, 0x1ff4), (0x1ff6, 0x1ff7), (0x1ffc, 0x1ffc), (0xfb00, 0xfb06), (0xfb13, 0xfb17),
];

/// Full case folding of one character.
fn push_casefold(out: &mut String, c: char) {
    let n = c as u32;
    match n {
        // Cherokee: capitals fold to themselves, small letters to capitals.
        0x13a0..=0x13f5 => out.push(c),
        0x13f8..=0x13fd | 0xab70..=0xabbf => out.extend(c.to_uppercase()),
        0x1e9e => out.push_str("ss"),
        _ if in_ranges(n, FOLD_VIA_UPPER).is_some() => {
            for u in c.to_uppercase() {
                out.extend(u.to_lowercase());
            }
        }
        _ => out.extend(c.to_lowercase()),
    }
}

// ---------------------------------------------------------------------------
// Case mapping methods.

/// Receiver of a no-argument method.
fn this<'a>(vm: &Vm, args: &'a [Value], kw: Kwargs, name: &str, qual: &str) -> PyResult<&'a PyStr> {
    let s = recv(vm, args, name)?;
    no_args(qual, args, kw)?;
    Ok(s)
}

fn str_upper(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "upper", "str.upper")?.as_str();
    Ok(Value::string(if s.is_ascii() { s.to_ascii_uppercase() } else { s.to_uppercase() }))
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "lower", "str.lower")?.as_str();
    Ok(Value::string(if s.is_ascii() { s.to_ascii_lowercase() } else { s.to_lowercase() }))
}

fn str_title(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "title", "str.title")?.as_str();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(Value::string(out))
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "capitalize", "str.capitalize")?.as_str();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    Ok(Value::string(out))
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "swapcase", "str.swapcase")?.as_str();
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower_at(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "casefold", "str.casefold")?.as_str();
    if s.is_ascii() {
        return Ok(Value::string(s.to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    Ok(Value::string(out))
}

// ---------------------------------------------------------------------------
// Predicates.

/// True when `s` is non-empty and every character satisfies `pred`.
fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> Value {
    Value::Bool(!s.is_empty() && s.chars().all(pred))
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(all_nonempty(this(vm, args, kw, "isdigit", "str.isdigit")?.as_str(), is_digit))
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(all_nonempty(this(vm, args, kw, "isalpha", "str.isalpha")?.as_str(), is_alpha))
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(all_nonempty(this(vm, args, kw, "isalnum", "str.isalnum")?.as_str(), is_alnum))
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(all_nonempty(this(vm, args, kw, "isspace", "str.isspace")?.as_str(), is_space))
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(all_nonempty(this(vm, args, kw, "isnumeric", "str.isnumeric")?.as_str(), is_numeric))
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(all_nonempty(this(vm, args, kw, "isdecimal", "str.isdecimal")?.as_str(), is_decimal))
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "isprintable", "str.isprintable")?.as_str();
    Ok(Value::Bool(s.chars().all(is_printable)))
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, args, kw, "isascii", "str.isascii")?.is_ascii()))
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "isupper", "str.isupper")?.as_str();
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::Bool(cased))
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "islower", "str.islower")?.as_str();
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::Bool(cased))
}

/// Uppercase/titlecase characters only after uncased ones, lowercase only
/// after cased ones, and at least one cased character.
fn str_istitle(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "istitle", "str.istitle")?.as_str();
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// XID_Start plus `_`.
fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    let n = c as u32;
    if ID_EXCLUDED.contains(&n) {
        return false;
    }
    in_ranges(n, ALPHA).is_some() || in_ranges(n, LETTER_NUMBER).is_some() || ID_START_EXTRA.contains(&n)
}

/// XID_Continue.
fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    is_id_start(c) || is_decimal(c) || in_ranges(c as u32, ID_CONTINUE_EXTRA).is_some()
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = this(vm, args, kw, "isidentifier", "str.isidentifier")?.as_str();
    let mut it = s.chars();
    let ok = match it.next() {
        Some(c) => is_id_start(c) && it.all(is_id_continue),
        None => false,
    };
    Ok(Value::Bool(ok))
}
