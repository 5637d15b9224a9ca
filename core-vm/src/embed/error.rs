//! [`Error`]: why a run or call made from Rust did not return a value, as
//! plain Rust data (type name, message, traceback text) plus the exception
//! object itself.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::objects::types::{is_subtype, type_data};
use crate::objects::{ExcKind, PyErr, Value};
use crate::vm::Vm;

/// Which kind of failure an [`Error`] is. The budget, the interrupt and
/// `SystemExit` are distinct from ordinary exceptions so an embedder can
/// tell "the script failed" from "the script was stopped" without looking
/// at exception names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// An uncaught Python exception (`ValueError`, `SyntaxError`,
    /// `MemoryError`, `RecursionError`, ...).
    Exception,
    /// The instruction budget ([`crate::Config::budget`]) ran out and the
    /// script did not handle `krait.BudgetExceeded`.
    BudgetExceeded,
    /// The embedder's [`crate::vm::InterruptHandle`] stopped the script and
    /// it did not handle `KeyboardInterrupt`.
    Interrupted,
    /// `sys.exit(code)` / `raise SystemExit(code)`: the exit status (0 for
    /// `sys.exit()` or `sys.exit(None)`, 1 for a non-integer code such as a
    /// message, which is then the error's [`Error::message`]).
    Exit(i32),
}

/// A Python exception (or stop request) seen from Rust.
///
/// Made by every embedding method that runs Python code (`run`, `eval`,
/// `call_global`, ...) or converts a result, and by [`Vm::error`] from a
/// [`PyErr`]. Nothing is printed: the traceback is available as text
/// ([`Error::traceback`]) for the embedder to show or log.
///
/// `Display` gives the last line of the traceback: `ValueError: bad value`.
pub struct Error(Box<Inner>);

/// The parts of an [`Error`] (boxed: a `Result<T, Error>` stays small).
struct Inner {
    kind: ErrorKind,
    type_name: String,
    summary: String,
    message: String,
    traceback: String,
    builtin_kinds: Vec<ExcKind>,
    exception: Value,
}

impl Error {
    /// Which kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The exception class's name (`__qualname__`): `"ValueError"`,
    /// `"BudgetExceeded"`, `"MyError"`.
    pub fn type_name(&self) -> &str {
        &self.0.type_name
    }

    /// `str(exception)`: the message (`"bad value"`; empty for
    /// `raise ValueError`). For a `KeyError` it is the key's repr, as in
    /// Python.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The full traceback text as CPython prints it (with chained
    /// exceptions), ending in the [`Display`](fmt::Display) line and a
    /// newline.
    pub fn traceback(&self) -> &str {
        &self.0.traceback
    }

    /// The exception object (for `raise` from Rust, or to inspect its
    /// attributes with [`Vm::attr`]).
    pub fn exception(&self) -> &Value {
        &self.0.exception
    }

    /// The exit status, if this is `SystemExit`.
    pub fn exit_code(&self) -> Option<i32> {
        match self.0.kind {
            ErrorKind::Exit(c) => Some(c),
            _ => None,
        }
    }

    /// True if the exception is an instance of the built-in exception
    /// class `kind` (or a subclass of it): `err.is_instance_of(ExcKind::LookupError)`
    /// is true for a `KeyError` and for a user class deriving from it.
    pub fn is_instance_of(&self, kind: ExcKind) -> bool {
        self.0.builtin_kinds.contains(&kind)
    }

    /// Build the error for `err`, without printing anything. Runs
    /// `str(exception)` (which may call a user `__str__`).
    pub fn from_pyerr(vm: &mut Vm, err: PyErr) -> Error {
        let _current = vm.enter();
        let exc = vm.materialize(err);
        let cls = vm.type_of(&exc);
        let type_name = match type_data(&cls) {
            Some(t) => String::from(&*t.qualname),
            None => vm.type_name(&exc),
        };
        let builtin_kinds: Vec<ExcKind> =
            ExcKind::ALL.iter().copied().filter(|k| is_subtype(&cls, vm.types.exc(*k))).collect();
        let message = vm.exception_message(&exc);
        let kind = if builtin_kinds.contains(&ExcKind::SystemExit) {
            ErrorKind::Exit(exit_status(vm, &exc))
        } else if builtin_kinds.contains(&ExcKind::BudgetExceeded) {
            ErrorKind::BudgetExceeded
        } else if builtin_kinds.contains(&ExcKind::KeyboardInterrupt) {
            ErrorKind::Interrupted
        } else {
            ErrorKind::Exception
        };
        let summary = vm.exception_summary(&exc);
        let traceback = vm.format_exception(&exc);
        Error(Box::new(Inner { kind, type_name, summary, message, traceback, builtin_kinds, exception: exc }))
    }
}

/// The status `SystemExit(code)` gives, as [`Vm::run_main`] reports it.
fn exit_status(vm: &mut Vm, exc: &Value) -> i32 {
    match vm.get_attr(exc, "code").unwrap_or(Value::None) {
        Value::None => 0,
        Value::Int(i) => i as i32,
        Value::Bool(b) => b as i32,
        _ => 1,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.summary)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("type_name", &self.0.type_name)
            .field("message", &self.0.message)
            .finish()
    }
}

impl core::error::Error for Error {}

/// Raise the error's exception again (for a native function that called
/// back into Python and wants to pass the failure on with `?`).
impl From<Error> for PyErr {
    fn from(e: Error) -> PyErr {
        PyErr::from_obj(e.0.exception)
    }
}

impl Vm {
    /// Turn a [`PyErr`] (from the lower-level API: [`Vm::call`],
    /// [`Vm::run_source`], ...) into an [`Error`], without printing it.
    pub fn error(&mut self, err: PyErr) -> Error {
        Error::from_pyerr(self, err)
    }
}
