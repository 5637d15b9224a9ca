//! The value representation.
//!
//! A [`Value`] is two machine words: a tag and a payload. `None`, booleans,
//! small integers (`i64`) and floats are immediates and never allocate;
//! everything else is an [`Obj`], a reference-counted [`PyObject`] whose
//! [`Kind`] says which built-in layout it has. Destruction is deterministic:
//! dropping the last reference frees the object at once.
//!
//! The layout is `#[repr(C, u64)]` so that JIT stencils (later issues) can read
//! and write values with a fixed, documented layout: two 64-bit words, the
//! tag and the payload. (A `u8` tag left seven padding bytes that the
//! compiler copied piecewise on every stack push, stalling store
//! forwarding; two whole words copy in two moves.)

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::mem::MaybeUninit;

use num_bigint::BigInt;

use super::dict::Dict;
use super::set::SetTable;
use super::str::PyStr;
use crate::bytecode::Code;

/// A reference-counted heap object.
pub type Obj = Rc<PyObject>;

/// A Python value.
#[derive(Debug)]
#[repr(C, u64)]
pub enum Value {
    /// Never visible to Python code: an empty slot (an unbound local, or
    /// "no self" in a method call), like CPython's `NULL`.
    Null,
    None,
    Bool(bool),
    /// An `int` that fits in 64 bits. Larger ints are `Kind::Int` objects;
    /// every arithmetic result that fits is normalised back to this form.
    Int(i64),
    Float(f64),
    Obj(Obj),
}

impl Clone for Value {
    /// Immediates copy; objects gain a reference. Always inlined: values
    /// are cloned on every stack push.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(o) => Value::Obj(Rc::clone(o)),
            // SAFETY: every other variant is plain data that owns nothing,
            // so a bitwise copy is an independent, valid value (one 16-byte
            // copy instead of a branch per variant).
            _ => unsafe { core::ptr::read(self) },
        }
    }
}

impl Value {
    /// The value as its two machine words (tag, payload), ownership
    /// included: for handing a value to an out-of-line function in
    /// registers (a `Value` argument is passed through memory). Undo with
    /// [`Value::from_raw`].
    ///
    /// The payload stays `MaybeUninit`: variants without one (`Null`,
    /// `None`) leave that word uninitialised, and reading it as a plain
    /// `u64` would be undefined behaviour (the optimiser then treats the
    /// call it feeds as unreachable, and deletes the branch leading to it).
    #[inline(always)]
    pub fn into_raw(self) -> (u64, MaybeUninit<u64>) {
        // SAFETY: `Value` is `#[repr(C, u64)]`: exactly two 64-bit words,
        // the tag (always initialised) then the payload (kept as possibly
        // uninitialised); `self` is consumed so ownership moves to the
        // words.
        let [tag, payload] = unsafe { core::mem::transmute::<Value, [MaybeUninit<u64>; 2]>(self) };
        // SAFETY: the tag word of a live value is always initialised.
        (unsafe { tag.assume_init() }, payload)
    }

    /// The value [`Value::into_raw`] gave these words for.
    ///
    /// # Safety
    /// The words must come from `into_raw` and be used once.
    #[inline(always)]
    pub unsafe fn from_raw(tag: u64, payload: MaybeUninit<u64>) -> Value {
        // SAFETY: the caller guarantees the words are a live value's,
        // handed over once.
        unsafe { core::mem::transmute::<[MaybeUninit<u64>; 2], Value>([MaybeUninit::new(tag), payload]) }
    }

    /// Drop a value with the reference-count decrement inline (only the
    /// freeing of an object that reached zero is a call); the generic drop
    /// glue of `Value` is an out-of-line call on every overwrite.
    #[inline(always)]
    pub fn release(self) {
        if let Value::Obj(o) = self {
            drop(o);
        }
    }
}

impl Default for Value {
    fn default() -> Self {
        Value::None
    }
}

/// A heap object: its layout kind plus, for instances of user classes that
/// subclass a built-in type, the class and instance dictionary.
pub struct PyObject {
    pub kind: Kind,
    /// Present for instances of user-defined subclasses of built-in types
    /// (e.g. `class MyList(list)`): their class and attribute dict.
    pub ext: Option<Box<Ext>>,
    /// The heap this object is charged to and what it was charged (see
    /// [`crate::mem`]).
    pub mem: crate::mem::ObjMem,
}

impl PyObject {
    /// A new object on the current heap: the only way objects are made, so
    /// every object is counted and, when it can be on a cycle, tracked.
    #[inline]
    pub fn new(kind: Kind, ext: Option<Box<Ext>>) -> Obj {
        crate::mem::new_object(kind, ext)
    }
}

impl core::fmt::Debug for PyObject {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "<object {}>", self.kind.name())
    }
}

/// Class and attribute dictionary of a built-in-subclass instance.
pub struct Ext {
    pub class: Obj,
    /// The instance `__dict__`: a `dict` object, shared with Python code.
    pub dict: Obj,
}

/// A new attribute dictionary (a `dict` object) holding `d`.
pub fn attr_dict(d: Dict) -> Obj {
    PyObject::new(Kind::Dict(Box::new(RefCell::new(d))), None)
}

/// Every built-in object layout.
pub enum Kind {
    /// An `int` that does not fit in `i64`, or an int-subclass instance.
    Int(BigInt),
    /// A float-subclass instance (plain floats are immediates).
    Float(f64),
    /// A bool-like immediate boxed for a subclass (unused for plain bools).
    Str(PyStr),
    Bytes(Box<[u8]>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(Box<RefCell<Dict>>),
    Set(RefCell<SetTable>),
    FrozenSet(SetTable),
    Range(Range),
    /// A `range` whose bounds do not fit in 64 bits: `[start, stop, step]`.
    BigRange(Box<[BigInt; 3]>),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Native(NativeFunction),
    /// A bound method: `(self, function)`.
    Method(Box<(Value, Value)>),
    Type(Box<TypeObject>),
    Instance(Instance),
    Exception(Box<ExceptionData>),
    Module(Box<Module>),
    Cell(RefCell<Value>),
    Code(Rc<Code>),
    Generator(Box<RefCell<crate::interp::generator::GenState>>),
    /// `property(fget, fset, fdel, doc)`.
    Property(Box<[Value; 4]>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`: `(type, obj, start-after type)`.
    Super(Box<(Obj, Value)>),
    Iter(RefCell<super::iter::IterState>),
    /// A dictionary view: `(dict, which)`.
    DictView(Value, ViewKind),
    NotImplemented,
    Ellipsis,
    /// State owned by a native module's type (deque, StringIO, array, ...).
    NativeData(RefCell<Box<dyn NativeData>>),
}

/// Which view of a dict a `DictView` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// `range(start, stop, step)` with 64-bit bounds.
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// Number of elements.
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if stop > start { (stop - start + step - 1) / step } else { 0 }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    /// The `i`-th element (`0 <= i < len`).
    pub fn get(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// A user-defined function (`def` or `lambda`).
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Obj,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Default values for the trailing positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Default values for keyword-only parameters, by name.
    pub kwdefaults: RefCell<Vec<(Rc<str>, Value)>>,
    /// Cells captured from the enclosing scopes, in `code.freevars` order.
    pub closure: Vec<Obj>,
    pub dict: RefCell<Dict>,
    pub doc: RefCell<Value>,
    pub module: Value,
}

/// Signature of a native function: receives the positional arguments and
/// keyword arguments as `(name, value)` pairs.
pub type NativeFn = fn(&mut crate::vm::Vm, &[Value], &[(Rc<str>, Value)]) -> super::PyResult<Value>;

/// A built-in function or method implemented in Rust.
#[derive(Clone)]
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For methods of a built-in type: the receiver, once bound.
    pub bound: Option<Value>,
    /// Name of the owning type, for method reprs and error messages.
    pub owner: Option<&'static str>,
}

/// A class: built-in or user-defined.
pub struct TypeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Obj>,
    /// Method resolution order, starting with the class itself (a weak
    /// self-reference is avoided by storing the rest only).
    pub mro_rest: Vec<Obj>,
    pub dict: RefCell<Dict>,
    /// The built-in layout instances of this class use.
    pub base_layout: Layout,
    /// `__slots__` names when every class in the MRO restricts attributes.
    pub slots: Option<Vec<Rc<str>>>,
    /// Bumped whenever the class dict (or a base's) changes; read by inline
    /// caches in the specializing interpreter.
    pub version: Cell<u32>,
    /// True for built-in types: their attributes cannot be set.
    pub builtin: bool,
    /// For the exception classes: which built-in exception this class is or
    /// derives from.
    pub exc_base: Option<super::exc::ExcKind>,
    /// The native constructor of a built-in type (`int(...)`, `list(...)`);
    /// receives the class as its first argument.
    pub ctor: Cell<Option<NativeFn>>,
    /// Some class in the MRO defines `__getattribute__` in Python code, so
    /// every attribute access must go through it.
    pub custom_getattribute: Cell<bool>,
    /// Direct subclasses (weak: a class does not keep its subclasses
    /// alive); a change to this class re-versions them too.
    pub subclasses: RefCell<Vec<alloc::rc::Weak<PyObject>>>,
}

/// The built-in layout an instance of a class has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Exception,
    Type,
    /// Built-in types that cannot be subclassed (function, generator, ...).
    Final,
}

/// An instance of a user-defined class with an ordinary layout.
///
/// Its attributes live in line, in [`InlineAttrs`] (values by position,
/// names by shape), until something needs them as a `dict` object (taking
/// `__dict__`, deleting an attribute, a full shape table): then they move
/// to [`Instance::dict`] for good.
pub struct Instance {
    /// The class; assignable through `obj.__class__ = C`.
    pub class: RefCell<Obj>,
    /// The attributes while they are in line.
    pub attrs: RefCell<InlineAttrs>,
    /// The instance `__dict__` once it exists (a `dict` object, shared with
    /// Python code); from then on it holds every attribute.
    pub dict: core::cell::OnceCell<Obj>,
}

/// In-line attributes: `values[i]` is the attribute the shape names at
/// position `i` (`values.len() == shape.len()`).
pub struct InlineAttrs {
    /// `None` once the attributes moved to the instance's dict.
    pub shape: Option<Rc<crate::vm::shapes::Shape>>,
    pub values: Vec<Value>,
}

impl InlineAttrs {
    /// The word inline caches compare for these attributes (0, which no
    /// cache holds, once they moved to a dict).
    #[inline(always)]
    pub fn cache_key(&self) -> u64 {
        self.shape.as_ref().map_or(0, crate::vm::shapes::Shape::cache_key)
    }

    /// The attribute `name`, when in line.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(self.shape.as_ref()?.index_of(name)?)
    }
}

impl Instance {
    /// An instance of `class` without attributes (`root` is the VM's root
    /// shape).
    pub fn new(class: Obj, root: Rc<crate::vm::shapes::Shape>) -> Instance {
        Instance {
            class: RefCell::new(class),
            attrs: RefCell::new(InlineAttrs { shape: Some(root), values: Vec::new() }),
            dict: core::cell::OnceCell::new(),
        }
    }

    /// An instance of `class` whose attributes are `d`, kept as a dict.
    pub fn with_dict(class: Obj, d: Dict) -> Instance {
        let dict = core::cell::OnceCell::new();
        let _ = dict.set(attr_dict(d));
        Instance { class: RefCell::new(class), attrs: RefCell::new(InlineAttrs { shape: None, values: Vec::new() }), dict }
    }
}

/// A `BaseException` (or subclass) instance.
pub struct ExceptionData {
    pub class: Obj,
    pub args: RefCell<Value>,
    pub dict: RefCell<Dict>,
    pub traceback: RefCell<Vec<TraceEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
}

/// One line of a traceback.
#[derive(Clone, Debug)]
pub struct TraceEntry {
    pub filename: Rc<str>,
    pub line: u32,
    pub name: Rc<str>,
}

/// A module object.
pub struct Module {
    pub name: Rc<str>,
    /// The module's globals: an `Obj` of kind `Dict`.
    pub globals: Obj,
}

/// The state of a native type (`deque`, `StringIO`, ...). Native modules
/// implement this for their own structs.
pub trait NativeData {
    /// The Python type name, for messages.
    fn type_name(&self) -> &'static str;
    /// Downcast support.
    fn as_any(&self) -> &dyn core::any::Any;
    /// Mutable downcast support.
    fn as_any_mut(&mut self) -> &mut dyn core::any::Any;
    /// Call `visit` on every value this object holds (for the cycle
    /// collector: each owned value exactly once; see `mem::traverse`).
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Move every value this object holds into `out` (the collector breaks
    /// a garbage cycle this way).
    fn clear(&mut self, _out: &mut Vec<Value>) {}
    /// Bytes of heap this object's state uses, beyond the object header
    /// (an estimate, for the heap limit).
    fn heap_size(&self) -> usize {
        0
    }
}

/// Borrow the native state of `v` as a `T`, if it is one.
pub fn with_native<T: 'static, R>(v: &Value, f: impl FnOnce(&mut T) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::NativeData(cell)) => {
            let mut b = cell.try_borrow_mut().ok()?;
            let t = b.as_any_mut().downcast_mut::<T>()?;
            Some(f(t))
        }
        _ => None,
    }
}

impl Kind {
    /// The built-in type name of this layout, used when no class is attached.
    pub fn name(&self) -> &'static str {
        match self {
            Kind::Int(_) => "int",
            Kind::Float(_) => "float",
            Kind::Str(_) => "str",
            Kind::Bytes(_) => "bytes",
            Kind::List(_) => "list",
            Kind::Tuple(_) => "tuple",
            Kind::Dict(_) => "dict",
            Kind::Set(_) => "set",
            Kind::FrozenSet(_) => "frozenset",
            Kind::Range(_) | Kind::BigRange(_) => "range",
            Kind::Slice(_) => "slice",
            Kind::Function(_) => "function",
            Kind::Native(n) => {
                if n.bound.is_some() {
                    "builtin_function_or_method"
                } else if n.owner.is_some() {
                    "method_descriptor"
                } else {
                    "builtin_function_or_method"
                }
            }
            Kind::Method(_) => "method",
            Kind::Type(_) => "type",
            Kind::Instance(_) => "object",
            Kind::Exception(_) => "BaseException",
            Kind::Module(_) => "module",
            Kind::Cell(_) => "cell",
            Kind::Code(_) => "code",
            Kind::Generator(_) => "generator",
            Kind::Property(_) => "property",
            Kind::StaticMethod(_) => "staticmethod",
            Kind::ClassMethod(_) => "classmethod",
            Kind::Super(_) => "super",
            Kind::Iter(it) => match it.try_borrow() {
                Ok(it) => it.type_name(),
                Err(_) => "iterator",
            },
            Kind::DictView(_, ViewKind::Keys) => "dict_keys",
            Kind::DictView(_, ViewKind::Values) => "dict_values",
            Kind::DictView(_, ViewKind::Items) => "dict_items",
            Kind::NotImplemented => "NotImplementedType",
            Kind::Ellipsis => "ellipsis",
            Kind::NativeData(d) => match d.try_borrow() {
                Ok(d) => d.type_name(),
                Err(_) => "object",
            },
        }
    }
}

impl Value {
    /// Wrap a heap object kind into a new value.
    #[inline]
    pub fn new_obj(kind: Kind) -> Value {
        Value::Obj(PyObject::new(kind, None))
    }

    /// A new `str` value.
    pub fn str(s: &str) -> Value {
        Value::new_obj(Kind::Str(PyStr::new(s)))
    }

    /// A new `str` value from an owned string.
    pub fn string(s: String) -> Value {
        Value::new_obj(Kind::Str(PyStr::from_string(s)))
    }

    /// A new `list`.
    pub fn list(items: Vec<Value>) -> Value {
        Value::new_obj(Kind::List(RefCell::new(items)))
    }

    /// A new `tuple`.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::new_obj(Kind::Tuple(items.into_boxed_slice()))
    }

    /// A new `dict`.
    pub fn dict(d: Dict) -> Value {
        Value::new_obj(Kind::Dict(Box::new(RefCell::new(d))))
    }

    /// An `int` from a big integer, normalised to an immediate when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::new_obj(Kind::Int(b)),
        }
    }

    /// The heap object, if this is one.
    #[inline]
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The object's kind, if this is a heap object.
    #[inline]
    pub fn kind(&self) -> Option<&Kind> {
        match self {
            Value::Obj(o) => Some(&o.kind),
            _ => None,
        }
    }

    /// The string contents if this is a `str` (or str subclass).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &o.kind {
                Kind::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The `PyStr` if this is a `str`.
    #[inline]
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) => match &o.kind {
                Kind::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// True for `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity comparison (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => {
                Rc::ptr_eq(a, b)
                    || matches!((&a.kind, &b.kind), (Kind::Ellipsis, Kind::Ellipsis) | (Kind::NotImplemented, Kind::NotImplemented))
            }
            _ => false,
        }
    }

    /// An identity number for `id()` and default reprs.
    pub fn identity(&self) -> usize {
        match self {
            Value::None | Value::Null => 0x1000,
            Value::Bool(b) => 0x2000 + *b as usize,
            Value::Int(i) => (*i as usize).wrapping_mul(2).wrapping_add(1),
            Value::Float(f) => (f.to_bits() as usize) | 1,
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
        }
    }

    /// The elements of a list or tuple, cloned (for small helpers).
    pub fn seq_items(&self) -> Option<Vec<Value>> {
        match self.kind()? {
            Kind::List(l) => l.try_borrow().ok().map(|l| l.clone()),
            Kind::Tuple(t) => Some(t.to_vec()),
            _ => None,
        }
    }
}
