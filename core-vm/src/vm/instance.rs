//! The attributes of plain instances: read, written and deleted in line
//! (by shape, see [`super::shapes`]) or in the instance's dict once it has
//! one. The specialized instructions read and write the in-line values
//! directly; everything else goes through here.

use alloc::vec::Vec;

use super::Vm;
use crate::objects::value::{attr_dict, Instance, Kind, PyObject};
use crate::objects::{Dict, PyResult, Value};

/// `v` as a plain instance (a user class with the ordinary layout, not a
/// built-in subclass): the object and its layout.
#[inline]
pub fn plain(v: &Value) -> Option<(&PyObject, &Instance)> {
    let o = v.as_obj()?;
    match (&o.ext, &o.kind) {
        (None, Kind::Instance(i)) => Some((o, i)),
        _ => None,
    }
}

/// The attribute dict of `i`, if its attributes moved to one.
#[inline]
pub fn dict_of_instance(i: &Instance) -> Option<&core::cell::RefCell<Dict>> {
    match &i.dict.get()?.kind {
        Kind::Dict(d) => Some(d),
        _ => None,
    }
}

/// Attribute `name` of `i`, if it has one.
pub fn get(i: &Instance, name: &str) -> Option<Value> {
    match dict_of_instance(i) {
        Some(d) => d.try_borrow().ok()?.get_str(name).cloned(),
        None => i.attrs.try_borrow().ok()?.get(name).cloned(),
    }
}

/// True if `i` has attribute `name`.
pub fn has(i: &Instance, name: &str) -> bool {
    match dict_of_instance(i) {
        Some(d) => d.try_borrow().map(|d| d.get_str(name).is_some()).unwrap_or(false),
        None => i.attrs.try_borrow().map(|a| a.get(name).is_some()).unwrap_or(false),
    }
}

/// The names of `i`'s attributes, in order.
pub fn names(i: &Instance) -> Vec<Value> {
    match dict_of_instance(i) {
        Some(d) => d.try_borrow().map(|d| d.keys()).unwrap_or_default(),
        None => match i.attrs.try_borrow() {
            Ok(a) => a.shape.as_ref().map(|s| s.keys().iter().map(|k| Value::str(k)).collect()).unwrap_or_default(),
            Err(_) => Vec::new(),
        },
    }
}

/// The dict object holding the attributes of instance `obj` (whose
/// layout is `i`), made now if they are still in line: they move into it
/// for good (it is shared with Python code from here on).
pub fn dict_object(obj: &PyObject, i: &Instance) -> crate::objects::Obj {
    if let Some(d) = i.dict.get() {
        return d.clone();
    }
    let mut d = Dict::new();
    if let Ok(mut attrs) = i.attrs.try_borrow_mut() {
        let keys = attrs.shape.take().map(|s| s.keys()).unwrap_or_default();
        let values = core::mem::take(&mut attrs.values);
        for (k, v) in keys.iter().zip(values) {
            d.set_str(k, v);
        }
    }
    let dict = attr_dict(d);
    let _ = i.dict.set(dict.clone());
    // The values' buffer is gone from the instance: credit it.
    let _ = crate::mem::recharge(obj);
    dict
}

impl Vm {
    /// `i.name = value` on instance `obj` (layout `i`): in line (a new name
    /// moves it to the next shape) or into its dict.
    pub fn instance_store(&mut self, obj: &PyObject, i: &Instance, name: &str, value: Value) -> PyResult<()> {
        if let Some(d) = dict_of_instance(i) {
            d.borrow_mut().set_str(name, value);
            return Ok(());
        }
        let Ok(mut attrs) = i.attrs.try_borrow_mut() else {
            return Err(crate::objects::PyErr::new(crate::objects::ExcKind::RuntimeError, "instance attributes changed while being read"));
        };
        let Some(shape) = attrs.shape.clone() else {
            drop(attrs);
            dict_object(obj, i);
            return self.instance_store(obj, i, name, value);
        };
        if let Some(pos) = shape.index_of(name) {
            if let Some(slot) = attrs.values.get_mut(pos) {
                let old = core::mem::replace(slot, value);
                drop(attrs);
                drop(old);
                return Ok(());
            }
        }
        match self.shapes.add(&shape, name) {
            Some(next) => {
                crate::mem::grow_list(obj, &mut attrs.values, 1)?;
                attrs.values.push(value);
                attrs.shape = Some(next);
                Ok(())
            }
            None => {
                drop(attrs);
                dict_object(obj, i);
                self.instance_store(obj, i, name, value)
            }
        }
    }
}

/// `del i.name` on instance `obj` (layout `i`): the attributes move to a
/// dict first (a shape only ever grows). The removed value, if it was
/// there.
pub fn delete(obj: &PyObject, i: &Instance, name: &str) -> Option<Value> {
    if !has(i, name) {
        return None;
    }
    dict_object(obj, i);
    dict_of_instance(i)?.try_borrow_mut().ok()?.remove_str(name)
}
