//! The VM: its state ([`Vm`]), its configuration ([`Config`]) and the hooks
//! an embedder supplies ([`Host`]: output, module source, clock).
//!
//! The object protocol (attribute access, operators, calls, iteration, ...)
//! lives in the submodules, one concern per file, all as `impl Vm` blocks.

mod attr;
mod attr_cache;
pub mod bigrange;
mod call;
mod compare;
mod convert;
mod errors;
mod import;
mod iterate;
mod limits;
mod numeric;
mod ops;
mod repr;
mod run;
pub mod instance;
pub mod shapes;
mod subscript;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::objects::{BuiltinTypes, Dict, Kind, Obj, Value};

pub use attr::{delete_own_attr, instance_dict, native_function, native_method, own_attr, own_attr_names};
pub use bigrange::big_range_contains as bigrange_contains;
pub use call::Args;
pub use numeric::{binop_dunders, decode_binop, float_op, int_op, num_op, Num};
pub use ops::{exact_len, identity_hash as identity_hash_pub, user_lookup};
pub use repr::{is_printable, str_repr, str_repr as str_repr_pub};
pub use limits::InterruptHandle;
pub use run::RunError;

/// True if an instance's own attributes include `name` (it shadows class
/// methods).
pub fn instance_dict_has(v: &Value, name: &str) -> bool {
    attr::own_attr(v, name).is_some()
}

/// What an embedder supplies to the VM.
pub trait Host {
    /// Write text to standard output (`print`, `sys.stdout.write`).
    fn write_stdout(&mut self, s: &str);
    /// Write text to standard error (tracebacks, `sys.stderr`).
    fn write_stderr(&mut self, s: &str);
    /// Find the source of a module that is not built in: returns
    /// `(filename, source)`. `name` is the dotted module name; a package is
    /// its `__init__.py`, flagged by the third value being true.
    fn find_module(&mut self, _name: &str) -> Option<(String, String, bool)> {
        None
    }
    /// Monotonic clock in nanoseconds (`time.monotonic`, `perf_counter`).
    fn monotonic_ns(&mut self) -> u64 {
        0
    }
    /// Wall-clock time in nanoseconds since the Unix epoch (`time.time`).
    fn time_ns(&mut self) -> u64 {
        0
    }
    /// Sleep for `ns` nanoseconds (`time.sleep`). A host without a timer
    /// may return at once.
    fn sleep_ns(&mut self, _ns: u64) {}
    /// Read a line from standard input (`input()`); `None` at end of file.
    fn read_line(&mut self) -> Option<String> {
        None
    }
}

/// A host that discards output and has no modules or clock.
pub struct NullHost;

impl Host for NullHost {
    fn write_stdout(&mut self, _s: &str) {}
    fn write_stderr(&mut self, _s: &str) {}
}

/// A native module: its name and a function that builds its namespace.
pub type NativeModuleInit = fn(&mut Vm) -> crate::PyResult<Dict>;

/// VM configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Maximum Python call depth before `RecursionError`.
    pub recursion_limit: usize,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Instructions each top-level run may execute before `BudgetExceeded`
    /// (`None`: unlimited).
    pub budget: Option<u64>,
    /// Bytes of heap the VM's objects may use before `MemoryError`
    /// (`None`: unlimited).
    pub heap_limit: Option<usize>,
    /// Bytes of host stack the VM may use, counted from where the embedder
    /// called into it, before `RecursionError`. Python-to-Python calls do
    /// not use the host stack; native code calling back into Python, nested
    /// data (`repr`/`==`/`hash` of nested lists) and the compiler do. Set it
    /// to the size of the stack the VM runs on minus some headroom (see
    /// `docs/architecture.md`, "Host stack"); the default,
    /// [`DEFAULT_HOST_STACK_LIMIT`], suits a 2 MiB thread.
    pub host_stack_limit: usize,
}

/// The default [`Config::host_stack_limit`]: 1 MiB, room for about 150
/// native re-entries into the interpreter (each costs up to ~6 KiB in
/// release builds) on a 2 MiB stack, Rust's default for spawned threads.
pub const DEFAULT_HOST_STACK_LIMIT: usize = 1 << 20;

impl Default for Config {
    fn default() -> Self {
        Config {
            recursion_limit: 1000,
            argv: Vec::new(),
            budget: None,
            heap_limit: None,
            host_stack_limit: DEFAULT_HOST_STACK_LIMIT,
        }
    }
}

/// A Krait virtual machine.
pub struct Vm {
    pub types: BuiltinTypes,
    /// The `builtins` module namespace (a `dict` object).
    pub builtins: Obj,
    /// Imported modules by name (`sys.modules`), a `dict` object.
    pub modules: Obj,
    pub host: Box<dyn Host>,
    pub config: Config,
    /// Current Python call depth.
    pub depth: usize,
    /// The exception currently being handled (`sys.exc_info()`), or `None`.
    pub exc_info: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    /// Source text of every compiled file, for tracebacks.
    pub sources: Vec<(Rc<str>, Rc<str>)>,
    /// Native modules available to `import`.
    pub native_modules: Vec<(&'static str, NativeModuleInit)>,
    /// The `random` module's shared generator.
    pub random: crate::modules::random_core::MersenneTwister,
    /// Set by uops that re-raise an exception already carrying this frame's
    /// traceback line.
    pub reraising: bool,
    /// Objects whose `repr` is in progress (recursion guard).
    pub repr_stack: Vec<usize>,
    /// Counter behind [`Vm::fresh_nan`].
    pub nan_counter: u64,
    /// The `sys.stdout` object the `sys` module created; `print()` writes
    /// to the host directly unless a script replaced `sys.stdout`.
    pub original_stdout: Value,
    /// Instructions left before the interpreter's next slow check
    /// ([`Vm::slow_tick`]: budget, interrupt, housekeeping).
    pub fuel: i64,
    /// Classes that native code creates on first use, by key (see
    /// [`Vm::native_class`]).
    pub native_classes: Vec<(&'static str, Obj)>,
    pub(crate) limits: limits::Limits,
    /// Hidden classes of instance attributes and their transitions.
    pub shapes: shapes::ShapeTable,
    /// Finished frames (allocation and emptied buffer), reused by calls.
    pub(crate) frame_pool: Vec<crate::interp::frame::SpareFrame>,
    /// Iterator objects that `for` loops finished with while nobody else
    /// held them, emptied, reused by `iter()` of sequences and ranges (see
    /// [`Vm::recycle_iter`]).
    pub(crate) iter_pool: Vec<Obj>,
    /// Class attribute lookups by (class version, name).
    pub(crate) attr_cache: attr_cache::AttrCache,
    /// Embedder values stored with [`Vm::set_state`] (see `crate::embed`).
    pub(crate) embed_state: crate::embed::StateMap,
    /// This VM's heap (accounting, limit, collector). Declared last: fields
    /// drop in order, so its drop (a final collection) runs once everything
    /// else the VM held is gone.
    pub(crate) heap: VmHeap,
}

/// The VM's handle on its heap; dropping it (the VM's last field to drop)
/// runs a final collection so a dropped VM leaves no cycles behind.
pub(crate) struct VmHeap(pub(crate) crate::mem::HeapRef);

impl Drop for VmHeap {
    fn drop(&mut self) {
        let _current = crate::mem::enter(&self.0);
        crate::mem::gc::collect(&self.0, crate::mem::gc::Generation::Full);
    }
}

impl Drop for Vm {
    /// Tear down: empty the module table and the builtins (where the
    /// script's objects hang) and collect; the VM's remaining fields, then
    /// the final collection in [`VmHeap`]'s drop, free the rest.
    fn drop(&mut self) {
        let _current = crate::mem::enter(&self.heap.0);
        self.exc_info = Value::None;
        self.original_stdout = Value::None;
        self.native_classes.clear();
        self.attr_cache = Default::default();
        for d in [&self.modules, &self.builtins] {
            if let Kind::Dict(d) = &d.kind {
                let taken = d.try_borrow_mut().map(|mut d| core::mem::take(&mut *d));
                drop(taken);
            }
        }
        crate::mem::gc::collect(&self.heap.0, crate::mem::gc::Generation::Full);
    }
}

impl Vm {
    /// A new VM with the given host and configuration.
    pub fn new(host: Box<dyn Host>, config: Config) -> Vm {
        let heap = crate::mem::Heap::new(config.heap_limit);
        let _current = crate::mem::enter(&heap);
        let types = BuiltinTypes::new();
        let builtins = Value::dict(Dict::new());
        let modules = Value::dict(Dict::new());
        let mut vm = Vm {
            types,
            builtins: obj_of(builtins),
            modules: obj_of(modules),
            host,
            config,
            depth: 0,
            exc_info: Value::None,
            not_implemented: Value::new_obj(Kind::NotImplemented),
            ellipsis: Value::new_obj(Kind::Ellipsis),
            sources: Vec::new(),
            native_modules: Vec::new(),
            random: crate::modules::random_core::MersenneTwister::new_seeded_u32s(&[0]),
            reraising: false,
            repr_stack: Vec::new(),
            nan_counter: 0,
            original_stdout: Value::None,
            fuel: 0,
            native_classes: Vec::new(),
            limits: limits::Limits::new(None),
            shapes: shapes::ShapeTable::new(),
            frame_pool: Vec::new(),
            iter_pool: Vec::new(),
            attr_cache: Default::default(),
            embed_state: Default::default(),
            heap: VmHeap(heap.clone()),
        };
        vm.set_budget(vm.config.budget);
        crate::builtins::install(&mut vm);
        crate::modules::register_all(&mut vm);
        vm
    }

    /// The class native code registered under `key`, made by `make` on
    /// first use. Per VM: a class cached anywhere global would leak from
    /// one VM into the next.
    pub fn native_class(&mut self, key: &'static str, make: impl FnOnce(&mut Vm) -> Obj) -> Obj {
        if let Some((_, c)) = self.native_classes.iter().find(|(k, _)| *k == key) {
            return c.clone();
        }
        let c = make(self);
        self.native_classes.push((key, c.clone()));
        c
    }

    /// This VM's heap: bytes used, the limit, live objects, the collector.
    /// It outlives the VM while any of its objects (or this handle) does.
    pub fn heap(&self) -> crate::mem::HeapRef {
        self.heap.0.clone()
    }

    /// The heap, borrowed.
    #[inline]
    pub fn heap_ref(&self) -> &crate::mem::HeapRef {
        &self.heap.0
    }

    /// Make this VM's heap the current one (objects created until the guard
    /// drops are charged to it). Every entry point that runs code does this;
    /// an embedder creating many values for a VM between runs may too.
    pub fn enter(&self) -> crate::mem::EnterGuard {
        crate::mem::enter(&self.heap.0)
    }

    /// Run a full cycle collection now; returns the number of unreachable
    /// objects found (`gc.collect()`). Like CPython's full collection, it
    /// first empties the free list (the pooled iterators).
    pub fn collect_garbage(&mut self) -> usize {
        let _current = self.enter();
        self.iter_pool.clear();
        crate::mem::gc::collect(&self.heap.0, crate::mem::gc::Generation::Full)
    }

    /// A NaN with a payload no other live NaN has: floats are immediates,
    /// so this is how `float('nan')` results stay distinct objects for
    /// identity (`x is y`, and `[nan] == [nan]` through the identity
    /// shortcut), as in CPython.
    pub fn fresh_nan(&mut self, like: f64) -> f64 {
        self.nan_counter = self.nan_counter.wrapping_add(1);
        let payload = 1 + (self.nan_counter % 0x3_ffff_ffff_fffe);
        let sign = like.to_bits() & (1 << 63);
        f64::from_bits(sign | 0x7ff8_0000_0000_0000 | payload)
    }

    /// A frame for a call of `code` with every local unbound, in a finished
    /// frame's allocation and buffer when there is one.
    #[inline]
    pub fn new_frame(&mut self, code: Rc<crate::bytecode::Code>, globals: Obj, func: Option<Obj>) -> Box<crate::interp::frame::Frame> {
        let mut spare = self.spare_frame();
        let base = code.nlocals() + code.ncells();
        let locals = spare.locals();
        locals.reserve(base + code.stacksize as usize + 1);
        locals.resize(base, Value::Null);
        spare.into_frame(code, globals, func)
    }

    /// A finished frame to fill (or a new one).
    #[inline(always)]
    pub(crate) fn spare_frame(&mut self) -> crate::interp::frame::SpareFrame {
        self.frame_pool.pop().unwrap_or_default()
    }

    /// A frame finished: release what it refers to and keep its allocation
    /// and buffer for the next call.
    #[inline]
    pub fn recycle_frame(&mut self, frame: Box<crate::interp::frame::Frame>) {
        const KEEP: usize = 64;
        const MAX_SLOTS: usize = 1024;
        if self.frame_pool.len() < KEEP && frame.locals.capacity() <= MAX_SLOTS {
            self.frame_pool.push(crate::interp::frame::SpareFrame::from_frame(frame));
        }
    }

    /// Make a native module importable.
    pub fn register_native_module(&mut self, name: &'static str, init: NativeModuleInit) {
        self.native_modules.retain(|(n, _)| *n != name);
        self.native_modules.push((name, init));
    }

    /// The builtins namespace.
    pub fn builtins_dict(&self) -> &core::cell::RefCell<Dict> {
        match &self.builtins.kind {
            Kind::Dict(d) => d,
            _ => unreachable_dict(),
        }
    }

    /// Write to the host's standard output.
    pub fn write_stdout(&mut self, s: &str) {
        self.host.write_stdout(s);
    }

    /// `sys.stdout` if a script replaced it (for `print()`), else `None`.
    pub fn replaced_stdout(&self) -> Option<Value> {
        if self.original_stdout.is_none() {
            return None;
        }
        let sys = match &self.modules.kind {
            Kind::Dict(d) => d.borrow().get_str("sys").cloned()?,
            _ => return None,
        };
        let Some(Kind::Module(m)) = sys.kind() else { return None };
        let current = match &m.globals.kind {
            Kind::Dict(d) => d.borrow().get_str("stdout").cloned()?,
            _ => return None,
        };
        if current.is(&self.original_stdout) {
            None
        } else {
            Some(current)
        }
    }

    /// Write to the host's standard error.
    pub fn write_stderr(&mut self, s: &str) {
        self.host.write_stderr(s);
    }
}

/// The object inside a value known to be a heap object.
fn obj_of(v: Value) -> Obj {
    match v {
        Value::Obj(o) => o,
        _ => crate::objects::PyObject::new(Kind::Dict(Default::default()), None),
    }
}

/// `builtins` is created as a dict in `Vm::new` and never replaced; this
/// returns a fresh empty cell rather than panicking if that ever changed.
fn unreachable_dict() -> &'static core::cell::RefCell<Dict> {
    // A leaked empty dict: only reachable if the invariant above is broken.
    Box::leak(Box::new(core::cell::RefCell::new(Dict::new())))
}
