//! Constant-folded set displays: the frozenset constant CPython's compiler
//! builds for `{1, 2, 3}`, with the same two-step construction (built from
//! the literal's order, then rebuilt from its own iteration order when the
//! compiler merges constants), so the resulting set iterates like CPython's.

use alloc::vec::Vec;

use crate::format;
use crate::objects::{Kind, PyResult, SetTable, Value};

/// Hash of a literal constant, as CPython computes it.
fn const_hash(v: &Value) -> i64 {
    match v {
        Value::Int(i) => format::i64_hash(*i),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => format::float_hash(*f),
        Value::None | Value::Null => 0x5f5e_1000_0000 >> 4,
        Value::Obj(o) => match &o.kind {
            Kind::Str(s) => s.hash(),
            Kind::Int(b) => format::int_hash(b),
            _ => v.identity() as i64,
        },
    }
}

/// Equality of literal constants (numbers compare across int/float/bool).
fn const_eq(a: &Value, b: &Value) -> PyResult<bool> {
    let num = |v: &Value| match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(x) => Some(*x as i64 as f64),
        Value::Float(f) => Some(*f),
        _ => None,
    };
    Ok(match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => match (&x.kind, &y.kind) {
            (Kind::Str(s), Kind::Str(t)) => s.as_str() == t.as_str(),
            (Kind::Int(p), Kind::Int(q)) => p == q,
            _ => a.is(b),
        },
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => x == y && !matches!((a, b), (Value::Int(_), Value::Int(_))) || a.is(b),
            _ => a.is(b),
        },
    })
}

fn table_from(items: impl Iterator<Item = Value>) -> SetTable {
    let mut t = SetTable::new();
    for v in items {
        let h = const_hash(&v);
        let _ = t.add(v, h, &mut |x, y| const_eq(x, y));
    }
    t
}

/// The frozenset constant for a set display of literal `items`.
pub fn folded_frozenset(items: Vec<Value>) -> Value {
    let first = table_from(items.into_iter());
    let rebuilt = table_from(first.iter().cloned());
    Value::new_obj(Kind::FrozenSet(rebuilt))
}
