//! The state of the built-in iterators (`iter(list)`, `enumerate`, `zip`,
//! `map`, ...). Advancing them is `Vm::next`, in `vm/iterate.rs`.

use alloc::vec::Vec;

use super::value::Value;

/// Which built-in iterator this is and where it stands.
pub enum IterState {
    /// Over a list, tuple or str by index (re-reads the length each step).
    Seq { seq: Value, index: usize },
    /// Over a range.
    Range { next: i64, step: i64, remaining: i64 },
    /// Over a dict's keys/values/items by entry position.
    Dict { dict: Value, pos: usize, version: u64, kind: super::value::ViewKind },
    /// Over a set by slot.
    Set { set: Value, pos: usize, len: usize },
    /// Backwards over a sequence.
    Reversed { seq: Value, index: usize },
    Enumerate { it: Value, count: Value },
    Zip { iters: Vec<Value> },
    Map { func: Value, iters: Vec<Value> },
    Filter { func: Value, it: Value },
    /// `iter(callable, sentinel)`.
    Call { func: Value, sentinel: Value },
    /// Iteration through `__getitem__` with 0, 1, 2, ...
    GetItem { obj: Value, index: i64 },
    /// A finished iterator; keeps its type name.
    Done(&'static str),
}

impl IterState {
    /// The Python type name of this iterator.
    pub fn type_name(&self) -> &'static str {
        use super::value::{Kind, ViewKind};
        match self {
            IterState::Seq { seq, .. } => match seq.kind() {
                Some(Kind::List(_)) => "list_iterator",
                Some(Kind::Tuple(_)) => "tuple_iterator",
                Some(Kind::Str(s)) if s.is_ascii() => "str_ascii_iterator",
                Some(Kind::Str(_)) => "str_iterator",
                _ => "iterator",
            },
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind: ViewKind::Keys, .. } => "dict_keyiterator",
            IterState::Dict { kind: ViewKind::Values, .. } => "dict_valueiterator",
            IterState::Dict { kind: ViewKind::Items, .. } => "dict_itemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Reversed { seq, .. } => match seq.kind() {
                Some(Kind::List(_)) => "list_reverseiterator",
                _ => "reversed",
            },
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Call { .. } => "callable_iterator",
            IterState::GetItem { .. } => "iterator",
            IterState::Done(name) => name,
        }
    }
}

/// One step of a range iterator's state: the next value, or `None` when
/// it is exhausted. (The one definition shared by `next()` and the
/// specialized `FOR_ITER`.)
#[inline(always)]
pub fn range_step(next: &mut i64, step: i64, remaining: &mut i64) -> Option<i64> {
    if *remaining <= 0 {
        return None;
    }
    let v = *next;
    *remaining -= 1;
    *next = next.wrapping_add(step);
    Some(v)
}
