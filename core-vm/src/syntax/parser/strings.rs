//! String literals: escape decoding, implicit concatenation (plain strings,
//! f-strings and bytes) and f-string parsing, after CPython 3.11's
//! `Parser/string_parser.c` (same structure, same error messages).
//!
//! `\N{name}` escapes know only a small table of names (ASCII letters and
//! digits, Greek letters, common punctuation and symbols); other names are
//! reported as CPython reports an unknown name.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PResult, Parser, E, MAX_EXPR_DEPTH, TOO_COMPLEX};
use crate::syntax::ast::{Constant, Expr, ExprKind, Loc};
use crate::syntax::lexer;
use crate::syntax::token::{StrTok, Tok};
use crate::syntax::{SyntaxError, SyntaxErrorKind};

/// CPython's `FstringParser`: pieces of a (possibly concatenated) string.
#[derive(Default)]
struct FState {
    last_str: String,
    parts: Vec<Expr>,
    fmode: bool,
    depth: u32,
}

impl FState {
    fn flush(&mut self, loc: Loc) {
        if !self.last_str.is_empty() {
            let s = core::mem::take(&mut self.last_str);
            self.parts.push(Expr::new(loc, ExprKind::Constant(Constant::Str(Rc::from(s.as_str())))));
        }
    }

    /// `_PyPegen_FstringParser_Finish`.
    fn finish(mut self, loc: Loc) -> (ExprKind, u32) {
        if !self.fmode {
            return (ExprKind::Constant(Constant::Str(Rc::from(self.last_str.as_str()))), 0);
        }
        self.flush(loc);
        (ExprKind::JoinedStr(self.parts), self.depth)
    }
}

/// An f-string body being scanned.
struct Body<'s> {
    chars: Vec<char>,
    /// Source position of each char (and one past the end).
    locs: Vec<Loc>,
    tok: &'s StrTok,
}

impl<'s> Body<'s> {
    fn new(tok: &'s StrTok) -> Body<'s> {
        let chars: Vec<char> = tok.body.chars().collect();
        let mut locs = Vec::with_capacity(chars.len() + 1);
        let mut at = tok.body_start;
        for &c in &chars {
            locs.push(at);
            if c == '\n' {
                at = Loc { line: at.line + 1, col: 0 };
            } else {
                at.col += 1;
            }
        }
        locs.push(at);
        Body { chars, locs, tok }
    }

    fn get(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn text(&self, a: usize, b: usize) -> String {
        self.chars.get(a..b).map_or_else(String::new, |s| s.iter().collect())
    }
}

impl<'a> Parser<'a> {
    /// `strings`: one or more adjacent string tokens.
    #[inline(never)]
    pub(super) fn strings(&mut self) -> PResult<E> {
        let start = self.pos;
        while matches!(self.peek().tok, Tok::Str(_)) {
            self.bump();
        }
        let last = self.prev();
        let loc = self.tok_loc(start);
        let mut state = FState::default();
        let mut bytes: Option<Vec<u8>> = None;
        for i in start..=last {
            let Tok::Str(s) = &self.tok(i).tok else { continue };
            let s: &StrTok = s;
            if s.bytes && !s.body.is_ascii() {
                return Err(self.err_tok(SyntaxErrorKind::Syntax, "bytes can only contain ASCII literal characters", i));
            }
            let plain = if s.bytes || s.fstring || s.raw {
                None
            } else {
                Some(decode_str(&s.body).map_err(|m| self.err_last(SyntaxErrorKind::Syntax, &m))?)
            };
            let decoded_bytes = if s.bytes {
                Some(decode_bytes(&s.body, s.raw).map_err(|m| self.err_last(SyntaxErrorKind::Syntax, &m))?)
            } else {
                None
            };
            if i != start && bytes.is_some() != s.bytes {
                return Err(self.err_last(SyntaxErrorKind::Syntax, "cannot mix bytes and nonbytes literals"));
            }
            if let Some(b) = decoded_bytes {
                bytes.get_or_insert_with(Vec::new).extend_from_slice(&b);
            } else if s.fstring {
                let body = Body::new(s);
                let mut idx = 0;
                self.fstring_concat(&body, &mut idx, 0, &mut state, loc)?;
            } else {
                state.last_str.push_str(plain.as_deref().unwrap_or(&s.body));
            }
        }
        if let Some(b) = bytes {
            let kind = ExprKind::Constant(Constant::Bytes(Rc::from(b.as_slice())));
            return self.node(kind, start, last, 0);
        }
        let (kind, depth) = state.finish(loc);
        self.node(kind, start, last, depth)
    }

    fn fstring_err(&self, msg: &str) -> Box<SyntaxError> {
        self.err_last(SyntaxErrorKind::Syntax, msg)
    }

    /// `_PyPegen_FstringParser_ConcatFstring`: literal text and replacement
    /// fields up to the end of the body (level 0) or a `}` (format spec).
    fn fstring_concat(&mut self, b: &Body, i: &mut usize, level: u32, st: &mut FState, loc: Loc) -> PResult<()> {
        st.fmode = true;
        let end = b.chars.len();
        loop {
            let doubled = self.fstring_literal(b, i, level, st)?;
            if doubled {
                continue;
            }
            if *i >= end || b.get(*i) == Some('}') {
                break;
            }
            let (value, text) = self.fstring_expr(b, i, level, loc)?;
            if let Some(t) = text {
                st.last_str.push_str(&t);
            }
            st.flush(loc);
            st.depth = st.depth.max(value.1);
            st.parts.push(value.0);
        }
        if level != 0 && b.get(*i) != Some('}') {
            return Err(self.fstring_err("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// `fstring_find_literal`: returns true after a doubled brace.
    fn fstring_literal(&mut self, b: &Body, i: &mut usize, level: u32, st: &mut FState) -> PResult<bool> {
        let raw = b.tok.raw;
        let start = *i;
        let end = b.chars.len();
        let mut s = start;
        let mut doubled = false;
        while s < end {
            let mut ch = b.chars[s];
            s += 1;
            if !raw && ch == '\\' && s < end {
                ch = b.chars[s];
                s += 1;
                if ch == 'N' {
                    if s < end && b.chars[s] == '{' {
                        s += 1;
                        while s < end {
                            s += 1;
                            if b.chars[s - 1] == '}' {
                                break;
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == '{' || ch == '}' {
                if level == 0 {
                    if s < end && b.chars[s] == ch {
                        *i = s + 1;
                        doubled = true;
                        break;
                    }
                    if ch == '}' {
                        return Err(self.fstring_err("f-string: single '}' is not allowed"));
                    }
                }
                s -= 1;
                break;
            }
        }
        let lit_end = if doubled { *i - 1 } else { s };
        if !doubled {
            *i = s;
        }
        if lit_end > start {
            let text = b.text(start, lit_end);
            let text = if raw { text } else { decode_str(&text).map_err(|m| self.fstring_err(&m))? };
            st.last_str.push_str(&text);
        }
        Ok(doubled)
    }

    /// `fstring_find_expr`: one `{...}` replacement field. Returns the
    /// FormattedValue (with its height) and the `=` debug text, if any.
    fn fstring_expr(&mut self, b: &Body, i: &mut usize, level: u32, loc: Loc) -> PResult<((Expr, u32), Option<String>)> {
        if level >= 2 {
            return Err(self.fstring_err("f-string: expressions nested too deeply"));
        }
        let open = *i;
        *i += 1;
        let expr_start = *i;
        self.scan_fstring_expr(b, i)?;
        let expr_end = *i;
        if *i >= b.chars.len() {
            return Err(self.fstring_err("f-string: expecting '}'"));
        }
        let value = self.compile_fstring_expr(b, open, expr_start, expr_end)?;
        let mut text = None;
        if b.get(*i) == Some('=') {
            *i += 1;
            while b.get(*i).is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')) {
                *i += 1;
            }
            if *i >= b.chars.len() {
                return Err(self.fstring_err("f-string: expecting '}'"));
            }
            text = Some(b.text(expr_start, *i));
        }
        let mut conversion = None;
        if b.get(*i) == Some('!') {
            *i += 1;
            let Some(c) = b.get(*i) else { return Err(self.fstring_err("f-string: expecting '}'")) };
            *i += 1;
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.fstring_err("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            }
            conversion = Some(c);
        }
        let mut spec = None;
        let mut depth = value.depth;
        if b.get(*i) == Some(':') {
            *i += 1;
            if *i >= b.chars.len() {
                return Err(self.fstring_err("f-string: expecting '}'"));
            }
            let mut sub = FState::default();
            self.fstring_concat(b, i, level + 1, &mut sub, loc)?;
            let (kind, d) = sub.finish(loc);
            depth = depth.max(d + 1);
            spec = Some(Box::new(Expr::new(loc, kind)));
        }
        if b.get(*i) != Some('}') {
            return Err(self.fstring_err("f-string: expecting '}'"));
        }
        *i += 1;
        if text.is_some() && spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        if depth + 2 > MAX_EXPR_DEPTH {
            return Err(self.fstring_err(TOO_COMPLEX));
        }
        let kind = ExprKind::FormattedValue { value: value.e, conversion, format_spec: spec };
        Ok(((Expr::new(loc, kind), depth + 1), text))
    }

    /// Find the end of a replacement field's expression (CPython's brace,
    /// quote and bracket tracking), leaving `i` at `=`, `!`, `:` or `}`.
    fn scan_fstring_expr(&mut self, b: &Body, i: &mut usize) -> PResult<()> {
        let end = b.chars.len();
        let mut quote: Option<(char, usize)> = None;
        let mut stack: Vec<char> = Vec::new();
        while *i < end {
            let ch = b.chars[*i];
            if ch == '\\' {
                return Err(self.fstring_err("f-string expression part cannot include a backslash"));
            }
            if let Some((q, n)) = quote {
                if ch == q {
                    if n == 3 {
                        if b.get(*i + 1) == Some(ch) && b.get(*i + 2) == Some(ch) {
                            *i += 2;
                            quote = None;
                        }
                    } else {
                        quote = None;
                    }
                }
                *i += 1;
                continue;
            }
            match ch {
                '\'' | '"' => {
                    if b.get(*i + 1) == Some(ch) && b.get(*i + 2) == Some(ch) {
                        quote = Some((ch, 3));
                        *i += 2;
                    } else {
                        quote = Some((ch, 1));
                    }
                }
                '[' | '{' | '(' => {
                    if stack.len() >= lexer::MAX_PAREN_LEVEL {
                        return Err(self.fstring_err("f-string: too many nested parenthesis"));
                    }
                    stack.push(ch);
                }
                '#' => return Err(self.fstring_err("f-string expression part cannot include '#'")),
                '!' | ':' | '}' | '=' | '>' | '<' if stack.is_empty() => {
                    let next = b.get(*i + 1);
                    if next == Some('=') && matches!(ch, '!' | '=' | '<' | '>') {
                        *i += 2;
                        continue;
                    }
                    if ch != '>' && ch != '<' {
                        break;
                    }
                }
                ']' | '}' | ')' => {
                    let Some(open) = stack.pop() else {
                        return Err(self.fstring_err(&format!("f-string: unmatched '{}'", ch)));
                    };
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if ch != expected {
                        let msg = format!("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", ch, open);
                        return Err(self.fstring_err(&msg));
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        if quote.is_some() {
            return Err(self.fstring_err("f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.fstring_err(&format!("f-string: unmatched '{}'", open)));
        }
        Ok(())
    }

    /// `fstring_compile_expr`: parse `(text)` with a sub-parser whose tokens
    /// carry the expression's real source positions.
    fn compile_fstring_expr(&mut self, b: &Body, open: usize, start: usize, end: usize) -> PResult<E> {
        let text = b.text(start, end);
        if text.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '\x0c')) {
            let msg = match b.get(end) {
                Some(c @ ('!' | ':' | '=')) => format!("f-string: expression required before '{}'", c),
                _ => String::from("f-string: empty expression not allowed"),
            };
            return Err(self.fstring_err(&msg));
        }
        if self.nesting >= super::MAX_NESTING || self.stack_exhausted() {
            return Err(self.fstring_err("too many nested parentheses"));
        }
        let mut src = String::with_capacity(text.len() + 2);
        src.push('(');
        src.push_str(&text);
        src.push(')');
        let at = b.locs.get(open).copied().unwrap_or(b.tok.body_start);
        let lexed = lexer::tokenize_at(&src, at);
        let mut sub = Parser::new(&lexed, self.nesting + 1, true, self.stack);
        let res = sub.fstring_input();
        let deferred = sub.deferred.take();
        let r = sub.finish(res).map_err(Box::new);
        if self.deferred.is_none() {
            self.deferred = deferred;
        }
        r
    }

    /// The f-string expression grammar: `star_expressions` (on `(text)`).
    fn fstring_input(&mut self) -> PResult<E> {
        let e = self.star_expressions()?;
        if !matches!(self.peek().tok, Tok::Newline) {
            return Err(self.unexpected_after(&e));
        }
        self.bump();
        if !matches!(self.peek().tok, Tok::EndMarker) {
            return Err(self.invalid());
        }
        Ok(e)
    }
}

// ----- escape decoding ---------------------------------------------------

/// The `(unicode error)` message for a bad escape at byte positions
/// `start..=end` of CPython's escaped buffer.
fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", start, end, reason)
}

/// Decode the escapes of a (non-raw) str literal body.
pub(crate) fn decode_str(body: &str) -> Result<String, String> {
    if !body.contains('\\') {
        return Ok(String::from(body));
    }
    let chars: Vec<char> = body.chars().collect();
    // Byte offsets as in CPython, which first rewrites non-ASCII characters
    // as 10-byte `\UXXXXXXXX` escapes.
    let mut offs = Vec::with_capacity(chars.len() + 1);
    let mut o = 0;
    for (k, &c) in chars.iter().enumerate() {
        offs.push(o);
        o += if c.is_ascii() { 1 } else { 10 };
        if c == '\\' && chars.get(k + 1).is_some_and(|n| !n.is_ascii()) {
            o += 5;
        }
    }
    offs.push(o);
    let off = |k: usize| offs.get(k).copied().unwrap_or(o);
    let mut out = String::with_capacity(body.len());
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        if c != '\\' {
            out.push(c);
            k += 1;
            continue;
        }
        let Some(&e) = chars.get(k + 1) else {
            return Err(unicode_error(off(k), off(k), "\\ at end of string"));
        };
        let esc_start = k;
        k += 2;
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(e),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                let mut n = 1;
                while n < 3 && chars.get(k).is_some_and(|d| ('0'..='7').contains(d)) {
                    v = v * 8 + (chars[k] as u32 - '0' as u32);
                    k += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (len, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for n in 0..len {
                    let Some(d) = chars.get(k + n).and_then(|c| c.to_digit(16)) else {
                        return Err(unicode_error(off(esc_start), off(k + n) - 1, what));
                    };
                    v = v.wrapping_mul(16).wrapping_add(d);
                }
                k += len;
                if v > 0x10FFFF {
                    return Err(unicode_error(off(esc_start), off(k) - 1, "illegal Unicode character"));
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'N' => {
                let brace = chars.get(k) == Some(&'{');
                let close = if brace { chars[k..].iter().position(|&c| c == '}') } else { None };
                let Some(close) = close.filter(|&p| p > 1) else {
                    let end = if brace && close.is_none() { off(chars.len()) } else { off(k) };
                    return Err(unicode_error(off(esc_start), end - 1, "malformed \\N character escape"));
                };
                let name: String = chars[k + 1..k + close].iter().collect();
                k += close + 1;
                match lookup_name(&name) {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_error(off(esc_start), off(k) - 1, "unknown Unicode character name")),
                }
            }
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// Decode a bytes literal body (ASCII only; checked by the caller).
pub(crate) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    if raw || !b.contains(&b'\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        if c != b'\\' {
            out.push(c);
            k += 1;
            continue;
        }
        let Some(&e) = b.get(k + 1) else {
            return Err(String::from("(value error) Trailing \\ in string"));
        };
        let esc = k;
        k += 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && b.get(k).is_some_and(|d| (b'0'..=b'7').contains(d)) {
                    v = v * 8 + (b[k] - b'0') as u32;
                    k += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = |i: usize| b.get(i).and_then(|c| (*c as char).to_digit(16));
                match (hex(k), hex(k + 1)) {
                    (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                    _ => return Err(format!("(value error) invalid \\x escape at position {}", esc)),
                }
                k += 2;
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// The small `\N{...}` name table (names are matched case-insensitively).
fn lookup_name(name: &str) -> Option<char> {
    let upper: String = name.chars().map(|c| c.to_ascii_uppercase()).collect();
    let n = upper.as_str();
    if let Some(l) = n.strip_prefix("LATIN SMALL LETTER ").filter(|l| l.len() == 1) {
        return l.chars().next().filter(char::is_ascii_uppercase).map(|c| c.to_ascii_lowercase());
    }
    if let Some(l) = n.strip_prefix("LATIN CAPITAL LETTER ").filter(|l| l.len() == 1) {
        return l.chars().next().filter(char::is_ascii_uppercase);
    }
    const DIGITS: [&str; 10] = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];
    if let Some(d) = n.strip_prefix("DIGIT ") {
        return DIGITS.iter().position(|x| *x == d).and_then(|p| char::from_digit(p as u32, 10));
    }
    const GREEK: [&str; 25] = [
        "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA", "MU", "NU",
        "XI", "OMICRON", "PI", "RHO", "FINAL SIGMA", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI", "OMEGA",
    ];
    for (prefix, base) in [("GREEK SMALL LETTER ", 0x3B1u32), ("GREEK CAPITAL LETTER ", 0x391)] {
        if let Some(g) = n.strip_prefix(prefix) {
            let p = GREEK.iter().position(|x| *x == g)? as u32;
            if base == 0x391 && p == 17 {
                return None;
            }
            return char::from_u32(base + p);
        }
    }
    NAMES.iter().find(|(k, _)| *k == n).map(|&(_, c)| c)
}

const NAMES: &[(&str, char)] = &[
    ("NULL", '\0'),
    ("BELL", '\x07'),
    ("BACKSPACE", '\x08'),
    ("CHARACTER TABULATION", '\t'),
    ("LINE FEED", '\n'),
    ("CARRIAGE RETURN", '\r'),
    ("ESCAPE", '\x1b'),
    ("SPACE", ' '),
    ("EXCLAMATION MARK", '!'),
    ("QUOTATION MARK", '"'),
    ("NUMBER SIGN", '#'),
    ("DOLLAR SIGN", '$'),
    ("PERCENT SIGN", '%'),
    ("AMPERSAND", '&'),
    ("APOSTROPHE", '\''),
    ("LEFT PARENTHESIS", '('),
    ("RIGHT PARENTHESIS", ')'),
    ("ASTERISK", '*'),
    ("PLUS SIGN", '+'),
    ("COMMA", ','),
    ("HYPHEN-MINUS", '-'),
    ("FULL STOP", '.'),
    ("SOLIDUS", '/'),
    ("COLON", ':'),
    ("SEMICOLON", ';'),
    ("LESS-THAN SIGN", '<'),
    ("EQUALS SIGN", '='),
    ("GREATER-THAN SIGN", '>'),
    ("QUESTION MARK", '?'),
    ("COMMERCIAL AT", '@'),
    ("LEFT SQUARE BRACKET", '['),
    ("REVERSE SOLIDUS", '\\'),
    ("RIGHT SQUARE BRACKET", ']'),
    ("CIRCUMFLEX ACCENT", '^'),
    ("LOW LINE", '_'),
    ("GRAVE ACCENT", '`'),
    ("LEFT CURLY BRACKET", '{'),
    ("VERTICAL LINE", '|'),
    ("RIGHT CURLY BRACKET", '}'),
    ("TILDE", '~'),
    ("DELETE", '\x7f'),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("INVERTED EXCLAMATION MARK", '\u{a1}'),
    ("CENT SIGN", '\u{a2}'),
    ("POUND SIGN", '\u{a3}'),
    ("YEN SIGN", '\u{a5}'),
    ("SECTION SIGN", '\u{a7}'),
    ("COPYRIGHT SIGN", '\u{a9}'),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{ab}'),
    ("NOT SIGN", '\u{ac}'),
    ("SOFT HYPHEN", '\u{ad}'),
    ("REGISTERED SIGN", '\u{ae}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("PLUS-MINUS SIGN", '\u{b1}'),
    ("MICRO SIGN", '\u{b5}'),
    ("PILCROW SIGN", '\u{b6}'),
    ("MIDDLE DOT", '\u{b7}'),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{bb}'),
    ("INVERTED QUESTION MARK", '\u{bf}'),
    ("MULTIPLICATION SIGN", '\u{d7}'),
    ("DIVISION SIGN", '\u{f7}'),
    ("LATIN SMALL LETTER SHARP S", '\u{df}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
    ("EN DASH", '\u{2013}'),
    ("EM DASH", '\u{2014}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
    ("BULLET", '\u{2022}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("ZERO WIDTH SPACE", '\u{200b}'),
    ("ZERO WIDTH JOINER", '\u{200d}'),
    ("EURO SIGN", '\u{20ac}'),
    ("TRADE MARK SIGN", '\u{2122}'),
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("UPWARDS ARROW", '\u{2191}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("DOWNWARDS ARROW", '\u{2193}'),
    ("INFINITY", '\u{221e}'),
    ("NOT EQUAL TO", '\u{2260}'),
    ("LESS-THAN OR EQUAL TO", '\u{2264}'),
    ("GREATER-THAN OR EQUAL TO", '\u{2265}'),
    ("BLACK STAR", '\u{2605}'),
    ("WHITE STAR", '\u{2606}'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK HEART SUIT", '\u{2665}'),
    ("CHECK MARK", '\u{2713}'),
    ("HEAVY CHECK MARK", '\u{2714}'),
    ("BALLOT X", '\u{2717}'),
    ("HEAVY BLACK HEART", '\u{2764}'),
    ("ZERO WIDTH NO-BREAK SPACE", '\u{feff}'),
    ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ("SNAKE", '\u{1f40d}'),
    ("THUMBS UP SIGN", '\u{1f44d}'),
    ("PILE OF POO", '\u{1f4a9}'),
    ("GRINNING FACE", '\u{1f600}'),
];
