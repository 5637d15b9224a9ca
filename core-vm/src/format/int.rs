//! Int to text: `hex()`/`oct()`/`bin()`, radix conversion, `format(int, spec)`
//! (CPython 3.11's `format_long_internal`, converting to float for the float
//! presentation types) and the `%d %i %u %x %X %o` conversions of the `%`
//! operator (`_PyUnicode_FormatLong` + `unicode_format_arg_output`).

use alloc::format;
use alloc::string::String;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::bigint_to_f64;
use super::spec::{
    check_printf_limits, format_float_internal, parse_spec_with, printf_output, render_number,
    unknown_type, Grouping, NumberParts, PrintfFlags,
};
use super::{overflow_err, value_err, FmtError};

/// CPython's default limit on int-to-decimal conversions (3.11's
/// `sys.get_int_max_str_digits()`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The decimal digits of `|x|`, refusing ints of more than
/// [`INT_MAX_STR_DIGITS`] digits with CPython's `ValueError`. The bit length
/// settles most cases before converting: a huge int is refused at once
/// instead of spending minutes on a quadratic conversion.
pub fn decimal_magnitude(x: &BigInt) -> Result<String, FmtError> {
    let bits = x.bits();
    // Below this many bits an int has fewer than 4300 digits.
    if bits <= 14_280 {
        return Ok(x.magnitude().to_str_radix(10));
    }
    let too_many = || {
        FmtError::Value(format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            INT_MAX_STR_DIGITS
        ))
    };
    // |x| >= 2^(bits - 1), so it has at least this many digits.
    let min_digits = ((bits - 1) as f64 * core::f64::consts::LOG10_2) as u64 + 1;
    if min_digits > INT_MAX_STR_DIGITS as u64 {
        return Err(too_many());
    }
    let s = x.magnitude().to_str_radix(10);
    if s.len() > INT_MAX_STR_DIGITS {
        return Err(too_many());
    }
    Ok(s)
}

/// `str(x)`: [`decimal_magnitude`] with the sign.
pub fn decimal(x: &BigInt) -> Result<String, FmtError> {
    let digits = decimal_magnitude(x)?;
    Ok(if x.is_negative() { format!("-{}", digits) } else { digits })
}

/// Digits of `|x|` in `radix` (lowercase letters), with a leading `-` for
/// negative numbers. `radix` outside `2..=36` yields an empty string.
pub fn int_to_str_radix(x: &BigInt, radix: u32) -> String {
    if !(2..=36).contains(&radix) {
        return String::new();
    }
    x.to_str_radix(radix)
}

fn prefixed(x: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = x.magnitude().to_str_radix(radix);
    let sign = if x.is_negative() { "-" } else { "" };
    format!("{}{}{}", sign, prefix, digits)
}

/// `hex(x)`: `'0x1f'`, `'-0x1f'`, `'0x0'`.
pub fn int_hex(x: &BigInt) -> String {
    prefixed(x, 16, "0x")
}

/// `oct(x)`: `'0o17'`, `'-0o17'`.
pub fn int_oct(x: &BigInt) -> String {
    prefixed(x, 8, "0o")
}

/// `bin(x)`: `'0b101'`, `'-0b101'`.
pub fn int_bin(x: &BigInt) -> String {
    prefixed(x, 2, "0b")
}

/// `format(x, spec)` for an int (`int.__format__`).
///
/// Types `b c d o x X n` (none = `d`) format the integer; `e E f F g G %`
/// convert it to float first (`OverflowError("int too large to convert to
/// float")` when it does not fit). An empty spec gives `str(x)`.
pub fn format_int(x: &BigInt, spec: &str) -> Result<String, FmtError> {
    format_int_named(x, spec, "int")
}

/// [`format_int`] with the type name used in error messages (`"bool"`, a
/// subclass name). The caller handles an empty spec for non-exact ints
/// (`format(True, '') == 'True'`).
pub fn format_int_named(x: &BigInt, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return decimal(x);
    }
    let f = parse_spec_with(spec, type_name, Some('d'))?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {}
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let v = bigint_to_f64(x)?;
            return format_float_internal(v, &f);
        }
        t => return Err(unknown_type(t, type_name)),
    }
    if f.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if f.z {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let ty = f.ty.unwrap_or('d');
    if ty == 'c' {
        if f.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if f.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let Some(v) = x.to_i64() else {
            return overflow_err("Python int too large to convert to C long");
        };
        if !(0..=0x10ffff).contains(&v) {
            return overflow_err("%c arg not in range(0x110000)");
        }
        let Some(ch) = char::from_u32(v as u32) else {
            // Lone surrogates exist in CPython's str but not in a Rust String.
            return Err(FmtError::Value(format!(
                "%c arg is a surrogate (U+{:04X}), which Krait strings cannot hold",
                v
            )));
        };
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: ch.encode_utf8(&mut buf),
        };
        return render_number(&f, &parts, Grouping::for_spec(&f, ty));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 { decimal_magnitude(x)? } else { x.magnitude().to_str_radix(base) };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: x.is_negative(),
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    render_number(&f, &parts, Grouping::for_spec(&f, ty))
}

/// `%d %i %u %x %X %o` of the `%` operator: precision is a minimum digit
/// count, `#` adds `0x`/`0X`/`0o`, `0` pads with zeros after the sign and
/// prefix, `-` left-justifies, `+`/`' '` add a sign.
///
/// Errors: `OverflowError("precision too large")` for a precision above
/// `INT_MAX - 3`; `ValueError("width too big")` / `("precision too big")`
/// beyond `INT_MAX`; [`FmtError::Memory`] beyond [`super::MAX_FORMAT_LEN`].
pub fn printf_int(x: &BigInt, flags: &PrintfFlags, conv: char) -> Result<String, FmtError> {
    if let Some(p) = flags.precision {
        if p > (i32::MAX - 3) as usize {
            return overflow_err("precision too large");
        }
    }
    check_printf_limits(flags)?;
    let (base, prefix) = match conv {
        'd' | 'i' | 'u' => (10, ""),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => {
            return Err(FmtError::Value(format!(
                "unsupported format character '{}' (0x{:x})",
                conv, conv as u32
            )))
        }
    };
    let mut digits = if base == 10 { decimal_magnitude(x)? } else { x.magnitude().to_str_radix(base) };
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let prec = flags.precision.unwrap_or(0);
    super::check_len(prec)?;
    let mut s = String::with_capacity(digits.len().max(prec) + 3);
    if x.is_negative() {
        s.push('-');
    }
    if flags.alternate {
        s.push_str(prefix);
    }
    for _ in digits.len()..prec {
        s.push('0');
    }
    s.push_str(&digits);
    Ok(printf_output(&s, flags, conv, true))
}

#[cfg(test)]
#[allow(clippy::type_complexity, clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    //! Tables generated with CPython 3.11.7 (`format(int, spec)`, `'%...' % int`,
    //! `hex`/`oct`/`bin`).
    extern crate std;
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn flags(f: &str, width: Option<usize>, precision: Option<usize>) -> PrintfFlags {
        PrintfFlags {
            left: f.contains('-'),
            plus: f.contains('+'),
            space: f.contains(' '),
            alternate: f.contains('#'),
            zero: f.contains('0'),
            width,
            precision,
        }
    }

    #[test]
    fn format_int_table() {
        for (v, spec, want) in FORMAT_INT {
            let got = format_int(&big(v), spec);
            match (&got, want) {
                (Ok(g), Ok(w)) => assert_eq!(g, w, "format({}, {:?})", v, spec),
                (Err(e), Err((k, m))) => {
                    assert_eq!(
                        (e.kind(), e.message()),
                        (*k, *m),
                        "format({}, {:?})",
                        v,
                        spec
                    )
                }
                _ => panic!("format({}, {:?}) = {:?}, want {:?}", v, spec, got, want),
            }
        }
    }

    #[test]
    fn printf_int_table() {
        for (v, f, w, p, conv, want) in PRINTF_INT {
            let got = printf_int(&big(v), &flags(f, *w, *p), *conv).unwrap();
            assert_eq!(got, *want, "'%{}{:?}.{:?}{}' % {}", f, w, p, conv, v);
        }
    }

    #[test]
    fn hex_oct_bin_table() {
        for (v, h, o, b) in HEX_OCT_BIN {
            let x = big(v);
            assert_eq!(
                (
                    int_hex(&x).as_str(),
                    int_oct(&x).as_str(),
                    int_bin(&x).as_str()
                ),
                (*h, *o, *b)
            );
            assert_eq!(int_to_str_radix(&x, 16), h.replacen("0x", "", 1));
        }
        assert_eq!(int_to_str_radix(&big("35"), 36), "z");
        assert_eq!(int_to_str_radix(&big("35"), 37), "");
        assert_eq!(int_to_str_radix(&big("35"), 1), "");
    }

    #[test]
    fn named_type_and_limits() {
        let e = format_int_named(&big("1"), "q", "bool").unwrap_err();
        assert_eq!(
            e.message(),
            "Unknown format code 'q' for object of type 'bool'"
        );
        assert_eq!(format_int(&big("5"), "").unwrap(), "5");
        let huge = flags("", Some(usize::MAX), None);
        assert_eq!(
            printf_int(&big("1"), &huge, 'd').unwrap_err().message(),
            "width too big"
        );
        let p = flags("", None, Some(i32::MAX as usize));
        assert_eq!(
            printf_int(&big("1"), &p, 'd').unwrap_err().message(),
            "precision too large"
        );
        let p = flags("", None, Some(1 << 29));
        assert_eq!(
            printf_int(&big("1"), &p, 'd').unwrap_err(),
            FmtError::Memory
        );
        assert_eq!(
            format_int(&big("1"), "300000000").unwrap_err(),
            FmtError::Memory
        );
        assert!(printf_int(&big("1"), &flags("", None, None), 'q').is_err());
    }

    #[test]
    fn no_panic_on_any_short_spec() {
        let alphabet: std::vec::Vec<char> = "0159<>=^+- z#,_.dxXobcnefgGE%s\u{0665}\u{e9}\u{0}"
            .chars()
            .collect();
        let vals = [
            big("0"),
            big("-7"),
            big("65"),
            big("1114112"),
            big("-99999999999999999999999"),
        ];
        let n = alphabet.len();
        for a in 0..n {
            for b in 0..n {
                for c in 0..n {
                    let spec: String = [alphabet[a], alphabet[b], alphabet[c]].iter().collect();
                    for v in &vals {
                        let _ = format_int(v, &spec);
                        let _ = format_int(v, &spec[..alphabet[a].len_utf8()]);
                    }
                }
            }
        }
    }

    const FORMAT_INT: &[(&str, &str, Result<&str, (&str, &str)>)] = &[
        ("1114111", "", Ok("1114111")),
        ("-42", "", Ok("-42")),
        ("18446744073709551616", "", Ok("18446744073709551616")),
        ("1234", "d", Ok("1234")),
        ("65", "d", Ok("65")),
        ("100000000000000000000", "d", Ok("100000000000000000000")),
        ("-255", "x", Ok("-ff")),
        ("9223372036854775808", "x", Ok("8000000000000000")),
        ("255", "x", Ok("ff")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "X", Ok("1B4EC7F91973FF3CB1CCF26FBC177C38DB6E54582DE258FF5190B8BC150AFADB38030E5D0B7BF50120E5C0E6AD18E629853CE9946A0B2ECCF6CFDE0AF8634BF8DC5A427FE4236CE5959BAA0E776CDB47C4813E1E0C75CA271E1D059E08E4996AA4193A48AD3A24633EBDB32E9F0B824377E2FA9C10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("1114111", "X", Ok("10FFFF")),
        ("123456789", "X", Ok("75BCD15")),
        ("100000000000000000000", "o", Ok("12657072742654304000000")),
        ("1114112", "o", Ok("4200000")),
        ("-9223372036854775808", "o", Ok("-1000000000000000000000")),
        ("65", "b", Ok("1000001")),
        ("1234", "b", Ok("10011010010")),
        ("9223372036854775808", "b", Ok("1000000000000000000000000000000000000000000000000000000000000000")),
        ("-1234", "c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("1114112", "c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("-1", "c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("65", "n", Ok("65")),
        ("-100000000000000000000", "n", Ok("-100000000000000000000")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "n", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("42", "e", Ok("4.200000e+01")),
        ("9223372036854775808", "e", Ok("9.223372e+18")),
        ("65", "e", Ok("6.500000e+01")),
        ("100000000000000000000", "E", Ok("1.000000E+20")),
        ("1", "E", Ok("1.000000E+00")),
        ("123456789", "E", Ok("1.234568E+08")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f", Err(("OverflowError", "int too large to convert to float"))),
        ("100000000000000000000", "f", Ok("100000000000000000000.000000")),
        ("-100000000000000000000", "f", Ok("-100000000000000000000.000000")),
        ("7", "F", Ok("7.000000")),
        ("42", "F", Ok("42.000000")),
        ("-1234", "F", Ok("-1234.000000")),
        ("-123456789", "g", Ok("-1.23457e+08")),
        ("-1234", "g", Ok("-1234")),
        ("123456789", "g", Ok("1.23457e+08")),
        ("65", "G", Ok("65")),
        ("-1234", "G", Ok("-1234")),
        ("100000000000000000000", "G", Ok("1E+20")),
        ("100000000000000000000", "%", Ok("10000000000000000000000.000000%")),
        ("-1234", "%", Ok("-123400.000000%")),
        ("18446744073709551616", "%", Ok("1844674407370955161600.000000%")),
        ("65", "s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("100000000000000000000", "s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("255", "s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("65", "z", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("1", "z", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("255", "z", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("0", "r", Err(("ValueError", "Unknown format code 'r' for object of type 'int'"))),
        ("-255", "r", Err(("ValueError", "Unknown format code 'r' for object of type 'int'"))),
        ("1114112", "r", Err(("ValueError", "Unknown format code 'r' for object of type 'int'"))),
        ("-1234", "\u{0}", Err(("ValueError", "Unknown format code '\\x0' for object of type 'int'"))),
        ("18446744073709551616", "\u{0}", Err(("ValueError", "Unknown format code '\\x0' for object of type 'int'"))),
        ("100000000000000000000", "\u{0}", Err(("ValueError", "Unknown format code '\\x0' for object of type 'int'"))),
        ("-9223372036854775808", "\u{7f}", Err(("ValueError", "Unknown format code '\u{7f}' for object of type 'int'"))),
        ("7", "\u{7f}", Err(("ValueError", "Unknown format code '\u{7f}' for object of type 'int'"))),
        ("-1234", "\u{7f}", Err(("ValueError", "Unknown format code '\u{7f}' for object of type 'int'"))),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "\u{4e2d}", Err(("ValueError", "Unknown format code '\\x4e2d' for object of type 'int'"))),
        ("-9223372036854775808", "\u{4e2d}", Err(("ValueError", "Unknown format code '\\x4e2d' for object of type 'int'"))),
        ("255", "\u{4e2d}", Err(("ValueError", "Unknown format code '\\x4e2d' for object of type 'int'"))),
        ("255", " ", Ok(" 255")),
        ("-100000000000000000000", " ", Ok("-100000000000000000000")),
        ("123456789", " ", Ok(" 123456789")),
        ("42", ",", Ok("42")),
        ("65", ",", Ok("65")),
        ("123456789", ",", Ok("123,456,789")),
        ("1114111", "_", Ok("1_114_111")),
        ("-9223372036854775808", "_", Ok("-9_223_372_036_854_775_808")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "_", Ok("10_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000")),
        ("42", ",d", Ok("42")),
        ("-255", ",d", Ok("-255")),
        ("-123456789", ",d", Ok("-123,456,789")),
        ("-9223372036854775808", "_d", Ok("-9_223_372_036_854_775_808")),
        ("-1234", "_d", Ok("-1_234")),
        ("-100000000000000000000", "_d", Ok("-100_000_000_000_000_000_000")),
        ("-42", ",x", Err(("ValueError", "Cannot specify ',' with 'x'."))),
        ("128512", ",x", Err(("ValueError", "Cannot specify ',' with 'x'."))),
        ("42", ",x", Err(("ValueError", "Cannot specify ',' with 'x'."))),
        ("-1234", "_x", Ok("-4d2")),
        ("65", "_x", Ok("41")),
        ("18446744073709551616", "_x", Ok("1_0000_0000_0000_0000")),
        ("128512", "_b", Ok("1_1111_0110_0000_0000")),
        ("-1", "_b", Ok("-1")),
        ("7", "_b", Ok("111")),
        ("-42", "_o", Ok("-52")),
        ("0", "_o", Ok("0")),
        ("42", "_o", Ok("52")),
        ("-100000000000000000000", "_X", Ok("-5_6BC7_5E2D_6310_0000")),
        ("255", "_X", Ok("FF")),
        ("123456789", "_X", Ok("75B_CD15")),
        ("255", ",b", Err(("ValueError", "Cannot specify ',' with 'b'."))),
        ("-1", ",b", Err(("ValueError", "Cannot specify ',' with 'b'."))),
        ("65", ",b", Err(("ValueError", "Cannot specify ',' with 'b'."))),
        ("1234", ",n", Err(("ValueError", "Cannot specify ',' with 'n'."))),
        ("255", ",n", Err(("ValueError", "Cannot specify ',' with 'n'."))),
        ("-100000000000000000000", ",n", Err(("ValueError", "Cannot specify ',' with 'n'."))),
        ("-9223372036854775808", "_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        ("-255", "_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        ("1114111", "_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        ("1114112", ",c", Err(("ValueError", "Cannot specify ',' with 'c'."))),
        ("100000000000000000000", ",c", Err(("ValueError", "Cannot specify ',' with 'c'."))),
        ("128512", ",c", Err(("ValueError", "Cannot specify ',' with 'c'."))),
        ("100000000000000000000", ",%", Ok("10,000,000,000,000,000,000,000.000000%")),
        ("65", ",%", Ok("6,500.000000%")),
        ("-1", ",%", Ok("-100.000000%")),
        ("1234", "_%", Ok("123_400.000000%")),
        ("-255", "_%", Ok("-25_500.000000%")),
        ("42", "_%", Ok("4_200.000000%")),
        ("18446744073709551616", ",e", Ok("1.844674e+19")),
        ("128512", ",e", Ok("1.285120e+05")),
        ("-255", ",e", Ok("-2.550000e+02")),
        ("1114112", "_g", Ok("1.11411e+06")),
        ("7", "_g", Ok("7")),
        ("1114111", "_g", Ok("1.11411e+06")),
        ("65", ",,", Err(("ValueError", "Cannot specify ',' with ','."))),
        ("-123456789", ",,", Err(("ValueError", "Cannot specify ',' with ','."))),
        ("-42", ",,", Err(("ValueError", "Cannot specify ',' with ','."))),
        ("1114112", "__", Err(("ValueError", "Cannot specify '_' with '_'."))),
        ("255", "__", Err(("ValueError", "Cannot specify '_' with '_'."))),
        ("-1234", "__", Err(("ValueError", "Cannot specify '_' with '_'."))),
        ("123456789", ",_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("1", ",_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("18446744073709551616", ",_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("128512", "_,", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("9223372036854775808", "_,", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("-123456789", "_,", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", ",.2f", Err(("OverflowError", "int too large to convert to float"))),
        ("-1", ",.2f", Ok("-1.00")),
        ("7", ",.2f", Ok("7.00")),
        ("255", "_.2f", Ok("255.00")),
        ("1", "_.2f", Ok("1.00")),
        ("1114112", "_.2f", Ok("1_114_112.00")),
        ("42", ",_d", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("65", ",_d", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("-9223372036854775808", "10", Ok("-9223372036854775808")),
        ("-1", "10", Ok("        -1")),
        ("1114112", "10", Ok("   1114112")),
        ("-42", "010", Ok("-000000042")),
        ("255", "010", Ok("0000000255")),
        ("1114111", "010", Ok("0001114111")),
        ("18446744073709551616", "-010", Ok("18446744073709551616")),
        ("-42", "-010", Ok("-000000042")),
        ("-1", "-010", Ok("-000000001")),
        ("42", "+010", Ok("+000000042")),
        ("-9223372036854775808", "+010", Ok("-9223372036854775808")),
        ("7", "+010", Ok("+000000007")),
        ("-9223372036854775808", " 010", Ok("-9223372036854775808")),
        ("9223372036854775808", " 010", Ok(" 9223372036854775808")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", " 010", Ok(" 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("0", "0=10", Ok("0000000000")),
        ("-9223372036854775808", "0=10", Ok("-9223372036854775808")),
        ("7", "0=10", Ok("0000000007")),
        ("9223372036854775808", "0<10", Ok("9223372036854775808")),
        ("-42", "0<10", Ok("-420000000")),
        ("-1234", "0<10", Ok("-123400000")),
        ("0", "0>10", Ok("0000000000")),
        ("7", "0>10", Ok("0000000007")),
        ("-255", "0>10", Ok("000000-255")),
        ("0", "0^10", Ok("0000000000")),
        ("-42", "0^10", Ok("000-420000")),
        ("1", "0^10", Ok("0000100000")),
        ("7", "*^10", Ok("****7*****")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "*^10", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("-9223372036854775808", "*^10", Ok("-9223372036854775808")),
        ("128512", "=10", Ok("    128512")),
        ("-9223372036854775808", "=10", Ok("-9223372036854775808")),
        ("65", "=10", Ok("        65")),
        ("18446744073709551616", "<10", Ok("18446744073709551616")),
        ("65", "<10", Ok("65        ")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "<10", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("65", ">10", Ok("        65")),
        ("-100000000000000000000", ">10", Ok("-100000000000000000000")),
        ("-42", ">10", Ok("       -42")),
        ("1114111", "^10", Ok(" 1114111  ")),
        ("-1234", "^10", Ok("  -1234   ")),
        ("-255", "^10", Ok("   -255   ")),
        ("-100000000000000000000", "^11", Ok("-100000000000000000000")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "^11", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("65", "^11", Ok("    65     ")),
        ("-123456789", "#x", Ok("-0x75bcd15")),
        ("18446744073709551616", "#x", Ok("0x10000000000000000")),
        ("-100000000000000000000", "#x", Ok("-0x56bc75e2d63100000")),
        ("100000000000000000000", "#X", Ok("0X56BC75E2D63100000")),
        ("-9223372036854775808", "#X", Ok("-0X8000000000000000")),
        ("42", "#X", Ok("0X2A")),
        ("65", "#o", Ok("0o101")),
        ("-42", "#o", Ok("-0o52")),
        ("1234", "#o", Ok("0o2322")),
        ("-123456789", "#b", Ok("-0b111010110111100110100010101")),
        ("65", "#b", Ok("0b1000001")),
        ("-42", "#b", Ok("-0b101010")),
        ("123456789", "#010x", Ok("0x075bcd15")),
        ("-100000000000000000000", "#010x", Ok("-0x56bc75e2d63100000")),
        ("128512", "#010x", Ok("0x0001f600")),
        ("0", "#10x", Ok("       0x0")),
        ("7", "#10x", Ok("       0x7")),
        ("-1234", "#10x", Ok("    -0x4d2")),
        ("128512", "#", Ok("128512")),
        ("0", "#", Ok("0")),
        ("255", "#", Ok("255")),
        ("1114112", "+#x", Ok("+0x110000")),
        ("100000000000000000000", "+#x", Ok("+0x56bc75e2d63100000")),
        ("128512", "+#x", Ok("+0x1f600")),
        ("1", "-#o", Ok("0o1")),
        ("65", "-#o", Ok("0o101")),
        ("-9223372036854775808", "-#o", Ok("-0o1000000000000000000000")),
        ("-100000000000000000000", " #b", Ok("-0b1010110101111000111010111100010110101100011000100000000000000000000")),
        ("9223372036854775808", " #b", Ok(" 0b1000000000000000000000000000000000000000000000000000000000000000")),
        ("1114111", " #b", Ok(" 0b100001111111111111111")),
        ("9223372036854775808", "#c", Err(("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"))),
        ("1", "#c", Err(("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"))),
        ("100000000000000000000", "#c", Err(("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"))),
        ("-1234", "+c", Err(("ValueError", "Sign not allowed with integer format specifier 'c'"))),
        ("0", "+c", Err(("ValueError", "Sign not allowed with integer format specifier 'c'"))),
        ("1114112", "+c", Err(("ValueError", "Sign not allowed with integer format specifier 'c'"))),
        ("-1234", " c", Err(("ValueError", "Sign not allowed with integer format specifier 'c'"))),
        ("9223372036854775808", " c", Err(("ValueError", "Sign not allowed with integer format specifier 'c'"))),
        ("-255", " c", Err(("ValueError", "Sign not allowed with integer format specifier 'c'"))),
        ("128512", "5c", Ok("    \u{1f600}")),
        ("-42", "5c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("255", "5c", Ok("    \u{ff}")),
        ("-9223372036854775808", "^5c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("7", "^5c", Ok("  \u{7}  ")),
        ("100000000000000000000", "^5c", Err(("OverflowError", "Python int too large to convert to C long"))),
        ("-1", "=5c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("42", "=5c", Ok("    *")),
        ("-42", "=5c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("0", "05c", Ok("0000\u{0}")),
        ("-1234", "05c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("1234", "05c", Ok("0000\u{4d2}")),
        ("-255", "zd", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("1114111", "zd", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("-42", "zd", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("123456789", "z.1f", Ok("123456789.0")),
        ("-100000000000000000000", "z.1f", Ok("-100000000000000000000.0")),
        ("100000000000000000000", "z.1f", Ok("100000000000000000000.0")),
        ("1114111", "z%", Ok("111411100.000000%")),
        ("-9223372036854775808", "z%", Ok("-922337203685477580800.000000%")),
        ("-1234", "z%", Ok("-123400.000000%")),
        ("-42", "z.0f", Ok("-42")),
        ("1", "z.0f", Ok("1")),
        ("7", "z.0f", Ok("7")),
        ("7", "z.2e", Ok("7.00e+00")),
        ("123456789", "z.2e", Ok("1.23e+08")),
        ("100000000000000000000", "z.2e", Ok("1.00e+20")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "z.3g", Err(("OverflowError", "int too large to convert to float"))),
        ("-42", "z.3g", Ok("-42")),
        ("1114112", "z.3g", Ok("1.11e+06")),
        ("7", "z.0%", Ok("700%")),
        ("1", "z.0%", Ok("100%")),
        ("128512", "z.0%", Ok("12851200%")),
        ("100000000000000000000", "z010.1f", Ok("100000000000000000000.0")),
        ("0", "z010.1f", Ok("00000000.0")),
        ("-255", "z010.1f", Ok("-0000255.0")),
        ("255", ".0", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("7", ".0", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-1234", ".0", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("9223372036854775808", ".1", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("18446744073709551616", ".1", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("42", ".1", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("65", ".3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("18446744073709551616", ".3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("7", ".3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("100000000000000000000", ".16", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("7", ".16", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-9223372036854775808", ".16", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-255", ".17", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("100000000000000000000", ".17", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("9223372036854775808", ".17", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-42", ".0f", Ok("-42")),
        ("255", ".0f", Ok("255")),
        ("0", ".0f", Ok("0")),
        ("1114112", ".0e", Ok("1e+06")),
        ("7", ".0e", Ok("7e+00")),
        ("65", ".0e", Ok("6e+01")),
        ("-123456789", ".0g", Ok("-1e+08")),
        ("9223372036854775808", ".0g", Ok("9e+18")),
        ("18446744073709551616", ".0g", Ok("2e+19")),
        ("100000000000000000000", ".0%", Ok("10000000000000000000000%")),
        ("-100000000000000000000", ".0%", Ok("-10000000000000000000000%")),
        ("18446744073709551616", ".0%", Ok("1844674407370955161600%")),
        ("-42", "#.0f", Ok("-42.")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "#.0f", Err(("OverflowError", "int too large to convert to float"))),
        ("255", "#.0f", Ok("255.")),
        ("9223372036854775808", "#.0e", Ok("9.e+18")),
        ("1234", "#.0e", Ok("1.e+03")),
        ("-255", "#.0e", Ok("-3.e+02")),
        ("18446744073709551616", "#.0g", Ok("2.e+19")),
        ("123456789", "#.0g", Ok("1.e+08")),
        ("-100000000000000000000", "#.0g", Ok("-1.e+20")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "#.0", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("7", "#.0", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-123456789", "#.0", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-123456789", "#g", Ok("-1.23457e+08")),
        ("1234", "#g", Ok("1234.00")),
        ("-1234", "#g", Ok("-1234.00")),
        ("1114112", "#.3g", Ok("1.11e+06")),
        ("255", "#.3g", Ok("255.")),
        ("123456789", "#.3g", Ok("1.23e+08")),
        ("255", "#.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("100000000000000000000", "#.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-100000000000000000000", "#.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("18446744073709551616", "#e", Ok("1.844674e+19")),
        ("1234", "#e", Ok("1.234000e+03")),
        ("128512", "#e", Ok("1.285120e+05")),
        ("128512", "#f", Ok("128512.000000")),
        ("65", "#f", Ok("65.000000")),
        ("-100000000000000000000", "#f", Ok("-100000000000000000000.000000")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "#%", Err(("OverflowError", "int too large to convert to float"))),
        ("9223372036854775808", "#%", Ok("922337203685477580800.000000%")),
        ("1", "#%", Ok("100.000000%")),
        ("-255", ".", Err(("ValueError", "Format specifier missing precision"))),
        ("-123456789", ".", Err(("ValueError", "Format specifier missing precision"))),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", ".", Err(("ValueError", "Format specifier missing precision"))),
        ("65", ".f", Err(("ValueError", "Format specifier missing precision"))),
        ("-255", ".f", Err(("ValueError", "Format specifier missing precision"))),
        ("100000000000000000000", ".f", Err(("ValueError", "Format specifier missing precision"))),
        ("1114112", "10.", Err(("ValueError", "Format specifier missing precision"))),
        ("42", "10.", Err(("ValueError", "Format specifier missing precision"))),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "10.", Err(("ValueError", "Format specifier missing precision"))),
        ("-1234", "1.2.3", Err(("ValueError", "Invalid format specifier '1.2.3' for object of type 'int'"))),
        ("1234", "1.2.3", Err(("ValueError", "Invalid format specifier '1.2.3' for object of type 'int'"))),
        ("9223372036854775808", "1.2.3", Err(("ValueError", "Invalid format specifier '1.2.3' for object of type 'int'"))),
        ("42", "xx", Err(("ValueError", "Invalid format specifier 'xx' for object of type 'int'"))),
        ("-1", "xx", Err(("ValueError", "Invalid format specifier 'xx' for object of type 'int'"))),
        ("1114112", "xx", Err(("ValueError", "Invalid format specifier 'xx' for object of type 'int'"))),
        ("255", "abc", Err(("ValueError", "Invalid format specifier 'abc' for object of type 'int'"))),
        ("-100000000000000000000", "abc", Err(("ValueError", "Invalid format specifier 'abc' for object of type 'int'"))),
        ("-9223372036854775808", "abc", Err(("ValueError", "Invalid format specifier 'abc' for object of type 'int'"))),
        ("-255", "10.2fx", Err(("ValueError", "Invalid format specifier '10.2fx' for object of type 'int'"))),
        ("1234", "10.2fx", Err(("ValueError", "Invalid format specifier '10.2fx' for object of type 'int'"))),
        ("255", "10.2fx", Err(("ValueError", "Invalid format specifier '10.2fx' for object of type 'int'"))),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "\u{665}", Ok("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("1114112", "\u{665}", Ok("1114112")),
        ("-123456789", "\u{665}", Ok("-123456789")),
        ("1234", "\u{661}\u{660}", Ok("      1234")),
        ("-42", "\u{661}\u{660}", Ok("       -42")),
        ("1114111", "\u{661}\u{660}", Ok("   1114111")),
        ("123456789", ".\u{662}f", Ok("123456789.00")),
        ("0", ".\u{662}f", Ok("0.00")),
        ("-9223372036854775808", ".\u{662}f", Ok("-9223372036854775808.00")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        ("-123456789", "99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        ("-1", "99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        ("42", "9223372036854775807", Err(("MemoryError", ""))),
        ("7", "9223372036854775807", Err(("MemoryError", ""))),
        ("100000000000000000000", "9223372036854775807", Err(("MemoryError", ""))),
        ("-9223372036854775808", "9223372036854775808", Err(("ValueError", "Too many decimal digits in format string"))),
        ("-1234", "9223372036854775808", Err(("ValueError", "Too many decimal digits in format string"))),
        ("65", "9223372036854775808", Err(("ValueError", "Too many decimal digits in format string"))),
        ("-1", ".99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        ("18446744073709551616", ".99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        ("-255", ".99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        ("1", ".2147483648f", Err(("ValueError", "precision too big"))),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", ".2147483648f", Err(("OverflowError", "int too large to convert to float"))),
        ("-255", ".2147483648f", Err(("ValueError", "precision too big"))),
        ("128512", ".2147483648", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("1114112", ".2147483648", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("65", ".2147483648", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("100000000000000000000", "\u{fc}<10", Ok("100000000000000000000")),
        ("-42", "\u{fc}<10", Ok("-42\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}")),
        ("65", "\u{fc}<10", Ok("65\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}")),
        ("1114111", "\u{4e2d}^9", Ok("\u{4e2d}1114111\u{4e2d}")),
        ("-255", "\u{4e2d}^9", Ok("\u{4e2d}\u{4e2d}-255\u{4e2d}\u{4e2d}\u{4e2d}")),
        ("-1", "\u{4e2d}^9", Ok("\u{4e2d}\u{4e2d}\u{4e2d}-1\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}")),
        ("-100000000000000000000", "{>5", Ok("-100000000000000000000")),
        ("7", "{>5", Ok("{{{{7")),
        ("18446744073709551616", "{>5", Ok("18446744073709551616")),
        ("-255", "0,", Ok("-255")),
        ("42", "0,", Ok("42")),
        ("-123456789", "0,", Ok("-123,456,789")),
        ("18446744073709551616", "012,", Ok("18,446,744,073,709,551,616")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "012,", Ok("10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000")),
        ("7", "012,", Ok("0,000,000,007")),
        ("255", "015,.2f", Ok("0,000,000,255.00")),
        ("18446744073709551616", "015,.2f", Ok("18,446,744,073,709,551,616.00")),
        ("-42", "015,.2f", Ok("-000,000,042.00")),
        ("1234", "0=15_", Ok("000_000_001_234")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0=15_", Ok("10_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000")),
        ("42", "0=15_", Ok("000_000_000_042")),
        ("-123456789", "0=12_x", Ok("-0_075b_cd15")),
        ("128512", "0=12_x", Ok("00_0001_f600")),
        ("7", "0=12_x", Ok("00_0000_0007")),
        ("42", "020_b", Ok("0_0000_0000_0010_1010")),
        ("-1234", "020_b", Ok("-0000_0100_1101_0010")),
        ("100000000000000000000", "020_b", Ok("101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000")),
        ("-1234", "=+10", Ok("-     1234")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "=+10", Ok("+10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("9223372036854775808", "=+10", Ok("+9223372036854775808")),
        ("255", "= 10", Ok("       255")),
        ("0", "= 10", Ok("         0")),
        ("-9223372036854775808", "= 10", Ok("-9223372036854775808")),
        ("-255", "x=+10,", Ok("-xxxxxx255")),
        ("-123456789", "x=+10,", Ok("-123,456,789")),
        ("42", "x=+10,", Ok("+xxxxxxx42")),
        ("18446744073709551616", "^-10", Ok("18446744073709551616")),
        ("-255", "^-10", Ok("   -255   ")),
        ("-42", "^-10", Ok("   -42    ")),
        ("1114112", "+.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-255", "+.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("65", "+.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("9223372036854775808", " .3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("42", " .3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("100000000000000000000", " .3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("9223372036854775808", "+,", Ok("+9,223,372,036,854,775,808")),
        ("65", "+,", Ok("+65")),
        ("42", "+,", Ok("+42")),
        ("13822035393178474593073655137818842848405090030308731", "-g", Ok("1.3822e+52")),
        ("333", "0s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("-86438427749075952862", " 013%", Ok("-8643842774907596308480.000000%")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "+b", Ok("+110110100111011000111111110010001100101110011111111110011110010110001110011001111001001101111101111000001011101111100001110001101101101101110010101000101100000101101111000100101100011111111010100011001000010111000101111000001010100001010111110101101101100111000000000110000111001011101000010110111101111110101000000010010000011100101110000001110011010101101000110001110011000101001100001010011110011101001100101000110101000001011001011101100110011110110110011111101111000001010111110000110001101001011111110001101110001011010010000100111111111100100001000110110110011100101100101011001101110101010000011100111011101101100110110110100011111000100100000010011111000011110000011000111010111001010001001110001111000011101000001011001111000001000111001001001100101101010101001000001100100111010010010001010110100111010001001000110001100111110101111011011001100101110100111110000101110000010010000110111011111100010111110101001110000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        ("97", "-,c", Err(("ValueError", "Cannot specify ',' with 'c'."))),
        ("-11", "023s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("-24539320896444531140877", "G", Ok("-2.45393E+22")),
        ("-457352703261906499283620", "o", Ok("-140662217047243535605025244")),
        ("-26438099939577075707553104", "", Ok("-26438099939577075707553104")),
        ("758", "0.3f", Ok("758.000")),
        ("-309331021845", "0<b", Ok("-100100000000101100100001101000000010101")),
        ("-1", "3,.1o", Err(("ValueError", "Cannot specify ',' with 'o'."))),
        ("550", "^ _f", Ok(" 550.000000")),
        ("9607209865433824914290593192125884138995868444198270562", "0=_.1f", Ok("9_607_209_865_433_824_451_150_921_993_950_634_558_881_106_288_070_098_944.0")),
        ("1114112", "<#,_.46s", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("-7327490852914931867272011433893455652", "{= 14s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("-314157160924585130369477323874", "z.1F", Ok("-314157160924585146294512648192.0")),
        ("28", "#.2f", Ok("28.00")),
        ("-1685820953067557011618493129", " #X", Ok("-0X5727A78FCA39B6A705F72C9")),
        ("1", "+#0,_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("-376", "0E", Ok("-3.760000E+02")),
        ("-476201237601947503", "*>_X", Ok("-69B_CE80_A8DD_8F6F")),
        ("-54694323347894547360931", ".0%", Ok("-5469432334789453847461888%")),
        ("4490725473345992564823526043", "<^_.1%", Ok("449_072_547_334_599_266_997_433_794_560.0%")),
        ("1598233872799260502140438550623445236020018140420875754", ".2E", Ok("1.60E+54")),
        ("-213", ".5d", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("72311328275936", "\u{4e2d}<32d", Ok("72311328275936\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}")),
        ("441", "=.3F", Ok("441.000")),
        ("-871", "+036.50", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-18", "031n", Ok("-000000000000000000000000000018")),
        ("24", "zd", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("-1194293541477439287354529", "{>,G", Ok("-1.19429E+24")),
        ("0", "#27c", Err(("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"))),
        ("-19694260397178116565", ">4F", Ok("-19694260397178118144.000000")),
        ("2210904186643308440324107379653", "5b", Ok("11011111001111101000100010100010100111100110001110001101010001100001110111001001111111010001111000101")),
        ("-75", "#021b", Ok("-0b000000000001001011")),
        ("341125717508146046808202095408373755826656898970613975067", "x", Ok("de984c78abbb9b4e116270aa8794bfd18fbf8fae44c081b")),
        ("414057", "#0.1d", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-426970215443", " 0", Ok("-426970215443")),
        ("778377659146", "10_.20o", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-365", "-,.0%", Ok("-36,500%")),
        ("-1169992844598751134042258929618388", "22_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        ("206", "x=00.6", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-77457718254260550032775", "#3f", Ok("-77457718254260547747840.000000")),
        ("-345", "+6,s", Err(("ValueError", "Cannot specify ',' with 's'."))),
        ("-257", "0%", Ok("-25700.000000%")),
        ("65", "<+,%", Ok("+6,500.000000%")),
        ("128512", " <#32.1", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-3998752561427690194", "\u{e9}=+.20g", Ok("-3998752561427689984")),
        ("-1", "-z.0", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("971448580724359231142", "x", Ok("34a98ea936b0d0f6a6")),
        ("690693362464321748254932795", "^0", Ok("690693362464321748254932795")),
        ("854", ">#", Ok("854")),
        ("665", "<<#.3E", Ok("6.650E+02")),
        ("3771906814303090084916738745679160240082582449617", "=-30_", Ok("3_771_906_814_303_090_084_916_738_745_679_160_240_082_582_449_617")),
        ("-479", "^-z_.2x", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-993649009834754145332306", ",_.1", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("253", "035", Ok("00000000000000000000000000000000253")),
        ("-270084657789182822199224075", "{<E", Ok("-2.700847E+26")),
        ("9007199254740993", " .17G", Ok(" 9007199254740992")),
        ("1178903414665378529487858979908408767248371429590528324", ">13", Ok("1178903414665378529487858979908408767248371429590528324")),
        ("995", ",.5e", Ok("9.95000e+02")),
        ("2536700199241698740606322670348372597577405291480219601", "^#7_.51g", Ok("2.53670019924169870718795552920939958635929197694943e+54")),
        ("467", "30g", Ok("                           467")),
        ("810", "20_c", Err(("ValueError", "Cannot specify '_' with 'c'."))),
        ("9223372036854775808", "#021.0g", Ok("0000000000000009.e+18")),
        ("-492", "5c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        ("1", "z0.10g", Ok("1")),
        ("-1660956533686479819434907335431404187587", "0^0.20X", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("707", " 10", Ok("       707")),
        ("24437787146450614819529805", "13X", Ok("1436E71882CF66A100A44D")),
        ("119380376197743230630529348088401942874233715", "^ 24,_.10", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("1", "20F", Ok("            1.000000")),
        ("621903372181177473308275966322110326357792976562376955221", ",f", Ok("621,903,372,181,177,491,063,045,849,004,397,080,456,059,001,588,015,955,968.000000")),
        ("498743792389064815791881", "{=#26o", Ok("0o151471722053377674256747411")),
        ("-594", "= #29.1%", Ok("-                    59400.0%")),
        ("-263795019531500572974686984385310126217469", "\u{4e2d}=#37X", Ok("-0X3073950BAC69FDF8695504866328AE798FD")),
        ("1875125028978133309029", "40.17", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-3953607387705", "25", Ok("           -3953607387705")),
        ("-551", "^e", Ok("-5.510000e+02")),
        ("-17492364711392388981887079810573149067494432349495537", "z013x", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("-107477690568038054112997331653947680", "#0_E", Ok("-1.074777E+35")),
        ("20753369682056047868079090466904602687483241286", "", Ok("20753369682056047868079090466904602687483241286")),
        ("350", "{^#17.2d", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-408", "14.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("44964466906712042634044155898512820041748267990", "{=", Ok("44964466906712042634044155898512820041748267990")),
        ("813", "-.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("44770628376918227983105", "0b", Ok("1001011110110000010101000111110101111101101000010010010100001001101100000001")),
        ("202", "x^0X", Ok("CA")),
        ("1498708134286743839837428783395827", ".1", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("35112458935272029666372889475687299452", "#12_.42b", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("5354179576114", "==37", Ok("========================5354179576114")),
        ("-930", "<+6.1e", Ok("-9.3e+02")),
        ("-134254520993599720063766532711133", "g", Ok("-1.34255e+32")),
        ("-1157733467444977265466", "01,_.6%", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("-38438659208598306757218409277069142911120901", "s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("37", " ", Ok(" 37")),
        ("948", "+#23n", Ok("                   +948")),
        ("16429801994802158", "%", Ok("1642980199480215808.000000%")),
        ("-62200467662202", " 6.20g", Ok("-62200467662202")),
        ("408", ">F", Ok("408.000000")),
        ("21732629171128309383868169345389097062930865195", "#e", Ok("2.173263e+46")),
        ("976", "", Ok("976")),
        ("942", "04,F", Ok("942.000000")),
        ("960", "40,_.5F", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("573820793096781748613584195", " 13.20g", Ok(" 5.7382079309678176235e+26")),
        ("-5465900655945285208280739305", "0.6g", Ok("-5.4659e+27")),
        ("-75548432992833321495174175193894785568597149221557784621", "#%", Ok("-7554843299283331774021713921365404113837177037329308581888.000000%")),
        ("-919", ".17X", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("0", "3s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("318", "x>-.20o", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-495", ">#0x", Ok("-0x1ef")),
        ("622277995351248199190", " _f", Ok(" 622_277_995_351_248_207_872.000000")),
        ("182", " _b", Ok(" 1011_0110")),
        ("-618239012617027296182740344034708730892978361724909157636", "z15.1E", Ok("       -6.2E+56")),
        ("-117424495053726961325669014148812", "{^-,g", Ok("-1.17424e+32")),
        ("-524", "+35s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("-581", "18.0n", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("1394187939082775958505759", "z8.20X", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-80499584372828061484", "x=+.5", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-9573782427165", "=z0n", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        ("14511505184032561304843581", "", Ok("14511505184032561304843581")),
        ("10602298385825159256537424125642863", " #%", Ok(" 1060229838582515985128632017240457216.000000%")),
        ("3928713705369133862322811859", ".1d", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-931967363630184774576948003", "=^0_.3e", Ok("-9.320e+26")),
        ("358", "-0.5", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("9317076710483019471675", ".37b", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("85742279250098492340", " 28,_F", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("983", ".5", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("27811241517069417099072324233420", "6,.0n", Err(("ValueError", "Cannot specify ',' with 'n'."))),
        ("-16304424675168188759977685531860293509678583050122656141658", "0e", Ok("-1.630442e+58")),
        ("-83623106615827451486339649", "36.6", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-35", "^-#18.6f", Ok("    -35.000000    ")),
        ("-379", ",_.0", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("-9503915950639721984662602967", ">10.3", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-426", "#_%", Ok("-42_600.000000%")),
        ("-29940512773623413910", "#23", Ok("  -29940512773623413910")),
        ("55295", "*<+#.17d", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-76458217456974405319267392418133211714048", "017c", Err(("OverflowError", "Python int too large to convert to C long"))),
        ("710", " 0.20d", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-257", "#21x", Ok("               -0x101")),
        ("486", "_F", Ok("486.000000")),
        ("5241067324638486423957696235", " 30.5", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("9363013410447859306949851208", "#15.10x", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-22912528320938368", "018,_.17d", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        ("624", "z#s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        ("-35842596333986541327713115", "21.1X", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        ("-22860292648301716871837920720591130819594458711774917", "28b", Ok("-111101000110011010010110011111011011010011010101011000100010110111110001010111010110010011001101001100010111101011101000100111110001100011100100011111100011001101011011000101")),
        ("888", "=>16n", Ok("=============888")),
        ("-88770765", "33x", Ok("                         -54a88cd")),
    ];

    const PRINTF_INT: &[(&str, &str, Option<usize>, Option<usize>, char, &str)] = &[
        ("255", "", Some(12), None, 'X', "          FF"),
        (
            "-100000000000000000000",
            "",
            Some(5),
            None,
            'd',
            "-100000000000000000000",
        ),
        ("1", "", Some(5), Some(1), 'u', "    1"),
        ("1", "", None, Some(0), 'o', "1"),
        ("-1", "", Some(1), Some(0), 'd', "-1"),
        ("0", "", None, Some(1), 'i', "0"),
        ("602", "", None, Some(8), 'X', "0000025A"),
        ("-255", "", Some(1), Some(8), 'd', "-00000255"),
        ("0", "", Some(5), None, 'i', "    0"),
        ("1", "", Some(5), Some(0), 'i', "    1"),
        ("1", "", Some(5), None, 'd', "    1"),
        (
            "-100000000000000000000",
            "",
            Some(12),
            Some(8),
            'X',
            "-56BC75E2D63100000",
        ),
        (
            "6743887736465323721795806",
            "",
            None,
            Some(1),
            'i',
            "6743887736465323721795806",
        ),
        ("255", "", Some(12), Some(0), 'u', "         255"),
        (
            "-100000000000000000000",
            "-",
            Some(0),
            Some(3),
            'u',
            "-100000000000000000000",
        ),
        ("1", "-", Some(5), Some(0), 'x', "1    "),
        ("255", "-", None, Some(0), 'd', "255"),
        (
            "-100000000000000000000",
            "-",
            Some(0),
            Some(3),
            'o',
            "-12657072742654304000000",
        ),
        ("-255", "-", Some(12), None, 'i', "-255        "),
        (
            "100000000000000000000",
            "-",
            Some(1),
            Some(3),
            'o',
            "12657072742654304000000",
        ),
        ("255", "-", Some(1), None, 'x', "ff"),
        ("0", "-", None, Some(3), 'd', "000"),
        ("-255", "-", Some(12), Some(0), 'o', "-377        "),
        (
            "-100000000000000000000",
            "-",
            None,
            Some(1),
            'u',
            "-100000000000000000000",
        ),
        ("255", "-", Some(0), Some(8), 'o', "00000377"),
        ("-255", "-", Some(0), Some(0), 'o', "-377"),
        ("-255", "-", Some(0), None, 'i', "-255"),
        ("485", "-", None, Some(0), 'u', "485"),
        ("-1", "+", Some(0), Some(8), 'u', "-00000001"),
        (
            "100000000000000000000",
            "+",
            Some(1),
            Some(0),
            'i',
            "+100000000000000000000",
        ),
        ("0", "+", Some(5), Some(8), 'X', "+00000000"),
        ("1", "+", Some(12), Some(3), 'x', "        +001"),
        ("1", "+", Some(0), Some(8), 'o', "+00000001"),
        (
            "100000000000000000000",
            "+",
            Some(5),
            Some(1),
            'd',
            "+100000000000000000000",
        ),
        ("-1", "+", Some(5), None, 'x', "   -1"),
        ("-1", "+", Some(5), Some(0), 'x', "   -1"),
        ("1", "+", Some(5), Some(3), 'X', " +001"),
        ("1", "+", None, Some(8), 'i', "+00000001"),
        ("-661", "+", None, Some(8), 'X', "-00000295"),
        (
            "100000000000000000000",
            "+",
            Some(1),
            Some(3),
            'X',
            "+56BC75E2D63100000",
        ),
        ("0", "+", Some(0), Some(1), 'i', "+0"),
        (
            "100000000000000000000",
            " ",
            Some(12),
            None,
            'x',
            " 56bc75e2d63100000",
        ),
        ("-1", " ", Some(5), Some(1), 'o', "   -1"),
        ("-255", " ", Some(0), None, 'o', "-377"),
        ("255", " ", None, Some(3), 'd', " 255"),
        ("-1", " ", Some(0), Some(8), 'X', "-00000001"),
        (
            "16278592277984434693307",
            " ",
            None,
            None,
            'd',
            " 16278592277984434693307",
        ),
        ("-671574157", " ", Some(1), Some(0), 'i', "-671574157"),
        (
            "-100000000000000000000",
            " ",
            None,
            Some(0),
            'X',
            "-56BC75E2D63100000",
        ),
        ("660", " ", Some(5), Some(1), 'u', "  660"),
        ("255", " ", Some(12), Some(3), 'o', "         377"),
        (
            "7507287767218144053636339702977283100882104220862200",
            " ",
            None,
            Some(0),
            'o',
            " 2404130732161645731471054312715700504637026734664434643370",
        ),
        ("-255", " ", Some(12), Some(3), 'u', "        -255"),
        (
            "100000000000000000000",
            " ",
            Some(0),
            Some(0),
            'u',
            " 100000000000000000000",
        ),
        ("1", " ", None, Some(1), 'i', " 1"),
        (
            "100000000000000000000",
            "#",
            Some(5),
            None,
            'o',
            "0o12657072742654304000000",
        ),
        ("-1", "#", Some(12), Some(1), 'i', "          -1"),
        ("0", "#", Some(0), Some(1), 'u', "0"),
        ("-255", "#", Some(1), Some(0), 'x', "-0xff"),
        ("-1", "#", Some(12), Some(3), 'u', "        -001"),
        (
            "100000000000000000000",
            "#",
            Some(0),
            Some(0),
            'x',
            "0x56bc75e2d63100000",
        ),
        ("255", "#", Some(1), None, 'X', "0XFF"),
        (
            "-100000000000000000000",
            "#",
            None,
            Some(1),
            'x',
            "-0x56bc75e2d63100000",
        ),
        (
            "-5171733162829",
            "#",
            Some(5),
            Some(8),
            'i',
            "-5171733162829",
        ),
        (
            "7630098509691189457",
            "#",
            Some(5),
            Some(3),
            'd',
            "7630098509691189457",
        ),
        ("1", "#", Some(5), None, 'u', "    1"),
        ("-1", "#", Some(1), Some(3), 'u', "-001"),
        (
            "100000000000000000000",
            "#",
            Some(12),
            Some(8),
            'X',
            "0X56BC75E2D63100000",
        ),
        ("-255", "#", Some(12), Some(8), 'i', "   -00000255"),
        ("-255", "0", Some(5), Some(3), 'i', "-0255"),
        ("255", "0", Some(12), Some(3), 'u', "000000000255"),
        ("1", "0", Some(12), Some(3), 'o', "000000000001"),
        ("128512", "0", None, Some(1), 'u', "128512"),
        (
            "100000000000000000000",
            "0",
            None,
            Some(3),
            'd',
            "100000000000000000000",
        ),
        (
            "-100000000000000000000",
            "0",
            Some(0),
            Some(1),
            'x',
            "-56bc75e2d63100000",
        ),
        ("1", "0", None, Some(8), 'x', "00000001"),
        ("-1", "0", None, Some(0), 'u', "-1"),
        ("0", "0", Some(0), None, 'x', "0"),
        ("-255", "0", Some(1), Some(1), 'd', "-255"),
        ("-255", "0", None, Some(3), 'x', "-0ff"),
        ("-1", "0", Some(12), Some(1), 'o', "-00000000001"),
        ("1", "0", Some(12), None, 'd', "000000000001"),
        (
            "100000000000000000000",
            "0",
            Some(12),
            Some(3),
            'i',
            "100000000000000000000",
        ),
        ("-870", "-0", None, Some(0), 'X', "-366"),
        ("0", "-0", Some(12), None, 'x', "0           "),
        ("0", "-0", None, None, 'i', "0"),
        ("-1", "-0", Some(0), Some(1), 'd', "-1"),
        ("-255", "-0", Some(1), Some(3), 'o', "-377"),
        ("1", "-0", Some(0), Some(1), 'X', "1"),
        ("-1", "-0", None, Some(8), 'x', "-00000001"),
        ("0", "-0", Some(0), None, 'd', "0"),
        ("0", "-0", Some(5), Some(3), 'x', "000  "),
        ("255", "-0", Some(1), Some(1), 'o', "377"),
        ("1", "-0", Some(12), None, 'u', "1           "),
        ("-255", "-0", Some(5), Some(1), 'x', "-ff  "),
        ("-255", "-0", Some(1), None, 'X', "-FF"),
        ("1", "-0", Some(5), None, 'd', "1    "),
        (
            "-100000000000000000000",
            "+0",
            Some(5),
            Some(1),
            'u',
            "-100000000000000000000",
        ),
        ("1", "+0", Some(1), Some(1), 'u', "+1"),
        ("-255", "+0", Some(1), None, 'X', "-FF"),
        ("255", "+0", Some(5), Some(0), 'u', "+0255"),
        ("-255", "+0", Some(12), None, 'd', "-00000000255"),
        ("1", "+0", Some(5), None, 'u', "+0001"),
        ("1", "+0", None, Some(1), 'u', "+1"),
        ("255", "+0", Some(1), Some(8), 'x', "+000000ff"),
        (
            "-7184650794510484648",
            "+0",
            Some(0),
            Some(8),
            'X',
            "-63B501D4EA0684A8",
        ),
        (
            "-100000000000000000000",
            "+0",
            None,
            Some(1),
            'd',
            "-100000000000000000000",
        ),
        (
            "-100000000000000000000",
            "+0",
            Some(5),
            Some(8),
            'x',
            "-56bc75e2d63100000",
        ),
        ("1", "+0", Some(5), Some(1), 'x', "+0001"),
        ("-1", "+0", Some(1), None, 'X', "-1"),
        ("255", "+0", Some(1), None, 'x', "+ff"),
        ("1", " 0", Some(5), Some(1), 'X', " 0001"),
        (
            "100000000000000000000",
            " 0",
            Some(5),
            Some(1),
            'd',
            " 100000000000000000000",
        ),
        ("-1", " 0", Some(1), Some(1), 'X', "-1"),
        ("-1", " 0", Some(1), Some(8), 'u', "-00000001"),
        (
            "-100000000000000000000",
            " 0",
            Some(0),
            None,
            'd',
            "-100000000000000000000",
        ),
        ("828", " 0", Some(12), None, 'i', " 00000000828"),
        ("1", " 0", Some(12), Some(1), 'd', " 00000000001"),
        (
            "-100000000000000000000",
            " 0",
            Some(1),
            None,
            'u',
            "-100000000000000000000",
        ),
        ("1", " 0", Some(5), Some(8), 'o', " 00000001"),
        (
            "100000000000000000000",
            " 0",
            Some(1),
            Some(3),
            'X',
            " 56BC75E2D63100000",
        ),
        ("-255", " 0", Some(0), None, 'o', "-377"),
        (
            "1341862030838932649015088225248119300828409092073751446843",
            " 0",
            Some(12),
            Some(0),
            'x',
            " 36b9b17b59cc0d7dcf7a289d2330442f372c443dfa52053b",
        ),
        ("0", " 0", Some(5), Some(1), 'X', " 0000"),
        ("335", " 0", Some(0), Some(8), 'u', " 00000335"),
        ("255", "#0", Some(0), Some(1), 'x', "0xff"),
        (
            "-100000000000000000000",
            "#0",
            None,
            Some(3),
            'u',
            "-100000000000000000000",
        ),
        ("-255", "#0", Some(12), Some(3), 'u', "-00000000255"),
        (
            "-100000000000000000000",
            "#0",
            Some(12),
            Some(8),
            'd',
            "-100000000000000000000",
        ),
        ("0", "#0", Some(5), Some(3), 'd', "00000"),
        ("-1", "#0", Some(12), Some(1), 'd', "-00000000001"),
        ("255", "#0", None, Some(3), 'X', "0X0FF"),
        ("1", "#0", Some(12), None, 'X', "0X0000000001"),
        ("1", "#0", None, Some(0), 'X', "0X1"),
        ("0", "#0", Some(0), Some(0), 'u', "0"),
        (
            "5783941512670749408942097529",
            "#0",
            None,
            Some(8),
            'o',
            "0o4530135203266473352525633002171",
        ),
        (
            "-29714151181582426909665625946548927178",
            "#0",
            Some(5),
            Some(8),
            'o',
            "-0o262653630313601237364310424031746352175312",
        ),
        ("255", "#0", None, None, 'o', "0o377"),
        (
            "100000000000000000000",
            "#0",
            Some(1),
            Some(8),
            'i',
            "100000000000000000000",
        ),
        (
            "100000000000000000000",
            "-#",
            Some(12),
            None,
            'd',
            "100000000000000000000",
        ),
        ("1", "-#", Some(5), Some(1), 'u', "1    "),
        (
            "100000000000000000000",
            "-#",
            None,
            Some(1),
            'd',
            "100000000000000000000",
        ),
        (
            "-426196488326089930612279072",
            "-#",
            Some(0),
            None,
            'i',
            "-426196488326089930612279072",
        ),
        ("-862", "-#", Some(5), Some(0), 'u', "-862 "),
        ("0", "-#", Some(5), Some(1), 'i', "0    "),
        (
            "100000000000000000000",
            "-#",
            Some(5),
            Some(0),
            'i',
            "100000000000000000000",
        ),
        ("-1", "-#", Some(12), Some(8), 'X', "-0X00000001 "),
        (
            "-100000000000000000000",
            "-#",
            Some(0),
            Some(3),
            'X',
            "-0X56BC75E2D63100000",
        ),
        (
            "100000000000000000000",
            "-#",
            Some(12),
            Some(8),
            'd',
            "100000000000000000000",
        ),
        (
            "-100000000000000000000",
            "-#",
            Some(1),
            Some(3),
            'd',
            "-100000000000000000000",
        ),
        ("255", "-#", None, Some(0), 'u', "255"),
        ("1", "-#", Some(0), Some(3), 'X', "0X001"),
        ("-1", "-#", Some(0), Some(1), 'u', "-1"),
        ("1", "+#0", Some(12), Some(8), 'u', "+00000000001"),
        ("441", "+#0", None, Some(3), 'X', "+0X1B9"),
        ("-1", "+#0", Some(5), Some(8), 'i', "-00000001"),
        (
            "100000000000000000000",
            "+#0",
            Some(12),
            Some(3),
            'u',
            "+100000000000000000000",
        ),
        ("255", "+#0", Some(0), None, 'o', "+0o377"),
        ("-255", "+#0", Some(12), Some(0), 'd', "-00000000255"),
        ("255", "+#0", Some(0), None, 'i', "+255"),
        (
            "100000000000000000000",
            "+#0",
            Some(12),
            Some(1),
            'i',
            "+100000000000000000000",
        ),
        ("1", "+#0", Some(1), Some(0), 'u', "+1"),
        (
            "100000000000000000000",
            "+#0",
            Some(0),
            Some(0),
            'd',
            "+100000000000000000000",
        ),
        ("-1", "+#0", Some(1), Some(3), 'X', "-0X001"),
        ("0", "+#0", Some(1), None, 'o', "+0o0"),
        ("-255", "+#0", None, Some(0), 'X', "-0XFF"),
        ("1", "+#0", Some(0), Some(8), 'X', "+0X00000001"),
        ("-1", "- ", Some(0), Some(8), 'x', "-00000001"),
        ("1", "- ", None, Some(1), 'o', " 1"),
        ("255", "- ", Some(5), Some(3), 'i', " 255 "),
        ("0", "- ", None, Some(1), 'i', " 0"),
        ("0", "- ", Some(0), None, 'X', " 0"),
        (
            "100000000000000000000",
            "- ",
            None,
            Some(3),
            'X',
            " 56BC75E2D63100000",
        ),
        ("1", "- ", Some(12), None, 'x', " 1          "),
        ("1", "- ", None, Some(8), 'd', " 00000001"),
        ("-255", "- ", Some(0), Some(8), 'u', "-00000255"),
        ("-255", "- ", Some(12), Some(0), 'u', "-255        "),
        ("0", "- ", Some(1), None, 'd', " 0"),
        ("255", "- ", Some(12), None, 'd', " 255        "),
        (
            "-100000000000000000000",
            "- ",
            Some(1),
            None,
            'o',
            "-12657072742654304000000",
        ),
        (
            "100000000000000000000",
            "-+ #0",
            Some(5),
            Some(1),
            'd',
            "+100000000000000000000",
        ),
        (
            "-100000000000000000000",
            "-+ #0",
            Some(1),
            Some(1),
            'x',
            "-0x56bc75e2d63100000",
        ),
        (
            "100000000000000000000",
            "-+ #0",
            Some(1),
            Some(1),
            'd',
            "+100000000000000000000",
        ),
        ("-255", "-+ #0", Some(5), Some(8), 'u', "-00000255"),
        ("255", "-+ #0", Some(5), Some(8), 'u', "+00000255"),
        ("-255", "-+ #0", None, Some(0), 'd', "-255"),
        ("255", "-+ #0", Some(0), Some(1), 'o', "+0o377"),
        (
            "-100000000000000000000",
            "-+ #0",
            Some(12),
            Some(3),
            'u',
            "-100000000000000000000",
        ),
        ("1", "-+ #0", None, Some(3), 'i', "+001"),
        (
            "100000000000000000000",
            "-+ #0",
            Some(0),
            Some(0),
            'u',
            "+100000000000000000000",
        ),
        (
            "1309578419145867553970351229118222529545195255430940873",
            "-+ #0",
            Some(5),
            Some(3),
            'o',
            "+0o665414365165136503064621712320544064653031100302565745104311",
        ),
        (
            "139119055945402247513543",
            "-+ #0",
            Some(5),
            Some(0),
            'X',
            "+0X1D75A8BD09FEB42385C7",
        ),
        ("-255", "-+ #0", Some(1), Some(0), 'd', "-255"),
        ("1", "-+ #0", None, Some(1), 'd', "+1"),
    ];

    const HEX_OCT_BIN: &[(&str, &str, &str, &str)] = &[
        ("0", "0x0", "0o0", "0b0"),
        ("1", "0x1", "0o1", "0b1"),
        ("-1", "-0x1", "-0o1", "-0b1"),
        ("31", "0x1f", "0o37", "0b11111"),
        ("-31", "-0x1f", "-0o37", "-0b11111"),
        ("255", "0xff", "0o377", "0b11111111"),
        ("18446744073709551616", "0x10000000000000000", "0o2000000000000000000000", "0b10000000000000000000000000000000000000000000000000000000000000000"),
        ("-1267650600228229401496703205376", "-0x10000000000000000000000000", "-0o2000000000000000000000000000000000", "-0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("-233713644353086269309069575", "-0xc152ca0c1f8669056c2907", "-0o140522624060374146440533024407", "-0b1100000101010010110010100000110000011111100001100110100100000101011011000010100100000111"),
        ("-478033062975842740260626060529864344789", "-0x167a1d1ac8e1da705e59bdd9a4c8504d5", "-0o5475035065443416647013626336731511441202325", "-0b101100111101000011101000110101100100011100001110110100111000001011110010110011011110111011001101001001100100001010000010011010101"),
        ("-11151080418703093515845019402198140772158811507968433", "-0x1dcde0fbb8a849869a614220c36f9e66f2f21a8ec9b1", "-0o3563360373561241114151514120420303337171467457103243544661", "-0b11101110011011110000011111011101110001010100001001001100001101001101001100001010000100010000011000011011011111001111001100110111100101111001000011010100011101100100110110001"),
        ("108100829935190731189947326464169339928410597952695", "0x49f730dd060b3890898a7d64ec787a011c23c50cb7", "0o22373460672030131611021142476544730741720021604361206267", "0b10010011111011100110000110111010000011000001011001110001001000010001001100010100111110101100100111011000111100001111010000000010001110000100011110001010000110010110111"),
        ("484", "0x1e4", "0o744", "0b111100100"),
        ("913", "0x391", "0o1621", "0b1110010001"),
        ("1757607392848465136603862223380912", "0x56a81fc7d81877af8943896961b0", "0o5325007743730060736574224161132260660", "0b101011010101000000111111100011111011000000110000111011110101111100010010100001110001001011010010110000110110000"),
        ("-49752625771444", "-0x2d3fef95f3b4", "-0o1323775745371664", "-0b1011010011111111101111100101011111001110110100"),
        ("427317780108111916521110348", "0x161780f46d8c0f9580a3b4c", "0o260570036433306017453002435514", "0b10110000101111000000011110100011011011000110000001111100101011000000010100011101101001100"),
        ("-388", "-0x184", "-0o604", "-0b110000100"),
        ("782543983059537929713008587148929609497117475336352893478", "0x1fea23f127fe98e93c595940f066abec3468adbce1f30a26", "0o776504374223776461644742625450074063253730321505333634174605046", "0b111111110101000100011111100010010011111111110100110001110100100111100010110010101100101000000111100000110011010101011111011000011010001101000101011011011110011100001111100110000101000100110"),
        ("411428105974369", "0x17631121b7261", "0o13543042206671141", "0b1011101100011000100010010000110110111001001100001"),
        ("720", "0x2d0", "0o1320", "0b1011010000"),
        ("-685", "-0x2ad", "-0o1255", "-0b1010101101"),
        ("-989", "-0x3dd", "-0o1735", "-0b1111011101"),
        ("2816154879415322518193039658941807679358270652685", "0x1ed48c0937bbb7fac98a7cfc23d93822d4af7410d", "0o366510601115735667765446123717604366234042651275640415", "0b11110110101001000110000001001001101111011101110110111111110101100100110001010011111001111110000100011110110010011100000100010110101001010111101110100000100001101"),
        ("9223372036854775808", "0x8000000000000000", "0o1000000000000000000000", "0b1000000000000000000000000000000000000000000000000000000000000000"),
        ("-9664758736970347923871664769", "-0x1f3a8044f565352bdc288a81", "-0o7635200211725451522573412105201", "-0b111110011101010000000010001001111010101100101001101010010101111011100001010001000101010000001"),
        ("-978309510812609824684185140637445408742332896698605279", "-0xa36ca87e45ab61e4c04183bf1409b0a1676b5a54e9edf", "-0o506662503744265330362300203016770500466050263553264523517337", "-0b101000110110110010101000011111100100010110101011011000011110010011000000010000011000001110111111000101000000100110110000101000010110011101101011010110100101010011101001111011011111"),
        ("-218997912647919553156939518989218987380254858929087", "-0x95d82e09b2c16c0664baf3699ddb6077099e61e3bf", "-0o45354056023313013300314456571551473555403560463630361677", "-0b100101011101100000101110000010011011001011000001011011000000011001100100101110101111001101101001100111011101101101100000011101110000100110011110011000011110001110111111"),
        ("4666793013145047194", "0x40c3c7850cc9109a", "0o403036170241462210232", "0b100000011000011110001111000010100001100110010010001000010011010"),
        ("341", "0x155", "0o525", "0b101010101"),
        ("-43922120182640999660", "-0x2618ab798c454fcec", "-0o4606125571430425176354", "-0b100110000110001010101101111001100011000100010101001111110011101100"),
        ("340", "0x154", "0o524", "0b101010100"),
        ("2314808230979135618293297249972775567772462666968", "0x19577974ce1dc3f24674624256bddd6b69330d4d8", "0o312567456463416703744431643044112657356553322314152330", "0b11001010101110111100101110100110011100001110111000011111100100100011001110100011000100100001001010110101111011101110101101011011010010011001100001101010011011000"),
        ("-292906503030058339382460", "-0x3e067e4becac9911b4bc", "-0o76014771137312623104332274", "-0b111110000001100111111001001011111011001010110010011001000100011011010010111100"),
        ("-784", "-0x310", "-0o1420", "-0b1100010000"),
    ];
}
