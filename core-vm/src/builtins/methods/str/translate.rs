//! `str.maketrans` and `str.translate`.

use alloc::collections::btree_map::{BTreeMap, Entry};
use alloc::format;
use alloc::string::String;

use crate::builtins::{def_methods, Kwargs};
use crate::objects::value::Kind;
use crate::objects::{ExcKind, Obj, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::{arg_type_name, clinic_args, one_arg, recv};

pub(super) fn install(t: &Obj) {
    def_methods(t, "str", &[("translate", str_translate)]);
}

/// `str.maketrans(x[, y[, z]])` (a static method: no receiver).
pub(super) fn str_maketrans(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    // `clinic_args` skips a receiver slot; static methods have none.
    let mut full = alloc::vec![Value::None];
    full.extend_from_slice(args);
    let a = clinic_args("maketrans", "str.maketrans", &full, kw, 1, 3)?;
    let table = vm.new_dict();
    if a.len() == 1 {
        return maketrans_from_dict(vm, &a[0], table);
    }
    let Some(x) = a[0].as_str() else {
        return Err(PyErr::type_error("first maketrans argument must be a string if there is a second argument"));
    };
    let y = arg_str(vm, &a[1], 2)?;
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        vm.dict_set(&table, Value::Int(cx as i64), Value::Int(cy as i64))?;
    }
    if let Some(z) = a.get(2) {
        for c in arg_str(vm, z, 3)?.chars() {
            vm.dict_set(&table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(table)
}

fn arg_str<'a>(vm: &Vm, v: &'a Value, n: usize) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| PyErr::type_error(format!("maketrans() argument {} must be str, not {}", n, arg_type_name(vm, v))))
}

/// The one-argument form: a dict whose keys are 1-character strings or
/// ordinals.
fn maketrans_from_dict(vm: &mut Vm, d: &Value, table: Value) -> PyResult<Value> {
    if !matches!(d.kind(), Some(Kind::Dict(_))) {
        return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
    }
    for (k, v) in vm.mapping_items(d)? {
        let key = if let Some(s) = k.as_pystr() {
            if s.char_len() != 1 {
                return Err(PyErr::value_error("string keys in translate table must be of length 1"));
            }
            Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0))
        } else if matches!(k, Value::Int(_) | Value::Bool(_)) || matches!(k.kind(), Some(Kind::Int(_))) {
            k
        } else {
            return Err(PyErr::type_error("keys in translate table must be strings or integers"));
        };
        vm.dict_set(&table, key, v)?;
    }
    Ok(table)
}

/// What the table says about one character.
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

/// `table[ord(c)]`, with LookupError meaning "unchanged".
fn lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let r = match vm.getitem(table, &Value::Int(c as i64)) {
        Ok(r) => r,
        Err(e) if vm.err_matches(&e, ExcKind::LookupError) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if r.is_none() {
        return Ok(Mapped::Delete);
    }
    if let Some(s) = r.as_str() {
        return Ok(Mapped::Text(String::from(s)));
    }
    let is_int = matches!(r, Value::Int(_) | Value::Bool(_)) || matches!(r.kind(), Some(Kind::Int(_)));
    if !is_int {
        return Err(PyErr::type_error("character mapping must return integer, None or str"));
    }
    let n = vm.to_index(&r)?.unwrap_or(-1);
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(ch) => Ok(Mapped::Text(String::from(ch))),
        None => Err(PyErr::value_error("character mapping must be in range(0x110000)")),
    }
}

/// `s.translate(table)`: each character through `table[ord(c)]` (looked up
/// once per distinct character).
fn str_translate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv(vm, args, "translate")?.as_str();
    let table = one_arg("str.translate", args, kw)?;
    let mut cache: BTreeMap<char, Mapped> = BTreeMap::new();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let m = match cache.entry(c) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(lookup(vm, table, c)?),
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Text(t) => out.push_str(t),
        }
    }
    Ok(Value::string(out))
}
