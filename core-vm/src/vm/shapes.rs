//! Hidden classes for instance attribute dicts.
//!
//! A plain instance starts with an empty attribute dict of shape
//! [`ROOT_SHAPE`]. When the VM's attribute store adds a new attribute, the
//! dict moves along the transition `(shape, name) -> shape'` kept here, so
//! instances that got the same attributes in the same order share a shape
//! and therefore keep each attribute at the same entry position. Inline
//! caches check one number (the shape) instead of looking the name up.
//! Any other change to the dict's keys (a deletion, a store through
//! `__dict__`, `clear()`) drops its shape to 0, which no cache accepts.

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::objects::dict::{Dict, ROOT_SHAPE};

/// More shapes than this and new transitions are refused (dicts stay
/// unshaped): programs that invent attribute names dynamically must not
/// grow the table without bound.
const MAX_SHAPES: u32 = 1 << 16;

/// The transition table of one VM.
#[derive(Default)]
pub struct ShapeTable {
    /// For each shape, the attributes added to it so far and the shapes
    /// they lead to (usually one or two, so a short list).
    transitions: BTreeMap<u32, Vec<(Rc<str>, u32)>>,
    next: u32,
}

impl ShapeTable {
    /// An empty table.
    pub fn new() -> ShapeTable {
        ShapeTable { transitions: BTreeMap::new(), next: ROOT_SHAPE + 1 }
    }

    /// The shape after adding attribute `name` to a dict of shape `from`
    /// (0 when `from` is 0 or the table is full).
    pub fn add(&mut self, from: u32, name: &str) -> u32 {
        if from == 0 {
            return 0;
        }
        let edges = self.transitions.entry(from).or_default();
        if let Some((_, s)) = edges.iter().find(|(n, _)| **n == *name) {
            return *s;
        }
        if self.next >= MAX_SHAPES {
            return 0;
        }
        let s = self.next;
        self.next += 1;
        edges.push((Rc::from(name), s));
        s
    }

    /// Store `name = value` into an instance's attribute dict, keeping its
    /// shape.
    pub fn store(&mut self, d: &mut Dict, name: &str, value: crate::objects::Value) {
        let shape = d.shape();
        let before = d.len();
        d.set_str(name, value);
        if d.len() != before {
            let next = self.add(shape, name);
            d.set_shape(next);
        }
    }
}
