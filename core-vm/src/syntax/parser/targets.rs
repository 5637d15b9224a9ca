//! Assignment, `for`, `with` and `del` targets: setting `Ctx::Store` /
//! `Ctx::Del`, and CPython's errors for invalid targets
//! (`_PyPegen_get_invalid_target`, `_PyPegen_get_expr_name`).

use alloc::boxed::Box;
use alloc::format;
use alloc::vec;

use super::{PResult, Parser, E};
use crate::syntax::ast::{Constant, Ctx, Expr, ExprKind, Loc};
use crate::syntax::token::{Op, Tok};
use crate::syntax::SyntaxError;

/// Which statement a target belongs to (changes CPython's messages).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetKind {
    /// `=` targets, `with ... as` targets.
    Star,
    /// `for` and comprehension targets.
    For,
    /// `del` targets.
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression of `e`
/// that cannot be a target, if any.
pub(super) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().find_map(|x| invalid_target(x, kind)),
        ExprKind::Starred { value, .. } => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops.first() == Some(&crate::syntax::ast::CmpOp::In) {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Set the context of a valid target tree (see [`invalid_target`]).
pub(super) fn set_ctx(e: &mut Expr, ctx: Ctx) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. } | ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_ctx(value, ctx);
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_ctx(x, ctx);
            }
        }
        _ => {}
    }
}

impl<'a> Parser<'a> {
    /// Turn `e` into a target of `kind`, or report CPython's error for it.
    pub(super) fn to_target(&self, mut e: E, kind: TargetKind) -> PResult<E> {
        if let Some(bad) = invalid_target(&e.e, kind) {
            return Err(self.invalid_target_error(bad, kind));
        }
        set_ctx(&mut e.e, if kind == TargetKind::Del { Ctx::Del } else { Ctx::Store });
        Ok(e)
    }

    /// "cannot assign to X" / "cannot delete X" over `bad`'s range.
    pub(super) fn invalid_target_error(&self, bad: &Expr, kind: TargetKind) -> Box<SyntaxError> {
        let verb = if kind == TargetKind::Del { "delete" } else { "assign to" };
        let msg = format!("cannot {} {}", verb, expr_name(bad));
        self.err_range(&msg, bad.loc, self.expr_end(bad))
    }

    /// `for` targets: `star_target (',' star_target)* [',']`, stopping before
    /// `in`. Each target is parsed at the `bitwise_or` level, as CPython's
    /// target rules do.
    pub(super) fn for_targets(&mut self) -> PResult<E> {
        let first = self.one_target()?;
        let e = if self.at_op(Op::Comma) {
            let start = first.start;
            let mut elts = vec![first];
            while self.eat_op(Op::Comma) {
                if !self.starts_expr(true) {
                    break;
                }
                elts.push(self.one_target()?);
            }
            self.tuple(elts, start, self.prev())?
        } else {
            first
        };
        self.last_expr_disj = None;
        self.to_target(e, TargetKind::For)
    }

    fn one_target(&mut self) -> PResult<E> {
        if self.at_op(Op::Star) {
            return self.starred(false);
        }
        self.bitwise_or()
    }

    /// A single `with ... as` / star target (no bare tuple).
    pub(super) fn star_target(&mut self) -> PResult<E> {
        let e = self.one_target()?;
        self.last_expr_disj = None;
        Ok(e)
    }

    // ----- expression end positions -------------------------------------

    /// Index of the first real token starting at `loc`.
    fn token_at(&self, loc: Loc) -> Option<usize> {
        let i = self.toks.partition_point(|t| (t.start.line, t.start.col) < (loc.line, loc.col));
        (i..self.toks.len()).take_while(|&j| self.tok(j).start == loc).find(|&j| !self.tok(j).virt)
    }

    /// Index of the bracket closing the one at token `open`.
    fn matching(&self, open: usize) -> usize {
        let mut level = 0usize;
        for j in open..self.toks.len() {
            match self.tok(j).tok {
                Tok::Op(Op::LPar | Op::LSqb | Op::LBrace) => level += 1,
                Tok::Op(Op::RPar | Op::RSqb | Op::RBrace) => {
                    level = level.saturating_sub(1);
                    if level == 0 {
                        return j;
                    }
                }
                _ => {}
            }
        }
        self.toks.len() - 1
    }

    /// Index of the first token after the one ending at `end`, skipping
    /// closing parentheses.
    fn token_after(&self, end: Loc) -> usize {
        let mut i = self.toks.partition_point(|t| (t.start.line, t.start.col) < (end.line, end.col));
        while self.tok(i).is_op(Op::RPar) {
            i += 1;
        }
        i
    }

    /// The end of `e` (CPython's `end_col_offset`), recovered from tokens:
    /// only needed for error ranges of sub-expressions.
    pub(super) fn expr_end(&self, e: &Expr) -> Loc {
        let Some(i) = self.token_at(e.loc) else { return Loc { line: e.loc.line, col: e.loc.col + 1 } };
        let t = self.tok(i);
        match &e.kind {
            ExprKind::BinOp { right: x, .. }
            | ExprKind::UnaryOp { operand: x, .. }
            | ExprKind::IfExp { orelse: x, .. }
            | ExprKind::Lambda { body: x, .. }
            | ExprKind::NamedExpr { value: x, .. }
            | ExprKind::Starred { value: x, .. }
            | ExprKind::YieldFrom(x)
            | ExprKind::Await(x)
            | ExprKind::Yield(Some(x)) => self.expr_end(x),
            ExprKind::BoolOp { values: v, .. } | ExprKind::Compare { comparators: v, .. } => {
                v.last().map_or(t.end, |x| self.expr_end(x))
            }
            ExprKind::Tuple { elts, .. } if !t.is_op(Op::LPar) => elts.last().map_or(t.end, |x| self.expr_end(x)),
            ExprKind::Call { func: x, .. } | ExprKind::Subscript { value: x, .. } => {
                let open = self.token_after(self.expr_end(x));
                self.tok(self.matching(open)).end
            }
            ExprKind::Attribute { value, .. } => {
                let dot = self.token_after(self.expr_end(value));
                self.tok(dot + 1).end
            }
            ExprKind::Constant(Constant::Str(_) | Constant::Bytes(_)) | ExprKind::JoinedStr(_) => {
                let mut j = i;
                while matches!(self.tok(j + 1).tok, Tok::Str(_)) {
                    j += 1;
                }
                self.tok(j).end
            }
            _ if matches!(t.tok, Tok::Op(Op::LPar | Op::LSqb | Op::LBrace)) => self.tok(self.matching(i)).end,
            _ => t.end,
        }
    }
}
