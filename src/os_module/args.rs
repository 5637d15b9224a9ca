//! Argument binding for the functions CPython writes in Python
//! (`os.getenv`, `os.makedirs`, `os.path.*`), with the interpreter's own
//! messages (`f() missing 1 required positional argument: 'a'`).

use core_vm::objects::{PyErr, PyResult, Value};

use super::Kwargs;

/// The parameters of a `def name(p0, p1=..., *rest, k=...)` function.
pub(crate) struct PySig {
    /// The function name used in messages.
    pub name: &'static str,
    /// The positional-or-keyword parameters, in order.
    pub params: &'static [&'static str],
    /// How many leading `params` have no default.
    pub required: usize,
    /// True if the function takes `*args`.
    pub varargs: bool,
    /// Keyword-only parameters (all with defaults).
    pub kwonly: &'static [&'static str],
}

/// Bound arguments: one slot per parameter then per keyword-only
/// parameter (`None` when defaulted), and the extra positionals.
pub(crate) struct Bound {
    /// `params` then `kwonly`, as given.
    pub slots: Vec<Option<Value>>,
    /// The `*args` values.
    pub rest: Vec<Value>,
}

impl Bound {
    /// The value of slot `i`, if given.
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.slots.get(i).and_then(|s| s.as_ref())
    }

    /// The value of slot `i`, or `None` (the Python value) when defaulted.
    pub fn or_none(&self, i: usize) -> Value {
        self.get(i).cloned().unwrap_or(Value::None)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's list of missing
/// arguments).
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// The "takes N positional arguments but M were given" error.
fn too_many(sig: &PySig, given: usize) -> PyErr {
    let n = sig.params.len();
    let takes = if sig.required == n { format!("{}", n) } else { format!("from {} to {}", sig.required, n) };
    let was = if given == 1 { "was" } else { "were" };
    PyErr::type_error(format!("{}() takes {} positional argument{} but {} {} given", sig.name, takes, plural(n), given, was))
}

/// Bind `args`/`kw` to `sig` like a Python function call does.
pub(crate) fn bind(sig: &PySig, args: &[Value], kw: Kwargs) -> PyResult<Bound> {
    let np = sig.params.len();
    let mut slots: Vec<Option<Value>> = vec![None; np + sig.kwonly.len()];
    for (slot, a) in slots.iter_mut().zip(args) {
        *slot = Some(a.clone());
    }
    let rest = if sig.varargs { args.get(np..).unwrap_or(&[]).to_vec() } else { Vec::new() };
    for (k, v) in kw {
        let pos = sig.params.iter().chain(sig.kwonly).position(|p| *p == &**k);
        let Some(i) = pos else {
            return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", sig.name, k)));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", sig.name, k)));
        }
        slots[i] = Some(v.clone());
    }
    if !sig.varargs && args.len() > np {
        return Err(too_many(sig, args.len()));
    }
    let missing: Vec<&str> = (0..sig.required).filter(|i| slots[*i].is_none()).map(|i| sig.params[i]).collect();
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            sig.name,
            missing.len(),
            plural(missing.len()),
            name_list(&missing)
        )));
    }
    Ok(Bound { slots, rest })
}
