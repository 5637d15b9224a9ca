//! Parameter lists of `def` and `lambda`, with CPython's errors for
//! misplaced `/`, `*`, `**` and defaults, and the (symbol-table) duplicate
//! argument check.

use alloc::format;
use alloc::vec::Vec;

use super::{PResult, Parser, E};
use crate::syntax::ast::{Arg, Arguments, Loc, Name};
use crate::syntax::token::{Op, Tok};
use crate::syntax::SyntaxErrorKind;

/// Where we are in a parameter list.
#[derive(Default)]
struct State {
    seen_default: bool,
    slash: bool,
    star: bool,
    kwarg: bool,
    depth: u32,
}

impl<'a> Parser<'a> {
    /// Parse parameters up to (not including) `)` for `def`, `:` for
    /// `lambda`. Returns the arguments and the height of their expressions.
    pub(super) fn parameters(&mut self, lambda: bool) -> PResult<(Arguments, u32)> {
        let close = if lambda { Op::Colon } else { Op::RPar };
        let mut a = Arguments::default();
        let mut st = State::default();
        while !self.at_op(close) {
            self.last_expr_disj = None;
            self.parameter(&mut a, &mut st, lambda)?;
            if !self.eat_op(Op::Comma) {
                if !self.at_op(close) {
                    return Err(self.unexpected_here());
                }
                break;
            }
        }
        self.check_duplicates(&a);
        Ok((a, st.depth))
    }

    fn err_at(&self, msg: &str, i: usize) -> alloc::boxed::Box<crate::syntax::SyntaxError> {
        self.err_tok(SyntaxErrorKind::Syntax, msg, i)
    }

    /// One parameter (or `/`, `*`, `**` marker).
    fn parameter(&mut self, a: &mut Arguments, st: &mut State, lambda: bool) -> PResult<()> {
        let i = self.pos;
        let t = self.peek();
        match &t.tok {
            Tok::Op(Op::Slash) => self.slash(a, st),
            Tok::Op(Op::Star) => self.star_param(a, st, lambda),
            Tok::Op(Op::DoubleStar) => {
                if st.kwarg {
                    return Err(self.err_at("arguments cannot follow var-keyword argument", i));
                }
                self.bump();
                let p = self.param(lambda, false, st)?;
                if self.at_op(Op::Equal) {
                    return Err(self.err_at("var-keyword argument cannot have default value", self.pos));
                }
                a.kwarg = Some(p.0);
                st.kwarg = true;
                Ok(())
            }
            Tok::Name(_) => self.named_param(a, st, lambda),
            Tok::Op(Op::LPar) => Err(self.parenthesized_params(lambda)),
            _ => Err(self.invalid()),
        }
    }

    fn slash(&mut self, a: &mut Arguments, st: &mut State) -> PResult<()> {
        let i = self.pos;
        if st.kwarg {
            return Err(self.err_at("arguments cannot follow var-keyword argument", i));
        }
        if st.star {
            return Err(self.err_at("/ must be ahead of *", i));
        }
        if st.slash {
            return Err(self.err_at("/ may appear only once", i));
        }
        if a.args.is_empty() {
            return Err(self.err_at("at least one argument must precede /", i));
        }
        self.bump();
        if self.at_op(Op::Star) {
            return Err(self.err_at("expected comma between / and *", self.pos));
        }
        st.slash = true;
        a.posonlyargs = core::mem::take(&mut a.args);
        Ok(())
    }

    fn star_param(&mut self, a: &mut Arguments, st: &mut State, lambda: bool) -> PResult<()> {
        let i = self.pos;
        if st.kwarg {
            return Err(self.err_at("arguments cannot follow var-keyword argument", i));
        }
        if st.star {
            return Err(self.err_at("* argument may appear only once", i));
        }
        self.bump();
        st.star = true;
        let close = if lambda { Op::Colon } else { Op::RPar };
        if self.at_op(close) || self.at_op(Op::Comma) {
            let bare_end = self.at_op(close)
                || self.peek_at(1).is_op(close)
                || self.peek_at(1).is_op(Op::DoubleStar);
            if bare_end {
                let msg = "named arguments must follow bare *";
                return Err(if lambda { self.err_last(SyntaxErrorKind::Syntax, msg) } else { self.err_at(msg, i) });
            }
            return Ok(());
        }
        let p = self.param(lambda, true, st)?;
        if self.at_op(Op::Equal) {
            return Err(self.err_at("var-positional argument cannot have default value", self.pos));
        }
        a.vararg = Some(p.0);
        Ok(())
    }

    fn named_param(&mut self, a: &mut Arguments, st: &mut State, lambda: bool) -> PResult<()> {
        let (arg, end) = self.param(lambda, false, st)?;
        if st.kwarg {
            return Err(self.err_range("arguments cannot follow var-keyword argument", arg.loc, end));
        }
        let default = self.default_value(st)?;
        if st.star {
            a.kwonlyargs.push(arg);
            a.kw_defaults.push(default.map(|d| *d.e));
            return Ok(());
        }
        match default {
            Some(d) => {
                st.seen_default = true;
                a.defaults.push(*d.e);
            }
            None if st.seen_default => {
                return Err(self.err_range("non-default argument follows default argument", arg.loc, end));
            }
            None => {}
        }
        a.args.push(arg);
        Ok(())
    }

    /// `= expression` after a parameter, if present.
    fn default_value(&mut self, st: &mut State) -> PResult<Option<E>> {
        if !self.at_op(Op::Equal) {
            return Ok(None);
        }
        let eq = self.pos;
        self.bump();
        if self.at_op(Op::Comma) || self.at_op(Op::RPar) {
            return Err(self.err_at("expected default value expression", eq));
        }
        let d = self.expression()?;
        st.depth = st.depth.max(d.depth);
        Ok(Some(d))
    }

    /// `NAME [':' annotation]`; returns the arg and its end.
    fn param(&mut self, lambda: bool, star: bool, st: &mut State) -> PResult<(Arg, Loc)> {
        let i = self.pos;
        let Tok::Name(name) = &self.peek().tok else { return Err(self.invalid()) };
        self.bump();
        let loc = self.tok_loc(i);
        let mut end = self.tok(i).end;
        let mut annotation = None;
        if !lambda && self.eat_op(Op::Colon) {
            let e = if star { self.star_expression()? } else { self.expression()? };
            end = e.end;
            st.depth = st.depth.max(e.depth);
            annotation = Some(*e.e);
        }
        Ok((Arg { loc, name: name.clone(), annotation }, end))
    }

    /// `def f((a, b))`: CPython's "parameters cannot be parenthesized".
    fn parenthesized_params(&mut self, lambda: bool) -> alloc::boxed::Box<crate::syntax::SyntaxError> {
        let open = self.pos;
        let mut j = open + 1;
        let mut names = 0;
        while matches!(self.tok(j).tok, Tok::Name(_)) {
            names += 1;
            j += 1;
            if !self.tok(j).is_op(Op::Comma) {
                break;
            }
            j += 1;
        }
        if names == 0 || !self.tok(j).is_op(Op::RPar) {
            self.bump();
            return self.invalid();
        }
        self.max_pos = self.max_pos.max(j);
        let what = if lambda { "Lambda expression parameters" } else { "Function parameters" };
        let msg = format!("{} cannot be parenthesized", what);
        self.err_range(&msg, self.tok_loc(open), self.tok(j).end)
    }

    /// Record CPython's symbol-table error for a repeated parameter name
    /// (the first repeat in source order).
    fn check_duplicates(&mut self, a: &Arguments) {
        if self.deferred.is_some() {
            return;
        }
        let all: Vec<&Arg> = a
            .posonlyargs
            .iter()
            .chain(a.args.iter())
            .chain(a.vararg.iter())
            .chain(a.kwonlyargs.iter())
            .chain(a.kwarg.iter())
            .collect();
        let mut sorted: Vec<(&str, usize)> = all.iter().enumerate().map(|(i, arg)| (&*arg.name, i)).collect();
        sorted.sort_unstable();
        let repeat = sorted.windows(2).filter(|w| w[0].0 == w[1].0).map(|w| w[1].1).min();
        let Some(arg) = repeat.and_then(|i| all.get(i)) else { return };
        let name: &Name = &arg.name;
        let msg = format!("duplicate argument '{}' in function definition", name);
        let end = Loc { line: arg.loc.line, col: arg.loc.col + name.chars().count() as u32 };
        self.deferred = Some(*self.err_range(&msg, arg.loc, end));
    }
}
