//! Text to number: the rules of CPython 3.11's `float(str)` and
//! `int(str, base)`, including Unicode decimal digits and Unicode whitespace
//! (CPython first maps every non-ASCII decimal digit to its ASCII digit and
//! every non-ASCII whitespace character to a space), single underscores
//! between digits, signs, `inf`/`nan` spellings and base prefixes.

use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

/// Code points of the digit zero of every Unicode (14.0) decimal-digit run;
/// each run is ten consecutive code points `0..=9`.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of `c` as a Unicode decimal digit (`Py_UNICODE_TODECIMAL`), if any.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // Runs are sorted; find the last zero <= cp.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    let d = cp - zero;
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// `str.isspace()` for one character (`Py_UNICODE_ISSPACE`).
pub fn unicode_isspace(c: char) -> bool {
    matches!(
        c as u32,
        0x9..=0xD
            | 0x1C..=0x20
            | 0x85
            | 0xA0
            | 0x1680
            | 0x2000..=0x200A
            | 0x2028
            | 0x2029
            | 0x202F
            | 0x205F
            | 0x3000
    )
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept, Unicode
/// whitespace becomes `' '`, Unicode digits become ASCII digits; anything
/// else ends the string with `'?'` (which then fails to parse).
fn to_ascii_number_text(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if unicode_isspace(c) {
            out.push(b' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// `Py_ISSPACE`: ASCII whitespace as C's `isspace` in the C locale.
fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Parses an optional sign followed by `inf`, `infinity` or `nan` (any case)
/// at the start of `b`; returns the value and the number of bytes used.
pub(super) fn parse_inf_or_nan(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let mut neg = false;
    if let Some(&c) = b.first() {
        if c == b'-' || c == b'+' {
            neg = c == b'-';
            i = 1;
        }
    }
    let rest = &b[i.min(b.len())..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    if starts(b"infinity") {
        Some((
            if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            },
            i + 8,
        ))
    } else if starts(b"inf") {
        Some((
            if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            },
            i + 3,
        ))
    } else if starts(b"nan") {
        Some((if neg { -f64::NAN } else { f64::NAN }, i + 3))
    } else {
        None
    }
}

/// `float(s)` for a string: returns `None` when CPython raises
/// `ValueError("could not convert string to float: ...")` (the caller
/// formats the message with `repr(s)`).
///
/// Accepts surrounding whitespace, a sign, decimal digits (any Unicode
/// decimal digits) with single underscores between digits, `'.5'`, `'5.'`,
/// exponents, and `inf`/`infinity`/`nan` in any case. Out-of-range values
/// become `±inf` or `±0.0`, as in CPython.
pub fn parse_float(s: &str) -> Option<f64> {
    let text = to_ascii_number_text(s);
    // Underscore rule (_Py_string_to_number_with_underscores): only between
    // two digits. Embedded NULs are rejected by the grammar below anyway.
    let mut cleaned: Vec<u8> = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &c in &text {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            cleaned.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    // Strip C whitespace.
    let mut lo = 0;
    let mut hi = cleaned.len();
    while lo < hi && is_c_space(cleaned[lo]) {
        lo += 1;
    }
    while hi > lo && is_c_space(cleaned[hi - 1]) {
        hi -= 1;
    }
    let body = &cleaned[lo..hi];
    if body.is_empty() {
        return None;
    }
    if let Some((v, used)) = parse_inf_or_nan(body) {
        return if used == body.len() { Some(v) } else { None };
    }
    // Grammar: [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]
    let mut i = 0;
    let n = body.len();
    if body[0] == b'+' || body[0] == b'-' {
        i = 1;
    }
    let int_start = i;
    while i < n && body[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    if i < n && body[i] == b'.' {
        i += 1;
        let fs = i;
        while i < n && body[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - fs;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < n && (body[i] == b'e' || body[i] == b'E') {
        i += 1;
        if i < n && (body[i] == b'+' || body[i] == b'-') {
            i += 1;
        }
        let es = i;
        while i < n && body[i].is_ascii_digit() {
            i += 1;
        }
        if i == es {
            return None;
        }
    }
    if i != n {
        return None;
    }
    let text = core::str::from_utf8(body).ok()?;
    text.parse::<f64>().ok()
}

/// The value of an ASCII digit or letter in bases up to 36.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(s, base)` for a string: returns `None` when CPython raises
/// `ValueError("invalid literal for int() with base N: ...")`.
///
/// `base` is 0 (prefix decides; a nonzero number with a leading `0` is
/// invalid) or 2..=36 (an optional matching `0x`/`0o`/`0b` prefix is allowed);
/// other bases return `None` (the caller reports
/// `"int() arg 2 must be >= 2 and <= 36"` before calling).
/// Surrounding whitespace, a sign, Unicode decimal digits and single
/// underscores between digits (and after a prefix) are accepted. CPython's
/// `sys.get_int_max_str_digits()` limit (4300 digits for non-power-of-two
/// bases) is not enforced here: see [`parse_int_limited`].
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_limited(s, base, usize::MAX).ok()
}

/// Why [`parse_int_limited`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// Not an int literal in this base.
    Invalid,
    /// More than the limit of digits in a base that is not a power of two
    /// (CPython checks this before the text after the digits): the count.
    TooManyDigits(usize),
}

/// [`parse_int`] refusing more than `max_digits` digits in a base that is
/// not a power of two, as CPython does (its conversion is quadratic).
pub fn parse_int_limited(s: &str, base: u32, max_digits: usize) -> Result<BigInt, IntParseError> {
    use IntParseError::Invalid;
    if base == 1 || base > 36 {
        return Err(Invalid);
    }
    let text = to_ascii_number_text(s);
    let b = text.as_slice();
    let n = b.len();
    let at = |i: usize| -> u8 {
        if i < n {
            b[i]
        } else {
            0
        }
    };
    let mut i = 0;
    while i < n && is_c_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        if at(i) != b'0' {
            base = 10;
        } else {
            match at(i + 1) {
                b'x' | b'X' => base = 16,
                b'o' | b'O' => base = 8,
                b'b' | b'B' => base = 2,
                _ => {
                    error_if_nonzero = true;
                    base = 10;
                }
            }
        }
    }
    if at(i) == b'0' {
        let p = at(i + 1);
        if (base == 16 && (p == b'x' || p == b'X'))
            || (base == 8 && (p == b'o' || p == b'O'))
            || (base == 2 && (p == b'b' || p == b'B'))
        {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(Invalid);
    }
    // Digits with single underscores between them.
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < n {
        let c = b[i];
        if c == b'_' {
            if prev == b'_' {
                return Err(Invalid);
            }
        } else if digit_value(c) < base {
            digits.push(c);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(Invalid);
    }
    if digits.is_empty() {
        return Err(Invalid);
    }
    if !base.is_power_of_two() && digits.len() > max_digits {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    while i < n && is_c_space(b[i]) {
        i += 1;
    }
    if i != n {
        return Err(Invalid);
    }
    let mag = BigUint::parse_bytes(&digits, base).ok_or(Invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// Converts a string to the ASCII text CPython parses numbers from (see
/// module docs); exposed for callers that implement other numeric parsers.
pub fn number_text(s: &str) -> String {
    let v = to_ascii_number_text(s);
    v.into_iter().map(|c| c as char).collect()
}

#[cfg(test)]
#[allow(clippy::type_complexity, clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    //! Tables generated with CPython 3.11.7 (`int(s, base)`, `float(s)`).
    extern crate std;
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn parse_int_table() {
        for (s, base, want) in PARSE_INT {
            let got = parse_int(s, *base).map(|v| v.to_string());
            assert_eq!(got.as_deref(), *want, "int({:?}, {})", s, base);
        }
    }

    #[test]
    fn parse_float_table() {
        for (s, want) in PARSE_FLOAT {
            let got = parse_float(s);
            match (got, want) {
                (Some(g), Some(w)) => {
                    let w = f64::from_bits(*w);
                    assert!(
                        (g.is_nan() && w.is_nan()) || g.to_bits() == w.to_bits(),
                        "float({:?}) = {:?}, want {:?}",
                        s,
                        g,
                        w
                    );
                }
                (None, None) => {}
                (g, w) => panic!("float({:?}) = {:?}, want {:?}", s, g, w),
            }
        }
    }

    #[test]
    fn invalid_bases_and_helpers() {
        assert_eq!(parse_int("1", 1), None);
        assert_eq!(parse_int("1", 37), None);
        assert_eq!(unicode_decimal('\u{0669}'), Some(9));
        assert_eq!(unicode_decimal('\u{1D7FF}'), Some(9));
        assert_eq!(unicode_decimal('a'), None);
        assert_eq!(unicode_decimal('\u{065F}'), None);
        assert!(unicode_isspace('\u{3000}') && !unicode_isspace('\u{200B}'));
        assert_eq!(number_text("\u{0663}\u{2003}x\u{00e9}z"), "3 x?");
    }

    #[test]
    fn no_panic_on_garbage() {
        let alphabet: std::vec::Vec<char> =
            "0123456789_+-. eEiInNfFaAxXoObBpPzZ\u{0663}\u{3000}\u{0}\u{e9}\u{1c}"
                .chars()
                .collect();
        let mut state = 7u64;
        for _ in 0..20000 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (state >> 60) as usize;
            let mut s = String::new();
            let mut k = state;
            for _ in 0..len {
                k = k.wrapping_mul(6364136223846793005).wrapping_add(1);
                s.push(alphabet[(k >> 33) as usize % alphabet.len()]);
            }
            let _ = parse_float(&s);
            for base in [0, 2, 8, 10, 16, 36] {
                let _ = parse_int(&s, base);
            }
            let _ = super::super::float::float_fromhex(&s);
        }
    }

    const PARSE_INT: &[(&str, u32, Option<&str>)] = &[
        ("0", 0, Some("0")),
        ("0", 2, Some("0")),
        ("0", 10, Some("0")),
        ("0", 16, Some("0")),
        ("1", 0, Some("1")),
        ("1", 2, Some("1")),
        ("1", 10, Some("1")),
        ("1", 16, Some("1")),
        ("1", 36, Some("1")),
        ("-1", 0, Some("-1")),
        ("-1", 8, Some("-1")),
        ("-1", 10, Some("-1")),
        ("-1", 16, Some("-1")),
        (" 12 ", 0, Some("12")),
        (" 12 ", 8, Some("10")),
        (" 12 ", 10, Some("12")),
        ("+5", 0, Some("5")),
        ("+5", 10, Some("5")),
        ("+5", 16, Some("5")),
        ("-0", 0, Some("0")),
        ("-0", 2, Some("0")),
        ("-0", 10, Some("0")),
        ("-0", 36, Some("0")),
        ("1_000", 0, Some("1000")),
        ("1_000", 2, Some("8")),
        ("1_000", 8, Some("512")),
        ("1_000", 10, Some("1000")),
        ("1_000", 16, Some("4096")),
        ("1_000", 36, Some("46656")),
        ("1__000", 0, None),
        ("1__000", 2, None),
        ("1__000", 8, None),
        ("1__000", 10, None),
        ("_1", 0, None),
        ("_1", 2, None),
        ("_1", 8, None),
        ("_1", 10, None),
        ("_1", 16, None),
        ("_1", 36, None),
        ("1_", 0, None),
        ("1_", 2, None),
        ("1_", 8, None),
        ("1_", 10, None),
        ("1_", 36, None),
        ("0x1f", 0, Some("31")),
        ("0x1f", 2, None),
        ("0x1f", 8, None),
        ("0x1f", 10, None),
        ("0x1f", 16, Some("31")),
        ("0X1F", 0, Some("31")),
        ("0X1F", 8, None),
        ("0X1F", 10, None),
        ("0x_1f", 0, Some("31")),
        ("0x_1f", 2, None),
        ("0x_1f", 8, None),
        ("0x_1f", 10, None),
        ("0x__1f", 0, None),
        ("0x__1f", 2, None),
        ("0x__1f", 10, None),
        ("0x__1f", 16, None),
        ("0x__1f", 36, None),
        ("0b101", 0, Some("5")),
        ("0b101", 2, Some("5")),
        ("0b101", 10, None),
        ("0b101", 16, Some("45313")),
        ("0b101", 36, Some("514513")),
        ("0o17", 0, Some("15")),
        ("0o17", 2, None),
        ("0o17", 10, None),
        ("0o17", 36, Some("31147")),
        ("017", 0, None),
        ("017", 2, None),
        ("017", 10, Some("17")),
        ("017", 36, Some("43")),
        ("00", 0, Some("0")),
        ("00", 2, Some("0")),
        ("00", 10, Some("0")),
        ("00", 16, Some("0")),
        ("0_0", 0, Some("0")),
        ("0_0", 2, Some("0")),
        ("0_0", 8, Some("0")),
        ("0_0", 10, Some("0")),
        ("0_0", 36, Some("0")),
        ("0_7", 0, None),
        ("0_7", 2, None),
        ("0_7", 10, Some("7")),
        ("0_7", 16, Some("7")),
        ("0_7", 36, Some("7")),
        ("010", 0, None),
        ("010", 2, Some("2")),
        ("010", 10, Some("10")),
        ("010", 16, Some("16")),
        ("- 5", 0, None),
        ("- 5", 2, None),
        ("- 5", 8, None),
        ("- 5", 10, None),
        ("- 5", 16, None),
        ("- 5", 36, None),
        ("+-5", 0, None),
        ("+-5", 8, None),
        ("+-5", 10, None),
        ("+-5", 16, None),
        ("+-5", 36, None),
        ("5 5", 0, None),
        ("5 5", 2, None),
        ("5 5", 8, None),
        ("5 5", 10, None),
        ("5 5", 36, None),
        ("", 0, None),
        ("", 2, None),
        ("", 10, None),
        (" ", 0, None),
        (" ", 10, None),
        ("0x", 0, None),
        ("0x", 8, None),
        ("0x", 10, None),
        ("0x", 16, None),
        ("0x", 36, Some("33")),
        ("0b", 0, None),
        ("0b", 10, None),
        ("0b", 36, Some("11")),
        ("12a", 0, None),
        ("12a", 8, None),
        ("12a", 10, None),
        ("z", 0, None),
        ("z", 2, None),
        ("z", 8, None),
        ("z", 10, None),
        ("z", 16, None),
        ("Z", 0, None),
        ("Z", 10, None),
        ("zz", 0, None),
        ("zz", 10, None),
        ("zz", 16, None),
        ("zz", 36, Some("1295")),
        ("\u{663}", 0, Some("3")),
        ("\u{663}", 2, None),
        ("\u{663}", 8, Some("3")),
        ("\u{663}", 10, Some("3")),
        ("\u{661}\u{662}", 0, Some("12")),
        ("\u{661}\u{662}", 8, Some("10")),
        ("\u{661}\u{662}", 10, Some("12")),
        ("\u{661}\u{662}", 16, Some("18")),
        ("\u{661}\u{662}", 36, Some("38")),
        ("\u{2003} 7 \u{3000}", 0, Some("7")),
        ("\u{2003} 7 \u{3000}", 2, None),
        ("\u{2003} 7 \u{3000}", 8, Some("7")),
        ("\u{2003} 7 \u{3000}", 10, Some("7")),
        ("\u{1c}5", 0, None),
        ("\u{1c}5", 10, None),
        ("\u{1c}5", 16, None),
        ("5\u{0}", 0, None),
        ("5\u{0}", 2, None),
        ("5\u{0}", 8, None),
        ("5\u{0}", 10, None),
        ("1e5", 0, None),
        ("1e5", 2, None),
        ("1e5", 8, None),
        ("1e5", 10, None),
        ("1e5", 36, Some("1805")),
        ("1.0", 0, None),
        ("1.0", 8, None),
        ("1.0", 10, None),
        (
            "99999999999999999999999999999999999999999999999999",
            0,
            Some("99999999999999999999999999999999999999999999999999"),
        ),
        (
            "99999999999999999999999999999999999999999999999999",
            8,
            None,
        ),
        (
            "99999999999999999999999999999999999999999999999999",
            10,
            Some("99999999999999999999999999999999999999999999999999"),
        ),
        (
            "99999999999999999999999999999999999999999999999999",
            36,
            Some("167996217471446804424863211554929153852408382693045538396789934209299264951325"),
        ),
        (
            "-7777777777777777777777777777777777777777",
            0,
            Some("-7777777777777777777777777777777777777777"),
        ),
        ("-7777777777777777777777777777777777777777", 2, None),
        (
            "-7777777777777777777777777777777777777777",
            8,
            Some("-1329227995784915872903807060280344575"),
        ),
        (
            "-7777777777777777777777777777777777777777",
            10,
            Some("-7777777777777777777777777777777777777777"),
        ),
        (
            "-7777777777777777777777777777777777777777",
            36,
            Some("-35737982049203410906286495457887559645657154600320348628136755"),
        ),
        ("0b_1", 0, Some("1")),
        ("0b_1", 2, Some("1")),
        ("0b_1", 8, None),
        ("0b_1", 10, None),
        ("0o_7", 0, Some("7")),
        ("0o_7", 2, None),
        ("0o_7", 10, None),
        ("0o_7", 16, None),
        ("0_x1", 0, None),
        ("0_x1", 10, None),
        ("0_x1", 16, None),
        ("fF", 0, None),
        ("fF", 2, None),
        ("fF", 10, None),
        ("fF", 16, Some("255")),
        ("0xg", 0, None),
        ("0xg", 2, None),
        ("0xg", 8, None),
        ("0xg", 10, None),
        ("0xg", 16, None),
        ("0xg", 36, Some("1204")),
        ("00000000001", 0, None),
        ("00000000001", 2, Some("1")),
        ("00000000001", 8, Some("1")),
        ("00000000001", 10, Some("1")),
        ("00000000001", 16, Some("1")),
        ("00000000001", 36, Some("1")),
        ("\t\n 42\r\u{b}\u{c}", 0, Some("42")),
        ("\t\n 42\r\u{b}\u{c}", 2, None),
        ("\t\n 42\r\u{b}\u{c}", 10, Some("42")),
        ("\t\n 42\r\u{b}\u{c}", 16, Some("66")),
        ("\u{85}3", 0, Some("3")),
        ("\u{85}3", 2, None),
        ("\u{85}3", 8, Some("3")),
        ("\u{85}3", 10, Some("3")),
        ("\u{85}3", 16, Some("3")),
        ("\u{a0}3", 0, Some("3")),
        ("\u{a0}3", 8, Some("3")),
        ("\u{a0}3", 10, Some("3")),
        ("\u{a0}3", 16, Some("3")),
        ("\u{663}_\u{663}", 0, Some("33")),
        ("\u{663}_\u{663}", 2, None),
        ("\u{663}_\u{663}", 10, Some("33")),
        ("\u{663}_\u{663}", 16, Some("51")),
        ("\u{663}_\u{663}", 36, Some("111")),
        ("1_\u{663}", 0, Some("13")),
        ("1_\u{663}", 10, Some("13")),
        ("1_\u{663}", 16, Some("19")),
        ("1_\u{663}", 36, Some("39")),
        ("0B1", 0, Some("1")),
        ("0B1", 2, Some("1")),
        ("0B1", 8, None),
        ("0B1", 10, None),
        ("0B1", 16, Some("177")),
        ("0B1", 36, Some("397")),
        ("0O7", 0, Some("7")),
        ("0O7", 8, Some("7")),
        ("0O7", 10, None),
        ("-0x10", 0, Some("-16")),
        ("-0x10", 10, None),
        ("+0b11", 0, Some("3")),
        ("+0b11", 2, Some("3")),
        ("+0b11", 8, None),
        ("+0b11", 10, None),
        ("+0b11", 36, Some("14293")),
        ("0x-1", 0, None),
        ("0x-1", 8, None),
        ("0x-1", 10, None),
        ("0x-1", 36, None),
        ("\u{663}x", 0, None),
        ("\u{663}x", 8, None),
        ("\u{663}x", 10, None),
        ("\u{663}x", 16, None),
        ("\u{663}x", 36, Some("141")),
        ("51365414431660", 7, Some("506139367447")),
        ("-h846i1i98", 20, Some("-445718095388")),
        ("13052623016642", 7, Some("139942549091")),
        ("byuidgec", 35, Some("771836541852")),
        ("eebce8bg", 20, Some("18853235436")),
        ("-27t3bpht", 35, Some("-143074592249")),
        ("-3238687ba07", 12, Some("-197668325095")),
        ("-11a7119b6b47", 12, Some("-859574707687")),
        ("1020002110100112101010202", 3, Some("346143749483")),
        ("222020201002021122101122", 3, Some("274567548788")),
        ("116426343505533", 7, Some("866897213115")),
        ("-94113a13006", 12, Some("-578372685126")),
        ("-2120112122001101002222021", 3, Some("-727432919710")),
        ("b6gqegms", 35, Some("719641846273")),
        ("2_022222111212022021022002", 3, Some("658813753019")),
        ("-asc2mgeh", 35, Some("-695498633357")),
        ("-1035536816a1", 12, Some("-760827398809")),
        ("54015132042066", 7, Some("540302925189")),
        ("2_0242333132214001", 5, Some("322936210501")),
        ("11113330104036", 7, Some("113130943659")),
        ("113fiff5jh", 20, Some("542460122397")),
        ("-43140301202234104", 5, Some("-713039883654")),
        ("1021000000012201201121121", 3, Some("355655054383")),
        ("-1g2fieg5id", 20, Some("-925179970373")),
        ("-23116114266563", 7, Some("-237810915359")),
        ("1_ih3b8b1c5", 20, Some("994788568645")),
        ("-14241035642425", 7, Some("-157382237521")),
        ("4_602035510200", 7, Some("67312961884")),
        ("8_853EE508", 20, Some("215371954008")),
        ("5B1BB004501", 12, Some("367201390033")),
        ("-61a98a99887", 12, Some("-381312848551")),
        ("-cnsdupin", 35, Some("-815843110028")),
        ("3214212031131113", 5, Some("106068614533")),
        ("74j44tfr", 35, Some("458732266327")),
        ("-34356654604563", 7, Some("-353657937762")),
        ("2wjmn3x1", 35, Some("188535014081")),
        ("-4_RT2LSKB", 35, Some("-308517430386")),
        ("18ja0fjj8b", 20, Some("741762559771")),
        ("-12323311412040044", 5, Some("-235267299399")),
        ("-60464634423613", 7, Some("-591137238730")),
        ("-1a9bef39ga", 20, Some("-780271227930")),
        ("-1_6163424988", 12, Some("-93531021944")),
        ("-364266112463", 7, Some("-7805443040")),
        ("-13030041140324232", 5, Some("-247844464317")),
        ("1200221120212110211120110", 3, Some("480629115759")),
        ("61ba0b37431", 12, Some("381754894501")),
        ("-100101120020220000202111", 3, Some("-98236278913")),
        ("-8318355aa54", 12, Some("-511545215584")),
        ("734ab048440", 12, Some("451012078704")),
        ("110120416106206", 7, Some("777678968107")),
        ("-80JIG9B1C", 20, Some("-206076236432")),
        ("4aaba02a928", 12, Some("303991147184")),
        ("-10335234334501", 7, Some("-103884714487")),
        ("F8OJC9XJ", 35, Some("981085141699")),
        ("1_1j3acdab4", 20, Some("562146028224")),
        ("-111334231242001204", 5, Some("-969124172054")),
        ("-2021101022211002121101101", 3, Some("-642082284541")),
        ("17I9FI2CF9", 20, Some("714866901109")),
        ("2_211101210000200211210001", 3, Some("799162746265")),
        ("-63035525451132", 7, Some("-623938256811")),
    ];

    const PARSE_FLOAT: &[(&str, Option<u64>)] = &[
        ("1", Some(0x3ff0000000000000)),
        ("1.", Some(0x3ff0000000000000)),
        (".1", Some(0x3fb999999999999a)),
        (".", None),
        ("-.5", Some(0xbfe0000000000000)),
        ("+.5e+5", Some(0x40e86a0000000000)),
        ("1e", None),
        ("1e+", None),
        ("1e-", None),
        ("1.5E3", Some(0x4097700000000000)),
        ("1_1.2_2e1_0", Some(0x423a1fa422000000)),
        ("1._1", None),
        ("1_.1", None),
        ("1e_1", None),
        ("1_e1", None),
        ("_1.0", None),
        ("1.0_", None),
        ("inf", Some(0x7ff0000000000000)),
        ("-inf", Some(0xfff0000000000000)),
        ("+inf", Some(0x7ff0000000000000)),
        ("Infinity", Some(0x7ff0000000000000)),
        ("iNfInItY", Some(0x7ff0000000000000)),
        ("infinityx", None),
        ("infx", None),
        ("nan", Some(0x7ff8000000000000)),
        ("-NaN", Some(0xfff8000000000000)),
        ("nanx", None),
        ("nan(1)", None),
        (" 1.5 ", Some(0x3ff8000000000000)),
        ("\t1.5\n", Some(0x3ff8000000000000)),
        ("\u{3000}1.5", Some(0x3ff8000000000000)),
        ("1.5\u{2003}", Some(0x3ff8000000000000)),
        ("\u{663}.\u{663}", Some(0x400a666666666666)),
        ("0x1p3", None),
        ("1e500", Some(0x7ff0000000000000)),
        ("-1e500", Some(0xfff0000000000000)),
        ("1e-400", Some(0x0000000000000000)),
        ("-1e-400", Some(0x8000000000000000)),
        ("2.4703282292062327e-324", Some(0x0000000000000000)),
        ("2.4703282292062328e-324", Some(0x0000000000000001)),
        ("4.9406564584124654e-324", Some(0x0000000000000001)),
        ("1.7976931348623157e308", Some(0x7fefffffffffffff)),
        ("1.7976931348623158e308", Some(0x7fefffffffffffff)),
        ("1.797693134862315807e308", Some(0x7fefffffffffffff)),
        ("1.7976931348623159e308", Some(0x7ff0000000000000)),
        ("0.1e1", Some(0x3ff0000000000000)),
        ("000123.45000", Some(0x405edccccccccccd)),
        ("111111111111111111111111111111.111111111111111111111111111111", Some(0x45f6704f4fab27ec)),
        ("9007199254740993", Some(0x4340000000000000)),
        ("9007199254740992.5000001", Some(0x4340000000000000)),
        ("1e0001", Some(0x4024000000000000)),
        ("1E-0", Some(0x3ff0000000000000)),
        ("++1", None),
        ("--1", None),
        ("+-1", None),
        ("1 1", None),
        ("", None),
        (" ", None),
        ("\u{0}", None),
        ("1\u{0}", None),
        ("e", None),
        (".e1", None),
        ("-.e1", None),
        ("\u{661}", Some(0x3ff0000000000000)),
        ("1,5", None),
        ("1d5", None),
        ("1.5f", None),
        ("0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005", Some(0x0000000000000000)),
        ("5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Some(0x7ff0000000000000)),
        ("1_2_3.4_5_6e-1_2", Some(0x3de0f7b8ca8ba4f5)),
        ("1e99999999999999999999", Some(0x7ff0000000000000)),
        ("-1e-99999999999999999999", Some(0x8000000000000000)),
        ("\u{1c}1", None),
        ("1\u{1c}", None),
        ("in", None),
        ("i", None),
        ("n", None),
        ("-", None),
        ("+", None),
        ("0", Some(0x0000000000000000)),
        ("-0", Some(0x8000000000000000)),
        ("-0.0e-0", Some(0x8000000000000000)),
        ("00", Some(0x0000000000000000)),
        ("0_0", Some(0x0000000000000000)),
        ("0e0", Some(0x0000000000000000)),
        (".0", Some(0x0000000000000000)),
        ("0.", Some(0x0000000000000000)),
        ("\u{ff29}\u{ff2e}\u{ff26}", None),
        ("\u{ff11}\u{ff12}", Some(0x4028000000000000)),
        ("999.5", Some(0x408f3c0000000000)),
        ("-8.740879206977e+36", Some(0xc79a4dba788d9d08)),
        ("-1.7976931348623157e+308", Some(0xffefffffffffffff)),
        ("-997651954882.0", Some(0xc26d091617984000)),
        ("-49227530000.0", Some(0xc226ec60fe200000)),
        ("-6.2806758160216235e-198", Some(0x96fe0c13115cf1f8)),
        ("-185237043002870.0", Some(0xc2e50f1b84b7bec0)),
        ("0.0", Some(0x0000000000000000)),
        ("990961525166009.0", Some(0x430c2a31ad8c7dc8)),
        ("7360611036411754.0", Some(0x433a266fce27b76a)),
        ("2.851525386013872e+191", Some(0x67b0000000000000)),
        ("9.117626119973178e+16", Some(0x43743ec5394c21c4)),
        ("48358662.0", Some(0x41870f2830000000)),
        ("2319753606651883.0", Some(0x43207b9b7361bfd6)),
        ("-6.649617331906405e+199", Some(0xe96bcc8cadeecd99)),
        ("3.6563102060408986e-06", Some(0x3eceabddcb0bd059)),
        ("-6.8455486915178e-07", Some(0xbea6f84813b40d3b)),
        ("-4425000000000.0", Some(0xc290191a36680000)),
        ("2.2250738585072014e-308", Some(0x0010000000000000)),
        ("0.835", Some(0x3feab851eb851eb8)),
        ("6.65", Some(0x401a99999999999a)),
        ("0.15", Some(0x3fc3333333333333)),
        ("6.1618758180942e+19", Some(0x440ab90e70c35df1)),
        ("6869.45", Some(0x40bad57333333333)),
        ("-1.2826677504057426e-290", Some(0x83c0000000000000)),
        ("6389302297.388935", Some(0x41f7cd5041963914)),
        ("-1.3571774282945718e+181", Some(0xe58a2a5ee9c2761b)),
        ("0.00285", Some(0x3f6758e219652bd4)),
        ("990.9095", Some(0x408ef746a7ef9db2)),
        ("1.7070116948172427e+243", Some(0x7270000000000000)),
        ("345.5", Some(0x4075980000000000)),
        ("-1.6170950498709648e+260", Some(0xf5f508eb79fd7700)),
        ("8.405964671000998e+231", Some(0x7015a85a484754a8)),
        ("14900000.0", Some(0x416c6b6400000000)),
        ("5.39390331e+29", Some(0x461b3b74e5c99338)),
        ("2.5", Some(0x4004000000000000)),
        ("0.35", Some(0x3fd6666666666666)),
        ("89.4535", Some(0x40565d0624dd2f1b)),
        ("2.8781137983443704e-21", Some(0x3bab2eda277fe26e)),
        ("3.737030335269016e+183", Some(0x660c24c141fd3d34)),
        ("-1390638038.284113", Some(0xc1d4b8dcf5922ee8)),
        ("7.413286917e+26", Some(0x458329b3a73a0ef4)),
        ("4.62055e-05", Some(0x3f083998e4233bd5)),
        ("-5.53810711133697e+16", Some(0xc36898194ddfc70c)),
        ("-0.00015", Some(0xbf23a92a30553261)),
        ("-1.2566011550567802e+81", Some(0xd0c5321c14b237a3)),
        ("1086.0", Some(0x4090f80000000000)),
        ("-5e-324", Some(0x8000000000000001)),
        ("0.00765", Some(0x3f7f559b3d07c84b)),
        ("2.6242972779876105e-294", Some(0x02fad12133638030)),
        ("-7.260558404908086e+115", Some(0xd7fd7ba5e1aa8699)),
        ("3.0791012e-14", Some(0x3d215573d615ba4f)),
        ("-541850179759197.0", Some(0xc2feccf537c6c5d0)),
        ("4.0698330278807704e+236", Some(0x7110000000000000)),
        ("1e+16", Some(0x4341c37937e08000)),
        ("696063.0", Some(0x41253dfe00000000)),
        ("0.795", Some(0x3fe970a3d70a3d71)),
        ("5.3350447e-08", Some(0x3e6ca46dfa75602d)),
        ("3238720867492.0", Some(0x4287909674652000)),
        ("4.842785792281363e-277", Some(0x06912b53ce4a535d)),
        ("-2.367277868266225e-65", Some(0xb283f1bc1c3eb083)),
        ("32.7375", Some(0x40405e6666666666)),
        ("-6.5e-05", Some(0xbf110a137f38c543)),
        ("4.635931802367016e+242", Some(0x72516198507de19e)),
        ("80.5", Some(0x4054200000000000)),
        ("0.125", Some(0x3fc0000000000000)),
        ("3.125409042818274e+30", Some(0x4643b95ee21d3c3f)),
        ("-61410813514590.0", Some(0xc2cbed28dcc9af00)),
        ("-3.8486453660989945e+85", Some(0xd1b3cfa5cce775c6)),
        ("3460.45", Some(0x40ab08e666666666)),
        ("5.733488353331293e+17", Some(0x439fd3c6e979a911)),
        ("4.994797680505588e+145", Some(0x5e30000000000000)),
        ("-3948.405", Some(0xc0aed8cf5c28f5c3)),
        ("9.36953e+24", Some(0x451f004cf4cbba04)),
        ("-2.913414348125081e-157", Some(0x9f70000000000000)),
        ("6.294068662831336e+284", Some(0x7b10ee4401c94800)),
        ("-8.6154284318176e-09", Some(0xbe428061c2338cd0)),
        ("38222211.43222992", Some(0x418239cc1b7534f6)),
        ("8.224599333033828e-85", Some(0x2e7990747925c66f)),
        ("0.018035", Some(0x3f9277c45cbbc2b9)),
        ("7.6e-05", Some(0x3f13ec460ed80a18)),
        ("2.1223425287034492e+26", Some(0x4565f1cb3cdc4f53)),
        ("1e+22", Some(0x4480f0cf064dd592)),
        ("1.3552527156068805e-20", Some(0x3bd0000000000000)),
        ("-1173.5", Some(0xc092560000000000)),
        ("2.151959390479123e-283", Some(0x0540000000000000)),
        ("6.76e-17", Some(0x3c937bffe59fb114)),
        ("44.89105", Some(0x4046720ded288ce7)),
        ("-3.5808083934559126e+19", Some(0xc3ff0efde9e7ec4c)),
        ("7.99167628880894e+146", Some(0x5e70000000000000)),
        ("2.4796e+27", Some(0x45a0062772b08372)),
        ("-2.6428e-08", Some(0xbe5c60792bceffbf)),
        ("-6.204806543e+31", Some(0xc6887940e629337d)),
        ("896.5", Some(0x408c040000000000)),
        ("-3.516543975085722e-23", Some(0xbb4541969675af94)),
        ("141807065.588094", Some(0x41a0e79bb32d1aa8)),
        ("-0.0666633", Some(0xbfb110d89557eb79)),
        ("55096443.0", Some(0x418a45a3d8000000)),
        ("-87.0", Some(0xc055c00000000000)),
        ("8.7e-24", Some(0x3b25090a071a8189)),
        ("26764200.0", Some(0x4179863a80000000)),
        ("-133868156.0", Some(0xc19feaa9f0000000)),
        ("0.00025", Some(0x3f30624dd2f1a9fc)),
        ("1.18488917573e+17", Some(0x437a4f50af1c25b4)),
        ("-2.215809449345782e+268", Some(0xf7a579832fd4e110)),
        ("1e+100", Some(0x54b249ad2594c37d)),
        ("3.35e+22", Some(0x449c602790f59288)),
        ("-1.9322687615086292e+171", Some(0xe380000000000000)),
        ("-4.912148334931043e+19", Some(0xc4054d9486cb9f4f)),
        ("9.394170331095333e+108", Some(0x5690000000000000)),
        ("-1689445862243742.0", Some(0xc318022b11f1f678)),
        ("2.021646985469089e-202", Some(0x160fb1340e6d1829)),
        ("0.3", Some(0x3fd3333333333333)),
        ("3811628664823520.0", Some(0x432b154fe92a3dc0)),
        ("5e-324", Some(0x0000000000000001)),
        ("0.0001", Some(0x3f1a36e2eb1c432d)),
    ];
}
