//! The language front end: source text to [`ast::Module`].
//!
//! `lexer` turns text into tokens (with INDENT/DEDENT, f-string parts and
//! CPython's tokenizer errors); `parser` is a recursive-descent parser with a
//! nesting limit, so no source text can overflow the host stack or panic.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod token;

use alloc::string::String;

pub use parser::{parse_expression, parse_expression_within, parse_module, parse_module_within};

/// Which of CPython's syntax-error classes an error belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError` (a subclass of `SyntaxError`)
    Indentation,
    /// `TabError` (a subclass of `IndentationError`)
    Tab,
    /// `RecursionError`: the compiler ran out of host stack on deeply
    /// nested source (CPython: "maximum recursion depth exceeded during
    /// compilation").
    Recursion,
}

/// A syntax error with CPython's wording and position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// The message exactly as CPython 3.11 words it, e.g. `invalid syntax`.
    pub msg: String,
    /// 1-based line of the error.
    pub line: u32,
    /// 1-based column (CPython's `offset`) of the first caret.
    pub col: u32,
    /// 1-based column one past the last caret (CPython's `end_offset`), or
    /// equal to `col` + 1 for a single caret.
    pub end_col: u32,
    /// True when the error is only that input ended too early (an open
    /// bracket, block or triple-quoted string): the REPL then reads more lines.
    pub incomplete: bool,
}
