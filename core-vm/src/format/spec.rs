//! The format-spec mini-language (`format(x, spec)`, `str.format`, f-strings)
//! for floats and strings, the shared number layout engine (sign, prefix,
//! padding, alignment, digit grouping) used by ints too, and the
//! printf-style helpers behind the `%` operator for floats and strings.
//!
//! This is a port of CPython 3.11's `Python/formatter_unicode.c` and of the
//! relevant parts of `unicode_format_arg_output` in `Objects/unicodeobject.c`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::float::{double_to_string, float_repr, DtsFlags};
use super::parse::unicode_decimal;
use super::{check_len, value_err, FmtError, MAX_FORMAT_LEN};

/// A parsed format specification:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (`' '` by default, `'0'` when the `0` flag was given).
    pub fill: char,
    /// Explicit alignment: one of `< > = ^`; `None` when not given.
    pub align: Option<char>,
    /// Sign option: `+`, `-` or `' '`; `None` when not given.
    pub sign: Option<char>,
    /// The `z` flag (coerce negative zero).
    pub z: bool,
    /// The `#` flag (alternate form).
    pub alternate: bool,
    /// The `0` flag was given (zero padding, alignment `=` for numbers by default).
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type (or the caller's default type).
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Alignment for numbers: explicit, else `=` with the `0` flag, else `>`.
    pub fn number_align(&self) -> char {
        self.align.unwrap_or(if self.zero { '=' } else { '>' })
    }
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn is_sign_element(c: char) -> bool {
    matches!(c, ' ' | '+' | '-')
}

/// `get_integer`: reads decimal digits (any Unicode decimal digits) at `*pos`.
/// Returns the number of digits consumed and the value.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FmtError> {
    let mut acc: i64 = 0;
    let mut count = 0usize;
    while let Some(&c) = chars.get(*pos) {
        let Some(d) = unicode_decimal(c) else { break };
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
        count += 1;
    }
    let v = usize::try_from(acc)
        .map_err(|_| FmtError::Value(String::from("Too many decimal digits in format string")))?;
    Ok((count, v))
}

/// Renders a presentation type for messages: `'d'` or `'\x1'` (CPython's `%x`).
fn type_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", cp)
    }
}

/// `ValueError("Unknown format code 'q' for object of type 'T'")`.
pub(super) fn unknown_type(ty: Option<char>, type_name: &str) -> FmtError {
    FmtError::Value(format!(
        "Unknown format code {} for object of type '{}'",
        type_repr(ty.unwrap_or('\0')),
        type_name
    ))
}

/// Parses a format spec like CPython's `parse_internal_render_format_spec`,
/// validating the separator against the type. `type_name` is only used in the
/// message `"Invalid format specifier 'SPEC' for object of type 'T'"`; a
/// missing type is left as `None` (treated like CPython's `'\0'`).
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    parse_spec_with(spec, type_name, None)
}

/// [`parse_spec`] with the caller's default presentation type (`'d'` for
/// ints, `'s'` for strings, `None` for floats).
pub(super) fn parse_spec_with(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
) -> Result<FormatSpec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut f = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        z: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    if end >= 2 && is_alignment_token(chars[1]) {
        f.align = Some(chars[1]);
        f.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_alignment_token(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && is_sign_element(chars[pos]) {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.z = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero = true;
        pos += 1;
    }
    let (n, w) = get_integer(&chars, &mut pos)?;
    if n > 0 {
        f.width = Some(w);
    }
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return value_err("Cannot specify both ',' and '_'.");
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return value_err("Cannot specify both ',' and '_'.");
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (n, p) = get_integer(&chars, &mut pos)?;
        if n == 0 {
            return value_err("Format specifier missing precision");
        }
        f.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(FmtError::Value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if let Some(sep) = f.grouping {
        match f.ty {
            None | Some('\0' | 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => {
                return Err(FmtError::Value(format!(
                    "Cannot specify '{}' with {}.",
                    sep,
                    type_repr(t)
                )))
            }
        }
    }
    Ok(f)
}

// ---------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number + grouping)
// ---------------------------------------------------------------------------

/// Thousands grouping: separator and group size (`None` = no grouping).
#[derive(Clone, Copy)]
pub(super) struct Grouping {
    /// Separator and digits per group.
    pub sep: Option<(char, usize)>,
}

impl Grouping {
    /// Grouping for a spec and presentation type (`'n'` uses the C locale:
    /// no grouping; `_` groups by four for `b o x X`).
    pub fn for_spec(spec: &FormatSpec, ty: char) -> Grouping {
        if ty == 'n' {
            return Grouping { sep: None };
        }
        match spec.grouping {
            Some(',') => Grouping {
                sep: Some((',', 3)),
            },
            Some('_') => {
                let n = if matches!(ty, 'b' | 'o' | 'x' | 'X') {
                    4
                } else {
                    3
                };
                Grouping {
                    sep: Some(('_', n)),
                }
            }
            _ => Grouping { sep: None },
        }
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII), left-padding
/// with zeros (and separators) up to `min_width` characters.
fn group_digits(digits: &[u8], min_width: i64, grouping: Grouping) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut digits_pos = digits.len();
    // Chunks from right to left: (leading zeros, digit range, separator after).
    let mut chunks: Vec<(i64, usize, usize, bool)> = Vec::new();
    let mut use_sep = false;
    let mut loop_broken = false;
    let mut take = |len: i64, remaining: &mut i64, use_sep: bool, chunks: &mut Vec<_>| {
        let n_zeros = (len - *remaining).max(0);
        let n_chars = (*remaining).min(len).max(0);
        let start = digits_pos - n_chars as usize;
        chunks.push((n_zeros, start, digits_pos, use_sep));
        digits_pos = start;
        *remaining -= n_chars;
    };
    if let Some((_, size)) = grouping.sep {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            take(len, &mut remaining, use_sep, &mut chunks);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        take(len, &mut remaining, use_sep, &mut chunks);
    }
    let sep = grouping.sep.map(|(c, _)| c).unwrap_or(',');
    let mut out = String::new();
    for &(zeros, a, b, sep_after) in chunks.iter().rev() {
        for _ in 0..zeros {
            out.push('0');
        }
        for &c in &digits[a..b] {
            out.push(c as char);
        }
        if sep_after {
            out.push(sep);
        }
    }
    out
}

/// The pieces of a formatted number, laid out as
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
pub(super) struct NumberParts<'a> {
    /// True when the number is negative (a `-` sign is shown).
    pub negative: bool,
    /// Prefix such as `0x` (already in the right case).
    pub prefix: &'a str,
    /// Integer-part digits (ASCII digits or hex letters).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the point (fraction, exponent, `%`, `inf`, a `c` char).
    pub remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`.
pub(super) fn render_number(
    spec: &FormatSpec,
    parts: &NumberParts<'_>,
    grouping: Grouping,
) -> Result<String, FmtError> {
    let width: i64 = match spec.width {
        Some(w) => {
            check_len(w)?;
            w as i64
        }
        None => -1,
    };
    let align = spec.number_align();
    let sign: Option<char> = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => {
            if parts.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_decimal = parts.has_decimal as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if spec.fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, grouping)
    };
    let n_grouped = grouped.len() as i64;
    let n_padding = width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let total = (lpad + spad + rpad + non_digit + n_grouped) as usize;
    check_len(total)?;
    let mut out = String::with_capacity(total);
    let fill = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(spec.fill);
        }
    };
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    fill(&mut out, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    fill(&mut out, rpad);
    Ok(out)
}

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

/// `format(x, spec)` for a float (`float.__format__`).
///
/// Types: none (like `repr`, or like `g` with at least one fractional digit
/// when a precision is given), `e E f F g G n %`; flags `#`, `z`, `0`, sign,
/// fill/align, width, `,`/`_` grouping.
pub fn format_float(x: f64, spec: &str) -> Result<String, FmtError> {
    format_float_named(x, spec, "float")
}

/// [`format_float`] with the type name used in error messages (for subclasses).
pub fn format_float_named(x: f64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_spec_with(spec, type_name, None)?;
    match f.ty {
        None | Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, &f)
        }
        t => Err(unknown_type(t, type_name)),
    }
}

/// `format_float_internal` for an already-parsed spec with a float type.
pub(super) fn format_float_internal(x: f64, f: &FormatSpec) -> Result<String, FmtError> {
    if let Some(p) = f.precision {
        if p > i32::MAX as usize {
            return value_err("precision too big");
        }
    }
    let mut flags = DtsFlags {
        alt: f.alternate,
        no_neg_0: f.z,
        ..DtsFlags::default()
    };
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6i64;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p as i64
        }
    };
    if let Some(w) = f.width {
        check_len(w)?;
    }
    let mut buf = double_to_string(val, ty, precision, flags)?;
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(|c| c.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    render_number(f, &parts, Grouping::for_spec(f, f.ty.unwrap_or('\0')))
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

/// `format(s, spec)` for a str: fill/align (default left), width and
/// precision (truncation) counted in characters.
pub fn format_str(s: &str, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(String::from(s));
    }
    let f = parse_spec_with(spec, "str", Some('s'))?;
    if f.ty != Some('s') {
        return Err(unknown_type(f.ty, "str"));
    }
    match f.sign {
        Some(' ') => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if f.z {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if f.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    let align = f.align.unwrap_or('<');
    if align == '=' {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let mut len = s.chars().count();
    let mut text = s;
    if let Some(p) = f.precision {
        if len > p {
            len = p;
            let cut = s.char_indices().nth(p).map(|(i, _)| i).unwrap_or(s.len());
            text = &s[..cut];
        }
    }
    let width = f.width.unwrap_or(0);
    check_len(width)?;
    let total = width.max(len);
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + (lpad + rpad) * f.fill.len_utf8());
    for _ in 0..lpad {
        out.push(f.fill);
    }
    out.push_str(text);
    for _ in 0..rpad {
        out.push(f.fill);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// printf-style (%) formatting
// ---------------------------------------------------------------------------

/// Flags, width and precision of one `%` conversion (`*` already resolved by
/// the caller; a negative `*` width means `left` plus its absolute value).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// `' '`: space before positive numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Precision.
    pub precision: Option<usize>,
}

/// Checks width/precision limits shared by all `%` conversions.
pub(super) fn check_printf_limits(flags: &PrintfFlags) -> Result<(), FmtError> {
    if let Some(w) = flags.width {
        if w > i32::MAX as usize {
            return value_err("width too big");
        }
        check_len(w)?;
    }
    if let Some(p) = flags.precision {
        if p > i32::MAX as usize {
            return value_err("precision too big");
        }
    }
    Ok(())
}

/// `unicode_format_arg_output`: pads `s` for conversion `ch`. `sign` is true
/// for numeric conversions (sign and `0`-fill handling apply).
pub(super) fn printf_output(s: &str, flags: &PrintfFlags, ch: char, sign: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut width: i64 = flags
        .width
        .map(|w| w.min(MAX_FORMAT_LEN) as i64)
        .unwrap_or(-1);
    let prec: i64 = flags
        .precision
        .map(|p| p.min(i32::MAX as usize) as i64)
        .unwrap_or(-1);
    let fill = if sign && flags.zero { '0' } else { ' ' };
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags.plus || flags.space)
    {
        return String::from(s);
    }
    if matches!(ch, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = None;
    let mut sign = sign;
    if sign {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                signchar = Some(c);
                len -= 1;
                pindex += 1;
            }
            _ => {
                if flags.plus {
                    signchar = Some('+');
                } else if flags.space {
                    signchar = Some(' ');
                } else {
                    sign = false;
                }
            }
        }
    }
    if width < len {
        width = len;
    }
    let alt_prefix = flags.alternate && matches!(ch, 'x' | 'X' | 'o');
    let mut out = String::with_capacity(width.max(0) as usize + 2);
    if sign {
        if fill != ' ' {
            if let Some(c) = signchar {
                out.push(c);
            }
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(ch);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        for _ in 0..(width - len) {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if sign {
            if let Some(c) = signchar {
                out.push(c);
            }
        }
        if alt_prefix {
            out.push('0');
            out.push(ch);
            pindex += 2;
        }
    }
    if len > 0 {
        let end = (pindex + len as usize).min(chars.len());
        for &c in chars.get(pindex..end).unwrap_or(&[]) {
            out.push(c);
        }
    }
    if width > len {
        for _ in 0..(width - len) {
            out.push(' ');
        }
    }
    out
}

/// `%e %E %f %F %g %G` of the `%` operator (default precision 6; `#` keeps
/// the point and trailing zeros; `0`, `-`, `+`, `' '` and width as in C).
pub fn printf_float(x: f64, flags: &PrintfFlags, conv: char) -> Result<String, FmtError> {
    check_printf_limits(flags)?;
    if !matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        return Err(FmtError::Value(format!(
            "unsupported format character '{}' (0x{:x})",
            conv, conv as u32
        )));
    }
    let prec = flags.precision.map(|p| p as i64).unwrap_or(6);
    let dflags = DtsFlags {
        alt: flags.alternate,
        ..DtsFlags::default()
    };
    let s = double_to_string(x, conv, prec, dflags)?;
    Ok(printf_output(&s, flags, conv, true))
}

/// `%s %r %a` of the `%` operator, after the caller converted the argument
/// with `str`/`repr`/`ascii`: precision truncates, width pads (right-aligned
/// unless `left`). Counts characters, not bytes.
pub fn printf_str(s: &str, flags: &PrintfFlags) -> Result<String, FmtError> {
    check_printf_limits(flags)?;
    Ok(printf_output(s, flags, 's', false))
}

/// `%c` of the `%` operator for an already-validated character: width and
/// `-` apply, precision is ignored.
pub fn printf_char(c: char, flags: &PrintfFlags) -> Result<String, FmtError> {
    check_printf_limits(flags)?;
    let mut buf = [0u8; 4];
    Ok(printf_output(c.encode_utf8(&mut buf), flags, 'c', false))
}

#[cfg(test)]
#[allow(clippy::type_complexity, clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    //! Tables generated with CPython 3.11.7 (`format(float, spec)`,
    //! `format(str, spec)`, `'%...' % float`, `'%...s' % str`).
    extern crate std;
    use super::*;

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

    fn check(what: &str, got: Result<String, FmtError>, want: &Result<&str, (&str, &str)>) {
        match (&got, want) {
            (Ok(g), Ok(w)) => assert_eq!(g, w, "{}", what),
            (Err(e), Err((k, m))) => assert_eq!((e.kind(), e.message()), (*k, *m), "{}", what),
            _ => panic!("{} = {:?}, want {:?}", what, got, want),
        }
    }

    #[test]
    fn format_float_table() {
        for (x, spec, want) in FORMAT_FLOAT {
            check(
                &format!("format({:?}, {:?})", x, spec),
                format_float(*x, spec),
                want,
            );
        }
    }

    #[test]
    fn format_str_table() {
        for (s, spec, want) in FORMAT_STR {
            check(
                &format!("format({:?}, {:?})", s, spec),
                format_str(s, spec),
                want,
            );
        }
    }

    #[test]
    fn printf_float_table() {
        for (x, f, w, p, conv, want) in PRINTF_FLOAT {
            let got = printf_float(*x, &flags(f, *w, *p), *conv).unwrap();
            assert_eq!(got, *want, "'%{}{:?}.{:?}{}' % {:?}", f, w, p, conv, x);
        }
    }

    #[test]
    fn printf_str_table() {
        for (s, f, w, p, want) in PRINTF_STR {
            assert_eq!(
                printf_str(s, &flags(f, *w, *p)).unwrap(),
                *want,
                "{:?} {:?}",
                s,
                f
            );
        }
        assert_eq!(
            printf_char('\u{e9}', &flags("-", Some(3), Some(0))).unwrap(),
            "\u{e9}  "
        );
        assert_eq!(printf_char('x', &flags("0", Some(3), None)).unwrap(), "  x");
    }

    #[test]
    fn parse_spec_fields() {
        let f = parse_spec("*^+z#012,.3f", "float").unwrap();
        assert_eq!(
            f,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                z: true,
                alternate: true,
                zero: false,
                width: Some(12),
                grouping: Some(','),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let f = parse_spec("010", "int").unwrap();
        assert!(f.zero && f.fill == '0' && f.align.is_none() && f.number_align() == '=');
        assert_eq!(
            parse_spec("abc", "T").unwrap_err().message(),
            "Invalid format specifier 'abc' for object of type 'T'"
        );
        assert_eq!(
            parse_spec(".", "T").unwrap_err().message(),
            "Format specifier missing precision"
        );
    }

    #[test]
    fn memory_limits() {
        assert_eq!(
            format_float(1.0, "300000000").unwrap_err(),
            FmtError::Memory
        );
        assert_eq!(
            format_float(1.0, ".300000000f").unwrap_err(),
            FmtError::Memory
        );
        assert_eq!(
            format_float(1.0, ".300000000e").unwrap_err(),
            FmtError::Memory
        );
        assert_eq!(
            format_float(1.0, "#.300000000g").unwrap_err(),
            FmtError::Memory
        );
        // Without '#', 'g' strips zeros, so a huge precision is cheap.
        assert_eq!(
            format_float(0.1, ".300000000g").unwrap(),
            "0.1000000000000000055511151231257827021181583404541015625"
        );
        assert_eq!(format_str("ab", "300000000").unwrap_err(), FmtError::Memory);
        assert_eq!(format_str("ab", ".300000000").unwrap(), "ab");
        let big = flags("", Some(1 << 29), None);
        assert_eq!(printf_float(1.0, &big, 'f').unwrap_err(), FmtError::Memory);
        assert_eq!(printf_str("x", &big).unwrap_err(), FmtError::Memory);
        let p = flags("", None, Some(1 << 31));
        assert_eq!(
            printf_float(1.0, &p, 'f').unwrap_err().message(),
            "precision too big"
        );
        assert!(printf_float(1.0, &flags("", None, None), 'd').is_err());
    }

    #[test]
    fn no_panic_on_any_short_spec() {
        let alphabet: std::vec::Vec<char> = "0159<>=^+- z#,_.dxXobcnefgGE%s\u{0665}\u{e9}\u{0}"
            .chars()
            .collect();
        let vals = [
            0.0,
            -0.0,
            1.5,
            -1234.5678,
            1e300,
            5e-324,
            f64::NAN,
            f64::NEG_INFINITY,
        ];
        let n = alphabet.len();
        for a in 0..n {
            for b in 0..n {
                for c in 0..n {
                    let spec: String = [alphabet[a], alphabet[b], alphabet[c]].iter().collect();
                    for v in vals {
                        let _ = format_float(v, &spec);
                    }
                    let _ = format_str("h\u{e9}llo", &spec);
                }
            }
        }
    }

    const FORMAT_FLOAT: &[(f64, &str, Result<&str, (&str, &str)>)] = &[
        (1000000000000000.0, "", Ok("1000000000000000.0")),
        (1e+16, "", Ok("1e+16")),
        (0.99999999, "", Ok("0.99999999")),
        (1.5e+16, "d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (f64::NAN, "d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (123.456, "d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (1234567.0, "x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (123456789012345.0, "x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (1e+300, "x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (f64::NAN, "X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (0.1, "X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (1e+22, "X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (0.99999999, "o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (9999999.5, "o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (0.1, "o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (0.5, "b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (1e+22, "b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (0.3333333333333333, "b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (1e-05, "c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (1e+22, "c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (f64::NAN, "c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (-1.0, "n", Ok("-1")),
        (1e+300, "n", Ok("1e+300")),
        (f64::NAN, "n", Ok("nan")),
        (0.3333333333333333, "e", Ok("3.333333e-01")),
        (0.125, "e", Ok("1.250000e-01")),
        (1e-07, "e", Ok("1.000000e-07")),
        (999999.5, "E", Ok("9.999995E+05")),
        (f64::INFINITY, "E", Ok("INF")),
        (9999999.5, "E", Ok("1.000000E+07")),
        (1e+300, "f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
        (1.5e+16, "f", Ok("15000000000000000.000000")),
        (999999.5, "f", Ok("999999.500000")),
        (2.675, "F", Ok("2.675000")),
        (f64::NAN, "F", Ok("NAN")),
        (999999.5, "F", Ok("999999.500000")),
        (1e+22, "g", Ok("1e+22")),
        (f64::NAN, "g", Ok("nan")),
        (100000.0, "g", Ok("100000")),
        (1e+22, "G", Ok("1E+22")),
        (1.0, "G", Ok("1")),
        (100000.0, "G", Ok("100000")),
        (-0.0, "%", Ok("-0.000000%")),
        (123.456, "%", Ok("12345.600000%")),
        (1.2345678901234567e+89, "%", Ok("12345678901234567582039592693735879562290170944441041051774511333007195035503216220874735616.000000%")),
        (999999.5, "s", Err(("ValueError", "Unknown format code 's' for object of type 'float'"))),
        (f64::NAN, "s", Err(("ValueError", "Unknown format code 's' for object of type 'float'"))),
        (0.125, "s", Err(("ValueError", "Unknown format code 's' for object of type 'float'"))),
        (9999999.5, "z", Ok("9999999.5")),
        (100000.0, "z", Ok("100000.0")),
        (1234567.0, "z", Ok("1234567.0")),
        (0.3333333333333333, "r", Err(("ValueError", "Unknown format code 'r' for object of type 'float'"))),
        (5e-324, "r", Err(("ValueError", "Unknown format code 'r' for object of type 'float'"))),
        (1e-07, "r", Err(("ValueError", "Unknown format code 'r' for object of type 'float'"))),
        (1.5e+16, "\u{0}", Ok("1.5e+16")),
        (5e-324, "\u{0}", Ok("5e-324")),
        (123456789012345.0, "\u{0}", Ok("123456789012345.0")),
        (1e-05, "\u{7f}", Err(("ValueError", "Unknown format code '\u{7f}' for object of type 'float'"))),
        (123.456, "\u{7f}", Err(("ValueError", "Unknown format code '\u{7f}' for object of type 'float'"))),
        (f64::INFINITY, "\u{7f}", Err(("ValueError", "Unknown format code '\u{7f}' for object of type 'float'"))),
        (9999999.5, "\u{4e2d}", Err(("ValueError", "Unknown format code '\\x4e2d' for object of type 'float'"))),
        (0.3333333333333333, "\u{4e2d}", Err(("ValueError", "Unknown format code '\\x4e2d' for object of type 'float'"))),
        (0.0001, "\u{4e2d}", Err(("ValueError", "Unknown format code '\\x4e2d' for object of type 'float'"))),
        (1e-07, " ", Ok(" 1e-07")),
        (9999999.5, " ", Ok(" 9999999.5")),
        (1e+22, " ", Ok(" 1e+22")),
        (0.5, ",", Ok("0.5")),
        (2.5, ",", Ok("2.5")),
        (1e+16, ",", Ok("1e+16")),
        (0.0, "_", Ok("0.0")),
        (1e-05, "_", Ok("1e-05")),
        (0.045, "_", Ok("0.045")),
        (1234567.0, ",d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (1e+300, ",d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (100000.0, ",d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (1.5, "_d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (1.5e+16, "_d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (9.9999, "_d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (1234567.0, ",x", Err(("ValueError", "Cannot specify ',' with 'x'."))),
        (0.3333333333333333, ",x", Err(("ValueError", "Cannot specify ',' with 'x'."))),
        (123.456, ",x", Err(("ValueError", "Cannot specify ',' with 'x'."))),
        (1000000000000000.0, "_x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (0.1, "_x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (2.675, "_x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (f64::NAN, "_b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (1.5e+16, "_b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (0.5, "_b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (0.99999999, "_o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (-1234.5678, "_o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (1e-07, "_o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (123.456, "_X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (0.1, "_X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (2.5, "_X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (123456789012345.0, ",b", Err(("ValueError", "Cannot specify ',' with 'b'."))),
        (1e+22, ",b", Err(("ValueError", "Cannot specify ',' with 'b'."))),
        (1.5e+16, ",b", Err(("ValueError", "Cannot specify ',' with 'b'."))),
        (f64::INFINITY, ",n", Err(("ValueError", "Cannot specify ',' with 'n'."))),
        (1e+16, ",n", Err(("ValueError", "Cannot specify ',' with 'n'."))),
        (1.2345678901234567e+89, ",n", Err(("ValueError", "Cannot specify ',' with 'n'."))),
        (100000.0, "_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        (999999.5, "_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        (1e+300, "_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        (1.0, ",c", Err(("ValueError", "Cannot specify ',' with 'c'."))),
        (f64::INFINITY, ",c", Err(("ValueError", "Cannot specify ',' with 'c'."))),
        (0.5, ",c", Err(("ValueError", "Cannot specify ',' with 'c'."))),
        (0.125, ",%", Ok("12.500000%")),
        (100000.0, ",%", Ok("10,000,000.000000%")),
        (-1.0, ",%", Ok("-100.000000%")),
        (0.1, "_%", Ok("10.000000%")),
        (1e-07, "_%", Ok("0.000010%")),
        (1e+22, "_%", Ok("999_999_999_999_999_983_222_784.000000%")),
        (1.5, ",e", Ok("1.500000e+00")),
        (1.2345678901234567e+89, ",e", Ok("1.234568e+89")),
        (1e+16, ",e", Ok("1.000000e+16")),
        (1234567.0, "_g", Ok("1.23457e+06")),
        (123456789012345.0, "_g", Ok("1.23457e+14")),
        (0.0001, "_g", Ok("0.0001")),
        (0.0001, ",,", Err(("ValueError", "Cannot specify ',' with ','."))),
        (1.5, ",,", Err(("ValueError", "Cannot specify ',' with ','."))),
        (1e-07, ",,", Err(("ValueError", "Cannot specify ',' with ','."))),
        (2.5, "__", Err(("ValueError", "Cannot specify '_' with '_'."))),
        (-0.0, "__", Err(("ValueError", "Cannot specify '_' with '_'."))),
        (1e+16, "__", Err(("ValueError", "Cannot specify '_' with '_'."))),
        (999999.5, ",_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (0.0, ",_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (0.125, ",_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-1234.5678, "_,", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-0.0, "_,", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (1e+16, "_,", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-1.0, ",.2f", Ok("-1.00")),
        (2.5, ",.2f", Ok("2.50")),
        (1e+22, ",.2f", Ok("10,000,000,000,000,000,000,000.00")),
        (1e+22, "_.2f", Ok("10_000_000_000_000_000_000_000.00")),
        (1.5e+16, "_.2f", Ok("15_000_000_000_000_000.00")),
        (0.3333333333333333, "_.2f", Ok("0.33")),
        (1e+16, ",_d", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (1000000000000000.0, ",_d", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (999999.5, ",_d", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-1234.5678, "10", Ok("-1234.5678")),
        (0.3333333333333333, "10", Ok("0.3333333333333333")),
        (0.045, "10", Ok("     0.045")),
        (1e+22, "010", Ok("000001e+22")),
        (f64::NEG_INFINITY, "010", Ok("-000000inf")),
        (0.045, "010", Ok("000000.045")),
        (f64::NAN, "-010", Ok("0000000nan")),
        (1e-07, "-010", Ok("000001e-07")),
        (1e+22, "-010", Ok("000001e+22")),
        (0.0001, "+010", Ok("+0000.0001")),
        (0.99999999, "+010", Ok("+0.99999999")),
        (f64::NEG_INFINITY, "+010", Ok("-000000inf")),
        (1.5e+16, " 010", Ok(" 001.5e+16")),
        (1e+16, " 010", Ok(" 00001e+16")),
        (1e+300, " 010", Ok(" 0001e+300")),
        (0.3333333333333333, "0=10", Ok("0.3333333333333333")),
        (0.0, "0=10", Ok("00000000.0")),
        (0.125, "0=10", Ok("000000.125")),
        (9999999.5, "0<10", Ok("9999999.50")),
        (0.0, "0<10", Ok("0.00000000")),
        (100000.0, "0<10", Ok("100000.000")),
        (1.2345678901234567e+89, "0>10", Ok("1.2345678901234567e+89")),
        (f64::NAN, "0>10", Ok("0000000nan")),
        (1.0, "0>10", Ok("00000001.0")),
        (1e+22, "0^10", Ok("001e+22000")),
        (0.3333333333333333, "0^10", Ok("0.3333333333333333")),
        (123456789012345.0, "0^10", Ok("123456789012345.0")),
        (-1.0, "*^10", Ok("***-1.0***")),
        (2.675, "*^10", Ok("**2.675***")),
        (9999999.5, "*^10", Ok("9999999.5*")),
        (0.0, "=10", Ok("       0.0")),
        (1.2345678901234567e+89, "=10", Ok("1.2345678901234567e+89")),
        (9999999.5, "=10", Ok(" 9999999.5")),
        (123.456, "<10", Ok("123.456   ")),
        (0.0001, "<10", Ok("0.0001    ")),
        (100000.0, "<10", Ok("100000.0  ")),
        (2.5, ">10", Ok("       2.5")),
        (2.675, ">10", Ok("     2.675")),
        (0.5, ">10", Ok("       0.5")),
        (1e-07, "^10", Ok("  1e-07   ")),
        (1e+16, "^10", Ok("  1e+16   ")),
        (-0.0, "^10", Ok("   -0.0   ")),
        (9999999.5, "^11", Ok(" 9999999.5 ")),
        (0.99999999, "^11", Ok("0.99999999 ")),
        (123.456, "^11", Ok("  123.456  ")),
        (123456789012345.0, "#x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (0.0001, "#x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (5e-324, "#x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (0.3333333333333333, "#X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (2.675, "#X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (123456789012345.0, "#X", Err(("ValueError", "Unknown format code 'X' for object of type 'float'"))),
        (999999.5, "#o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (0.0001, "#o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (1.0, "#o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (0.125, "#b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (5e-324, "#b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (2.675, "#b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (1e+16, "#010x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (1.2345678901234567e+89, "#010x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (2.5, "#010x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (-1.0, "#10x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (2.675, "#10x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (-0.0, "#10x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (-1234.5678, "#", Ok("-1234.5678")),
        (100000.0, "#", Ok("100000.0")),
        (0.125, "#", Ok("0.125")),
        (999999.5, "+#x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (1e-07, "+#x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (1e+22, "+#x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (2.5, "-#o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (2.675, "-#o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (-1234.5678, "-#o", Err(("ValueError", "Unknown format code 'o' for object of type 'float'"))),
        (2.675, " #b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (0.0001, " #b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (100000.0, " #b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (0.0, "#c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (1.2345678901234567e+89, "#c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (0.125, "#c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (1.5e+16, "+c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (f64::INFINITY, "+c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (f64::NAN, "+c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (0.045, " c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (1e+16, " c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (1234567.0, " c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (9.9999, "5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (-1234.5678, "5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (1e+300, "5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (0.045, "^5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (0.125, "^5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (f64::NEG_INFINITY, "^5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (f64::NEG_INFINITY, "=5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (9.9999, "=5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (999999.5, "=5c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (1.2345678901234567e+89, "05c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (0.1, "05c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (100000.0, "05c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        (1234567.0, "zd", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (1e+300, "zd", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (100000.0, "zd", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (f64::NAN, "z.1f", Ok("nan")),
        (0.3333333333333333, "z.1f", Ok("0.3")),
        (0.99999999, "z.1f", Ok("1.0")),
        (9.9999, "z%", Ok("999.990000%")),
        (1.5e+16, "z%", Ok("1500000000000000000.000000%")),
        (0.3333333333333333, "z%", Ok("33.333333%")),
        (-1.0, "z.0f", Ok("-1")),
        (123.456, "z.0f", Ok("123")),
        (f64::INFINITY, "z.0f", Ok("inf")),
        (1e+22, "z.2e", Ok("1.00e+22")),
        (123.456, "z.2e", Ok("1.23e+02")),
        (f64::NAN, "z.2e", Ok("nan")),
        (0.1, "z.3g", Ok("0.1")),
        (1e-07, "z.3g", Ok("1e-07")),
        (999999.5, "z.3g", Ok("1e+06")),
        (9.9999, "z.0%", Ok("1000%")),
        (1e-07, "z.0%", Ok("0%")),
        (1.5, "z.0%", Ok("150%")),
        (1.2345678901234567e+89, "z010.1f", Ok("123456789012345668470312137459279984556384106353869384675412102327497084569150364831449088.0")),
        (100000.0, "z010.1f", Ok("00100000.0")),
        (0.3333333333333333, "z010.1f", Ok("00000000.3")),
        (-1234.5678, ".0", Ok("-1e+03")),
        (9.9999, ".0", Ok("1e+01")),
        (1234567.0, ".0", Ok("1e+06")),
        (0.1, ".1", Ok("0.1")),
        (f64::INFINITY, ".1", Ok("inf")),
        (9.9999, ".1", Ok("1e+01")),
        (1e+16, ".3", Ok("1e+16")),
        (1000000000000000.0, ".3", Ok("1e+15")),
        (5e-324, ".3", Ok("4.94e-324")),
        (-0.0, ".16", Ok("-0.0")),
        (f64::INFINITY, ".16", Ok("inf")),
        (0.5, ".16", Ok("0.5")),
        (1e-07, ".17", Ok("9.9999999999999995e-08")),
        (2.5, ".17", Ok("2.5")),
        (2.675, ".17", Ok("2.6749999999999998")),
        (999999.5, ".0f", Ok("1000000")),
        (1.5e+16, ".0f", Ok("15000000000000000")),
        (0.5, ".0f", Ok("0")),
        (123.456, ".0e", Ok("1e+02")),
        (1.0, ".0e", Ok("1e+00")),
        (0.1, ".0e", Ok("1e-01")),
        (1.5e+16, ".0g", Ok("2e+16")),
        (2.675, ".0g", Ok("3")),
        (0.0001, ".0g", Ok("0.0001")),
        (1.5e+16, ".0%", Ok("1500000000000000000%")),
        (1000000000000000.0, ".0%", Ok("100000000000000000%")),
        (-1234.5678, ".0%", Ok("-123457%")),
        (0.5, "#.0f", Ok("0.")),
        (0.3333333333333333, "#.0f", Ok("0.")),
        (0.125, "#.0f", Ok("0.")),
        (2.5, "#.0e", Ok("2.e+00")),
        (-1234.5678, "#.0e", Ok("-1.e+03")),
        (1e-07, "#.0e", Ok("1.e-07")),
        (f64::INFINITY, "#.0g", Ok("inf")),
        (2.5, "#.0g", Ok("2.")),
        (100000.0, "#.0g", Ok("1.e+05")),
        (1234567.0, "#.0", Ok("1.e+06")),
        (0.0001, "#.0", Ok("0.0001")),
        (9.9999, "#.0", Ok("1.e+01")),
        (1e-07, "#g", Ok("1.00000e-07")),
        (f64::INFINITY, "#g", Ok("inf")),
        (2.5, "#g", Ok("2.50000")),
        (1e-07, "#.3g", Ok("1.00e-07")),
        (9999999.5, "#.3g", Ok("1.00e+07")),
        (f64::NAN, "#.3g", Ok("nan")),
        (9999999.5, "#.3", Ok("1.00e+07")),
        (1234567.0, "#.3", Ok("1.23e+06")),
        (-0.0, "#.3", Ok("-0.00")),
        (-1234.5678, "#e", Ok("-1.234568e+03")),
        (f64::INFINITY, "#e", Ok("inf")),
        (1e-07, "#e", Ok("1.000000e-07")),
        (-1234.5678, "#f", Ok("-1234.567800")),
        (0.0001, "#f", Ok("0.000100")),
        (1.2345678901234567e+89, "#f", Ok("123456789012345668470312137459279984556384106353869384675412102327497084569150364831449088.000000")),
        (123.456, "#%", Ok("12345.600000%")),
        (1e+22, "#%", Ok("999999999999999983222784.000000%")),
        (1e-07, "#%", Ok("0.000010%")),
        (2.675, ".", Err(("ValueError", "Format specifier missing precision"))),
        (1.5e+16, ".", Err(("ValueError", "Format specifier missing precision"))),
        (1e-07, ".", Err(("ValueError", "Format specifier missing precision"))),
        (1e-07, ".f", Err(("ValueError", "Format specifier missing precision"))),
        (100000.0, ".f", Err(("ValueError", "Format specifier missing precision"))),
        (123.456, ".f", Err(("ValueError", "Format specifier missing precision"))),
        (-0.0, "10.", Err(("ValueError", "Format specifier missing precision"))),
        (0.125, "10.", Err(("ValueError", "Format specifier missing precision"))),
        (2.675, "10.", Err(("ValueError", "Format specifier missing precision"))),
        (0.1, "1.2.3", Err(("ValueError", "Invalid format specifier '1.2.3' for object of type 'float'"))),
        (f64::NAN, "1.2.3", Err(("ValueError", "Invalid format specifier '1.2.3' for object of type 'float'"))),
        (1.0, "1.2.3", Err(("ValueError", "Invalid format specifier '1.2.3' for object of type 'float'"))),
        (1000000000000000.0, "xx", Err(("ValueError", "Invalid format specifier 'xx' for object of type 'float'"))),
        (1e-05, "xx", Err(("ValueError", "Invalid format specifier 'xx' for object of type 'float'"))),
        (-1234.5678, "xx", Err(("ValueError", "Invalid format specifier 'xx' for object of type 'float'"))),
        (5e-324, "abc", Err(("ValueError", "Invalid format specifier 'abc' for object of type 'float'"))),
        (0.3333333333333333, "abc", Err(("ValueError", "Invalid format specifier 'abc' for object of type 'float'"))),
        (1e+300, "abc", Err(("ValueError", "Invalid format specifier 'abc' for object of type 'float'"))),
        (9.9999, "10.2fx", Err(("ValueError", "Invalid format specifier '10.2fx' for object of type 'float'"))),
        (1000000000000000.0, "10.2fx", Err(("ValueError", "Invalid format specifier '10.2fx' for object of type 'float'"))),
        (0.045, "10.2fx", Err(("ValueError", "Invalid format specifier '10.2fx' for object of type 'float'"))),
        (1.0, "\u{665}", Ok("  1.0")),
        (9.9999, "\u{665}", Ok("9.9999")),
        (1e+16, "\u{665}", Ok("1e+16")),
        (f64::INFINITY, "\u{661}\u{660}", Ok("       inf")),
        (123456789012345.0, "\u{661}\u{660}", Ok("123456789012345.0")),
        (5e-324, "\u{661}\u{660}", Ok("    5e-324")),
        (1.2345678901234567e+89, ".\u{662}f", Ok("123456789012345668470312137459279984556384106353869384675412102327497084569150364831449088.00")),
        (123456789012345.0, ".\u{662}f", Ok("123456789012345.00")),
        (5e-324, ".\u{662}f", Ok("0.00")),
        (0.0001, "99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        (0.5, "99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        (1.2345678901234567e+89, "99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        (-1234.5678, "9223372036854775807", Err(("MemoryError", ""))),
        (1.5e+16, "9223372036854775807", Err(("MemoryError", ""))),
        (1e+16, "9223372036854775807", Err(("MemoryError", ""))),
        (0.045, "9223372036854775808", Err(("ValueError", "Too many decimal digits in format string"))),
        (0.3333333333333333, "9223372036854775808", Err(("ValueError", "Too many decimal digits in format string"))),
        (999999.5, "9223372036854775808", Err(("ValueError", "Too many decimal digits in format string"))),
        (0.0, ".99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        (1e-05, ".99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        (0.125, ".99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        (2.675, ".2147483648f", Err(("ValueError", "precision too big"))),
        (-1.0, ".2147483648f", Err(("ValueError", "precision too big"))),
        (9.9999, ".2147483648f", Err(("ValueError", "precision too big"))),
        (1.5, ".2147483648", Err(("ValueError", "precision too big"))),
        (1000000000000000.0, ".2147483648", Err(("ValueError", "precision too big"))),
        (0.3333333333333333, ".2147483648", Err(("ValueError", "precision too big"))),
        (1e+22, "\u{fc}<10", Ok("1e+22\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}")),
        (0.1, "\u{fc}<10", Ok("0.1\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}")),
        (1.2345678901234567e+89, "\u{fc}<10", Ok("1.2345678901234567e+89")),
        (100000.0, "\u{4e2d}^9", Ok("100000.0\u{4e2d}")),
        (999999.5, "\u{4e2d}^9", Ok("999999.5\u{4e2d}")),
        (1.2345678901234567e+89, "\u{4e2d}^9", Ok("1.2345678901234567e+89")),
        (0.99999999, "{>5", Ok("0.99999999")),
        (123456789012345.0, "{>5", Ok("123456789012345.0")),
        (9.9999, "{>5", Ok("9.9999")),
        (-1.0, "0,", Ok("-1.0")),
        (1e+22, "0,", Ok("1e+22")),
        (1000000000000000.0, "0,", Ok("1,000,000,000,000,000.0")),
        (1234567.0, "012,", Ok("01,234,567.0")),
        (0.99999999, "012,", Ok("000.99999999")),
        (999999.5, "012,", Ok("00,999,999.5")),
        (123.456, "015,.2f", Ok("0,000,000,123.46")),
        (9999999.5, "015,.2f", Ok("0,009,999,999.50")),
        (1.0, "015,.2f", Ok("0,000,000,001.00")),
        (1e-07, "0=15_", Ok("000_000_001e-07")),
        (123.456, "0=15_", Ok("000_000_123.456")),
        (1e+300, "0=15_", Ok("00_000_001e+300")),
        (1e+300, "0=12_x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (1e-05, "0=12_x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (-1.0, "0=12_x", Err(("ValueError", "Unknown format code 'x' for object of type 'float'"))),
        (1e+300, "020_b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (0.0, "020_b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (999999.5, "020_b", Err(("ValueError", "Unknown format code 'b' for object of type 'float'"))),
        (999999.5, "=+10", Ok("+ 999999.5")),
        (1.5e+16, "=+10", Ok("+  1.5e+16")),
        (1e+16, "=+10", Ok("+    1e+16")),
        (9.9999, "= 10", Ok("    9.9999")),
        (0.3333333333333333, "= 10", Ok(" 0.3333333333333333")),
        (0.1, "= 10", Ok("       0.1")),
        (-1.0, "x=+10,", Ok("-xxxxxx1.0")),
        (0.0001, "x=+10,", Ok("+xxx0.0001")),
        (2.5, "x=+10,", Ok("+xxxxxx2.5")),
        (1000000000000000.0, "^-10", Ok("1000000000000000.0")),
        (123.456, "^-10", Ok(" 123.456  ")),
        (f64::NEG_INFINITY, "^-10", Ok("   -inf   ")),
        (-1.0, "+.3", Ok("-1.0")),
        (f64::NAN, "+.3", Ok("+nan")),
        (1.5e+16, "+.3", Ok("+1.5e+16")),
        (1e-07, " .3", Ok(" 1e-07")),
        (5e-324, " .3", Ok(" 4.94e-324")),
        (0.0, " .3", Ok(" 0.0")),
        (0.045, "+,", Ok("+0.045")),
        (5e-324, "+,", Ok("+5e-324")),
        (f64::NAN, "+,", Ok("+nan")),
        (1.093625362391506e+99, "zE", Ok("1.093625E+99")),
        (6.988940999187e+16, "G", Ok("6.98894E+16")),
        (47348.5, ".10g", Ok("47348.5")),
        (4.440892098500626e-16, "00.6F", Ok("0.000000")),
        (2.4079709616051705e+29, "+23.0", Ok("                 +2e+29")),
        (-8.740879206977e+36, "=+13E", Ok("-8.740879E+36")),
        (384233.0, "30d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (-5.53326682015052e+24, "#30_.3%", Ok("-553_326_682_015_052_012_577_619_968.000%")),
        (-6.8455486915178e-07, "7.17F", Ok("-0.00000068455486915")),
        (1.7976931348623157e+308, " 28.59", Ok(" 1.7976931348623157081452742373170435679807056752584499659892e+308")),
        (2.3309e+19, "-F", Ok("23309000000000000000.000000")),
        (604.5935, "0.1n", Ok("6e+02")),
        (-2.7578261315509936e+216, "21.20", Ok("-2.7578261315509936494e+216")),
        (89.4535, "#.6G", Ok("89.4535")),
        (4.62055e-05, "#f", Ok("0.000046")),
        (-2.5, "x^+z17,_G", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-2.1668079043466824e-257, "*=F", Ok("-0.000000")),
        (2.39459456443e-06, "+#F", Ok("+0.000002")),
        (0.45, "=^034,f", Ok("=============0.450000=============")),
        (0.00555, "#0f", Ok("0.005550")),
        (511255616058194.94, "=08_G", Ok("5.11256E+14")),
        (0.35, "-3,.0", Ok("0.3")),
        (-6782696800000.0, "#03%", Ok("-678269680000000.000000%")),
        (8.5, "^+#040,d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (6100000.0, "0>13,_e", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-2.812136897605615e-30, "#.6e", Ok("-2.812137e-30")),
        (4.35, "14e", Ok("  4.350000e+00")),
        (0.15, "031.17f", Ok("0000000000000.14999999999999999")),
        (611.955, ".20%", Ok("61195.50000000000727595761%")),
        (-4.120858251871573e+19, "#,g", Ok("-4.12086e+19")),
        (-936553000292154.0, "=#021e", Ok("-000000009.365530e+14")),
        (8420594793109564.0, "<27", Ok("8420594793109564.0         ")),
        (316358866000000.0, "+#10_E", Ok("+3.163589E+14")),
        (-9980383.7, "z#13.2d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (-7.690871385593858e+19, "-z,.10", Ok("-7.690871386e+19")),
        (0.014956, "=9", Ok(" 0.014956")),
        (748397105772.187, ">021.47n", Ok("748397105772.18701171875")),
        (5.0434567931384933e+117, " 15.17n", Ok(" 5.0434567931384933e+117")),
        (-3.2217e+24, "+11f", Ok("-3221699999999999856345088.000000")),
        (3030421.416006122, "< 23.27", Ok(" 3030421.41600612178444862366")),
        (0.25, " 8.10%", Ok(" 25.0000000000%")),
        (-5248045424.0, " 4.0E", Ok("-5E+09")),
        (1e+22, "9.10", Ok("    1e+22")),
        (2.117528186627771e-285, "4d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (5.776622002767455e-275, "-38g", Ok("                          5.77662e-275")),
        (0.00105, "g", Ok("0.00105")),
        (-5.89486441642975e-24, "=#.17F", Ok("-0.00000000000000000")),
        (79.25, " #03.2g", Ok(" 79.")),
        (0.6666666666666666, "-,_g", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (1.5, ",.1F", Ok("1.5")),
        (-53143.39397, "0.3e", Ok("-5.314e+04")),
        (435.85, ">z0,", Ok("435.85")),
        (-4.1499246138993384e+49, "34,n", Err(("ValueError", "Cannot specify ',' with 'n'."))),
        (0.25, "035", Ok("00000000000000000000000000000000.25")),
        (-9e-19, "<G", Ok("-9E-19")),
        (-70.1695, "#0%", Ok("-7016.950000%")),
        (9464139799023.0, ".20e", Ok("9.46413979902300000000e+12")),
        (71.5, " .5g", Ok(" 71.5")),
        (75.5, "-.10", Ok("75.5")),
        (0.3333333333333333, ">#,.10g", Ok("0.3333333333")),
        (16365049637589.0, ".17", Ok("16365049637589.0")),
        (1e-300, "\u{e9}<+30,_.3e", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-6695.5, "-#,_g", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (4.523226469769822e-77, "#18", Ok("4.523226469769822e-77")),
        (0.0480558498, "^0.20", Ok("0.048055849800000001448")),
        (9.5, "#.0", Ok("1.e+01")),
        (3.2736994496655167e+81, "13f", Ok("3273699449665516683493504779092132131731180590405053341346118055025120218053607424.000000")),
        (-3.1554436208840472e-30, "_", Ok("-3.1554436208840472e-30")),
        (-0.00025, "^#.2", Ok("-0.00025")),
        (8.530100173468312e+25, ".10", Ok("8.530100173e+25")),
        (-344579206925107.0, ".20e", Ok("-3.44579206925107000000e+14")),
        (-8799.715980141691, "#26E", Ok("             -8.799716E+03")),
        (-96800000000000.0, "z0f", Ok("-96800000000000.000000")),
        (0.00075, "16_f", Ok("        0.000750")),
        (7.756406919021455e+178, "_.1", Ok("8e+178")),
        (677.8915, "=+16G", Ok("+        677.891")),
        (4.0232883350306e+23, "-.3", Ok("4.02e+23")),
        (-1234.5678, " 39d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (3.32e-13, "z.1G", Ok("3E-13")),
        (1.2345678901234567e+89, "29_%", Ok("12_345_678_901_234_567_582_039_592_693_735_879_562_290_170_944_441_041_051_774_511_333_007_195_035_503_216_220_874_735_616.000000%")),
        (-9.113902524445497e-305, "039.0g", Ok("-000000000000000000000000000000009e-305")),
        (-7.090649168385425e+277, "10", Ok("-7.090649168385425e+277")),
        (73867.65, " #01,.0", Ok(" 7.e+04")),
        (-8.218962346169334e+208, "=#.3e", Ok("-8.219e+208")),
        (2.0556353180099057e+301, ".3%", Ok("2055635318009905691623869185086132396616368427335399420797792105673224285153481860858720598063233063874129242848715531887357332006201799325532197496802391240086908247630923646203524118061646464188478012108544753427417741700560609582130686890606572937510916810746906302930027285897548379558015476088963072.000%")),
        (-1.2686336172948038e+215, "^E", Ok("-1.268634E+215")),
        (0.00905, "035.6G", Ok("00000000000000000000000000000.00905")),
        (f64::INFINITY, "#0%", Ok("inf%")),
        (1.4354414420210132e-13, "21,_F", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (1.6926179442865486e-07, "+29.17d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (-5.418085, ".10G", Ok("-5.418085")),
        (-5.539569662801113e+275, "#0g", Ok("-5.53957e+275")),
        (4.780814910753199e-25, "-6.17", Ok("4.780814910753199e-25")),
        (-1.718842902072533e+228, ">F", Ok("-1718842902072532992539790311150749204121021410191542974795269112876182072006948368897063604210918995796529231379704532727262080925070308218788617853143238645214061992232745720957963658248016105482932197143719044865266802256510976.000000")),
        (-0.0, "#33_.6", Ok("                         -0.00000")),
        (0.685, "5G", Ok("0.685")),
        (7.875e+24, ".22g", Ok("7.874999999999999666553e+24")),
        (1e+100, "3.6e", Ok("1.000000e+100")),
        (3.0581182251113476e-297, "7E", Ok("3.058118E-297")),
        (-1.3654587227411862e-21, "#0.34n", Ok("-1.365458722741186153490157575175116e-21")),
        (874154890384.856, "#3", Ok("874154890384.856")),
        (-1.7031839360032603e-108, "0", Ok("-1.7031839360032603e-108")),
        (-1.5729403151365407e-118, "x< 026,.5%", Ok("-0.00000%xxxxxxxxxxxxxxxxx")),
        (0.1, "0,_.5", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (273184.526, ">13.20g", Ok("273184.52600000001257")),
        (-2.363095104255164e+204, "x> 8.0%", Ok("-236309510425516406840070896781727335481778486406788235766726590104602649521595562286859073875880497313916984295111023361204454580273970621295851944292736827187572569799235394813552605135566739904291883974656%")),
        (-2.9653914498366736e-13, "#d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (7.7479742611e+18, "32e", Ok("                    7.747974e+18")),
        (-4.4761740994618104e-194, "=<01.3F", Ok("-0.000")),
        (1.1074000255576342e+260, "z#.1F", Ok("110740002555763421772686811228681618302081505451434594643835430386060706760155331400448897127332454636024128897350304907604718591167988748129911814240384399248791045333754365456451043247361007907116200073179984388473907944885909864827207050807733707086457995264.0")),
        (0.15, "+#,.17d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (-9.32775653870699e-49, "_g", Ok("-9.32776e-49")),
        (999.5, " _", Ok(" 999.5")),
        (77.75135, "<_.6%", Ok("7_775.135000%")),
        (-0.017044599128058068, "*< 22G", Ok("-0.0170446************")),
        (2.675, "#.17", Ok("2.6749999999999998")),
        (-1.0209685123551159e-25, "=07F", Ok("-0.000000")),
        (6.475e+25, " =-#f", Ok("64749999999999997974151168.000000")),
        (-6.865147141051199e-191, "#14e", Ok("-6.865147e-191")),
        (12255831613.0, "z25f", Ok("       12255831613.000000")),
        (-4.5082903407156913e-131, "< E", Ok("-4.508290E-131")),
        (44.92205, "-e", Ok("4.492205e+01")),
        (-88103.75, "0.3F", Ok("-88103.750")),
        (67.33665, ".1e", Ok("6.7e+01")),
        (-2.833959743213936e-26, "0", Ok("-2.833959743213936e-26")),
        (-1.9290538858820058e+109, "x=19.20G", Ok("-1.9290538858820057597E+109")),
        (-7.351197509e-12, ">-36e", Ok("                       -7.351198e-12")),
        (8.5885084774e+18, ".20d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (-0.002202036129038734, ">26G", Ok("               -0.00220204")),
        (6.1904761944538024e-46, "21.2", Ok("              6.2e-46")),
        (0.3318, "z30_.3", Ok("                         0.332")),
        (7154.85, "027.0g", Ok("00000000000000000000007e+03")),
        (9.5, ",f", Ok("9.500000")),
        (0.0175, "<7.17n", Ok("0.017500000000000002")),
        (1e+16, "-z.6g", Ok("1e+16")),
        (3.304547750890081e-74, "23.0", Ok("                  3e-74")),
        (5.826828696250162e-157, "<.17e", Ok("5.82682869625016152e-157")),
        (-4.778752859539374e+38, "#39_.5n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        (-1.8118892217439412e+71, "30E", Ok("                 -1.811889E+71")),
        (-30990324.0, "x=-_.1g", Ok("-3e+07")),
        (-3.752159424682769e+68, "034.0", Ok("-00000000000000000000000000004e+68")),
        (1.0587911840678754e-22, "23.2e", Ok("               1.06e-22")),
        (7173371073100000.0, "^-24.27e", Ok("7.173371073100000000000000000e+15")),
        (9.995, "<g", Ok("9.995")),
        (2.3078416718996784e+41, "{< #0g", Ok(" 2.30784e+41")),
        (6.357247975515363e+17, "#.5d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (-1796157132.0, "z012f", Ok("-1796157132.000000")),
        (0.003089535762087949, "G", Ok("0.00308954")),
        (7.04171, "#028G", Ok("0000000000000000000007.04171")),
        (129886195661759.0, "-00", Ok("129886195661759.0")),
        (-0.5225, "#0.10n", Ok("-0.5225000000")),
        (-2.5558592370525066e+225, "#40.47E", Ok("-2.55585923705250655646862964247239951757843849064E+225")),
        (-6664640431624024.0, "#_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        (1.639530884889075e+110, "+#0_.10", Ok("+1.639530885e+110")),
        (0.1, " = d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (-896279860364965.4, "z33_.5g", Ok("                      -8.9628e+14")),
        (-1.7592340076714214e-233, "x<.17f", Ok("-0.00000000000000000")),
        (0.0075, "^,G", Ok("0.0075")),
        (0.63575, "^ 3g", Ok(" 0.63575")),
        (-0.16115, ">#31e", Ok("                  -1.611500e-01")),
        (7.058291347815011e-24, "<>.2%", Ok("0.00%")),
        (2.5, ".3e", Ok("2.500e+00")),
        (9.63e-19, "^ 19f", Ok("      0.000000     ")),
        (47168631520731.0, "#32.2e", Ok("                        4.72e+13")),
        (0.45, "0^0.3", Ok("0.45")),
        (-5.65391060729083e+73, "+,_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-2.8712308314915855e+18, "<33f", Ok("-2871230831491585536.000000      ")),
        (1.6878809557718513e-166, ".2n", Ok("1.7e-166")),
        (3.0385816786431356e-64, "^#8_E", Ok("3.038582E-64")),
        (1.94597695857079e+18, "35.2", Ok("                            1.9e+18")),
        (-7.74556e+25, "+14.1f", Ok("-77455599999999998158700544.0")),
        (-45.990355, "_.5f", Ok("-45.99036")),
        (2.9798665996810568e+26, "z#29d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (1e+16, " .3", Ok(" 1e+16")),
        (735707736939.7, " z010.19", Ok(" 735707736939.6999512")),
        (9.652769747549246e+21, "-#36.1e", Ok("                             9.7e+21")),
        (-6.01689991092994e+19, ">#27.17e", Ok("   -6.01689991092993966e+19")),
        (0.0075, "0.0g", Ok("0.007")),
        (0.00013620151494076767, "10.17n", Ok("0.00013620151494076767")),
        (-5.762129362097675e+293, "#d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (-9.951475874911293e+16, " <.10", Ok("-9.951475875e+16")),
        (6730769997182146.0, ".2%", Ok("673076999718214656.00%")),
        (-6.441148769597133e-232, "+_F", Ok("-0.000000")),
        (-1.0416901739099366e-23, "*>,_d", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (-2.8608118490271717e-238, ".3", Ok("-2.86e-238")),
        (28879.25, "#29E", Ok("                 2.887925E+04")),
        (4.35, "-z%", Ok("435.000000%")),
        (-6.157939097862799e-146, "z0n", Ok("-6.15794e-146")),
        (0.35, "27,_E", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        (6.094242834233601e-18, "0^29d", Err(("ValueError", "Unknown format code 'd' for object of type 'float'"))),
        (3.6220458738565e+38, "-", Ok("3.6220458738565e+38")),
        (2.675, ".1E", Ok("2.7E+00")),
        (4.845781754539109e-268, ".10f", Ok("0.0000000000")),
        (f64::NAN, "+,.1f", Ok("+nan")),
        (1e-25, "0>31.0F", Ok("0000000000000000000000000000000")),
        (-3.5200073059886146e-42, ">-z20", Ok("-3.5200073059886146e-42")),
        (4.55699838141149e+17, "-g", Ok("4.557e+17")),
        (3.0110457877571517e-270, "-#4.57F", Ok("0.000000000000000000000000000000000000000000000000000000000")),
        (-16976655945462.006, "^36E", Ok("           -1.697666E+13            ")),
        (0.08148, "-7", Ok("0.08148")),
    ];

    const FORMAT_STR: &[(&str, &str, Result<&str, (&str, &str)>)] = &[
        ("abcdefghij", "", Ok("abcdefghij")),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "x",
            Err((
                "ValueError",
                "Unknown format code 'x' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "X",
            Err((
                "ValueError",
                "Unknown format code 'X' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "o",
            Err((
                "ValueError",
                "Unknown format code 'o' for object of type 'str'",
            )),
        ),
        (
            "",
            "b",
            Err((
                "ValueError",
                "Unknown format code 'b' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "c",
            Err((
                "ValueError",
                "Unknown format code 'c' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "n",
            Err((
                "ValueError",
                "Unknown format code 'n' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "e",
            Err((
                "ValueError",
                "Unknown format code 'e' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "E",
            Err((
                "ValueError",
                "Unknown format code 'E' for object of type 'str'",
            )),
        ),
        (
            "",
            "f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "F",
            Err((
                "ValueError",
                "Unknown format code 'F' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "g",
            Err((
                "ValueError",
                "Unknown format code 'g' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "G",
            Err((
                "ValueError",
                "Unknown format code 'G' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "%",
            Err((
                "ValueError",
                "Unknown format code '%' for object of type 'str'",
            )),
        ),
        ("h\u{e9}llo", "s", Ok("h\u{e9}llo")),
        (
            "h\u{e9}llo",
            "z",
            Err((
                "ValueError",
                "Negative zero coercion (z) not allowed in string format specifier",
            )),
        ),
        (
            "",
            "r",
            Err((
                "ValueError",
                "Unknown format code 'r' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "\u{0}",
            Err((
                "ValueError",
                "Unknown format code '\\x0' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "\u{7f}",
            Err((
                "ValueError",
                "Unknown format code '\u{7f}' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "\u{4e2d}",
            Err((
                "ValueError",
                "Unknown format code '\\x4e2d' for object of type 'str'",
            )),
        ),
        (
            "",
            " ",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        ("", ",", Err(("ValueError", "Cannot specify ',' with 's'."))),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "_",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            ",d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "_d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            ",x",
            Err(("ValueError", "Cannot specify ',' with 'x'.")),
        ),
        (
            "a",
            "_x",
            Err((
                "ValueError",
                "Unknown format code 'x' for object of type 'str'",
            )),
        ),
        (
            "",
            "_b",
            Err((
                "ValueError",
                "Unknown format code 'b' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "_o",
            Err((
                "ValueError",
                "Unknown format code 'o' for object of type 'str'",
            )),
        ),
        (
            "",
            "_X",
            Err((
                "ValueError",
                "Unknown format code 'X' for object of type 'str'",
            )),
        ),
        (
            "a",
            ",b",
            Err(("ValueError", "Cannot specify ',' with 'b'.")),
        ),
        (
            "abcdefghij",
            ",n",
            Err(("ValueError", "Cannot specify ',' with 'n'.")),
        ),
        (
            "a",
            "_n",
            Err(("ValueError", "Cannot specify '_' with 'n'.")),
        ),
        (
            "h\u{e9}llo",
            ",c",
            Err(("ValueError", "Cannot specify ',' with 'c'.")),
        ),
        (
            "abcdefghij",
            ",%",
            Err((
                "ValueError",
                "Unknown format code '%' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "_%",
            Err((
                "ValueError",
                "Unknown format code '%' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            ",e",
            Err((
                "ValueError",
                "Unknown format code 'e' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "_g",
            Err((
                "ValueError",
                "Unknown format code 'g' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            ",,",
            Err(("ValueError", "Cannot specify ',' with ','.")),
        ),
        (
            "h\u{e9}llo",
            "__",
            Err(("ValueError", "Cannot specify '_' with '_'.")),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            ",_",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        (
            "",
            "_,",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        (
            "",
            ",.2f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "_.2f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            ",_d",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        ("", "10", Ok("          ")),
        ("h\u{e9}llo", "010", Ok("h\u{e9}llo00000")),
        (
            "",
            "-010",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "",
            "+010",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "abcdefghij",
            " 010",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        (
            "",
            "0=10",
            Err((
                "ValueError",
                "'=' alignment not allowed in string format specifier",
            )),
        ),
        ("h\u{e9}llo", "0<10", Ok("h\u{e9}llo00000")),
        ("a", "0>10", Ok("000000000a")),
        ("h\u{e9}llo", "0^10", Ok("00h\u{e9}llo000")),
        ("", "*^10", Ok("**********")),
        (
            "",
            "=10",
            Err((
                "ValueError",
                "'=' alignment not allowed in string format specifier",
            )),
        ),
        ("h\u{e9}llo", "<10", Ok("h\u{e9}llo     ")),
        ("h\u{e9}llo", ">10", Ok("     h\u{e9}llo")),
        ("", "^10", Ok("          ")),
        ("", "^11", Ok("           ")),
        (
            "h\u{e9}llo",
            "#x",
            Err((
                "ValueError",
                "Unknown format code 'x' for object of type 'str'",
            )),
        ),
        (
            "",
            "#X",
            Err((
                "ValueError",
                "Unknown format code 'X' for object of type 'str'",
            )),
        ),
        (
            "",
            "#o",
            Err((
                "ValueError",
                "Unknown format code 'o' for object of type 'str'",
            )),
        ),
        (
            "a",
            "#b",
            Err((
                "ValueError",
                "Unknown format code 'b' for object of type 'str'",
            )),
        ),
        (
            "a",
            "#010x",
            Err((
                "ValueError",
                "Unknown format code 'x' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "#10x",
            Err((
                "ValueError",
                "Unknown format code 'x' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "#",
            Err((
                "ValueError",
                "Alternate form (#) not allowed in string format specifier",
            )),
        ),
        (
            "abcdefghij",
            "+#x",
            Err((
                "ValueError",
                "Unknown format code 'x' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "-#o",
            Err((
                "ValueError",
                "Unknown format code 'o' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            " #b",
            Err((
                "ValueError",
                "Unknown format code 'b' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "#c",
            Err((
                "ValueError",
                "Unknown format code 'c' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "+c",
            Err((
                "ValueError",
                "Unknown format code 'c' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            " c",
            Err((
                "ValueError",
                "Unknown format code 'c' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "5c",
            Err((
                "ValueError",
                "Unknown format code 'c' for object of type 'str'",
            )),
        ),
        (
            "",
            "^5c",
            Err((
                "ValueError",
                "Unknown format code 'c' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "=5c",
            Err((
                "ValueError",
                "Unknown format code 'c' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "05c",
            Err((
                "ValueError",
                "Unknown format code 'c' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "zd",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "a",
            "z.1f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "z%",
            Err((
                "ValueError",
                "Unknown format code '%' for object of type 'str'",
            )),
        ),
        (
            "a",
            "z.0f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "z.2e",
            Err((
                "ValueError",
                "Unknown format code 'e' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "z.3g",
            Err((
                "ValueError",
                "Unknown format code 'g' for object of type 'str'",
            )),
        ),
        (
            "a",
            "z.0%",
            Err((
                "ValueError",
                "Unknown format code '%' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "z010.1f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        ("abcdefghij", ".0", Ok("")),
        ("", ".1", Ok("")),
        ("h\u{e9}llo", ".3", Ok("h\u{e9}l")),
        ("", ".16", Ok("")),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            ".17",
            Ok("\u{4e2d}\u{6587}\u{5b57}"),
        ),
        (
            "a",
            ".0f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            ".0e",
            Err((
                "ValueError",
                "Unknown format code 'e' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            ".0g",
            Err((
                "ValueError",
                "Unknown format code 'g' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            ".0%",
            Err((
                "ValueError",
                "Unknown format code '%' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "#.0f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "#.0e",
            Err((
                "ValueError",
                "Unknown format code 'e' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "#.0g",
            Err((
                "ValueError",
                "Unknown format code 'g' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "#.0",
            Err((
                "ValueError",
                "Alternate form (#) not allowed in string format specifier",
            )),
        ),
        (
            "abcdefghij",
            "#g",
            Err((
                "ValueError",
                "Unknown format code 'g' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "#.3g",
            Err((
                "ValueError",
                "Unknown format code 'g' for object of type 'str'",
            )),
        ),
        (
            "",
            "#.3",
            Err((
                "ValueError",
                "Alternate form (#) not allowed in string format specifier",
            )),
        ),
        (
            "abcdefghij",
            "#e",
            Err((
                "ValueError",
                "Unknown format code 'e' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "#f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "",
            "#%",
            Err((
                "ValueError",
                "Unknown format code '%' for object of type 'str'",
            )),
        ),
        (
            "",
            ".",
            Err(("ValueError", "Format specifier missing precision")),
        ),
        (
            "abcdefghij",
            ".f",
            Err(("ValueError", "Format specifier missing precision")),
        ),
        (
            "a",
            "10.",
            Err(("ValueError", "Format specifier missing precision")),
        ),
        (
            "",
            "1.2.3",
            Err((
                "ValueError",
                "Invalid format specifier '1.2.3' for object of type 'str'",
            )),
        ),
        (
            "",
            "xx",
            Err((
                "ValueError",
                "Invalid format specifier 'xx' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "abc",
            Err((
                "ValueError",
                "Invalid format specifier 'abc' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "10.2fx",
            Err((
                "ValueError",
                "Invalid format specifier '10.2fx' for object of type 'str'",
            )),
        ),
        ("abcdefghij", "\u{665}", Ok("abcdefghij")),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "\u{661}\u{660}",
            Ok("\u{4e2d}\u{6587}\u{5b57}       "),
        ),
        (
            "h\u{e9}llo",
            ".\u{662}f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "a",
            "99999999999999999999",
            Err(("ValueError", "Too many decimal digits in format string")),
        ),
        (
            "h\u{e9}llo",
            "9223372036854775807",
            Err(("MemoryError", "")),
        ),
        (
            "",
            "9223372036854775808",
            Err(("ValueError", "Too many decimal digits in format string")),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            ".99999999999999999999",
            Err(("ValueError", "Too many decimal digits in format string")),
        ),
        (
            "h\u{e9}llo",
            ".2147483648f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            ".2147483648",
            Ok("\u{4e2d}\u{6587}\u{5b57}"),
        ),
        (
            "h\u{e9}llo",
            "\u{fc}<10",
            Ok("h\u{e9}llo\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}"),
        ),
        (
            "",
            "\u{4e2d}^9",
            Ok("\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}\u{4e2d}"),
        ),
        ("a", "{>5", Ok("{{{{a")),
        (
            "h\u{e9}llo",
            "0,",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "",
            "012,",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "abcdefghij",
            "015,.2f",
            Err((
                "ValueError",
                "Unknown format code 'f' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "0=15_",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "h\u{e9}llo",
            "0=12_x",
            Err((
                "ValueError",
                "Unknown format code 'x' for object of type 'str'",
            )),
        ),
        (
            "h\u{e9}llo",
            "020_b",
            Err((
                "ValueError",
                "Unknown format code 'b' for object of type 'str'",
            )),
        ),
        (
            "abcdefghij",
            "=+10",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "abcdefghij",
            "= 10",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        (
            "",
            "x=+10,",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "abcdefghij",
            "^-10",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "h\u{e9}llo",
            "+.3",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            " .3",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        (
            "abcdefghij",
            "+,",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "hello",
            "0_.6s",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "a",
            "z19_.6",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            " #.1",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        ("", ".6", Ok("")),
        (
            "",
            "3.3d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "hello",
            "=0.2s",
            Err((
                "ValueError",
                "'=' alignment not allowed in string format specifier",
            )),
        ),
        (
            "a",
            "\u{4e2d}>z.17",
            Err((
                "ValueError",
                "Negative zero coercion (z) not allowed in string format specifier",
            )),
        ),
        (
            "a",
            "+#,d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "",
            "35,_",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        ("\u{4e2d}\u{6587}", "<", Ok("\u{4e2d}\u{6587}")),
        (
            "",
            "37,_s",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        (
            "\u{4e2d}\u{6587}",
            "-z_.3",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "hello",
            "30_s",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        ("hello", "", Ok("hello")),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "13,",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        ("hello", "{>4", Ok("hello")),
        (
            "a",
            "-",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "",
            "35_",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "hello",
            "<,_d",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        ("hello", "x>0", Ok("hello")),
        (
            "\u{4e2d}\u{6587}",
            "33_.1s",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "+038.3",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            " #12.6d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}",
            " #.6",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        ("\u{4e2d}\u{6587}", "0.53", Ok("\u{4e2d}\u{6587}")),
        (
            "",
            "-#",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        ("h\u{e9}llo w\u{f6}rld", "13", Ok("h\u{e9}llo w\u{f6}rld  ")),
        (
            "",
            ">+#1",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "a",
            "23_.6",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "",
            "> #.1",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        (
            "",
            " 032.17s",
            Err(("ValueError", "Space not allowed in string format specifier")),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "^32.10s",
            Ok("           h\u{e9}llo w\u{f6}rl           "),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "\u{e9}^-#27_",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "a",
            "0,_",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        (
            "\u{4e2d}\u{6587}",
            "38s",
            Ok("\u{4e2d}\u{6587}                                    "),
        ),
        (
            "\u{4e2d}\u{6587}",
            "<> #0,.6",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "",
            "4_s",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "",
            "3_",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "a",
            "z#6,.0",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "hello",
            "==35",
            Err((
                "ValueError",
                "'=' alignment not allowed in string format specifier",
            )),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "15d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "z#12d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}",
            "#1",
            Err((
                "ValueError",
                "Alternate form (#) not allowed in string format specifier",
            )),
        ),
        (
            "h\u{e9}llo w\u{f6}rld",
            "x>.0d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        ("h\u{e9}llo w\u{f6}rld", "", Ok("h\u{e9}llo w\u{f6}rld")),
        (
            "hello",
            "=,_.0",
            Err(("ValueError", "Cannot specify both ',' and '_'.")),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "^24.3",
            Ok("          xxx           "),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "< .2d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "",
            ">0,.1",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "hello",
            "x>-26.10",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "^12",
            Ok("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "{<+",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "022.10s",
            Ok("xxxxxxxxxx000000000000"),
        ),
        (
            "a",
            "<0,d",
            Err((
                "ValueError",
                "Unknown format code 'd' for object of type 'str'",
            )),
        ),
        (
            "\u{4e2d}\u{6587}",
            "16",
            Ok("\u{4e2d}\u{6587}              "),
        ),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<>0.3", Ok("xxx")),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "<z06,s",
            Err(("ValueError", "Cannot specify ',' with 's'.")),
        ),
        (
            "\u{4e2d}\u{6587}",
            "25s",
            Ok("\u{4e2d}\u{6587}                       "),
        ),
        (
            "",
            "_.20",
            Err(("ValueError", "Cannot specify '_' with 's'.")),
        ),
        (
            "",
            "0>+z.20",
            Err(("ValueError", "Sign not allowed in string format specifier")),
        ),
    ];

    const PRINTF_FLOAT: &[(f64, &str, Option<usize>, Option<usize>, char, &str)] = &[
        (123.456, "", Some(5), None, 'F', "123.456000"),
        (123.456, "", Some(5), Some(1), 'G', "1E+02"),
        (1e+20, "", Some(1), Some(0), 'E', "1E+20"),
        (-1.5, "", Some(1), Some(1), 'E', "-1.5E+00"),
        (1e+20, "", None, Some(3), 'f', "100000000000000000000.000"),
        (0.0, "", Some(5), Some(8), 'g', "    0"),
        (4.35, "", Some(5), None, 'F', "4.350000"),
        (123.456, "", Some(5), Some(0), 'e', "1e+02"),
        (-0.0, "", Some(5), Some(1), 'F', " -0.0"),
        (1e+20, "", Some(1), Some(0), 'F', "100000000000000000000"),
        (f64::NAN, "", Some(0), Some(0), 'f', "nan"),
        (-1.5, "", Some(5), Some(17), 'f', "-1.50000000000000000"),
        (123.456, "", None, Some(3), 'F', "123.456"),
        (-8.838511665483025e-89, "", Some(12), Some(17), 'G', "-8.8385116654830255E-89"),
        (f64::NEG_INFINITY, "", Some(1), None, 'G', "-INF"),
        (-1.5, "", Some(12), Some(17), 'G', "        -1.5"),
        (f64::NAN, "-", Some(5), Some(0), 'G', "NAN  "),
        (1.5, "-", Some(0), Some(17), 'g', "1.5"),
        (f64::INFINITY, "-", Some(12), None, 'e', "inf         "),
        (f64::INFINITY, "-", Some(0), Some(3), 'f', "inf"),
        (-0.0, "-", Some(0), Some(3), 'f', "-0.000"),
        (1.5, "-", Some(1), Some(1), 'E', "1.5E+00"),
        (1e+20, "-", Some(1), Some(8), 'F', "100000000000000000000.00000000"),
        (f64::NEG_INFINITY, "-", Some(1), None, 'e', "-inf"),
        (-1.5, "-", Some(0), None, 'G', "-1.5"),
        (-0.0, "-", Some(5), Some(17), 'F', "-0.00000000000000000"),
        (-1.5, "-", None, None, 'f', "-1.500000"),
        (f64::NAN, "-", Some(1), Some(8), 'G', "NAN"),
        (1e+20, "-", Some(12), Some(8), 'G', "1E+20       "),
        (123.456, "-", Some(0), Some(1), 'f', "123.5"),
        (-1.5, "-", Some(0), None, 'E', "-1.500000E+00"),
        (f64::NEG_INFINITY, "-", Some(5), Some(8), 'F', "-INF "),
        (1.5, "+", Some(12), Some(17), 'E', "+1.50000000000000000E+00"),
        (-0.0, "+", Some(5), Some(8), 'e', "-0.00000000e+00"),
        (f64::NAN, "+", Some(5), Some(0), 'E', " +NAN"),
        (0.0, "+", None, None, 'G', "+0"),
        (f64::INFINITY, "+", Some(5), Some(1), 'F', " +INF"),
        (0.0, "+", Some(1), Some(0), 'F', "+0"),
        (-0.0, "+", Some(5), Some(17), 'e', "-0.00000000000000000e+00"),
        (1e-05, "+", Some(1), Some(1), 'G', "+1E-05"),
        (-1.5, "+", Some(5), Some(1), 'f', " -1.5"),
        (-0.0, "+", Some(0), None, 'G', "-0"),
        (1e-05, "+", None, Some(17), 'G', "+1.0000000000000001E-05"),
        (f64::NAN, "+", Some(12), Some(0), 'E', "        +NAN"),
        (f64::NEG_INFINITY, "+", Some(5), Some(1), 'G', " -INF"),
        (0.0, "+", Some(0), None, 'g', "+0"),
        (f64::NAN, "+", Some(12), Some(17), 'F', "        +NAN"),
        (1e+20, "+", Some(5), Some(17), 'f', "+100000000000000000000.00000000000000000"),
        (f64::NEG_INFINITY, " ", Some(5), None, 'E', " -INF"),
        (0.0, " ", Some(5), Some(1), 'g', "    0"),
        (1e-05, " ", Some(5), Some(1), 'E', " 1.0E-05"),
        (-0.0, " ", Some(12), Some(17), 'g', "          -0"),
        (1e-05, " ", None, Some(3), 'e', " 1.000e-05"),
        (f64::NAN, " ", None, Some(0), 'E', " NAN"),
        (0.0, " ", Some(0), Some(3), 'E', " 0.000E+00"),
        (f64::NEG_INFINITY, " ", Some(5), None, 'g', " -inf"),
        (1.5, " ", Some(12), Some(3), 'E', "   1.500E+00"),
        (-1.5, " ", Some(12), Some(1), 'F', "        -1.5"),
        (1e+20, " ", Some(12), None, 'f', " 100000000000000000000.000000"),
        (f64::NAN, " ", None, None, 'f', " nan"),
        (123.456, " ", Some(1), Some(17), 'F', " 123.45600000000000307"),
        (-0.0, " ", None, Some(3), 'f', "-0.000"),
        (1.5, " ", Some(1), Some(3), 'E', " 1.500E+00"),
        (1e+20, " ", None, Some(17), 'e', " 1.00000000000000000e+20"),
        (1e+20, "#", Some(5), Some(0), 'F', "100000000000000000000."),
        (f64::INFINITY, "#", Some(0), Some(0), 'F', "INF"),
        (1e+20, "#", Some(12), Some(17), 'g', "1.0000000000000000e+20"),
        (f64::NEG_INFINITY, "#", Some(1), Some(3), 'E', "-INF"),
        (-1.5, "#", Some(5), None, 'G', "-1.50000"),
        (-1.5, "#", Some(0), Some(17), 'E', "-1.50000000000000000E+00"),
        (-1.5, "#", Some(12), Some(1), 'e', "    -1.5e+00"),
        (f64::INFINITY, "#", Some(0), Some(1), 'G', "INF"),
        (1e+20, "#", Some(12), None, 'g', " 1.00000e+20"),
        (1e+20, "#", Some(5), Some(8), 'f', "100000000000000000000.00000000"),
        (1.5, "#", None, Some(8), 'f', "1.50000000"),
        (1e-05, "#", Some(12), Some(3), 'G', "    1.00E-05"),
        (1.5, "#", Some(0), Some(8), 'g', "1.5000000"),
        (f64::NAN, "#", Some(12), None, 'F', "         NAN"),
        (0.0, "#", Some(12), Some(1), 'E', "     0.0E+00"),
        (123.456, "#", None, Some(0), 'e', "1.e+02"),
        (0.0, "0", Some(5), Some(3), 'F', "0.000"),
        (0.0, "0", Some(5), Some(17), 'e', "0.00000000000000000e+00"),
        (f64::NAN, "0", Some(5), Some(3), 'F', "00NAN"),
        (123.456, "0", Some(1), Some(8), 'G', "123.456"),
        (1e+20, "0", Some(12), Some(8), 'E', "1.00000000E+20"),
        (1.5, "0", Some(0), Some(0), 'g', "2"),
        (f64::INFINITY, "0", Some(1), Some(17), 'G', "INF"),
        (1.2599311539780181e-175, "0", Some(12), Some(1), 'F', "0000000000.0"),
        (-0.0, "0", Some(0), Some(3), 'e', "-0.000e+00"),
        (1e+20, "0", Some(5), Some(8), 'f', "100000000000000000000.00000000"),
        (1.5, "0", Some(12), Some(1), 'f', "0000000001.5"),
        (3.4778075731370847e-19, "0", Some(5), Some(1), 'g', "3e-19"),
        (f64::INFINITY, "0", None, Some(3), 'f', "inf"),
        (1.5, "0", Some(0), Some(17), 'g', "1.5"),
        (1e-05, "0", Some(12), Some(3), 'g', "00000001e-05"),
        (f64::NAN, "0", Some(12), Some(3), 'F', "000000000NAN"),
        (0.0, "-0", None, Some(8), 'F', "0.00000000"),
        (123.456, "-0", Some(1), Some(3), 'F', "123.456"),
        (2.675, "-0", Some(0), Some(8), 'E', "2.67500000E+00"),
        (f64::NEG_INFINITY, "-0", Some(1), Some(1), 'f', "-inf"),
        (f64::INFINITY, "-0", None, Some(3), 'E', "INF"),
        (f64::NAN, "-0", Some(0), Some(8), 'e', "nan"),
        (123.456, "-0", Some(1), Some(0), 'E', "1E+02"),
        (123.456, "-0", Some(12), None, 'e', "1.234560e+02"),
        (f64::NAN, "-0", Some(5), Some(0), 'E', "NAN  "),
        (-1.5, "-0", Some(5), Some(8), 'G', "-1.5 "),
        (-1.5, "-0", Some(0), Some(1), 'G', "-2"),
        (-0.0, "-0", Some(1), Some(3), 'f', "-0.000"),
        (-0.0, "-0", Some(0), None, 'f', "-0.000000"),
        (-1.5, "-0", Some(12), Some(8), 'F', "-1.50000000 "),
        (1e-05, "-0", Some(5), Some(0), 'E', "1E-05"),
        (f64::INFINITY, "-0", Some(0), Some(3), 'E', "INF"),
        (0.0, "+0", Some(12), Some(1), 'G', "+00000000000"),
        (-1.5, "+0", Some(1), None, 'F', "-1.500000"),
        (f64::NEG_INFINITY, "+0", None, Some(17), 'f', "-inf"),
        (123.456, "+0", Some(5), None, 'e', "+1.234560e+02"),
        (1e+20, "+0", Some(1), Some(3), 'F', "+100000000000000000000.000"),
        (f64::INFINITY, "+0", None, Some(1), 'G', "+INF"),
        (0.0, "+0", Some(12), Some(1), 'f', "+000000000.0"),
        (1.5, "+0", None, Some(3), 'G', "+1.5"),
        (1e-05, "+0", Some(1), Some(1), 'F', "+0.0"),
        (f64::NAN, "+0", Some(0), None, 'e', "+nan"),
        (f64::INFINITY, "+0", Some(5), Some(3), 'e', "+0inf"),
        (f64::NAN, "+0", Some(12), Some(3), 'e', "+00000000nan"),
        (-8.86603121403169e+23, "+0", Some(12), Some(0), 'E', "-0000009E+23"),
        (0.0, "+0", Some(5), Some(17), 'G', "+0000"),
        (1.5, "+0", Some(1), Some(17), 'F', "+1.50000000000000000"),
        (123.456, "+0", None, Some(17), 'g', "+123.456"),
        (1e-05, " 0", Some(1), Some(17), 'F', " 0.00001000000000000"),
        (1.5, " 0", Some(12), Some(1), 'e', " 00001.5e+00"),
        (0.0, " 0", Some(12), Some(1), 'e', " 00000.0e+00"),
        (0.0, " 0", None, Some(8), 'G', " 0"),
        (1.5, " 0", None, Some(8), 'E', " 1.50000000E+00"),
        (-0.0, " 0", Some(5), Some(8), 'E', "-0.00000000E+00"),
        (f64::INFINITY, " 0", Some(1), Some(3), 'G', " INF"),
        (f64::NAN, " 0", Some(5), None, 'F', " 0NAN"),
        (-0.0, " 0", Some(12), Some(0), 'f', "-00000000000"),
        (1e-05, " 0", Some(1), Some(8), 'F', " 0.00001000"),
        (f64::NAN, " 0", Some(1), Some(3), 'G', " NAN"),
        (f64::NAN, " 0", Some(1), Some(1), 'G', " NAN"),
        (1e+20, " 0", None, Some(8), 'f', " 100000000000000000000.00000000"),
        (1.5, " 0", None, Some(8), 'e', " 1.50000000e+00"),
        (f64::INFINITY, " 0", Some(12), Some(17), 'F', " 00000000INF"),
        (f64::NAN, " 0", None, Some(0), 'F', " NAN"),
        (f64::NAN, "#0", Some(1), Some(17), 'F', "NAN"),
        (-1.5, "#0", Some(12), Some(8), 'g', "-001.5000000"),
        (f64::NEG_INFINITY, "#0", Some(0), Some(17), 'G', "-INF"),
        (123.456, "#0", Some(1), Some(17), 'F', "123.45600000000000307"),
        (969880.672256207, "#0", Some(12), Some(17), 'F', "969880.67225620697718114"),
        (f64::INFINITY, "#0", Some(1), Some(3), 'E', "INF"),
        (1e-05, "#0", Some(12), Some(3), 'G', "00001.00E-05"),
        (1e+20, "#0", Some(1), Some(17), 'G', "1.0000000000000000E+20"),
        (-0.0, "#0", None, Some(1), 'e', "-0.0e+00"),
        (1e+20, "#0", None, Some(0), 'E', "1.E+20"),
        (1e-05, "#0", Some(5), Some(8), 'F', "0.00001000"),
        (0.0, "#0", Some(12), Some(17), 'f', "0.00000000000000000"),
        (f64::NEG_INFINITY, "#0", None, Some(3), 'g', "-inf"),
        (-0.0, "#0", Some(5), Some(0), 'g', "-000."),
        (f64::NEG_INFINITY, "#0", Some(0), Some(0), 'e', "-inf"),
        (1.5, "-#", None, Some(1), 'E', "1.5E+00"),
        (f64::INFINITY, "-#", Some(5), Some(3), 'G', "INF  "),
        (-0.0, "-#", Some(5), Some(0), 'f', "-0.  "),
        (1e-05, "-#", Some(5), None, 'g', "1.00000e-05"),
        (f64::NEG_INFINITY, "-#", Some(5), None, 'E', "-INF "),
        (0.0, "-#", Some(5), Some(1), 'f', "0.0  "),
        (-2.7755575615628914e-17, "-#", Some(1), Some(1), 'F', "-0.0"),
        (f64::INFINITY, "-#", Some(12), Some(0), 'e', "inf         "),
        (0.0, "-#", Some(5), Some(8), 'g', "0.0000000"),
        (6.767966389557414e+17, "-#", Some(1), Some(3), 'G', "6.77E+17"),
        (-0.0, "-#", Some(0), Some(1), 'f', "-0.0"),
        (f64::NAN, "-#", Some(1), Some(3), 'g', "nan"),
        (1e+20, "-#", Some(12), Some(3), 'E', "1.000E+20   "),
        (-7.15972597961874e+249, "-#", Some(0), None, 'f', "-7159725979618740301104695983418709622680434793042663132360362425577766001338226039836321066456157093857339877304749930018599215189268344175111256510391144905128218576994803025566700315369744694061260002057936311868982638401684395903839696776618573824.000000"),
        (f64::NEG_INFINITY, "-#", Some(1), Some(8), 'f', "-inf"),
        (f64::NAN, "-#", Some(1), Some(3), 'G', "NAN"),
        (1e+20, "+#0", Some(0), None, 'e', "+1.000000e+20"),
        (0.0, "+#0", Some(0), None, 'E', "+0.000000E+00"),
        (1e+20, "+#0", Some(5), Some(1), 'e', "+1.0e+20"),
        (f64::NEG_INFINITY, "+#0", Some(1), Some(3), 'G', "-INF"),
        (1.5, "+#0", Some(1), Some(0), 'g', "+2."),
        (f64::NEG_INFINITY, "+#0", None, Some(1), 'e', "-inf"),
        (938.5, "+#0", Some(0), Some(8), 'f', "+938.50000000"),
        (1e-05, "+#0", Some(5), Some(1), 'G', "+1.E-05"),
        (f64::NEG_INFINITY, "+#0", Some(12), Some(0), 'E', "-00000000INF"),
        (-1.5, "+#0", Some(12), Some(1), 'g', "-0000000002."),
        (f64::NEG_INFINITY, "+#0", Some(1), Some(1), 'E', "-INF"),
        (f64::NEG_INFINITY, "+#0", Some(5), Some(1), 'g', "-0inf"),
        (1e+20, "+#0", Some(0), Some(17), 'f', "+100000000000000000000.00000000000000000"),
        (1e-05, "+#0", None, Some(1), 'E', "+1.0E-05"),
        (f64::NAN, "+#0", Some(12), None, 'F', "+00000000NAN"),
        (1e+20, "+#0", Some(12), Some(8), 'F', "+100000000000000000000.00000000"),
        (f64::NAN, "- ", Some(1), Some(1), 'E', " NAN"),
        (-0.0, "- ", Some(1), Some(8), 'E', "-0.00000000E+00"),
        (123.456, "- ", Some(12), Some(17), 'F', " 123.45600000000000307"),
        (1.6032957245141425e-193, "- ", Some(1), Some(1), 'G', " 2E-193"),
        (0.0, "- ", Some(0), Some(1), 'E', " 0.0E+00"),
        (-0.0, "- ", Some(0), None, 'E', "-0.000000E+00"),
        (1e-05, "- ", None, Some(1), 'f', " 0.0"),
        (-2.9704555723361872e-213, "- ", Some(0), None, 'E', "-2.970456E-213"),
        (0.0, "- ", Some(1), Some(1), 'g', " 0"),
        (-1.5, "- ", None, None, 'f', "-1.500000"),
        (f64::INFINITY, "- ", None, Some(3), 'e', " inf"),
        (-1.1347707284903496e+76, "- ", Some(12), Some(17), 'g', "-1.1347707284903496e+76"),
        (1e+20, "- ", None, Some(8), 'e', " 1.00000000e+20"),
        (-1.5, "- ", Some(0), Some(1), 'f', "-1.5"),
        (-0.0, "- ", Some(1), Some(0), 'G', "-0"),
        (f64::INFINITY, "- ", Some(5), Some(0), 'e', " inf "),
        (-0.0, "-+ #0", Some(12), None, 'E', "-0.000000E+00"),
        (f64::NEG_INFINITY, "-+ #0", None, Some(8), 'E', "-INF"),
        (0.0, "-+ #0", Some(5), Some(0), 'f', "+0.  "),
        (1e+20, "-+ #0", None, Some(0), 'g', "+1.e+20"),
        (f64::NAN, "-+ #0", Some(1), Some(3), 'e', "+nan"),
        (-0.0, "-+ #0", Some(0), None, 'e', "-0.000000e+00"),
        (-1.5, "-+ #0", Some(1), Some(17), 'g', "-1.5000000000000000"),
        (1e+20, "-+ #0", None, Some(3), 'G', "+1.00E+20"),
        (f64::NAN, "-+ #0", Some(12), Some(1), 'G', "+NAN        "),
        (f64::INFINITY, "-+ #0", Some(1), Some(0), 'f', "+inf"),
        (1.5, "-+ #0", Some(12), Some(8), 'G', "+1.5000000  "),
        (0.0, "-+ #0", Some(5), Some(1), 'G', "+0.  "),
        (1e-05, "-+ #0", Some(5), Some(17), 'F', "+0.00001000000000000"),
        (123.456, "-+ #0", Some(5), Some(1), 'g', "+1.e+02"),
        (123.456, "-+ #0", Some(5), Some(1), 'e', "+1.2e+02"),
        (f64::NEG_INFINITY, "-+ #0", Some(1), None, 'G', "-INF"),
    ];

    const PRINTF_STR: &[(&str, &str, Option<usize>, Option<usize>, &str)] = &[
        ("", "", Some(0), Some(3), ""),
        ("ab", "", Some(0), Some(1), "a"),
        ("h\u{e9}llo", "", Some(0), Some(1), "h"),
        (
            "\u{4e2d}\u{6587}",
            "",
            Some(12),
            None,
            "          \u{4e2d}\u{6587}",
        ),
        ("", "-", Some(0), None, ""),
        ("ab", "-", Some(1), Some(3), "ab"),
        ("h\u{e9}llo", "-", None, Some(1), "h"),
        ("\u{4e2d}\u{6587}", "-", Some(0), None, "\u{4e2d}\u{6587}"),
        ("", "+", None, Some(1), ""),
        ("ab", "+", Some(0), Some(3), "ab"),
        ("h\u{e9}llo", "+", None, None, "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}", "+", None, Some(3), "\u{4e2d}\u{6587}"),
        ("", " ", Some(0), Some(0), ""),
        ("ab", " ", Some(0), Some(1), "a"),
        ("h\u{e9}llo", " ", Some(0), Some(0), ""),
        ("\u{4e2d}\u{6587}", " ", Some(12), Some(0), "            "),
        ("", "#", Some(5), Some(1), "     "),
        ("ab", "#", Some(1), Some(1), "a"),
        ("h\u{e9}llo", "#", Some(12), Some(0), "            "),
        ("\u{4e2d}\u{6587}", "#", Some(0), Some(0), ""),
        ("", "0", Some(12), Some(3), "            "),
        ("ab", "0", Some(1), Some(0), " "),
        ("h\u{e9}llo", "0", Some(0), None, "h\u{e9}llo"),
        ("\u{4e2d}\u{6587}", "0", Some(1), Some(0), " "),
        ("", "-0", Some(12), Some(0), "            "),
        ("ab", "-0", Some(1), None, "ab"),
        ("h\u{e9}llo", "-0", Some(1), Some(1), "h"),
        ("\u{4e2d}\u{6587}", "-0", None, Some(0), ""),
    ];
}
