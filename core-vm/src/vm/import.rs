//! `import`: built-in native modules, `.py` modules found through the
//! embedder's [`Host::find_module`](super::Host::find_module), packages,
//! relative imports, `from m import name`, and `import *`.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::objects::value::{Kind, Module};
use crate::objects::{Dict, ExcKind, Obj, PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// Create a module object with a fresh namespace.
    pub fn new_module(&mut self, name: &str, dict: Dict) -> Value {
        let mut dict = dict;
        if dict.get_str("__name__").is_none() {
            dict.set_str("__name__", Value::str(name));
        }
        let globals = match Value::dict(dict) {
            Value::Obj(o) => o,
            _ => return Value::None,
        };
        Value::new_obj(Kind::Module(Box::new(Module { name: Rc::from(name), globals })))
    }

    fn modules_get(&self, name: &str) -> Option<Value> {
        match &self.modules.kind {
            Kind::Dict(d) => d.borrow().get_str(name).cloned(),
            _ => None,
        }
    }

    fn modules_set(&self, name: &str, m: Value) {
        if let Kind::Dict(d) = &self.modules.kind {
            d.borrow_mut().set_str(name, m);
        }
    }

    fn modules_remove(&self, name: &str) {
        if let Kind::Dict(d) = &self.modules.kind {
            d.borrow_mut().remove_str(name);
        }
    }

    /// `import name` (with `fromlist` and relative `level`), returning what
    /// the `IMPORT_NAME` instruction pushes.
    pub fn import(&mut self, name: &str, fromlist: &Value, level: u32, globals: &Obj) -> PyResult<Value> {
        let full = if level > 0 { self.resolve_relative(name, level, globals)? } else { String::from(name) };
        if full.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        let mut module = Value::None;
        let mut prefix = String::new();
        let mut top = Value::None;
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_one(&prefix)?;
            if i == 0 {
                top = m.clone();
            } else if let Some(parent) = Some(&module) {
                // Bind the submodule as an attribute of its parent.
                self.generic_set_attr(parent, part, m.clone())?;
            }
            module = m;
        }
        let has_fromlist = match fromlist.kind() {
            Some(Kind::Tuple(t)) => !t.is_empty(),
            _ => !fromlist.is_none(),
        };
        if has_fromlist || level > 0 && name.is_empty() {
            return Ok(module);
        }
        if level > 0 {
            return Ok(module);
        }
        Ok(top)
    }

    fn resolve_relative(&mut self, name: &str, level: u32, globals: &Obj) -> PyResult<String> {
        let (pkg, modname, is_pkg) = match &globals.kind {
            Kind::Dict(d) => {
                let d = d.borrow();
                (
                    d.get_str("__package__").and_then(|v| v.as_str().map(String::from)),
                    d.get_str("__name__").and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
                    d.get_str("__path__").is_some(),
                )
            }
            _ => (None, String::new(), false),
        };
        let mut base = match pkg {
            Some(p) => p,
            None => {
                if is_pkg {
                    modname
                } else {
                    match modname.rfind('.') {
                        Some(i) => String::from(&modname[..i]),
                        None => String::new(),
                    }
                }
            }
        };
        if base.is_empty() {
            return Err(PyErr::new(ExcKind::ImportError, "attempted relative import with no known parent package"));
        }
        for _ in 1..level {
            match base.rfind('.') {
                Some(i) => base.truncate(i),
                None => {
                    return Err(PyErr::new(ExcKind::ImportError, "attempted relative import beyond top-level package"));
                }
            }
        }
        if name.is_empty() {
            Ok(base)
        } else {
            Ok(format!("{}.{}", base, name))
        }
    }

    /// Import one fully-qualified module (its parents are already imported).
    fn import_one(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.modules_get(full) {
            return Ok(m);
        }
        if let Some((_, init)) = self.native_modules.iter().find(|(n, _)| *n == full) {
            let init = *init;
            let dict = init(self)?;
            let m = self.new_module(full, dict);
            self.modules_set(full, m.clone());
            return Ok(m);
        }
        let Some((filename, source, is_package)) = self.host.find_module(full) else {
            return Err(self.import_error(ExcKind::ModuleNotFoundError, format!("No module named '{}'", full), full));
        };
        let mut dict = Dict::new();
        dict.set_str("__name__", Value::str(full));
        dict.set_str("__file__", Value::str(&filename));
        let package = if is_package {
            dict.set_str("__path__", Value::list(alloc::vec![Value::str(&filename)]));
            String::from(full)
        } else {
            match full.rfind('.') {
                Some(i) => String::from(&full[..i]),
                None => String::new(),
            }
        };
        dict.set_str("__package__", Value::string(package));
        let m = self.new_module(full, dict);
        self.modules_set(full, m.clone());
        let code = match self.compile_source(&source, &filename, crate::compiler::Mode::Module) {
            Ok(c) => c,
            Err(e) => {
                self.modules_remove(full);
                return Err(e);
            }
        };
        let globals = match &m.kind() {
            Some(Kind::Module(md)) => md.globals.clone(),
            _ => return Err(PyErr::new(ExcKind::SystemError, "bad module")),
        };
        if let Err(e) = self.exec_code(code, globals, None) {
            self.modules_remove(full);
            return Err(e);
        }
        Ok(m)
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        let modname = match module.kind() {
            Some(Kind::Module(m)) => String::from(&*m.name),
            _ => String::new(),
        };
        let sub = format!("{}.{}", modname, name);
        if let Ok(m) = self.import_one(&sub) {
            self.generic_set_attr(module, name, m.clone())?;
            return Ok(m);
        }
        let location = match self.get_attr_opt(module, "__file__")? {
            Some(f) => String::from(f.as_str().unwrap_or("unknown location")),
            None => String::from("unknown location"),
        };
        Err(self.import_error(
            ExcKind::ImportError,
            format!("cannot import name '{}' from '{}' ({})", name, modname, location),
            &modname,
        ))
    }

    /// An `ImportError` (or subclass) with its `name` attribute set.
    fn import_error(&mut self, kind: ExcKind, msg: String, module: &str) -> PyErr {
        let cls = self.types.exc(kind).clone();
        let exc = self.new_exception(cls, alloc::vec![Value::string(msg)]);
        if let Some(e) = self.exc_data(&exc) {
            e.dict.borrow_mut().set_str("name", Value::str(module));
        }
        PyErr::from_obj(exc)
    }

    /// The names `from module import *` binds.
    pub fn public_names(&mut self, module: &Value) -> PyResult<Vec<(Value, Value)>> {
        let Some(Kind::Module(m)) = module.kind() else { return Ok(Vec::new()) };
        let globals = Value::Obj(m.globals.clone());
        let all = match &m.globals.kind {
            Kind::Dict(d) => d.borrow().get_str("__all__").cloned(),
            _ => None,
        };
        let mut out = Vec::new();
        match all {
            Some(names) => {
                for n in self.collect_iterable(&names)? {
                    let v = self.getitem(&globals, &n)?;
                    out.push((n, v));
                }
            }
            None => {
                if let Kind::Dict(d) = &m.globals.kind {
                    for (k, v) in d.borrow().items() {
                        if !k.as_str().map(|s| s.starts_with('_')).unwrap_or(true) {
                            out.push((k, v));
                        }
                    }
                }
            }
        }
        Ok(out)
    }
}
