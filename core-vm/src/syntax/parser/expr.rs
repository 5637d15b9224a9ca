//! Expressions: from `star_expressions` down to atoms, following the 3.11
//! grammar's precedence. Operator chains are built with loops (binary
//! operators with an operator stack, prefix operators and `**` with explicit
//! stacks), so only brackets and lambdas recurse.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use super::{PResult, Parser, E, MAX_EXPR_DEPTH, TOO_COMPLEX};
use crate::syntax::ast::{
    Comprehension, Constant, Ctx, Expr, ExprKind, Keyword, Loc, UnaryOp,
};
use crate::syntax::token::{Kw, Op, Tok};
use crate::syntax::SyntaxErrorKind;

/// A comprehension list plus the end of its last item (for error ranges).
pub(super) struct Comps {
    pub gens: Vec<Comprehension>,
    pub last_end: Loc,
    pub depth: u32,
}

impl<'a> Parser<'a> {
    // ----- node construction --------------------------------------------

    /// Build a compound node spanning tokens `start..=last` over children of
    /// height `child_depth`.
    pub(super) fn node(&self, kind: ExprKind, start: usize, last: usize, child_depth: u32) -> PResult<E> {
        let depth = child_depth + 1;
        if depth > MAX_EXPR_DEPTH {
            return Err(self.err_tok(SyntaxErrorKind::Syntax, TOO_COMPLEX, last));
        }
        let e = Box::new(Expr::new(self.tok_loc(start), kind));
        Ok(E { e, start, last, end: self.tok(last).end, depth })
    }

    /// A leaf node for the token just consumed.
    fn leaf(&self, kind: ExprKind) -> E {
        let i = self.prev();
        E { e: Box::new(Expr::new(self.tok_loc(i), kind)), start: i, last: i, end: self.tok(i).end, depth: 1 }
    }

    #[inline(never)]
    pub(super) fn tuple(&self, elts: Vec<E>, start: usize, last: usize) -> PResult<E> {
        let d = max_depth(&elts);
        self.node(ExprKind::Tuple { elts: unwrap(elts), ctx: Ctx::Load }, start, last, d)
    }

    /// Can the current token start an expression?
    pub(super) fn starts_expr(&mut self, allow_star: bool) -> bool {
        match &self.peek().tok {
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Kw(k) => matches!(k, Kw::True | Kw::False | Kw::None | Kw::Not | Kw::Lambda | Kw::Await),
            Tok::Op(op) => {
                matches!(op, Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis)
                    || (allow_star && *op == Op::Star)
            }
            _ => false,
        }
    }

    // ----- expression lists ---------------------------------------------

    /// `star_expressions`: `a, *b, c` becomes a Tuple.
    pub(super) fn star_expressions(&mut self) -> PResult<E> {
        let first = self.star_expression()?;
        self.expr_list_tail(first, true)
    }

    /// `expressions` (as in `eval` input): no starred items.
    pub(super) fn expressions(&mut self) -> PResult<E> {
        let first = self.expression()?;
        self.expr_list_tail(first, false)
    }

    #[inline(never)]
    fn expr_list_tail(&mut self, first: E, star: bool) -> PResult<E> {
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let start = first.start;
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expr(star) {
                break;
            }
            let e = if star { self.star_expression()? } else { self.expression()? };
            elts.push(e);
        }
        self.tuple(elts, start, self.prev())
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(super) fn star_expression(&mut self) -> PResult<E> {
        if self.at_op(Op::Star) {
            return self.starred(false);
        }
        self.expression()
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(super) fn star_named_expression(&mut self) -> PResult<E> {
        if self.at_op(Op::Star) {
            return self.starred(false);
        }
        self.named_expression()
    }

    /// `'*' bitwise_or` (or `'*' expression` when `full`).
    #[inline(never)]
    pub(super) fn starred(&mut self, full: bool) -> PResult<E> {
        let start = self.pos;
        self.bump();
        let v = if full { self.expression()? } else { self.bitwise_or()? };
        self.last_expr_disj = Some(v.start);
        let (last, d) = (v.last, v.depth);
        self.node(ExprKind::Starred { value: v.e, ctx: Ctx::Load }, start, last, d)
    }

    /// `named_expression`: `NAME := expression` or an expression; a stray
    /// `=` gets CPython's "Maybe you meant '=='" errors.
    pub(super) fn named_expression(&mut self) -> PResult<E> {
        if matches!(self.peek().tok, Tok::Name(_)) && self.peek_at(1).is_op(Op::ColonEqual) {
            return self.walrus();
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) || self.at_op(Op::Equal) {
            return Err(self.named_expression_error(&e));
        }
        Ok(e)
    }

    /// `a := b` with a non-name `a`, or a stray `=` after `a`.
    #[inline(never)]
    fn named_expression_error(&mut self, e: &E) -> Box<crate::syntax::SyntaxError> {
        if self.at_op(Op::ColonEqual) {
            let msg = alloc::format!("cannot use assignment expressions with {}", super::targets::expr_name(&e.e));
            return self.err_expr(&msg, e);
        }
        self.stray_equal(e)
    }

    #[inline(never)]
    fn walrus(&mut self) -> PResult<E> {
        let start = self.pos;
        let Tok::Name(id) = &self.bump().tok else { return Err(self.invalid()) };
        let target = Expr::new(self.tok_loc(start), ExprKind::Name { id: id.clone(), ctx: Ctx::Store });
        self.bump();
        let v = self.expression()?;
        let (last, d) = (v.last, v.depth);
        self.node(ExprKind::NamedExpr { target: Box::new(target), value: v.e }, start, last, d)
    }

    /// `invalid_named_expression`: `a = b` where an expression was expected.
    #[inline(never)]
    pub(super) fn stray_equal(&mut self, a: &E) -> Box<crate::syntax::SyntaxError> {
        self.equal_after(a).unwrap_or_else(|| self.invalid())
    }

    /// CPython's `NAME '=' bitwise_or` / `bitwise_or '=' bitwise_or` error
    /// rules (the cursor is at the `=` after `a`), if they apply.
    #[inline(never)]
    pub(super) fn equal_after(&mut self, a: &E) -> Option<Box<crate::syntax::SyntaxError>> {
        let rhs = self.speculate(|p| {
            p.bump();
            let b = p.bitwise_or()?;
            let next_ok = !p.at_op(Op::Equal) && !p.at_op(Op::ColonEqual);
            Ok((b.end, next_ok))
        });
        let Some((b_end, true)) = rhs else { return None };
        let plain_name = matches!(a.e.kind, ExprKind::Name { .. }) && a.start == a.last;
        if plain_name {
            return Some(self.err_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a.e.loc, b_end));
        }
        if self.is_bitwise_or(a) && !self.starts_with_display(a) {
            let msg = alloc::format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                super::targets::expr_name(&a.e)
            );
            return Some(self.err_expr(&msg, a));
        }
        None
    }

    /// Was `a` parsed at the `bitwise_or` level (or parenthesized)?
    pub(super) fn is_bitwise_or(&self, a: &E) -> bool {
        if self.is_parenthesized(a) {
            return true;
        }
        !matches!(
            a.e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::Starred { .. }
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
        ) && (!matches!(a.e.kind, ExprKind::Tuple { .. }) || self.tok(a.start).is_op(Op::LPar))
    }

    /// Is `a` wrapped in parentheses of its own (a group)?
    pub(super) fn is_parenthesized(&self, a: &E) -> bool {
        self.tok(a.start).is_op(Op::LPar) && self.tok_loc(a.start) != a.e.loc
    }

    /// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` lookahead: does
    /// `a` begin with such an atom?
    pub(super) fn starts_with_display(&self, a: &E) -> bool {
        let first = self.tok(a.start);
        if first.is_kw(Kw::True) || first.is_kw(Kw::False) || first.is_kw(Kw::None) {
            return true;
        }
        let mut e = &a.e;
        loop {
            let next = match &e.kind {
                ExprKind::BinOp { left, .. } => left,
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
                ExprKind::Call { func, .. } => func,
                _ => break,
            };
            e = next;
        }
        e.loc == first.start
            && match &e.kind {
                ExprKind::List { .. } => first.is_op(Op::LSqb),
                ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => first.is_op(Op::LPar),
                _ => false,
            }
    }

    // ----- expression ---------------------------------------------------

    /// `expression`: a conditional expression, a disjunction or a lambda.
    pub(super) fn expression(&mut self) -> PResult<E> {
        if self.at_kw(Kw::Lambda) {
            return self.lambdef();
        }
        let body = self.disjunction()?;
        if !self.at_kw(Kw::If) {
            self.last_expr_disj = Some(body.start);
            return Ok(body);
        }
        self.conditional(body)
    }

    /// `body if test else orelse`, right-nested chains built iteratively.
    #[inline(never)]
    fn conditional(&mut self, first: E) -> PResult<E> {
        let mut pending: Vec<(E, E)> = Vec::new();
        let mut body = first;
        let orelse = loop {
            self.bump();
            let test = self.disjunction()?;
            if !self.eat_kw(Kw::Else) {
                if self.at_op(Op::Colon) {
                    return Err(self.invalid());
                }
                return Err(self.err_range("expected 'else' after 'if' expression", body.e.loc, test.end));
            }
            pending.push((body, test));
            if pending.len() as u32 > MAX_EXPR_DEPTH {
                return Err(self.err_tok(SyntaxErrorKind::Syntax, TOO_COMPLEX, self.pos));
            }
            if self.at_kw(Kw::Lambda) {
                break self.lambdef()?;
            }
            let next = self.disjunction()?;
            if !self.at_kw(Kw::If) {
                self.last_expr_disj = Some(next.start);
                break next;
            }
            body = next;
        };
        let mut acc = orelse;
        while let Some((b, t)) = pending.pop() {
            let d = b.depth.max(t.depth).max(acc.depth);
            let (start, last) = (b.start, acc.last);
            let kind = ExprKind::IfExp { test: t.e, body: b.e, orelse: acc.e };
            acc = self.node(kind, start, last, d)?;
        }
        Ok(acc)
    }

    /// `primary`: an atom followed by `.name`, `(args)` and `[slices]`.
    pub(super) fn primary(&mut self) -> PResult<E> {
        let mut e = self.atom()?;
        loop {
            e = match self.peek().tok {
                Tok::Op(Op::Dot) => self.attribute(e)?,
                Tok::Op(Op::LPar) => self.call(e)?,
                Tok::Op(Op::LSqb) => self.subscript(e)?,
                _ => return Ok(e),
            };
        }
    }

    #[inline(never)]
    fn attribute(&mut self, value: E) -> PResult<E> {
        self.bump();
        let Tok::Name(attr) = &self.peek().tok else { return Err(self.invalid()) };
        self.bump();
        let (start, d) = (value.start, value.depth);
        let kind = ExprKind::Attribute { value: value.e, attr: attr.clone(), ctx: Ctx::Load };
        self.node(kind, start, self.prev(), d)
    }

    // ----- atoms --------------------------------------------------------

    fn atom(&mut self) -> PResult<E> {
        match self.peek().tok {
            Tok::Str(_) => self.strings(),
            Tok::Op(Op::LPar) => self.bracketed(Self::paren_atom),
            Tok::Op(Op::LSqb) => self.bracketed(Self::list_atom),
            Tok::Op(Op::LBrace) => self.bracketed(Self::brace_atom),
            _ => self.simple_atom(),
        }
    }

    /// A name, keyword constant, number or `...`.
    #[inline(never)]
    fn simple_atom(&mut self) -> PResult<E> {
        let c = match &self.peek().tok {
            Tok::Name(id) => ExprKind::Name { id: id.clone(), ctx: Ctx::Load },
            Tok::Kw(Kw::True) => ExprKind::Constant(Constant::True),
            Tok::Kw(Kw::False) => ExprKind::Constant(Constant::False),
            Tok::Kw(Kw::None) => ExprKind::Constant(Constant::None),
            Tok::Op(Op::Ellipsis) => ExprKind::Constant(Constant::Ellipsis),
            Tok::Int(v) => ExprKind::Constant(Constant::Int(v.clone())),
            Tok::Float(v) => ExprKind::Constant(Constant::Float(*v)),
            Tok::Imag(v) => ExprKind::Constant(Constant::Complex(*v)),
            _ => return Err(self.invalid()),
        };
        self.bump();
        Ok(self.leaf(c))
    }

    /// Run a bracket parser one nesting level down.
    fn bracketed(&mut self, f: fn(&mut Self) -> PResult<E>) -> PResult<E> {
        self.enter()?;
        let r = f(self);
        self.leave();
        r
    }

    /// After an element inside brackets: a `,` or `close` must follow.
    fn expect_sep(&mut self, close: Op, last: &E) -> PResult<()> {
        if self.at_op(Op::Comma) || self.at_op(close) {
            return Ok(());
        }
        Err(self.unexpected_after(last))
    }

    /// `(`: empty tuple, group, tuple, generator expression or `(yield)`.
    #[inline(never)]
    fn paren_atom(&mut self) -> PResult<E> {
        let open = self.pos;
        self.bump();
        if matches!(self.peek().tok, Tok::Op(Op::RPar | Op::DoubleStar) | Tok::Kw(Kw::Yield)) {
            return self.paren_special(open);
        }
        let first = self.star_named_expression()?;
        if self.at_op(Op::RPar) && !matches!(first.e.kind, ExprKind::Starred { .. }) {
            self.bump();
            return Ok(E { start: open, last: self.prev(), ..first });
        }
        self.paren_rest(open, first)
    }

    /// `()`, `(yield ...)` and `(**x)` (an error).
    #[inline(never)]
    fn paren_special(&mut self, open: usize) -> PResult<E> {
        if self.at_op(Op::RPar) {
            self.bump();
            return self.node(ExprKind::Tuple { elts: Vec::new(), ctx: Ctx::Load }, open, self.prev(), 0);
        }
        if self.at_op(Op::DoubleStar) {
            return Err(self.double_starred_group());
        }
        let y = self.yield_expr()?;
        if !self.at_op(Op::RPar) {
            return Err(self.invalid());
        }
        self.bump();
        Ok(E { start: open, last: self.prev(), ..y })
    }

    /// A parenthesized tuple or generator expression after its first item.
    #[inline(never)]
    fn paren_rest(&mut self, open: usize, first: E) -> PResult<E> {
        if matches!(first.e.kind, ExprKind::Starred { .. }) && self.at_op(Op::RPar) {
            return Err(self.err_expr("cannot use starred expression here", &first));
        }
        if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
            return self.genexp(first, open);
        }
        self.expect_sep(Op::RPar, &first)?;
        let elts = self.elements(first, Op::RPar)?;
        self.tuple(elts, open, self.prev())
    }

    #[inline(never)]
    fn double_starred_group(&mut self) -> alloc::boxed::Box<crate::syntax::SyntaxError> {
        let star = self.pos;
        let ok = self.speculate(|p| {
            p.bump();
            p.expression()?;
            Ok(p.at_op(Op::RPar))
        });
        if ok == Some(true) {
            return self.err_tok(SyntaxErrorKind::Syntax, "cannot use double starred expression here", star);
        }
        self.bump();
        self.invalid()
    }

    /// The remaining `, item` elements of a display up to `close` (consumed).
    #[inline(never)]
    fn elements(&mut self, first: E, close: Op) -> PResult<Vec<E>> {
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(close) {
                break;
            }
            let e = self.star_named_expression()?;
            self.expect_sep(close, &e)?;
            elts.push(e);
        }
        self.expect_op(close)?;
        Ok(elts)
    }

    #[inline(never)]
    fn genexp(&mut self, elt: E, open: usize) -> PResult<E> {
        self.check_comp_element(&elt)?;
        let comps = self.comp_clauses()?;
        if !self.at_op(Op::RPar) {
            return Err(self.invalid());
        }
        self.bump();
        let d = elt.depth.max(comps.depth);
        self.node(ExprKind::GeneratorExp { elt: elt.e, generators: comps.gens }, open, self.prev(), d)
    }

    fn check_comp_element(&self, elt: &E) -> PResult<()> {
        if matches!(elt.e.kind, ExprKind::Starred { .. }) {
            return Err(self.err_expr("iterable unpacking cannot be used in comprehension", elt));
        }
        Ok(())
    }

    /// `[`: list display or list comprehension.
    #[inline(never)]
    fn list_atom(&mut self) -> PResult<E> {
        let open = self.pos;
        self.bump();
        if self.eat_op(Op::RSqb) {
            return self.node(ExprKind::List { elts: Vec::new(), ctx: Ctx::Load }, open, self.prev(), 0);
        }
        let first = self.star_named_expression()?;
        if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
            self.check_comp_element(&first)?;
            let comps = self.comp_clauses()?;
            self.expect_op(Op::RSqb)?;
            let d = first.depth.max(comps.depth);
            let kind = ExprKind::ListComp { elt: first.e, generators: comps.gens };
            return self.node(kind, open, self.prev(), d);
        }
        self.expect_sep(Op::RSqb, &first)?;
        let elts = self.display_elements(first, Op::RSqb)?;
        let d = max_depth(&elts);
        self.node(ExprKind::List { elts: unwrap(elts), ctx: Ctx::Load }, open, self.prev(), d)
    }

    /// Elements of a list or set display; reports CPython's "did you forget
    /// parentheses around the comprehension target?".
    #[inline(never)]
    fn display_elements(&mut self, first: E, close: Op) -> PResult<Vec<E>> {
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_kw(Kw::For) {
                let a = &elts[0];
                return Err(self.err_range("did you forget parentheses around the comprehension target?", a.e.loc, self.tok(self.prev()).end));
            }
            if self.at_op(close) {
                break;
            }
            let e = self.star_named_expression()?;
            if self.at_kw(Kw::For) && self.speculate(|p| p.comp_clauses()).is_some() {
                return Err(self.err_range("did you forget parentheses around the comprehension target?", elts[0].e.loc, e.end));
            }
            self.expect_sep(close, &e)?;
            elts.push(e);
        }
        self.expect_op(close)?;
        Ok(elts)
    }

    /// `{`: dict, set, dict comprehension or set comprehension.
    #[inline(never)]
    fn brace_atom(&mut self) -> PResult<E> {
        let open = self.pos;
        self.bump();
        if self.eat_op(Op::RBrace) {
            let kind = ExprKind::Dict { keys: Vec::new(), values: Vec::new() };
            return self.node(kind, open, self.prev(), 0);
        }
        if self.at_op(Op::DoubleStar) {
            return self.dict_rest(open, None);
        }
        let first = if self.at_op(Op::Star) {
            self.starred(false)?
        } else if matches!(self.peek().tok, Tok::Name(_)) && self.peek_at(1).is_op(Op::ColonEqual) {
            self.walrus()?
        } else {
            self.expression()?
        };
        if self.at_op(Op::Colon) && !matches!(first.e.kind, ExprKind::Starred { .. }) {
            return self.dict_rest(open, Some(first));
        }
        if self.at_op(Op::Equal) {
            return Err(self.stray_equal(&first));
        }
        if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
            self.check_comp_element(&first)?;
            let comps = self.comp_clauses()?;
            self.expect_op(Op::RBrace)?;
            let d = first.depth.max(comps.depth);
            let kind = ExprKind::SetComp { elt: first.e, generators: comps.gens };
            return self.node(kind, open, self.prev(), d);
        }
        self.expect_sep(Op::RBrace, &first)?;
        let elts = self.display_elements(first, Op::RBrace)?;
        let d = max_depth(&elts);
        self.node(ExprKind::Set(unwrap(elts)), open, self.prev(), d)
    }

    /// The value after `key:` in a dict display.
    fn dict_value(&mut self) -> PResult<E> {
        let colon = self.pos;
        self.bump();
        if self.at_op(Op::Star) {
            let t = self.tok(self.pos);
            let furthest = self.speculate(|p| {
                p.bump();
                p.bitwise_or()?;
                p.peek();
                Ok(p.max_pos)
            });
            let Some(furthest) = furthest else { return Err(self.invalid()) };
            let end = self.tok(furthest).end.col;
            let msg = "cannot use a starred expression in a dictionary value";
            return Err(self.mk_err(SyntaxErrorKind::Syntax, msg, t.start.line, t.start.col + 1, end));
        }
        if self.at_op(Op::RBrace) || self.at_op(Op::Comma) {
            return Err(self.err_tok(SyntaxErrorKind::Syntax, "expression expected after dictionary key and ':'", colon));
        }
        self.expression()
    }

    /// One dict item: `**mapping` (key `None`) or `key: value`.
    fn dict_item(&mut self, after_comma: bool) -> PResult<(Option<E>, E)> {
        if self.eat_op(Op::DoubleStar) {
            return Ok((None, self.bitwise_or()?));
        }
        let key = self.expression()?;
        if !self.at_op(Op::Colon) {
            if after_comma && !self.at_kw(Kw::For) {
                let e = self.mk_err(SyntaxErrorKind::Syntax, "':' expected after dictionary key", key.end.line, key.end.col, 0);
                return Err(e);
            }
            return Err(self.unexpected_after(&key));
        }
        let value = self.dict_value()?;
        Ok((Some(key), value))
    }

    /// A dict display or comprehension, after `{` (and its first key).
    fn dict_rest(&mut self, open: usize, first_key: Option<E>) -> PResult<E> {
        let first = match first_key {
            Some(k) => (Some(k), self.dict_value()?),
            None => {
                let star = self.pos;
                let item = self.dict_item(false)?;
                if self.at_kw(Kw::For) {
                    return Err(self.err_tok(SyntaxErrorKind::Syntax, "dict unpacking cannot be used in dict comprehension", star));
                }
                item
            }
        };
        let first = match first {
            (Some(k), v) if self.at_kw(Kw::For) || self.at_kw(Kw::Async) => return self.dict_comp(open, k, v),
            other => other,
        };
        let mut items = vec![first];
        loop {
            let last = &items[items.len() - 1].1;
            if !self.at_op(Op::Comma) && !self.at_op(Op::RBrace) {
                return Err(self.unexpected_after(last));
            }
            if !self.eat_op(Op::Comma) || self.at_op(Op::RBrace) {
                break;
            }
            items.push(self.dict_item(true)?);
        }
        self.expect_op(Op::RBrace)?;
        let mut d = 0;
        let (mut keys, mut values) = (Vec::new(), Vec::new());
        for (k, v) in items {
            d = d.max(v.depth).max(k.as_ref().map_or(0, |k| k.depth));
            keys.push(k.map(|k| *k.e));
            values.push(*v.e);
        }
        self.node(ExprKind::Dict { keys, values }, open, self.prev(), d)
    }

    fn dict_comp(&mut self, open: usize, k: E, v: E) -> PResult<E> {
        let comps = self.comp_clauses()?;
        self.expect_op(Op::RBrace)?;
        let d = k.depth.max(v.depth).max(comps.depth);
        let kind = ExprKind::DictComp { key: k.e, value: v.e, generators: comps.gens };
        self.node(kind, open, self.prev(), d)
    }

    // ----- comprehensions -----------------------------------------------

    /// `for target in iter (if cond)*` clauses.
    pub(super) fn comp_clauses(&mut self) -> PResult<Comps> {
        let mut gens = Vec::new();
        let mut last_end = self.tok_loc(self.pos);
        let mut depth = 0;
        while self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
            if self.at_kw(Kw::Async) {
                return Err(self.invalid());
            }
            self.bump();
            let target = self.for_targets()?;
            if !self.eat_kw(Kw::In) {
                return Err(self.invalid());
            }
            let iter = self.disjunction()?;
            last_end = iter.end;
            depth = depth.max(target.depth).max(iter.depth);
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                let c = self.disjunction()?;
                last_end = c.end;
                depth = depth.max(c.depth);
                ifs.push(*c.e);
            }
            gens.push(Comprehension { target: *target.e, iter: *iter.e, ifs, is_async: false });
        }
        Ok(Comps { gens, last_end, depth })
    }

    // ----- lambda, yield ------------------------------------------------

    #[inline(never)]
    fn lambdef(&mut self) -> PResult<E> {
        let start = self.pos;
        self.bump();
        self.enter()?;
        let r = self.lambda_rest(start);
        self.leave();
        r
    }

    fn lambda_rest(&mut self, start: usize) -> PResult<E> {
        let (args, args_depth) = self.lambda_params()?;
        let body = self.expression()?;
        let (last, d) = (body.last, body.depth.max(args_depth));
        self.node(ExprKind::Lambda { args, body: body.e }, start, last, d)
    }

    /// Lambda parameters and the `:` after them.
    #[inline(never)]
    fn lambda_params(&mut self) -> PResult<(Box<crate::syntax::ast::Arguments>, u32)> {
        let (args, d) = self.parameters(true)?;
        if !self.eat_op(Op::Colon) {
            return Err(self.invalid());
        }
        Ok((Box::new(args), d))
    }

    /// `yield [star_expressions]` or `yield from expression`.
    #[inline(never)]
    pub(super) fn yield_expr(&mut self) -> PResult<E> {
        let start = self.pos;
        self.bump();
        if self.eat_kw(Kw::From) {
            let v = self.expression()?;
            let (last, d) = (v.last, v.depth);
            return self.node(ExprKind::YieldFrom(v.e), start, last, d);
        }
        if !self.starts_expr(true) {
            return self.node(ExprKind::Yield(None), start, start, 0);
        }
        let v = self.star_expressions()?;
        let (last, d) = (v.last, v.depth);
        self.node(ExprKind::Yield(Some(v.e)), start, last, d)
    }

    // ----- calls and subscripts -----------------------------------------

    /// `func(args)`, including a lone generator argument `f(x for x in y)`.
    #[inline(never)]
    fn call(&mut self, func: E) -> PResult<E> {
        self.enter()?;
        let r = self.call_inner(func);
        self.leave();
        r
    }

    fn call_inner(&mut self, func: E) -> PResult<E> {
        let open = self.pos;
        let (args, keywords, d) = self.arguments(true)?;
        let start = func.start;
        let d = d.max(func.depth);
        let _ = open;
        self.node(ExprKind::Call { func: func.e, args, keywords }, start, self.prev(), d)
    }

    /// A parenthesized argument list: positional (`*`-starred) arguments and
    /// keywords (`**` unpacking has a `None` name). Consumes `(` and `)`.
    pub(super) fn arguments(&mut self, allow_genexp: bool) -> PResult<(Vec<Expr>, Vec<Keyword>, u32)> {
        let open = self.pos;
        self.bump();
        let mut st = ArgState::default();
        while !self.at_op(Op::RPar) {
            let first = st.args.is_empty() && st.keywords.is_empty();
            let at = self.pos;
            let item = self.argument(open, first, allow_genexp || !first, st.seen_unpack);
            let item = match item {
                Err(e) if (st.seen_kw || st.seen_unpack) && is_generic(&e) && !self.at_keyword_argument(at) => {
                    // CPython's first pass stops at a positional argument after
                    // keywords; a generic error is reported there.
                    return Err(self.err_tok(SyntaxErrorKind::Syntax, "invalid syntax", at));
                }
                other => other?,
            };
            if self.add_argument(&mut st, item)? {
                break;
            }
        }
        if !self.at_op(Op::RPar) {
            return Err(self.invalid());
        }
        self.bump();
        if let Some(msg) = st.misplaced {
            return Err(self.err_last(SyntaxErrorKind::Syntax, msg));
        }
        Ok((st.args, st.keywords, st.depth))
    }

    /// Does token `at` start a `*`, `**` or `name=` argument?
    fn at_keyword_argument(&self, at: usize) -> bool {
        match &self.tok(at).tok {
            Tok::Op(Op::Star | Op::DoubleStar) => true,
            Tok::Name(_) => self.tok(at + 1).is_op(Op::Equal),
            _ => false,
        }
    }

    /// Record one argument and its separator; true when the list ends.
    #[inline(never)]
    fn add_argument(&mut self, st: &mut ArgState, item: Arg) -> PResult<bool> {
        let is_gen = matches!(item, Arg::Gen(_));
        if !is_gen && !self.at_op(Op::Comma) && !self.at_op(Op::RPar) {
            return Err(self.unexpected_after(item.expr()));
        }
        match item {
            Arg::Pos(e) => {
                if st.seen_kw || st.seen_unpack {
                    st.misplaced.get_or_insert(if st.seen_unpack {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    });
                }
                st.depth = st.depth.max(e.depth);
                st.args.push(*e.e);
            }
            Arg::Star(e) | Arg::Gen(e) => {
                st.depth = st.depth.max(e.depth);
                st.args.push(*e.e);
            }
            Arg::Kw(name, e) => {
                st.seen_unpack |= name.is_none();
                st.seen_kw = true;
                st.depth = st.depth.max(e.depth);
                st.keywords.push(Keyword { loc: self.tok_loc(e.start), name, value: *e.e });
            }
        }
        Ok(is_gen || !self.eat_op(Op::Comma))
    }

    /// One call argument.
    #[inline(never)]
    fn argument(&mut self, open: usize, first: bool, genexp_ok: bool, seen_unpack: bool) -> PResult<Arg> {
        let special = match &self.peek().tok {
            Tok::Op(Op::Star | Op::DoubleStar) => true,
            Tok::Name(_) | Tok::Kw(Kw::True | Kw::False | Kw::None) => {
                self.peek_at(1).is_op(Op::Equal) || self.peek_at(1).is_op(Op::ColonEqual)
            }
            _ => false,
        };
        if special {
            return self.special_argument(seen_unpack);
        }
        let e = self.expression()?;
        if self.at_op(Op::Equal) || ((self.at_kw(Kw::For) || self.at_kw(Kw::Async)) && genexp_ok) {
            return self.argument_tail(e, open, first);
        }
        Ok(Arg::Pos(e))
    }

    /// `expr=...` (an error) or `expr for ...` (a generator argument).
    #[inline(never)]
    fn argument_tail(&mut self, e: E, open: usize, first: bool) -> PResult<Arg> {
        if self.at_op(Op::Equal) {
            let eq_end = self.tok(self.pos).end;
            return Err(self.err_range("expression cannot contain assignment, perhaps you meant \"==\"?", e.e.loc, eq_end));
        }
        self.generator_argument(e, open, first)
    }

    /// `*args`, `**kwargs`, `name=value`, `name := value`, `True=...`.
    #[inline(never)]
    fn special_argument(&mut self, seen_unpack: bool) -> PResult<Arg> {
        let start = self.pos;
        if self.at_op(Op::Star) {
            if seen_unpack {
                return Err(self.err_tok(SyntaxErrorKind::Syntax, "iterable argument unpacking follows keyword argument unpacking", start));
            }
            return Ok(Arg::Star(self.starred(true)?));
        }
        if self.eat_op(Op::DoubleStar) {
            let v = self.expression()?;
            return Ok(Arg::Kw(None, E { start, ..v }));
        }
        let t = self.peek();
        if self.peek_at(1).is_op(Op::ColonEqual) {
            return Ok(Arg::Pos(self.walrus()?));
        }
        match &t.tok {
            Tok::Name(id) => self.keyword_argument(id.clone()),
            Tok::Kw(k) => {
                let msg = alloc::format!("cannot assign to {:?}", k);
                Err(self.err_range(&msg, t.start, self.tok(start + 1).end))
            }
            _ => Err(self.invalid()),
        }
    }

    fn keyword_argument(&mut self, id: crate::syntax::ast::Name) -> PResult<Arg> {
        let start = self.pos;
        self.bump();
        self.bump();
        let v = self.expression()?;
        if self.at_kw(Kw::For) {
            let eq_end = self.tok(start + 1).end;
            return Err(self.err_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", self.tok_loc(start), eq_end));
        }
        Ok(Arg::Kw(Some(id), E { start, ..v }))
    }

    /// `f(x for x in y)`: only as the sole argument.
    fn generator_argument(&mut self, elt: E, open: usize, first: bool) -> PResult<Arg> {
        self.check_comp_element(&elt)?;
        let comps = self.comp_clauses()?;
        if !first || !self.at_op(Op::RPar) {
            if self.at_op(Op::Comma) {
                self.peek_at(1);
            }
            return Err(self.err_range("Generator expression must be parenthesized", elt.e.loc, comps.last_end));
        }
        let d = elt.depth.max(comps.depth);
        let g = self.node(ExprKind::GeneratorExp { elt: elt.e, generators: comps.gens }, open, self.pos, d)?;
        Ok(Arg::Gen(g))
    }

    /// `value[slices]`.
    #[inline(never)]
    fn subscript(&mut self, value: E) -> PResult<E> {
        self.enter()?;
        let r = self.subscript_inner(value);
        self.leave();
        r
    }

    fn subscript_inner(&mut self, value: E) -> PResult<E> {
        self.bump();
        let first = self.slice_item()?;
        let slice = if self.at_op(Op::Comma) || matches!(first.e.kind, ExprKind::Starred { .. }) {
            self.slice_tuple(first)?
        } else if self.at_op(Op::RSqb) {
            first
        } else {
            return Err(self.unexpected_after(&first));
        };
        self.bump();
        let (start, d) = (value.start, value.depth.max(slice.depth));
        let kind = ExprKind::Subscript { value: value.e, slice: slice.e, ctx: Ctx::Load };
        self.node(kind, start, self.prev(), d)
    }

    /// `a[x, y:z, *w]`: a Tuple of subscript items (stops before `]`).
    #[inline(never)]
    fn slice_tuple(&mut self, first: E) -> PResult<E> {
        let start = first.start;
        self.expect_sep(Op::RSqb, &first)?;
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RSqb) {
                break;
            }
            let e = self.slice_item()?;
            self.expect_sep(Op::RSqb, &e)?;
            elts.push(e);
        }
        if !self.at_op(Op::RSqb) {
            return Err(self.invalid());
        }
        self.tuple(elts, start, self.prev())
    }

    /// One subscript item: a slice `a:b:c`, a starred expression or a named
    /// expression.
    fn slice_item(&mut self) -> PResult<E> {
        if self.at_op(Op::Star) {
            return self.starred(true);
        }
        if self.at_op(Op::Colon) {
            return self.slice(self.pos, None);
        }
        let start = self.pos;
        let e = self.named_expression()?;
        if !self.at_op(Op::Colon) {
            return Ok(e);
        }
        self.slice(start, Some(e))
    }

    /// `lower:upper:step` (the cursor is at the first `:`).
    #[inline(never)]
    fn slice(&mut self, start: usize, lower: Option<E>) -> PResult<E> {
        self.bump();
        let upper = if self.starts_expr(false) { Some(self.expression()?) } else { None };
        let step = if self.eat_op(Op::Colon) && self.starts_expr(false) { Some(self.expression()?) } else { None };
        let d = [&lower, &upper, &step].iter().filter_map(|x| x.as_ref().map(|e| e.depth)).max().unwrap_or(0);
        let bx = |x: Option<E>| x.map(|e| e.e);
        let kind = ExprKind::Slice { lower: bx(lower), upper: bx(upper), step: bx(step) };
        self.node(kind, start, self.prev(), d)
    }

    // ----- errors after an expression -----------------------------------

    /// The error when `a` is followed by a token that cannot follow it:
    /// CPython's `invalid_legacy_expression` ("Missing parentheses in call to
    /// 'print'") and `invalid_expression` ("Perhaps you forgot a comma?"), or
    /// plain `invalid syntax`.
    #[inline(never)]
    pub(super) fn unexpected_after(&mut self, a: &E) -> Box<crate::syntax::SyntaxError> {
        if let ExprKind::Name { id, .. } = &a.e.kind {
            let legacy = (&**id == "print" || &**id == "exec") && a.start == a.last;
            if legacy && !self.at_op(Op::LPar) && self.starts_expr(true) {
                if let Some(end) = self.speculate(|p| p.star_expressions().map(|b| b.end)) {
                    let msg = alloc::format!("Missing parentheses in call to '{}'. Did you mean {}(...)?", id, id);
                    return self.err_range(&msg, a.e.loc, end);
                }
            }
        }
        self.unexpected_here()
    }

    /// `unexpected_after` without the legacy `print` check.
    #[inline(never)]
    pub(super) fn unexpected_here(&mut self) -> Box<crate::syntax::SyntaxError> {
        let Some(disj) = self.last_expr_disj else { return self.invalid() };
        if !self.starts_expr(false) || self.tok(self.pos).level == 0 || self.excluded_comma_start(disj) {
            return self.invalid();
        }
        let b = self.speculate(|p| p.expression().map(|b| (b.end, p.tok(b.last).level)));
        match b {
            Some((end, level)) if level > 0 => {
                self.err_range("invalid syntax. Perhaps you forgot a comma?", self.tok_loc(disj), end)
            }
            Some(_) => self.invalid(),
            None => {
                let t = self.tok(self.pos);
                self.err_range("invalid syntax. Perhaps you forgot a comma?", self.tok_loc(disj), t.end)
            }
        }
    }

    /// `!(NAME STRING | SOFT_KEYWORD)` at the start of the first expression.
    fn excluded_comma_start(&self, disj: usize) -> bool {
        match &self.tok(disj).tok {
            Tok::Name(n) => {
                matches!(self.tok(disj + 1).tok, Tok::Str(_)) || matches!(&**n, "match" | "case" | "_")
            }
            _ => false,
        }
    }
}

/// Call arguments collected so far.
#[derive(Default)]
struct ArgState {
    args: Vec<Expr>,
    keywords: Vec<Keyword>,
    depth: u32,
    seen_kw: bool,
    seen_unpack: bool,
    misplaced: Option<&'static str>,
}

/// One parsed call argument. For keywords, the `E`'s `start` is the
/// keyword's first token (its name or `**`).
enum Arg {
    Pos(E),
    Star(E),
    Kw(Option<crate::syntax::ast::Name>, E),
    /// A generator expression that is the sole argument (its `)` is next).
    Gen(E),
}

impl Arg {
    fn expr(&self) -> &E {
        match self {
            Arg::Pos(e) | Arg::Star(e) | Arg::Kw(_, e) | Arg::Gen(e) => e,
        }
    }
}

/// Is `e` CPython's generic "invalid syntax"?
pub(super) fn is_generic(e: &crate::syntax::SyntaxError) -> bool {
    e.msg == "invalid syntax" || e.msg == "f-string: invalid syntax"
}

pub(super) fn max_depth(v: &[E]) -> u32 {
    v.iter().map(|e| e.depth).max().unwrap_or(0)
}

pub(super) fn unwrap(v: Vec<E>) -> Vec<Expr> {
    v.into_iter().map(|e| *e.e).collect()
}
