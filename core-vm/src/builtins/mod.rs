//! The `builtins` namespace: built-in functions, the constructors of the
//! built-in types, and the methods of each built-in type (one file per type
//! family). [`install`] fills a new VM's builtins.

mod ctors;
mod functions;
pub mod methods;

use alloc::format;
use alloc::rc::Rc;

use crate::objects::types::type_data;
use crate::objects::value::NativeFn;
use crate::objects::{ExcKind, Obj, PyErr, PyResult, Value};
use crate::vm::{native_function, native_method, Vm};

/// Keyword arguments of a native call.
pub type Kwargs<'a> = &'a [(Rc<str>, Value)];

/// Fill the builtins namespace of a new VM.
pub fn install(vm: &mut Vm) {
    ctors::install(vm);
    functions::install(vm);
    methods::install(vm);
    // Types and exceptions by name.
    let types: alloc::vec::Vec<Obj> = vm.types.all_core().into_iter().cloned().collect();
    for t in types {
        let name = type_data(&t).map(|d| alloc::string::String::from(&*d.name)).unwrap_or_default();
        vm.builtins_dict().borrow_mut().set_str(&name, Value::Obj(t));
    }
    let excs = vm.types.exceptions.clone();
    for (kind, cls) in ExcKind::ALL.iter().zip(excs) {
        vm.builtins_dict().borrow_mut().set_str(kind.name(), Value::Obj(cls));
    }
    let os_error = vm.types.exc(ExcKind::OSError).clone();
    vm.builtins_dict().borrow_mut().set_str("IOError", Value::Obj(os_error.clone()));
    vm.builtins_dict().borrow_mut().set_str("EnvironmentError", Value::Obj(os_error));
    let ni = vm.not_implemented.clone();
    let el = vm.ellipsis.clone();
    let mut b = vm.builtins_dict().borrow_mut();
    b.set_str("NotImplemented", ni);
    b.set_str("Ellipsis", el);
    b.set_str("None", Value::None);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("__debug__", Value::Bool(true));
}

/// Register a built-in function in the builtins namespace.
pub fn def_builtin(vm: &mut Vm, name: &'static str, f: NativeFn) {
    vm.builtins_dict().borrow_mut().set_str(name, native_function(name, f));
}

/// Register methods on a built-in type.
pub fn def_methods(ty: &Obj, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    if let Some(t) = type_data(ty) {
        let mut d = t.dict.borrow_mut();
        for (name, f) in methods {
            d.set_str(name, native_method(owner, name, *f));
        }
    }
}

/// Register a class-level (unbound, no receiver) function on a type, e.g.
/// `dict.fromkeys`, as a classmethod.
pub fn def_classmethod(ty: &Obj, name: &'static str, f: NativeFn) {
    if let Some(t) = type_data(ty) {
        let func = native_function(name, f);
        t.dict.borrow_mut().set_str(name, Value::new_obj(crate::objects::Kind::ClassMethod(func)));
    }
}

/// Register a static function on a type (e.g. `str.maketrans`).
pub fn def_staticmethod(ty: &Obj, name: &'static str, f: NativeFn) {
    if let Some(t) = type_data(ty) {
        let func = native_function(name, f);
        t.dict.borrow_mut().set_str(name, Value::new_obj(crate::objects::Kind::StaticMethod(func)));
    }
}

/// Check a native function's positional argument count, with CPython's
/// wording (`len() takes exactly one argument (2 given)` style).
pub fn check_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(PyErr::type_error(if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", name, n),
            1 => format!("{}() takes exactly one argument ({} given)", name, n),
            _ => format!("{} expected {} arguments, got {}", name, min, n),
        }
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
    }))
}

/// For methods: `args[0]` is the receiver; check the rest's count with
/// CPython's method wording.
pub fn check_method_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    Err(PyErr::type_error(if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", name, n),
            1 => format!("{}() takes exactly one argument ({} given)", name, n),
            _ => format!("{} expected {} arguments, got {}", name, min, n),
        }
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
    }))
}

/// Reject keyword arguments for functions that take none.
pub fn no_kwargs(name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)))
    }
}

/// Find a keyword argument by name.
pub fn kwarg<'a>(kw: Kwargs<'a>, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

/// Reject keyword arguments other than `allowed`.
pub fn only_kwargs(fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&&**k) {
            return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k)));
        }
    }
    Ok(())
}

/// The receiver of a method call (`args[0]`), or a TypeError.
pub fn receiver<'a>(args: &'a [Value], method: &str) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| PyErr::type_error(format!("descriptor '{}' needs an argument", method)))
}
