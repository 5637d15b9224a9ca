//! Core object protocol helpers: the type of a value, user dunder lookup,
//! truthiness, `len`, `hash`, `isinstance`.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;

use crate::format as fmt;
use crate::objects::types::{is_subtype, lookup, type_data};
use crate::objects::{Kind, Obj, PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// The class of a value.
    pub fn type_of(&self, v: &Value) -> Obj {
        let t = &self.types;
        match v {
            Value::None | Value::Null => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => {
                if let Some(ext) = &o.ext {
                    return ext.class.clone();
                }
                match &o.kind {
                    Kind::Instance(i) => i.class.borrow().clone(),
                    Kind::Exception(e) => e.class.clone(),
                    Kind::Int(_) => t.int.clone(),
                    Kind::Float(_) => t.float.clone(),
                    Kind::Str(_) => t.str_.clone(),
                    Kind::Bytes(_) => t.bytes.clone(),
                    Kind::List(_) => t.list.clone(),
                    Kind::Tuple(_) => t.tuple.clone(),
                    Kind::Dict(_) => t.dict.clone(),
                    Kind::Set(_) => t.set.clone(),
                    Kind::FrozenSet(_) => t.frozenset.clone(),
                    Kind::Range(_) | Kind::BigRange(_) => t.range.clone(),
                    Kind::Slice(_) => t.slice.clone(),
                    Kind::Function(_) => t.function.clone(),
                    Kind::Native(_) => t.builtin_function.clone(),
                    Kind::Method(_) => t.method.clone(),
                    Kind::Type(_) => t.type_.clone(),
                    Kind::Module(_) => t.module.clone(),
                    Kind::Cell(_) => t.cell.clone(),
                    Kind::Code(_) => t.code.clone(),
                    Kind::Generator(_) => t.generator.clone(),
                    Kind::Property(_) => t.property.clone(),
                    Kind::StaticMethod(_) => t.staticmethod.clone(),
                    Kind::ClassMethod(_) => t.classmethod.clone(),
                    Kind::Super(_) => t.super_.clone(),
                    Kind::NotImplemented => t.not_implemented.clone(),
                    Kind::Ellipsis => t.ellipsis.clone(),
                    other => t.misc_type(other.name()),
                }
            }
        }
    }

    /// The class name of a value, for messages.
    pub fn type_name(&self, v: &Value) -> String {
        let t = self.type_of(v);
        match type_data(&t) {
            Some(td) => String::from(&*td.name),
            None => String::from("object"),
        }
    }

    /// `<class 'name'>` for a type object.
    pub fn repr_type(&self, t: &Obj) -> String {
        match type_data(t) {
            Some(td) if &*td.module == "builtins" => format!("<class '{}'>", td.qualname),
            Some(td) => format!("<class '{}.{}'>", td.module, td.qualname),
            None => String::from("<class '?'>"),
        }
    }

    /// True if the value's class is user-defined (so dunders may be Python code).
    #[inline]
    pub fn has_user_class(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => o.ext.as_ref().map(|e| type_data(&e.class).map(|t| !t.builtin).unwrap_or(true)).unwrap_or(false)
                || matches!(o.kind, Kind::Instance(_) if !is_builtin_instance(o)) || match &o.kind {
                Kind::Exception(e) => type_data(&e.class).map(|t| !t.builtin).unwrap_or(false),
                _ => false,
            },
            _ => false,
        }
    }

    /// A dunder defined by user code on the value's class (stopping at the
    /// first built-in class in the MRO, whose behaviour is native).
    pub fn user_dunder(&self, v: &Value, name: &str) -> Option<Value> {
        if !self.has_user_class(v) {
            return None;
        }
        let cls = self.type_of(v);
        self.user_class_lookup(&cls, name)
    }

    /// Call a function found on a class as a method of `this`.
    pub fn call_method_value(&mut self, f: &Value, this: &Value, args: &[Value]) -> PyResult<Value> {
        match f.kind() {
            Some(Kind::StaticMethod(inner)) => {
                let inner = inner.clone();
                self.call(&inner, args, &[])
            }
            Some(Kind::ClassMethod(inner)) => {
                let inner = inner.clone();
                let mut full = alloc::vec::Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(self.type_of(this)));
                full.extend_from_slice(args);
                self.call(&inner, &full, &[])
            }
            Some(Kind::Function(_)) | Some(Kind::Native(_)) => {
                let mut full = alloc::vec::Vec::with_capacity(args.len() + 1);
                full.push(this.clone());
                full.extend_from_slice(args);
                self.call(f, &full, &[])
            }
            _ => {
                let bound = self.bind_descriptor(f.clone(), this)?;
                self.call(&bound, args, &[])
            }
        }
    }

    /// Call the method `name` of `v` (looked up like an attribute).
    pub fn call_method(&mut self, v: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let cls = self.type_of(v);
        if let Some(f) = lookup(&cls, name) {
            if matches!(f.kind(), Some(Kind::Function(_)) | Some(Kind::Native(_))) {
                return self.call_method_value(&f, v, args);
            }
        }
        let m = self.get_attr(v, name)?;
        self.call(&m, args, &[])
    }

    /// Truthiness (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None | Value::Null => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                if self.has_user_class(v) {
                    if let Some(f) = self.user_dunder(v, "__bool__") {
                        let r = self.call_method_value(&f, v, &[])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => Err(PyErr::type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if let Some(f) = self.user_dunder(v, "__len__") {
                        let r = self.call_method_value(&f, v, &[])?;
                        let n = self.len_result(&r)?;
                        return Ok(n != 0);
                    }
                }
                Ok(match &o.kind {
                    Kind::Str(s) => s.char_len() != 0,
                    Kind::List(l) => !l.borrow().is_empty(),
                    Kind::Tuple(t) => !t.is_empty(),
                    Kind::Dict(d) => !d.borrow().is_empty(),
                    Kind::Set(s) => !s.borrow().is_empty(),
                    Kind::FrozenSet(s) => !s.is_empty(),
                    Kind::Int(b) => !num_traits::Zero::is_zero(b),
                    Kind::Float(f) => *f != 0.0,
                    Kind::Range(r) => r.len() != 0,
                    Kind::BigRange(r) => !num_traits::Zero::is_zero(&super::bigrange::big_range_len(r)),
                    Kind::Bytes(b) => !b.is_empty(),
                    Kind::DictView(d, _) => match d.kind() {
                        Some(Kind::Dict(d)) => !d.borrow().is_empty(),
                        _ => true,
                    },
                    Kind::NativeData(_) => {
                        let n = self.native_len(v);
                        match n {
                            Some(r) => r? != 0,
                            None => true,
                        }
                    }
                    _ => true,
                })
            }
        }
    }

    fn len_result(&self, r: &Value) -> PyResult<usize> {
        if let Some(Kind::Int(b)) = r.kind() {
            return Err(if num_traits::Signed::is_negative(b) {
                PyErr::value_error("__len__() should return >= 0")
            } else {
                PyErr::overflow("cannot fit 'int' into an index-sized integer")
            });
        }
        match r {
            Value::Int(i) if *i >= 0 => Ok(*i as usize),
            Value::Int(_) => Err(PyErr::value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(*b as usize),
            _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(r)))),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(n) = exact_len(v) {
            return Ok(n);
        }
        if let Some(f) = self.user_dunder(v, "__len__") {
            let r = self.call_method_value(&f, v, &[])?;
            return self.len_result(&r);
        }
        if let Value::Obj(o) = v {
            let n = match &o.kind {
                Kind::Str(s) => s.char_len(),
                Kind::List(l) => l.borrow().len(),
                Kind::Tuple(t) => t.len(),
                Kind::Dict(d) => d.borrow().len(),
                Kind::Set(s) => s.borrow().len(),
                Kind::FrozenSet(s) => s.len(),
                Kind::Range(r) => r.len() as usize,
                Kind::BigRange(r) => self.big_range_len_checked(r)?,
                Kind::Bytes(b) => b.len(),
                Kind::DictView(d, _) => match d.kind() {
                    Some(Kind::Dict(d)) => d.borrow().len(),
                    _ => 0,
                },
                Kind::NativeData(_) => match self.native_len(v) {
                    Some(r) => r?,
                    None => return Err(self.no_len(v)),
                },
                _ => return Err(self.no_len(v)),
            };
            return Ok(n);
        }
        Err(self.no_len(v))
    }

    fn no_len(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("object of type '{}' has no len()", self.type_name(v)))
    }

    /// `len()` of a native-module object, through its class's `__len__`.
    fn native_len(&mut self, v: &Value) -> Option<PyResult<usize>> {
        let cls = self.type_of(v);
        let f = lookup(&cls, "__len__")?;
        Some(self.call_method_value(&f, v, &[]).and_then(|r| self.len_result(&r)))
    }

    /// `hash(v)`: ints in line (the common set and dict key), everything
    /// else out of line.
    #[inline(always)]
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(fmt::i64_hash(*i)),
            _ => self.hash_other(v),
        }
    }

    /// [`Vm::hash`] of anything but an int.
    #[inline(never)]
    fn hash_other(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(fmt::i64_hash(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => Ok(fmt::float_hash(*f)),
            Value::None | Value::Null => Ok(0x5f5e_1000_0000 >> 4),
            Value::Obj(o) => {
                if self.has_user_class(v) {
                    let cls = self.type_of(v);
                    match user_lookup(&cls, "__hash__") {
                        Some(Value::None) => return Err(self.unhashable(v)),
                        Some(f) => {
                            let r = self.call_method_value(&f, v, &[])?;
                            return match r {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(b as i64),
                                Value::Obj(ref ro) => match &ro.kind {
                                    Kind::Int(b) => Ok(fmt::int_hash(b)),
                                    _ => Err(PyErr::type_error("__hash__ method should return an integer")),
                                },
                                _ => Err(PyErr::type_error("__hash__ method should return an integer")),
                            };
                        }
                        None => {
                            if user_lookup(&cls, "__eq__").is_some() {
                                return Err(self.unhashable(v));
                            }
                        }
                    }
                }
                match &o.kind {
                    Kind::Str(s) => Ok(s.hash()),
                    Kind::Int(b) => Ok(fmt::int_hash(b)),
                    Kind::Float(f) => Ok(fmt::float_hash(*f)),
                    Kind::Tuple(items) => {
                        let items = items.clone();
                        self.tuple_hash(&items)
                    }
                    Kind::FrozenSet(s) => {
                        let items: alloc::vec::Vec<(i64, Value)> = s.entries().map(|(h, v)| (h, v.clone())).collect();
                        Ok(frozenset_hash(&items))
                    }
                    Kind::List(_) | Kind::Dict(_) | Kind::Set(_) | Kind::DictView(..) => Err(self.unhashable(v)),
                    Kind::Slice(_) => Err(self.unhashable(v)),
                    Kind::Range(r) => {
                        let t = [Value::Int(r.len()), Value::Int(r.start), Value::Int(r.step)];
                        self.tuple_hash(&t)
                    }
                    Kind::Ellipsis => Ok(0x1_e111_95e5),
                    Kind::NotImplemented => Ok(0x1_0071_a1e0),
                    _ => Ok(identity_hash(v)),
                }
            }
        }
    }

    fn unhashable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("unhashable type: '{}'", self.type_name(v)))
    }

    /// CPython's tuple hash (xxHash-based, 3.8+).
    pub fn tuple_hash(&mut self, items: &[Value]) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        self.check_stack()?;
        let mut acc: u64 = P5;
        for item in items {
            let lane = self.hash(item)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    /// `isinstance(v, cls)` for one class.
    pub fn is_instance(&self, v: &Value, cls: &Obj) -> bool {
        let t = self.type_of(v);
        is_subtype(&t, cls)
    }

    /// A new object of a native module's type `cls` holding `data` (a
    /// `deque`, a `StringIO`, ...). `type()` of it is `cls`.
    pub fn new_native_object(&self, cls: &Obj, data: alloc::boxed::Box<dyn crate::objects::value::NativeData>) -> Value {
        use crate::objects::value::Ext;
        Value::Obj(crate::objects::PyObject::new(
            Kind::NativeData(core::cell::RefCell::new(data)),
            Some(alloc::boxed::Box::new(Ext { class: cls.clone(), dict: crate::objects::value::attr_dict(crate::objects::Dict::new()) })),
        ))
    }

    /// A built-in-layout object (e.g. a dict) whose class is the native
    /// module type `cls` (e.g. `defaultdict`), with attribute dict `attrs`.
    pub fn new_object_with_class(&self, cls: &Obj, kind: Kind, attrs: crate::objects::Dict) -> Value {
        use crate::objects::value::Ext;
        Value::Obj(crate::objects::PyObject::new(
            kind,
            Some(alloc::boxed::Box::new(Ext { class: cls.clone(), dict: crate::objects::value::attr_dict(attrs) })),
        ))
    }

    /// `v` is an instance of the built-in type `cls` (exactly or by subclass).
    pub fn is_exact(&self, v: &Value, cls: &Obj) -> bool {
        Rc::ptr_eq(&self.type_of(v), cls)
    }
}

/// Instances of built-in classes made by native modules (e.g. `sys.stdout`).
fn is_builtin_instance(o: &crate::objects::Obj) -> bool {
    match &o.kind {
        Kind::Instance(i) => type_data(&i.class.borrow()).map(|t| t.builtin).unwrap_or(false),
        _ => false,
    }
}

/// Look a name up along `cls`'s MRO, but only in user-defined classes.
/// The length of an exact built-in container or string, read directly
/// (`None` for anything else, whose `len()` may run a user `__len__` or
/// fail). `CALL_LEN` and [`Vm::len`] share it.
#[inline(always)]
pub fn exact_len(v: &Value) -> Option<usize> {
    let Value::Obj(o) = v else { return None };
    if o.ext.is_some() {
        return None;
    }
    Some(match &o.kind {
        Kind::List(l) => l.try_borrow().ok()?.len(),
        Kind::Tuple(t) => t.len(),
        Kind::Str(s) => s.char_len(),
        Kind::Dict(d) => d.try_borrow().ok()?.len(),
        Kind::Set(s) => s.try_borrow().ok()?.len(),
        Kind::FrozenSet(s) => s.len(),
        _ => return None,
    })
}

pub fn user_lookup(cls: &Obj, name: &str) -> Option<Value> {
    let t = type_data(cls)?;
    if t.builtin {
        return None;
    }
    if let Some(v) = t.dict.try_borrow().ok().and_then(|d| d.get_str(name).cloned()) {
        return Some(v);
    }
    for base in &t.mro_rest {
        let bt = type_data(base)?;
        if bt.builtin {
            return None;
        }
        if let Some(v) = bt.dict.try_borrow().ok().and_then(|d| d.get_str(name).cloned()) {
            return Some(v);
        }
    }
    None
}

/// Hash of an object compared by identity (CPython rotates the address).
pub fn identity_hash(v: &Value) -> i64 {
    let id = v.identity() as u64;
    (id.rotate_right(4) >> 1) as i64
}

/// CPython's frozenset hash.
fn frozenset_hash(items: &[(i64, Value)]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for (h, _) in items {
        hash ^= shuffle(*h as u64);
    }
    hash ^= ((items.len() as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}
