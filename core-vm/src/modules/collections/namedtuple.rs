//! `collections.namedtuple`: builds a real `tuple` subclass whose fields
//! are properties reading tuple slots, with `_fields`, `_field_defaults`,
//! `_make`, `_replace`, `_asdict` and CPython's repr and error messages.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kwargs;
use crate::modules::random::args::{bind, Params};
use crate::objects::types::{lookup, mro, new_type, type_data};
use crate::objects::value::{Layout, NativeFunction};
use crate::objects::{Dict, Kind, Obj, PyErr, PyResult, Value};
use crate::vm::{native_function, native_method, Vm};

/// Python's reserved words (field and type names may not be one).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// `str.isidentifier()` (Unicode letters, digits and `_`).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub fn namedtuple(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qual: "namedtuple",
        pos: &["typename", "field_names"],
        required: 2,
        kwonly: &["rename", "defaults", "module"],
        has_self: false,
    };
    let a = bind(&p, args, kw)?;
    let typename = vm.to_str(a[0].as_ref().unwrap_or(&Value::None))?;
    let fields_arg = a[1].clone().unwrap_or(Value::None);
    let rename = match &a[2] {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let mut fields: Vec<String> = match fields_arg.as_str() {
        Some(s) => s.replace(',', " ").split_whitespace().map(String::from).collect(),
        None => {
            let items = vm.collect_iterable(&fields_arg)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(vm.to_str(it)?);
            }
            out
        }
    };
    if rename {
        rename_fields(&mut fields);
    }
    check_names(vm, &typename, &fields, rename)?;
    let defaults = match a[3].clone().filter(|d| !d.is_none()) {
        Some(d) => vm.collect_iterable(&d)?,
        None => Vec::new(),
    };
    if defaults.len() > fields.len() {
        return Err(PyErr::type_error("Got more default values than field names"));
    }
    let module = match a[4].clone().filter(|m| !m.is_none()) {
        Some(m) => vm.to_str(&m)?,
        None => String::from("__main__"),
    };
    Ok(Value::Obj(build_class(vm, &typename, &fields, defaults, &module)))
}

/// `rename=True`: invalid, keyword, underscore or duplicate names become `_i`.
fn rename_fields(fields: &mut [String]) {
    let mut seen: Vec<String> = Vec::new();
    for (i, name) in fields.iter_mut().enumerate() {
        let bad = !is_identifier(name) || KEYWORDS.contains(&name.as_str()) || name.starts_with('_') || seen.contains(name);
        seen.push(name.clone());
        if bad {
            *name = format!("_{}", i);
        }
    }
}

/// CPython's validation of the type and field names.
fn check_names(vm: &mut Vm, typename: &str, fields: &[String], rename: bool) -> PyResult<()> {
    let all = core::iter::once(typename).chain(fields.iter().map(|s| s.as_str()));
    for name in all {
        let r = vm.repr(&Value::str(name))?;
        if !is_identifier(name) {
            return Err(PyErr::value_error(format!("Type names and field names must be valid identifiers: {}", r)));
        }
        if KEYWORDS.contains(&name) {
            return Err(PyErr::value_error(format!("Type names and field names cannot be a keyword: {}", r)));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for name in fields {
        let r = vm.repr(&Value::str(name))?;
        if name.starts_with('_') && !rename {
            return Err(PyErr::value_error(format!("Field names cannot start with an underscore: {}", r)));
        }
        if seen.contains(&name.as_str()) {
            return Err(PyErr::value_error(format!("Encountered duplicate field name: {}", r)));
        }
        seen.push(name);
    }
    Ok(())
}

/// Create the tuple subclass.
fn build_class(vm: &mut Vm, typename: &str, fields: &[String], defaults: Vec<Value>, module: &str) -> Obj {
    let mut cd = Dict::new();
    cd.set_str("__doc__", Value::string(format!("{}({})", typename, fields.join(", "))));
    cd.set_str("__slots__", Value::tuple(Vec::new()));
    cd.set_str("__module__", Value::str(module));
    let names: Vec<Value> = fields.iter().map(|f| Value::str(f)).collect();
    cd.set_str("_fields", Value::tuple(names.clone()));
    cd.set_str("__match_args__", Value::tuple(names));
    let mut fd = Dict::new();
    let first_default = fields.len() - defaults.len();
    for (name, d) in fields[first_default..].iter().zip(defaults) {
        fd.set_str(name, d);
    }
    cd.set_str("_field_defaults", Value::dict(fd));
    cd.set_str("__new__", native_function("__new__", nt_new));
    cd.set_str("_make", Value::new_obj(Kind::ClassMethod(native_function("_make", nt_make))));
    for (name, f) in [
        ("_replace", nt_replace as crate::objects::value::NativeFn),
        ("_asdict", nt_asdict),
        ("__repr__", nt_repr),
        ("__getnewargs__", nt_getnewargs),
    ] {
        cd.set_str(name, native_method("namedtuple", name, f));
    }
    for (i, name) in fields.iter().enumerate() {
        let getter = Value::new_obj(Kind::Native(NativeFunction {
            name: "_tuplegetter",
            func: field_get,
            bound: Some(Value::Int(i as i64)),
            owner: None,
        }));
        let setter = native_function("_tuplegetter", field_set);
        let deleter = native_function("_tuplegetter", field_del);
        cd.set_str(name, Value::new_obj(Kind::Property(Box::new([getter, setter, deleter, Value::None]))));
    }
    let tuple = vm.types.tuple.clone();
    let obj = vm.types.object.clone();
    new_type(typename, module, alloc::vec![tuple.clone()], alloc::vec![tuple, obj], cd, Layout::Tuple, false)
}

/// The field getter: `args = [index, instance]`.
fn field_get(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (Some(Value::Int(i)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("descriptor needs an argument"));
    };
    match obj.kind() {
        Some(Kind::Tuple(t)) => t.get(*i as usize).cloned().ok_or_else(|| PyErr::index_error("tuple index out of range")),
        _ => Err(PyErr::type_error("descriptor for tuple field doesn't apply to this object")),
    }
}

/// Fields are read-only.
fn field_set(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::attribute_error("can't set attribute"))
}

fn field_del(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::attribute_error("can't delete attribute"))
}

/// The field names of a namedtuple class (from `_fields` along its MRO).
fn fields_of(vm: &mut Vm, cls: &Obj) -> PyResult<Vec<String>> {
    let f = lookup(cls, "_fields").unwrap_or(Value::None);
    let items = f.seq_items().unwrap_or_default();
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(vm.to_str(it)?);
    }
    Ok(out)
}

/// The name of the generated class (the one defining `_fields`).
fn base_name(cls: &Obj) -> String {
    mro(cls)
        .iter()
        .find(|c| type_data(c).and_then(|t| t.dict.try_borrow().ok().map(|d| d.get_str("_fields").is_some())).unwrap_or(false))
        .and_then(|c| type_data(c).map(|t| String::from(&*t.name)))
        .unwrap_or_default()
}

/// A tuple instance of `cls`.
fn make_instance(vm: &Vm, cls: &Obj, items: Vec<Value>) -> Value {
    vm.new_object_with_class(cls, Kind::Tuple(items.into_boxed_slice()), Dict::new())
}

/// `Point.__new__(cls, x, y)`.
fn nt_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let fields = fields_of(vm, &cls)?;
    let defaults = lookup(&cls, "_field_defaults").unwrap_or(Value::None);
    let ndefaults = match defaults.kind() {
        Some(Kind::Dict(d)) => d.try_borrow().map(|d| d.len()).unwrap_or(0),
        _ => 0,
    };
    let qual = format!("{}.__new__", base_name(&cls));
    let names: Vec<&str> = fields.iter().map(|s| s.as_str()).collect();
    let p = Params { qual: &qual, pos: &names, required: names.len() - ndefaults.min(names.len()), kwonly: &[], has_self: true };
    let slots = bind(&p, &args[1..], kw)?;
    let mut items = Vec::with_capacity(slots.len());
    for (name, v) in names.iter().zip(slots) {
        let v = match v {
            Some(v) => v,
            None => match defaults.kind() {
                Some(Kind::Dict(d)) => d.try_borrow().ok().and_then(|d| d.get_str(name).cloned()).unwrap_or(Value::None),
                _ => Value::None,
            },
        };
        items.push(v);
    }
    Ok(make_instance(vm, &cls, items))
}

/// `Point._make(iterable)` (a classmethod: `args[0]` is the class).
fn nt_make(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (Some(cls), Some(it)) = (args.first().and_then(|c| c.as_obj()).cloned(), args.get(1)) else {
        return Err(PyErr::type_error("_make() missing 1 required positional argument: 'iterable'"));
    };
    let items = vm.collect_iterable(it)?;
    let n = fields_of(vm, &cls)?.len();
    if items.len() != n {
        return Err(PyErr::type_error(format!("Expected {} arguments, got {}", n, items.len())));
    }
    Ok(make_instance(vm, &cls, items))
}

fn tuple_items(v: &Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(Kind::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(PyErr::type_error("descriptor requires a tuple object")),
    }
}

/// `p._replace(**kwds)`.
fn nt_replace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first() else { return Err(PyErr::type_error("descriptor needs an argument")) };
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("{}._replace() takes 1 positional argument but {} were given", vm.type_name(me), args.len())));
    }
    let cls = vm.type_of(me);
    let fields = fields_of(vm, &cls)?;
    let mut items = tuple_items(me)?;
    let mut used = alloc::vec![false; kw.len()];
    for (i, f) in fields.iter().enumerate() {
        if let Some(k) = kw.iter().position(|(k, _)| &**k == f.as_str()) {
            used[k] = true;
            if let Some(slot) = items.get_mut(i) {
                *slot = kw[k].1.clone();
            }
        }
    }
    let extra: Vec<Value> = kw.iter().zip(used).filter(|(_, u)| !u).map(|((k, _), _)| Value::str(k)).collect();
    if !extra.is_empty() {
        let r = vm.repr(&Value::list(extra))?;
        return Err(PyErr::value_error(format!("Got unexpected field names: {}", r)));
    }
    if items.len() != fields.len() {
        return Err(PyErr::type_error(format!("Expected {} arguments, got {}", fields.len(), items.len())));
    }
    Ok(make_instance(vm, &cls, items))
}

/// `p._asdict()`.
fn nt_asdict(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first() else { return Err(PyErr::type_error("descriptor needs an argument")) };
    let cls = vm.type_of(me);
    let fields = fields_of(vm, &cls)?;
    let items = tuple_items(me)?;
    let mut d = Dict::new();
    for (f, v) in fields.iter().zip(items) {
        d.set_str(f, v);
    }
    Ok(Value::dict(d))
}

/// `Point(x=1, y=2)`.
fn nt_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first() else { return Err(PyErr::type_error("descriptor needs an argument")) };
    let cls = vm.type_of(me);
    let fields = fields_of(vm, &cls)?;
    let items = tuple_items(me)?;
    let mut s = vm.type_name(me);
    s.push('(');
    for (i, (f, v)) in fields.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(f);
        s.push('=');
        s.push_str(&vm.repr(v)?);
    }
    s.push(')');
    Ok(Value::string(s))
}

fn nt_getnewargs(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first() else { return Err(PyErr::type_error("descriptor needs an argument")) };
    Ok(Value::tuple(tuple_items(me)?))
}
