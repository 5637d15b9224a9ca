//! Float semantics and float text: `repr`, conversions to and from `int`,
//! true division of ints, `round`, hashing, `%`/`//`/`divmod`/`**`,
//! `as_integer_ratio`, `hex`/`fromhex`, and the digit engine shared with the
//! format-spec code (a port of CPython's `format_float_short` on top of an
//! emulation of David Gay's `_Py_dg_dtoa` built from `core::fmt`, which
//! formats `f64` exactly with round-half-even on exact ties).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{check_len, overflow_err, value_err, FmtError};
use crate::numeric::exact::{decompose, round_to_f64};
use crate::numeric::pow::{py_pow, PowError};

// ---------------------------------------------------------------------------
// int <-> float
// ---------------------------------------------------------------------------

/// `int(x)` for a float: truncation toward zero.
///
/// Errors: `OverflowError("cannot convert float infinity to integer")`,
/// `ValueError("cannot convert float NaN to integer")`.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FmtError> {
    if x.is_nan() {
        return value_err("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_err("cannot convert float infinity to integer");
    }
    let (neg, m, e) = decompose(x);
    let mag = if e >= 0 {
        BigUint::from(m) << (e as u64)
    } else if e <= -64 {
        BigUint::zero()
    } else {
        BigUint::from(m >> ((-e) as u64))
    };
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// `float(n)` for an int: correctly rounded (ties to even).
///
/// Error: `OverflowError("int too large to convert to float")`.
pub fn bigint_to_f64(x: &BigInt) -> Result<f64, FmtError> {
    match round_to_f64(x.magnitude(), 0, false) {
        Some(v) => Ok(if x.is_negative() { -v } else { v }),
        None => overflow_err("int too large to convert to float"),
    }
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`.
///
/// The caller normally rejects `b == 0`; if it does not, this returns
/// `ZeroDivisionError("division by zero")`. A quotient too large for a float
/// gives `OverflowError("integer division result too large for a float")`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    if b.is_zero() {
        return Err(FmtError::ZeroDivision(String::from("division by zero")));
    }
    let negate = a.is_negative() != b.is_negative();
    if a.is_zero() {
        return Ok(if b.is_negative() { -0.0 } else { 0.0 });
    }
    let am = a.magnitude();
    let bm = b.magnitude();
    let na = am.bits() as i64;
    let nb = bm.bits() as i64;
    // Scale so that the integer quotient has at least 55 bits.
    let s = 55 - (na - nb);
    let (q, r) = if s >= 0 {
        (am << (s as u64)).div_rem(bm)
    } else {
        am.div_rem(&(bm << ((-s) as u64)))
    };
    match round_to_f64(&q, -s, !r.is_zero()) {
        Some(v) => Ok(if negate { -v } else { v }),
        None => overflow_err("integer division result too large for a float"),
    }
}

// ---------------------------------------------------------------------------
// repr and the dtoa emulation
// ---------------------------------------------------------------------------

/// Decimal digits of a finite double as `_Py_dg_dtoa` would return them:
/// no leading or trailing zeros (zero itself is `"0"` with `decpt == 1`, a
/// value rounded away entirely is `""`), value `0.DIGITS * 10**decpt`.
pub(super) struct Digits {
    /// ASCII digits.
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the start of `digits`.
    pub decpt: i64,
    /// Sign bit of the input.
    pub negative: bool,
}

/// Dtoa modes used by CPython's formatting code.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Shortest string that round-trips (mode 0).
    Shortest,
    /// `n` significant digits, `n >= 1` (mode 2).
    Significant(i64),
    /// `n` digits after the decimal point, `n >= 0` (mode 3).
    Fixed(i64),
}

/// Emulates `_Py_dg_dtoa(x, mode, ndigits)` for finite `x`.
pub(super) fn dtoa(x: f64, mode: Mode) -> Digits {
    let negative = x.is_sign_negative();
    let a = x.abs();
    if a == 0.0 {
        return Digits {
            digits: alloc::vec![b'0'],
            decpt: 1,
            negative,
        };
    }
    let text = match mode {
        Mode::Shortest => {
            // Rust's shortest digits may break an exact tie upward; dtoa picks
            // the correctly rounded (half-even) string of the same length.
            // Two candidates can only both round-trip with 16+ digits. Near
            // powers of two the nearest string may not round-trip; then
            // Rust's answer stands.
            let short = format!("{:e}", a);
            let n = short
                .bytes()
                .take_while(|&c| c != b'e')
                .filter(u8::is_ascii_digit)
                .count();
            if n < 16 {
                return digits_from_exp_text(short.as_bytes(), negative);
            }
            let nearest = format!("{:.*e}", n.saturating_sub(1), a);
            if nearest.parse::<f64>().ok() == Some(a) {
                nearest
            } else {
                short
            }
        }
        // A double has at most 767 significant digits; more are zeros.
        Mode::Significant(n) => format!("{:.*e}", (n.clamp(1, 800) - 1) as usize, a),
        // And at most 1074 digits after the point.
        Mode::Fixed(n) => format!("{:.*}", n.clamp(0, 1100) as usize, a),
    };
    match mode {
        Mode::Fixed(n) => {
            // "III.FFF" or "III"
            let mut digits: Vec<u8> = Vec::with_capacity(text.len());
            let mut int_len: i64 = 0;
            let mut seen_point = false;
            for &c in text.as_bytes() {
                if c == b'.' {
                    seen_point = true;
                } else if c.is_ascii_digit() {
                    if !seen_point {
                        int_len += 1;
                    }
                    digits.push(c);
                }
            }
            // Strip leading zeros, adjusting the point.
            let lead = digits.iter().take_while(|&&c| c == b'0').count();
            digits.drain(..lead);
            let mut decpt = int_len - lead as i64;
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            if digits.is_empty() {
                // Rounded to zero: dtoa returns no digits with decpt = -ndigits.
                decpt = -n;
            }
            Digits {
                digits,
                decpt,
                negative,
            }
        }
        _ => digits_from_exp_text(text.as_bytes(), negative),
    }
}

/// Parses Rust's `{:e}` output ("D.DDDe-N" or "De5") into dtoa digits.
fn digits_from_exp_text(bytes: &[u8], negative: bool) -> Digits {
    let mut digits: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut exp: i64 = 0;
    let mut exp_neg = false;
    let mut in_exp = false;
    for &c in bytes {
        if in_exp {
            if c == b'-' {
                exp_neg = true;
            } else if c.is_ascii_digit() {
                exp = exp.saturating_mul(10).saturating_add((c - b'0') as i64);
            }
        } else if c == b'e' || c == b'E' {
            in_exp = true;
        } else if c.is_ascii_digit() {
            digits.push(c);
        }
    }
    if exp_neg {
        exp = -exp;
    }
    let lead = digits.iter().take_while(|&&c| c == b'0').count();
    digits.drain(..lead);
    let mut decpt = exp + 1 - lead as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
        decpt = 1;
    }
    Digits {
        digits,
        decpt,
        negative,
    }
}

/// Flags for [`double_to_string`], mirroring CPython's `Py_DTSF_*`.
#[derive(Clone, Copy, Default)]
pub(super) struct DtsFlags {
    /// Always emit a sign (`Py_DTSF_SIGN`).
    pub sign: bool,
    /// Add `.0` to integral results without an exponent (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// Alternate form (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Coerce negative zero results to positive (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

/// Port of CPython's `PyOS_double_to_string`: `code` is one of
/// `e E f F g G r`; `precision` is ignored for `r`.
pub(super) fn double_to_string(
    x: f64,
    code: char,
    precision: i64,
    flags: DtsFlags,
) -> Result<String, FmtError> {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let mut precision = precision.max(0);
    let (code, mode) = match code {
        'e' | 'E' => {
            precision += 1;
            ('e', Mode::Significant(precision))
        }
        'f' | 'F' => ('f', Mode::Fixed(precision)),
        'g' | 'G' => {
            if precision == 0 {
                precision = 1;
            }
            ('g', Mode::Significant(precision))
        }
        _ => {
            precision = 0;
            ('r', Mode::Shortest)
        }
    };

    let mut out = String::new();
    if !x.is_finite() {
        if x.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return Ok(out);
    }

    let d = dtoa(x, mode);
    let digits = &d.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut negative = d.negative;
    if flags.no_neg_0 && negative && (digits.is_empty() || digits.as_slice() == b"0") {
        negative = false;
    }

    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp: i64 = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    // Space: sign, point, digits with padding, exponent.
    let total = (vdigits_end - vdigits_start).saturating_add(10);
    check_len(usize::try_from(total).map_err(|_| FmtError::Memory)?)?;
    out.reserve(total as usize);

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let push_zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, s: &[u8]| {
        for &c in s {
            out.push(c as char);
        }
    };
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        push_digits(&mut out, &digits[..split]);
        out.push('.');
        push_digits(&mut out, &digits[split..]);
    } else {
        push_digits(&mut out, digits);
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&format!("{}", a));
    }
    Ok(out)
}

/// `repr(x)` / `str(x)` for a float: shortest round-trip digits, exponent
/// notation when the decimal exponent is < -4 or >= 16
/// (`'1e+16'`, `'1e-05'`, `'0.0001'`, `'123456789012345.0'`, `'inf'`, `'nan'`, `'-0.0'`).
pub fn float_repr(x: f64) -> String {
    let flags = DtsFlags {
        add_dot_0: true,
        ..DtsFlags::default()
    };
    double_to_string(x, 'r', 0, flags).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// `round(x, ndigits)` for a float: the exact binary value of `x` rounded
/// half-even to `ndigits` decimal places (`ndigits` may be negative), like
/// CPython's `double_round` (`round(2.675, 2) == 2.67`,
/// `round(1234.5, -1) == 1230.0`). NaN and infinities round to themselves.
///
/// Error: `OverflowError("rounded value too large to represent")`.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    if !x.is_finite() {
        return Ok(x);
    }
    // NDIGITS_MAX / NDIGITS_MIN from floatobject.c.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (neg, m, e) = decompose(x);
    // |x| * 10**ndigits = num / den exactly.
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let p10 = num_traits::pow(BigUint::from(10u32), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= &p10;
    } else {
        den *= &p10;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.bit(0)) {
        q += 1u32;
    }
    let q = BigInt::from_biguint(Sign::Plus, q);
    let value = if ndigits >= 0 {
        int_true_div(&q, &BigInt::from_biguint(Sign::Plus, p10))
    } else {
        bigint_to_f64(&(q * BigInt::from_biguint(Sign::Plus, p10)))
    };
    match value {
        Ok(v) => Ok(if neg { -v } else { v }),
        Err(_) => overflow_err("rounded value too large to represent"),
    }
}

/// `round(x)` with no `ndigits`: nearest integer, ties to even.
/// Errors as [`float_to_bigint`].
pub fn float_round_to_int(x: f64) -> Result<BigInt, FmtError> {
    let mut rounded = libm::round(x);
    if libm::fabs(x - rounded) == 0.5 {
        rounded = 2.0 * libm::round(x / 2.0);
    }
    float_to_bigint(rounded)
}

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
const HASH_INF: i64 = 314_159;

/// CPython's numeric hash of a float (`_Py_HashDouble`): equal to the hash of
/// an equal int; `hash(inf) == 314159`, `hash(-inf) == -314159`.
/// CPython 3.10+ hashes NaN by object identity; this returns 0 for NaN.
pub fn float_hash(x: f64) -> i64 {
    if !x.is_finite() {
        if x.is_infinite() {
            return if x > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return 0;
    }
    let (mut m, mut e) = libm::frexp(x);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    };
    let e = e as u32;
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    let r = (h as i64).wrapping_mul(sign);
    if r == -1 {
        -2
    } else {
        r
    }
}

/// CPython's hash of an int: `|x| mod (2**61 - 1)` with the sign of `x`,
/// and `-1` mapped to `-2`.
pub fn int_hash(x: &BigInt) -> i64 {
    let r = (x.magnitude() % BigUint::from(HASH_MODULUS))
        .to_u64()
        .unwrap_or(0) as i64;
    finish_int_hash(r, x.is_negative())
}

/// [`int_hash`] for a machine integer.
#[inline]
pub fn i64_hash(x: i64) -> i64 {
    // Most ints are their own hash: no division for them.
    const M: i64 = HASH_MODULUS as i64;
    if x > -M && x < M {
        return if x == -1 { -2 } else { x };
    }
    let r = (x.unsigned_abs() % HASH_MODULUS) as i64;
    finish_int_hash(r, x < 0)
}

fn finish_int_hash(r: i64, negative: bool) -> i64 {
    let v = if negative { -r } else { r };
    if v == -1 {
        -2
    } else {
        v
    }
}

// ---------------------------------------------------------------------------
// Arithmetic with Python semantics
// ---------------------------------------------------------------------------

/// `a % b` for floats: the result has the sign of `b` (zero results too).
/// The caller guarantees `b != 0`.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let mut m = libm::fmod(a, b);
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    m
}

/// `divmod(a, b)` for floats, exactly as CPython's `_float_div_mod`.
/// The caller guarantees `b != 0`.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = libm::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    let floordiv = if div != 0.0 {
        let mut f = libm::floor(div);
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        libm::copysign(0.0, a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats (first element of [`float_divmod`]).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    float_divmod(a, b).0
}

/// `a ** b` for floats, with CPython's special cases.
///
/// Errors: `ZeroDivisionError("0.0 cannot be raised to a negative power")`;
/// `OverflowError("(34, 'Numerical result out of range')")` (the `str()` of
/// CPython's exception) on overflow. A negative base with a non-integral
/// exponent gives a complex number in CPython; Krait has no complex type, so
/// this returns `ValueError("negative number cannot be raised to a fractional power")`.
/// The general case is computed correctly rounded; glibc's `pow` (used by
/// CPython) agrees except in very rare hard cases and at exact midpoints
/// (`3.0 ** 34`, where glibc rounds up and this rounds to even).
pub fn float_pow(a: f64, b: f64) -> Result<f64, FmtError> {
    match py_pow(a, b) {
        Ok(r) => Ok(r),
        Err(PowError::ZeroToNegativePower) => Err(FmtError::ZeroDivision(String::from(
            "0.0 cannot be raised to a negative power",
        ))),
        Err(PowError::NegativeToFractionalPower) => {
            value_err("negative number cannot be raised to a fractional power")
        }
        Err(PowError::Overflow) => overflow_err("(34, 'Numerical result out of range')"),
    }
}

// ---------------------------------------------------------------------------
// float methods
// ---------------------------------------------------------------------------

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && libm::floor(x) == x
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction with a
/// positive denominator.
///
/// Errors: `OverflowError("cannot convert Infinity to integer ratio")`,
/// `ValueError("cannot convert NaN to integer ratio")`.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FmtError> {
    if x.is_infinite() {
        return overflow_err("cannot convert Infinity to integer ratio");
    }
    if x.is_nan() {
        return value_err("cannot convert NaN to integer ratio");
    }
    let (neg, mut m, mut e) = decompose(x);
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    if e < 0 {
        let tz = core::cmp::min(m.trailing_zeros() as i64, -e);
        m >>= tz as u32;
        e += tz;
    }
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    if e >= 0 {
        let n = BigUint::from(m) << (e as u64);
        Ok((BigInt::from_biguint(sign, n), BigInt::one()))
    } else {
        let d = BigUint::one() << ((-e) as u64);
        Ok((
            BigInt::from_biguint(sign, BigUint::from(m)),
            BigInt::from_biguint(Sign::Plus, d),
        ))
    }
}

/// `float.hex()`: `'0x1.8000000000000p+0'`, `'-0x0.0p+0'`,
/// `'0x0.0000000000001p-1022'`, `'inf'`, `'nan'`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 != 0 { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        format!("{}0x0.{:013x}p-1022", sign, frac)
    } else {
        let e = biased - 1023;
        let es = if e < 0 { '-' } else { '+' };
        format!("{}0x1.{:013x}p{}{}", sign, frac, es, e.unsigned_abs())
    }
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `float.fromhex(s)`: hexadecimal string to float, correctly rounded.
///
/// Errors: `ValueError("invalid hexadecimal floating-point string")`,
/// `OverflowError("hexadecimal value too large to represent as a float")`.
pub fn float_fromhex(s: &str) -> Result<f64, FmtError> {
    const INVALID: &str = "invalid hexadecimal floating-point string";
    let b = s.as_bytes();
    let mut i = 0usize;
    let n = b.len();
    while i < n && is_c_space(b[i]) {
        i += 1;
    }
    let finish = |i: usize, v: f64| -> Result<f64, FmtError> {
        let mut j = i;
        while j < n && is_c_space(b[j]) {
            j += 1;
        }
        if j == n {
            Ok(v)
        } else {
            value_err(INVALID)
        }
    };
    if let Some((v, used)) = super::parse::parse_inf_or_nan(&b[i..]) {
        return finish(i + used, v);
    }
    let mut negate = false;
    if i < n && (b[i] == b'-' || b[i] == b'+') {
        negate = b[i] == b'-';
        i += 1;
    }
    if i + 1 < n && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
        i += 2;
    }
    let mut mant = BigUint::zero();
    let mut ndigits: u64 = 0;
    let mut fdigits: i64 = 0;
    while i < n && (b[i] as char).is_ascii_hexdigit() {
        mant = (mant << 4u32) + BigUint::from((b[i] as char).to_digit(16).unwrap_or(0));
        ndigits += 1;
        i += 1;
    }
    if i < n && b[i] == b'.' {
        i += 1;
        while i < n && (b[i] as char).is_ascii_hexdigit() {
            mant = (mant << 4u32) + BigUint::from((b[i] as char).to_digit(16).unwrap_or(0));
            ndigits += 1;
            fdigits = fdigits.saturating_add(1);
            i += 1;
        }
    }
    if ndigits == 0 {
        return value_err(INVALID);
    }
    let mut exp: i64 = 0;
    if i < n && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let mut eneg = false;
        if i < n && (b[i] == b'-' || b[i] == b'+') {
            eneg = b[i] == b'-';
            i += 1;
        }
        if !(i < n && b[i].is_ascii_digit()) {
            return value_err(INVALID);
        }
        while i < n && b[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((b[i] - b'0') as i64);
            i += 1;
        }
        if eneg {
            exp = -exp;
        }
    }
    // CPython reports overflow before looking at trailing characters.
    let e = exp.saturating_sub(fdigits.saturating_mul(4));
    let v = if mant.is_zero() {
        0.0
    } else {
        match round_to_f64(&mant, e, false) {
            Some(v) => v,
            None => return overflow_err("hexadecimal value too large to represent as a float"),
        }
    };
    finish(i, if negate { -v } else { v })
}

#[cfg(test)]
#[allow(clippy::type_complexity, clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    //! Tables generated with CPython 3.11.7 (`repr`, `round`, `hash`, ...).
    extern crate std;
    use super::*;
    use alloc::string::ToString;

    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    fn check_f(what: &str, got: Result<f64, FmtError>, want: &Result<f64, (&str, &str)>) {
        match (got, want) {
            (Ok(g), Ok(w)) => assert!(same(g, *w), "{}: got {:?} want {:?}", what, g, w),
            (Err(e), Err((k, m))) => {
                assert_eq!((e.kind(), e.message()), (*k, *m), "{}", what)
            }
            (g, w) => panic!("{}: got {:?} want {:?}", what, g, w),
        }
    }

    fn check_s(what: &str, got: Result<String, FmtError>, want: &Result<&str, (&str, &str)>) {
        match (got, want) {
            (Ok(g), Ok(w)) => assert_eq!(g, *w, "{}", what),
            (Err(e), Err((k, m))) => {
                assert_eq!((e.kind(), e.message()), (*k, *m), "{}", what)
            }
            (g, w) => panic!("{}: got {:?} want {:?}", what, g, w),
        }
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn repr_table() {
        for (x, want) in REPR {
            assert_eq!(float_repr(*x), *want, "repr({:e})", x);
        }
    }

    #[test]
    fn round_table() {
        for (x, nd, want) in ROUND {
            check_f(
                &format!("round({:?}, {})", x, nd),
                float_round(*x, *nd),
                want,
            );
        }
    }

    #[test]
    fn round_int_and_int_tables() {
        for (x, want) in ROUND_INT {
            check_s(
                &format!("round({:?})", x),
                float_round_to_int(*x).map(|v| v.to_string()),
                want,
            );
        }
        for (x, want) in TO_INT {
            check_s(
                &format!("int({:?})", x),
                float_to_bigint(*x).map(|v| v.to_string()),
                want,
            );
        }
    }

    #[test]
    fn hash_tables() {
        for (x, want) in HASH_F {
            assert_eq!(float_hash(*x), *want, "hash({:?})", x);
        }
        for (s, want) in HASH_I {
            let v = big(s);
            assert_eq!(int_hash(&v), *want, "hash({})", s);
            if let Ok(small) = s.parse::<i64>() {
                assert_eq!(i64_hash(small), *want, "i64 hash({})", s);
            }
            // Integral floats hash like ints.
            if let Ok(f) = bigint_to_f64(&v) {
                if float_to_bigint(f).ok().as_ref() == Some(&v) {
                    assert_eq!(float_hash(f), *want, "hash(float({}))", s);
                }
            }
        }
    }

    #[test]
    fn int_float_conversion_tables() {
        for (s, want) in TO_FLOAT {
            check_f(&format!("float({})", s), bigint_to_f64(&big(s)), want);
        }
        for (a, b, want) in TRUEDIV {
            check_f(
                &format!("{} / {}", a, b),
                int_true_div(&big(a), &big(b)),
                want,
            );
        }
    }

    #[test]
    fn divmod_table() {
        for (a, b, q, r) in DIVMOD {
            let (gq, gr) = float_divmod(*a, *b);
            assert!(
                same(gq, *q) && same(gr, *r),
                "divmod({:?}, {:?}) = ({:?}, {:?})",
                a,
                b,
                gq,
                gr
            );
            assert!(same(float_mod(*a, *b), *r), "{:?} % {:?}", a, b);
            assert!(same(float_floordiv(*a, *b), *q), "{:?} // {:?}", a, b);
        }
    }

    #[test]
    fn pow_table() {
        for (a, b, want) in POW {
            check_f(&format!("{:?} ** {:?}", a, b), float_pow(*a, *b), want);
        }
    }

    #[test]
    fn float_method_tables() {
        for (x, want) in RATIO {
            let got = float_as_integer_ratio(*x);
            match (got, want) {
                (Ok((n, d)), Ok((wn, wd))) => {
                    assert_eq!((n.to_string().as_str(), d.to_string().as_str()), (*wn, *wd))
                }
                (Err(e), Err((k, m))) => assert_eq!((e.kind(), e.message()), (*k, *m)),
                (g, w) => panic!("ratio({:?}): {:?} vs {:?}", x, g, w),
            }
        }
        for (x, want) in HEX {
            assert_eq!(float_hex(*x), *want, "hex({:?})", x);
        }
        for (x, want) in IS_INTEGER {
            assert_eq!(float_is_integer(*x), *want, "is_integer({:?})", x);
        }
        for (s, want) in FROMHEX {
            check_f(&format!("fromhex({:?})", s), float_fromhex(s), want);
        }
    }

    #[test]
    fn hex_round_trips() {
        let mut state = 0x1234_5678_9abc_def0u64;
        for _ in 0..2000 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let x = f64::from_bits(state);
            if x.is_finite() {
                assert!(same(float_fromhex(&float_hex(x)).unwrap(), x));
                assert!(same(
                    super::super::parse::parse_float(&float_repr(x)).unwrap(),
                    x
                ));
            }
        }
    }

    const REPR: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (5e-324, "5e-324"),
        (-5e-324, "-5e-324"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (-1.7976931348623157e+308, "-1.7976931348623157e+308"),
        (0.5, "0.5"),
        (1.5, "1.5"),
        (2.5, "2.5"),
        (-0.5, "-0.5"),
        (-2.5, "-2.5"),
        (0.125, "0.125"),
        (0.375, "0.375"),
        (2.675, "2.675"),
        (1e+16, "1e+16"),
        (1000000000000000.0, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (1e-05, "1e-05"),
        (0.0001, "0.0001"),
        (123456789012345.0, "123456789012345.0"),
        (1.2345678901234567e+89, "1.2345678901234567e+89"),
        (0.1, "0.1"),
        (0.2, "0.2"),
        (0.3, "0.3"),
        (0.3333333333333333, "0.3333333333333333"),
        (0.6666666666666666, "0.6666666666666666"),
        (100.0, "100.0"),
        (1e+22, "1e+22"),
        (1e+23, "1e+23"),
        (9.5, "9.5"),
        (99.5, "99.5"),
        (999.5, "999.5"),
        (0.05, "0.05"),
        (0.15, "0.15"),
        (0.25, "0.25"),
        (0.35, "0.35"),
        (0.45, "0.45"),
        (1e+300, "1e+300"),
        (1e-300, "1e-300"),
        (4.35, "4.35"),
        (1234.5678, "1234.5678"),
        (-1234.5678, "-1234.5678"),
        (1e+100, "1e+100"),
        (123456789000000.0, "123456789000000.0"),
        (7.402439966e+32, "7.402439966e+32"),
        (-8.72031439815143e-141, "-8.72031439815143e-141"),
        (-3.3972359572000955e-07, "-3.3972359572000955e-07"),
        (5193038000000000.0, "5193038000000000.0"),
        (7.860682e+26, "7.860682e+26"),
        (27.8675, "27.8675"),
        (716632730123682.0, "716632730123682.0"),
        (5974504644367.0, "5974504644367.0"),
        (44436295657540.0, "44436295657540.0"),
        (-375.35, "-375.35"),
        (-7.808291293778871e+272, "-7.808291293778871e+272"),
        (6.879173890596675e-11, "6.879173890596675e-11"),
        (-7.933324522655938e+18, "-7.933324522655938e+18"),
        (-4.102401513215419e-177, "-4.102401513215419e-177"),
        (153237313901440.0, "153237313901440.0"),
        (-6.256810315685157e-191, "-6.256810315685157e-191"),
        (-7.172057440588946e-07, "-7.172057440588946e-07"),
        (0.009625, "0.009625"),
        (7.17303e+24, "7.17303e+24"),
        (-0.15, "-0.15"),
        (4.7420765793454236e-18, "4.7420765793454236e-18"),
        (-2e-05, "-2e-05"),
        (5.17592981e+16, "5.17592981e+16"),
        (3292.5, "3292.5"),
        (-2.0557344765099228e-109, "-2.0557344765099228e-109"),
        (-6.8483970236632824e+16, "-6.8483970236632824e+16"),
        (5.686340687960229e-20, "5.686340687960229e-20"),
        (42942.731, "42942.731"),
        (-9.087806406787243e+26, "-9.087806406787243e+26"),
        (-1.0064294952495521e-233, "-1.0064294952495521e-233"),
        (-14742710000000.0, "-14742710000000.0"),
        (-1.69906e-15, "-1.69906e-15"),
        (82773.5, "82773.5"),
        (-915.295, "-915.295"),
        (7.368638379554599e-233, "7.368638379554599e-233"),
        (-22.03825, "-22.03825"),
        (1.8248774788769723e+275, "1.8248774788769723e+275"),
        (5.149958614562747e+251, "5.149958614562747e+251"),
        (84496.35, "84496.35"),
        (72743778.55423418, "72743778.55423418"),
        (-4771395.0, "-4771395.0"),
        (3740060000.0, "3740060000.0"),
        (-14361727180953.0, "-14361727180953.0"),
        (-777439782644.2397, "-777439782644.2397"),
        (-1.9966586797612214e+185, "-1.9966586797612214e+185"),
        (-7.213264545145106e-130, "-7.213264545145106e-130"),
        (4.041417446897586e-176, "4.041417446897586e-176"),
        (6.927189146130519e-27, "6.927189146130519e-27"),
        (1.7031839360032603e-108, "1.7031839360032603e-108"),
        (1968.0594886927963, "1968.0594886927963"),
        (51467685369100.0, "51467685369100.0"),
        (-4.5, "-4.5"),
        (-5.29815e+25, "-5.29815e+25"),
        (-0.45, "-0.45"),
        (2783400000000000.0, "2783400000000000.0"),
        (-4.66043876e+18, "-4.66043876e+18"),
        (-5.2288684012461406e-291, "-5.2288684012461406e-291"),
        (-8.062274529513e+38, "-8.062274529513e+38"),
        (0.705, "0.705"),
        (6.520342440983479e+246, "6.520342440983479e+246"),
        (65.235, "65.235"),
        (0.00048057235, "0.00048057235"),
        (39671482070000.0, "39671482070000.0"),
        (-5.810054501465059e-05, "-5.810054501465059e-05"),
        (9.5712776209e+19, "9.5712776209e+19"),
        (-31664477.7979334, "-31664477.7979334"),
        (409812872600000.0, "409812872600000.0"),
        (-3.6613691745498803e-245, "-3.6613691745498803e-245"),
        (-44489.0, "-44489.0"),
        (98.5, "98.5"),
        (-5.947970131890785e-136, "-5.947970131890785e-136"),
        (-3.743428883795543e+16, "-3.743428883795543e+16"),
        (2.588395092225791e+274, "2.588395092225791e+274"),
        (-8.613405307834038e-24, "-8.613405307834038e-24"),
        (-5.675541390158129e+18, "-5.675541390158129e+18"),
        (-7.52010831982014e+181, "-7.52010831982014e+181"),
        (-2.805515966730756e-191, "-2.805515966730756e-191"),
        (-1.3597132616109238e+185, "-1.3597132616109238e+185"),
        (2.3681153431018553e+103, "2.3681153431018553e+103"),
        (-2.696354e+19, "-2.696354e+19"),
        (-1.5597365087091966e+185, "-1.5597365087091966e+185"),
        (-2.582199935464873e+183, "-2.582199935464873e+183"),
        (-7.6311865212161, "-7.6311865212161"),
        (-1.8907749950362587e-138, "-1.8907749950362587e-138"),
        (0.00065, "0.00065"),
        (7654439.64, "7654439.64"),
        (-3.741132981012269e-90, "-3.741132981012269e-90"),
        (84733.5, "84733.5"),
        (-2.012122697843011e-122, "-2.012122697843011e-122"),
        (27.56243699970764, "27.56243699970764"),
        (677120000000.0, "677120000000.0"),
        (-2.1084395886461046e-81, "-2.1084395886461046e-81"),
        (3.0888872996504567e+94, "3.0888872996504567e+94"),
        (94.5, "94.5"),
        (-0.0015670225561793378, "-0.0015670225561793378"),
        (0.34455, "0.34455"),
        (71435987190.0, "71435987190.0"),
        (-0.48065, "-0.48065"),
        (-1.1685437416478489e-259, "-1.1685437416478489e-259"),
        (4.1457383e+23, "4.1457383e+23"),
        (5.706911326565788e-136, "5.706911326565788e-136"),
        (342.155, "342.155"),
        (20.05, "20.05"),
        (6.155663803357436e-22, "6.155663803357436e-22"),
        (-0.8805, "-0.8805"),
        (-54023465.0, "-54023465.0"),
        (-9.95872269933309e-32, "-9.95872269933309e-32"),
        (-7.340015731785763e+19, "-7.340015731785763e+19"),
        (6.988940999187e+16, "6.988940999187e+16"),
        (-1.0305838031355413e-230, "-1.0305838031355413e-230"),
        (2.8392137667797144e+132, "2.8392137667797144e+132"),
        (47348.5, "47348.5"),
        (8.097299769059356e+18, "8.097299769059356e+18"),
        (70455255025827.0, "70455255025827.0"),
        (-2.420369946780824e-122, "-2.420369946780824e-122"),
        (-9738546.0, "-9738546.0"),
        (1.3851442627260596e+104, "1.3851442627260596e+104"),
        (6.03791928756113e-15, "6.03791928756113e-15"),
        (-4.528712663132759e-27, "-4.528712663132759e-27"),
        (-7.317430530114586e+115, "-7.317430530114586e+115"),
        (0.055, "0.055"),
        (1.5346724551791914e+17, "1.5346724551791914e+17"),
        (84756.7218745158, "84756.7218745158"),
        (-0.975, "-0.975"),
        (1.8e-11, "1.8e-11"),
        (7.5, "7.5"),
        (990961525166009.0, "990961525166009.0"),
        (7360611036411754.0, "7360611036411754.0"),
        (2.851525386013872e+191, "2.851525386013872e+191"),
        (9.117626119973178e+16, "9.117626119973178e+16"),
        (48358662.0, "48358662.0"),
        (2319753606651883.0, "2319753606651883.0"),
        (-6.649617331906405e+199, "-6.649617331906405e+199"),
        (3.6563102060408986e-06, "3.6563102060408986e-06"),
        (-6.8455486915178e-07, "-6.8455486915178e-07"),
        (-4425000000000.0, "-4425000000000.0"),
        (0.835, "0.835"),
        (6.65, "6.65"),
        (6.1618758180942e+19, "6.1618758180942e+19"),
        (6869.45, "6869.45"),
        (-1.2826677504057426e-290, "-1.2826677504057426e-290"),
        (6389302297.388935, "6389302297.388935"),
        (-1.3571774282945718e+181, "-1.3571774282945718e+181"),
        (0.00285, "0.00285"),
        (990.9095, "990.9095"),
        (1.7070116948172427e+243, "1.7070116948172427e+243"),
        (345.5, "345.5"),
        (-1.6170950498709648e+260, "-1.6170950498709648e+260"),
        (8.405964671000998e+231, "8.405964671000998e+231"),
        (14900000.0, "14900000.0"),
        (5.39390331e+29, "5.39390331e+29"),
        (89.4535, "89.4535"),
        (2.8781137983443704e-21, "2.8781137983443704e-21"),
        (3.737030335269016e+183, "3.737030335269016e+183"),
        (-1390638038.284113, "-1390638038.284113"),
        (7.413286917e+26, "7.413286917e+26"),
        (4.62055e-05, "4.62055e-05"),
        (-5.53810711133697e+16, "-5.53810711133697e+16"),
        (-0.00015, "-0.00015"),
        (-1.2566011550567802e+81, "-1.2566011550567802e+81"),
        (1086.0, "1086.0"),
        (0.00765, "0.00765"),
        (2.6242972779876105e-294, "2.6242972779876105e-294"),
        (-7.260558404908086e+115, "-7.260558404908086e+115"),
        (3.0791012e-14, "3.0791012e-14"),
        (-541850179759197.0, "-541850179759197.0"),
        (4.0698330278807704e+236, "4.0698330278807704e+236"),
        (696063.0, "696063.0"),
        (595887057910716.2, "595887057910716.2"),
        (262948345181822.62, "262948345181822.62"),
        (5.758609657015292e+163, "5.758609657015292e+163"),
        (9.5e-05, "9.5e-05"),
        (1000000000000000.5, "1000000000000000.5"),
        (1.152921504606847e+18, "1.152921504606847e+18"),
        (0.30000000000000004, "0.30000000000000004"),
        (-1.5e-07, "-1.5e-07"),
        (5.473822126268817e-48, "5.473822126268817e-48"),
        (1.6923032801030364e+125, "1.6923032801030364e+125"),
        (5.421010862427522e-20, "5.421010862427522e-20"),
        (5.896816288783659e+166, "5.896816288783659e+166"),
        (1.5862136483222808e-117, "1.5862136483222808e-117"),
        (7.695704335233297e+112, "7.695704335233297e+112"),
        (1.5930919111324523e-58, "1.5930919111324523e-58"),
        (4.445517498970155e-162, "4.445517498970155e-162"),
        (5.237424972633827e+151, "5.237424972633827e+151"),
        (2.0128589904991042e-233, "2.0128589904991042e-233"),
        (4.6816763546921983e-97, "4.6816763546921983e-97"),
        (4.336808689942018e-19, "4.336808689942018e-19"),
        (2.004168360008973e-292, "2.004168360008973e-292"),
        (2.283596308329536e+46, "2.283596308329536e+46"),
        (2.872848349932294e-188, "2.872848349932294e-188"),
        (4.440892098500626e-16, "4.440892098500626e-16"),
        (1.94906280228e+289, "1.94906280228e+289"),
        (1.067993517960455e+96, "1.067993517960455e+96"),
        (1.8687756769780512e+196, "1.8687756769780512e+196"),
        (8203424427.310272, "8203424427.310272"),
        (14632.689956412474, "14632.689956412474"),
        (2174.1769485427794, "2174.1769485427794"),
        (88208.55794310156, "88208.55794310156"),
        (135529708979.56317, "135529708979.56317"),
        (1011897.8773448064, "1011897.8773448064"),
        (827298491839427.0, "827298491839427.0"),
        (3694.701245171622, "3694.701245171622"),
        (42847373.139779285, "42847373.139779285"),
        (35188719887535.06, "35188719887535.06"),
        (2.5145400476745134, "2.5145400476745134"),
        (546787916201.6775, "546787916201.6775"),
        (6233.668036185056, "6233.668036185056"),
        (26359327909256.12, "26359327909256.12"),
        (3381410263689.728, "3381410263689.728"),
        (23653.43594112932, "23653.43594112932"),
        (123342170362.96616, "123342170362.96616"),
        (4647463132.375845, "4647463132.375845"),
        (117066.87734884582, "117066.87734884582"),
        (116690775.77876142, "116690775.77876142"),
        (1948550793.180008, "1948550793.180008"),
        (0.9813170628661328, "0.9813170628661328"),
        (0.027185079544513574, "0.027185079544513574"),
        (23795.139788520406, "23795.139788520406"),
        (1.7615629416320076, "1.7615629416320076"),
        (21132437044204.438, "21132437044204.438"),
        (956756.0492197247, "956756.0492197247"),
        (0.4118742060618712, "0.4118742060618712"),
        (39736.49865766434, "39736.49865766434"),
        (64546.81986582707, "64546.81986582707"),
        (161337981013574.62, "161337981013574.62"),
        (193378763499027.0, "193378763499027.0"),
        (4436995.119146727, "4436995.119146727"),
        (326.18908749717593, "326.18908749717593"),
        (15977715.838805942, "15977715.838805942"),
        (409719580.0777424, "409719580.0777424"),
        (622137460132.5698, "622137460132.5698"),
        (3344575257004.2773, "3344575257004.2773"),
        (658380492319.5632, "658380492319.5632"),
        (475097429093606.4, "475097429093606.4"),
    ];

    const ROUND: &[(f64, i64, Result<f64, (&str, &str)>)] = &[
        (0.5, 2, Ok(0.5)),
        (0.5, 1000000000000000000, Ok(0.5)),
        (0.5, -1000000000000000000, Ok(0.0)),
        (0.5, -1, Ok(0.0)),
        (0.5, 15, Ok(0.5)),
        (0.5, 0, Ok(0.0)),
        (1.5, -400, Ok(0.0)),
        (1.5, 323, Ok(1.5)),
        (1.5, 15, Ok(1.5)),
        (1.5, 324, Ok(1.5)),
        (1.5, -1000000000000000000, Ok(0.0)),
        (1.5, 0, Ok(2.0)),
        (1.5, 2, Ok(1.5)),
        (1.5, -1, Ok(0.0)),
        (2.5, 324, Ok(2.5)),
        (2.5, -309, Ok(0.0)),
        (2.5, -400, Ok(0.0)),
        (2.5, -10, Ok(0.0)),
        (2.5, -2, Ok(0.0)),
        (2.5, 0, Ok(2.0)),
        (2.5, 2, Ok(2.5)),
        (2.5, -1, Ok(0.0)),
        (-0.5, -10, Ok(-0.0)),
        (-0.5, 15, Ok(-0.5)),
        (-0.5, -1, Ok(-0.0)),
        (-0.5, 0, Ok(-0.0)),
        (-0.5, -400, Ok(-0.0)),
        (-0.5, 2, Ok(-0.5)),
        (-2.5, -10, Ok(-0.0)),
        (-2.5, 2, Ok(-2.5)),
        (-2.5, -1, Ok(-0.0)),
        (-2.5, 1000000000000000000, Ok(-2.5)),
        (-2.5, 324, Ok(-2.5)),
        (-2.5, 0, Ok(-2.0)),
        (2.675, 1, Ok(2.7)),
        (2.675, -1, Ok(0.0)),
        (2.675, 323, Ok(2.675)),
        (2.675, -307, Ok(0.0)),
        (2.675, 300, Ok(2.675)),
        (2.675, 0, Ok(3.0)),
        (2.675, 2, Ok(2.67)),
        (1.005, 0, Ok(1.0)),
        (1.005, 324, Ok(1.005)),
        (1.005, -309, Ok(0.0)),
        (1.005, 17, Ok(1.005)),
        (1.005, 300, Ok(1.005)),
        (1.005, 2, Ok(1.0)),
        (1.005, -1, Ok(0.0)),
        (0.125, -400, Ok(0.0)),
        (0.125, -307, Ok(0.0)),
        (0.125, 17, Ok(0.125)),
        (0.125, 2, Ok(0.12)),
        (0.125, 15, Ok(0.125)),
        (0.125, 0, Ok(0.0)),
        (0.125, -1, Ok(0.0)),
        (0.375, -309, Ok(0.0)),
        (0.375, -400, Ok(0.0)),
        (0.375, 300, Ok(0.375)),
        (0.375, -307, Ok(0.0)),
        (0.375, -308, Ok(0.0)),
        (0.375, 0, Ok(0.0)),
        (0.375, 2, Ok(0.38)),
        (0.375, -1, Ok(0.0)),
        (1234.5, 1, Ok(1234.5)),
        (1234.5, 300, Ok(1234.5)),
        (1234.5, 324, Ok(1234.5)),
        (1234.5, 17, Ok(1234.5)),
        (1234.5, -1, Ok(1230.0)),
        (1234.5, 0, Ok(1234.0)),
        (1234.5, 2, Ok(1234.5)),
        (1250.0, 1, Ok(1250.0)),
        (1250.0, -309, Ok(0.0)),
        (1250.0, 323, Ok(1250.0)),
        (1250.0, -400, Ok(0.0)),
        (1250.0, -308, Ok(0.0)),
        (1250.0, 0, Ok(1250.0)),
        (1250.0, 2, Ok(1250.0)),
        (1250.0, -1, Ok(1250.0)),
        (1350.0, 323, Ok(1350.0)),
        (1350.0, 15, Ok(1350.0)),
        (1350.0, -307, Ok(0.0)),
        (1350.0, 0, Ok(1350.0)),
        (1350.0, -1, Ok(1350.0)),
        (1350.0, 2, Ok(1350.0)),
        (-1250.0, -1, Ok(-1250.0)),
        (-1250.0, -2, Ok(-1200.0)),
        (-1250.0, -309, Ok(-0.0)),
        (-1250.0, 323, Ok(-1250.0)),
        (-1250.0, 15, Ok(-1250.0)),
        (-1250.0, 0, Ok(-1250.0)),
        (-1250.0, 2, Ok(-1250.0)),
        (5e-324, 17, Ok(0.0)),
        (5e-324, 3, Ok(0.0)),
        (5e-324, -308, Ok(0.0)),
        (5e-324, -2, Ok(0.0)),
        (5e-324, 15, Ok(0.0)),
        (5e-324, 0, Ok(0.0)),
        (5e-324, 2, Ok(0.0)),
        (5e-324, -1, Ok(0.0)),
        (1e+300, -1000000000000000000, Ok(0.0)),
        (1e+300, 3, Ok(1e+300)),
        (1e+300, 300, Ok(1e+300)),
        (1e+300, 324, Ok(1e+300)),
        (1e+300, 15, Ok(1e+300)),
        (1e+300, 0, Ok(1e+300)),
        (1e+300, 2, Ok(1e+300)),
        (1e+300, -1, Ok(1e+300)),
        (1.7e+308, 2, Ok(1.7e+308)),
        (1.7e+308, 17, Ok(1.7e+308)),
        (1.7e+308, -307, Ok(1.7e+308)),
        (1.7e+308, 323, Ok(1.7e+308)),
        (1.7e+308, 1000000000000000000, Ok(1.7e+308)),
        (1.7e+308, 0, Ok(1.7e+308)),
        (1.7e+308, -1, Ok(1.7e+308)),
        (1.7976931348623157e+308, 2, Ok(1.7976931348623157e+308)),
        (1.7976931348623157e+308, 324, Ok(1.7976931348623157e+308)),
        (
            1.7976931348623157e+308,
            -308,
            Err(("OverflowError", "rounded value too large to represent")),
        ),
        (1.7976931348623157e+308, 17, Ok(1.7976931348623157e+308)),
        (1.7976931348623157e+308, -2, Ok(1.7976931348623157e+308)),
        (1.7976931348623157e+308, 0, Ok(1.7976931348623157e+308)),
        (1.7976931348623157e+308, -1, Ok(1.7976931348623157e+308)),
        (-1.7e+308, 300, Ok(-1.7e+308)),
        (-1.7e+308, 324, Ok(-1.7e+308)),
        (
            -1.7e+308,
            -308,
            Err(("OverflowError", "rounded value too large to represent")),
        ),
        (-1.7e+308, -10, Ok(-1.7e+308)),
        (-1.7e+308, 17, Ok(-1.7e+308)),
        (-1.7e+308, 0, Ok(-1.7e+308)),
        (-1.7e+308, 2, Ok(-1.7e+308)),
        (-1.7e+308, -1, Ok(-1.7e+308)),
        (0.0, 323, Ok(0.0)),
        (0.0, 15, Ok(0.0)),
        (0.0, 17, Ok(0.0)),
        (0.0, -400, Ok(0.0)),
        (0.0, -309, Ok(0.0)),
        (0.0, 0, Ok(0.0)),
        (0.0, 2, Ok(0.0)),
        (0.0, -1, Ok(0.0)),
        (-0.0, -309, Ok(-0.0)),
        (-0.0, 323, Ok(-0.0)),
        (-0.0, 15, Ok(-0.0)),
        (-0.0, 0, Ok(-0.0)),
        (-0.0, 17, Ok(-0.0)),
        (-0.0, 2, Ok(-0.0)),
        (-0.0, -1, Ok(-0.0)),
        (123.456, -1, Ok(120.0)),
        (123.456, -400, Ok(0.0)),
        (123.456, -308, Ok(0.0)),
        (123.456, -309, Ok(0.0)),
        (123.456, 323, Ok(123.456)),
        (123.456, 0, Ok(123.0)),
        (123.456, 2, Ok(123.46)),
        (1e-300, -309, Ok(0.0)),
        (1e-300, 15, Ok(0.0)),
        (1e-300, 3, Ok(0.0)),
        (1e-300, 1, Ok(0.0)),
        (1e-300, 17, Ok(0.0)),
        (1e-300, 0, Ok(0.0)),
        (1e-300, 2, Ok(0.0)),
        (1e-300, -1, Ok(0.0)),
        (7.5e-05, 0, Ok(0.0)),
        (7.5e-05, -307, Ok(0.0)),
        (7.5e-05, -309, Ok(0.0)),
        (7.5e-05, 300, Ok(7.5e-05)),
        (7.5e-05, -400, Ok(0.0)),
        (7.5e-05, 2, Ok(0.0)),
        (7.5e-05, -1, Ok(0.0)),
        (0.285, -308, Ok(0.0)),
        (0.285, -1000000000000000000, Ok(0.0)),
        (0.285, -307, Ok(0.0)),
        (0.285, 17, Ok(0.285)),
        (0.285, -2, Ok(0.0)),
        (0.285, 0, Ok(0.0)),
        (0.285, 2, Ok(0.28)),
        (0.285, -1, Ok(0.0)),
        (4.35, -400, Ok(0.0)),
        (4.35, -309, Ok(0.0)),
        (4.35, -1, Ok(0.0)),
        (4.35, 2, Ok(4.35)),
        (4.35, -10, Ok(0.0)),
        (4.35, 0, Ok(4.0)),
        (9.995, 1, Ok(10.0)),
        (9.995, -400, Ok(0.0)),
        (9.995, 300, Ok(9.995)),
        (9.995, 0, Ok(10.0)),
        (9.995, -309, Ok(0.0)),
        (9.995, 2, Ok(9.99)),
        (9.995, -1, Ok(10.0)),
        (99.95, -1000000000000000000, Ok(0.0)),
        (99.95, 300, Ok(99.95)),
        (99.95, 324, Ok(99.95)),
        (99.95, -2, Ok(100.0)),
        (99.95, 15, Ok(99.95)),
        (99.95, 0, Ok(100.0)),
        (99.95, 2, Ok(99.95)),
        (99.95, -1, Ok(100.0)),
        (f64::INFINITY, 15, Ok(f64::INFINITY)),
        (f64::INFINITY, 0, Ok(f64::INFINITY)),
        (f64::INFINITY, 323, Ok(f64::INFINITY)),
        (f64::INFINITY, 324, Ok(f64::INFINITY)),
        (f64::INFINITY, -1, Ok(f64::INFINITY)),
        (f64::INFINITY, 2, Ok(f64::INFINITY)),
        (f64::NEG_INFINITY, -307, Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, 323, Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, -308, Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, 17, Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, 3, Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, 0, Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, 2, Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, -1, Ok(f64::NEG_INFINITY)),
        (f64::NAN, -309, Ok(f64::NAN)),
        (f64::NAN, 324, Ok(f64::NAN)),
        (f64::NAN, -307, Ok(f64::NAN)),
        (f64::NAN, 0, Ok(f64::NAN)),
        (f64::NAN, -400, Ok(f64::NAN)),
        (f64::NAN, 2, Ok(f64::NAN)),
        (f64::NAN, -1, Ok(f64::NAN)),
        (-5.867539591259357e-114, 3, Ok(-0.0)),
        (-7.890024566290048e+17, 0, Ok(-7.890024566290048e+17)),
        (-5.2305235333384e+32, 0, Ok(-5.2305235333384e+32)),
        (4.6430545089123164e+19, 60, Ok(4.6430545089123164e+19)),
        (-5.414415, -159, Ok(-0.0)),
        (1e+16, 1, Ok(1e+16)),
        (1000000000000000.0, 149, Ok(1000000000000000.0)),
        (501.045, -1, Ok(500.0)),
        (3.105036184601418e+231, -2, Ok(3.105036184601418e+231)),
        (-1.2832289719004209e+20, 48, Ok(-1.2832289719004209e+20)),
        (9.18729960637e-07, -2, Ok(0.0)),
        (-2.307276087681008e+113, 3, Ok(-2.307276087681008e+113)),
        (7.431937435110338e-81, 3, Ok(0.0)),
        (6.87834226643e+33, 0, Ok(6.87834226643e+33)),
        (571.02692, 11, Ok(571.02692)),
        (-3.2217e+24, 2, Ok(-3.2217e+24)),
        (2.878548354010449e+117, 2, Ok(2.878548354010449e+117)),
        (-2.294367190201907e-138, -10, Ok(-0.0)),
        (3490.5, -2, Ok(3500.0)),
        (7187.5, -12, Ok(0.0)),
        (2.983336292480083e-154, 1, Ok(0.0)),
        (0.07105, 2, Ok(0.07)),
        (0.15, -1, Ok(0.0)),
        (0.015, -1, Ok(0.0)),
        (38953.5, 1, Ok(38953.5)),
        (1e+22, 19, Ok(1e+22)),
        (-6.75933904664482e+141, 3, Ok(-6.75933904664482e+141)),
        (-3.7492420347390774e-242, -1, Ok(-0.0)),
        (954.9265, 1, Ok(954.9)),
        (9.1068072022e-11, -14, Ok(0.0)),
        (0.6666666666666666, 0, Ok(1.0)),
        (1.8328898507823975e+252, -50, Ok(1.8328898507823975e+252)),
        (-6.575169876935467e+209, 2, Ok(-6.575169876935467e+209)),
        (-2.82643808865447e+58, 14, Ok(-2.82643808865447e+58)),
        (68155199637971.0, 15, Ok(68155199637971.0)),
        (-7.0419383237605064e+16, 3, Ok(-7.0419383237605064e+16)),
        (-44472273933473.0, 1, Ok(-44472273933473.0)),
        (6.505942904981203e-14, 2, Ok(0.0)),
        (3.4674435234594874e+17, -123, Ok(0.0)),
        (-0.23725, 2, Ok(-0.24)),
        (-2.42718764820411e-69, -14, Ok(-0.0)),
        (f64::NAN, 3, Ok(f64::NAN)),
        (2.9045172093432, -1, Ok(0.0)),
        (1.5, 1, Ok(1.5)),
        (-5.075883674631299e-116, -215, Ok(-0.0)),
        (-0.95, -2, Ok(-0.0)),
        (-5.864886801131773e+80, 3, Ok(-5.864886801131773e+80)),
        (3.379075525521415e-129, 0, Ok(0.0)),
        (4.547473508864641e-13, -18, Ok(0.0)),
        (1.324548567382937e-247, 15, Ok(0.0)),
        (7.335850191885185e-187, 0, Ok(0.0)),
        (-6.195577691591968e+17, 1, Ok(-6.195577691591968e+17)),
        (6.894565328877484e+215, 1, Ok(6.894565328877484e+215)),
        (0.00502996643384, 10, Ok(0.0050299664)),
        (-9e-19, 0, Ok(-0.0)),
        (-7406295046670640.0, 2, Ok(-7406295046670640.0)),
        (9000000000.0, 2, Ok(9000000000.0)),
        (3.505e-13, 10, Ok(0.0)),
        (5.92432504668434e+71, 4, Ok(5.92432504668434e+71)),
        (1e+22, 39, Ok(1e+22)),
        (3.75885, 3, Ok(3.759)),
        (1813.5, 3, Ok(1813.5)),
        (3.2105091879064404e-22, -43, Ok(0.0)),
        (79646674429968.0, 255, Ok(79646674429968.0)),
        (-89644113925306.0, 1, Ok(-89644113925306.0)),
        (0.3333333333333333, 3, Ok(0.333)),
        (4.775377406829277e-24, 0, Ok(0.0)),
        (-10264310120.0, -9, Ok(-10000000000.0)),
        (2.311460187710111e-163, 1, Ok(0.0)),
        (-3.501374537191958e+19, -1, Ok(-3.501374537191958e+19)),
        (2.1337646185215534e+242, 1, Ok(2.1337646185215534e+242)),
        (2.0294253631893455e+19, -2, Ok(2.0294253631893455e+19)),
        (2.700624963e-10, -1, Ok(0.0)),
        (-4876485458745833.0, -17, Ok(-0.0)),
        (370000.0, 3, Ok(370000.0)),
        (5.449976305521531e-80, 1, Ok(0.0)),
        (-0.007055, 3, Ok(-0.007)),
    ];

    const ROUND_INT: &[(f64, Result<&str, (&str, &str)>)] = &[
        (0.5, Ok("0")),
        (1.5, Ok("2")),
        (2.5, Ok("2")),
        (-0.5, Ok("0")),
        (-1.5, Ok("-2")),
        (-2.5, Ok("-2")),
        (3.5, Ok("4")),
        (0.49999999999999994, Ok("0")),
        (4503599627370495.5, Ok("4503599627370496")),
        (4503599627370497.0, Ok("4503599627370497")),
        (1e+300, Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (-1e+300, Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (5e-324, Ok("0")),
        (-0.0, Ok("0")),
        (1.7976931348623157e+308, Ok("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")),
        (9.223372036854776e+18, Ok("9223372036854775808")),
        (-9.223372036854776e+18, Ok("-9223372036854775808")),
        (f64::INFINITY, Err(("OverflowError", "cannot convert float infinity to integer"))),
        (f64::NEG_INFINITY, Err(("OverflowError", "cannot convert float infinity to integer"))),
        (f64::NAN, Err(("ValueError", "cannot convert float NaN to integer"))),
        (123.456, Ok("123")),
        (-123.5, Ok("-124")),
        (124.5, Ok("124")),
        (-336.6055, Ok("-337")),
        (-6.189700196426902e+26, Ok("-618970019642690137449562112")),
        (370152038964877.1, Ok("370152038964877")),
        (86.115, Ok("86")),
        (4.1986725672294305e-140, Ok("0")),
        (-4.369732794118142, Ok("-4")),
        (-4.856409e+29, Ok("-485640900000000016386600468480")),
        (7.28165, Ok("7")),
        (9.5, Ok("10")),
        (6425684296.0, Ok("6425684296")),
        (-3.1139824926492477e+25, Ok("-31139824926492477328719872")),
        (5339.0, Ok("5339")),
        (-0.005355, Ok("0")),
        (-90.15, Ok("-90")),
        (-502.2295, Ok("-502")),
        (-3.1554436208840472e-30, Ok("0")),
        (4.074567570461143e+104, Ok("407456757046114303140300669807550078135507540695741076305592939679787347635252287464678215588840711651328")),
        (0.05, Ok("0")),
        (6.5366658e-17, Ok("0")),
        (99.5, Ok("100")),
        (-1.0654717683833375e-163, Ok("0")),
        (3.439816292465208e+26, Ok("343981629246520767174148096")),
        (1.0983676256208976e+158, Ok("109836762562089755439710412785302291476310964802292886550311415346968690934362496833960954250583272879636740982263693728593951807995466301001184452657840914432")),
        (5.7283e-20, Ok("0")),
        (4.35, Ok("4")),
        (8.530100173468312e+25, Ok("85301001734683117507051520")),
        (3.78181511763e+33, Ok("3781815117629999884186008040767488")),
        (906565075.0, Ok("906565075")),
        (3.660649819304331e-08, Ok("0")),
        (1234.5678, Ok("1235")),
        (-1.127761623388006e+87, Ok("-1127761623388006011926715253731528988149030042919632658169269476071588623453103562162176")),
        (77627119128848.0, Ok("77627119128848")),
        (8445019913710.0, Ok("8445019913710")),
        (2346015242317.0, Ok("2346015242317")),
        (-9151519102244136.0, Ok("-9151519102244136")),
        (999.5, Ok("1000")),
        (0.00095, Ok("0")),
        (7.551e-06, Ok("0")),
        (0.00075, Ok("0")),
        (-2.086401275799534e+17, Ok("-208640127579953408")),
        (-1.288e-06, Ok("0")),
        (-0.00070679628169, Ok("0")),
        (2.467281540970476e-221, Ok("0")),
        (-6.05092486695206e-123, Ok("0")),
        (5.623642243178996e+160, Ok("56236422431789954785131731346074773235871213978773957913759444657647969758393598378988008576298635714374011382919011189040103325693678746112606439760814548189184")),
        (7.730467118670066e+258, Ok("7730467118670066463173262556301430070090322754200809213198430116809700808001357024554230871262556597234569172105672762550044129286283718158323494848966231509968869741274150661807176867592092945628533348056163513565294160202319511796137132782189434822262259712")),
        (8.97345, Ok("9")),
        (-7.46610895e+23, Ok("-746610895000000058621952")),
        (1.3996685475366178e+266, Ok("139966854753661783973156700430457511975852106950240976063764731546176381729389394136355408863715732141637987751164021378554995010500776185124283351077271102563425094237626456232866886318780090938009082585337746406296095334457249740509267615701835873729892098427060224")),
        (-1.402757983365378e-191, Ok("0")),
        (-8.115649621873928e+115, Ok("-81156496218739276952496202832943212932882818719423181789905872386434178733407690182595845017210484261525466436861952")),
        (6.08768566979943e+19, Ok("60876856697994297344")),
        (4.463762273296656e+217, Ok("44637622732966556458386657100674109702783863506098788060706071386007980107111909424908678724598819477048230908695200790147333441533543186403270154854838212305482865482742255687643073836839753059913078496880547808149504")),
        (-9e-16, Ok("0")),
        (1.2633806775344381e+18, Ok("1263380677534438144")),
        (-2.0194839173657902e-28, Ok("0")),
    ];

    const TO_INT: &[(f64, Result<&str, (&str, &str)>)] = &[
        (0.5, Ok("0")),
        (1.5, Ok("1")),
        (2.5, Ok("2")),
        (-0.5, Ok("0")),
        (-1.5, Ok("-1")),
        (-2.5, Ok("-2")),
        (3.5, Ok("3")),
        (0.49999999999999994, Ok("0")),
        (4503599627370495.5, Ok("4503599627370495")),
        (4503599627370497.0, Ok("4503599627370497")),
        (1e+300, Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (-1e+300, Ok("-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")),
        (5e-324, Ok("0")),
        (-0.0, Ok("0")),
        (1.7976931348623157e+308, Ok("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")),
        (9.223372036854776e+18, Ok("9223372036854775808")),
        (-9.223372036854776e+18, Ok("-9223372036854775808")),
        (f64::INFINITY, Err(("OverflowError", "cannot convert float infinity to integer"))),
        (f64::NEG_INFINITY, Err(("OverflowError", "cannot convert float infinity to integer"))),
        (f64::NAN, Err(("ValueError", "cannot convert float NaN to integer"))),
        (123.456, Ok("123")),
        (-123.5, Ok("-123")),
        (124.5, Ok("124")),
        (-336.6055, Ok("-336")),
        (-6.189700196426902e+26, Ok("-618970019642690137449562112")),
        (370152038964877.1, Ok("370152038964877")),
        (86.115, Ok("86")),
        (4.1986725672294305e-140, Ok("0")),
        (-4.369732794118142, Ok("-4")),
        (-4.856409e+29, Ok("-485640900000000016386600468480")),
        (7.28165, Ok("7")),
        (9.5, Ok("9")),
        (6425684296.0, Ok("6425684296")),
        (-3.1139824926492477e+25, Ok("-31139824926492477328719872")),
        (5339.0, Ok("5339")),
        (-0.005355, Ok("0")),
        (-90.15, Ok("-90")),
        (-502.2295, Ok("-502")),
        (-3.1554436208840472e-30, Ok("0")),
        (4.074567570461143e+104, Ok("407456757046114303140300669807550078135507540695741076305592939679787347635252287464678215588840711651328")),
        (0.05, Ok("0")),
        (6.5366658e-17, Ok("0")),
        (99.5, Ok("99")),
        (-1.0654717683833375e-163, Ok("0")),
        (3.439816292465208e+26, Ok("343981629246520767174148096")),
        (1.0983676256208976e+158, Ok("109836762562089755439710412785302291476310964802292886550311415346968690934362496833960954250583272879636740982263693728593951807995466301001184452657840914432")),
        (5.7283e-20, Ok("0")),
        (4.35, Ok("4")),
        (8.530100173468312e+25, Ok("85301001734683117507051520")),
        (3.78181511763e+33, Ok("3781815117629999884186008040767488")),
        (906565075.0, Ok("906565075")),
        (3.660649819304331e-08, Ok("0")),
        (1234.5678, Ok("1234")),
        (-1.127761623388006e+87, Ok("-1127761623388006011926715253731528988149030042919632658169269476071588623453103562162176")),
        (77627119128848.0, Ok("77627119128848")),
        (8445019913710.0, Ok("8445019913710")),
        (2346015242317.0, Ok("2346015242317")),
        (-9151519102244136.0, Ok("-9151519102244136")),
        (999.5, Ok("999")),
        (0.00095, Ok("0")),
        (7.551e-06, Ok("0")),
        (0.00075, Ok("0")),
        (-2.086401275799534e+17, Ok("-208640127579953408")),
        (-1.288e-06, Ok("0")),
        (-0.00070679628169, Ok("0")),
        (2.467281540970476e-221, Ok("0")),
        (-6.05092486695206e-123, Ok("0")),
        (5.623642243178996e+160, Ok("56236422431789954785131731346074773235871213978773957913759444657647969758393598378988008576298635714374011382919011189040103325693678746112606439760814548189184")),
        (7.730467118670066e+258, Ok("7730467118670066463173262556301430070090322754200809213198430116809700808001357024554230871262556597234569172105672762550044129286283718158323494848966231509968869741274150661807176867592092945628533348056163513565294160202319511796137132782189434822262259712")),
        (8.97345, Ok("8")),
        (-7.46610895e+23, Ok("-746610895000000058621952")),
        (1.3996685475366178e+266, Ok("139966854753661783973156700430457511975852106950240976063764731546176381729389394136355408863715732141637987751164021378554995010500776185124283351077271102563425094237626456232866886318780090938009082585337746406296095334457249740509267615701835873729892098427060224")),
        (-1.402757983365378e-191, Ok("0")),
        (-8.115649621873928e+115, Ok("-81156496218739276952496202832943212932882818719423181789905872386434178733407690182595845017210484261525466436861952")),
        (6.08768566979943e+19, Ok("60876856697994297344")),
        (4.463762273296656e+217, Ok("44637622732966556458386657100674109702783863506098788060706071386007980107111909424908678724598819477048230908695200790147333441533543186403270154854838212305482865482742255687643073836839753059913078496880547808149504")),
        (-9e-16, Ok("0")),
        (1.2633806775344381e+18, Ok("1263380677534438144")),
        (-2.0194839173657902e-28, Ok("0")),
    ];

    const HASH_F: &[(f64, i64)] = &[
        (0.0, 0),
        (-0.0, 0),
        (f64::INFINITY, 314159),
        (f64::NEG_INFINITY, -314159),
        (f64::NAN, 0),
        (5e-324, 16777216),
        (-5e-324, -16777216),
        (2.2250738585072014e-308, 32768),
        (1.7976931348623157e+308, 2234066890152476671),
        (-1.7976931348623157e+308, -2234066890152476671),
        (0.5, 1152921504606846976),
        (1.5, 1152921504606846977),
        (2.5, 1152921504606846978),
        (-0.5, -1152921504606846976),
        (-2.5, -1152921504606846978),
        (0.125, 288230376151711744),
        (0.375, 864691128455135232),
        (2.675, 1556444031219243010),
        (1e+16, 10000000000000000),
        (1000000000000000.0, 1000000000000000),
        (9999999999999998.0, 9999999999999998),
        (1e-05, 2170758078822671208),
        (0.0001, 936979306793984537),
        (123456789012345.0, 123456789012345),
        (1.2345678901234567e+89, 1157288633752933781),
        (0.1, 230584300921369408),
        (0.2, 461168601842738816),
        (0.3, 691752902764108160),
        (0.3333333333333333, 768614336404564608),
        (0.6666666666666666, 1537228672809129216),
        (100.0, 100),
        (1e+22, 1864712049423028464),
        (1e+23, 200376420512344424),
        (9.5, 1152921504606846985),
        (99.5, 1152921504606847075),
        (999.5, 1152921504606847975),
        (0.05, 115292150460684704),
        (0.15, 345876451382054080),
        (0.25, 576460752303423488),
        (0.35, 807045053224792832),
        (0.45, 1037629354146162304),
        (1e+300, 1224995262755759164),
        (1e-300, 482449582752280463),
        (4.35, 807045053224792068),
        (1234.5678, 1309257660631614674),
        (-1234.5678, -1309257660631614674),
        (1e+100, 1822893315824342674),
        (123456789000000.0, 123456789000000),
        (8.5, 1152921504606846984),
        (5.1e+18, 488313981572612098),
        (0.0007699104540850277, 1731157549548542965),
        (91385118000.0, 91385118000),
        (3.32e-13, 2026971926220222051),
        (6.685640339612676e-28, 1533054563720911803),
        (-3.1554436208840472e-30, -16777216),
        (-9.517593268030165e+165, -380167821901328389),
        (-0.744, -1715547198854988288),
        (8.070163e-18, 1403172194743844882),
        (-1.1512337488432232e+209, -2116808566381955656),
        (1.9786432117848363e+174, 1073741824),
        (0.0735, 169479461177206496),
        (5.744e-21, 30540342431154228),
        (0.24075, 555131704468196800),
        (9.284986796005848e-11, 2172370200555609410),
        (-1.3164580938974337e+44, -1935827513648991760),
        (6.80702032807913e+29, 588845946486141466),
        (67.55, 1268213655067525187),
        (1.965016281978712e+19, 1203418746077569032),
        (1.333499330856794e+204, 236066326350856328),
        (-15.41115, -948047353238208527),
        (5.924517316895404e+274, 493215454256819520),
        (-8.218962346169334e+208, -8388608),
        (1.4669038839446364e+33, 1441788048909678799),
        (-2.5210252993524547e-113, -8737463057033008),
        (14163118708.738, 1701714160472033908),
        (5.933533220689592e-255, 1700808567582098120),
        (2.0556353180099057e+301, 577765640709545860),
        (-94907293399435.48, -1116987614881282443),
        (46.0025, 5764607523029038),
        (-3.423809696118343e-29, -29546763838404980),
        (-5.165682700258216e-25, -37157443473831602),
        (5.69823081e+31, 792658246554101399),
        (6.222204e+21, 1039561141453326986),
        (0.09115, 210177590289828192),
        (-2.420369946780824e-122, -8388608),
        (-1.7628851326804976e-279, -1125899906842624),
        (2.2429450639630286e-300, 528050359427582656),
        (-1.9889916127813925e-276, -1270307083556984320),
        (3.7149920890402145e-08, 2249477730789270465),
        (273.845, 1948437342785634577),
        (-4.626864469947544e+223, -2048),
        (-2.916607463459607e+106, -432792998560058495),
        (-10.917455606780873, -2115508597159583754),
        (-51727479879.0, -51727479879),
        (-1.16841701982998e+249, -1931718807129193496),
        (6.0900342744e+18, 1478348255972612098),
        (1.6926179442865486e-07, 643733662028395682),
        (-7.33359385641312e+168, -1590845628307476363),
        (2.529529100242224e-50, 842391175339228007),
        (-2.8943457968354204e-27, -1254758286960441946),
        (-918711510248422.2, -577379463813671910),
        (1.284063967578123e+241, 1130900819004227830),
        (-5.69802742223e+27, -58794187743191532),
        (-1982133117.418048, -963952841169630077),
        (-5698138308.0, -5698138308),
        (-5.539569662801113e+275, -2),
        (-3.531584880217558e-08, -2177560870010615554),
        (-0.07, -161409010644958592),
        (8.82626689e-07, 182397820107085664),
        (-1.455264552639295e+20, -258345683466780735),
        (1.001511032202334e+206, 1913481968427739117),
        (-7.0753e-10, -712424712558215088),
        (5.363123171977039e+154, 67108864),
        (-2.91243702931736e+260, -1385388595799394680),
        (-8833139617.0, -8833139617),
        (5.272144102994119e-16, 1553359610216187071),
        (-9.913108731022759e+19, -2285680923252441130),
        (2.4935138551893092e-287, 1122079606463201329),
        (-2.951567113e+21, -88061206471902464),
        (-6.243497100631985e+144, -18014398509481984),
        (-4.208108721238699e+211, -4294967296),
        (8.32e+18, 1402470972358918147),
        (9.68543534871e-08, 326300090082761868),
        (99.60134138478371, 1386598828254396515),
        (-71589.0, -71589),
        (-3.294902549563181e-259, -91261711027231200),
        (3.696749495943729e+125, 2459470451921683),
        (291.5, 1152921504606847267),
        (9.05584e+18, 2138310972358918147),
        (-0.64, -1475739525896764160),
        (-6.2975947945722226e-127, -609613954509111514),
        (-9.628642662108384e-08, -907334809448183322),
        (60830357214.85481, 1971063769618814686),
        (-7.74670291649648e+16, -77467029164964800),
        (-89727.1932, -445488869366914687),
        (93275651.0, 93275651),
        (-9.735879150673023e-41, -1730575872221055710),
        (5.69413e+22, 812730477038297206),
        (-2.699837288680887e-77, -578220645323357031),
        (3.495336509287745e-12, 587506991584967473),
        (980100000.0, 980100000),
        (0.0055, 12682136550675316),
        (2.3307314785000646e-156, 4294967296),
        (7.855, 1971495772877709319),
        (9.90879e+22, 1214208069148387292),
        (-1.0914151928455271e-263, -1508708898154362063),
        (-2.3117075807434418e+265, -351211501894798217),
        (-5.294656384667156e+19, -2218017643970289686),
        (31585793.0, 31585793),
        (2.305843009213694e+18, 1),
        (-1.0, -2),
        (-2.0, -2),
        (1e-310, 615709907932414099),
        (8.98846567431158e+307, 140737488355328),
    ];

    const HASH_I: &[(&str, i64)] = &[
        ("0", 0),
        ("1", 1),
        ("-1", -2),
        ("-2", -2),
        ("2", 2),
        ("2305843009213693950", 2305843009213693950),
        ("2305843009213693951", 0),
        ("2305843009213693952", 1),
        ("2305843009213693953", 2),
        ("-2305843009213693951", 0),
        ("-2305843009213693952", -2),
        ("4611686018427387904", 2),
        ("9223372036854775807", 3),
        ("-9223372036854775808", -4),
        ("18446744073709551616", 8),
        ("-18446744073709551616", -8),
        ("10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376", 16777216),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 910685213754167845),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", -910685213754167845),
        ("1000000000000000000000000000007", 465258685558744713),
        ("942", 942),
        ("-7389889203825709", -7389889203825709),
        ("32307332923847", 32307332923847),
        ("64505451100543909363100", 1798760800034777826),
        ("960", 960),
        ("17041055098017545474922257472105891736418066605156694137", 16236708907993777),
        ("11550226337371296534250255849516461104862", 1859446858376117351),
        ("602", 602),
        ("-191815985670830567462626450613191", -359650507752625736),
        ("3378181292790140937803754117495238639253017780120", 2292958489276782671),
        ("-5401198598638654297864374837", -2001186825757109386),
        ("46267442187382290152637902738722743", 767141660761464950),
        ("565", 565),
        ("65", 65),
        ("935", 935),
        ("-69211092197", -69211092197),
        ("-399", -399),
        ("-75548432992833321495174175193894785568597149221557784621", -1304602532082786365),
        ("-49019037751598451", -49019037751598451),
        ("-370", -370),
        ("-557", -557),
        ("9904657840071365221616787", 1427714311402854327),
        ("49849624144460304204752246", 733267039433442818),
        ("-36491178027", -36491178027),
        ("-714", -714),
        ("-77671453867589163370486416120", -781963582531326961),
        ("3921133123552457158479554369", 1070322451173574949),
        ("-18", -18),
        ("-302", -302),
        ("256535282031828529", 256535282031828529),
        ("-174", -174),
        ("-22831482011879974001466051", -2212081883104899275),
        ("19670557829295315155134713", 1413503650764805169),
        ("7380625475222119986301368957042744174718758391494", 1721507256216226283),
        ("58304661", 58304661),
        ("-876352796570835805524816516068251929", -1021402521556862929),
        ("-5901554514811807666029253538627893994278885868377211837", -547700496873192878),
        ("-164818063613274049167282456684", -1720890210346286281),
        ("431", 431),
        ("-2873666762107732530969585873123090938593467008659725394", -13465579198599472),
        ("-35816363767778563065883405", -1759410443491520084),
        ("-621", -621),
        ("-213977", -213977),
        ("128", 128),
        ("94838074320", 94838074320),
        ("1453482622814", 1453482622814),
        ("-4668281901054499354102057038", -1289472471023346037),
        ("-861819470655021", -861819470655021),
        ("10214844793345516854356391493", 1427273440227943027),
        ("-581", -581),
        ("-1909529438285178868466134711", -381677795114443625),
        ("-378", -378),
        ("-404", -404),
        ("820171496655518924", 820171496655518924),
        ("452", 452),
        ("-182", -182),
        ("11", 11),
    ];

    const TO_FLOAT: &[(&str, Result<f64, (&str, &str)>)] = &[
        ("0", Ok(0.0)),
        ("1", Ok(1.0)),
        ("-1", Ok(-1.0)),
        ("-2", Ok(-2.0)),
        ("2", Ok(2.0)),
        ("2305843009213693950", Ok(2.305843009213694e+18)),
        ("2305843009213693951", Ok(2.305843009213694e+18)),
        ("2305843009213693952", Ok(2.305843009213694e+18)),
        ("2305843009213693953", Ok(2.305843009213694e+18)),
        ("-2305843009213693951", Ok(-2.305843009213694e+18)),
        ("-2305843009213693952", Ok(-2.305843009213694e+18)),
        ("4611686018427387904", Ok(4.611686018427388e+18)),
        ("9223372036854775807", Ok(9.223372036854776e+18)),
        ("-9223372036854775808", Ok(-9.223372036854776e+18)),
        ("18446744073709551616", Ok(1.8446744073709552e+19)),
        ("-18446744073709551616", Ok(-1.8446744073709552e+19)),
        ("10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376", Ok(1.0715086071862673e+301)),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(1e+100)),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(-1e+100)),
        ("1000000000000000000000000000007", Ok(1e+30)),
        ("942", Ok(942.0)),
        ("-7389889203825709", Ok(-7389889203825709.0)),
        ("32307332923847", Ok(32307332923847.0)),
        ("64505451100543909363100", Ok(6.450545110054391e+22)),
        ("960", Ok(960.0)),
        ("17041055098017545474922257472105891736418066605156694137", Ok(1.7041055098017544e+55)),
        ("11550226337371296534250255849516461104862", Ok(1.1550226337371296e+40)),
        ("602", Ok(602.0)),
        ("-191815985670830567462626450613191", Ok(-1.9181598567083057e+32)),
        ("3378181292790140937803754117495238639253017780120", Ok(3.378181292790141e+48)),
        ("-5401198598638654297864374837", Ok(-5.401198598638655e+27)),
        ("46267442187382290152637902738722743", Ok(4.626744218738229e+34)),
        ("565", Ok(565.0)),
        ("65", Ok(65.0)),
        ("935", Ok(935.0)),
        ("-69211092197", Ok(-69211092197.0)),
        ("-399", Ok(-399.0)),
        ("-75548432992833321495174175193894785568597149221557784621", Ok(-7.554843299283332e+55)),
        ("-49019037751598451", Ok(-4.901903775159845e+16)),
        ("-370", Ok(-370.0)),
        ("-557", Ok(-557.0)),
        ("9904657840071365221616787", Ok(9.904657840071365e+24)),
        ("49849624144460304204752246", Ok(4.98496241444603e+25)),
        ("-36491178027", Ok(-36491178027.0)),
        ("-714", Ok(-714.0)),
        ("-77671453867589163370486416120", Ok(-7.767145386758916e+28)),
        ("3921133123552457158479554369", Ok(3.921133123552457e+27)),
        ("-18", Ok(-18.0)),
        ("-302", Ok(-302.0)),
        ("256535282031828529", Ok(2.5653528203182854e+17)),
        ("-174", Ok(-174.0)),
        ("-22831482011879974001466051", Ok(-2.2831482011879975e+25)),
        ("19670557829295315155134713", Ok(1.9670557829295316e+25)),
        ("7380625475222119986301368957042744174718758391494", Ok(7.380625475222119e+48)),
        ("58304661", Ok(58304661.0)),
        ("-876352796570835805524816516068251929", Ok(-8.763527965708358e+35)),
        ("-5901554514811807666029253538627893994278885868377211837", Ok(-5.9015545148118075e+54)),
        ("-164818063613274049167282456684", Ok(-1.6481806361327406e+29)),
        ("431", Ok(431.0)),
        ("-2873666762107732530969585873123090938593467008659725394", Ok(-2.8736667621077326e+54)),
        ("-35816363767778563065883405", Ok(-3.5816363767778563e+25)),
        ("-621", Ok(-621.0)),
        ("-213977", Ok(-213977.0)),
        ("128", Ok(128.0)),
        ("94838074320", Ok(94838074320.0)),
        ("1453482622814", Ok(1453482622814.0)),
        ("-4668281901054499354102057038", Ok(-4.6682819010544995e+27)),
        ("-861819470655021", Ok(-861819470655021.0)),
        ("10214844793345516854356391493", Ok(1.0214844793345517e+28)),
        ("-581", Ok(-581.0)),
        ("-1909529438285178868466134711", Ok(-1.909529438285179e+27)),
        ("-378", Ok(-378.0)),
        ("-404", Ok(-404.0)),
        ("820171496655518924", Ok(8.20171496655519e+17)),
        ("452", Ok(452.0)),
        ("-182", Ok(-182.0)),
        ("11", Ok(11.0)),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", Err(("OverflowError", "int too large to convert to float"))),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", Err(("OverflowError", "int too large to convert to float"))),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", Ok(1.7976931348623157e+308)),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", Ok(1.7976931348623157e+308)),
        ("9007199254740993", Ok(9007199254740992.0)),
        ("9007199254740995", Ok(9007199254740996.0)),
        ("-9007199254740993", Ok(-9007199254740992.0)),
        ("18014398509481986", Ok(1.8014398509481984e+16)),
        ("18014398509481990", Ok(1.801439850948199e+16)),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(1e+308)),
        ("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Err(("OverflowError", "int too large to convert to float"))),
        ("-1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Err(("OverflowError", "int too large to convert to float"))),
        ("-588027520853874757184470295862772807559984573768540449768703771773906400964990440635602613765331392867783302188041962042748614204865662063957539100566179373113059810929614501672477774534298630943289375241273344", Ok(-5.880275208538747e+209)),
        ("-4979986173918494932776940923253649540953435500499869378208991773012327879554367488", Ok(-4.979986173918495e+81)),
        ("-1396909818541093243262679357546892396690509131435335085305014848360328473595284007490834360917907505698625587776004841252757424856771846104553006832227268651302242721416928481356574088685296157720576", Ok(-1.3969098185410932e+198)),
        ("675991900694338198013216880643258974716292716985709028106057269974425548166546959346195812752846646263222467085901852282180806525253333682505064284958325882745692959986188433463356273904256640514687505332399207162580142180969188505150306129218872736997627337179948234247051052718836248691481679765204434980969102025917726720", Err(("OverflowError", "int too large to convert to float"))),
        ("3780597259759941296730659534512643414429794304", Ok(3.780597259759941e+45)),
        ("5183873914507529901140082688", Ok(5.18387391450753e+27)),
        ("-50801231773868400273842267636906555155157593182694447131068367500223663182533109548858668103383206810292711001293157050497414036398261172711532666612443540640034662412977436918508104641450682472404201877627898748943080209924797231589983081768684555249147406062186405429946123844761979237593910902347507595980006490112", Err(("OverflowError", "int too large to convert to float"))),
        ("-13604314484357620766681121241399011995409932698286771519728472570874672266498644957928222613748795351873419551346833145332669924499059206697042981258717408049542022918297386049601536", Ok(-1.360431448435762e+181)),
        ("18965559189323968897313694058770860498037698694639310362394725675438386276973145252932927518598889354456586976526496096316497697065958767591424", Ok(1.8965559189323969e+142)),
        ("-140366110389747727143688801439802633996734550091019798952743573865489332516950421553954069406441394743077532411765851927844097900931422150297065673642993112280203264", Ok(-1.4036611038974773e+164)),
        ("196188933134244548769478974854918043475566417782694699617712035877538306719021459442988936549109419286362259462553597745813646100450844553498017311059995616400086302310786424867280249589061422160602129771999931494206008435198823001402861632167183975548242673174622195015828056649831685559448983225567775815801951122331096237006600223849074083165309989296197867415797760", Err(("OverflowError", "int too large to convert to float"))),
        ("6307104749971630049042729171878916630731099444536579982752398904480831995288406100719193535866376316673856405957094984900072043929216433465242417054854798378018098340084702741297952722878368682102630934224473154300502190343627735040", Ok(6.30710474997163e+231)),
        ("3942019889822835519688875757774414509312279219123413674098688", Ok(3.9420198898228355e+60)),
        ("-1100723163927997445255587112437424863879066101582698528818013738563331058084531816869820466299102818242019507167525135496398423414748049262923052728185396651476321934199836506979484151857509004257817864290786721238235833537713768840294346524769432552622273806756752701630905698040052576179276746386811566175744425984", Err(("OverflowError", "int too large to convert to float"))),
        ("-31242869881702897087081923997440859298622620058343556414845864399205814769338666877051159041250396443813895499365108287798012120707011488297831993007381592515625012064014890141867228904848250073160732440640263552715453830046731565913902608066158063879860384784990486967722442752", Ok(-3.1242869881702898e+277)),
        ("15319312583750210275076490796992257261258351884758390355816725112282290199591258722185640464225463345033454335162477770443437310713552346278489957811093504", Ok(1.531931258375021e+154)),
        ("58111584445653634566048468686876648703681303740876741012625975839906757649404914049058938289279799415610352433700334669871683367960374299022365175373610470621998166735654795157376241090015044535473136423311510791169170117311386380267307018125832919496287262318978006101939476461794695062951933874552661954504361402228015104", Err(("OverflowError", "int too large to convert to float"))),
        ("4729834614676732509773092970526174320973720978476273071097782813926697798889865916918400377227995574534287632125349738941781758220799491390630923640153787189431592782917394725468541834175050419624055808221146742942752103780186679337003611879484900662037984550993783263129908937193225263734268964824635468893797073551360", Err(("OverflowError", "int too large to convert to float"))),
        ("748027413198952532089744008249747933995239100271574290671863386766010308394445283441597434745508374248884797440", Ok(7.480274131989525e+110)),
        ("118566910127446600935937367431912364582216750698294240159091103530308911958432757803119594921592776864895706920051853839788183110942517963023648098142208971162997781178136687705465283657873205614844482446159061968298921203388017449238187659371986247566337967276394400941990662680012509224325820620255466372072897643544576", Err(("OverflowError", "int too large to convert to float"))),
        ("23813843380968509129468512210155362764080901430739025218342296867499067316628202977609185149896811140051613348853885727428047494793510715626307353995861779167646013798458342975311785125848369247878975823835587130161535835449739605502307355250324003796788707328", Ok(2.381384338096851e+259)),
        ("11910551362930501875413039544559116190633655058763081723560971179272157378604511921148231498908654676892355500136802925046713747754793949297333098297350157421951808448291439908940589542759396497858653034575301596442653869090140125266199257724800376169531358301554325099150195250029570377204581871848437828827243731471334617577880027136", Err(("OverflowError", "int too large to convert to float"))),
        ("8221488068738361152285353003646464612380857715287212064826785511115108349483532149548514220249327841801271547542336887382801614048827021744612967542827148243403085654766026539289999835136", Ok(8.221488068738361e+186)),
        ("10410117691268467788258374325859035685413109156739482322570270218873404120707126828559337529609437117601347506506438325705356704779952764116318762507421769260006641743147395366506047588757618645981462528", Ok(1.0410117691268468e+202)),
        ("-76909607231040593327304148799405368175295218656198438006019971746444759457031761368922815780664377344", Ok(-7.69096072310406e+100)),
        ("2224582579100901018205758249292716359995568386080489556627836647366583409881060150263873765882051392749852498000605841333418742502663665865652668518833472430753588333779878940233168977196160539209334441700355373252464187300590105861477962508718766091547967488", Ok(2.224582579100901e+258)),
        ("144179124924661430561663965166444767735682555259074061971425308527999831490193237126549940868218880", Ok(1.4417912492466143e+98)),
        ("2709459524475482998443025516055082978257990663071080501126564982048804481916558476781201148608521174695760993726241589188041223055213012983204804223848580419222110545813154343897514608934491416419827006315947943850248463996639521960080836104380830436830131026133729798683286928951009212953203174050694692864", Ok(2.709459524475483e+306)),
        ("87717821933043914420896548815648911580893980699664085579372903023576152201582847701987459446104247493302754364970839740165218627150467710537694599347686613116417133936980191606207603183452160", Ok(8.771782193304391e+190)),
    ];

    const TRUEDIV: &[(&str, &str, Result<f64, (&str, &str)>)] = &[
        ("1", "3", Ok(0.3333333333333333)),
        ("-1", "3", Ok(-0.3333333333333333)),
        ("0", "5", Ok(0.0)),
        ("0", "-5", Ok(-0.0)),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(10.0)),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1", Err(("OverflowError", "integer division result too large for a float"))),
        ("1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(0.0)),
        ("-1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", Ok(-0.0)),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "3", Err(("OverflowError", "integer division result too large for a float"))),
        ("1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", Ok(5e-324)),
        ("1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", Ok(0.0)),
        ("3", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", Ok(5e-324)),
        ("1", "-404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", Ok(-0.0)),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "2", Ok(8.98846567431158e+307)),
        ("359538626972463181545861038157804946723595395788461314546860162315465351611001926265416954644815072042240227759742786715317579537628833244985694861278948248755535786849730970552604439202492188238906165904170011537676301364684925762947826221081654474326701021369172596479894491876959432609670712659248448274432", "2", Err(("OverflowError", "integer division result too large for a float"))),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "1", Err(("OverflowError", "integer division result too large for a float"))),
        ("7", "-2", Ok(-3.5)),
        ("1000000000000000000000000000000", "7", Ok(1.4285714285714285e+29)),
        ("9007199254740993", "1", Ok(9007199254740992.0)),
        ("9007199254740993", "2", Ok(4503599627370496.0)),
        ("1", "0", Err(("ZeroDivisionError", "division by zero"))),
        ("0", "0", Err(("ZeroDivisionError", "division by zero"))),
        ("269653970229347386159395778618353710042696546841345985910145121736599013708251444699062715983611304031680170819807090036488184653221624933739271145959211186566651840137298227914453329401869141179179624428127508653257226023513694322210869665811240855745025766026879447359920868907719574457253034494436336205824", "2", Ok(1.348269851146737e+308)),
        ("269653970229347386159395778618353710042696546841345985910145121736599013708251444699062715983611304031680170819807090036488184653221624933739271145959211186566651840137298227914453329401869141179179624428127508653257226023513694322210869665811240855745025766026879447359920868907719574457253034494436336205825", "2", Ok(1.348269851146737e+308)),
        ("22608040116015268156033339807533318261496176753010380146750013600371153035410484229504719569679108414278227001876710640436962473559499251402869308888263868750031058194535484851950244225832671049379657694296849130592441439806796703926156996030240079314548716577226752", "1423534938799112668316263992208245193655650886783120017402394540496892984299973071277967913296777502177027556551526770640395548006327590273868872355128171321432140916462992823780740531662880768", Ok(1.588161941082198e+73)),
        ("399158325451031778589828063795098154408947313111312458146814833641407165544217606270418024848066433645453181987484736337636571929865352549378107603099103869268922230979885027547655085337327647975107094175273320435187637534323246977183212496252511875515594658556301763232574461395775472284321387552376371705278138011772227648831718678291018101273928768087277848042115847089399142390874061265879733800762605568", "-2475432269748897479931829039270749430300241677649541390129592087638123453591291197233751112322022929698025562561599048150474643906055280536190633607702412214202788127393517885760746179949038748066076705678003037957552747471112986592582261929777004384868783825221384879674417783840471663626358414979606313856114765213128630206464", Ok(-1.612479284240411e+80)),
        ("724169275696363498230437723233226563416516576564822704186265864905380667451530046916352700373872909777390794480788179998498929075417113231945913153236331173021013439251476567336077484429955198469647215350665710591308658671835583888584587063439542634709778432", "803337650499654840784842920963388734889242006996423680501306120703112703361573858170477160504545076246312662352134804058216003929985674630601525601387336378542035114614583936389700893203753476412237730807287906304", Ok(9.01450685457042e+44)),
        ("-10334156862926454333930342171993123537506066959972346501051108281516661331189290661576704", "811654623082157980159215279746223239494635517092892499223380809502596652093139061231279586796507912501555002091565721952816473676614954179635445760", Ok(-1.273220969737568e-59)),
        ("-149587020074105528853708354134258277728284012948530323339112605229240025088", "-6698007735578482133083610115551603336617387438625645697155434535117604288044174054816220567829510509628263864308120867414946282462658541779729055100405039900387447327718692632066565793997652142662372167822302975483663488494580737953771766516639608521897394453263798595898834944", Ok(2.2333061707219162e-203)),
        ("-2408962365412937657393590857555473319986788739258283269018296192343073499497014931880632008165297807407316905733751118330139935534071638671207740050564209560223138289424465360477969177838633861483261395099010332542089322465076603773836068991185675871976193909906613773358460440061642333604512564952757032552795593842360320", "297395751625198776977719296", Ok(-8.10019091479457e+294)),
        ("0", "423395300476228620099898870595584", Ok(0.0)),
        ("-3554899796829700134501618159639606026563793919591989878680204601177170633524091705506418001842373775628737574060930076198742992852630790207687454357947912152262414665444708761144234698510118027205415577417183904570755711752379932085750564654271010729700670330226312791594314037010104320", "-18527996490104505849557639202719750123706053033984", Ok(1.918663898024977e+236)),
        ("-681495914989849437889778779251781534498499114008114746587651759165538816424092729853626024695523165564612702020267632008550930362932481776480402028681261003520076254498549789226777748924234164360652042253142683811840", "71671831749689734737838152978190216899892655911508785116799651230841339877765150252188079784691427704832", Ok(-9.508560034714051e+111)),
        ("1989292945639146789477412089885324558314012196054205348197343017025007753250908663709696", "-1262903753087034353079108749830241550146549381106510809901154182064756069089263700129349632", Ok(-0.001575173833141703)),
        ("452552160890193965887513841553525228007235747395708775493997596203161245482309703174864290947690544480097710192003909854325138010014210043815487604374724596630486891404053027492262081043350302686816763904", "-9124881235244390437282343211400582649786457014497119861158385035798550334417354773011825622634742799557284619147188814621377409442750875996505322639444428376503989348720529900165748384493207552", Ok(-49595402857.654106)),
        ("16773332393271174640225259649420475053815150036614546324376998643694964217481604039868097768113419719652311256724186485227927430777962667333370215043964183496628673177452544", "-148132457911019742192263662462286288366976249914051893448915463916373242019840", Ok(-1.1323198595237369e+95)),
        ("-4184092686594468751110531096538811523629270822206082455253448815491257308249260887037384666630244928125821208346596459136748192671261269455024268709426481449114422537272120266616353619997297413139951924633032612160852384078592368971600103438234928893797145560710084946821120", "-1581349200723250993872095521939100474657625723692626170766185723156777709725791387394956951467325390848", Ok(2.6459005289159525e+171)),
        ("-3694224959138385158200615800928853541225758720", "-14918661863824391413853984094276030499721610623188992", Ok(2.4762441785052783e-07)),
        ("1896211651689116047072161017416292510238099039641276149248283107266645005319805379839776806142123049277699326683287964515607049723903300979319721550934600692549169353987099862935595240504066905457880781632684976762985534397946626809343003452122704110822910745447206111624497515753687166024788532820829617695188493334994747392", "43193892489989426597220506472728620669436023980031558877174498992103768834703360", Ok(4.389999470708921e+244)),
        ("309133379386424829756108396515866304138950281247874849396147628946464988619844829014442502378807187698259984643517732251081217302987175145442474556409171257656465554599252469135118622471324509589615960751477580363575007699202347920366528645816880713967223018889445717826021633718387469683079364360776917712896", "20629595488885027348710757196920504610205238914197134980219820416722683917633863849227035946963667207155823830982823947593248085856189605775704398553650345208418142835206868658532931300452578156798353221651267584", Ok(1.498494624157716e+97)),
        ("-114340871783849872122227042756301844195167225737171586947236878063636880797889485397236161890581074957700453954490344560368856072192", "980218870939334344832667301309563107737285284104537630858218596097722660421632", Ok(-1.166483069993114e+53)),
        ("-70815094685125405498650769750091482953075436284360841058895804397396391563737059353315991391091946202958362087601158681493203826160691499266554196356540797608676600270717683909458961288370095233327631396950944137256725473542535660684967936", "7539824427805808127659937832491232498278627823228030143271858544234227729183212840371705601719972967267077211697316322404394175604893660310472821427209125811418876235133190991207422078369344658739411861712312584477081600", Ok(-9.392141072140796e+18)),
        ("15047136882632648477461561812328994161692416184493697456935089521789708267936195990093674336102475929986603224781040077174179013450097152399256283043749441813070428407929747693080644414405946005347777785365536964608", "7004416357839945928159171181104127590922547656064381409885611595509585801439459641280391437618744655872", Ok(2.148235643615131e+111)),
        ("-1332222084912096074219185109151183398499240515108880225061894750694669097387195530355060768768", "-331351833650292060894613661878796803482485883292074045828369455170295561234961347499324135719563229015992946410320300447096929683159121920", Ok(4.0205665085231434e-45)),
        ("-20517238382016919663827511490018700459173398957276503526646185652254538248412950596269367885264295007198440353558298851108036662520686142832398686086368067000889658317937160754600287776448051508237676507333911538651440731478642547597777432159645893939173202922682772108083445330967936422058655744", "5461383504319024199568142022109534262677840590886802879827038722333864551189761041774523585106005777619301919621012619071345380179701632906663307151447706342633326270405192750673252530173330985545106828889838804125381928738577023764104544632471348107146825060591084984585880364728069353146679473985185761824042603642361768709193728", Ok(-3.756784039390619e-36)),
        ("-99702073138498233276762651369326169231236461239920216043022473286143352095274430598744509132878370731483732706085722043081532684299853421954789465491014606373653479064634167088565175235701478963629678133248", "-199851654295584301568103148615269160595936018479729076791326933260945120120030559022365609862774612461620599375500957248029345103381203916008230016388751190043834269252065033671740597324126652932534435764471004988336760214750621316975121092441289799882944343530528571392", Ok(4.988803995139166e-64)),
        ("-2865896862006909872101305821486874390074806485601696608287877096538104535975548458457132218183969193276439215132048486194062991594826514088774210766205138596746790038165035963145530920020606201150041868833892062612541993413538384417019294793240251735240828145106944", "-2516091237400392609016133363602343000505832277926928795587320847016200968979654860647812660337952909718937747859060480996010960319184830906026360211536055152417334592275693710656844597338976868722968379248345088", Ok(1.139027400678814e+54)),
        ("-2639382073904156405069518840795991084979191992858706217976065668112915797942149010257481320293647546405067241648300121478879527077984559288338394433145521570624209048252250085273558527154424483585582707615790738530985179813103170838630950365415999398391294552862466271330140571101930359439413064360240854884366830641770339026075648", "16815023399975612256059017488087407820288209444480472374935806907429925439673130211790729441881712575897939618015247983606050824926759843641030062109184845332448392466036600765353598024798138113159831784545467770565452999373038647683841225143766252901876783502065664", Ok(-1.5696570924236624e+65)),
        ("-38622313444307568330121791208357953261323724156963617773588493998731629567588097548042836924735994067037524466378619666684505614393722321238697690176449518909286070852998444102330554992455215533476248290487012958148821435659513509691661019842755851734313586279891587512488666119595251549866971086442704404480", "1956478012905061557182115451586493564286759689691050384367159876457291571807095595004310718740436658064737906291241151263231967232", Ok(-1.974073472308514e+178)),
        ("-151774756341625839486100057971264707462362366543044572435003869553355739833695099425162484133847962811557976069480839832043133514882846265185535327761039831667934670136855072051624564266111996041346792545958038837358240287892973655972057990331801613429785692363855883597163903234459847818336482935573041235145707218257103371821396564901888", "714730261457844292993728103429577617917623971514876428288", Ok(-2.123524978948687e+281)),
        ("-241533595188578646543459493183249209018682958106652187416077203215719946393097526533512110411370161122653976001968886073585317416315186728483931792091692546793561300926464", "1218178206469735289106388610643416747264180224", Ok(-1.982744346482276e+125)),
        ("30428808101192529203811851298456581102119910765501230106571715325633508520190934568283399580652372879007319595504273411876493798193858887471303471000855975499715060146462467169254844875552755854970109718905523232851654496201854721087733262693387206656", "156221680867448063465421729022918817237298497848742581483289902769064369602058482235735110348771980946738226381340127144832255993926498075267190189944364349665466123123414476381417579625637543343057145549342064196277806133581942195929147265515520", Ok(194779.67419266826)),
        ("2145994481877704060833744360966932525300736461902157185024", "600739542589642846413946236169753173795145003363689501394127595849025323008", Ok(3.572254412664166e-18)),
        ("-416999562049915099267946163349920925721034752", "-1152921504606846976", Ok(3.616894648800175e+26)),
        ("-552958846246525003127983737076623343616", "79950772145546693884826098396008907624454714652586485364412779400730959539109105178775192812252796253442968306036538158483111782501757761253893249550277470697006525377810835398176609509623829281528403554499663542565535723028480", Ok(-6.916241474690062e-189)),
        ("-147153356944130748064397224997418061395031807626264749727620405224591392969385072662635536515269076077070716443546213126059352220790477685876590737882909181220870299496025206837143260540623409438966194832720887600043712382574038468155476742773066219738301508608479210407686999853727137544835868002641549874812118631720638664527899304499609600", "-358331491077734197040816637288786235436345190818847803718774668196055169039905176199812188001885437821455923151889225721232558602907025408", Ok(4.106626422967894e+203)),
        ("6948092666284597228953518386829192870205950073742409327067840707206833040416260330629098302170143000140120513147055348871081525799936607052919395026009128866962864162775927843307181651966205086410726785144586240", "-4031318776980386261718984124456401145692814871688116774222859024720170692712205880781460924670365521949811692691497082103497253621486233123830067783293662979126338233847536593878195896320", Ok(-1.7235284656622932e+24)),
        ("-219954876022475507035107831217578135745788070571336875431753581362015954205668152407270949482733720394791269727890573107938092163424164532122763018404902256597310929766590894508017729413081912785501689994663524542688794448686909985439969822283801646290986874740260669708633360778133504", "-3699426019493848011703077232813091393504079249408", Ok(5.945648726679214e+235)),
        ("38282938233300712375072035452111953483936907765093010105804115340994623797115560866894314760774752106624142161675929296576292795684788815684791078817582923904050449352574303209811180196833203619595399725056", "-522036798989946281662733141766183859761100972555215913202408929540551600580437699829487208474083328", Ok(-7.333379238278179e+106)),
        ("0", "-7438938177192324877523247976787508511033245360672562617777576279430521840587195289141895709469809401477950735508431246893622396964740357743129051021037737101285217650335785631968561497103277819222319110005285069847327445058136766544680357470729848116058436090967278857029560819533337585135865249599780964809095979728896", Ok(-0.0)),
        ("-110318438542556833033276203950100765739731755980779025339538516087312598694345210649222268825688951649062954407064626111554273344840284495422673164885254484156891806040064", "-222611395765215345904373515595766724837318577049240644506225830696384633927830365571074369876515267922471678523973945607465219655046943907890078639573492390435525165677771268039159365193424961669025067966591336632095726521810944", Ok(4.955650997261071e-58)),
        ("134647311149979794993530286413002864902425295873125209544241223030013223500825394856128931234450986170343074379876291051520", "-6048618520568454538876636422758126192907004281625296949393170094739290144167688075951546781932399269353586385154458671697608689235551350877443373906288817523433089593653220529779512949773275164893598659706914728353277498106581599859249407960642105439448127308229296624112499510364642687464363832062361761437413095250971647083146000098977455800320", Ok(-2.226083703115162e-224)),
        ("-60351176475116010500056127511889812099015901951924637451401629218501805942444738488348162590305257934489167621468990566656449058451316675318822588187482081476459295794259548490938305229004899750755867335820655658636324209512758324790893613611402602042545077285627632470564783530889055332429510225821577992268507611237932610244328900508875055500513245636093991391026279185623436321767557169152", "15909088018806672805329424013041746257376318845664885641860108464466619962719722714715246559915983812252254290148720859395861369979800868585005110210395298986535953267321188712151709769752752965514303619662907930580044226798179895531704004807630056851753365435710439424", Ok(-3.793503210477737e+123)),
        ("662472308989972985801739301699871303328416015581184", "-189062303107140241672221583289428529943004581456546031256052137084030368720000627420336652417652416627256016208727392207122879070873449012465595734629317470491725095917481277672914944", Ok(-3.5039894156719055e-132)),
        ("-10482695194598157687908001657886294399277297527336615161258683682465203473792337189622952569854507976943734464482148796845395544112964208908063718590697976878132543551505016589325107734884075456791201343232855515241821921584912948813647829291186485629027309755288955338652211873835772245799005413778933334809829021713757473938819741632167936", "-45671926166590716193865151022383844364247891968", Ok(2.2952163559649278e+293)),
        ("-1013180780826516709956246118826019193716112365824354935345253860069239884349440", "6069019772392773510853079587451265727719501105424791925535522657732462000323093939090091873707064513283984848401108321759776555931401977799297653204020263069731501247154750526474271097396210165272793079691254373951646742669523005997056", Ok(-1.66943068044588e-157)),
        ("-13951577043758477001998358904702496669696", "131402740117846663776631564819486206371189575220069683671793175637718756955675137411169175195959118148365488450995146525715364012629703977423128334351374221312", Ok(-1.0617417133954897e-118)),
        ("-3223843342076468752610574280702999102731908093089106966325914503935041866979383603951236647173518390841647031833134102451327509942313588774650621581776359496862990655929697959936", "-441252181048158983898298256594473103648649048726808988231781551697295910993937265610292800155504687026702791484106874465331765135293498585566648920076085329129811889294174393839473761326984926206837087418567895369646080", Ok(7.306124435279819e-42)),
        ("45445442729384475420396663275794676173140979173122536950822341363349358685313842598961382101819228914167796375944016609816706615353150021468424670673203524087160912603653861750011588488133417338142720", "672163436710102258538133819760937541698272766312040274353127093769660882681002140368896", Ok(6.7610703360802805e+112)),
        ("-4559812651826444834195234290855407957090090007628384760059178903008965184712365188331285405538052593852369811603280016932077748027455925745965667786802054192879561525427833437471626456711869732225024", "76546455798524475786444735882660081906644251241333825260570846007295862690423877890498179555492686436731314164555385490070910456430500460691356845736586194564613399013447354038618720071921396937142902029601666725082601030156288", Ok(-5.956921981898397e-29)),
        ("246057968773413817977047145231274211323384238978999089131477600816040238907392", "-774054167825849514159407882448409308905253903477566241477375802519413616269244252425460421368129646779589655009809228852097009350409464053760", Ok(-3.178821056729626e-64)),
        ("8655577598126739396236735036072208081204794589775815018544508256693025219489380097628852320463375366466345287569524796274808382414891999842312830623136802028067007430639699299020497185610570810212749031968132110813561295548441587529128294789399125630804600109428539364737024", "-2353070291704925790975241387185125995372628701513965037790485033373169587277907494428728939328291551559600591111728301924833806433496623025599105400567758848", Ok(-3.678418629753431e+117)),
        ("22237978156218486789929008596469297908515820471821394451896613799304295009709032441666824288282232274511239271151534658510305208647179130623583958018840475825890419998393793497501091791137263403056493066452992", "12736", Ok(1.746072405481979e+204)),
        ("-3292197294093470545426880381675796802812051904623780534214853092041343238615833265433783852388911346078009558349137962208379086637467673029315313032823196781482965609902264984260297047223022864118962792411474522592521984364852173485266994152787947279949304197068106125668669149774063141836444990064141278657775037995865825617102748087919873380513034078781998538266094075904", "232821802348891667636148335156811536509743946990767859465512215605818187839422070784", Ok(-1.4140416665789732e+289)),
        ("-551308974081898964330804108689008269574552479399762556327357641706162449667899259608564020226695658787821601716579932880509281106224722566603739442764912163607391387077708795469129818927696802299736448823501967589376", "-5656157171565028917228374816552415742225381389585523177030874932480789224123022936899351162051069241044961755195459631675104299323649426102850247756898753451118221088625055352484218416108044260446846975853751583272599552", Ok(9.747058954681676e-05)),
        ("111235643570080530564990564602535901460553261250014888753416181532827684182102537593638280963918701443031794515413804131921324378222096559810735537846891176318205952", "27474329036649246189346622111537406034436330405856298115600341560431504890229991160621444886917647766868395472376297716914234569528293202509733842342945007735308167634047261999104", Ok(4.048711923836185e-15)),
        ("72297945238922611914083825731365868883210056749979471401845418641348525972661751701342693469208179302193198636706673882629963405502663340211803328682585922193309940107384065844213454012579577856", "-4743575183150251313052493452165242713133179792399024037891574250297210339727780332016688711697065097489311751171513272903651293707804200874488653549160504492032", Ok(-1.5241235238714798e+34)),
        ("-427928459241867913108355988644027641094770296832321701590640265273469999069296207353002381319078888708367579093528211369293413367979227865920403271678474594122264434587681446908187815943681288502238846771320449690796829325547023175798082991572657066966253568", "170141183460469231731687303715884105728", Ok(-2.5151374319745062e+219)),
        ("53069677721269232496593973865998753449461005025064295560529269705889626057559629742398900646822663932508025238931296600962378534424248517316837376", "-1262043668199797880362933785046867527808778761625383575817669639898542880538039907699967103142302056448", Ok(-4.205058751807597e+43)),
        ("367414477506409118546410492975037935672521603450606902584498245605645439178412283278516973157313555836358455772650520755963355226120563000893551319117154067896627342475917550696195743927884562297913138190173915600186629203141906274191523485150350386906262055205383492860047532679713783808", "96111459636800000875630550920809392801203487597779371161980928931365634286996595171005861159646281966779017149626213116773539882387440451958639602902176471147610112", Ok(3.822795730028953e+123)),
        ("239305081644209027457455131909806372925109558420826845725209292026920414755832636249193694530011170444378281338078436805007764752815726565640343984653174734070982587938611086369669195939168256475356978861338932533717935918675538791211574530189912325877670181525425542086566871040", "-1018761812437367213238552724772942575663956942127104", Ok(-2.3489796998935053e+227)),
        ("-5507104592432940677242899223383771030065797944480453357755315682310093364308286990710070178655737851751346372929635654832980201906616939771090256562158118198561448718781259640016083218971299667828009812222838450837765770582434373346515610289162303476636480913101764900862665715013473306656584295312507979956224", "-987953496669589456981881164509097279057035264", Ok(5.574254872316863e+264)),
        ("-28693640915149345054707941194502092662535768988231363542464494235644090006462660488223384897840174187930909946209300904403738026887290545705583399036909706909330545603739526836245067537165125920801424916520387339762597006094444633443886311346969910605862957503487943974440345493540489809537373817873868259328", "-6460565671065679811591980742433862288235791164863879384551143807484209783571285381854286184773840138623978734025814413595599273764884708104887575118243521619116526687262890451664980487238195112146213298078920347310029275136", Ok(4.441351172027679e+84)),
    ];

    const DIVMOD: &[(f64, f64, f64, f64)] = &[
        (5.0, 3.0, 1.0, 2.0),
        (-5.0, 3.0, -2.0, 1.0),
        (5.0, -3.0, -2.0, -1.0),
        (-5.0, -3.0, 1.0, -2.0),
        (0.0, 3.0, 0.0, 0.0),
        (-0.0, 3.0, -0.0, 0.0),
        (0.0, -3.0, -0.0, -0.0),
        (-0.0, -3.0, 0.0, -0.0),
        (1.0, f64::INFINITY, 0.0, 1.0),
        (-1.0, f64::INFINITY, -1.0, f64::INFINITY),
        (1.0, f64::NEG_INFINITY, -1.0, f64::NEG_INFINITY),
        (f64::INFINITY, 1.0, f64::NAN, f64::NAN),
        (f64::NAN, 1.0, f64::NAN, f64::NAN),
        (1.0, f64::NAN, f64::NAN, f64::NAN),
        (1e+308, 1e-308, f64::INFINITY, 3.498445546245627e-309),
        (3.0, 0.1, 29.0, 0.09999999999999984),
        (-3.0, 0.1, -30.0, 1.6653345369377348e-16),
        (1.0, 0.1, 9.0, 0.09999999999999995),
        (0.3, 0.1, 2.0, 0.09999999999999998),
        (1e-320, 3.0, 0.0, 1e-320),
        (-1e-320, 3.0, -1.0, 3.0),
        (7.5, 2.5, 3.0, 0.0),
        (-7.5, 2.5, -3.0, 0.0),
        (1e+300, 1e-300, f64::INFINITY, 4.891554850853602e-301),
        (5e-324, -1.0, -1.0, -1.0),
        (573450.6574, 2.3216339288873025e+30, 0.0, 573450.6574),
        (
            -68479278965.33517,
            -0.000225,
            304352350957045.0,
            -4.380543579076741e-05,
        ),
        (
            15260.380060828162,
            6.334559343441922e-135,
            2.4090673452490444e+138,
            1.0177051696525711e-135,
        ),
        (
            -174.55,
            1.7976931348623157e+308,
            -1.0,
            1.7976931348623157e+308,
        ),
        (
            1.8064820629250412e-09,
            1.2379400392853803e+27,
            0.0,
            1.8064820629250412e-09,
        ),
        (
            -5.65391060729083e+73,
            -3.074533e+30,
            1.8389493972875979e+43,
            -2.2642642258142556e+30,
        ),
        (
            2.2939922684241518e+91,
            2.7283737904916376e-268,
            f64::INFINITY,
            2.6453582929075665e-268,
        ),
        (
            -4.05930806e+33,
            8.3867194e+19,
            -48401620066126.0,
            8.191110051467762e+19,
        ),
        (
            -6.34473e+24,
            -424419101.714,
            1.4949209341372844e+16,
            -170938583.37626743,
        ),
        (-1.8827498946116282e-183, 760671.0, -1.0, 760671.0),
        (
            7.744716910192515e+18,
            -6029729168846.0,
            -1284423.0,
            -5918044170786.0,
        ),
        (
            -29247.0,
            -6.525421831040933e-16,
            4.4820090956992635e+19,
            -3.6779577705488657e-16,
        ),
        (3.453e-18, -26520.0, -1.0, -26520.0),
        (
            5.665679157225937e+19,
            1.4772909925643706e+269,
            0.0,
            5.665679157225937e+19,
        ),
        (782.895, -2979.185, -1.0, -2196.29),
        (0.00095, 0.5, 0.0, 0.00095),
        (5780.75, 0.0001, 57807499.0, 9.999999972297643e-05),
        (0.05, 0.15, 0.0, 0.05),
        (
            1.3795150789122367e+304,
            -34182985.0,
            -4.0356776300028706e+296,
            -568604.0,
        ),
        (-5.623705754580371e-225, 0.535, -1.0, 0.535),
        (
            1000000000000000.0,
            1.579330264983851e-222,
            6.331797865028725e+236,
            4.306323186154252e-223,
        ),
        (-9920808502768816.0, -4.76572e+30, 0.0, -9920808502768816.0),
        (-4.0402666219947704e+16, 543650.5, -74317353190.0, 472391.0),
        (f64::INFINITY, 2.8593760979654385e-291, f64::NAN, f64::NAN),
        (
            4.891037802057033e+22,
            -6933115220531918.0,
            -7054604.0,
            -4346655017142184.0,
        ),
        (8.815, 99.5, 0.0, 8.815),
        (0.3, -2.81406664e-10, -1066072835.0, -7.837245185078613e-11),
        (
            6.243497100631985e+144,
            82.28975,
            7.587211166192612e+142,
            28.94702821103587,
        ),
        (
            2.2250738585072014e-308,
            -8.936357032986275e-250,
            -1.0,
            -8.936357032986275e-250,
        ),
        (0.07788211765, 4.134795329939962e+71, 0.0, 0.07788211765),
        (0.085, 1.402757983365378e-191, 6.059491445279478e+189, 0.0),
        (f64::NAN, 0.5, f64::NAN, f64::NAN),
        (3.036318725058402e+27, 949.5, 3.197808030603899e+24, 284.0),
        (-2.3322373264656174e-107, 0.07904, -1.0, 0.07904),
        (
            2.9237820161453577e-26,
            9.40169960956275e+34,
            0.0,
            2.9237820161453577e-26,
        ),
        (
            -7.8182e+20,
            -7.997856069115728e-138,
            9.775369714629546e+157,
            -6.20631193536773e-138,
        ),
        (
            2.675,
            0.00013620151494076767,
            19640.0,
            2.2465633227491434e-06,
        ),
        (
            -1.6704779438076223e-52,
            -2.8457650285499604e-05,
            0.0,
            -1.6704779438076223e-52,
        ),
        (
            1.41397294725106e-91,
            -5.614848435547904e+19,
            -1.0,
            -5.614848435547904e+19,
        ),
        (
            913421630946.0,
            -5.917783583599e-52,
            -1.5435198297510015e+63,
            -4.400825937316428e-52,
        ),
        (3.02546243347603e-123, -0.5, -1.0, -0.5),
        (
            6.0058915304103e-235,
            -8.683086710387346e+17,
            -1.0,
            -8.683086710387346e+17,
        ),
        (-0.004285, 0.2, -1.0, 0.195715),
        (
            83632420000000.0,
            4.337205,
            19282561004148.0,
            4.2741039151102065,
        ),
        (0.08326243734659, -948110551030.0, -1.0, -948110551029.9167),
        (
            6.562735881116222e+18,
            2.3081383041763238e-23,
            2.8433027038465025e+41,
            8.515715683811496e-24,
        ),
        (2.547331e+22, 5.146124250789007e+53, 0.0, 2.547331e+22),
        (
            1.131959884853339e-72,
            -3.733673001604663,
            -1.0,
            -3.733673001604663,
        ),
        (0.0009722225143805, -0.000105, -10.0, -7.777748561950003e-05),
        (
            -3.74772440804112e+19,
            -4.728915,
            7.925125336448466e+18,
            -3.0697541379665596,
        ),
        (
            6.994161962705e+37,
            2.3351001657461415e+243,
            0.0,
            6.994161962705e+37,
        ),
        (
            7.079777011028166e+59,
            7.3986273470028e+30,
            9.569041227486878e+28,
            2.1467962765535072e+30,
        ),
        (0.0005, 4.35, 0.0, 0.0005),
        (-0.105, 6e-17, -1750000000000000.0, 6.0051312676390896e-18),
        (5.714947e-17, 0.05, 0.0, 5.714947e-17),
        (-37164653322.0, -4681455800959462.0, 0.0, -37164653322.0),
        (61.45, 0.9265, 66.0, 0.3010000000000035),
        (
            6.81146730413e+26,
            -8349144040.847098,
            -8.158282179353698e+16,
            -7004121053.944051,
        ),
        (-59246127.1436312, 0.5, -118492255.0, 0.3563688024878502),
    ];

    const POW: &[(f64, f64, Result<f64, (&str, &str)>)] = &[
        (
            0.0,
            -1.0,
            Err((
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            )),
        ),
        (
            -0.0,
            -1.0,
            Err((
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            )),
        ),
        (
            0.0,
            -0.5,
            Err((
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            )),
        ),
        (0.0, 0.0, Ok(1.0)),
        (-0.0, 3.0, Ok(-0.0)),
        (-0.0, 2.0, Ok(0.0)),
        (-0.0, 0.5, Ok(0.0)),
        (
            -0.0,
            -3.0,
            Err((
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            )),
        ),
        (
            -8.0,
            0.3333333333333333,
            Err((
                "ValueError",
                "negative number cannot be raised to a fractional power",
            )),
        ),
        (-1.0, 1e+300, Ok(1.0)),
        (-1.0, f64::INFINITY, Ok(1.0)),
        (1.0, f64::NAN, Ok(1.0)),
        (f64::NAN, 0.0, Ok(1.0)),
        (f64::NAN, 1.0, Ok(f64::NAN)),
        (f64::INFINITY, -3.0, Ok(0.0)),
        (f64::NEG_INFINITY, -3.0, Ok(-0.0)),
        (f64::NEG_INFINITY, 3.0, Ok(f64::NEG_INFINITY)),
        (f64::NEG_INFINITY, 2.0, Ok(f64::INFINITY)),
        (f64::NEG_INFINITY, 0.5, Ok(f64::INFINITY)),
        (0.5, f64::INFINITY, Ok(0.0)),
        (2.0, f64::NEG_INFINITY, Ok(0.0)),
        (-0.5, f64::INFINITY, Ok(0.0)),
        (-0.5, f64::NEG_INFINITY, Ok(f64::INFINITY)),
        (1.5, f64::INFINITY, Ok(f64::INFINITY)),
        (
            2.0,
            10000.0,
            Err(("OverflowError", "(34, 'Numerical result out of range')")),
        ),
        (2.0, -10000.0, Ok(0.0)),
        (10.0, 308.0, Ok(1e+308)),
        (
            10.0,
            309.0,
            Err(("OverflowError", "(34, 'Numerical result out of range')")),
        ),
        (-2.0, 3.0, Ok(-8.0)),
        (
            -2.0,
            1025.0,
            Err(("OverflowError", "(34, 'Numerical result out of range')")),
        ),
        (
            -2.0,
            1024.0,
            Err(("OverflowError", "(34, 'Numerical result out of range')")),
        ),
        (2.0, 0.5, Ok(1.4142135623730951)),
        (1e-320, 0.5, Ok(9.99994433575849e-161)),
        (-1.0, 3.0, Ok(-1.0)),
        (2.0, -1074.0, Ok(5e-324)),
        (2.0, -1075.0, Ok(0.0)),
        (4.0, -537.5, Ok(0.0)),
        (0.5, 1074.0, Ok(5e-324)),
        (2.0, 1023.0, Ok(8.98846567431158e+307)),
        (
            2.0,
            1024.0,
            Err(("OverflowError", "(34, 'Numerical result out of range')")),
        ),
        (43291044225.0, 1.5, Ok(9007351116674624.0)),
        (5.0, 23.0, Ok(1.1920928955078124e+16)),
        (9.0, 0.5, Ok(3.0)),
        (
            1.0000000000000002,
            1e+300,
            Err(("OverflowError", "(34, 'Numerical result out of range')")),
        ),
        (0.9999999999999999, 1e+17, Ok(1.5078657172714957e-05)),
        (0.1, 1.7976931348623157e+308, Ok(0.0)),
        (10.0, -5.0, Ok(1e-05)),
        (1.1, 2.5, Ok(1.2690587062858836)),
        (3.0, -34.0, Ok(5.9962169748381e-17)),
        (
            1.0000000000724871,
            585511214988.1013,
            Ok(2.706061796486826e+18),
        ),
        (
            1.923062478078141e-26,
            -0.7706134681679829,
            Ok(6.562979352301109e+19),
        ),
        (-1.6139334749854681, -1.0, Ok(-0.6196042250186328)),
        (
            1.3752043052467682e+294,
            0.07540692844498942,
            Ok(1.513808049202535e+22),
        ),
        (
            3.100381395850606e-163,
            0.8588150852460528,
            Ok(2.7238038220892495e-140),
        ),
        (1.0, 0.5, Ok(1.0)),
        (-0.5829832001507143, -5.0, Ok(-14.849772514973708)),
        (
            3.059442997498519,
            -9.134971288822896,
            Ok(3.661600258909711e-05),
        ),
        (
            6.773140576097281,
            0.6168519155438741,
            Ok(3.2544264286880766),
        ),
        (3.0, -1.5, Ok(0.19245008972987526)),
        (-0.059395503502920555, 21.0, Ok(-1.773474438504788e-26)),
        (89.0, 2.5, Ok(74726.56454702036)),
        (
            3.8893965107647987e+117,
            -1.2798686287292083,
            Ok(3.165182022256476e-151),
        ),
        (
            1.0000000000882874,
            -886906429446.4932,
            Ok(9.853587433986717e-35),
        ),
        (
            1.0000000000150655,
            663152732321.2666,
            Ok(21823.232804881016),
        ),
        (-0.6433862781792095, 35.0, Ok(-1.9793053507963296e-07)),
        (42.0, 0.75, Ok(16.498215337821545)),
        (
            1.0324760049088626e+189,
            -1.1196548695067663,
            Ok(2.3425501127149946e-212),
        ),
        (
            8.676138705507277,
            -7.974424703977943,
            Ok(3.291441085408833e-08),
        ),
        (
            5.267573834757896,
            -8.703549539392348,
            Ok(5.241144316765399e-07),
        ),
        (
            1.6410901840771966e-104,
            0.08980366109125693,
            Ok(4.783424547934016e-10),
        ),
        (9.0, -1.5, Ok(0.037037037037037035)),
        (1.1805618133942994, -33.0, Ok(0.004178995128672327)),
        (51.0, -1.5, Ok(0.002745647223584333)),
        (2.0, 0.5, Ok(1.4142135623730951)),
        (37.0, 0.1, Ok(1.4348951656753595)),
        (
            5.046237426517009e-220,
            -0.5390323238930518,
            Ok(1.6150610895624356e+118),
        ),
        (
            1.597370097304761e+224,
            1.4276602542916041,
            Err(("OverflowError", "(34, 'Numerical result out of range')")),
        ),
        (8.854051864652538, 3.155159262436417, Ok(973.6078090491574)),
        (9.652531719890266, 7.074255951894017, Ok(9238556.828906476)),
        (0.8772649235573491, 3.0, Ok(0.675137598846211)),
        (
            2.5320194920784806e+131,
            1.3906440783789278,
            Ok(5.43817681667326e+182),
        ),
        (3.0, 0.25, Ok(1.3160740129524924)),
        (
            7.832356396465906,
            -5.072191642757414,
            Ok(2.9241943341392584e-05),
        ),
        (
            3.2638852162929033,
            -9.229623245185511,
            Ok(1.8130953157466502e-05),
        ),
        (1.00000000003732, 768107867886.9836, Ok(2814281107660.198)),
        (57.0, 0.3333333333333333, Ok(3.8485011312768047)),
        (3.169605667771541, 3.184243439266334, Ok(39.384254747343356)),
        (
            1.646330434522664e+119,
            -1.0452055618437697,
            Ok(2.4787536168075086e-125),
        ),
        (
            7.245164573992353e-158,
            -0.7333268347206314,
            Ok(1.7176845975952049e+115),
        ),
        (
            6.492303147160743,
            -9.376998462050148,
            Ok(2.410670165057658e-08),
        ),
        (
            1.7557138197287003,
            -2.7298044996408555,
            Ok(0.2151241237846443),
        ),
        (
            8.877640040286915e-145,
            0.6696309174739228,
            Ok(3.4556226547798976e-97),
        ),
        (1.4503882250467894, 37.0, Ok(943882.2425507098)),
        (9.619756035531239, 1.6184874210597915, Ok(39.01563331516899)),
        (32.0, 1.5, Ok(181.01933598375618)),
        (2.606162681734616, 9.602926562091188, Ok(9881.709054160248)),
        (0.8273181364398741, -40.0, Ok(1963.8042662857365)),
        (38.0, 1.5, Ok(234.2477321128211)),
        (2.668890872015445, 9.975078036305128, Ok(17893.000010500386)),
        (15.0, 0.25, Ok(1.9679896712654303)),
        (7.121513373954196, 6.951302431405772, Ok(844282.6443798952)),
        (-0.9349657938965663, -13.0, Ok(-2.396931427950843)),
        (4.004785226690925, 4.751705492865451, Ok(729.926343661739)),
        (
            4.536705563455838,
            -2.6182286800134342,
            Ok(0.019076686439156016),
        ),
        (2.026008938237742, 7.510968591530197, Ok(200.98960722091752)),
        (53.0, 0.75, Ok(19.64295863997752)),
        (
            9.867335493699463e+207,
            1.4731999151550248,
            Ok(2.6123877436315643e+306),
        ),
        (13.0, 1.5, Ok(46.87216658103186)),
        (
            9.659513925426067,
            -2.3837058065019434,
            Ok(0.0044890701985952144),
        ),
        (-0.7923343360660517, -8.0, Ok(6.437721530963454)),
        (0.09676506553552855, 9.0, Ok(7.4381915075381e-10)),
        (
            4.605807517276623e+45,
            1.4688145594199478,
            Ok(1.1774117544412324e+67),
        ),
        (
            9.203642751276569e+21,
            -0.2829629539465328,
            Ok(6.095552385937272e-07),
        ),
        (6.640353155580959e+264, -1.2533982964431043, Ok(0.0)),
        (12.0, -0.5, Ok(0.28867513459481287)),
        (50.0, -0.5, Ok(0.1414213562373095)),
        (3.1137504116462464, 5.858056778424823, Ok(775.6833980210495)),
        (37.0, 0.75, Ok(15.002073644034486)),
        (
            1.0000000000828113,
            128076676892.91968,
            Ok(40384.35853990724),
        ),
        (0.709036506285009, -8.64896098028966, Ok(19.568677829944587)),
        (
            9.136013929477649,
            -5.453175947391147,
            Ok(5.765332815896392e-06),
        ),
        (-1.7369036579691826, -8.0, Ok(0.012072415146867214)),
        (1.0, 1.5, Ok(1.0)),
        (
            1.00000000009004,
            736461910666.9377,
            Ok(6.287916452905705e+28),
        ),
        (
            0.9999999999634477,
            611018962752.4602,
            Ok(1.9970923058295022e-10),
        ),
        (0.2529741321008405, 40.0, Ok(1.3275307346575879e-24)),
        (-1.9391399404206866, 9.0, Ok(-387.68800520613)),
        (
            6.150787996162758e-212,
            -0.857709925199215,
            Ok(1.4382368128839757e+181),
        ),
        (
            3.8197224724863303e+42,
            -0.35803250159044175,
            Ok(5.678696108662483e-16),
        ),
        (5.196438420359522, 9.176497010516101, Ok(3695489.7110839696)),
        (
            3.2009374979475634e-110,
            0.27212044471278496,
            Ok(1.6004692571863163e-30),
        ),
        (
            1.9052609768891648e+114,
            0.03913538528595839,
            Ok(29674.953612274312),
        ),
        (1.817137581641643, -6.0, Ok(0.027776219611736864)),
        (8.459087469400936, 4.9858096839375605, Ok(42020.24350447563)),
        (
            6.717997276192902,
            -0.10196427825065868,
            Ok(0.8234762695859507),
        ),
        (90.0, 0.75, Ok(29.220112392758903)),
        (1.9645625744788067, -35.0, Ok(5.4411998559042365e-11)),
        (
            7.463486973634635e+260,
            0.4742195686094419,
            Ok(5.141074678245819e+123),
        ),
        (
            1.3229555477944202e+167,
            -1.4124800290186905,
            Ok(8.793361204688054e-237),
        ),
        (1.1553422461147123, 15.0, Ok(8.722878232076445)),
        (
            2.20389644623682e-135,
            0.846886651892965,
            Ok(9.139996464463144e-115),
        ),
        (-0.37142600844962903, 36.0, Ok(3.2764474150264835e-16)),
        (
            1.1200032322170957e-138,
            1.0791136589996633,
            Ok(1.3659293945521277e-149),
        ),
        (-0.4998648950408553, -31.0, Ok(-2165550062.8630486)),
        (
            0.9999999999861161,
            234257507831.4087,
            Ok(0.03868101315343656),
        ),
        (-1.3033986101242605, 7.0, Ok(-6.39058734208742)),
        (5.783637533944069, 2.636701096940829, Ok(102.25778723222923)),
        (
            1.0000000000798768,
            229472310625.42847,
            Ok(91285946.22458367),
        ),
        (
            1.0000000000650466,
            -607639798476.4126,
            Ok(6.831932982338364e-18),
        ),
        (
            0.9999999999012829,
            -698844762433.4058,
            Ok(9.143035572968688e+29),
        ),
        (68.0, 0.1, Ok(1.5249334511509007)),
        (4.0, 0.25, Ok(1.4142135623730951)),
        (5.233184200173562, 2.6037739791757826, Ok(74.38823663791027)),
        (
            6.957236238999474,
            -9.357070445739701,
            Ok(1.3099658678072665e-08),
        ),
        (86.0, 0.25, Ok(3.0452616464756694)),
        (
            5.617463103604104e-179,
            0.8768801001771149,
            Ok(4.96271093059331e-157),
        ),
        (
            7.717346413812201,
            0.5271390438200907,
            Ok(2.9364257944521803),
        ),
        (
            5.323045945137776,
            -7.613713302180796,
            Ok(2.959540677376464e-06),
        ),
        (1.3547718762799361, 18.0, Ok(236.36931999222526)),
        (
            4.732283714912062e+202,
            -0.11900739232346957,
            Ok(7.588716665904368e-25),
        ),
        (
            7.5601411136424765,
            -5.261254340942383,
            Ok(2.3868808494512972e-05),
        ),
        (4.809764155098622, 2.388247200223706, Ok(42.567702550947665)),
        (36.0, 0.75, Ok(14.696938456699069)),
        (
            0.18401678729886184,
            7.2386097982907,
            Ok(4.770785519919663e-06),
        ),
        (-0.6129707201466634, -26.0, Ok(336176.2432696778)),
        (
            1.0000000000090001,
            207908323420.87988,
            Ok(6.496104987217471),
        ),
        (
            0.999999999935755,
            155593638602.6101,
            Ok(4.557634750627279e-05),
        ),
        (1.5016487376581664, 29.0, Ok(131972.15396754682)),
        (
            4.6610794070043955,
            -4.128329579295793,
            Ok(0.001738871148172355),
        ),
        (
            1.0000000000437839,
            -694759069188.529,
            Ok(6.153085826708585e-14),
        ),
        (
            0.9999999999690914,
            712504739145.8577,
            Ok(2.727322974641208e-10),
        ),
        (
            1.0769131141721784e-173,
            0.931373216601532,
            Ok(7.98740559196243e-162),
        ),
        (0.49090151863290776, -19.0, Ok(743201.9889894695)),
        (13.0, 0.5, Ok(3.605551275463989)),
        (1.884844951710455, 2.0, Ok(3.5526404919883876)),
        (
            2.9431177789127462e-36,
            -0.0789336144199555,
            Ok(637.6838783066343),
        ),
        (
            2.200758623509996e+216,
            -0.6997028805284763,
            Ok(4.211908250118169e-152),
        ),
        (
            2.271068404417612,
            -4.968940704513929,
            Ok(0.016979042008733226),
        ),
        (82.0, 2.5, Ok(60888.409668835986)),
        (
            3.420191565605915e+144,
            -0.6038226019565798,
            Ok(5.334252839077559e-88),
        ),
        (
            0.9999999999757818,
            -180316561847.3313,
            Ok(78.80208811462167),
        ),
        (52.0, 0.3333333333333333, Ok(3.7325111568172478)),
        (
            2.537843786933175,
            -4.3302902857283065,
            Ok(0.017723505817286336),
        ),
        (
            5.399071482429433e+255,
            0.46750353941446887,
            Ok(3.595541546435944e+119),
        ),
        (
            1.873330546133129e+230,
            -0.4169824136307003,
            Ok(9.55805330653798e-97),
        ),
        (9.555500773892177, 7.623375616846506, Ok(29705732.391246468)),
        (
            9.547702007865492e+163,
            -1.2182029925330622,
            Ok(1.7345886429084114e-200),
        ),
        (-1.7515343515019328, 14.0, Ok(2557.7684680143375)),
        (0.6582492317731452, -21.0, Ok(6513.320074625078)),
        (
            1.411117464526876e-129,
            -0.49035847576413816,
            Ok(1.5237152249184534e+63),
        ),
        (-0.3784004283349831, -16.0, Ok(5659448.218135026)),
        (5.90320021884801, 7.76692770934412, Ok(974946.9263491763)),
        (
            1.0375975861310571e+46,
            0.983482507208441,
            Ok(1.8028497176339635e+45),
        ),
        (78.0, 2.5, Ok(53732.43311073862)),
        (
            0.9999999999002173,
            799092726707.9246,
            Ok(2.3509473184920314e-35),
        ),
        (24.0, 2.5, Ok(2821.812183686221)),
        (
            0.5411716698190983,
            5.656557268472698,
            Ok(0.03101661916755413),
        ),
        (1.1180447515286303, 5.0, Ok(1.7470121932494735)),
        (
            1.0000000000547742,
            989166873991.9661,
            Ok(3.3917716552320946e+23),
        ),
        (
            4.7973138111380536,
            2.3566913231647018,
            Ok(40.26265224833949),
        ),
        (64.0, -0.5, Ok(0.125)),
        (
            3.6206774611897214e-141,
            0.8946084783411243,
            Ok(2.2914093509258466e-126),
        ),
        (62.0, -1.5, Ok(0.002048389145164363)),
        (
            1.0000000000530862,
            907445085514.5935,
            Ok(8.340401393343905e+20),
        ),
        (
            3.6654686319807254e+219,
            0.45902442064035975,
            Ok(6.099543606531598e+100),
        ),
        (6.0, 1.5, Ok(14.696938456699069)),
        (-1.0136644351644963, -14.0, Ok(0.8269534605934499)),
        (
            7.147345673249193,
            4.0704009048663625,
            Ok(2997.1723191300293),
        ),
        (
            9.939513960829448e+20,
            0.2815263330211568,
            Ok(815288.3062331949),
        ),
        (-1.441658670391515, 4.0, Ok(4.319662268467602)),
        (
            1.976565099518196,
            2.8064234062316213,
            Ok(6.7678683310170396),
        ),
        (
            9.926859102651893e+34,
            1.1022533714770946,
            Ok(3.7614375966950836e+38),
        ),
        (1.000000000012216, 733991701757.4915, Ok(7835.711970894007)),
        (
            4.829437934784477e+156,
            0.9991168956445158,
            Ok(3.5117885428286695e+156),
        ),
        (16.0, -1.5, Ok(0.015625)),
        (
            2.566289148465514,
            -9.62495851792259,
            Ok(0.00011493457618491626),
        ),
        (
            0.9999999999658025,
            -958307981666.7275,
            Ok(170843575831622.75),
        ),
        (39.0, 0.5, Ok(6.244997998398398)),
        (45.0, 1.5, Ok(301.8691769624716)),
        (
            3.2786061225153618,
            -5.4004269821048805,
            Ok(0.0016408084499949318),
        ),
        (5.488047455803594, 2.5347404116303967, Ok(74.85698412066311)),
        (-0.10371295645033474, -16.0, Ok(5580482729525353.0)),
        (1.4446598831069881, 32.0, Ok(129568.55510528051)),
        (64.0, 0.1, Ok(1.5157165665103982)),
        (70.0, -0.5, Ok(0.11952286093343936)),
        (
            4.6374279110331104e-244,
            0.08692042454127602,
            Ok(7.068536526421566e-22),
        ),
        (81.0, 0.25, Ok(3.0)),
        (-0.6816556305002353, -11.0, Ok(-67.7305668245067)),
        (1.4139682575252899, 2.089157510148871, Ok(2.062016544551619)),
        (4.51215377142144, 1.8066401516658246, Ok(15.2137478261655)),
        (
            2.831217439893222,
            -1.805805742405429,
            Ok(0.15269476755467223),
        ),
        (72.0, 0.75, Ok(24.717205726885414)),
        (
            1.1327589760300202e-94,
            0.03795569674121202,
            Ok(0.0002717811508533239),
        ),
        (
            0.9999999999347758,
            50166370192.08093,
            Ok(0.03792823997148021),
        ),
        (3.32859788598837, 1.9024762610641037, Ok(9.853483374402161)),
        (
            0.1939396881268085,
            9.042414103178547,
            Ok(3.6206559443874053e-07),
        ),
        (
            9.472531075408925,
            -8.309498522015176,
            Ok(7.692312067804194e-09),
        ),
        (
            3.7984722196947986,
            9.163884733281343,
            Ok(204865.88756456933),
        ),
        (1.2573313958253238, -10.0, Ok(0.1012750342851354)),
        (81.0, -0.5, Ok(0.1111111111111111)),
        (1.7356647627977888, 40.0, Ok(3789953338.072497)),
        (
            1.0416468411174346e-224,
            0.30044906466663335,
            Ok(5.066798375946543e-68),
        ),
        (
            421.13040824049796,
            0.15313297780722546,
            Ok(2.5228110768181486),
        ),
        (
            1.0000000000940348,
            -355764026098.7494,
            Ok(2.958210378505038e-15),
        ),
        (-0.6227238701893785, -5.0, Ok(-10.6787995159777)),
        (0.8536349790897826, -31.0, Ok(135.07087586673714)),
        (
            2.2536180980624952e+74,
            -1.0433713011159838,
            Ok(2.644469223641546e-78),
        ),
        (
            1.0000000000779934,
            -75725691426.50671,
            Ok(0.0027227759528253032),
        ),
        (5.33652479627631, 3.447946412015403, Ok(321.7721445957437)),
        (
            1.3028161778750106e+266,
            1.2040520009421574,
            Err(("OverflowError", "(34, 'Numerical result out of range')")),
        ),
        (0.1928182149175397, -24.0, Ok(1.4336614585728504e+17)),
        (0.33077511636972856, -22.0, Ok(37177289235.76332)),
        (
            9.207843809009338e-53,
            -0.3973896190375603,
            Ok(4.769836043234402e+20),
        ),
        (1.7286032906359492, 11.0, Ok(411.7642989617295)),
        (
            1.1618300076025645,
            -0.9609403939577525,
            Ok(0.865768647969701),
        ),
        (
            4.1506111764388995,
            -6.099293367316497,
            Ok(0.00016980609160658554),
        ),
        (
            4.798098465650156e-141,
            -1.296057890254897,
            Ok(7.26871217677559e+181),
        ),
        (
            9.184976368568105,
            -3.049894802850077,
            Ok(0.0011553492348890802),
        ),
        (
            2.201778250171508e+90,
            0.660434888093782,
            Ok(4.62934510673937e+59),
        ),
        (60.0, 0.1, Ok(1.5059658546149226)),
        (0.6498408392340154, 34.0, Ok(4.319545342786781e-07)),
        (21.0, 0.5, Ok(4.58257569495584)),
        (
            9.799316590005533,
            -5.3099852535460945,
            Ok(5.454625997876586e-06),
        ),
        (
            3.8377065191990375e-188,
            -1.3858460385870877,
            Ok(5.365642331950092e+259),
        ),
        (
            1.2492467716728267e-156,
            -1.421362602534598,
            Ok(3.937257395522385e+221),
        ),
        (49.0, -0.5, Ok(0.14285714285714285)),
        (-0.6145480397064191, -8.0, Ok(49.15336995957971)),
        (
            8.614889778504399,
            -1.457624136547702,
            Ok(0.04332688103417448),
        ),
        (
            3.734262520184762,
            -2.936600564172009,
            Ok(0.02087675175700455),
        ),
        (
            4.503256593308151,
            -3.3270677435894935,
            Ok(0.006693795162163432),
        ),
        (
            0.5416692195807504,
            8.859814630908009,
            Ok(0.004374556121306227),
        ),
        (
            1.0437190227119802e-192,
            -0.020631025956277416,
            Ok(9136.368018315388),
        ),
        (-1.7093518951799278, -33.0, Ok(-2.072818289413211e-08)),
        (90.0, 0.1, Ok(1.5682823361402)),
        (
            2.319783705752344,
            -8.579335582698493,
            Ok(0.0007323240796762935),
        ),
        (
            0.9999999999201995,
            437070789606.3694,
            Ok(7.119903278402263e-16),
        ),
        (
            7.631784395644897e+235,
            -0.6624442955563792,
            Ok(5.5068078653484546e-157),
        ),
        (
            1.9037274075711896,
            0.2606802572546236,
            Ok(1.1827349797444027),
        ),
        (
            2.869161586814871e-174,
            -0.08339328449857186,
            Ok(296659191755541.25),
        ),
        (2.0, -1.5, Ok(0.3535533905932738)),
        (
            9.201911701687633,
            1.2239550753217614,
            Ok(15.126673934784948),
        ),
        (-0.23942426571204045, 4.0, Ok(0.0032860385697395258)),
        (
            0.543643312005212,
            1.1473994703796198,
            Ok(0.4969348796170948),
        ),
        (15.0, 0.5, Ok(3.872983346207417)),
        (
            6.690058141395047,
            3.6350574617571105,
            Ok(1001.1175815485905),
        ),
        (
            2.8126851495551386,
            -5.034733009630868,
            Ok(0.005480183122082577),
        ),
        (51.0, 2.5, Ok(18574.855342639952)),
        (
            4.42195166250542,
            -9.059622433882126,
            Ok(1.4157318564583693e-06),
        ),
        (
            1.909206765322221,
            -1.4220698105661853,
            Ok(0.39866442028531235),
        ),
        (
            1.249644132946825e-43,
            -1.4915450736793932,
            Ok(9.81921926290123e+63),
        ),
        (
            2.293255502794675e-157,
            -1.3926615280921377,
            Ok(1.3991737818070621e+218),
        ),
        (
            6.015071846790379,
            0.06756052469038032,
            Ok(1.128875164574576),
        ),
        (7.74308458683484, 8.153286214178358, Ok(17683584.057337176)),
        (57.0, -0.5, Ok(0.13245323570650439)),
        (
            3.0895568252543827e-180,
            1.1218939482980956,
            Ok(4.061634827289072e-202),
        ),
        (
            0.9999999999044624,
            743006936981.3,
            Ok(1.484465530473233e-31),
        ),
        (
            1.6171421597751346e+275,
            0.32776018796231243,
            Ok(1.5939365843561385e+90),
        ),
        (
            1.000000000000418,
            -945673464596.0103,
            Ok(0.6734136354202007),
        ),
        (
            7.68216155503866e-20,
            -0.7960715826961565,
            Ok(1646354873157055.2),
        ),
    ];

    const RATIO: &[(f64, Result<(&str, &str), (&str, &str)>)] = &[
        (0.0, Ok(("0", "1"))),
        (-0.0, Ok(("0", "1"))),
        (f64::INFINITY, Err(("OverflowError", "cannot convert Infinity to integer ratio"))),
        (f64::NEG_INFINITY, Err(("OverflowError", "cannot convert Infinity to integer ratio"))),
        (f64::NAN, Err(("ValueError", "cannot convert NaN to integer ratio"))),
        (5e-324, Ok(("1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784"))),
        (-5e-324, Ok(("-1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784"))),
        (2.2250738585072014e-308, Ok(("1", "44942328371557897693232629769725618340449424473557664318357520289433168951375240783177119330601884005280028469967848339414697442203604155623211857659868531094441973356216371319075554900311523529863270738021251442209537670585615720368478277635206809290837627671146574559986811484619929076208839082406056034304"))),
        (1.7976931348623157e+308, Ok(("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "1"))),
        (-1.7976931348623157e+308, Ok(("-179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "1"))),
        (0.5, Ok(("1", "2"))),
        (1.5, Ok(("3", "2"))),
        (2.5, Ok(("5", "2"))),
        (-0.5, Ok(("-1", "2"))),
        (-2.5, Ok(("-5", "2"))),
        (0.125, Ok(("1", "8"))),
        (0.375, Ok(("3", "8"))),
        (2.675, Ok(("3011782250804019", "1125899906842624"))),
        (1e+16, Ok(("10000000000000000", "1"))),
        (1000000000000000.0, Ok(("1000000000000000", "1"))),
        (9999999999999998.0, Ok(("9999999999999998", "1"))),
        (1e-05, Ok(("5902958103587057", "590295810358705651712"))),
        (0.0001, Ok(("7378697629483821", "73786976294838206464"))),
        (123456789012345.0, Ok(("123456789012345", "1"))),
        (1.2345678901234567e+89, Ok(("123456789012345668470312137459279984556384106353869384675412102327497084569150364831449088", "1"))),
        (0.1, Ok(("3602879701896397", "36028797018963968"))),
        (0.2, Ok(("3602879701896397", "18014398509481984"))),
        (0.3, Ok(("5404319552844595", "18014398509481984"))),
        (0.3333333333333333, Ok(("6004799503160661", "18014398509481984"))),
        (0.6666666666666666, Ok(("6004799503160661", "9007199254740992"))),
        (100.0, Ok(("100", "1"))),
        (1e+22, Ok(("10000000000000000000000", "1"))),
        (1e+23, Ok(("99999999999999991611392", "1"))),
        (9.5, Ok(("19", "2"))),
        (99.5, Ok(("199", "2"))),
        (999.5, Ok(("1999", "2"))),
        (0.05, Ok(("3602879701896397", "72057594037927936"))),
        (0.15, Ok(("5404319552844595", "36028797018963968"))),
        (0.25, Ok(("1", "4"))),
        (0.35, Ok(("3152519739159347", "9007199254740992"))),
        (0.45, Ok(("8106479329266893", "18014398509481984"))),
        (1e+300, Ok(("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", "1"))),
        (1e-300, Ok(("6032057205060441", "6032057205060440848842124543157735677050252251748505781796615064961622344493727293370973578138265743708225425014400837164813540499979063179105919597766951022193355091707896034850684039059079180396788349106095584290087446076413771468940477241550670753145517602931224392424029547429993824129889235158145614364972941312"))),
        (4.35, Ok(("2448832297382707", "562949953421312"))),
        (1234.5678, Ok(("5429686605511341", "4398046511104"))),
        (-1234.5678, Ok(("-5429686605511341", "4398046511104"))),
        (1e+100, Ok(("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104", "1"))),
        (123456789000000.0, Ok(("123456789000000", "1"))),
        (-5.569562745115731e-79, Ok(("-2323537855335015", "4171849679533027504677776769862406473833407270227837441302815640277772901915313574263597826048"))),
        (-1049.0, Ok(("-1049", "1"))),
        (2.5934472305506206e+179, Ok(("259344723055062059907025491480697571938277889515152306249728583105665800713306759149981690559193987143012367913206299323899696942213235956742929677132122730441323862712594345230336", "1"))),
        (-8.077935669463161e-28, Ok(("-1", "1237940039285380274899124224"))),
        (-0.09085, Ok(("-6546432418345753", "72057594037927936"))),
        (-5.6605539334e-07, Ok(("-5346242033912819", "9444732965739290427392"))),
        (-1.7480396755415398e-203, Ok(("-6170610555131365", "353001744838527187118638605275578482918919238981447190585425241357836728795149812488234240124403749621362233187285499572265412108234798868453319136060868263303849511435339515071579009061587940965469669934854316295716864"))),
        (-0.91765, Ok(("-8265456396113071", "9007199254740992"))),
        (-9446.0, Ok(("-9446", "1"))),
        (-5.88342072137554e+17, Ok(("-588342072137554048", "1"))),
        (1.1239245733286639e+140, Ok(("112392457332866386876486082143527760645577494188272192258707268051507804534489666697121534596871319423694320186122218640131389891704940134400", "1"))),
        (8.581536573908903e-195, Ok(("5642506077858581", "657516987693546688405123735360016083193792475352896732437285112883591519287135102764208317034698556403372871107022277214127429031272975482890976846331485106244402958891055574773957969735540339658911656466972672"))),
        (-6.0425554317048464e+66, Ok(("-6042555431704846438815021397189823369395671069041198900510883577856", "1"))),
        (5.332645439309271e-25, Ok(("5806736678522581", "10889035741470030830827987437816582766592"))),
        (-8.765214535e-08, Ok(("-6622808853639335", "75557863725914323419136"))),
        (-6050232.494524, Ok(("-3248193837147135", "536870912"))),
        (7.97390387697e+19, Ok(("79739038769699995648", "1"))),
        (-5.890344207354891e+151, Ok(("-58903442073548911693009241407211603849177645884293881715926089056143657245081902930427992107777469779342332753704343255450915627268722026884501560360960", "1"))),
        (8.88965e-05, Ok(("6559403938194085", "73786976294838206464"))),
        (206.0, Ok(("206", "1"))),
        (-4.407212831701244e-280, Ok(("-1", "2269007733883335972287082669296112915239349672942191252221331572442536403137824056312817862695551072066953619064625508194663368599769448406663254670871573830845597595897613333042429214224697474472410882236254024057110212260250671521235807709272244389361641091086035023229622419456"))),
        (5.653074969287674e+185, Ok(("565307496928767398943244500417924265127341130093627763878667590348526951252486112195829959532488259804416538497132283415183552751468636916201730109360494640874514036136418687166418255872", "1"))),
        (-5.297913e+28, Ok(("-52979129999999996044867796992", "1"))),
        (-6.0992174752e-11, Ok(("-4719040950536979", "77371252455336267181195264"))),
        (92.5, Ok(("185", "2"))),
        (-725.35, Ok(("-6380246073658573", "8796093022208"))),
        (2.1289799200040754e-109, Ok(("1", "4697085165547666455778961193578674054751365097816639741414581943064418050229216886927397996769537406063869952"))),
        (-1000000000.0, Ok(("-1000000000", "1"))),
        (-8.25460204899477e+267, Ok(("-8254602048994769474255309139320571976856989469314398783249386078541779727448825929287769623244643560854287421769642635607536680617229461519539671538483430889193541937484454440136429963694163141453503639190799818814812942074243152169349951543234944945149040326527156224", "1"))),
        (1e-06, Ok(("4722366482869645", "4722366482869645213696"))),
        (915030246932145.0, Ok(("915030246932145", "1"))),
        (37086.72047615, Ok(("2548580024975325", "68719476736"))),
        (4.211510814799361e+16, Ok(("42115108147993608", "1"))),
        (-1.3119137401566125e-222, Ok(("-2135707947767989", "1627933211152308172382776316094057079381044512284157265721742629825204403764070329961287158415906809263410622703474912218234570716337735615323084973713581554222450580936038710562274972146438970881094974642550439936936217782587026682413056"))),
        (-1.7047876905119106e+16, Ok(("-17047876905119106", "1"))),
        (770136707.677233, Ok(("3230187473557449", "4194304"))),
        (-5.351097043477547e-197, Ok(("-1", "18687756769780511615554238896948393266762663965690101475652372553315431084886742575128218875155953253493318900013442692344580934538753794040842900765582189315080170186179645235539452691442089066496"))),
        (690500.0, Ok(("690500", "1"))),
        (-238188771.22878763, Ok(("-7992288927359911", "33554432"))),
        (-1.0107936529880487e-174, Ok(("-1", "989321605892418136242010084078588760140525396404847359656252224371588900426127468681265604244972179958390685704064557357405460137227004839870184620407572671666427088594796544"))),
        (-6.4848423e+24, Ok(("-6484842299999999664062464", "1"))),
        (-9.6e+22, Ok(("-96000000000000000000000", "1"))),
        (2.1040543606193494e+211, Ok(("21040543606193494028963959531520514662201359211292695437993123612274928617188323288454666145110353804907931875424712870852077729000735215452511259082607523399820894684513778392766655031537290869085173006943125504", "1"))),
        (0.00075207418515, Ok(("6936660008952851", "9223372036854775808"))),
        (2.773e+23, Ok(("277299999999999994757120", "1"))),
        (-3.012266249035281e+274, Ok(("-30122662490352809670477079086302736819810434713898877198754345250962872815077940208430305572432810520499780707844749540428566009856562900075463952568685646457342050012415535003560967860678847848760467185944438195074833069251676507820324472948916507255891097219130708461617152", "1"))),
        (-7.631165389681403e+17, Ok(("-763116538968140288", "1"))),
        (-2.305843009213694e+18, Ok(("-2305843009213693952", "1"))),
        (-8.571849746262662e+287, Ok(("-857184974626266185358723512064786608627600249956920321291321597793188799418442190796480778985132381055138148598891558862161324977605068027614779449590890974711214264140828004106557232198039502431999272574717930151278975260902080481463834494844450194403778850916018408872843187649146519552", "1"))),
        (4.8407961320993095e-163, Ok(("3923234163266597", "8104522595470689372094546608771799123071184047348509570304018222052056272290836223436927829974812098219136497287696853871865529444163623648216552410378835326291370709768573288448"))),
        (10968647.0, Ok(("10968647", "1"))),
    ];

    const HEX: &[(f64, &str)] = &[
        (0.0, "0x0.0p+0"),
        (-0.0, "-0x0.0p+0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (5e-324, "0x0.0000000000001p-1022"),
        (-5e-324, "-0x0.0000000000001p-1022"),
        (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
        (1.7976931348623157e+308, "0x1.fffffffffffffp+1023"),
        (-1.7976931348623157e+308, "-0x1.fffffffffffffp+1023"),
        (0.5, "0x1.0000000000000p-1"),
        (1.5, "0x1.8000000000000p+0"),
        (2.5, "0x1.4000000000000p+1"),
        (-0.5, "-0x1.0000000000000p-1"),
        (-2.5, "-0x1.4000000000000p+1"),
        (0.125, "0x1.0000000000000p-3"),
        (0.375, "0x1.8000000000000p-2"),
        (2.675, "0x1.5666666666666p+1"),
        (1e+16, "0x1.1c37937e08000p+53"),
        (1000000000000000.0, "0x1.c6bf526340000p+49"),
        (9999999999999998.0, "0x1.1c37937e07fffp+53"),
        (1e-05, "0x1.4f8b588e368f1p-17"),
        (0.0001, "0x1.a36e2eb1c432dp-14"),
        (123456789012345.0, "0x1.c12218377de40p+46"),
        (1.2345678901234567e+89, "0x1.f07c2fae1ab2bp+295"),
        (0.1, "0x1.999999999999ap-4"),
        (0.2, "0x1.999999999999ap-3"),
        (0.3, "0x1.3333333333333p-2"),
        (0.3333333333333333, "0x1.5555555555555p-2"),
        (0.6666666666666666, "0x1.5555555555555p-1"),
        (100.0, "0x1.9000000000000p+6"),
        (1e+22, "0x1.0f0cf064dd592p+73"),
        (1e+23, "0x1.52d02c7e14af6p+76"),
        (9.5, "0x1.3000000000000p+3"),
        (99.5, "0x1.8e00000000000p+6"),
        (999.5, "0x1.f3c0000000000p+9"),
        (0.05, "0x1.999999999999ap-5"),
        (0.15, "0x1.3333333333333p-3"),
        (0.25, "0x1.0000000000000p-2"),
        (0.35, "0x1.6666666666666p-2"),
        (0.45, "0x1.ccccccccccccdp-2"),
        (1e+300, "0x1.7e43c8800759cp+996"),
        (1e-300, "0x1.56e1fc2f8f359p-997"),
        (4.35, "0x1.1666666666666p+2"),
        (1234.5678, "0x1.34a456d5cfaadp+10"),
        (-1234.5678, "-0x1.34a456d5cfaadp+10"),
        (1e+100, "0x1.249ad2594c37dp+332"),
        (123456789000000.0, "0x1.c1221836bd000p+46"),
        (-5.569562745115731e-79, "-0x1.0827da0fa94cep-260"),
        (-1049.0, "-0x1.0640000000000p+10"),
        (2.5934472305506206e+179, "0x1.0000000000000p+596"),
        (-8.077935669463161e-28, "-0x1.0000000000000p-90"),
        (-0.09085, "-0x1.741f212d77319p-4"),
        (-5.6605539334e-07, "-0x1.2fe60f9508bf3p-21"),
        (-1.7480396755415398e-203, "-0x1.5ec233a2f95e5p-674"),
        (-0.91765, "-0x1.d5d63886594afp-1"),
        (-9446.0, "-0x1.2730000000000p+13"),
        (-5.88342072137554e+17, "-0x1.0546bfeb05a31p+59"),
        (1.1239245733286639e+140, "0x1.2e03f3f9a1705p+465"),
        (8.581536573908903e-195, "0x1.40bd45269eb15p-645"),
        (-6.0425554317048464e+66, "-0x1.cb051bd0a79e9p+221"),
        (5.332645439309271e-25, "0x1.4a1323d070ed5p-81"),
        (-8.765214535e-08, "-0x1.78768d922f0a7p-24"),
        (-6050232.494524, "-0x1.7146e1fa647fep+22"),
        (7.97390387697e+19, "0x1.14a67e5245c47p+66"),
        (-5.890344207354891e+151, "-0x1.1fe9fdb323fd0p+504"),
        (8.88965e-05, "0x1.74dbe3daca2a5p-14"),
        (206.0, "0x1.9c00000000000p+7"),
        (-4.407212831701244e-280, "-0x1.0000000000000p-928"),
        (5.653074969287674e+185, "0x1.0a1549d074516p+617"),
        (-5.297913e+28, "-0x1.565e9e503d3bfp+95"),
        (-6.0992174752e-11, "-0x1.0c3f157898b13p-34"),
        (92.5, "0x1.7200000000000p+6"),
        (-725.35, "-0x1.6aacccccccccdp+9"),
        (2.1289799200040754e-109, "0x1.0000000000000p-361"),
        (-1000000000.0, "-0x1.dcd6500000000p+29"),
        (-8.25460204899477e+267, "-0x1.0000000000000p+890"),
        (1e-06, "0x1.0c6f7a0b5ed8dp-20"),
        (915030246932145.0, "0x1.a01b8a69df588p+49"),
        (37086.72047615, "0x1.21bd70e23ffbap+15"),
        (4.211510814799361e+16, "0x1.2b3eef79ad381p+55"),
        (-1.3119137401566125e-222, "-0x1.e59a9064862d4p-738"),
        (-1.7047876905119106e+16, "-0x1.e487a138d56c1p+53"),
        (770136707.677233, "0x1.6f3ad41d6af92p+29"),
        (-5.351097043477547e-197, "-0x1.0000000000000p-652"),
        (690500.0, "0x1.5128800000000p+19"),
        (-238188771.22878763, "-0x1.c64f1c67523a7p+27"),
        (-1.0107936529880487e-174, "-0x1.0000000000000p-578"),
        (-6.4848423e+24, "-0x1.574e005a04be1p+82"),
        (-9.6e+22, "-0x1.4542ba12a337cp+76"),
        (2.1040543606193494e+211, "0x1.0000000000000p+702"),
        (0.00075207418515, "0x1.8a4db03c2e413p-11"),
        (2.773e+23, "0x1.d5c3b4790d106p+77"),
        (-3.012266249035281e+274, "-0x1.bd7561a8a5b10p+911"),
        (-7.631165389681403e+17, "-0x1.52e44e5e6d7d4p+59"),
        (-2.305843009213694e+18, "-0x1.0000000000000p+61"),
        (-8.571849746262662e+287, "-0x1.68475cdee72c2p+956"),
        (4.8407961320993095e-163, "0x1.be0524558284ap-540"),
        (10968647.0, "0x1.4ebc8e0000000p+23"),
    ];

    const IS_INTEGER: &[(f64, bool)] = &[
        (0.0, true),
        (-0.0, true),
        (f64::INFINITY, false),
        (f64::NEG_INFINITY, false),
        (f64::NAN, false),
        (5e-324, false),
        (-5e-324, false),
        (2.2250738585072014e-308, false),
        (1.7976931348623157e+308, true),
        (-1.7976931348623157e+308, true),
        (0.5, false),
        (1.5, false),
        (2.5, false),
        (-0.5, false),
        (-2.5, false),
        (0.125, false),
        (0.375, false),
        (2.675, false),
        (1e+16, true),
        (1000000000000000.0, true),
        (9999999999999998.0, true),
        (1e-05, false),
        (0.0001, false),
        (123456789012345.0, true),
        (1.2345678901234567e+89, true),
        (0.1, false),
        (0.2, false),
        (0.3, false),
        (0.3333333333333333, false),
        (0.6666666666666666, false),
        (100.0, true),
        (1e+22, true),
        (1e+23, true),
        (9.5, false),
        (99.5, false),
        (999.5, false),
        (0.05, false),
        (0.15, false),
        (0.25, false),
        (0.35, false),
        (0.45, false),
        (1e+300, true),
        (1e-300, false),
        (4.35, false),
        (1234.5678, false),
        (-1234.5678, false),
        (1e+100, true),
        (123456789000000.0, true),
        (-5.569562745115731e-79, false),
        (-1049.0, true),
        (2.5934472305506206e+179, true),
        (-8.077935669463161e-28, false),
        (-0.09085, false),
        (-5.6605539334e-07, false),
        (-1.7480396755415398e-203, false),
        (-0.91765, false),
        (-9446.0, true),
        (-5.88342072137554e+17, true),
        (1.1239245733286639e+140, true),
        (8.581536573908903e-195, false),
        (-6.0425554317048464e+66, true),
        (5.332645439309271e-25, false),
        (-8.765214535e-08, false),
        (-6050232.494524, false),
        (7.97390387697e+19, true),
        (-5.890344207354891e+151, true),
        (8.88965e-05, false),
        (206.0, true),
        (-4.407212831701244e-280, false),
        (5.653074969287674e+185, true),
        (-5.297913e+28, true),
        (-6.0992174752e-11, false),
        (92.5, false),
        (-725.35, false),
        (2.1289799200040754e-109, false),
        (-1000000000.0, true),
        (-8.25460204899477e+267, true),
        (1e-06, false),
        (915030246932145.0, true),
        (37086.72047615, false),
        (4.211510814799361e+16, true),
        (-1.3119137401566125e-222, false),
        (-1.7047876905119106e+16, true),
        (770136707.677233, false),
        (-5.351097043477547e-197, false),
        (690500.0, true),
        (-238188771.22878763, false),
        (-1.0107936529880487e-174, false),
        (-6.4848423e+24, true),
        (-9.6e+22, true),
        (2.1040543606193494e+211, true),
        (0.00075207418515, false),
        (2.773e+23, true),
        (-3.012266249035281e+274, true),
        (-7.631165389681403e+17, true),
        (-2.305843009213694e+18, true),
        (-8.571849746262662e+287, true),
        (4.8407961320993095e-163, false),
        (10968647.0, true),
    ];

    const FROMHEX: &[(&str, Result<f64, (&str, &str)>)] = &[
        ("0x1p0", Ok(1.0)),
        ("0x1.8p1", Ok(3.0)),
        ("-0x1p-1074", Ok(-5e-324)),
        ("0x1p-1075", Ok(0.0)),
        ("0x3p-1076", Ok(5e-324)),
        ("0x1p-1076", Ok(0.0)),
        (
            "0x1.fffffffffffff8p1023",
            Err((
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            )),
        ),
        ("0x1.fffffffffffff7ffp1023", Ok(1.7976931348623157e+308)),
        (
            "0x1p1024",
            Err((
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            )),
        ),
        ("inf", Ok(f64::INFINITY)),
        (" -inf ", Ok(f64::NEG_INFINITY)),
        ("nan", Ok(f64::NAN)),
        ("-NAN", Ok(f64::NAN)),
        ("infinity", Ok(f64::INFINITY)),
        ("1", Ok(1.0)),
        ("a", Ok(10.0)),
        (".8", Ok(0.5)),
        ("8.", Ok(8.0)),
        (
            "0x.",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "0x",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            " ",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "0x1p+",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "0x1p-",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "p1",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "0xp1",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "0x1 p1",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "0x1.0p99999999999999999999",
            Err((
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            )),
        ),
        ("0x1p-99999999999999999999", Ok(0.0)),
        ("0x0p99999999999999999999", Ok(0.0)),
        (
            "0x1.000000000000080000000000000000001p0",
            Ok(1.0000000000000002),
        ),
        ("0x1.00000000000008p0", Ok(1.0)),
        ("0x1.00000000000018p0", Ok(1.0000000000000004)),
        ("1.0e5", Ok(1.055908203125)),
        ("0x1.8P-1", Ok(0.75)),
        ("+0x1p0", Ok(1.0)),
        (
            "00x1",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        ("0X1", Ok(1.0)),
        (
            "bp2201\u{e9}",
            Err((
                "OverflowError",
                "hexadecimal value too large to represent as a float",
            )),
        ),
        (
            "0x1p1\u{0}",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        (
            "\u{2003}0x1p0",
            Err(("ValueError", "invalid hexadecimal floating-point string")),
        ),
        ("0x0.0p+0", Ok(0.0)),
        ("-0x0.0p+0", Ok(-0.0)),
        ("0x0.0000000000001p-1022", Ok(5e-324)),
        ("-0x0.0000000000001p-1022", Ok(-5e-324)),
        ("0x1.0000000000000p-1022", Ok(2.2250738585072014e-308)),
        ("0x1.fffffffffffffp+1023", Ok(1.7976931348623157e+308)),
        ("-0x1.fffffffffffffp+1023", Ok(-1.7976931348623157e+308)),
        ("0x1.0000000000000p-1", Ok(0.5)),
        ("0x1.8000000000000p+0", Ok(1.5)),
        ("0x1.4000000000000p+1", Ok(2.5)),
        ("-0x1.0000000000000p-1", Ok(-0.5)),
        ("-0x1.4000000000000p+1", Ok(-2.5)),
        ("0x1.0000000000000p-3", Ok(0.125)),
        ("0x1.8000000000000p-2", Ok(0.375)),
        ("0x1.5666666666666p+1", Ok(2.675)),
        ("0x1.1c37937e08000p+53", Ok(1e+16)),
        ("0x1.c6bf526340000p+49", Ok(1000000000000000.0)),
        ("0x1.1c37937e07fffp+53", Ok(9999999999999998.0)),
        ("0x1.4f8b588e368f1p-17", Ok(1e-05)),
        ("0x1.a36e2eb1c432dp-14", Ok(0.0001)),
        ("0x1.c12218377de40p+46", Ok(123456789012345.0)),
        ("0x1.f07c2fae1ab2bp+295", Ok(1.2345678901234567e+89)),
        ("0x1.999999999999ap-4", Ok(0.1)),
        ("0x1.999999999999ap-3", Ok(0.2)),
        ("0x1.3333333333333p-2", Ok(0.3)),
        ("0x1.5555555555555p-2", Ok(0.3333333333333333)),
        ("0x1.5555555555555p-1", Ok(0.6666666666666666)),
        ("0x1.9000000000000p+6", Ok(100.0)),
        ("0x1.0f0cf064dd592p+73", Ok(1e+22)),
        ("0x1.52d02c7e14af6p+76", Ok(1e+23)),
    ];
}
