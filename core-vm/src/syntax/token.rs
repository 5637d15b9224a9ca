//! Tokens produced by the [`lexer`](super::lexer) and consumed by the
//! [`parser`](super::parser).
//!
//! Positions follow CPython's tokenizer: 1-based lines and 0-based columns
//! counted in characters. Tokens that CPython gives no real position
//! (`INDENT`, `DEDENT`, `ENDMARKER`) are marked `virt`; their `start.col` is
//! then the tokenizer's cursor column, which is what CPython reports when an
//! error is raised at such a token.

use alloc::boxed::Box;
use alloc::string::String;
use num_bigint::BigInt;

use super::ast::{Loc, Name};

/// Hard keywords of Python 3.11.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Kw {
    /// The keyword spelled `s`, if `s` is one.
    pub fn lookup(s: &str) -> Option<Kw> {
        use Kw::*;
        Some(match s {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }
}

/// Operators and delimiters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

/// Operator spellings, longest first so that a greedy scan finds the
/// longest match.
pub const OPERATORS: &[(&str, Op)] = &[
    ("**=", Op::DoubleStarEqual),
    ("//=", Op::DoubleSlashEqual),
    (">>=", Op::RightShiftEqual),
    ("<<=", Op::LeftShiftEqual),
    ("...", Op::Ellipsis),
    ("!=", Op::NotEqual),
    ("%=", Op::PercentEqual),
    ("&=", Op::AmperEqual),
    ("**", Op::DoubleStar),
    ("*=", Op::StarEqual),
    ("+=", Op::PlusEqual),
    ("-=", Op::MinEqual),
    ("->", Op::RArrow),
    ("//", Op::DoubleSlash),
    ("/=", Op::SlashEqual),
    (":=", Op::ColonEqual),
    ("<<", Op::LeftShift),
    ("<=", Op::LessEqual),
    ("==", Op::EqEqual),
    (">=", Op::GreaterEqual),
    (">>", Op::RightShift),
    ("@=", Op::AtEqual),
    ("^=", Op::CircumflexEqual),
    ("|=", Op::VBarEqual),
    ("%", Op::Percent),
    ("&", Op::Amper),
    ("(", Op::LPar),
    (")", Op::RPar),
    ("*", Op::Star),
    ("+", Op::Plus),
    (",", Op::Comma),
    ("-", Op::Minus),
    (".", Op::Dot),
    ("/", Op::Slash),
    (":", Op::Colon),
    (";", Op::Semi),
    ("<", Op::Less),
    ("=", Op::Equal),
    (">", Op::Greater),
    ("@", Op::At),
    ("[", Op::LSqb),
    ("]", Op::RSqb),
    ("^", Op::Circumflex),
    ("{", Op::LBrace),
    ("|", Op::VBar),
    ("}", Op::RBrace),
    ("~", Op::Tilde),
];

impl Op {
    /// The operator's spelling.
    pub fn as_str(self) -> &'static str {
        OPERATORS.iter().find(|(_, op)| *op == self).map_or("?", |(s, _)| s)
    }
}

/// A string literal exactly as written; the parser decodes it (so that
/// escape errors and f-string parsing happen where CPython does them).
#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    /// `r`/`R` prefix: escapes are not processed.
    pub raw: bool,
    /// `b`/`B` prefix: a bytes literal.
    pub bytes: bool,
    /// `f`/`F` prefix: an f-string.
    pub fstring: bool,
    /// 1 or 3.
    pub quote_len: u8,
    /// The text between the quotes (newlines normalized to `\n`).
    pub body: String,
    /// Position of the first character of `body`.
    pub body_start: Loc,
}

/// Token kinds.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// An identifier that is not a keyword.
    Name(Name),
    Kw(Kw),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal such as `2j` (the value of the imaginary part).
    Imag(f64),
    Str(Box<StrTok>),
    Op(Op),
    /// A stray ASCII character that is no operator (`$`, `?`, `!`, backquote):
    /// CPython tokenizes it as an operator that no grammar rule accepts.
    Unknown(char),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// Where the tokenizer stopped with an error (see `Lexed::error`).
    Error,
}

/// One token with its source range.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub start: Loc,
    /// One past the last character (for `NEWLINE`, equal to `start`).
    pub end: Loc,
    /// No real position (INDENT, DEDENT, ENDMARKER, EOF-error): `start.col`
    /// holds the tokenizer cursor column instead.
    pub virt: bool,
    /// Bracket nesting level after this token.
    pub level: u16,
}

impl Token {
    /// Is this the operator `op`?
    pub fn is_op(&self, op: Op) -> bool {
        matches!(self.tok, Tok::Op(o) if o == op)
    }

    /// Is this the keyword `kw`?
    pub fn is_kw(&self, kw: Kw) -> bool {
        matches!(self.tok, Tok::Kw(k) if k == kw)
    }
}
