//! `os.environ` and the environment functions. `environ` is an instance
//! of `os._Environ`, a dict-layout object (so every read-only dict
//! operation applies) whose writes check for `str` keys and values and
//! go through to the process environment like CPython's `putenv`.
//! `getenv` reads whatever `os.environ` currently is.

use std::cell::RefCell;

use core_vm::objects::types::new_type;
use core_vm::objects::value::{Layout, NativeFn};
use core_vm::objects::{Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};
use core_vm::vm::native_method;
use core_vm::Vm;

use super::args::{bind, PySig};
use super::{fspath, os_error_value, positional, Kwargs};

/// The environment functions of `os`.
pub(crate) const FUNCTIONS: &[(&str, NativeFn)] = &[("getenv", getenv), ("putenv", putenv), ("unsetenv", unsetenv)];

/// The methods `_Environ` adds to or overrides on `dict`.
const METHODS: &[(&str, NativeFn)] = &[
    ("__getitem__", env_getitem),
    ("__setitem__", env_setitem),
    ("__delitem__", env_delitem),
    ("__contains__", env_contains),
    ("__repr__", env_repr),
    ("__or__", env_or),
    ("__ror__", env_ror),
    ("__ior__", env_ior),
    ("get", env_get),
    ("setdefault", env_setdefault),
    ("pop", env_pop),
    ("popitem", env_popitem),
    ("clear", env_clear),
    ("update", env_update),
    ("copy", env_copy),
];

/// The `os._Environ` class: a `dict` subclass with checked writes.
fn environ_class(vm: &mut Vm) -> Obj {
    let mut cd = Dict::new();
    for (name, f) in METHODS {
        cd.set_str(name, native_method("_Environ", name, *f));
    }
    let (dict, obj) = (vm.types.dict.clone(), vm.types.object.clone());
    new_type("_Environ", "os", vec![dict.clone()], vec![dict, obj], cd, Layout::Dict, false)
}

/// A new `os.environ` holding the process environment.
pub(crate) fn new_environ(vm: &mut Vm) -> Value {
    let mut env = Dict::new();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned());
        env.set_str(&k, Value::string(v));
    }
    let cls = environ_class(vm);
    vm.new_object_with_class(&cls, Kind::Dict(Box::new(RefCell::new(env))), Dict::new())
}

/// The current `os.environ` (as `os.getenv` sees it), if `os` is loaded.
pub(crate) fn current_environ(vm: &mut Vm) -> Option<Value> {
    super::os_global(vm, "environ")
}

/// `os.environ[key]` as `os.path.expanduser`/`expandvars` read it.
pub(crate) fn lookup_env(vm: &mut Vm, key: &str) -> PyResult<Option<Value>> {
    let Some(env) = current_environ(vm) else {
        return Ok(std::env::var(key).ok().map(Value::string));
    };
    match vm.getitem(&env, &Value::str(key)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, ExcKind::KeyError) => Ok(None),
        Err(e) => Err(e),
    }
}

// ----- the process environment ------------------------------------------------------

/// An environment string argument (`str expected, not int`).
fn env_str(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(PyErr::type_error(format!("str expected, not {}", vm.type_name(v)))),
    }
}

/// `EINVAL` as an `OSError`.
fn einval(vm: &mut Vm) -> PyErr {
    PyErr::from_obj(os_error_value(vm, 22, None, None))
}

/// The C `setenv`: CPython's checks, then `std::env::set_var` (which
/// would panic on the inputs rejected here).
fn set_process_var(vm: &mut Vm, key: &str, value: &str) -> PyResult<()> {
    if key.contains('\0') || value.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    if key.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if key.is_empty() {
        return Err(einval(vm));
    }
    std::env::set_var(key, value);
    Ok(())
}

/// The C `unsetenv`.
fn unset_process_var(vm: &mut Vm, key: &str) -> PyResult<()> {
    if key.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    if key.is_empty() || key.contains('=') {
        return Err(einval(vm));
    }
    std::env::remove_var(key);
    Ok(())
}

/// A `putenv`/`unsetenv` argument: a path-like converted to `str`.
fn fs_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let p = fspath(vm, v)?;
    Ok(String::from_utf8_lossy(&p.bytes).into_owned())
}

/// `os.getenv(key, default=None)`: `os.environ.get(key, default)`.
fn getenv(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let sig = PySig { name: "getenv", params: &["key", "default"], required: 1, varargs: false, kwonly: &[] };
    let b = bind(&sig, args, kw)?;
    let (key, default) = (b.or_none(0), b.or_none(1));
    match current_environ(vm) {
        Some(env) => vm.call_method(&env, "get", &[key, default]),
        None => {
            let k = env_str(vm, &key)?;
            Ok(std::env::var(k).map(Value::string).unwrap_or(default))
        }
    }
}

/// `os.putenv(name, value)`: the process environment only.
fn putenv(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = positional("putenv", 2, args, kw)?;
    let (k, v) = (fs_str(vm, &a[0])?, fs_str(vm, &a[1])?);
    set_process_var(vm, &k, &v)?;
    Ok(Value::None)
}

/// `os.unsetenv(name)`.
fn unsetenv(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = positional("unsetenv", 1, args, kw)?;
    let k = fs_str(vm, &a[0])?;
    unset_process_var(vm, &k)?;
    Ok(Value::None)
}

// ----- _Environ methods -------------------------------------------------------------

/// Bind a method's arguments (`params` include `self`).
fn method(name: &'static str, params: &'static [&'static str], required: usize, args: &[Value], kw: Kwargs) -> PyResult<Vec<Value>> {
    let sig = PySig { name, params, required, varargs: false, kwonly: &[] };
    let b = bind(&sig, args, kw)?;
    Ok(b.slots.into_iter().map(|s| s.unwrap_or(Value::Null)).collect())
}

/// The table of an `_Environ` (or any dict-layout value).
fn table(v: &Value) -> PyResult<&RefCell<Dict>> {
    match v.kind() {
        Some(Kind::Dict(d)) => Ok(d),
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

/// `self[key]` without the `KeyError`.
fn read(me: &Value, key: &str) -> PyResult<Option<Value>> {
    let t = table(me)?.try_borrow().map_err(|_| PyErr::runtime("dictionary changed during iteration"))?;
    Ok(t.get_str(key).cloned())
}

/// `self[key] = value` after the checks (also `putenv`).
fn write(vm: &mut Vm, me: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let (k, v) = (env_str(vm, key)?, env_str(vm, value)?);
    set_process_var(vm, &k, &v)?;
    let mut t = table(me)?.try_borrow_mut().map_err(|_| PyErr::runtime("dictionary changed during iteration"))?;
    t.set_str(&k, Value::string(v));
    Ok(())
}

/// `del self[key]` (also `unsetenv`).
fn delete(vm: &mut Vm, me: &Value, key: &Value) -> PyResult<()> {
    let k = env_str(vm, key)?;
    unset_process_var(vm, &k)?;
    let mut t = table(me)?.try_borrow_mut().map_err(|_| PyErr::runtime("dictionary changed during iteration"))?;
    match t.remove_str(&k) {
        Some(_) => Ok(()),
        None => Err(PyErr::with_value(ExcKind::KeyError, key.clone())),
    }
}

/// `self[key]`, raising `KeyError(key)`.
fn item(vm: &mut Vm, me: &Value, key: &Value) -> PyResult<Value> {
    let k = env_str(vm, key)?;
    read(me, &k)?.ok_or_else(|| PyErr::with_value(ExcKind::KeyError, key.clone()))
}

fn env_getitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.__getitem__", &["self", "key"], 2, args, kw)?;
    item(vm, &a[0], &a[1])
}

fn env_setitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.__setitem__", &["self", "key", "value"], 3, args, kw)?;
    write(vm, &a[0], &a[1], &a[2])?;
    Ok(Value::None)
}

fn env_delitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.__delitem__", &["self", "key"], 2, args, kw)?;
    delete(vm, &a[0], &a[1])?;
    Ok(Value::None)
}

fn env_contains(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("Mapping.__contains__", &["self", "key"], 2, args, kw)?;
    let k = env_str(vm, &a[1])?;
    Ok(Value::Bool(read(&a[0], &k)?.is_some()))
}

fn env_get(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("Mapping.get", &["self", "key", "default"], 2, args, kw)?;
    let k = env_str(vm, &a[1])?;
    let default = if matches!(a[2], Value::Null) { Value::None } else { a[2].clone() };
    Ok(read(&a[0], &k)?.unwrap_or(default))
}

fn env_setdefault(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.setdefault", &["self", "key", "value"], 3, args, kw)?;
    let k = env_str(vm, &a[1])?;
    if read(&a[0], &k)?.is_none() {
        write(vm, &a[0], &a[1], &a[2])?;
    }
    item(vm, &a[0], &a[1])
}

fn env_pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("MutableMapping.pop", &["self", "key", "default"], 2, args, kw)?;
    let k = env_str(vm, &a[1])?;
    match read(&a[0], &k)? {
        Some(v) => {
            delete(vm, &a[0], &a[1])?;
            Ok(v)
        }
        None if matches!(a[2], Value::Null) => Err(PyErr::with_value(ExcKind::KeyError, a[1].clone())),
        None => Ok(a[2].clone()),
    }
}

/// The first (oldest) key, as `next(iter(self))` gives it.
fn first_key(me: &Value) -> PyResult<Option<Value>> {
    let t = table(me)?.try_borrow().map_err(|_| PyErr::runtime("dictionary changed during iteration"))?;
    let first = t.iter().next().map(|e| e.key.clone());
    Ok(first)
}

fn env_popitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("MutableMapping.popitem", &["self"], 1, args, kw)?;
    let Some(key) = first_key(&a[0])? else { return Err(PyErr::bare(ExcKind::KeyError)) };
    let value = item(vm, &a[0], &key)?;
    delete(vm, &a[0], &key)?;
    Ok(Value::tuple(vec![key, value]))
}

fn env_clear(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("MutableMapping.clear", &["self"], 1, args, kw)?;
    while let Some(key) = first_key(&a[0])? {
        delete(vm, &a[0], &key)?;
    }
    Ok(Value::None)
}

/// `MutableMapping.update`'s body for one source: a mapping or an
/// iterable of pairs.
fn update_from(vm: &mut Vm, me: &Value, src: &Value) -> PyResult<()> {
    if vm.is_mapping(src) {
        for (k, v) in vm.mapping_items(src)? {
            write(vm, me, &k, &v)?;
        }
        return Ok(());
    }
    for pair in vm.collect_iterable(src)? {
        let kv = vm.collect_iterable(&pair)?;
        let [k, v] = kv.as_slice() else {
            let n = kv.len();
            let msg = if n < 2 {
                format!("not enough values to unpack (expected 2, got {})", n)
            } else {
                "too many values to unpack (expected 2)".to_string()
            };
            return Err(PyErr::value_error(msg));
        };
        write(vm, me, k, v)?;
    }
    Ok(())
}

fn env_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() > 2 {
        let n = args.len();
        return Err(PyErr::type_error(format!("MutableMapping.update() takes from 1 to 2 positional arguments but {} were given", n)));
    }
    let Some(me) = args.first() else {
        return Err(PyErr::type_error("MutableMapping.update() missing 1 required positional argument: 'self'"));
    };
    if let Some(src) = args.get(1) {
        update_from(vm, me, src)?;
    }
    for (k, v) in kw {
        write(vm, me, &Value::str(k), v)?;
    }
    Ok(Value::None)
}

/// A plain `dict` with the items of `v`.
fn plain_copy(v: &Value) -> PyResult<Value> {
    let t = table(v)?.try_borrow().map_err(|_| PyErr::runtime("dictionary changed during iteration"))?;
    Ok(Value::dict(t.clone()))
}

fn env_copy(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.copy", &["self"], 1, args, kw)?;
    plain_copy(&a[0])
}

fn env_repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.__repr__", &["self"], 1, args, kw)?;
    let items = table(&a[0])?.try_borrow().map(|t| t.items()).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        parts.push(format!("{}: {}", vm.repr(&k)?, vm.repr(&v)?));
    }
    Ok(Value::string(format!("environ({{{}}})", parts.join(", "))))
}

fn env_or(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.__or__", &["self", "other"], 2, args, kw)?;
    if !vm.is_mapping(&a[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let new = plain_copy(&a[0])?;
    vm.dict_update_from(&new, &a[1])?;
    Ok(new)
}

fn env_ror(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.__ror__", &["self", "other"], 2, args, kw)?;
    if !vm.is_mapping(&a[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let new = Value::dict(Dict::new());
    vm.dict_update_from(&new, &a[1])?;
    vm.dict_update_from(&new, &a[0])?;
    Ok(new)
}

fn env_ior(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = method("_Environ.__ior__", &["self", "other"], 2, args, kw)?;
    update_from(vm, &a[0], &a[1])?;
    Ok(a[0].clone())
}
