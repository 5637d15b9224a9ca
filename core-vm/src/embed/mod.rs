//! # Embedding Krait
//!
//! Everything a Rust program needs to run Python-dialect scripts inside
//! itself: make a VM, run source or compiled code, call Python functions with
//! Rust values, give scripts native functions and modules, and get results
//! and exceptions back as Rust values. `core-vm` is `no_std` + `alloc`, so
//! this works the same in a kernel, in firmware and in a normal program. The
//! full guide is `docs/embedding.md`; `examples/embed.rs` is a runnable
//! program using every part below.
//!
//! ## 1. A host and a VM
//!
//! The VM touches the outside world only through the [`Host`] you give it:
//! where `print` and tracebacks go (`write_stdout`/`write_stderr`), the
//! clocks behind the `time` module (`monotonic_ns`, `time_ns`), `time.sleep`,
//! `input()` and where `import` finds `.py` sources (`find_module`). Every
//! method but the two writers has a default (no clock, no modules).
//!
//! [`Config`] sets the limits: `recursion_limit` (Python call depth before
//! `RecursionError`), `budget` (instructions each top-level run or call may
//! execute before `krait.BudgetExceeded`), `heap_limit` (bytes of objects
//! before `MemoryError`) and `argv` (`sys.argv`).
//!
//! ```
//! use core::cell::RefCell;
//! use std::rc::Rc;
//! use core_vm::{Config, Vm, vm::Host};
//!
//! struct MyHost { out: Rc<RefCell<String>> }
//! impl Host for MyHost {
//!     fn write_stdout(&mut self, s: &str) { self.out.borrow_mut().push_str(s) }
//!     fn write_stderr(&mut self, s: &str) { self.out.borrow_mut().push_str(s) }
//!     fn monotonic_ns(&mut self) -> u64 { 1_500_000_000 }
//! }
//!
//! let out = Rc::new(RefCell::new(String::new()));
//! let config = Config { budget: Some(1_000_000), recursion_limit: 200, ..Config::default() };
//! let mut vm = Vm::new(Box::new(MyHost { out: out.clone() }), config);
//! vm.run("import time\nprint('t =', time.monotonic())").unwrap();
//! assert_eq!(*out.borrow(), "t = 1.5\n");
//! ```
//!
//! ## 2. Running code
//!
//! Scripts run as the `__main__` module, whose globals persist between runs
//! (a later run sees what an earlier one defined):
//!
//! - [`Vm::run`] runs statements (filename `<string>`);
//!   [`Vm::run_script`] names the file for tracebacks and `__file__`;
//! - [`Vm::eval`] evaluates one expression and returns its value
//!   ([`Vm::eval_as`] converts it to a Rust type);
//! - [`Vm::compile`] / [`Vm::compile_expr`] make a code object once, and
//!   [`Vm::run_code`] / [`Vm::eval_code`] run it as often as needed.
//!
//! ## 3. Calling Python from Rust
//!
//! Arguments are tuples of Rust values ([`IntoArgs`]); results come back as
//! a [`Value`] or, with the `_as` variants, any [`FromPy`] type:
//!
//! ```
//! # use core_vm::{Config, Vm, Value};
//! # let mut vm = Vm::new(Box::new(core_vm::vm::NullHost), Config::default());
//! vm.run("def area(w, h=2.0):\n    return w * h\n").unwrap();
//! let a: f64 = vm.call_global_as("area", (3, 1.5)).unwrap();
//! assert_eq!(a, 4.5);
//! let f = vm.global("area").unwrap();
//! let b: f64 = vm.call_value_as(&f, (2,)).unwrap();
//! assert_eq!(b, 4.0);
//! let names: Vec<String> = vm.eval_as("sorted(['b', 'a'])").unwrap();
//! assert_eq!(names, ["a", "b"]);
//! ```
//!
//! [`IntoPy`] and [`FromPy`] convert integers (with `OverflowError` when a
//! value does not fit), floats, `bool`, strings, `()`/`None`, `Option`,
//! `Vec`, tuples and `BTreeMap`s; a mismatch is a `TypeError`
//! (`expected int, got str`).
//!
//! ## 4. Native functions and modules
//!
//! A native function is a plain Rust `fn` ([`NativeFn`](crate::objects::value::NativeFn)):
//! `fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value>`. Parse its arguments
//! with [`Vm::extract_args`], and return a Python exception as
//! `Err(PyErr::value_error(..))` or `Err(PyErr::new(ExcKind::.., ..))`.
//! Install it as a builtin with [`Vm::register_function`], or group
//! functions and constants into an importable module with
//! [`ModuleBuilder`] (`import board; board.led(1)`). A function pointer
//! captures nothing; its state lives in the VM ([`Vm::set_state`],
//! [`Vm::state_mut`]), in a `static`, or in a closure
//! ([`native_closure`], [`ModuleBuilder::closure`]).
//!
//! ## 5. Errors
//!
//! Every method here returns [`Error`] on failure and prints nothing (unlike
//! [`Vm::run_main`], which prints tracebacks as the CLI does). It carries the
//! exception's type name, `str(exc)`, the formatted traceback and the
//! exception object, and its [`ErrorKind`] tells a Python exception apart
//! from the budget running out, an interrupt and `SystemExit(code)`.
//! The VM stays usable after any error.
//!
//! ## 6. Budget and interrupt
//!
//! With `Config::budget = Some(n)`, each top-level run or call from Rust may
//! execute `n` instructions; then `krait.BudgetExceeded` is raised (a
//! `BaseException`, so `except Exception` does not swallow it) and, if the
//! script does not handle it, the embedder gets [`ErrorKind::BudgetExceeded`].
//! [`Vm::interrupt_handle`] gives a `Send` handle that another thread or an
//! interrupt handler uses to stop a running script: it raises
//! `KeyboardInterrupt` within a few thousand instructions, seen as
//! [`ErrorKind::Interrupted`].

mod convert;
mod error;
mod native;

use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::bytecode::Code;
use crate::compiler::Mode;
use crate::objects::{Kind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub use crate::vm::{Config, Host, InterruptHandle, NullHost};
pub use convert::{type_mismatch, FromArgs, FromPy, IntoArgs, IntoPy};
pub use error::{Error, ErrorKind};
pub(crate) use native::StateMap;
pub use native::{native_closure, no_kwargs, Kwargs, ModuleBuilder, NativeClosure};

/// The filename of code run by [`Vm::run`] and [`Vm::eval`].
const STRING_FILENAME: &str = "<string>";

impl Vm {
    /// Map a lower-level result to the embedding API's [`Error`].
    fn embed<T>(&mut self, r: PyResult<T>) -> Result<T, Error> {
        r.map_err(|e| Error::from_pyerr(self, e))
    }

    /// Compile `source` (statements) into a code object; `filename` is what
    /// tracebacks show. A syntax error is an [`Error`] whose type name is
    /// `SyntaxError` (or `IndentationError`).
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Rc<Code>, Error> {
        let _current = self.enter();
        let r = self.compile_source(source, filename, Mode::Module);
        self.embed(r)
    }

    /// Compile one expression into a code object for [`Vm::eval_code`].
    pub fn compile_expr(&mut self, source: &str, filename: &str) -> Result<Rc<Code>, Error> {
        let _current = self.enter();
        let r = self.compile_expression_source(source, filename);
        self.embed(r)
    }

    /// Compile an expression, keeping its source for tracebacks like
    /// [`Vm::compile_source`] does.
    fn compile_expression_source(&mut self, source: &str, filename: &str) -> PyResult<Rc<Code>> {
        self.compile_with(source, filename, crate::compiler::compile_expression_within)
    }

    /// Forget the source of `<string>` code: like CPython, its tracebacks
    /// show no source lines (a later `<string>` would show the wrong ones).
    fn forget_string_source(&mut self) {
        self.sources.retain(|(f, _)| &**f != STRING_FILENAME);
    }

    /// Run compiled code (from [`Vm::compile`]) in `__main__`.
    pub fn run_code(&mut self, code: &Rc<Code>) -> Result<(), Error> {
        let _current = self.enter();
        let globals = self.main_globals();
        let r = self.exec_code(code.clone(), globals, None);
        self.embed(r).map(|_| ())
    }

    /// Evaluate a compiled expression (from [`Vm::compile_expr`]) in
    /// `__main__` and convert its value.
    pub fn eval_code<T: FromPy>(&mut self, code: &Rc<Code>) -> Result<T, Error> {
        let _current = self.enter();
        let globals = self.main_globals();
        let r = self.exec_code(code.clone(), globals, None);
        let v = self.embed(r)?;
        self.extract(&v)
    }

    /// Run `source` (statements) as `__main__`; tracebacks name the file
    /// `<string>`.
    ///
    /// ```
    /// # let mut vm = core_vm::Vm::new(Box::new(core_vm::vm::NullHost), Default::default());
    /// vm.run("x = 6 * 7").unwrap();
    /// assert_eq!(vm.global_as::<i64>("x").unwrap(), 42);
    /// ```
    pub fn run(&mut self, source: &str) -> Result<(), Error> {
        let _current = self.enter();
        let code = self.compile(source, STRING_FILENAME);
        self.forget_string_source();
        self.run_code(&code?)
    }

    /// Run `source` as `__main__` under `filename` (shown in tracebacks with
    /// source lines, and set as `__file__`).
    pub fn run_script(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let r = self.run_source(source, filename);
        self.embed(r).map(|_| ())
    }

    /// Evaluate one expression in `__main__`'s namespace.
    ///
    /// ```
    /// # let mut vm = core_vm::Vm::new(Box::new(core_vm::vm::NullHost), Default::default());
    /// let v = vm.eval("[1, 2] * 2").unwrap();
    /// assert_eq!(vm.repr(&v).unwrap(), "[1, 2, 1, 2]");
    /// ```
    pub fn eval(&mut self, expr: &str) -> Result<Value, Error> {
        self.eval_as(expr)
    }

    /// Evaluate one expression and convert its value to `T`.
    ///
    /// ```
    /// # let mut vm = core_vm::Vm::new(Box::new(core_vm::vm::NullHost), Default::default());
    /// let (q, r): (i64, i64) = vm.eval_as("divmod(17, 5)").unwrap();
    /// assert_eq!((q, r), (3, 2));
    /// ```
    pub fn eval_as<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        let _current = self.enter();
        let code = self.compile_expr(expr, STRING_FILENAME);
        self.forget_string_source();
        self.eval_code(&code?)
    }

    /// Convert a Python value to the Rust type `T` ([`FromPy`]).
    pub fn extract<T: FromPy>(&mut self, v: &Value) -> Result<T, Error> {
        let _current = self.enter();
        let r = T::from_py(self, v);
        self.embed(r)
    }

    /// The global `name` of `__main__` (falling back to the builtins), or
    /// `None`.
    pub fn global(&mut self, name: &str) -> Option<Value> {
        let _current = self.enter();
        let globals = self.main_globals();
        let found = match &globals.kind {
            Kind::Dict(d) => d.borrow().get_str(name).cloned(),
            _ => None,
        };
        found.or_else(|| self.builtins_dict().borrow().get_str(name).cloned())
    }

    /// The global `name` of `__main__` converted to `T`; a `NameError` if
    /// there is none.
    pub fn global_as<T: FromPy>(&mut self, name: &str) -> Result<T, Error> {
        let _current = self.enter();
        let v = self.global_or_name_error(name)?;
        self.extract(&v)
    }

    fn global_or_name_error(&mut self, name: &str) -> Result<Value, Error> {
        match self.global(name) {
            Some(v) => Ok(v),
            None => {
                let e = PyErr::new(crate::objects::ExcKind::NameError, alloc::format!("name '{}' is not defined", name));
                Err(self.error(e))
            }
        }
    }

    /// Set the global `name` of `__main__` (an input for the next run).
    pub fn set_global(&mut self, name: &str, value: impl IntoPy) {
        let _current = self.enter();
        let globals = self.main_globals();
        if let Kind::Dict(d) = &globals.kind {
            d.borrow_mut().set_str(name, value.into_py());
        }
    }

    /// Call the callable `f` with positional arguments converted from Rust.
    pub fn call_value(&mut self, f: &Value, args: impl IntoArgs) -> Result<Value, Error> {
        let _current = self.enter();
        let args = args.into_args();
        let r = self.call(f, &args, &[]);
        self.embed(r)
    }

    /// [`Vm::call_value`], converting the result to `T`.
    pub fn call_value_as<T: FromPy>(&mut self, f: &Value, args: impl IntoArgs) -> Result<T, Error> {
        let v = self.call_value(f, args)?;
        self.extract(&v)
    }

    /// Call `f` with positional and keyword arguments:
    /// `vm.call_value_kw(&f, (1,), &[("sep", "-".into_py())])`.
    pub fn call_value_kw(&mut self, f: &Value, args: impl IntoArgs, kwargs: &[(&str, Value)]) -> Result<Value, Error> {
        let _current = self.enter();
        let args = args.into_args();
        let kwargs: Vec<(Rc<str>, Value)> = kwargs.iter().map(|(k, v)| (Rc::from(*k), v.clone())).collect();
        let r = self.call(f, &args, &kwargs);
        self.embed(r)
    }

    /// Call the global function `name` of `__main__`; a `NameError` if
    /// there is none.
    pub fn call_global(&mut self, name: &str, args: impl IntoArgs) -> Result<Value, Error> {
        let _current = self.enter();
        let f = self.global_or_name_error(name)?;
        self.call_value(&f, args)
    }

    /// [`Vm::call_global`], converting the result to `T`.
    pub fn call_global_as<T: FromPy>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let v = self.call_global(name, args)?;
        self.extract(&v)
    }

    /// The attribute `obj.name` (an `AttributeError` if missing).
    pub fn attr(&mut self, obj: &Value, name: &str) -> Result<Value, Error> {
        let _current = self.enter();
        let r = self.get_attr(obj, name);
        self.embed(r)
    }

    /// Call the method `obj.name(*args)`.
    pub fn call_attr(&mut self, obj: &Value, name: &str, args: impl IntoArgs) -> Result<Value, Error> {
        let _current = self.enter();
        let f = self.attr(obj, name)?;
        self.call_value(&f, args)
    }
}
