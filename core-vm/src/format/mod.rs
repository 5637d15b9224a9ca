//! Numeric text library: CPython 3.11-exact conversions between numbers and text.
//!
//! Everything here is a pure function over `f64`, [`BigInt`](num_bigint::BigInt)
//! and `&str`, producing exactly the text (or the error message) that CPython
//! 3.11 produces. No function panics on any input; resource-hungry requests
//! (huge widths / precisions) return [`FmtError::Memory`] instead of trying to
//! allocate gigabytes.
//!
//! # API overview
//!
//! Errors: [`FmtError`] — `Value` (ValueError), `Overflow` (OverflowError),
//! `ZeroDivision` (ZeroDivisionError), `Memory` (MemoryError). The `String`
//! payload is CPython's message, verbatim.
//!
//! [`float`] (float semantics):
//! - `float_repr(x) -> String` — `repr(x)` / `str(x)`.
//! - `float_to_bigint(x) -> Result<BigInt, FmtError>` — `int(x)` (truncation).
//! - `bigint_to_f64(&BigInt) -> Result<f64, FmtError>` — `float(n)`, correctly rounded.
//! - `int_true_div(&BigInt, &BigInt) -> Result<f64, FmtError>` — `a / b` for ints
//!   (`b == 0` is the caller's job).
//! - `float_round(x, ndigits: i64) -> Result<f64, FmtError>` — `round(x, n)`.
//! - `float_round_to_int(x) -> Result<BigInt, FmtError>` — `round(x)`.
//! - `float_hash(x) -> i64`, `int_hash(&BigInt) -> i64`, `i64_hash(i64) -> i64`.
//! - `float_mod`, `float_floordiv`, `float_divmod` — `%`, `//`, `divmod` (`b != 0`).
//! - `float_pow(a, b) -> Result<f64, FmtError>` — `a ** b`.
//! - `float_is_integer(x) -> bool`, `float_as_integer_ratio(x) -> Result<(BigInt, BigInt), FmtError>`.
//! - `float_hex(x) -> String` — `float.hex()`; `float_fromhex(&str) -> Result<f64, FmtError>`.
//!
//! [`parse`] (text to number):
//! - `parse_float(&str) -> Option<f64>` — `float(str)`.
//! - `parse_int(&str, base: u32) -> Option<BigInt>` — `int(str, base)`; `base` must be
//!   0 or 2..=36 (the caller raises "int() arg 2 must be >= 2 and <= 36").
//!
//! [`int`] (int to text):
//! - `int_to_str_radix(&BigInt, radix) -> String`, `int_hex`, `int_oct`, `int_bin`.
//! - `format_int(&BigInt, spec) -> Result<String, FmtError>` — `format(int, spec)`;
//!   `format_int_named(&BigInt, spec, type_name)` for `bool` / subclasses.
//! - `printf_int(&BigInt, &PrintfFlags, conv) -> Result<String, FmtError>` — `%d %i %u %x %X %o`.
//!
//! [`spec`] (format-spec mini-language, floats and strings):
//! - `FormatSpec`, `parse_spec(spec, type_name) -> Result<FormatSpec, FmtError>`.
//! - `format_float(x, spec)`, `format_float_named(x, spec, type_name)`.
//! - `format_str(s, spec) -> Result<String, FmtError>`.
//! - `PrintfFlags`, `printf_float(x, &PrintfFlags, conv)` (`%e %E %f %F %g %G`),
//!   `printf_str(s, &PrintfFlags) -> Result<String, FmtError>` (`%s %r %a` after conversion),
//!   `printf_char(c, &PrintfFlags)` (`%c`: like `%s` but precision is ignored).
//!
//! `float_pow` is [`crate::numeric::pow::py_pow`] with CPython's messages.
//!
//! Conventions the caller must handle: an empty format spec means `str(obj)`
//! (the functions here also return `str(x)` for an empty spec); `hash(nan)` is
//! identity-based in CPython 3.10+ — [`float::float_hash`] returns 0 for NaN.

pub mod float;
pub mod int;
pub mod parse;
pub mod spec;

use alloc::string::String;
use core::fmt;

pub use float::{
    bigint_to_f64, float_as_integer_ratio, float_divmod, float_floordiv, float_fromhex, float_hash,
    float_hex, float_is_integer, float_mod, float_pow, float_repr, float_round, float_round_to_int,
    float_to_bigint, i64_hash, int_hash, int_true_div,
};
pub use int::{
    decimal, format_int, format_int_named, int_bin, int_hex, int_oct, int_to_str_radix, printf_int,
    INT_MAX_STR_DIGITS,
};
pub use parse::{parse_float, parse_int, parse_int_limited, IntParseError};
pub use spec::{
    format_float, format_float_named, format_str, parse_spec, printf_char, printf_float,
    printf_str, FormatSpec, PrintfFlags,
};

/// Largest width, precision or output length (in characters) this library
/// will produce. Requests beyond it fail with [`FmtError::Memory`] (CPython
/// would attempt the allocation and typically raise `MemoryError`).
pub const MAX_FORMAT_LEN: usize = 1 << 28;

/// An error with CPython's exception type and exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FmtError {
    /// Raise `ValueError(msg)`.
    Value(String),
    /// Raise `OverflowError(msg)`.
    Overflow(String),
    /// Raise `ZeroDivisionError(msg)`.
    ZeroDivision(String),
    /// Raise `MemoryError()`: the requested output is larger than [`MAX_FORMAT_LEN`].
    Memory,
}

impl FmtError {
    /// The CPython exception class name (`"ValueError"`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            FmtError::Value(_) => "ValueError",
            FmtError::Overflow(_) => "OverflowError",
            FmtError::ZeroDivision(_) => "ZeroDivisionError",
            FmtError::Memory => "MemoryError",
        }
    }

    /// The exception message (empty for `Memory`).
    pub fn message(&self) -> &str {
        match self {
            FmtError::Value(m) | FmtError::Overflow(m) | FmtError::ZeroDivision(m) => m,
            FmtError::Memory => "",
        }
    }
}

impl fmt::Display for FmtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind(), self.message())
    }
}

/// Shorthand for `Err(FmtError::Value(msg))`.
pub(crate) fn value_err<T>(msg: &str) -> Result<T, FmtError> {
    Err(FmtError::Value(String::from(msg)))
}

/// Shorthand for `Err(FmtError::Overflow(msg))`.
pub(crate) fn overflow_err<T>(msg: &str) -> Result<T, FmtError> {
    Err(FmtError::Overflow(String::from(msg)))
}

/// Fails with [`FmtError::Memory`] when `n` exceeds [`MAX_FORMAT_LEN`].
pub(crate) fn check_len(n: usize) -> Result<(), FmtError> {
    if n > MAX_FORMAT_LEN {
        Err(FmtError::Memory)
    } else {
        Ok(())
    }
}
