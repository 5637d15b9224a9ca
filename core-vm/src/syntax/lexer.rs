//! The tokenizer: source text to [`Token`]s, following CPython 3.11's
//! `Parser/tokenizer.c` (INDENT/DEDENT with tab checks, implicit line joining
//! inside brackets, backslash continuation, numbers, string literals kept raw
//! for the parser to decode) and its error messages and positions.
//!
//! The whole source is tokenized up front. On an error the token list ends
//! with a [`Tok::Error`] marker and [`Lexed::error`] says what went wrong and
//! how the error ranks against a parser error found earlier in the file
//! (CPython reports some tokenizer errors even when the parser failed first).

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

use super::ast::Loc;
use super::token::{Kw, Op, StrTok, Tok, Token, OPERATORS};
use super::{SyntaxError, SyntaxErrorKind};

/// CPython's `MAXLEVEL`: brackets nest at most this deep.
pub const MAX_PAREN_LEVEL: usize = 200;
/// CPython's `MAXINDENT`: the indentation stack holds at most this many levels.
pub const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

/// How a tokenizer error ranks against a parser error that comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexErrorRank {
    /// CPython raises it while scanning the rest of the file after any parser
    /// error, so it always wins.
    Hard,
    /// End of input inside brackets opened on `line`: wins over a parser error
    /// whose furthest token is on a later line.
    Unclosed { line: u32 },
    /// Reported only if the parser gets as far as the error token.
    Deferred,
}

/// A tokenizer error.
#[derive(Clone, Debug)]
pub struct LexError {
    pub error: SyntaxError,
    pub rank: LexErrorRank,
}

/// The result of tokenizing a source text.
#[derive(Clone, Debug)]
pub struct Lexed {
    /// Ends with `EndMarker`, or with `Error` when `error` is set.
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
}

/// Tokenize `src` as a file (an implicit newline ends the last line).
pub fn tokenize(src: &str) -> Lexed {
    tokenize_at(src, Loc { line: 1, col: 0 })
}

/// Tokenize `src` as if it started at `start` (used for f-string
/// expressions, whose tokens get their absolute source positions).
pub fn tokenize_at(src: &str, start: Loc) -> Lexed {
    let mut lx = Lexer::new(src, start);
    let error = lx.run().err();
    if let Some(e) = &error {
        let at = lx.error_token_pos(e);
        lx.tokens.push(Token { tok: Tok::Error, start: at, end: at, virt: true, level: lx.parens.len() as u16 });
    }
    Lexed { tokens: lx.tokens, error }
}

/// Build a [`SyntaxError`] from 1-based CPython offsets (`end_col` is made at
/// least `col + 1`).
pub fn make_error(kind: SyntaxErrorKind, msg: String, line: u32, col: u32, end_col: u32) -> SyntaxError {
    let end_col = if end_col <= col { col + 1 } else { end_col };
    SyntaxError { kind, msg, line, col, end_col, incomplete: false }
}

struct Lexer {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    line_start: usize,
    /// Column added to positions on the first line (f-string expressions).
    first_col: u32,
    first_line: u32,
    at_bol: bool,
    /// `(col, altcol)` for each indentation level; starts with `(0, 0)`.
    indents: Vec<(u32, u32)>,
    /// Open brackets: `(char, line, col)`.
    parens: Vec<(char, u32, u32)>,
    /// Positive: INDENTs to emit; negative: DEDENTs.
    pending: i32,
    tokens: Vec<Token>,
}

type LResult<T> = Result<T, LexError>;

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_combining(c: char) -> bool {
    matches!(
        c as u32,
        0x300..=0x36F | 0x483..=0x487 | 0x591..=0x5BD | 0x610..=0x61A | 0x64B..=0x65F | 0x900..=0x903 | 0x93A..=0x94F
            | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20DC | 0x20E1 | 0x20E5..=0x20F0 | 0xFE00..=0xFE0F
            | 0xFE20..=0xFE2F | 0xE0100..=0xE01EF
    ) || matches!(c, '\u{B7}' | '\u{387}' | '\u{203F}' | '\u{2040}' | '\u{FF3F}')
}

/// The part of NFKC normalization (which CPython applies to identifiers)
/// that is supported: fullwidth ASCII forms.
fn normalize_identifier(text: &str) -> String {
    text.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            0xB5 => '\u{3BC}',
            _ => c,
        })
        .collect()
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || is_combining(c)
}

/// Characters that may make up an identifier candidate (CPython reads all
/// non-ASCII characters and then verifies).
fn is_potential_id_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (c as u32) >= 128
}

fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0xFEFF | 0xE000..=0xF8FF))
}

impl Lexer {
    fn new(src: &str, start: Loc) -> Lexer {
        let mut chars: Vec<char> = Vec::with_capacity(src.len() + 1);
        let mut it = src.chars().peekable();
        if start.line == 1 && start.col == 0 && it.peek() == Some(&'\u{feff}') {
            it.next();
        }
        while let Some(c) = it.next() {
            if c == '\r' {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
                chars.push('\n');
            } else {
                chars.push(c);
            }
        }
        if chars.last().is_some_and(|&c| c != '\n') {
            chars.push('\n');
        }
        Lexer {
            chars,
            pos: 0,
            line: start.line,
            line_start: 0,
            first_col: start.col,
            first_line: start.line,
            at_bol: true,
            indents: alloc::vec![(0, 0)],
            parens: Vec::new(),
            pending: 0,
            tokens: Vec::new(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.pos + n).copied()
    }

    fn col_of(&self, idx: usize) -> u32 {
        let col = idx.saturating_sub(self.line_start) as u32;
        if self.line == self.first_line {
            col + self.first_col
        } else {
            col
        }
    }

    fn loc(&self) -> Loc {
        Loc { line: self.line, col: self.col_of(self.pos) }
    }

    /// Consume one character, tracking lines.
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
            self.line_start = self.pos;
        }
        Some(c)
    }

    /// The CPython position of end-of-input: the last line, with the cursor
    /// after its newline.
    fn eof_loc(&self) -> Loc {
        if self.chars.is_empty() {
            return Loc { line: self.first_line, col: self.first_col };
        }
        let end = self.chars.len();
        let start = self.chars[..end - 1].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
        let line = self.line.saturating_sub(1).max(self.first_line);
        let mut col = (end - start) as u32;
        if line == self.first_line {
            col += self.first_col;
        }
        Loc { line, col }
    }

    fn push(&mut self, tok: Tok, start: Loc, end: Loc) {
        let level = self.parens.len() as u16;
        self.tokens.push(Token { tok, start, end, virt: false, level });
    }

    fn push_virt(&mut self, tok: Tok, at: Loc) {
        let level = self.parens.len() as u16;
        self.tokens.push(Token { tok, start: at, end: at, virt: true, level });
    }

    /// A tokenizer error at CPython 1-based `col` on the current line.
    fn err(&self, msg: String, col: u32, end_col: u32, rank: LexErrorRank) -> LexError {
        self.err_line(msg, self.line, col, end_col, rank)
    }

    fn err_line(&self, msg: String, line: u32, col: u32, end_col: u32, rank: LexErrorRank) -> LexError {
        LexError { error: make_error(SyntaxErrorKind::Syntax, msg, line, col, end_col), rank }
    }

    /// CPython's `syntaxerror()`: points at the character before the cursor
    /// `idx` (a 1-based offset equal to the 0-based cursor column).
    fn err_cursor(&self, msg: String, idx: usize) -> LexError {
        let col = self.col_of(idx);
        self.err(msg, col, col, LexErrorRank::Hard)
    }

    /// Where the `Error` marker token goes.
    fn error_token_pos(&self, e: &LexError) -> Loc {
        match e.rank {
            LexErrorRank::Unclosed { .. } => self.eof_loc(),
            _ => Loc { line: e.error.line, col: e.error.col },
        }
    }

    fn run(&mut self) -> LResult<()> {
        loop {
            if self.at_bol {
                self.at_bol = false;
                self.indentation()?;
            }
            if self.pending != 0 {
                let at = if self.pos >= self.chars.len() { self.eof_loc() } else { self.loc() };
                if self.pending < 0 {
                    self.pending += 1;
                    self.push_virt(Tok::Dedent, at);
                } else {
                    self.pending -= 1;
                    self.push_virt(Tok::Indent, at);
                }
                continue;
            }
            if !self.next_token()? {
                return Ok(());
            }
        }
    }

    /// Measure the indentation of a new line and queue INDENT/DEDENTs.
    fn indentation(&mut self) -> LResult<()> {
        let (mut col, mut altcol) = (0u32, 0u32);
        loop {
            match self.peek() {
                Some(' ') => {
                    col += 1;
                    altcol += 1;
                }
                Some('\t') => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                Some('\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let blank = matches!(self.peek(), Some('#') | Some('\n'));
        if blank || !self.parens.is_empty() {
            return Ok(());
        }
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if altcol != alttop {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let e = make_error(SyntaxErrorKind::Indentation, "too many levels of indentation".into(), self.line, 1, 0);
                return Err(LexError { error: e, rank: LexErrorRank::Deferred });
            }
            if altcol <= alttop {
                return Err(self.tab_error());
            }
            self.pending += 1;
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.pending -= 1;
                self.indents.pop();
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let end = self.chars[self.pos..].iter().position(|&c| c == '\n').map_or(self.chars.len(), |p| self.pos + p + 1);
                let c = self.col_of(end);
                let e = make_error(SyntaxErrorKind::Indentation, "unindent does not match any outer indentation level".into(), self.line, c, 0);
                return Err(LexError { error: e, rank: LexErrorRank::Deferred });
            }
            if altcol != alttop {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    fn tab_error(&self) -> LexError {
        let e = make_error(SyntaxErrorKind::Tab, "inconsistent use of tabs and spaces in indentation".into(), self.line, 1, 0);
        LexError { error: e, rank: LexErrorRank::Deferred }
    }

    /// Skip blanks and comments, then lex one token. Returns false at the end.
    fn next_token(&mut self) -> LResult<bool> {
        while matches!(self.peek(), Some(' ') | Some('\t') | Some('\x0c')) {
            self.pos += 1;
        }
        if self.peek() == Some('#') {
            while !matches!(self.peek(), None | Some('\n')) {
                self.pos += 1;
            }
        }
        let start = self.loc();
        let Some(c) = self.peek() else {
            return self.end_of_input().map(|_| false);
        };
        match c {
            '\n' => self.newline(start),
            '\\' => self.continuation(),
            '\0' => Err(self.err("source code string cannot contain null bytes".into(), start.col + 1, 0, LexErrorRank::Hard)),
            '0'..='9' => self.number(),
            '.' if self.peek_at(1).is_some_and(|d| d.is_ascii_digit()) => self.number(),
            '"' | '\'' => self.string(StrFlags::default()),
            c if is_potential_id_char(c) => self.identifier(),
            _ => self.operator(),
        }
        .map(|_| true)
    }

    fn end_of_input(&mut self) -> LResult<()> {
        let at = self.eof_loc();
        if let Some(&(open, line, col)) = self.parens.last() {
            let msg = format!("'{}' was never closed", open);
            let mut e = self.err_line(msg, line, col + 1, 0, LexErrorRank::Unclosed { line });
            e.error.incomplete = true;
            return Err(e);
        }
        if self.tokens.last().is_some_and(|t| !matches!(t.tok, Tok::Newline | Tok::Dedent | Tok::Indent)) {
            self.push(Tok::Newline, at, at);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push_virt(Tok::Dedent, at);
        }
        self.push_virt(Tok::EndMarker, at);
        Ok(())
    }

    fn newline(&mut self, start: Loc) -> LResult<()> {
        self.bump();
        self.at_bol = true;
        let blank = !matches!(self.tokens.last(), Some(t) if !matches!(t.tok, Tok::Newline | Tok::Indent | Tok::Dedent));
        if self.parens.is_empty() && !blank {
            self.push(Tok::Newline, start, start);
        }
        Ok(())
    }

    fn continuation(&mut self) -> LResult<()> {
        let bs = self.pos;
        self.pos += 1;
        if self.peek() != Some('\n') {
            let col = self.col_of(bs) + 2;
            let msg = "unexpected character after line continuation character".into();
            return Err(self.err(msg, col, 0, LexErrorRank::Deferred));
        }
        let (line, col) = (self.line, self.col_of(bs) + 2);
        self.bump();
        if self.peek().is_none() && !self.parens.is_empty() {
            return self.end_of_input();
        }
        if self.peek().is_none() {
            let mut e = make_error(SyntaxErrorKind::Syntax, "unexpected EOF while parsing".into(), line, col, 0);
            e.incomplete = true;
            return Err(LexError { error: e, rank: LexErrorRank::Deferred });
        }
        Ok(())
    }

    fn operator(&mut self) -> LResult<()> {
        let start = self.loc();
        let mut found = None;
        for &(text, op) in OPERATORS {
            if text.chars().enumerate().all(|(i, ch)| self.peek_at(i) == Some(ch)) {
                found = Some((text.len(), op));
                break;
            }
        }
        let Some((len, op)) = found else {
            let c = self.peek().unwrap_or(' ');
            self.pos += 1;
            if !is_printable(c) {
                let msg = format!("invalid non-printable character U+{:04X}", c as u32);
                return Err(self.err_cursor(msg, self.pos));
            }
            self.push(Tok::Unknown(c), start, self.loc());
            return Ok(());
        };
        self.pos += len;
        self.track_brackets(op, start)?;
        self.push(Tok::Op(op), start, self.loc());
        Ok(())
    }

    fn track_brackets(&mut self, op: Op, start: Loc) -> LResult<()> {
        let (open, close) = match op {
            Op::LPar => ('(', None),
            Op::LSqb => ('[', None),
            Op::LBrace => ('{', None),
            Op::RPar => (')', Some('(')),
            Op::RSqb => (']', Some('[')),
            Op::RBrace => ('}', Some('{')),
            _ => return Ok(()),
        };
        let cursor = self.pos;
        match close {
            None => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    return Err(self.err_cursor("too many nested parentheses".into(), cursor));
                }
                self.parens.push((open, start.line, start.col));
            }
            Some(want) => {
                let Some((got, line, _)) = self.parens.pop() else {
                    return Err(self.err_cursor(format!("unmatched '{}'", open), cursor));
                };
                if got != want {
                    let msg = if line != self.line {
                        format!("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", open, got, line)
                    } else {
                        format!("closing parenthesis '{}' does not match opening parenthesis '{}'", open, got)
                    };
                    return Err(self.err_cursor(msg, cursor));
                }
            }
        }
        Ok(())
    }

    fn identifier(&mut self) -> LResult<()> {
        let start_idx = self.pos;
        let start = self.loc();
        while self.peek().is_some_and(is_potential_id_char) {
            self.pos += 1;
        }
        if matches!(self.peek(), Some('"') | Some('\'')) {
            if let Some(flags) = StrFlags::from_prefix(&self.chars[start_idx..self.pos]) {
                self.pos = start_idx;
                return self.string(flags);
            }
        }
        let text: String = self.chars[start_idx..self.pos].iter().collect();
        for (i, c) in text.chars().enumerate() {
            let ok = if i == 0 { is_id_start(c) } else { is_id_continue(c) };
            if !ok {
                let col = self.col_of(start_idx + i) + 1;
                let msg = if is_printable(c) {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(self.err(msg, col, col, LexErrorRank::Hard));
            }
        }
        let text = if text.is_ascii() { text } else { normalize_identifier(&text) };
        let tok = match Kw::lookup(&text) {
            Some(kw) => Tok::Kw(kw),
            None => Tok::Name(Rc::from(text.as_str())),
        };
        self.push(tok, start, self.loc());
        Ok(())
    }
}

/// String prefix flags.
#[derive(Clone, Copy, Default)]
struct StrFlags {
    raw: bool,
    bytes: bool,
    fstring: bool,
}

impl StrFlags {
    /// The flags for a valid prefix (`r`, `b`, `u`, `f`, `br`, `rb`, `fr`, `rf`
    /// in any case).
    fn from_prefix(p: &[char]) -> Option<StrFlags> {
        let mut f = StrFlags::default();
        let mut saw_u = false;
        for &c in p {
            match c.to_ascii_lowercase() {
                'b' if !f.bytes && !saw_u && !f.fstring => f.bytes = true,
                'u' if p.len() == 1 => saw_u = true,
                'r' if !f.raw && !saw_u => f.raw = true,
                'f' if !f.fstring && !f.bytes && !saw_u => f.fstring = true,
                _ => return None,
            }
        }
        Some(f)
    }
}

impl Lexer {
    /// Lex a string literal; `self.pos` is at its prefix (or quote).
    fn string(&mut self, flags: StrFlags) -> LResult<()> {
        let start = self.loc();
        while self.peek().is_some_and(|c| c != '"' && c != '\'') {
            self.pos += 1;
        }
        let quote = self.peek().unwrap_or('"');
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        let qlen = if triple { 3 } else { 1 };
        self.pos += qlen;
        let body_start = self.loc();
        let body_idx = self.pos;
        let mut run = 0;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.unterminated(start, triple));
            };
            if c == '\n' && !triple {
                return Err(self.unterminated(start, triple));
            }
            self.bump();
            if c == quote {
                run += 1;
                if run == qlen {
                    break;
                }
            } else {
                run = 0;
                if c == '\\' && self.peek().is_some() {
                    self.bump();
                }
            }
        }
        let body: String = self.chars[body_idx..self.pos - qlen].iter().collect();
        let st = StrTok { raw: flags.raw, bytes: flags.bytes, fstring: flags.fstring, quote_len: qlen as u8, body, body_start };
        self.push(Tok::Str(Box::new(st)), start, self.loc());
        Ok(())
    }

    fn unterminated(&self, start: Loc, triple: bool) -> LexError {
        let detected = if self.peek().is_none() { self.line.saturating_sub(1).max(start.line) } else { self.line };
        if triple {
            let msg = format!("unterminated triple-quoted string literal (detected at line {})", detected);
            let mut e = self.err_line(msg, start.line, start.col + 1, 0, LexErrorRank::Hard);
            e.error.incomplete = true;
            e
        } else {
            let msg = format!("unterminated string literal (detected at line {})", detected);
            self.err_line(msg, start.line, start.col + 1, 0, LexErrorRank::Hard)
        }
    }
}

/// Number kinds, for error messages.
#[derive(Clone, Copy)]
enum NumKind {
    Decimal,
    Hex,
    Octal,
    Binary,
    Imaginary,
}

impl NumKind {
    fn name(self) -> &'static str {
        match self {
            NumKind::Decimal => "decimal",
            NumKind::Hex => "hexadecimal",
            NumKind::Octal => "octal",
            NumKind::Binary => "binary",
            NumKind::Imaginary => "imaginary",
        }
    }
}

impl Lexer {
    fn is_digit_at(&self, n: usize, radix: u32) -> bool {
        self.peek_at(n).is_some_and(|c| c.is_digit(radix))
    }

    /// CPython's `verify_end_of_number`: a number directly followed by a
    /// letter is an error, except for keywords that may follow a number.
    fn verify_end(&self, kind: NumKind) -> LResult<()> {
        let c = match self.peek() {
            Some(c) => c,
            None => return Ok(()),
        };
        let rest = |s: &str| s.chars().enumerate().all(|(i, ch)| self.peek_at(i + 1) == Some(ch));
        let kw_follows = match c {
            'a' => rest("nd"),
            'e' => rest("lse"),
            'f' => rest("or"),
            'i' => matches!(self.peek_at(1), Some('f') | Some('n') | Some('s')),
            'o' => rest("r"),
            'n' => rest("ot"),
            _ => false,
        };
        if !kw_follows && (c == '_' || c.is_ascii_alphanumeric()) {
            return Err(self.err_cursor(format!("invalid {} literal", kind.name()), self.pos));
        }
        Ok(())
    }

    /// Digits of `radix` with single underscores between them; the cursor
    /// is at the first digit (or an underscore). Returns the digits.
    fn digits(&mut self, radix: u32, kind: NumKind, out: &mut String) -> LResult<()> {
        loop {
            if self.peek() == Some('_') {
                self.pos += 1;
            }
            if !self.is_digit_at(0, radix) {
                return Err(self.bad_digit(radix, kind));
            }
            while let Some(c) = self.peek().filter(|c| c.is_digit(radix)) {
                out.push(c);
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                return Ok(());
            }
        }
    }

    fn bad_digit(&self, radix: u32, kind: NumKind) -> LexError {
        if radix < 10 && self.is_digit_at(0, 10) {
            let c = self.peek().unwrap_or('0');
            return self.err_cursor(format!("invalid digit '{}' in {} literal", c, kind.name()), self.pos + 1);
        }
        self.err_cursor(format!("invalid {} literal", kind.name()), self.pos)
    }

    fn number(&mut self) -> LResult<()> {
        let start = self.loc();
        let start_idx = self.pos;
        let radix = match (self.peek(), self.peek_at(1).map(|c| c.to_ascii_lowercase())) {
            (Some('0'), Some('x')) => 16,
            (Some('0'), Some('o')) => 8,
            (Some('0'), Some('b')) => 2,
            _ => 10,
        };
        let tok = if radix != 10 {
            self.pos += 2;
            let kind = match radix {
                16 => NumKind::Hex,
                8 => NumKind::Octal,
                _ => NumKind::Binary,
            };
            let mut digits = String::new();
            self.digits(radix, kind, &mut digits)?;
            if radix < 10 && self.is_digit_at(0, 10) {
                return Err(self.bad_digit(radix, kind));
            }
            self.verify_end(kind)?;
            Tok::Int(BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default())
        } else {
            self.decimal_number(start_idx)?
        };
        self.push(tok, start, self.loc());
        Ok(())
    }

    /// A decimal integer, float or imaginary literal.
    fn decimal_number(&mut self, start_idx: usize) -> LResult<Tok> {
        let mut text = String::new();
        let mut is_float = false;
        if self.peek() != Some('.') {
            self.decimal_tail(&mut text)?;
        }
        if self.peek() == Some('.') {
            is_float = true;
            text.push('.');
            self.pos += 1;
            if self.is_digit_at(0, 10) {
                self.decimal_tail(&mut text)?;
            }
        }
        if matches!(self.peek(), Some('e') | Some('E')) {
            let save = self.pos;
            self.pos += 1;
            let mut exp = String::from("e");
            if let Some(sign @ ('+' | '-')) = self.peek() {
                exp.push(sign);
                self.pos += 1;
                if !self.is_digit_at(0, 10) {
                    return Err(self.err_cursor("invalid decimal literal".into(), self.pos));
                }
            }
            if self.is_digit_at(0, 10) {
                self.decimal_tail(&mut exp)?;
                text.push_str(&exp);
                is_float = true;
            } else {
                self.pos = save;
                self.verify_end(NumKind::Decimal)?;
                return self.finish_decimal(text, is_float, start_idx);
            }
        }
        if matches!(self.peek(), Some('j') | Some('J')) {
            self.pos += 1;
            self.verify_end(NumKind::Imaginary)?;
            return Ok(Tok::Imag(text.parse::<f64>().unwrap_or(0.0)));
        }
        self.verify_end(NumKind::Decimal)?;
        self.finish_decimal(text, is_float, start_idx)
    }

    fn finish_decimal(&mut self, text: String, is_float: bool, start_idx: usize) -> LResult<Tok> {
        if is_float {
            return Ok(Tok::Float(text.parse::<f64>().unwrap_or(0.0)));
        }
        let bytes = text.as_bytes();
        if bytes.len() > 1 && bytes[0] == b'0' && bytes.iter().any(|&b| b != b'0') {
            let col = self.col_of(start_idx) + 1;
            let mut zeros_end = start_idx;
            while matches!(self.chars.get(zeros_end), Some('0') | Some('_')) {
                zeros_end += 1;
            }
            let end = self.col_of(zeros_end + 1);
            let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
            return Err(self.err(msg.into(), col, end, LexErrorRank::Hard));
        }
        Ok(Tok::Int(BigInt::parse_bytes(bytes, 10).unwrap_or_default()))
    }

    /// CPython's `tok_decimal_tail`: digits with single underscores.
    fn decimal_tail(&mut self, out: &mut String) -> LResult<()> {
        loop {
            while let Some(c) = self.peek().filter(char::is_ascii_digit) {
                out.push(c);
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                return Ok(());
            }
            self.pos += 1;
            if !self.is_digit_at(0, 10) {
                return Err(self.err_cursor("invalid decimal literal".into(), self.pos));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use alloc::vec::Vec;

    fn kinds(src: &str) -> Vec<Tok> {
        tokenize(src).tokens.into_iter().map(|t| t.tok).collect()
    }

    fn error(src: &str) -> (String, u32, u32) {
        let e = tokenize(src).error.expect("an error").error;
        (e.msg, e.line, e.col)
    }

    #[test]
    fn indentation_tokens() {
        use Tok::*;
        let k = kinds("if x:\n    y\n\n  # c\n    z\nw\n");
        let name = |s: &str| Name(Rc::from(s));
        assert_eq!(
            k,
            [Kw(super::Kw::If), name("x"), Op(super::Op::Colon), Newline, Indent, name("y"), Newline, name("z"), Newline, Dedent, name("w"), Newline, EndMarker]
        );
        assert_eq!(kinds("(1,\n 2)"), [Op(super::Op::LPar), Int(1.into()), Op(super::Op::Comma), Int(2.into()), Op(super::Op::RPar), Newline, EndMarker]);
        assert_eq!(kinds("x = 1 + \\\n 2").len(), 7);
    }

    #[test]
    fn numbers_and_strings() {
        assert_eq!(kinds("0x_1f 0o17 0b1 1_0 .5 1e3 2j")[..7], [
            Tok::Int(31.into()), Tok::Int(15.into()), Tok::Int(1.into()), Tok::Int(10.into()),
            Tok::Float(0.5), Tok::Float(1000.0), Tok::Imag(2.0)
        ]);
        let Tok::Str(s) = &kinds("rb'a\\'b'")[0] else { panic!() };
        assert!(s.raw && s.bytes && !s.fstring && s.body == "a\\'b" && s.quote_len == 1);
        let Tok::Str(s) = &kinds("F'''x\n'''")[0] else { panic!() };
        assert!(s.fstring && s.quote_len == 3 && s.body == "x\n");
        assert!(matches!(kinds("ub'x'")[0], Tok::Name(_)));
    }

    #[test]
    fn tokenizer_errors() {
        assert_eq!(error("x = 1€"), ("invalid character '€' (U+20AC)".into(), 1, 6));
        assert_eq!(error("'abc"), ("unterminated string literal (detected at line 1)".into(), 1, 1));
        assert_eq!(error("x = '''\n\n"), ("unterminated triple-quoted string literal (detected at line 2)".into(), 1, 5));
        assert_eq!(error("(]"), ("closing parenthesis ']' does not match opening parenthesis '('".into(), 1, 2));
        assert_eq!(error("(\n]"), ("closing parenthesis ']' does not match opening parenthesis '(' on line 1".into(), 2, 1));
        assert_eq!(error("09"), ("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(), 1, 1));
        assert_eq!(error(&"(".repeat(201)), ("too many nested parentheses".into(), 1, 201));
        let e = tokenize("f(\n").error.unwrap();
        assert!(e.error.incomplete && e.rank == LexErrorRank::Unclosed { line: 1 });
        assert_eq!(tokenize("if x:\n\ty\n        z\n").error.unwrap().error.kind, SyntaxErrorKind::Tab);
    }
}
