//! Hidden classes (shapes) of instance attributes.
//!
//! A plain instance keeps its attribute values in line, in a vector, and a
//! [`Shape`] says which name each position holds: the root shape has no
//! names, and adding attribute `name` to an instance of shape `s` moves it
//! to the shape `s + name` (the transition `(s, name) -> s'` kept here), so
//! instances that got the same attributes in the same order share a shape
//! and keep each attribute at the same position. Inline caches check one
//! word (the shape's address, [`Shape::cache_key`]) instead of looking the
//! name up.
//!
//! Every shape a VM makes stays alive in its [`ShapeTable`] for the VM's
//! life, so a shape's address is never reused for another shape while a
//! cache may hold it. An instance leaves the shapes (its attributes move to
//! a `dict` object) when its `__dict__` is taken, when an attribute is
//! deleted, or when the table is full.

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::vec::Vec;

/// More shapes than this and new transitions are refused (instances move
/// to dicts): programs that invent attribute names dynamically must not
/// grow the table without bound.
const MAX_SHAPES: usize = 1 << 16;

/// At most this many attributes are kept in line (CPython's shared keys
/// stop at 30 too): finding a name by shape walks the names, so an
/// instance with more is better served by a dict.
const MAX_INLINE: u32 = 32;

/// One hidden class: the names of an instance's attribute positions.
pub struct Shape {
    /// The shape this one extends by `key` (`None` for the root).
    parent: Option<Rc<Shape>>,
    /// The name at position `len - 1` (empty for the root).
    key: Rc<str>,
    /// Number of names.
    len: u32,
    /// Position in the table (the handle transitions and caches of adding
    /// stores use).
    id: u32,
}

impl Shape {
    /// Number of attribute names.
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True for the root shape.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The shape's handle in its table.
    #[inline]
    pub fn id(&self) -> u32 {
        self.id
    }

    /// The word inline caches compare: the shape's address (never 0).
    #[inline(always)]
    pub fn cache_key(shape: &Rc<Shape>) -> u64 {
        Rc::as_ptr(shape) as usize as u64
    }

    /// The position of attribute `name`, if the shape has it.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        let mut s = self;
        while s.len > 0 {
            if &*s.key == name {
                return Some(s.len as usize - 1);
            }
            s = s.parent.as_deref()?;
        }
        None
    }

    /// The attribute names in position order.
    pub fn keys(&self) -> Vec<Rc<str>> {
        let mut out = Vec::with_capacity(self.len as usize);
        let mut s = self;
        while s.len > 0 {
            out.push(s.key.clone());
            match s.parent.as_deref() {
                Some(p) => s = p,
                None => break,
            }
        }
        out.reverse();
        out
    }
}

/// The shapes of one VM and the transitions between them.
pub struct ShapeTable {
    /// Every shape made, by id; `shapes[0]` is the root.
    shapes: Vec<Rc<Shape>>,
    /// For each shape id, the names added to it so far and the shapes they
    /// lead to (usually one or two, so a short list).
    transitions: BTreeMap<u32, Vec<(Rc<str>, u32)>>,
}

impl Default for ShapeTable {
    fn default() -> Self {
        ShapeTable::new()
    }
}

impl ShapeTable {
    /// A table holding only the root shape.
    pub fn new() -> ShapeTable {
        let root = Rc::new(Shape { parent: None, key: Rc::from(""), len: 0, id: 0 });
        ShapeTable { shapes: alloc::vec![root], transitions: BTreeMap::new() }
    }

    /// The shape of an instance without attributes.
    #[inline]
    pub fn root(&self) -> Rc<Shape> {
        self.shapes[0].clone()
    }

    /// The shape with handle `id`.
    #[inline]
    pub fn get(&self, id: u32) -> Option<&Rc<Shape>> {
        self.shapes.get(id as usize)
    }

    /// The shape after adding attribute `name` to `from` (`None` when the
    /// table or the shape is full: the instance must move to a dict).
    pub fn add(&mut self, from: &Rc<Shape>, name: &str) -> Option<Rc<Shape>> {
        let edges = self.transitions.entry(from.id).or_default();
        if let Some((_, id)) = edges.iter().find(|(n, _)| **n == *name) {
            return self.shapes.get(*id as usize).cloned();
        }
        if self.shapes.len() >= MAX_SHAPES || from.len >= MAX_INLINE {
            return None;
        }
        let id = self.shapes.len() as u32;
        let key: Rc<str> = Rc::from(name);
        edges.push((key.clone(), id));
        let shape = Rc::new(Shape { parent: Some(from.clone()), key, len: from.len + 1, id });
        self.shapes.push(shape.clone());
        Some(shape)
    }
}
