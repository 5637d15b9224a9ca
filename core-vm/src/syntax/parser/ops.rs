//! Operator expressions, from `disjunction` down to `power`: `or`, `and`,
//! `not`, comparison chains, binary operators, unary `+ - ~` and `**`.
//!
//! One loop with an explicit operator stack parses them all (precedence
//! climbing without recursion), so operator chains of any length use constant
//! stack and a bracket level costs only a few frames.

use alloc::vec::Vec;

use super::{PResult, Parser, E, MAX_EXPR_DEPTH, TOO_COMPLEX};
use crate::syntax::ast::{BinOp, BoolOpKind, CmpOp, ExprKind, UnaryOp};
use crate::syntax::token::{Kw, Op, Tok};
use crate::syntax::SyntaxErrorKind;

/// Precedence levels, loosest first.
pub(super) const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const CMP: u8 = 4;
pub(super) const BITOR: u8 = 5;
const UNARY: u8 = 11;
const POW: u8 = 12;

/// An operator waiting for its right operand(s).
enum Pending {
    Prefix { op: UnaryOp, tok: usize },
    Binary { op: BinOp, prec: u8 },
    /// A comparison chain; its operands are the top `ops.len() + 1` operands.
    Compare { ops: Vec<CmpOp> },
    /// `and`/`or` chain over the top `count` operands.
    Bool { op: BoolOpKind, count: usize },
}

impl Pending {
    fn prec(&self) -> u8 {
        match self {
            Pending::Prefix { op: UnaryOp::Not, .. } => NOT,
            Pending::Prefix { .. } => UNARY,
            Pending::Binary { prec, .. } => *prec,
            Pending::Compare { .. } => CMP,
            Pending::Bool { op: BoolOpKind::And, .. } => AND,
            Pending::Bool { .. } => OR,
        }
    }
}

/// An operator found after an operand.
enum Infix {
    Binary(BinOp, u8),
    Compare(CmpOp),
    Bool(BoolOpKind),
}

fn binary_op(op: Op) -> Option<(BinOp, u8)> {
    Some(match op {
        Op::VBar => (BinOp::BitOr, 5),
        Op::Circumflex => (BinOp::BitXor, 6),
        Op::Amper => (BinOp::BitAnd, 7),
        Op::LeftShift => (BinOp::LShift, 8),
        Op::RightShift => (BinOp::RShift, 8),
        Op::Plus => (BinOp::Add, 9),
        Op::Minus => (BinOp::Sub, 9),
        Op::Star => (BinOp::Mult, 10),
        Op::Slash => (BinOp::Div, 10),
        Op::DoubleSlash => (BinOp::FloorDiv, 10),
        Op::Percent => (BinOp::Mod, 10),
        Op::At => (BinOp::MatMult, 10),
        Op::DoubleStar => (BinOp::Pow, POW),
        _ => return None,
    })
}

fn compare_op(op: Op) -> Option<CmpOp> {
    Some(match op {
        Op::EqEqual => CmpOp::Eq,
        Op::NotEqual => CmpOp::NotEq,
        Op::Less => CmpOp::Lt,
        Op::LessEqual => CmpOp::LtE,
        Op::Greater => CmpOp::Gt,
        Op::GreaterEqual => CmpOp::GtE,
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// `disjunction`: the loosest operator expression.
    #[inline]
    pub(super) fn disjunction(&mut self) -> PResult<E> {
        let e = self.operators(OR);
        self.last_expr_disj = None;
        e
    }

    /// `bitwise_or`: binary operators only (no comparisons or `not`).
    #[inline]
    pub(super) fn bitwise_or(&mut self) -> PResult<E> {
        self.operators(BITOR)
    }

    /// The operator after an operand, if it binds at `min` or tighter
    /// (with the number of tokens it takes).
    #[inline(never)]
    fn infix(&mut self, min: u8) -> Option<(Infix, usize)> {
        let t = self.peek();
        let found = match &t.tok {
            Tok::Op(op) => match (binary_op(*op), compare_op(*op)) {
                (Some((b, p)), _) => (Infix::Binary(b, p), 1),
                (None, Some(c)) => (Infix::Compare(c), 1),
                _ => return None,
            },
            Tok::Kw(Kw::Or) => (Infix::Bool(BoolOpKind::Or), 1),
            Tok::Kw(Kw::And) => (Infix::Bool(BoolOpKind::And), 1),
            Tok::Kw(Kw::In) => (Infix::Compare(CmpOp::In), 1),
            Tok::Kw(Kw::Is) if self.peek_at(1).is_kw(Kw::Not) => (Infix::Compare(CmpOp::IsNot), 2),
            Tok::Kw(Kw::Is) => (Infix::Compare(CmpOp::Is), 1),
            Tok::Kw(Kw::Not) if self.peek_at(1).is_kw(Kw::In) => (Infix::Compare(CmpOp::NotIn), 2),
            _ => return None,
        };
        let prec = match &found.0 {
            Infix::Binary(_, p) => *p,
            Infix::Compare(_) => CMP,
            Infix::Bool(BoolOpKind::And) => AND,
            Infix::Bool(BoolOpKind::Or) => OR,
        };
        (prec >= min).then_some(found)
    }

    /// Prefix operators allowed at the cursor (`not` only where a `not`
    /// expression may appear), pushed on `pending`.
    #[inline(never)]
    fn prefixes(&mut self, min: u8, pending: &mut Vec<Pending>) -> PResult<()> {
        loop {
            let not_ok = min <= NOT && pending.last().is_none_or(|p| p.prec() <= NOT);
            let op = match self.peek().tok {
                Tok::Kw(Kw::Not) if not_ok => UnaryOp::Not,
                Tok::Op(Op::Minus) => UnaryOp::USub,
                Tok::Op(Op::Plus) => UnaryOp::UAdd,
                Tok::Op(Op::Tilde) => UnaryOp::Invert,
                _ => return Ok(()),
            };
            pending.push(Pending::Prefix { op, tok: self.pos });
            self.bump();
            if pending.len() as u32 > MAX_EXPR_DEPTH {
                return Err(self.err_tok(SyntaxErrorKind::Syntax, TOO_COMPLEX, self.pos));
            }
        }
    }

    /// Operator expressions binding at precedence `min` or tighter.
    pub(super) fn operators(&mut self, min: u8) -> PResult<E> {
        if matches!(self.peek().tok, Tok::Kw(Kw::Not) | Tok::Op(Op::Minus | Op::Plus | Op::Tilde)) {
            return self.operator_chain(min, None);
        }
        let first = self.await_primary()?;
        if self.infix(min).is_none() {
            return Ok(first);
        }
        self.operator_chain(min, Some(first))
    }

    /// The general case of [`Self::operators`]; `first` is an operand
    /// already parsed.
    #[inline(never)]
    fn operator_chain(&mut self, min: u8, first: Option<E>) -> PResult<E> {
        let mut operands: Vec<E> = Vec::new();
        let mut pending: Vec<Pending> = Vec::new();
        let mut first = first;
        loop {
            let operand = match first.take() {
                Some(e) => e,
                None => {
                    self.prefixes(min, &mut pending)?;
                    self.await_primary()?
                }
            };
            operands.push(operand);
            let Some((infix, ntok)) = self.infix(min) else { break };
            match infix {
                Infix::Binary(op, prec) => {
                    let right_assoc = prec == POW;
                    while pending.last().is_some_and(|p| p.prec() > prec || (!right_assoc && p.prec() == prec)) {
                        self.reduce(&mut operands, &mut pending)?;
                    }
                    pending.push(Pending::Binary { op, prec });
                }
                Infix::Compare(op) => {
                    while pending.last().is_some_and(|p| p.prec() > CMP) {
                        self.reduce(&mut operands, &mut pending)?;
                    }
                    match pending.last_mut() {
                        Some(Pending::Compare { ops }) => ops.push(op),
                        _ => pending.push(Pending::Compare { ops: alloc::vec![op] }),
                    }
                }
                Infix::Bool(op) => {
                    let prec = if op == BoolOpKind::And { AND } else { OR };
                    while pending.last().is_some_and(|p| p.prec() > prec) {
                        self.reduce(&mut operands, &mut pending)?;
                    }
                    match pending.last_mut() {
                        Some(Pending::Bool { op: o, count }) if *o == op => *count += 1,
                        _ => pending.push(Pending::Bool { op, count: 2 }),
                    }
                }
            }
            for _ in 0..ntok {
                self.bump();
            }
            if pending.len() as u32 > MAX_EXPR_DEPTH {
                return Err(self.err_tok(SyntaxErrorKind::Syntax, TOO_COMPLEX, self.pos));
            }
        }
        while !pending.is_empty() {
            self.reduce(&mut operands, &mut pending)?;
        }
        operands.pop().ok_or_else(|| self.invalid())
    }

    /// Apply the top pending operator to the operands it covers.
    #[inline(never)]
    fn reduce(&self, operands: &mut Vec<E>, pending: &mut Vec<Pending>) -> PResult<()> {
        let Some(p) = pending.pop() else { return Ok(()) };
        let take = match &p {
            Pending::Prefix { .. } => 1,
            Pending::Binary { .. } => 2,
            Pending::Compare { ops } => ops.len() + 1,
            Pending::Bool { count, .. } => *count,
        };
        if operands.len() < take {
            return Err(self.invalid());
        }
        let mut args = operands.split_off(operands.len() - take);
        let last = args.last().map_or(0, |e| e.last);
        let depth = super::expr::max_depth(&args);
        let start = args.first().map_or(0, |e| e.start);
        let e = match p {
            Pending::Prefix { op, tok } => {
                let operand = args.pop().ok_or_else(|| self.invalid())?;
                self.node(ExprKind::UnaryOp { op, operand: operand.e }, tok, last, depth)?
            }
            Pending::Binary { op, .. } => {
                let (Some(r), Some(l)) = (args.pop(), args.pop()) else { return Err(self.invalid()) };
                self.node(ExprKind::BinOp { left: l.e, op, right: r.e }, start, last, depth)?
            }
            Pending::Compare { ops } => {
                let mut it = args.into_iter();
                let left = it.next().ok_or_else(|| self.invalid())?;
                let comparators = it.map(|e| *e.e).collect();
                self.node(ExprKind::Compare { left: left.e, ops, comparators }, start, last, depth)?
            }
            Pending::Bool { op, .. } => {
                let values = super::expr::unwrap(args);
                self.node(ExprKind::BoolOp { op, values }, start, last, depth)?
            }
        };
        operands.push(e);
        Ok(())
    }

    /// `await primary` or a primary.
    #[inline]
    fn await_primary(&mut self) -> PResult<E> {
        if !self.at_kw(Kw::Await) {
            return self.primary();
        }
        self.await_expr()
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<E> {
        let start = self.pos;
        self.bump();
        let v = self.primary()?;
        let (last, d) = (v.last, v.depth);
        self.node(ExprKind::Await(v.e), start, last, d)
    }
}
