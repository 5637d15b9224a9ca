//! The parser: [`Token`]s to an [`ast::Module`] (or one expression for
//! `eval`), by recursive descent over CPython 3.11's grammar.
//!
//! CPython's PEG parser reports specialised errors through a second pass of
//! `invalid_*` rules; here those checks are made inline, at the place where
//! the ordinary parse would fail, so that messages and positions match
//! CPython's for the common cases. Anything else is `invalid syntax` at the
//! furthest token looked at, as in CPython.
//!
//! Robustness: no input can make the parser panic or recurse without bound.
//! Binary and unary operator chains are parsed with loops, bracket nesting is
//! capped (also across f-string expressions), and every expression tree is at
//! most [`MAX_EXPR_DEPTH`] deep so that later tree walks are bounded too.
//!
//! Submodules: `expr` (expressions), `stmt` (statements), `params`
//! (parameter lists), `targets` (assignment targets and their errors),
//! `strings` (literal decoding and f-strings).

mod expr;
mod ops;
mod params;
mod stmt;
mod strings;
mod targets;
#[cfg(test)]
pub(crate) mod tests;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::{Expr, Loc, Module};
use super::lexer::{self, make_error, LexError, LexErrorRank, Lexed};
use super::token::{Kw, Op, Tok, Token};
use super::{SyntaxError, SyntaxErrorKind};
use crate::stack::StackBudget;

/// No expression tree is deeper than this (CPython's compiler gives up a
/// little deeper, with a `RecursionError`).
pub const MAX_EXPR_DEPTH: u32 = 500;
/// Brackets, lambdas and f-string expressions nest at most this deep.
pub const MAX_NESTING: u32 = 200;

/// The parser stops with "too many nested parentheses" rather than use
/// more stack than this (measured from the entry point), whatever the
/// nesting counts say: frames are larger in unoptimized builds.
pub const STACK_BUDGET: usize = 192 * 1024;

/// Message for inputs nested beyond the limits above (CPython 3.12 wording).
const TOO_COMPLEX: &str = "Parser stack overflowed - Python source too complex to parse";

/// Parse a module (a file, or `-c` / `exec` source).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    parse_module_within(source, StackBudget::here(STACK_BUDGET))
}

/// [`parse_module`] using at most `stack` (and never more than
/// [`STACK_BUDGET`]) of host stack.
pub fn parse_module_within(source: &str, stack: StackBudget) -> Result<Module, SyntaxError> {
    let lexed = lexer::tokenize(source);
    let mut p = Parser::new(&lexed, 0, false, stack.nested(STACK_BUDGET));
    let res = p.file();
    p.finish(res)
}

/// Parse the source of an `eval`: one expression list, optionally followed by
/// newlines. Leading spaces and tabs are ignored, as `eval` does.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    parse_expression_within(source, StackBudget::here(STACK_BUDGET))
}

/// [`parse_expression`] using at most `stack` (and never more than
/// [`STACK_BUDGET`]) of host stack.
pub fn parse_expression_within(source: &str, stack: StackBudget) -> Result<Expr, SyntaxError> {
    let trimmed = source.trim_start_matches([' ', '\t']);
    let skipped = (source.len() - trimmed.len()) as u32;
    let lexed = lexer::tokenize_at(trimmed, Loc { line: 1, col: skipped });
    let mut p = Parser::new(&lexed, 0, false, stack.nested(STACK_BUDGET));
    let res = p.eval_input();
    p.finish(res)
}

type PResult<T> = Result<T, Box<SyntaxError>>;


/// An expression under construction: the node plus what error reporting and
/// the depth limit need.
#[derive(Clone, Debug)]
pub(crate) struct E {
    /// The node (boxed: it usually ends up in a parent's `Box`, and it keeps
    /// the parser's stack frames small).
    pub e: Box<Expr>,
    /// Index of the first token (an enclosing `(` of a group included).
    pub start: usize,
    /// Index of the last token (a closing `)` of a group included).
    pub last: usize,
    /// End of the node itself (a group's parentheses excluded), as CPython's
    /// `end_col_offset`.
    pub end: Loc,
    /// Height of the tree.
    pub depth: u32,
}

/// Parser state over one token list (a file, or one f-string expression).
pub(crate) struct Parser<'a> {
    toks: &'a [Token],
    pos: usize,
    /// Furthest token looked at by the ordinary parse: where CPython reports
    /// generic errors (rewound after speculative error checks).
    max_pos: usize,
    /// Furthest token ever fetched (never rewound): whether a tokenizer
    /// error was reached.
    fetched: usize,
    /// Current bracket/lambda nesting (shared with f-string sub-parsers).
    nesting: u32,
    lex_err: Option<&'a LexError>,
    /// An error CPython finds only after parsing (in its symbol table):
    /// reported only if the parse otherwise succeeds.
    deferred: Option<SyntaxError>,
    /// Start token of the disjunction that began the last `expression` parsed,
    /// for "Perhaps you forgot a comma?".
    last_expr_disj: Option<usize>,
    /// Parsing an f-string's expression: errors get an `f-string: ` prefix.
    in_fstring: bool,
    /// Host stack this parse may use (see [`STACK_BUDGET`]).
    stack: StackBudget,
    /// An error found by an abandoned alternative, to report instead.
    pending_error: Option<Box<SyntaxError>>,
}

/// A snapshot for speculative parsing.
struct Snapshot {
    pos: usize,
    max_pos: usize,
    nesting: u32,
    last_expr_disj: Option<usize>,
    deferred: bool,
}

impl<'a> Parser<'a> {
    fn new(lexed: &'a Lexed, nesting: u32, in_fstring: bool, stack: StackBudget) -> Parser<'a> {
        Parser {
            toks: &lexed.tokens,
            pos: 0,
            max_pos: 0,
            fetched: 0,
            nesting,
            lex_err: lexed.error.as_ref(),
            deferred: None,
            last_expr_disj: None,
            in_fstring,
            stack,
            pending_error: None,
        }
    }

    // ----- token access -------------------------------------------------

    /// Token `i` (clamped to the last token, which is ENDMARKER or Error).
    fn tok(&self, i: usize) -> &'a Token {
        let toks = self.toks;
        &toks[i.min(toks.len() - 1)]
    }

    fn peek(&mut self) -> &'a Token {
        self.peek_at(0)
    }

    /// Look `n` tokens ahead (recorded as looked at).
    fn peek_at(&mut self, n: usize) -> &'a Token {
        let i = (self.pos + n).min(self.toks.len() - 1);
        self.max_pos = self.max_pos.max(i);
        self.fetched = self.fetched.max(i);
        self.tok(i)
    }

    fn bump(&mut self) -> &'a Token {
        let t = self.peek();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }

    fn at_op(&mut self, op: Op) -> bool {
        self.peek().is_op(op)
    }

    fn at_kw(&mut self, kw: Kw) -> bool {
        self.peek().is_kw(kw)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        let yes = self.at_op(op);
        if yes {
            self.bump();
        }
        yes
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        let yes = self.at_kw(kw);
        if yes {
            self.bump();
        }
        yes
    }

    fn expect_op(&mut self, op: Op) -> PResult<usize> {
        if self.at_op(op) {
            self.bump();
            Ok(self.pos - 1)
        } else {
            Err(self.invalid())
        }
    }

    /// Start of token `i`.
    fn tok_loc(&self, i: usize) -> Loc {
        self.tok(i).start
    }

    /// Index of the last consumed token.
    fn prev(&self) -> usize {
        self.pos.saturating_sub(1)
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            pos: self.pos,
            max_pos: self.max_pos,
            nesting: self.nesting,
            last_expr_disj: self.last_expr_disj,
            deferred: self.deferred.is_some(),
        }
    }

    fn restore(&mut self, s: &Snapshot) {
        self.pos = s.pos;
        self.max_pos = s.max_pos;
        self.nesting = s.nesting;
        self.last_expr_disj = s.last_expr_disj;
        if !s.deferred {
            self.deferred = None;
        }
    }

    /// Run `f` and rewind, keeping only its result.
    fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        let snap = self.snapshot();
        let r = f(self).ok();
        self.restore(&snap);
        r
    }

    /// Is the stack used since the entry point beyond this parse's budget?
    fn stack_exhausted(&self) -> bool {
        #[cfg(test)]
        tests::STACK_LOW.fetch_min(crate::stack::addr(), core::sync::atomic::Ordering::Relaxed);
        self.stack.exhausted()
    }

    /// Enter one level of bracket/lambda nesting.
    fn enter(&mut self) -> PResult<()> {
        if self.nesting >= MAX_NESTING || self.stack_exhausted() {
            return Err(self.err_tok(SyntaxErrorKind::Syntax, "too many nested parentheses", self.pos));
        }
        self.nesting += 1;
        Ok(())
    }

    fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    // ----- errors -------------------------------------------------------

    fn prefix(&self, msg: &str) -> String {
        if self.in_fstring {
            alloc::format!("f-string: {}", msg)
        } else {
            String::from(msg)
        }
    }

    fn mk_err(&self, kind: SyntaxErrorKind, msg: &str, line: u32, col: u32, end_col: u32) -> Box<SyntaxError> {
        Box::new(make_error(kind, self.prefix(msg), line, col, end_col))
    }

    /// CPython's `RAISE_ERROR_KNOWN_LOCATION` over a source range.
    fn err_range(&self, msg: &str, start: Loc, end: Loc) -> Box<SyntaxError> {
        let end_col = if end.line == start.line || end.col > start.col { end.col + 1 } else { 0 };
        self.mk_err(SyntaxErrorKind::Syntax, msg, start.line, start.col + 1, end_col)
    }

    /// An error over an expression's own range.
    fn err_expr(&self, msg: &str, e: &E) -> Box<SyntaxError> {
        self.err_range(msg, e.e.loc, e.end)
    }

    /// An error at token `i`, CPython's known-location style.
    fn err_tok(&self, kind: SyntaxErrorKind, msg: &str, i: usize) -> Box<SyntaxError> {
        let t = self.tok(i);
        let mut e = if t.virt {
            self.mk_err(kind, msg, t.start.line, 0, 0)
        } else {
            self.mk_err(kind, msg, t.start.line, t.start.col + 1, t.end.col + 1)
        };
        e.incomplete = self.at_eof(i);
        e
    }

    /// Is token `i` one of the DEDENT/ENDMARKER tokens at end of input?
    fn at_eof(&self, i: usize) -> bool {
        self.toks.get(i..).is_some_and(|rest| rest.iter().all(|t| matches!(t.tok, Tok::Dedent | Tok::EndMarker)))
    }

    /// CPython's `RAISE_SYNTAX_ERROR` (no location): at the furthest token.
    fn err_last(&self, kind: SyntaxErrorKind, msg: &str) -> Box<SyntaxError> {
        let t = self.tok(self.max_pos);
        let mut e = if t.virt {
            self.mk_err(kind, msg, t.start.line, t.start.col, 0)
        } else {
            self.mk_err(kind, msg, t.start.line, t.start.col + 1, t.end.col + 1)
        };
        e.incomplete = self.at_eof(self.max_pos);
        e
    }

    /// The generic error: `invalid syntax` at the furthest token looked at
    /// (`unexpected indent`/`unindent` if that is an INDENT/DEDENT).
    fn invalid(&self) -> Box<SyntaxError> {
        match self.tok(self.max_pos).tok {
            Tok::Indent => self.err_last(SyntaxErrorKind::Indentation, "unexpected indent"),
            Tok::Dedent => self.err_last(SyntaxErrorKind::Indentation, "unexpected unindent"),
            _ => self.err_tok(SyntaxErrorKind::Syntax, "invalid syntax", self.max_pos),
        }
    }

    /// Choose between a parser error and a tokenizer error the way CPython
    /// does, and apply the deferred (symbol-table) error.
    fn finish<T>(&mut self, res: PResult<T>) -> Result<T, SyntaxError> {
        match res {
            Ok(v) => match self.deferred.take() {
                Some(e) => Err(e),
                None => Ok(v),
            },
            Err(e) => Err(self.resolve(*e)),
        }
    }

    fn resolve(&self, e: SyntaxError) -> SyntaxError {
        let Some(le) = self.lex_err else { return e };
        let reached = self.fetched.max(self.max_pos) + 1 >= self.toks.len();
        let wins = reached
            || match le.rank {
                LexErrorRank::Hard => true,
                LexErrorRank::Unclosed { line } => line < self.tok(self.fetched.max(self.max_pos)).start.line,
                LexErrorRank::Deferred => false,
            };
        if wins {
            le.error.clone()
        } else {
            e
        }
    }

    // ----- entry points -------------------------------------------------

    fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        loop {
            match self.peek().tok {
                Tok::EndMarker => break,
                Tok::Newline => {
                    self.bump();
                }
                _ => self.statement(&mut body)?,
            }
        }
        Ok(Module { body })
    }

    fn eval_input(&mut self) -> PResult<Expr> {
        let e = self.expressions()?;
        while self.eat_tok_newline() {}
        if !matches!(self.peek().tok, Tok::EndMarker) {
            return Err(self.unexpected_after(&e));
        }
        Ok(*e.e)
    }

    fn eat_tok_newline(&mut self) -> bool {
        let yes = matches!(self.peek().tok, Tok::Newline);
        if yes {
            self.bump();
        }
        yes
    }
}
