//! Native functions and modules written in Rust, and embedder state they can
//! reach.
//!
//! A native function has the [`NativeFn`] signature
//! `fn(&mut Vm, &[Value], &[(Rc<str>, Value)]) -> PyResult<Value>`: a plain
//! function pointer, so it captures nothing. Three ways to give it state:
//!
//! 1. **VM state** ([`Vm::set_state`] / [`Vm::state_mut`]): any `'static`
//!    Rust value stored in the VM, found by its type. Best for most state.
//! 2. **Closures** ([`native_closure`], [`Vm::register_closure`],
//!    [`ModuleBuilder::closure`]): a Rust closure becomes a Python
//!    function; it may capture `Rc<RefCell<..>>` shared with the embedder.
//! 3. **Statics** (`static LEDS: AtomicU32`): for state that is global to
//!    the program anyway (hardware registers, counters).

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::RefCell;

use crate::objects::value::{with_native, NativeData, NativeFn, NativeFunction};
use crate::objects::{Dict, ExcKind, Kind, PyErr, PyResult, Value};
use crate::vm::{native_function, Vm};

use super::convert::{FromArgs, IntoPy};

/// The keyword arguments of a native call.
pub type Kwargs<'a> = &'a [(Rc<str>, Value)];

/// A Rust closure callable from Python (see [`native_closure`]).
pub type NativeClosure = dyn Fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value>;

/// The Python-side holder of a closure: a native object bound as the
/// receiver of [`call_closure`].
struct ClosureData(Rc<NativeClosure>);

impl NativeData for ClosureData {
    fn type_name(&self) -> &'static str {
        "native_closure"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// The function every closure value calls: its receiver (first argument)
/// holds the closure.
fn call_closure(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some((this, rest)) = args.split_first() else {
        return Err(PyErr::new(ExcKind::SystemError, "native closure called without its data"));
    };
    // Clone the closure out so the cell is not borrowed while it runs (it
    // may call itself through Python).
    let f = with_native::<ClosureData, _>(this, |c| c.0.clone())
        .ok_or_else(|| PyErr::new(ExcKind::SystemError, "native closure called without its data"))?;
    f(vm, rest, kw)
}

/// A Python function (`<built-in function name>`) that runs the Rust
/// closure `f`. The closure may capture any `'static` state, e.g. an
/// `Rc<RefCell<T>>` the embedder also keeps; it should not capture Python
/// [`Value`]s that refer back to the function (the cycle collector cannot
/// see inside closures).
pub fn native_closure(name: &'static str, f: impl Fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value> + 'static) -> Value {
    let data: Box<dyn NativeData> = Box::new(ClosureData(Rc::new(f)));
    let holder = Value::new_obj(Kind::NativeData(RefCell::new(data)));
    Value::new_obj(Kind::Native(NativeFunction { name, func: call_closure, bound: Some(holder), owner: None }))
}

/// Reject keyword arguments: `name() takes no keyword arguments`.
pub fn no_kwargs(name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)))
    }
}

/// The embedder state stored in a VM: one value per Rust type.
#[derive(Default)]
pub(crate) struct StateMap(Vec<Box<dyn Any>>);

impl StateMap {
    fn position<T: 'static>(&self) -> Option<usize> {
        self.0.iter().position(|b| b.is::<T>())
    }
}

impl Vm {
    /// Store `value` in the VM, replacing (and returning) any earlier value
    /// of the same type. Native functions reach it with [`Vm::state`] /
    /// [`Vm::state_mut`]; the embedder too, between runs.
    pub fn set_state<T: 'static>(&mut self, value: T) -> Option<T> {
        let old = self.take_state::<T>();
        self.embed_state.0.push(Box::new(value));
        old
    }

    /// The stored value of type `T`, if any.
    pub fn state<T: 'static>(&self) -> Option<&T> {
        self.embed_state.0.iter().find_map(|b| b.downcast_ref::<T>())
    }

    /// The stored value of type `T`, mutably, if any.
    pub fn state_mut<T: 'static>(&mut self) -> Option<&mut T> {
        self.embed_state.0.iter_mut().find_map(|b| b.downcast_mut::<T>())
    }

    /// Remove and return the stored value of type `T`.
    pub fn take_state<T: 'static>(&mut self) -> Option<T> {
        let i = self.embed_state.position::<T>()?;
        self.embed_state.0.remove(i).downcast::<T>().ok().map(|b| *b)
    }

    /// The stored value of type `T` for a native function: a Python
    /// `RuntimeError` if the embedder never stored one.
    pub fn require_state<T: 'static>(&mut self) -> PyResult<&mut T> {
        let name = core::any::type_name::<T>();
        self.state_mut::<T>()
            .ok_or_else(|| PyErr::runtime(format!("embedder state {} is not set", name)))
    }

    /// Parse the arguments of a native function into Rust values:
    /// `let (pin, level): (u32, Option<bool>) = vm.extract_args("led", args, kw)?;`.
    /// Trailing `Option` elements are optional. Errors are CPython-style
    /// `TypeError`s: `led() takes no keyword arguments`,
    /// `led expected at least 1 argument, got 0`,
    /// `led() argument 1: expected int, got str`.
    pub fn extract_args<T: FromArgs>(&mut self, name: &str, args: &[Value], kw: Kwargs) -> PyResult<T> {
        no_kwargs(name, kw)?;
        T::from_args(self, name, args)
    }

    /// Add `value` to the builtins: visible to every module under `name`.
    pub fn add_builtin(&mut self, name: &str, value: impl IntoPy) {
        let _current = self.enter();
        self.builtins_dict().borrow_mut().set_str(name, value.into_py());
    }

    /// Make the native function `f` a builtin called `name`.
    pub fn register_function(&mut self, name: &'static str, f: NativeFn) {
        self.add_builtin(name, native_function(name, f));
    }

    /// Make the closure `f` a builtin called `name` (see [`native_closure`]).
    pub fn register_closure(&mut self, name: &'static str, f: impl Fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value> + 'static) {
        self.add_builtin(name, native_closure(name, f));
    }

    /// The module `name` from `sys.modules`, if it was imported or installed.
    pub fn module(&self, name: &str) -> Option<Value> {
        match &self.modules.kind {
            Kind::Dict(d) => d.borrow().get_str(name).cloned(),
            _ => None,
        }
    }
}

/// Builds a native module from Rust functions, closures and constants and
/// installs it so scripts can `import` it.
///
/// ```
/// use core_vm::embed::{ModuleBuilder, Kwargs};
/// use core_vm::{Config, PyResult, Value, Vm};
///
/// fn led(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
///     let (n,): (u32,) = vm.extract_args("led", args, kw)?;
///     Ok(Value::Int(n as i64 * 10))
/// }
///
/// let mut vm = Vm::new(Box::new(core_vm::vm::NullHost), Config::default());
/// ModuleBuilder::new("board").function("led", led).constant("PINS", 8).install(&mut vm);
/// vm.run("import board\nr = board.led(2) + board.PINS").unwrap();
/// assert_eq!(vm.global_as::<i64>("r").unwrap(), 28);
/// ```
///
/// The module is created at once and put in `sys.modules`; `import board`
/// then finds it. For a module built lazily on its first import, register a
/// `fn(&mut Vm) -> PyResult<Dict>` with [`Vm::register_native_module`]
/// instead. A dotted name (`board.gpio`) also becomes an attribute of its
/// parent module when the parent is installed first.
pub struct ModuleBuilder {
    name: String,
    dict: Dict,
}

impl ModuleBuilder {
    /// An empty module called `name`.
    pub fn new(name: &str) -> ModuleBuilder {
        ModuleBuilder { name: String::from(name), dict: Dict::new() }
    }

    /// Add the native function `f` as `name`.
    pub fn function(mut self, name: &'static str, f: NativeFn) -> ModuleBuilder {
        self.dict.set_str(name, native_function(name, f));
        self
    }

    /// Add several native functions.
    pub fn functions(mut self, fns: &[(&'static str, NativeFn)]) -> ModuleBuilder {
        for (name, f) in fns {
            self.dict.set_str(name, native_function(name, *f));
        }
        self
    }

    /// Add the closure `f` as the function `name` (see [`native_closure`]).
    pub fn closure(mut self, name: &'static str, f: impl Fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value> + 'static) -> ModuleBuilder {
        self.dict.set_str(name, native_closure(name, f));
        self
    }

    /// Add a constant (or any value: a class, a list, ...).
    pub fn constant(mut self, name: &str, value: impl IntoPy) -> ModuleBuilder {
        self.dict.set_str(name, value.into_py());
        self
    }

    /// Set the module's docstring (`__doc__`).
    pub fn doc(mut self, text: &str) -> ModuleBuilder {
        self.dict.set_str("__doc__", Value::str(text));
        self
    }

    /// Create the module, put it in `sys.modules` (replacing a module of the
    /// same name) and return it.
    pub fn install(self, vm: &mut Vm) -> Value {
        let _current = vm.enter();
        let ModuleBuilder { name, mut dict } = self;
        if dict.get_str("__doc__").is_none() {
            dict.set_str("__doc__", Value::None);
        }
        let module = vm.new_module(&name, dict);
        if let Kind::Dict(d) = &vm.modules.kind {
            d.borrow_mut().set_str(&name, module.clone());
        }
        if let Some((parent, child)) = name.rsplit_once('.') {
            if let Some(Kind::Module(p)) = vm.module(parent).as_ref().and_then(|p| p.kind()) {
                if let Kind::Dict(d) = &p.globals.kind {
                    d.borrow_mut().set_str(child, module.clone());
                }
            }
        }
        module
    }
}
