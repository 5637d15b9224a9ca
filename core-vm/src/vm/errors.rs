//! Exceptions at run time: turning lazy [`PyErr`]s into exception objects,
//! matching `except` clauses, and printing tracebacks the way CPython does.

use alloc::boxed::Box;
use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

use crate::objects::exc::ErrRepr;
use crate::objects::types::{is_subtype, type_data};
use crate::objects::value::{ExceptionData, TraceEntry};
use crate::objects::{Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// A new exception instance of class `cls` with `args`.
    pub fn new_exception(&self, cls: Obj, args: Vec<Value>) -> Value {
        Value::new_obj(Kind::Exception(Box::new(ExceptionData {
            class: cls,
            args: RefCell::new(Value::tuple(args)),
            dict: RefCell::new(Dict::new()),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
        })))
    }

    /// The exception object of `err`, creating it if it is still lazy.
    pub fn materialize(&mut self, err: PyErr) -> Value {
        match err.into_repr() {
            ErrRepr::Obj(v) => v,
            ErrRepr::Lazy { kind, msg } => {
                let cls = self.types.exc(kind).clone();
                let args = match msg {
                    Some(m) => alloc::vec![Value::string(m)],
                    None => Vec::new(),
                };
                self.new_exception(cls, args)
            }
            ErrRepr::NeedFrame(_) => {
                let cls = self.types.exc(ExcKind::SystemError).clone();
                self.new_exception(cls, alloc::vec![Value::str("frame introspection called without a Python caller frame")])
            }
            ErrRepr::LazyValue { kind, arg } => {
                let cls = self.types.exc(kind).clone();
                let exc = self.new_exception(cls, alloc::vec![arg.clone()]);
                if kind == ExcKind::StopIteration {
                    if let Some(Kind::Exception(e)) = exc.kind() {
                        e.dict.borrow_mut().set_str("value", arg);
                    }
                }
                exc
            }
        }
    }

    /// True if the error is (a subclass of) the built-in `kind`.
    pub fn err_matches(&self, err: &PyErr, kind: ExcKind) -> bool {
        match err.repr() {
            ErrRepr::Lazy { kind: k, .. } | ErrRepr::LazyValue { kind: k, .. } => k.is_subclass_of(kind),
            ErrRepr::Obj(v) => self.exc_is_instance_of_kind(v, kind),
            ErrRepr::NeedFrame(_) => ExcKind::SystemError.is_subclass_of(kind),
        }
    }

    /// True if the exception object `exc` is an instance of the built-in `kind`.
    pub fn exc_is_instance_of_kind(&self, exc: &Value, kind: ExcKind) -> bool {
        let cls = self.type_of(exc);
        is_subtype(&cls, self.types.exc(kind))
    }

    /// The `ExceptionData` of an exception object.
    pub fn exc_data<'a>(&self, exc: &'a Value) -> Option<&'a ExceptionData> {
        match exc.kind() {
            Some(Kind::Exception(e)) => Some(e),
            _ => None,
        }
    }

    /// Turn the value of a `raise` statement into an exception object:
    /// a class is instantiated, an instance is used as is.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        if let Some(o) = v.as_obj() {
            if let Some(t) = type_data(o) {
                if t.exc_base.is_some() {
                    let inst = self.call(&v, &[], &[])?;
                    if self.exc_data(&inst).is_none() {
                        return Err(PyErr::type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr_type(o),
                            self.type_name(&inst)
                        )));
                    }
                    return Ok(inst);
                }
            }
            if let Kind::Exception(_) = o.kind {
                return Ok(v);
            }
        }
        Err(PyErr::type_error("exceptions must derive from BaseException"))
    }

    /// Does exception `exc` match the `except` clause value `spec` (a class or
    /// a tuple of classes)?
    pub fn exception_matches(&mut self, exc: &Value, spec: &Value) -> PyResult<bool> {
        if let Some(Kind::Tuple(items)) = spec.kind() {
            self.check_stack()?;
            for item in items.iter() {
                if self.exception_matches(exc, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match spec.as_obj() {
            Some(o) if type_data(o).map(|t| t.exc_base.is_some()).unwrap_or(false) => {
                let cls = self.type_of(exc);
                Ok(is_subtype(&cls, o))
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The exception's traceback as a chain of `traceback` objects
    /// (outermost frame first, linked by `tb_next`), or `None`.
    pub fn traceback_object(&mut self, exc: &Value) -> Value {
        let entries: Vec<TraceEntry> = match self.exc_data(exc) {
            Some(e) => e.traceback.borrow().clone(),
            None => return Value::None,
        };
        let cls = self.types.misc_type("traceback");
        let mut next = Value::None;
        // entries[0] is the innermost frame.
        for entry in entries.iter() {
            let mut d = Dict::new();
            d.set_str("tb_lineno", Value::Int(entry.line as i64));
            d.set_str("tb_next", next);
            d.set_str("tb_frame", Value::None);
            d.set_str("tb_lasti", Value::Int(-1));
            next = Value::new_obj(Kind::Instance(crate::objects::value::Instance::with_dict(cls.clone(), d)));
        }
        next
    }

    /// Append a traceback line to an exception object.
    pub fn add_traceback(&self, exc: &Value, entry: TraceEntry) {
        if let Some(e) = self.exc_data(exc) {
            if let Ok(mut tb) = e.traceback.try_borrow_mut() {
                tb.push(entry);
            }
        }
    }

    /// `str(exc)` as CPython prints it after the class name.
    pub fn exception_message(&mut self, exc: &Value) -> String {
        match self.to_str(exc) {
            Ok(s) => s,
            Err(_) => String::from("<exception str() failed>"),
        }
    }

    /// The last line of a traceback: `Name: message` (or `Name`).
    pub fn exception_summary(&mut self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        let name = match type_data(&cls) {
            Some(t) if &*t.module == "builtins" || &*t.module == "__main__" => String::from(&*t.qualname),
            Some(t) => format!("{}.{}", t.module, t.qualname),
            None => String::from("?"),
        };
        // A SyntaxError's last traceback line is its bare message; its
        // location was printed above it.
        let syntax_msg = if self.exc_is_instance_of_kind(exc, ExcKind::SyntaxError) {
            self.exc_data(exc).and_then(|e| e.args.borrow().seq_items()).and_then(|a| a.first().and_then(|m| m.as_str().map(String::from)))
        } else {
            None
        };
        let msg = match syntax_msg {
            Some(m) => m,
            None => self.exception_message(exc),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }

    /// Format a full traceback (with chained causes/contexts) like CPython.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        // Walk the chain of causes and contexts newest first, without
        // recursion (chains can be long); `links[i]` is the sentence
        // printed between `chain[i + 1]` and `chain[i]`.
        let mut chain: Vec<Value> = alloc::vec![exc.clone()];
        let mut links: Vec<&'static str> = Vec::new();
        let mut seen: BTreeSet<usize> = BTreeSet::new();
        seen.insert(exc.identity());
        while let Some(e) = chain.last().and_then(|cur| self.exc_data(cur)) {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            let suppress = e.suppress_context.get();
            let (next, link) = if !cause.is_none() && !seen.contains(&cause.identity()) {
                (cause, "\nThe above exception was the direct cause of the following exception:\n\n")
            } else if !suppress && !context.is_none() && !seen.contains(&context.identity()) {
                (context, "\nDuring handling of the above exception, another exception occurred:\n\n")
            } else {
                break;
            };
            seen.insert(next.identity());
            chain.push(next);
            links.push(link);
        }
        let mut out = String::new();
        for i in (0..chain.len()).rev() {
            self.format_one_exception(&chain[i], &mut out);
            if i > 0 {
                out.push_str(links[i - 1]);
            }
        }
        out
    }

    /// One exception of a chain: its traceback and summary line.
    fn format_one_exception(&mut self, exc: &Value, out: &mut String) {
        let entries: Vec<TraceEntry> = match self.exc_data(exc) {
            Some(e) => e.traceback.borrow().clone(),
            None => Vec::new(),
        };
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in entries.iter().rev() {
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.filename, entry.line, entry.name));
                if let Some(line) = self.source_line(&entry.filename, entry.line) {
                    out.push_str("    ");
                    out.push_str(line.trim());
                    out.push('\n');
                }
            }
        }
        // SyntaxError shows the offending line and a caret.
        if self.exc_is_instance_of_kind(exc, ExcKind::SyntaxError) {
            out.push_str(&self.format_syntax_error_location(exc));
        }
        let summary = self.exception_summary(exc);
        out.push_str(&summary);
        out.push('\n');
    }

    fn format_syntax_error_location(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let Some(e) = self.exc_data(exc) else { return out };
        let d = e.dict.borrow();
        let filename = d.get_str("filename").and_then(|v| v.as_str().map(String::from));
        let lineno = match d.get_str("lineno") {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        };
        let offset = match d.get_str("offset") {
            Some(Value::Int(i)) => *i,
            _ => 0,
        };
        let end_offset = match d.get_str("end_offset") {
            Some(Value::Int(i)) => *i,
            _ => offset + 1,
        };
        let text = d.get_str("text").and_then(|v| v.as_str().map(String::from));
        drop(d);
        if let (Some(f), Some(l)) = (filename, lineno) {
            out.push_str(&format!("  File \"{}\", line {}\n", f, l));
            if let Some(text) = text {
                let line = text.trim_end_matches('\n');
                let stripped = line.trim_start();
                let indent = (line.chars().count() - stripped.chars().count()) as i64;
                out.push_str("    ");
                out.push_str(stripped.trim_end());
                out.push('\n');
                let start = (offset - 1 - indent).max(0) as usize;
                let width = (end_offset - offset).max(1) as usize;
                out.push_str("    ");
                for _ in 0..start {
                    out.push(' ');
                }
                for _ in 0..width {
                    out.push('^');
                }
                out.push('\n');
            }
        }
        out
    }

    /// Line `line` (1-based) of a compiled file's source.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let (_, src) = self.sources.iter().rev().find(|(f, _)| &**f == filename)?;
        src.lines().nth((line as usize).checked_sub(1)?).map(String::from)
    }

    /// Build the `SyntaxError` exception object for a parse/compile error.
    pub fn syntax_error_object(&mut self, err: &crate::syntax::SyntaxError, filename: &str, source: &str) -> Value {
        use crate::syntax::SyntaxErrorKind;
        let kind = match err.kind {
            SyntaxErrorKind::Syntax => ExcKind::SyntaxError,
            SyntaxErrorKind::Indentation => ExcKind::IndentationError,
            SyntaxErrorKind::Tab => ExcKind::TabError,
            SyntaxErrorKind::Recursion => {
                let cls = self.types.exc(ExcKind::RecursionError).clone();
                return self.new_exception(cls, alloc::vec![Value::str(&err.msg)]);
            }
        };
        let cls = self.types.exc(kind).clone();
        let text = source.lines().nth((err.line as usize).saturating_sub(1)).map(|l| {
            let mut s = String::from(l);
            s.push('\n');
            s
        });
        let exc = self.new_exception(cls, alloc::vec![Value::str(&err.msg)]);
        if let Some(e) = self.exc_data(&exc) {
            let mut d = e.dict.borrow_mut();
            d.set_str("msg", Value::str(&err.msg));
            d.set_str("filename", Value::str(filename));
            d.set_str("lineno", Value::Int(err.line as i64));
            d.set_str("offset", Value::Int(err.col as i64));
            d.set_str("end_offset", Value::Int(err.end_col as i64));
            d.set_str("text", text.map(Value::string).unwrap_or(Value::None));
        }
        exc
    }
}
