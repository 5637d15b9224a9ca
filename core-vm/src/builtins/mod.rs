//! The `builtins` namespace: built-in functions, the constructors of the
//! built-in types, and the methods of each built-in type (one file per type
//! family). [`install`] fills a new VM's builtins. The argument helpers
//! shared by all of them ([`check_arity`], [`check_positional`],
//! [`parse_args`], ...) reproduce CPython's argument-error messages.

mod ctors;
pub(crate) mod functions;
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
        if kind.krait_only() {
            continue;
        }
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
    check_arity(name, args.get(1..).unwrap_or(&[]), min, max)
}

/// Check a positional argument count the way CPython's
/// `_PyArg_CheckPositional` does (`reversed expected 1 argument, got 0`).
pub fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let (bound, word) = if n < min {
        (min, if min == max { "" } else { "at least " })
    } else if n > max {
        (max, if min == max { "" } else { "at most " })
    } else {
        return Ok(());
    };
    Err(PyErr::type_error(format!("{} expected {}{} argument{}, got {}", name, word, bound, plural(bound), n)))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The signature of a built-in with CPython argument-clinic parsing, for
/// [`parse_args`].
pub struct Sig {
    /// The function name used in messages (`sum` gives `sum() ...`).
    pub name: &'static str,
    /// Every parameter name, in order.
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters are required.
    pub required: usize,
    /// How many parameters may be passed by position.
    pub maxpos: usize,
}

/// Bind `args` and `kw` to the parameters of `sig` (one slot per
/// parameter, `None` when not given), with the checks and messages of
/// CPython's `_PyArg_UnpackKeywords`.
pub fn parse_args(sig: &Sig, args: &[Value], kw: Kwargs) -> PyResult<alloc::vec::Vec<Option<Value>>> {
    check_counts(sig, args.len(), args.len() + kw.len())?;
    let n = args.len();
    let mut out: alloc::vec::Vec<Option<Value>> = alloc::vec![None; sig.params.len()];
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(a.clone());
    }
    let mut left = kw.len();
    for (i, slot) in out.iter_mut().enumerate().skip(n.max(sig.posonly)) {
        let name = sig.params.get(i).copied().unwrap_or("");
        match if left > 0 { kwarg(kw, name) } else { None } {
            Some(v) => {
                left -= 1;
                *slot = Some(v.clone());
            }
            None if i < sig.required => {
                return Err(PyErr::type_error(format!("{}() missing required argument '{}' (pos {})", sig.name, name, i + 1)));
            }
            None => {}
        }
    }
    if left > 0 {
        return Err(bad_keyword(sig, n, kw));
    }
    Ok(out)
}

/// The argument-count checks of [`parse_args`]: `n` positional arguments,
/// `total` with the keywords.
fn check_counts(sig: &Sig, n: usize, total: usize) -> PyResult<()> {
    let (f, max) = (sig.name, sig.params.len());
    if total > max {
        let keyword = if n == 0 { "keyword " } else { "" };
        return Err(PyErr::type_error(format!("{}() takes at most {} {}argument{} ({} given)", f, max, keyword, plural(max), total)));
    }
    if n > sig.maxpos {
        if sig.maxpos == 0 {
            return Err(PyErr::type_error(format!("{}() takes no positional arguments", f)));
        }
        let word = if sig.required < sig.maxpos { "at most" } else { "exactly" };
        return Err(positional_count(f, word, sig.maxpos, n));
    }
    let min_posonly = sig.posonly.min(sig.required);
    if n < min_posonly {
        let word = if min_posonly < sig.maxpos { "at least" } else { "exactly" };
        return Err(positional_count(f, word, min_posonly, n));
    }
    Ok(())
}

fn positional_count(f: &str, word: &str, count: usize, given: usize) -> PyErr {
    PyErr::type_error(format!("{}() takes {} {} positional argument{} ({} given)", f, word, count, plural(count), given))
}

/// The error for keyword arguments [`parse_args`] could not place.
fn bad_keyword(sig: &Sig, n: usize, kw: Kwargs) -> PyErr {
    for (i, name) in sig.params.iter().enumerate().take(n).skip(sig.posonly) {
        if kwarg(kw, name).is_some() {
            return PyErr::type_error(format!("argument for {}() given by name ('{}') and position ({})", sig.name, name, i + 1));
        }
    }
    invalid_keyword(sig.name, kw, sig.params.get(sig.posonly..).unwrap_or(&[]))
}

/// `'x' is an invalid keyword argument for f()` for the first keyword not
/// in `allowed`.
pub fn invalid_keyword(fname: &str, kw: Kwargs, allowed: &[&str]) -> PyErr {
    match kw.iter().find(|(k, _)| !allowed.contains(&&**k)) {
        Some((k, _)) => PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname)),
        None => PyErr::type_error(format!("invalid keyword argument for {}()", fname)),
    }
}

/// Reject keywords other than `allowed` with CPython's
/// `'x' is an invalid keyword argument for f()` wording.
pub fn check_kwnames(fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    if kw.iter().all(|(k, _)| allowed.contains(&&**k)) {
        Ok(())
    } else {
        Err(invalid_keyword(fname, kw, allowed))
    }
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
