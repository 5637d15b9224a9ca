//! Binding the arguments of a native function the way CPython binds those
//! of a Python-level `def` (used for `random.Random`'s methods, which are
//! Python code in CPython, and for `namedtuple`'s `__new__`), so errors
//! read exactly like CPython's: `Random.randint() missing 1 required
//! positional argument: 'b'`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kwargs;
use crate::objects::{PyErr, PyResult, Value};

/// The signature of a Python-level function.
pub struct Params<'a> {
    /// Qualified name for messages (`Random.randint`).
    pub qual: &'a str,
    /// Positional-or-keyword parameter names (after `self`).
    pub pos: &'a [&'a str],
    /// How many leading `pos` parameters have no default.
    pub required: usize,
    /// Keyword-only parameter names (all with defaults).
    pub kwonly: &'a [&'a str],
    /// Whether the function has a `self` (counted in CPython's messages).
    pub has_self: bool,
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

fn too_many(p: &Params, given: usize) -> PyErr {
    let extra = p.has_self as usize;
    let max = p.pos.len() + extra;
    let min = p.required + extra;
    let given = given + extra;
    let was = if given == 1 { "was" } else { "were" };
    let msg = if min == max {
        format!("{}() takes {} positional argument{} but {} {} given", p.qual, max, if max == 1 { "" } else { "s" }, given, was)
    } else {
        format!("{}() takes from {} to {} positional arguments but {} {} given", p.qual, min, max, given, was)
    };
    PyErr::type_error(msg)
}

/// Bind `args`/`kw` to `p`: one slot per positional parameter, then one per
/// keyword-only parameter; `None` where the caller gave nothing.
pub fn bind(p: &Params, args: &[Value], kw: Kwargs) -> PyResult<Vec<Option<Value>>> {
    if args.len() > p.pos.len() {
        return Err(too_many(p, args.len()));
    }
    let mut slots: Vec<Option<Value>> = Vec::with_capacity(p.pos.len() + p.kwonly.len());
    slots.extend(args.iter().cloned().map(Some));
    slots.resize(p.pos.len() + p.kwonly.len(), None);
    for (name, v) in kw {
        let idx = p
            .pos
            .iter()
            .position(|n| *n == &**name)
            .or_else(|| p.kwonly.iter().position(|n| *n == &**name).map(|i| i + p.pos.len()));
        let Some(i) = idx else {
            return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", p.qual, name)));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", p.qual, name)));
        }
        slots[i] = Some(v.clone());
    }
    let missing: Vec<&str> = (0..p.required).filter(|&i| slots[i].is_none()).map(|i| p.pos[i]).collect();
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            p.qual,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(slots)
}
