//! Running code: compile source to a code object, execute code objects in a
//! module namespace, run a `__main__` script, and report uncaught exceptions
//! as CPython does.

use alloc::rc::Rc;
use alloc::string::String;

use crate::bytecode::Code;
use crate::compiler::Mode;
use crate::objects::value::Kind;
use crate::objects::{Dict, ExcKind, Obj, PyErr, PyResult, Value};

use super::Vm;

/// Why running a script stopped without a normal result.
#[derive(Debug)]
pub enum RunError {
    /// An uncaught exception (already printed to stderr when reported by
    /// [`Vm::run_main`]); the value is the exception object.
    Exception(Value),
    /// `sys.exit(code)` / `SystemExit`: the exit status.
    Exit(i32),
    /// The instruction budget ran out (`BudgetExceeded` was not handled);
    /// the value is the exception object.
    BudgetExceeded(Value),
    /// The embedder's [`super::InterruptHandle`] stopped the script
    /// (`KeyboardInterrupt` was not handled).
    Interrupted(Value),
}

impl Vm {
    /// Compile `source` (from `filename`) into a code object. Syntax errors
    /// become `SyntaxError` exceptions.
    pub fn compile_source(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
        let _current = self.enter();
        self.compile_with(source, filename, |src, fname, stack| crate::compiler::compile_within(src, fname, mode, stack))
    }

    /// Compile with `compile`, keeping the source for tracebacks, within
    /// the host-stack budget; syntax errors become `SyntaxError` objects.
    pub(crate) fn compile_with(
        &mut self,
        source: &str,
        filename: &str,
        compile: impl FnOnce(&str, Rc<str>, crate::stack::StackBudget) -> Result<Rc<Code>, crate::syntax::SyntaxError>,
    ) -> PyResult<Rc<Code>> {
        let fname: Rc<str> = Rc::from(filename);
        self.sources.retain(|(f, _)| **f != *filename);
        self.sources.push((fname.clone(), Rc::from(source)));
        if self.depth == 0 {
            self.reset_limits_for_run();
        }
        let stack = self.stack_budget();
        match compile(source, fname, stack) {
            Ok(code) => Ok(code),
            Err(e) => {
                let exc = self.syntax_error_object(&e, filename, source);
                Err(PyErr::from_obj(exc))
            }
        }
    }

    /// Execute a module-level code object in `globals` (optionally with a
    /// separate `locals` namespace).
    pub fn exec_code(&mut self, code: Rc<Code>, globals: Obj, locals: Option<Value>) -> PyResult<Value> {
        let _current = self.enter();
        if let Kind::Dict(d) = &globals.kind {
            let mut d = d.borrow_mut();
            if d.get_str("__builtins__").is_none() {
                d.set_str("__builtins__", Value::Obj(self.builtins.clone()));
            }
        }
        let mut frame = self.new_frame(code.clone(), globals, None);
        frame.locals_dict = locals;
        frame.init_cells(&code, &[]);
        crate::interp::run_frame(self, frame)
    }

    /// The `__main__` module's namespace (created on first use).
    pub fn main_globals(&mut self) -> Obj {
        let existing = match &self.modules.kind {
            Kind::Dict(d) => d.borrow().get_str("__main__").cloned(),
            _ => None,
        };
        if let Some(Value::Obj(m)) = existing {
            if let Kind::Module(md) = &m.kind {
                return md.globals.clone();
            }
        }
        let mut d = Dict::new();
        d.set_str("__name__", Value::str("__main__"));
        d.set_str("__doc__", Value::None);
        d.set_str("__package__", Value::None);
        let m = self.new_module("__main__", d);
        if let Kind::Dict(d) = &self.modules.kind {
            d.borrow_mut().set_str("__main__", m.clone());
        }
        match m.kind() {
            Some(Kind::Module(md)) => md.globals.clone(),
            _ => self.builtins.clone(),
        }
    }

    /// Run source as the `__main__` module.
    pub fn run_source(&mut self, source: &str, filename: &str) -> PyResult<Value> {
        let _current = self.enter();
        let code = self.compile_source(source, filename, Mode::Module)?;
        let globals = self.main_globals();
        if let Kind::Dict(d) = &globals.kind {
            d.borrow_mut().set_str("__file__", Value::str(filename));
        }
        self.exec_code(code, globals, None)
    }

    /// Run one REPL input in `__main__` (expression values are printed).
    pub fn run_interactive(&mut self, source: &str) -> PyResult<Value> {
        let _current = self.enter();
        let code = self.compile_source(source, "<stdin>", Mode::Interactive)?;
        let globals = self.main_globals();
        self.exec_code(code, globals, None)
    }

    /// Run a script as `__main__` and report the outcome like CPython: an
    /// uncaught exception prints its traceback to stderr and gives
    /// `RunError::Exception`; `SystemExit` gives `RunError::Exit`.
    pub fn run_main(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        let _current = self.enter();
        match self.run_source(source, filename) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.report_error(e)),
        }
    }

    /// Turn an uncaught error into a [`RunError`], printing tracebacks and
    /// `SystemExit` messages to stderr as CPython does.
    pub fn report_error(&mut self, e: PyErr) -> RunError {
        let exc = self.materialize(e);
        if self.exc_is_instance_of_kind(&exc, ExcKind::SystemExit) {
            let code = self.get_attr(&exc, "code").unwrap_or(Value::None);
            return RunError::Exit(match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let mut s = self.to_str(&other).unwrap_or_default();
                    s.push('\n');
                    self.write_stderr(&s);
                    1
                }
            });
        }
        let text = self.format_exception(&exc);
        self.write_stderr(&text);
        if self.exc_is_instance_of_kind(&exc, ExcKind::BudgetExceeded) {
            RunError::BudgetExceeded(exc)
        } else if self.exc_is_instance_of_kind(&exc, ExcKind::KeyboardInterrupt) {
            RunError::Interrupted(exc)
        } else {
            RunError::Exception(exc)
        }
    }

    /// Print an exception's traceback to stderr (REPL).
    pub fn print_exception(&mut self, exc: &Value) {
        let text: String = self.format_exception(exc);
        self.write_stderr(&text);
    }
}
