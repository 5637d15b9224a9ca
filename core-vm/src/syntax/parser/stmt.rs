//! Statements: simple statements (assignments, imports, `del`, ...) and
//! compound statements with their blocks, including CPython's "expected ':'"
//! and "expected an indented block" errors.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::targets::{expr_name, invalid_target, TargetKind};
use super::{PResult, Parser, E, MAX_EXPR_DEPTH, MAX_NESTING, TOO_COMPLEX};
use crate::syntax::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, ExprKind, FunctionDef, Name, Stmt, StmtKind, WithItem,
};
use crate::syntax::token::{Kw, Op, Tok};
use crate::syntax::{SyntaxError, SyntaxErrorKind};

fn augassign_of(tok: &Tok) -> Option<BinOp> {
    let Tok::Op(op) = tok else { return None };
    Some(match op {
        Op::PlusEqual => BinOp::Add,
        Op::MinEqual => BinOp::Sub,
        Op::StarEqual => BinOp::Mult,
        Op::AtEqual => BinOp::MatMult,
        Op::SlashEqual => BinOp::Div,
        Op::PercentEqual => BinOp::Mod,
        Op::AmperEqual => BinOp::BitAnd,
        Op::VBarEqual => BinOp::BitOr,
        Op::CircumflexEqual => BinOp::BitXor,
        Op::LeftShiftEqual => BinOp::LShift,
        Op::RightShiftEqual => BinOp::RShift,
        Op::DoubleStarEqual => BinOp::Pow,
        Op::DoubleSlashEqual => BinOp::FloorDiv,
        _ => return None,
    })
}

/// How a `:` is required after a block header.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Colon {
    /// "expected ':'" only when the line ends there (`if`, `while`, ...).
    AtNewline,
    /// "expected ':'" at whatever token is there (`else`, `try`, `def`, ...).
    Forced,
}

impl<'a> Parser<'a> {
    fn stmt(&self, start: usize, kind: StmtKind) -> Stmt {
        Stmt::new(self.tok_loc(start), kind)
    }

    /// One statement (a compound statement, or a line of simple ones).
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let s = match &self.peek().tok {
            Tok::Kw(Kw::If) => self.if_stmt()?,
            Tok::Kw(Kw::While) => self.while_stmt()?,
            Tok::Kw(Kw::For) => self.for_stmt()?,
            Tok::Kw(Kw::Try) => self.try_stmt()?,
            Tok::Kw(Kw::With) => self.with_stmt()?,
            Tok::Kw(Kw::Def) => self.funcdef(Vec::new())?,
            Tok::Kw(Kw::Class) => self.classdef(Vec::new())?,
            Tok::Op(Op::At) => self.decorated()?,
            Tok::Kw(Kw::Async) | Tok::Indent | Tok::Dedent => return Err(self.invalid()),
            _ => return self.simple_stmts(out),
        };
        out.push(s);
        Ok(())
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            let semi = self.eat_op(Op::Semi);
            if matches!(self.peek().tok, Tok::Newline) {
                self.bump();
                return Ok(());
            }
            if !semi {
                return Err(self.invalid());
            }
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let kind = match &self.peek().tok {
            Tok::Kw(Kw::Pass) => self.keyword_stmt(StmtKind::Pass),
            Tok::Kw(Kw::Break) => self.keyword_stmt(StmtKind::Break),
            Tok::Kw(Kw::Continue) => self.keyword_stmt(StmtKind::Continue),
            Tok::Kw(Kw::Return) => self.return_stmt()?,
            Tok::Kw(Kw::Raise) => self.raise_stmt()?,
            Tok::Kw(Kw::Global) => StmtKind::Global(self.name_list()?),
            Tok::Kw(Kw::Nonlocal) => StmtKind::Nonlocal(self.name_list()?),
            Tok::Kw(Kw::Del) => self.del_stmt()?,
            Tok::Kw(Kw::Assert) => self.assert_stmt()?,
            Tok::Kw(Kw::Import) => self.import_stmt()?,
            Tok::Kw(Kw::From) => self.import_from()?,
            _ => self.expr_stmt()?,
        };
        Ok(self.stmt(start, kind))
    }

    fn keyword_stmt(&mut self, kind: StmtKind) -> StmtKind {
        self.bump();
        kind
    }

    /// After the expression that ends a simple statement.
    fn end_simple(&mut self, last: &E) -> PResult<()> {
        if matches!(self.peek().tok, Tok::Newline | Tok::Op(Op::Semi)) {
            return Ok(());
        }
        Err(self.unexpected_after(last))
    }

    fn return_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        if !self.starts_expr(true) {
            return Ok(StmtKind::Return(None));
        }
        let v = self.star_expressions()?;
        self.end_simple(&v)?;
        Ok(StmtKind::Return(Some(*v.e)))
    }

    fn raise_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        if !self.starts_expr(false) {
            return Ok(StmtKind::Raise { exc: None, cause: None });
        }
        let exc = self.expression()?;
        let cause = if self.eat_kw(Kw::From) { Some(*self.expression()?.e) } else { None };
        Ok(StmtKind::Raise { exc: Some(*exc.e), cause })
    }

    /// `global`/`nonlocal` names.
    fn name_list(&mut self) -> PResult<Vec<Name>> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let Tok::Name(n) = &self.peek().tok else { return Err(self.invalid()) };
            names.push(n.clone());
            self.bump();
            if !self.eat_op(Op::Comma) {
                return Ok(names);
            }
        }
    }

    fn assert_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let test = self.expression()?;
        let msg = if self.eat_op(Op::Comma) { Some(*self.expression()?.e) } else { None };
        Ok(StmtKind::Assert { test: *test.e, msg })
    }

    /// `del targets`: targets are primaries (CPython's `del_targets`); if
    /// that fails, CPython's `invalid_del_stmt` reparses the statement as
    /// `star_expressions` to name the invalid target.
    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let snap = self.snapshot();
        let first_try = self.del_targets();
        let first_err = match first_try {
            Ok(targets) => return Ok(StmtKind::Delete(targets)),
            Err(e) => e,
        };
        let furthest = self.max_pos;
        self.restore(&snap);
        let parts = self.lenient_items();
        let bad = parts.iter().find_map(|p| invalid_target(&p.e, TargetKind::Del).map(|b| self.invalid_target_error(b, TargetKind::Del)));
        self.restore(&snap);
        self.max_pos = furthest;
        Err(bad.unwrap_or(first_err))
    }

    fn del_targets(&mut self) -> PResult<Vec<crate::syntax::ast::Expr>> {
        let mut targets = Vec::new();
        loop {
            let e = self.primary()?;
            if invalid_target(&e.e, TargetKind::Del).is_some() {
                return Err(self.invalid());
            }
            targets.push(*self.to_target(e, TargetKind::Del)?.e);
            if !self.eat_op(Op::Comma) || matches!(self.peek().tok, Tok::Newline | Tok::Op(Op::Semi)) {
                break;
            }
        }
        if !matches!(self.peek().tok, Tok::Newline | Tok::Op(Op::Semi)) {
            return Err(self.invalid());
        }
        Ok(targets)
    }

    /// `star_expressions` items as far as they parse (an item that does not
    /// parse as a whole counts as its leading primary, like PEG backtracking).
    fn lenient_items(&mut self) -> Vec<E> {
        let mut parts = Vec::new();
        loop {
            let snap = self.snapshot();
            match self.star_expression() {
                Ok(e) => parts.push(e),
                Err(_) => {
                    self.restore(&snap);
                    if let Ok(e) = self.primary() {
                        parts.push(e);
                    }
                    return parts;
                }
            }
            if !self.eat_op(Op::Comma) {
                return parts;
            }
        }
    }

    /// `star_expressions` as its items: `(items, is_tuple)`.
    fn star_expression_items(&mut self) -> PResult<(Vec<E>, bool)> {
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok((vec![first], false));
        }
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expr(true) {
                break;
            }
            items.push(self.star_expression()?);
        }
        Ok((items, true))
    }

    // ----- imports ------------------------------------------------------

    /// `a.b.c` as one name.
    fn dotted_name(&mut self) -> PResult<Name> {
        let Tok::Name(first) = &self.peek().tok else { return Err(self.invalid()) };
        self.bump();
        if !self.at_op(Op::Dot) {
            return Ok(first.clone());
        }
        let mut s = String::from(&**first);
        while self.eat_op(Op::Dot) {
            let Tok::Name(n) = &self.peek().tok else { return Err(self.invalid()) };
            self.bump();
            s.push('.');
            s.push_str(n);
        }
        Ok(Rc::from(s.as_str()))
    }

    /// `as NAME`, if present.
    fn as_name(&mut self) -> PResult<Option<Name>> {
        if !self.eat_kw(Kw::As) {
            return Ok(None);
        }
        let Tok::Name(n) = &self.peek().tok else { return Err(self.invalid()) };
        self.bump();
        Ok(Some(n.clone()))
    }

    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.pos;
            let name = self.dotted_name()?;
            let asname = self.as_name()?;
            names.push(Alias { loc: self.tok_loc(start), name, asname });
            if !self.eat_op(Op::Comma) {
                return Ok(StmtKind::Import(names));
            }
        }
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw(Kw::Import) { None } else { Some(self.dotted_name()?) };
        if !self.eat_kw(Kw::Import) {
            return Err(self.invalid());
        }
        let names = self.import_targets()?;
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    fn import_targets(&mut self) -> PResult<Vec<Alias>> {
        if self.at_op(Op::Star) {
            self.bump();
            return Ok(vec![Alias { loc: self.tok_loc(self.prev()), name: Rc::from("*"), asname: None }]);
        }
        let paren = self.eat_op(Op::LPar);
        let mut names = Vec::new();
        loop {
            let start = self.pos;
            let Tok::Name(n) = &self.peek().tok else { return Err(self.invalid()) };
            self.bump();
            let asname = self.as_name()?;
            names.push(Alias { loc: self.tok_loc(start), name: n.clone(), asname });
            if !self.eat_op(Op::Comma) {
                break;
            }
            if paren && self.at_op(Op::RPar) {
                break;
            }
            if !paren && matches!(self.peek().tok, Tok::Newline) {
                return Err(self.err_last(SyntaxErrorKind::Syntax, "trailing comma not allowed without surrounding parentheses"));
            }
        }
        if paren {
            self.expect_op(Op::RPar)?;
        }
        Ok(names)
    }

    // ----- expression statements and assignments ------------------------

    fn expr_stmt(&mut self) -> PResult<StmtKind> {
        if matches!(self.peek().tok, Tok::Name(_)) && self.peek_at(1).is_op(Op::Colon) {
            let target = self.star_expression()?;
            return self.annotated(target, true);
        }
        let (mut parts, bare) = if self.at_kw(Kw::Yield) {
            (vec![self.yield_expr()?], false)
        } else {
            self.star_expression_items()?
        };
        if self.at_op(Op::Equal) {
            if let Some(err) = self.first_target_error(&parts, bare) {
                return Err(err);
            }
        }
        let first = match (bare, parts.pop()) {
            (false, Some(e)) => e,
            (true, Some(last)) => {
                let start = parts.first().map_or(last.start, |p| p.start);
                parts.push(last);
                self.tuple(parts, start, self.prev())?
            }
            (_, None) => return Err(self.invalid()),
        };
        let t = self.peek();
        if let Some(op) = augassign_of(&t.tok) {
            return self.augmented(first, op);
        }
        match &t.tok {
            Tok::Op(Op::Equal) => self.assignment(first),
            Tok::Op(Op::Colon) => self.annotated(first, false),
            Tok::Op(Op::ColonEqual) if !matches!(first.e.kind, ExprKind::Name { .. }) => {
                let msg = format!("cannot use assignment expressions with {}", expr_name(&first.e));
                Err(self.err_expr(&msg, &first))
            }
            _ => {
                self.end_simple(&first)?;
                Ok(StmtKind::Expr(*first.e))
            }
        }
    }

    /// The error for an invalid first assignment target, CPython's
    /// `invalid_assignment` / `invalid_named_expression` order.
    fn first_target_error(&mut self, parts: &[E], bare: bool) -> Option<Box<SyntaxError>> {
        let is_yield = |e: &E| matches!(e.e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_));
        let last = parts.last()?;
        if !bare && is_yield(last) && !self.is_parenthesized(last) {
            return Some(self.err_expr("assignment to yield expression not possible", last));
        }
        let bad = parts.iter().find_map(|p| invalid_target(&p.e, TargetKind::Star))?;
        if !matches!(last.e.kind, ExprKind::Starred { .. }) {
            if let Some(e) = self.equal_after(last) {
                return Some(e);
            }
        }
        Some(self.invalid_target_error(bad, TargetKind::Star))
    }

    /// `targets = ... = value`, after the first target.
    fn assignment(&mut self, first: E) -> PResult<StmtKind> {
        let mut targets = vec![*self.to_target(first, TargetKind::Star)?.e];
        loop {
            self.bump();
            let part = if self.at_kw(Kw::Yield) { self.yield_expr()? } else { self.star_expressions()? };
            if !self.at_op(Op::Equal) {
                self.end_simple(&part)?;
                return Ok(StmtKind::Assign { targets, value: *part.e });
            }
            if matches!(part.e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !self.is_parenthesized(&part) {
                return Err(self.err_expr("assignment to yield expression not possible", &part));
            }
            targets.push(*self.to_target(part, TargetKind::Star)?.e);
        }
    }

    fn augmented(&mut self, target: E, op: BinOp) -> PResult<StmtKind> {
        self.bump();
        let value = if self.at_kw(Kw::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        let single = matches!(target.e.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. });
        if !single {
            let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&target.e));
            return Err(self.err_expr(&msg, &target));
        }
        self.end_simple(&value)?;
        let target = self.to_target(target, TargetKind::Star)?;
        Ok(StmtKind::AugAssign { target: *target.e, op, value: *value.e })
    }

    /// `target: annotation [= value]`.
    fn annotated(&mut self, target: E, simple_name: bool) -> PResult<StmtKind> {
        self.bump();
        let annotation = self.expression()?;
        let bare_tuple = matches!(target.e.kind, ExprKind::Tuple { .. }) && !self.tok(target.start).is_op(Op::LPar);
        let err = match &target.e.kind {
            ExprKind::Tuple { elts, .. } if bare_tuple => {
                let first = elts.first().map(|e| (e.loc, self.expr_end(e)));
                let (loc, end) = first.unwrap_or((target.e.loc, target.end));
                Some(self.err_range("only single target (not tuple) can be annotated", loc, end))
            }
            ExprKind::Tuple { .. } => Some(self.err_expr("only single target (not tuple) can be annotated", &target)),
            ExprKind::List { .. } => Some(self.err_expr("only single target (not list) can be annotated", &target)),
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            _ => Some(self.err_expr("illegal target for annotation", &target)),
        };
        if let Some(e) = err {
            return Err(e);
        }
        let simple = simple_name && !self.is_parenthesized(&target);
        let target = self.to_target(target, TargetKind::Star)?;
        let value = if self.eat_op(Op::Equal) {
            let v = if self.at_kw(Kw::Yield) { self.yield_expr()? } else { self.star_expressions()? };
            self.end_simple(&v)?;
            Some(*v.e)
        } else {
            self.end_simple(&annotation)?;
            None
        };
        Ok(StmtKind::AnnAssign { target: *target.e, annotation: *annotation.e, value, simple })
    }

    // ----- blocks -------------------------------------------------------

    /// The `:` ending a block header.
    fn header_colon(&mut self, how: Colon, last: Option<&E>) -> PResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        if how == Colon::Forced {
            return Err(self.err_tok(SyntaxErrorKind::Syntax, "expected ':'", self.pos));
        }
        if matches!(self.peek().tok, Tok::Newline) {
            return Err(self.err_last(SyntaxErrorKind::Syntax, "expected ':'"));
        }
        match last {
            Some(e) => Err(self.unexpected_after(e)),
            None => Err(self.invalid()),
        }
    }

    /// A block after `header` (keyword token `kw`): an indented suite or
    /// simple statements on the same line.
    fn block(&mut self, kw: usize, header: &str) -> PResult<Vec<Stmt>> {
        if !matches!(self.peek().tok, Tok::Newline) {
            let mut body = Vec::new();
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !matches!(self.peek().tok, Tok::Indent) {
            let msg = format!("expected an indented block after {} on line {}", header, self.tok(kw).start.line);
            return Err(self.err_last(SyntaxErrorKind::Indentation, &msg));
        }
        self.bump();
        if self.nesting >= MAX_NESTING || self.stack_exhausted() {
            return Err(self.err_tok(SyntaxErrorKind::Syntax, "too many statically nested blocks", self.pos));
        }
        self.nesting += 1;
        let mut body = Vec::new();
        let r = loop {
            if matches!(self.peek().tok, Tok::Dedent) {
                self.bump();
                break Ok(body);
            }
            if let Err(e) = self.statement(&mut body) {
                break Err(e);
            }
        };
        self.nesting -= 1;
        r
    }

    /// `else: block`, if present.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let kw = self.pos;
        self.bump();
        self.header_colon(Colon::Forced, None)?;
        self.block(kw, "'else' statement")
    }

    // ----- compound statements ------------------------------------------

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let mut arms = Vec::new();
        loop {
            let kw = self.pos;
            let name = if self.tok(kw).is_kw(Kw::If) { "'if' statement" } else { "'elif' statement" };
            self.bump();
            let test = self.named_expression()?;
            self.header_colon(Colon::AtNewline, Some(&test))?;
            let body = self.block(kw, name)?;
            arms.push((kw, test.e, body));
            if arms.len() as u32 > MAX_EXPR_DEPTH {
                return Err(self.err_tok(SyntaxErrorKind::Syntax, TOO_COMPLEX, kw));
            }
            if !self.at_kw(Kw::Elif) {
                break;
            }
        }
        let mut orelse = self.else_block()?;
        let mut result = None;
        while let Some((kw, test, body)) = arms.pop() {
            let s = self.stmt(kw, StmtKind::If { test: *test, body, orelse });
            orelse = Vec::new();
            if arms.is_empty() {
                result = Some(s);
            } else {
                orelse.push(s);
            }
        }
        result.ok_or_else(|| self.invalid())
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.pos;
        self.bump();
        let test = self.named_expression()?;
        self.header_colon(Colon::AtNewline, Some(&test))?;
        let body = self.block(kw, "'while' statement")?;
        let orelse = self.else_block()?;
        Ok(self.stmt(kw, StmtKind::While { test: *test.e, body, orelse }))
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.pos;
        self.bump();
        let target = self.for_targets()?;
        if !self.eat_kw(Kw::In) {
            return Err(self.invalid());
        }
        let iter = self.star_expressions()?;
        self.header_colon(Colon::AtNewline, Some(&iter))?;
        let body = self.block(kw, "'for' statement")?;
        let orelse = self.else_block()?;
        Ok(self.stmt(kw, StmtKind::For { target: *target.e, iter: *iter.e, body, orelse }))
    }

    fn with_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.pos;
        self.bump();
        let items = match self.parenthesized_with_items() {
            Some(items) => items,
            None if self.pending_error.is_some() => return Err(self.pending_error.take().unwrap_or_else(|| self.invalid())),
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                self.header_colon(Colon::AtNewline, None)?;
                items
            }
        };
        let body = self.block(kw, "'with' statement")?;
        Ok(self.stmt(kw, StmtKind::With { items, body }))
    }

    /// `with (a as b, c):` — tried first, abandoned unless `:` follows `)`.
    fn parenthesized_with_items(&mut self) -> Option<Vec<WithItem>> {
        if !self.at_op(Op::LPar) {
            return None;
        }
        let snap = self.snapshot();
        let r: PResult<Vec<WithItem>> = (|| {
            self.bump();
            let mut items = Vec::new();
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(Op::Comma) || self.at_op(Op::RPar) {
                    break;
                }
            }
            self.expect_op(Op::RPar)?;
            if matches!(self.peek().tok, Tok::Newline) {
                return Err(self.err_last(SyntaxErrorKind::Syntax, "expected ':'"));
            }
            if !self.eat_op(Op::Colon) {
                return Err(self.invalid());
            }
            Ok(items)
        })();
        match r {
            Ok(items) => Some(items),
            Err(e) if e.msg == "expected ':'" => {
                self.pending_error = Some(e);
                None
            }
            Err(_) => {
                let furthest = self.max_pos;
                self.restore(&snap);
                self.max_pos = furthest;
                None
            }
        }
    }

    /// `expression ['as' star_target]`.
    fn with_item(&mut self) -> PResult<WithItem> {
        let ctx = self.expression()?;
        if !self.eat_kw(Kw::As) {
            return Ok(WithItem { context_expr: *ctx.e, optional_vars: None });
        }
        let target = self.star_target()?;
        if !matches!(self.peek().tok, Tok::Op(Op::Comma | Op::RPar | Op::Colon) | Tok::Newline) {
            return Err(self.invalid());
        }
        let target = self.to_target(target, TargetKind::Star)?;
        Ok(WithItem { context_expr: *ctx.e, optional_vars: Some(*target.e) })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.pos;
        self.bump();
        self.header_colon(Colon::Forced, None)?;
        let body = self.block(kw, "'try' statement")?;
        let mut handlers = Vec::new();
        while self.at_kw(Kw::Except) {
            handlers.push(self.except_clause()?);
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = if self.at_kw(Kw::Finally) {
            let fkw = self.pos;
            self.bump();
            self.header_colon(Colon::Forced, None)?;
            self.block(fkw, "'finally' statement")?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.err_last(SyntaxErrorKind::Syntax, "expected 'except' or 'finally' block"));
        }
        Ok(self.stmt(kw, StmtKind::Try { body, handlers, orelse, finalbody }))
    }

    fn except_clause(&mut self) -> PResult<ExceptHandler> {
        let kw = self.pos;
        self.bump();
        if self.at_op(Op::Star) {
            return Err(self.invalid());
        }
        let (typ, name) = if self.at_op(Op::Colon) {
            (None, None)
        } else if matches!(self.peek().tok, Tok::Newline) {
            return Err(self.err_last(SyntaxErrorKind::Syntax, "expected ':'"));
        } else {
            let t = self.expression()?;
            if self.at_op(Op::Comma) {
                return Err(self.multiple_exceptions(&t));
            }
            let name = self.as_name()?;
            self.header_colon(Colon::AtNewline, Some(&t))?;
            (Some(*t.e), name)
        };
        if typ.is_none() {
            self.bump();
        }
        let body = self.block(kw, "'except' statement")?;
        Ok(ExceptHandler { loc: self.tok_loc(kw), typ, name, body })
    }

    /// `except A, B:` (CPython's `invalid_except_stmt`).
    fn multiple_exceptions(&mut self, first: &E) -> Box<SyntaxError> {
        let colon = self.speculate(|p| {
            p.bump();
            p.expressions()?;
            p.as_name()?;
            if p.at_op(Op::Colon) {
                Ok(p.pos)
            } else {
                Err(p.invalid())
            }
        });
        match colon {
            Some(c) => {
                let end = self.tok(c).end;
                self.mk_err(SyntaxErrorKind::Syntax, "multiple exception types must be parenthesized", first.e.loc.line, first.e.loc.col + 1, end.col)
            }
            None => self.unexpected_after(first),
        }
    }

    // ----- definitions --------------------------------------------------

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            let d = self.named_expression()?;
            if !matches!(self.peek().tok, Tok::Newline) {
                return Err(self.unexpected_after(&d));
            }
            self.bump();
            decorators.push(*d.e);
        }
        match self.peek().tok {
            Tok::Kw(Kw::Def) => self.funcdef(decorators),
            Tok::Kw(Kw::Class) => self.classdef(decorators),
            _ => Err(self.invalid()),
        }
    }

    fn funcdef(&mut self, decorators: Vec<crate::syntax::ast::Expr>) -> PResult<Stmt> {
        let kw = self.pos;
        self.bump();
        let Tok::Name(name) = &self.peek().tok else { return Err(self.invalid()) };
        self.bump();
        if !self.at_op(Op::LPar) {
            return Err(self.err_tok(SyntaxErrorKind::Syntax, "expected '('", self.pos));
        }
        self.bump();
        let (args, _) = self.parameters(false)?;
        self.expect_op(Op::RPar)?;
        let returns = self.return_annotation()?;
        self.header_colon(Colon::Forced, None)?;
        let body = self.block(kw, "function definition")?;
        let f = FunctionDef { name: name.clone(), args, body, decorators, returns };
        Ok(self.stmt(kw, StmtKind::FunctionDef(Box::new(f))))
    }

    /// `-> expression`; if no expression follows, CPython skips the optional
    /// part and reports "expected ':'" at the arrow.
    fn return_annotation(&mut self) -> PResult<Option<crate::syntax::ast::Expr>> {
        if !self.at_op(Op::RArrow) {
            return Ok(None);
        }
        let snap = self.snapshot();
        self.bump();
        match self.expression() {
            Ok(e) => Ok(Some(*e.e)),
            Err(e) if e.msg == "invalid syntax" => {
                let furthest = self.max_pos;
                self.restore(&snap);
                self.max_pos = furthest;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn classdef(&mut self, decorators: Vec<crate::syntax::ast::Expr>) -> PResult<Stmt> {
        let kw = self.pos;
        self.bump();
        let Tok::Name(name) = &self.peek().tok else { return Err(self.invalid()) };
        self.bump();
        let (bases, keywords) = if self.at_op(Op::LPar) {
            self.enter()?;
            let r = self.arguments(false);
            self.leave();
            let (args, kws, _) = r?;
            (args, kws)
        } else {
            (Vec::new(), Vec::new())
        };
        self.header_colon(Colon::AtNewline, None)?;
        let body = self.block(kw, "class definition")?;
        let c = ClassDef { name: name.clone(), bases, keywords, body, decorators };
        Ok(self.stmt(kw, StmtKind::ClassDef(Box::new(c))))
    }
}
