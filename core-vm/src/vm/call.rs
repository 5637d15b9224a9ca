//! Calling: functions, bound methods, native functions, classes
//! (`__new__` + `__init__`), callable instances; and binding arguments to
//! parameters with CPython's error messages.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::{flags, Code};
use crate::interp::frame::Frame;
use crate::objects::types::{lookup, type_data};
use crate::objects::value::{Function, Kind, Layout};
use crate::objects::{Dict, Obj, PyErr, PyResult, Value};

use super::Vm;

/// Arguments of a native call, for helpers that parse them.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Rc<str>, Value)],
}

impl Vm {
    /// Call `f(*args, **kwargs)`.
    pub fn call(&mut self, f: &Value, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> PyResult<Value> {
        let Value::Obj(o) = f else {
            return Err(self.not_callable(f));
        };
        match &o.kind {
            Kind::Function(func) => {
                let frame = self.make_frame(o, func, args, kwargs)?;
                if func.code.is_generator() {
                    return Ok(crate::interp::generator::new_generator(frame, func));
                }
                crate::interp::run_frame(self, frame)
            }
            Kind::Native(n) => match &n.bound {
                Some(this) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(this.clone());
                    full.extend_from_slice(args);
                    (n.func)(self, &full, kwargs)
                }
                None => (n.func)(self, args, kwargs),
            },
            Kind::Method(m) => {
                let (this, func) = (m.0.clone(), m.1.clone());
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(this);
                full.extend_from_slice(args);
                self.call(&func, &full, kwargs)
            }
            Kind::Type(_) => self.instantiate(o, args, kwargs),
            _ => {
                if let Some(c) = self.user_class_attr(f, "__call__") {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(f.clone());
                    full.extend_from_slice(args);
                    return self.call(&c, &full, kwargs);
                }
                let cls = self.type_of(f);
                if let Some(c) = lookup(&cls, "__call__") {
                    let bound = self.bind_descriptor(c, f)?;
                    return self.call(&bound, args, kwargs);
                }
                Err(self.not_callable(f))
            }
        }
    }

    fn not_callable(&self, f: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not callable", self.type_name(f)))
    }

    /// True if `f` can be called.
    pub fn is_callable(&self, f: &Value) -> bool {
        match f.kind() {
            Some(Kind::Function(_) | Kind::Native(_) | Kind::Method(_) | Kind::Type(_)) => true,
            Some(_) => lookup(&self.type_of(f), "__call__").is_some(),
            None => false,
        }
    }

    /// Create `cls(*args, **kwargs)`.
    /// For an ordinary class (plain object layout, no Python `__new__`,
    /// an `__init__` written in Python that is not a generator): that
    /// `__init__`. Calling such a class is "make an instance, run
    /// `__init__`", which the interpreter does in its own loop.
    pub fn plain_init(&self, cls: &Obj) -> Option<Obj> {
        let t = type_data(cls)?;
        if t.builtin || t.base_layout != Layout::Object || Rc::ptr_eq(cls, &self.types.object) {
            return None;
        }
        if self.user_class_lookup(cls, "__new__").is_some() {
            return None;
        }
        let init = self.user_class_lookup(cls, "__init__")?;
        match init.kind() {
            Some(Kind::Function(func)) if !func.code.is_generator() => init.as_obj().cloned(),
            _ => None,
        }
    }

    pub fn instantiate(&mut self, cls: &Obj, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> PyResult<Value> {
        let Some(t) = type_data(cls) else { return Err(PyErr::type_error("not a type")) };
        if t.builtin {
            if let Some(ctor) = t.ctor.get() {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(cls.clone()));
                full.extend_from_slice(args);
                return ctor(self, &full, kwargs);
            }
            if t.exc_base.is_some() {
                if !kwargs.is_empty() {
                    return Err(PyErr::type_error(format!("{}() takes no keyword arguments", t.name)));
                }
                return Ok(self.new_exception(cls.clone(), args.to_vec()));
            }
            return Err(PyErr::type_error(format!("cannot create '{}' instances", t.name)));
        }
        // A user class.
        let user_new = self.user_class_lookup(cls, "__new__");
        let user_init = self.user_class_lookup(cls, "__init__");
        let obj = match &user_new {
            Some(new) => {
                let new = match new.kind() {
                    Some(Kind::StaticMethod(f)) => f.clone(),
                    _ => new.clone(),
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Obj(cls.clone()));
                full.extend_from_slice(args);
                self.call(&new, &full, kwargs)?
            }
            None => {
                if user_init.is_none() && (!args.is_empty() || !kwargs.is_empty()) && self.base_takes_no_args(cls) {
                    return Err(PyErr::type_error(format!("{}() takes no arguments", t.name)));
                }
                self.default_new(cls, args, kwargs)?
            }
        };
        if !self.is_instance(&obj, cls) {
            return Ok(obj);
        }
        match user_init {
            Some(init) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend_from_slice(args);
                let r = self.call(&init, &full, kwargs)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            None => {
                if user_new.is_none() {
                    self.native_init(cls, &obj, args, kwargs)?;
                }
            }
        }
        Ok(obj)
    }

    fn base_takes_no_args(&self, cls: &Obj) -> bool {
        type_data(cls).map(|t| t.base_layout == Layout::Object).unwrap_or(true)
    }

    /// `object.__new__(cls)` for any layout: an empty instance of `cls`
    /// (built-in layouts get their value from `args` where immutable).
    pub fn default_new(&mut self, cls: &Obj, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> PyResult<Value> {
        use crate::objects::value::{Ext, Instance};
        use alloc::boxed::Box;
        use core::cell::RefCell;
        let Some(t) = type_data(cls) else { return Err(PyErr::type_error("not a type")) };
        let ext = || Some(Box::new(Ext { class: cls.clone(), dict: crate::objects::value::attr_dict(Dict::new()) }));
        let wrap = |kind: Kind| Value::Obj(crate::objects::PyObject::new(kind, ext()));
        Ok(match t.base_layout {
            Layout::Object | Layout::Type | Layout::Final => Value::new_obj(Kind::Instance(Instance::new(cls.clone(), self.shapes.root()))),
            Layout::Exception => {
                let e = self.new_exception(cls.clone(), args.to_vec());
                e
            }
            Layout::List => wrap(Kind::List(RefCell::new(Vec::new()))),
            Layout::Dict => wrap(Kind::Dict(Box::new(RefCell::new(Dict::new())))),
            Layout::Set => wrap(Kind::Set(RefCell::new(Default::default()))),
            Layout::Int => {
                let int_cls = Value::Obj(self.types.int.clone());
                let v = self.call(&int_cls, args, kwargs)?;
                let b = match super::numeric::Num::of(&v) {
                    Some(n) => n.to_big().unwrap_or_default(),
                    None => Default::default(),
                };
                wrap(Kind::Int(b))
            }
            Layout::Float => {
                let fcls = Value::Obj(self.types.float.clone());
                let v = self.call(&fcls, args, kwargs)?;
                wrap(Kind::Float(match v {
                    Value::Float(f) => f,
                    _ => 0.0,
                }))
            }
            Layout::Str => {
                let scls = Value::Obj(self.types.str_.clone());
                let v = self.call(&scls, args, kwargs)?;
                wrap(Kind::Str(crate::objects::PyStr::new(v.as_str().unwrap_or(""))))
            }
            Layout::Tuple => {
                let items = match args.first() {
                    Some(a) => self.collect_iterable(a)?,
                    None => Vec::new(),
                };
                wrap(Kind::Tuple(items.into_boxed_slice()))
            }
        })
    }

    /// The built-in `__init__` of a layout (list/dict/set subclasses fill
    /// themselves from the arguments).
    pub fn native_init(&mut self, cls: &Obj, obj: &Value, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> PyResult<()> {
        let layout = type_data(cls).map(|t| t.base_layout).unwrap_or(Layout::Object);
        match layout {
            Layout::List => {
                if let Some(a) = args.first() {
                    let items = self.collect_iterable(a)?;
                    if let Some(Kind::List(l)) = obj.kind() {
                        *l.borrow_mut() = items;
                    }
                }
            }
            Layout::Dict => {
                if let Some(a) = args.first() {
                    self.dict_update_from(obj, a)?;
                }
                for (k, v) in kwargs {
                    self.setitem(obj, &Value::str(k), v.clone())?;
                }
            }
            Layout::Set => {
                if let Some(a) = args.first() {
                    let items = self.collect_iterable(a)?;
                    for it in items {
                        self.set_add(obj, it)?;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Build the frame for calling a Python function: bind the arguments to
    /// the parameters, create cells.
    pub fn make_frame(
        &mut self,
        fobj: &Obj,
        func: &Function,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> PyResult<Box<Frame>> {
        let code = func.code.clone();
        let mut frame = self.new_frame(code.clone(), func.globals.clone(), Some(fobj.clone()));
        if kwargs.is_empty()
            && args.len() == code.argcount as usize
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
        {
            for (i, a) in args.iter().enumerate() {
                frame.locals[i] = a.clone();
            }
        } else {
            self.bind_slow(func, &code, &mut frame.locals, args, kwargs)?;
        }
        frame.init_cells(&code, &func.closure);
        Ok(frame)
    }

    fn bind_slow(
        &mut self,
        func: &Function,
        code: &Code,
        locals: &mut [Value],
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> PyResult<()> {
        let qual = func.qualname.borrow().clone();
        let nargs = code.argcount as usize;
        let nposonly = code.posonlyargcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let mut slot = nargs + nkwonly;
        let varargs_slot = if has_varargs {
            slot += 1;
            Some(slot - 1)
        } else {
            None
        };
        let varkw_slot = if has_varkw { Some(slot) } else { None };

        // Positional arguments.
        let npos = args.len().min(nargs);
        for i in 0..npos {
            locals[i] = args[i].clone();
        }
        if args.len() > nargs {
            match varargs_slot {
                Some(s) => locals[s] = Value::tuple(args[nargs..].to_vec()),
                None => {
                    return Err(self.too_many_positional(&qual, func, code, args.len(), kwargs));
                }
            }
        } else if let Some(s) = varargs_slot {
            locals[s] = Value::tuple(Vec::new());
        }
        // Keyword arguments.
        let mut extra = Dict::new();
        let mut posonly_as_kw: Vec<Rc<str>> = Vec::new();
        for (name, value) in kwargs {
            let idx = code.varnames[..nargs + nkwonly].iter().position(|v| v == name);
            match idx {
                Some(i) if i >= nposonly => {
                    if !matches!(locals[i], Value::Null) {
                        return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", qual, name)));
                    }
                    locals[i] = value.clone();
                }
                _ => {
                    if varkw_slot.is_some() {
                        let key = Value::str(name);
                        if extra.get_str(name).is_some() {
                            return Err(PyErr::type_error(format!("{}() got multiple values for keyword argument '{}'", qual, name)));
                        }
                        extra.set_str_value(key, value.clone());
                    } else if idx.is_some() {
                        posonly_as_kw.push(name.clone());
                    } else {
                        return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", qual, name)));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|n| String::from(&**n)).collect();
            return Err(PyErr::type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qual,
                names.join(", ")
            )));
        }
        if let Some(s) = varkw_slot {
            locals[s] = Value::dict(extra);
        }
        // Defaults.
        let defaults = func.defaults.borrow();
        let first_default = nargs.saturating_sub(defaults.len());
        let mut missing: Vec<Rc<str>> = Vec::new();
        for i in 0..nargs {
            if matches!(locals[i], Value::Null) {
                if i >= first_default {
                    locals[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qual, "positional", &missing));
        }
        let kwdefaults = func.kwdefaults.borrow();
        for i in nargs..nargs + nkwonly {
            if matches!(locals[i], Value::Null) {
                let name = &code.varnames[i];
                match kwdefaults.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => locals[i] = v.clone(),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qual, "keyword-only", &missing));
        }
        Ok(())
    }

    fn too_many_positional(&self, qual: &str, func: &Function, code: &Code, given: usize, kwargs: &[(Rc<str>, Value)]) -> PyErr {
        let nargs = code.argcount as usize;
        let ndefaults = func.defaults.borrow().len();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", nargs - ndefaults.min(nargs), nargs)
        } else {
            format!("{} positional argument{}", nargs, if nargs == 1 { "" } else { "s" })
        };
        let nkwonly_given = kwargs
            .iter()
            .filter(|(n, _)| code.varnames[nargs..nargs + code.kwonlyargcount as usize].iter().any(|v| v == n))
            .count();
        let was = if given == 1 { "was" } else { "were" };
        if nkwonly_given > 0 {
            format!(
                "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) were given",
                qual,
                takes,
                given,
                if given == 1 { "" } else { "s" },
                nkwonly_given,
                if nkwonly_given == 1 { "" } else { "s" }
            )
            .into_err()
        } else {
            format!("{}() takes {} but {} {} given", qual, takes, given, was).into_err()
        }
    }
}

trait IntoErr {
    fn into_err(self) -> PyErr;
}

impl IntoErr for String {
    fn into_err(self) -> PyErr {
        PyErr::type_error(self)
    }
}

fn missing_error(qual: &str, what: &str, missing: &[Rc<str>]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|n| format!("'{}'", n)).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => {
            let (last, rest) = quoted.split_last().map(|(l, r)| (l.clone(), r.to_vec())).unwrap_or_default();
            format!("{}, and {}", rest.join(", "), last)
        }
    };
    PyErr::type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qual,
        missing.len(),
        what,
        if missing.len() == 1 { "" } else { "s" },
        list
    ))
}
