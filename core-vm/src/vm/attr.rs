//! Attribute access: `getattr`/`setattr`/`delattr` for instances, classes,
//! modules, functions and built-ins, with descriptors (functions become bound
//! methods; `property`, `staticmethod`, `classmethod`), `__slots__`,
//! `__getattr__` and `__setattr__`.

use alloc::format;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::objects::types::{lookup, mro, type_data};
use crate::objects::value::{Kind, Layout, NativeFunction};
use crate::objects::{Dict, ExcKind, Obj, PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// `getattr(v, name)`.
    pub fn get_attr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        if self.has_user_class(v) {
            let cls = self.type_of(v);
            if type_data(&cls).map(|t| t.custom_getattribute.get()).unwrap_or(false) {
                return self.get_attr_through_getattribute(v, name);
            }
        }
        match self.get_attr_opt(v, name)? {
            Some(r) => Ok(r),
            None => {
                if let Some(f) = self.user_dunder(v, "__getattr__") {
                    return self.call_method_value(&f, v, &[Value::str(name)]);
                }
                Err(self.no_attribute(v, name))
            }
        }
    }

    /// Attribute access on a class with a Python `__getattribute__`; an
    /// `AttributeError` from it falls back to `__getattr__`.
    fn get_attr_through_getattribute(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        let Some(f) = self.user_dunder(v, "__getattribute__") else {
            return Err(self.no_attribute(v, name));
        };
        match self.call_method_value(&f, v, &[Value::str(name)]) {
            Ok(r) => Ok(r),
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => match self.user_dunder(v, "__getattr__") {
                Some(g) => self.call_method_value(&g, v, &[Value::str(name)]),
                None => Err(e),
            },
            Err(e) => Err(e),
        }
    }

    /// The `AttributeError` for a missing attribute.
    pub fn no_attribute(&self, v: &Value, name: &str) -> PyErr {
        match v.kind() {
            Some(Kind::Type(t)) => PyErr::attribute_error(format!("type object '{}' has no attribute '{}'", t.name, name)),
            Some(Kind::Module(m)) => PyErr::attribute_error(format!("module '{}' has no attribute '{}'", m.name, name)),
            _ => PyErr::attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(v), name)),
        }
    }

    /// Attribute lookup without `__getattr__` or the error: `Ok(None)` if absent.
    pub fn get_attr_opt(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = v {
            match &o.kind {
                Kind::Type(_) => return self.type_get_attr(o, name),
                Kind::Module(m) => {
                    if let Some(Kind::Dict(d)) = Some(&m.globals.kind) {
                        if let Some(x) = d.borrow().get_str(name) {
                            return Ok(Some(x.clone()));
                        }
                    }
                    return Ok(match name {
                        "__name__" => Some(Value::str(&m.name)),
                        "__dict__" => Some(Value::Obj(m.globals.clone())),
                        _ => None,
                    });
                }
                Kind::Super(s) => return self.super_get_attr(&s.0, &s.1, name),
                _ => {}
            }
        }
        let cls = self.type_of(v);
        let descr = self.class_lookup(&cls, name);
        if let Some(d) = &descr {
            if let Some(Kind::Property(p)) = d.kind() {
                let getter = p[0].clone();
                if getter.is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "property '{}' of '{}' object has no getter",
                        name,
                        self.type_name(v)
                    )));
                }
                return self.call(&getter, &[v.clone()], &[]).map(Some);
            }
        }
        if let Some(x) = own_attr(v, name) {
            return Ok(Some(x));
        }
        if let Some(d) = descr {
            return self.bind_descriptor(d, v).map(Some);
        }
        self.special_attr(v, name)
    }

    /// Bind a class attribute found for instance `obj`.
    pub fn bind_descriptor(&mut self, d: Value, obj: &Value) -> PyResult<Value> {
        Ok(match d.kind() {
            Some(Kind::Function(_)) => Value::new_obj(Kind::Method(alloc::boxed::Box::new((obj.clone(), d.clone())))),
            Some(Kind::Native(n)) if n.bound.is_none() && n.owner.is_some() => {
                let mut n = n.clone();
                n.bound = Some(obj.clone());
                Value::new_obj(Kind::Native(n))
            }
            Some(Kind::ClassMethod(f)) => {
                let cls = self.type_of(obj);
                Value::new_obj(Kind::Method(alloc::boxed::Box::new((Value::Obj(cls), f.clone()))))
            }
            Some(Kind::StaticMethod(f)) => f.clone(),
            Some(Kind::Property(p)) => {
                let getter = p[0].clone();
                return self.call(&getter, &[obj.clone()], &[]);
            }
            _ => d,
        })
    }

    fn type_get_attr(&mut self, cls: &Obj, name: &str) -> PyResult<Option<Value>> {
        let Some(t) = type_data(cls) else { return Ok(None) };
        match name {
            "__name__" => return Ok(Some(Value::str(&t.name))),
            "__qualname__" => return Ok(Some(Value::str(&t.qualname))),
            "__module__" => {
                if let Some(m) = t.dict.borrow().get_str("__module__") {
                    return Ok(Some(m.clone()));
                }
                return Ok(Some(Value::str(&t.module)));
            }
            "__mro__" => return Ok(Some(Value::tuple(mro(cls).into_iter().map(Value::Obj).collect()))),
            "__bases__" => return Ok(Some(Value::tuple(t.bases.iter().cloned().map(Value::Obj).collect()))),
            "__base__" => return Ok(Some(t.bases.first().cloned().map(Value::Obj).unwrap_or(Value::None))),
            "__dict__" => return Ok(Some(Value::dict(t.dict.borrow().clone()))),
            "__class__" => return Ok(Some(Value::Obj(self.types.type_.clone()))),
            _ => {}
        }
        match lookup(cls, name) {
            Some(d) => Ok(Some(match d.kind() {
                Some(Kind::ClassMethod(f)) => Value::new_obj(Kind::Method(alloc::boxed::Box::new((Value::Obj(cls.clone()), f.clone())))),
                Some(Kind::StaticMethod(f)) => f.clone(),
                _ => d,
            })),
            None => {
                if name == "__doc__" {
                    return Ok(Some(Value::None));
                }
                // Methods of `type` itself (e.g. `C.mro()`).
                if let Some(m) = lookup(&self.types.type_, name) {
                    return self.bind_descriptor(m, &Value::Obj(cls.clone())).map(Some);
                }
                Ok(None)
            }
        }
    }

    fn super_get_attr(&mut self, start: &Obj, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        // The MRO of the object's class (or of the class itself for
        // `super()` inside a classmethod), after `start`.
        let cls = match obj.kind() {
            Some(Kind::Type(_)) if !self.is_instance(obj, start) => obj.as_obj().cloned().unwrap_or_else(|| start.clone()),
            _ => self.type_of(obj),
        };
        let order = mro(&cls);
        let pos = order.iter().position(|c| Rc::ptr_eq(c, start)).map(|p| p + 1).unwrap_or(order.len());
        for c in &order[pos..] {
            let Some(t) = type_data(c) else { continue };
            let found = t.dict.borrow().get_str(name).cloned();
            if let Some(d) = found {
                let is_type_obj = matches!(obj.kind(), Some(Kind::Type(_))) && !self.is_instance(obj, start);
                return Ok(Some(match d.kind() {
                    Some(Kind::Function(_)) if is_type_obj => d,
                    // `__new__` is a static method, never bound.
                    Some(Kind::Native(_)) if name == "__new__" => d,
                    Some(Kind::ClassMethod(f)) => {
                        let target = if is_type_obj { obj.clone() } else { Value::Obj(self.type_of(obj)) };
                        Value::new_obj(Kind::Method(alloc::boxed::Box::new((target, f.clone()))))
                    }
                    _ => self.bind_descriptor(d, obj)?,
                }));
            }
        }
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.types.super_.clone())));
        }
        Err(PyErr::attribute_error(format!("'super' object has no attribute '{}'", name)))
    }

    /// Attributes computed from an object's layout (`__class__`, `__dict__`,
    /// function and exception fields, ...).
    fn special_attr(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(v))));
        }
        let Some(o) = v.as_obj() else {
            return Ok(self.immediate_attr(v, name));
        };
        if name == "__dict__" && !self.is_bare_object(v) && (super::instance::plain(v).is_some() || instance_dict(v).is_some()) {
            let cls = self.type_of(v);
            if type_data(&cls).map(|t| t.slots.is_some()).unwrap_or(false) {
                return Ok(None);
            }
            // Slot values live with the other attributes; `__dict__` hides
            // them (a filtered copy), otherwise it is the live dict.
            let slot_names = declared_slots(&cls);
            if slot_names.is_empty() {
                if let Some(live) = instance_dict_object(v) {
                    return Ok(Some(Value::Obj(live)));
                }
            }
            let mut copy = own_attrs_copy(v);
            for n in slot_names {
                copy.remove_str(&n);
            }
            return Ok(Some(Value::dict(copy)));
        }
        Ok(match &o.kind {
            Kind::Function(f) => match name {
                "__name__" => Some(Value::str(&f.name.borrow())),
                "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.clone()),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() { Value::None } else { Value::tuple(d.clone()) })
                }
                "__code__" => Some(Value::new_obj(Kind::Code(f.code.clone()))),
                "__kwdefaults__" => {
                    let kw = f.kwdefaults.borrow();
                    if kw.is_empty() {
                        Some(Value::None)
                    } else {
                        let mut d = crate::objects::Dict::new();
                        for (k, v) in kw.iter() {
                            d.set_str(k, v.clone());
                        }
                        Some(Value::dict(d))
                    }
                }
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().cloned().map(Value::Obj).collect())
                }),
                "__globals__" => Some(Value::Obj(f.globals.clone())),
                "__dict__" => Some(Value::dict(f.dict.borrow().clone())),
                _ => f.dict.borrow().get_str(name).cloned(),
            },
            Kind::Method(m) => match name {
                "__self__" => Some(m.0.clone()),
                "__func__" => Some(m.1.clone()),
                _ => return self.get_attr_opt(&m.1.clone(), name),
            },
            Kind::Native(n) => match name {
                "__name__" | "__qualname__" => Some(Value::str(n.name)),
                "__self__" => n.bound.clone(),
                "__doc__" => Some(Value::None),
                _ => None,
            },
            Kind::Exception(e) => match name {
                "args" => Some(e.args.borrow().clone()),
                "__cause__" => Some(e.cause.borrow().clone()),
                "__context__" => Some(e.context.borrow().clone()),
                "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
                "__traceback__" => Some(self.traceback_object(v)),
                "value" if self.exc_is_instance_of_kind(v, ExcKind::StopIteration) => {
                    let args = e.args.borrow().clone();
                    Some(match args.kind() {
                        Some(Kind::Tuple(t)) if !t.is_empty() => t[0].clone(),
                        _ => Value::None,
                    })
                }
                "code" if self.exc_is_instance_of_kind(v, ExcKind::SystemExit) => {
                    let args = e.args.borrow().clone();
                    Some(match args.kind() {
                        Some(Kind::Tuple(t)) if t.len() == 1 => t[0].clone(),
                        Some(Kind::Tuple(t)) if t.is_empty() => Value::None,
                        _ => args,
                    })
                }
                "name" | "path" if self.exc_is_instance_of_kind(v, ExcKind::ImportError) => Some(Value::None),
                "errno" | "strerror" | "filename" if self.exc_is_instance_of_kind(v, ExcKind::OSError) => {
                    let args = e.args.borrow().seq_items().unwrap_or_default();
                    let idx = match name {
                        "errno" => 0,
                        "strerror" => 1,
                        _ => 2,
                    };
                    Some(if (2..=3).contains(&args.len()) { args.get(idx).cloned().unwrap_or(Value::None) } else { Value::None })
                }
                _ => None,
            },
            Kind::Property(p) => match name {
                "fget" => Some(p[0].clone()),
                "fset" => Some(p[1].clone()),
                "fdel" => Some(p[2].clone()),
                "__doc__" => {
                    // An explicit doc, else the getter's docstring.
                    let (doc, getter) = (p[3].clone(), p[0].clone());
                    if !doc.is_none() || getter.is_none() {
                        Some(doc)
                    } else {
                        self.get_attr_opt(&getter, "__doc__")?
                    }
                }
                _ => None,
            },
            Kind::StaticMethod(f) | Kind::ClassMethod(f) => match name {
                "__func__" => Some(f.clone()),
                _ => None,
            },
            Kind::Range(r) => match name {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            Kind::Slice(s) => match name {
                "start" => Some(s[0].clone()),
                "stop" => Some(s[1].clone()),
                "step" => Some(s[2].clone()),
                _ => None,
            },
            Kind::Int(_) => self.immediate_attr(v, name),
            Kind::Float(f) => self.immediate_attr(&Value::Float(*f), name),
            Kind::Generator(g) => match name {
                "__name__" => Some(Value::str(&g.borrow().name)),
                "__qualname__" => Some(Value::str(&g.borrow().qualname)),
                _ => None,
            },
            Kind::Code(c) => match name {
                "co_name" => Some(Value::str(&c.name)),
                "co_filename" => Some(Value::str(&c.filename)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_varnames" => Some(Value::tuple(c.varnames.iter().map(|n| Value::str(n)).collect())),
                _ => None,
            },
            _ => None,
        })
    }

    fn immediate_attr(&mut self, v: &Value, name: &str) -> Option<Value> {
        match (v, name) {
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (_, "real") | (_, "numerator") => crate::vm::numeric::Num::of(v).map(|n| match n {
                crate::vm::numeric::Num::I(i) => Value::Int(i),
                crate::vm::numeric::Num::B(b) => Value::from_bigint(b),
                crate::vm::numeric::Num::F(f) => Value::Float(f),
            }),
            (_, "imag") => Some(Value::Int(0)),
            (_, "denominator") => Some(Value::Int(1)),
            _ => None,
        }
    }

    /// `setattr(v, name, value)`.
    pub fn set_attr(&mut self, v: &Value, name: &str, value: Value) -> PyResult<()> {
        if self.has_user_class(v) {
            if let Some(f) = self.user_dunder(v, "__setattr__") {
                self.call_method_value(&f, v, &[Value::str(name), value])?;
                return Ok(());
            }
        }
        self.generic_set_attr(v, name, value)
    }

    /// `object.__setattr__`: descriptors, then the instance dict.
    pub fn generic_set_attr(&mut self, v: &Value, name: &str, value: Value) -> PyResult<()> {
        let Some(o) = v.as_obj() else {
            return Err(self.readonly_attr(v, name));
        };
        if name == "__class__" {
            return self.set_class(v, value);
        }
        match &o.kind {
            Kind::Type(t) => {
                if t.builtin {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name, t.name
                    )));
                }
                t.dict.borrow_mut().set_str(name, value);
                crate::objects::types::invalidate_type(o);
                if name == "__getattribute__" {
                    t.custom_getattribute.set(true);
                }
                return Ok(());
            }
            Kind::Module(m) => {
                if let Kind::Dict(d) = &m.globals.kind {
                    d.borrow_mut().set_str(name, value);
                }
                return Ok(());
            }
            Kind::Function(f) => {
                match name {
                    "__name__" => {
                        if let Some(s) = value.as_str() {
                            *f.name.borrow_mut() = Rc::from(s);
                        }
                    }
                    "__qualname__" => {
                        if let Some(s) = value.as_str() {
                            *f.qualname.borrow_mut() = Rc::from(s);
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = value.seq_items().unwrap_or_default();
                    }
                    _ => f.dict.borrow_mut().set_str(name, value),
                }
                return Ok(());
            }
            Kind::Exception(e) => {
                match name {
                    "__cause__" => {
                        *e.cause.borrow_mut() = value;
                        e.suppress_context.set(true);
                    }
                    "__context__" => *e.context.borrow_mut() = value,
                    "__suppress_context__" => e.suppress_context.set(matches!(value, Value::Bool(true))),
                    "args" => {
                        let items = self.collect_iterable(&value)?;
                        *e.args.borrow_mut() = Value::tuple(items);
                    }
                    "__traceback__" => {}
                    _ => {
                        if let Some(p) = self.find_property(v, name) {
                            return self.set_via_property(v, &p, name, value);
                        }
                        e.dict.borrow_mut().set_str(name, value);
                    }
                }
                return Ok(());
            }
            _ => {}
        }
        if let Some(p) = self.find_property(v, name) {
            return self.set_via_property(v, &p, name, value);
        }
        if !self.is_bare_object(v) {
            if let (None, Kind::Instance(i)) = (&o.ext, &o.kind) {
                self.check_slots(v, name)?;
                return self.instance_store(o, i, name, value);
            }
            if let Some(dict) = instance_dict(v) {
                self.check_slots(v, name)?;
                dict.borrow_mut().set_str(name, value);
                return Ok(());
            }
        }
        Err(self.readonly_attr(v, name))
    }

    /// `obj.__class__ = cls` for instances of ordinary user classes.
    fn set_class(&mut self, v: &Value, cls: Value) -> PyResult<()> {
        let Some(new_cls) = cls.as_obj().filter(|c| type_data(c).is_some()).cloned() else {
            return Err(PyErr::type_error(format!("__class__ must be set to a class, not '{}' object", self.type_name(&cls))));
        };
        let new_t = type_data(&new_cls);
        match v.kind() {
            Some(Kind::Instance(i)) if new_t.map(|t| !t.builtin && t.base_layout == Layout::Object).unwrap_or(false) => {
                *i.class.borrow_mut() = new_cls;
                Ok(())
            }
            _ => Err(PyErr::type_error(format!(
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
            ))),
        }
    }

    /// A data member of a built-in layout (`int.real`, `slice.start`, ...).
    fn is_member(&self, v: &Value, name: &str) -> bool {
        match v.kind() {
            Some(Kind::Slice(_) | Kind::Range(_) | Kind::BigRange(_)) => matches!(name, "start" | "stop" | "step"),
            _ => crate::vm::Num::of(v).is_some() && matches!(name, "real" | "imag" | "numerator" | "denominator"),
        }
    }

    /// An instance of `object` itself (`object()`), which has no `__dict__`.
    fn is_bare_object(&self, v: &Value) -> bool {
        matches!(v.kind(), Some(Kind::Instance(i)) if Rc::ptr_eq(&i.class.borrow(), &self.types.object))
    }

    fn readonly_attr(&self, v: &Value, name: &str) -> PyErr {
        // Member descriptors of built-in layouts.
        let member = match v.kind() {
            Some(Kind::Slice(_) | Kind::Range(_) | Kind::BigRange(_)) => matches!(name, "start" | "stop" | "step"),
            _ => false,
        };
        if member {
            return PyErr::attribute_error("readonly attribute");
        }
        if crate::vm::Num::of(v).is_some() && matches!(name, "real" | "imag" | "numerator" | "denominator") {
            return PyErr::attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                name,
                self.type_name(v)
            ));
        }
        let cls = self.type_of(v);
        if lookup(&cls, name).is_some() {
            PyErr::attribute_error(format!("'{}' object attribute '{}' is read-only", self.type_name(v), name))
        } else {
            PyErr::attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(v), name))
        }
    }

    fn find_property(&self, v: &Value, name: &str) -> Option<Value> {
        let cls = self.type_of(v);
        let d = lookup(&cls, name)?;
        match d.kind() {
            Some(Kind::Property(_)) => Some(d),
            _ => None,
        }
    }

    fn set_via_property(&mut self, v: &Value, p: &Value, name: &str, value: Value) -> PyResult<()> {
        let setter = match p.kind() {
            Some(Kind::Property(p)) => p[1].clone(),
            _ => Value::None,
        };
        if setter.is_none() {
            return Err(PyErr::attribute_error(format!(
                "property '{}' of '{}' object has no setter",
                name,
                self.type_name(v)
            )));
        }
        self.call(&setter, &[v.clone(), value], &[])?;
        Ok(())
    }

    fn check_slots(&self, v: &Value, name: &str) -> PyResult<()> {
        let cls = self.type_of(v);
        if let Some(t) = type_data(&cls) {
            if let Some(slots) = &t.slots {
                if !slots.iter().any(|s| &**s == name) {
                    if lookup(&cls, name).is_some() {
                        return Err(PyErr::attribute_error(format!(
                            "'{}' object attribute '{}' is read-only",
                            t.name, name
                        )));
                    }
                    return Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        t.name, name
                    )));
                }
            }
        }
        Ok(())
    }

    /// `delattr(v, name)`.
    pub fn del_attr(&mut self, v: &Value, name: &str) -> PyResult<()> {
        if self.has_user_class(v) {
            if let Some(f) = self.user_dunder(v, "__delattr__") {
                self.call_method_value(&f, v, &[Value::str(name)])?;
                return Ok(());
            }
        }
        if let Some(p) = self.find_property(v, name) {
            let deleter = match p.kind() {
                Some(Kind::Property(p)) => p[2].clone(),
                _ => Value::None,
            };
            if deleter.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "property '{}' of '{}' object has no deleter",
                    name,
                    self.type_name(v)
                )));
            }
            self.call(&deleter, &[v.clone()], &[])?;
            return Ok(());
        }
        let removed = match v.kind() {
            Some(Kind::Type(t)) if !t.builtin => {
                let removed = t.dict.borrow_mut().remove_str(name);
                if let Some(o) = v.as_obj() {
                    crate::objects::types::invalidate_type(o);
                }
                removed
            }
            Some(Kind::Module(m)) => match &m.globals.kind {
                Kind::Dict(d) => d.borrow_mut().remove_str(name),
                _ => None,
            },
            Some(Kind::Function(f)) => f.dict.borrow_mut().remove_str(name),
            _ => delete_own_attr(v, name),
        };
        match removed {
            Some(_) => Ok(()),
            None if self.is_member(v, name) => Err(self.readonly_attr(v, name)),
            None => Err(self.no_attribute(v, name)),
        }
    }

    /// `hasattr`-style probe used by protocol checks: is `name` defined on
    /// the value's class (user or built-in)?
    pub fn class_has(&self, v: &Value, name: &str) -> bool {
        lookup(&self.type_of(v), name).is_some()
    }

    /// Names of a class's attributes along its MRO (for `dir`).
    pub fn class_attr_names(&self, cls: &Obj) -> Vec<Value> {
        let mut out: Vec<Value> = Vec::new();
        for c in mro(cls) {
            if let Some(t) = type_data(&c) {
                for k in t.dict.borrow().keys() {
                    out.push(k);
                }
            }
        }
        out
    }

    /// A user-level `__getattr__`-free lookup of a user class attribute.
    pub fn user_class_attr(&self, v: &Value, name: &str) -> Option<Value> {
        self.user_class_lookup(&self.type_of(v), name)
    }
}

/// Every name declared in `__slots__` along a class's MRO.
fn declared_slots(cls: &Obj) -> Vec<alloc::string::String> {
    let mut out = Vec::new();
    for c in mro(cls) {
        let Some(t) = type_data(&c) else { continue };
        if t.builtin {
            continue;
        }
        let slots = t.dict.borrow().get_str("__slots__").cloned();
        match slots {
            Some(s) => {
                if let Some(one) = s.as_str() {
                    out.push(alloc::string::String::from(one));
                } else if let Some(items) = s.seq_items() {
                    out.extend(items.iter().filter_map(|i| i.as_str().map(alloc::string::String::from)));
                }
            }
            None => {}
        }
    }
    out
}

/// The attribute dict of an instance-like object, if it has one (a plain
/// instance has one only once its attributes moved out of line: see
/// [`own_attr`] for reading attributes either way).
pub fn instance_dict(v: &Value) -> Option<&RefCell<Dict>> {
    let o = v.as_obj()?;
    let dict_obj = match (&o.ext, &o.kind) {
        (Some(ext), _) => &ext.dict,
        (None, Kind::Instance(i)) => return super::instance::dict_of_instance(i),
        (None, Kind::Exception(e)) => return Some(&e.dict),
        _ => return None,
    };
    match &dict_obj.kind {
        Kind::Dict(d) => Some(d),
        _ => None,
    }
}

/// Attribute `name` among `v`'s own attributes (an instance's, a
/// built-in subclass instance's or an exception's), if it has it.
pub fn own_attr(v: &Value, name: &str) -> Option<Value> {
    match super::instance::plain(v) {
        Some((_, i)) => super::instance::get(i, name),
        None => instance_dict(v)?.try_borrow().ok()?.get_str(name).cloned(),
    }
}

/// The names of `v`'s own attributes, in order.
pub fn own_attr_names(v: &Value) -> Vec<Value> {
    match super::instance::plain(v) {
        Some((_, i)) => super::instance::names(i),
        None => instance_dict(v).and_then(|d| d.try_borrow().ok().map(|d| d.keys())).unwrap_or_default(),
    }
}

/// A copy of `v`'s own attributes as a dict.
fn own_attrs_copy(v: &Value) -> Dict {
    let mut d = Dict::new();
    for k in own_attr_names(v) {
        if let (Some(name), Some(x)) = (k.as_str(), k.as_str().and_then(|n| own_attr(v, n))) {
            d.set_str(name, x);
        }
    }
    d
}

/// `del v.name` among `v`'s own attributes: the removed value, if it was
/// there.
pub fn delete_own_attr(v: &Value, name: &str) -> Option<Value> {
    match super::instance::plain(v) {
        Some((o, i)) => super::instance::delete(o, i, name),
        None => instance_dict(v)?.try_borrow_mut().ok()?.remove_str(name),
    }
}

/// The instance `__dict__` as the shared `dict` object, if it has one (a
/// plain instance's attributes move into one now, if still in line).
fn instance_dict_object(v: &Value) -> Option<Obj> {
    let o = v.as_obj()?;
    match (&o.ext, &o.kind) {
        (Some(ext), _) => Some(ext.dict.clone()),
        (None, Kind::Instance(i)) => Some(super::instance::dict_object(o, i)),
        _ => None,
    }
}

/// A native method descriptor for a built-in type's dict.
pub fn native_method(owner: &'static str, name: &'static str, func: crate::objects::value::NativeFn) -> Value {
    Value::new_obj(Kind::Native(NativeFunction { name, func, bound: None, owner: Some(owner) }))
}

/// A native function (module-level or builtin).
pub fn native_function(name: &'static str, func: crate::objects::value::NativeFn) -> Value {
    Value::new_obj(Kind::Native(NativeFunction { name, func, bound: None, owner: None }))
}
