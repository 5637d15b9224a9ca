//! Type objects: creating classes (with C3 linearisation), looking names up
//! along the MRO, and the registry of built-in types every VM owns.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

use super::dict::Dict;
use super::exc::ExcKind;
use super::value::{Kind, Layout, Obj, PyObject, TypeObject, Value};

/// Source of type versions: unique for the life of the process, so a
/// version identifies one class in one state (0 means "not versioned").
static NEXT_TYPE_VERSION: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(1);

/// A fresh type version (0 once the 32-bit space is used up: such classes
/// are simply never cached).
pub fn next_type_version() -> u32 {
    use core::sync::atomic::Ordering;
    let v = NEXT_TYPE_VERSION.fetch_add(1, Ordering::Relaxed);
    if v == u32::MAX {
        NEXT_TYPE_VERSION.store(u32::MAX, Ordering::Relaxed);
        return 0;
    }
    v
}

/// Record `cls` as a subclass of each of its bases.
pub fn register_subclass(cls: &Obj) {
    if let Some(t) = type_data(cls) {
        for b in &t.bases {
            if let Some(bt) = type_data(b) {
                let mut subs = bt.subclasses.borrow_mut();
                subs.retain(|w| w.strong_count() > 0);
                subs.push(Rc::downgrade(cls));
            }
        }
    }
}

/// The live direct subclasses of `cls`, in creation order.
pub fn subclasses(cls: &Obj) -> Vec<Obj> {
    type_data(cls).map(|t| t.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect()).unwrap_or_default()
}

/// `cls` (or a base) changed: give it and every subclass a new version so
/// the inline caches that depend on them miss.
pub fn invalidate_type(cls: &Obj) {
    let mut todo = alloc::vec![cls.clone()];
    let mut guard = 0usize;
    while let Some(c) = todo.pop() {
        guard += 1;
        if guard > 1_000_000 {
            break;
        }
        if let Some(t) = type_data(&c) {
            t.version.set(next_type_version());
            todo.extend(subclasses(&c));
        }
    }
}

/// Build a type object.
pub fn new_type(
    name: &str,
    module: &str,
    bases: Vec<Obj>,
    mro_rest: Vec<Obj>,
    dict: Dict,
    layout: Layout,
    builtin: bool,
) -> Obj {
    let exc_base = bases.iter().find_map(|b| type_data(b).and_then(|t| t.exc_base));
    let cls = PyObject::new(
        Kind::Type(Box::new(TypeObject {
            name: Rc::from(name),
            qualname: Rc::from(name),
            module: Rc::from(module),
            bases,
            mro_rest,
            dict: RefCell::new(dict),
            base_layout: layout,
            slots: None,
            version: Cell::new(crate::objects::types::next_type_version()),
            builtin,
            exc_base,
            ctor: Cell::new(None),
            custom_getattribute: Cell::new(false),
            subclasses: RefCell::new(Vec::new()),
        })),
        None,
    );
    register_subclass(&cls);
    cls
}

/// The type payload of a type object.
#[inline]
pub fn type_data(o: &Obj) -> Option<&TypeObject> {
    match &o.kind {
        Kind::Type(t) => Some(t),
        _ => None,
    }
}

/// The full MRO of `cls`, starting with `cls`.
pub fn mro(cls: &Obj) -> Vec<Obj> {
    let mut out = Vec::new();
    out.push(cls.clone());
    if let Some(t) = type_data(cls) {
        out.extend(t.mro_rest.iter().cloned());
    }
    out
}

/// Look `name` up in `cls` and its MRO (class attribute lookup).
pub fn lookup(cls: &Obj, name: &str) -> Option<Value> {
    let t = type_data(cls)?;
    let hash = super::str::str_hash(name);
    let find = |t: &TypeObject| -> Option<Value> {
        let d = t.dict.try_borrow().ok()?;
        let pos = d.find_by(hash, |k| k.as_str() == Some(name))?;
        d.entry_at(pos).map(|e| e.value.clone())
    };
    if let Some(v) = find(t) {
        return Some(v);
    }
    t.mro_rest.iter().filter_map(type_data).find_map(find)
}

/// True if `sub` is `sup` or has it in its MRO.
pub fn is_subtype(sub: &Obj, sup: &Obj) -> bool {
    if Rc::ptr_eq(sub, sup) {
        return true;
    }
    match type_data(sub) {
        Some(t) => t.mro_rest.iter().any(|b| Rc::ptr_eq(b, sup)),
        None => false,
    }
}

/// C3 linearisation of a new class with `bases`: the MRO without the class
/// itself. Errors with CPython's message when no consistent order exists.
pub fn c3_linearize(bases: &[Obj]) -> Result<Vec<Obj>, String> {
    let mut seqs: Vec<Vec<Obj>> = bases.iter().map(mro).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Obj> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen: Option<Obj> = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let names: Vec<String> = bases
                .iter()
                .map(|b| type_data(b).map(|t| String::from(&*t.name)).unwrap_or_default())
                .collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The built-in types of one VM.
pub struct BuiltinTypes {
    pub object: Obj,
    pub type_: Obj,
    pub int: Obj,
    pub bool_: Obj,
    pub float: Obj,
    pub str_: Obj,
    pub bytes: Obj,
    pub list: Obj,
    pub tuple: Obj,
    pub dict: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub none: Obj,
    pub function: Obj,
    pub builtin_function: Obj,
    pub method: Obj,
    pub module: Obj,
    pub property: Obj,
    pub staticmethod: Obj,
    pub classmethod: Obj,
    pub super_: Obj,
    pub generator: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub cell: Obj,
    pub code: Obj,
    /// Types of the remaining kinds (iterators, views, ...), by name.
    pub misc: RefCell<Vec<(&'static str, Obj)>>,
    /// Built-in exception classes, indexed by `ExcKind as usize`.
    pub exceptions: Vec<Obj>,
}

impl BuiltinTypes {
    /// Create the built-in type objects (their methods are added by
    /// `crate::builtins`).
    pub fn new() -> BuiltinTypes {
        let object = new_type("object", "builtins", Vec::new(), Vec::new(), Dict::new(), Layout::Object, true);
        let mk = |name: &str, layout: Layout| {
            new_type(name, "builtins", alloc::vec![object.clone()], alloc::vec![object.clone()], Dict::new(), layout, true)
        };
        let int = mk("int", Layout::Int);
        let bool_ = new_type(
            "bool",
            "builtins",
            alloc::vec![int.clone()],
            alloc::vec![int.clone(), object.clone()],
            Dict::new(),
            Layout::Final,
            true,
        );
        let mut exceptions: Vec<Obj> = Vec::new();
        for kind in ExcKind::ALL {
            let ty = if *kind == ExcKind::BaseException {
                mk("BaseException", Layout::Exception)
            } else {
                let parent = exceptions[kind.parent() as usize].clone();
                let mut rest = mro(&parent);
                let bases = alloc::vec![parent];
                let t = new_type(kind.name(), "builtins", bases, core::mem::take(&mut rest), Dict::new(), Layout::Exception, true);
                t
            };
            exceptions.push(with_exc_base(ty, *kind));
        }
        BuiltinTypes {
            type_: mk("type", Layout::Type),
            float: mk("float", Layout::Float),
            str_: mk("str", Layout::Str),
            bytes: mk("bytes", Layout::Final),
            list: mk("list", Layout::List),
            tuple: mk("tuple", Layout::Tuple),
            dict: mk("dict", Layout::Dict),
            set: mk("set", Layout::Set),
            frozenset: mk("frozenset", Layout::Set),
            range: mk("range", Layout::Final),
            slice: mk("slice", Layout::Final),
            none: mk("NoneType", Layout::Final),
            function: mk("function", Layout::Final),
            builtin_function: mk("builtin_function_or_method", Layout::Final),
            method: mk("method", Layout::Final),
            module: mk("module", Layout::Object),
            property: mk("property", Layout::Object),
            staticmethod: mk("staticmethod", Layout::Object),
            classmethod: mk("classmethod", Layout::Object),
            super_: mk("super", Layout::Object),
            generator: mk("generator", Layout::Final),
            not_implemented: mk("NotImplementedType", Layout::Final),
            ellipsis: mk("ellipsis", Layout::Final),
            cell: mk("cell", Layout::Final),
            code: mk("code", Layout::Final),
            misc: RefCell::new(Vec::new()),
            exceptions,
            int,
            bool_,
            object,
        }
    }

    /// The class of a built-in exception kind.
    pub fn exc(&self, kind: ExcKind) -> &Obj {
        &self.exceptions[kind as usize]
    }

    /// The type object for a miscellaneous built-in type name, created on
    /// first use.
    pub fn misc_type(&self, name: &'static str) -> Obj {
        if let Ok(m) = self.misc.try_borrow() {
            if let Some((_, t)) = m.iter().find(|(n, _)| *n == name) {
                return t.clone();
            }
        }
        let t = new_type(name, "builtins", alloc::vec![self.object.clone()], alloc::vec![self.object.clone()], Dict::new(), Layout::Final, true);
        if let Ok(mut m) = self.misc.try_borrow_mut() {
            m.push((name, t.clone()));
        }
        t
    }

    /// Every built-in type, for registering methods and in `builtins`.
    pub fn all_core(&self) -> Vec<&Obj> {
        alloc::vec![
            &self.object, &self.type_, &self.int, &self.bool_, &self.float, &self.str_, &self.bytes,
            &self.list, &self.tuple, &self.dict, &self.set, &self.frozenset, &self.range, &self.slice,
            &self.property, &self.staticmethod, &self.classmethod, &self.super_,
        ]
    }
}

impl Default for BuiltinTypes {
    fn default() -> Self {
        BuiltinTypes::new()
    }
}

/// Rebuild a freshly made (unshared) exception type with its `exc_base` set.
fn with_exc_base(ty: Obj, kind: ExcKind) -> Obj {
    match Rc::try_unwrap(ty) {
        Ok(PyObject { kind: Kind::Type(mut t), ext, .. }) => {
            t.exc_base = Some(kind);
            PyObject::new(Kind::Type(t), ext)
        }
        Ok(PyObject { kind, ext, .. }) => PyObject::new(kind, ext),
        Err(shared) => shared,
    }
}
