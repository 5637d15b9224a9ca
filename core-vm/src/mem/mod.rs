//! The VM's heap: byte accounting, the heap limit, and the registry the
//! cycle collector ([`gc`]) works from.
//!
//! # Design
//!
//! Objects are `Rc<PyObject>`s created in hundreds of places that have no
//! `&Vm` at hand (`Value::str`, `Value::list`, ...). So each VM owns a
//! [`Heap`] (behind an `Rc`, a [`HeapRef`]) and the heap is found two ways:
//!
//! - **at creation, ambiently**: the *current heap* of this thread is the
//!   heap of the VM whose code is running. It is set while a VM runs
//!   (`Vm::new`, every entry into the interpreter, collection and teardown)
//!   and restored afterwards ([`enter`] returns a guard), so nested VMs work.
//!   An object created while no VM runs (an embedder building arguments
//!   between runs) belongs to no heap: it is neither counted nor tracked.
//! - **at drop, through the object**: each object carries an [`ObjMem`],
//!   the `HeapRef` it was charged to, the bytes it was charged and its slot
//!   in the collector's registry. Dropping it credits exactly that heap,
//!   whichever VM happens to run then, and the heap outlives the VM for as
//!   long as any of its objects does (which is what makes the leak check
//!   possible: drop the VM, collect, count).
//!
//! Why not the alternatives: an ambient heap at drop too (no handle in the
//! object) would credit the wrong heap, or none, whenever a value outlives
//! its run or crosses VMs, and the drift could only be repaired for tracked
//! objects; a `&Vm` parameter on every constructor would touch ~330 call
//! sites; a counting global allocator would not be per VM and cannot turn
//! failure into `MemoryError`. The handle costs 16 bytes per object and an
//! `Rc` increment/decrement per object lifetime.
//!
//! The ambient slot is a `thread_local!` when the `std` feature is on (the
//! CLI and the tests enable it). Without `std` it is a single global slot
//! (an `AtomicPtr`, so no `unsafe impl Sync` is needed, but the heap's
//! counts are plain `Cell`s and `Rc`s):
//! **a `no_std` build supports VMs on one hardware thread at a time** (any
//! number of VMs, nested or interleaved, but no two threads or cores running
//! VM code concurrently). That is the usual shape of a kernel that embeds an
//! interpreter; an SMP embedder that wants a VM per core builds with `std`
//! or serialises VM execution.
//!
//! # Accounting
//!
//! Byte counts are estimates: the object header (the `Rc` box) plus the
//! payload's capacity (list slots, dict entries, string bytes, big-int
//! digits, ...), measured by [`object_size`]. Each object records what it
//! was charged; growth is charged where it happens for the big growers
//! ([`grow_list`], dict/set insertion through [`recharge`]) and every
//! collection re-measures every tracked (container) object exactly, so the
//! count cannot drift (growth elsewhere, say an instance dict gaining
//! attributes, is seen at the next collection). Not counted: interpreter
//! frames (bounded by the recursion limit), code objects' bytecode, `Vm`
//! bookkeeping, and Rust temporaries.
//!
//! # The limit
//!
//! `Config::heap_limit` bounds [`Heap::used`]. Requests whose size is known
//! up front (`[0] * n`, `'x' * n`, `a + b`, `str.join`, `list(range(n))`,
//! `10 ** n`, `1 << n`, list growth, ...) call [`reserve`] first: if the
//! request would pass the limit the collector runs, and if it still would,
//! the request fails with `MemoryError` before anything is allocated.
//! Allocation that cannot fail where it happens (a new small object) only
//! marks the heap as over its limit; the interpreter's housekeeping, at most
//! a few thousand instructions later, collects and raises `MemoryError`.
//! `MemoryError` is raised at a *soft* limit, the limit less a headroom (a
//! sixteenth, at most 1 MiB): once it is raised the handler may use the
//! headroom, up to the hard limit, until usage is back under the soft limit
//! (so `except MemoryError:` can run and drop the data without failing
//! again). Without a limit, requests that the allocator could not satisfy
//! (Rust would abort) are made with `try_reserve` (very large ones are tried
//! on the allocator first) and become `MemoryError` too.

pub mod gc;
pub mod traverse;

use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use crate::objects::value::{Kind, PyObject};
use crate::objects::{ExcKind, PyErr, PyResult};

/// A VM's heap, shared by the VM and every object charged to it.
pub type HeapRef = Rc<Heap>;

/// Requests at least this large are tried on the allocator first when no
/// limit is set, so an impossible one is a `MemoryError`, not an abort.
const PROBE_MIN: usize = 1 << 26;

/// Requests up to this size skip the up-front check: the object they end
/// up in is charged when it is made, which is bound to happen within a
/// handful of instructions, so they cannot overshoot the limit by much.
const SMALL_REQUEST: usize = 1024;

/// Accounting and collector state of one VM's heap.
pub struct Heap {
    /// Bytes charged by live objects.
    used: Cell<usize>,
    /// `heap_limit`, or `usize::MAX`: the hard bound.
    limit: Cell<usize>,
    /// Where `MemoryError` is raised: the limit less a headroom, or the
    /// limit itself while a `MemoryError` is being handled.
    soft: Cell<usize>,
    /// Live objects charged to this heap.
    live: Cell<usize>,
    /// Set when an infallible allocation went past the soft limit; the
    /// interpreter's housekeeping turns it into `MemoryError`.
    over: Cell<bool>,
    /// The cycle collector's registry and counters.
    pub gc: gc::GcState,
    /// Instructions the running VM may still spend (`u64::MAX`: no
    /// budget), published by its limits at each chunk: native operations
    /// whose single step can cost more than any budget (big-int products)
    /// check it before they start (see [`check_work`]).
    work_left: Cell<u64>,
}

/// The headroom below a limit kept for `except MemoryError` handlers: a
/// sixteenth of the limit, at most 1 MiB.
fn headroom(limit: usize) -> usize {
    if limit == usize::MAX {
        0
    } else {
        (limit / 16).min(1 << 20)
    }
}

impl Heap {
    /// A new heap with an optional byte limit.
    pub fn new(limit: Option<usize>) -> HeapRef {
        let heap = Heap {
            used: Cell::new(0),
            limit: Cell::new(usize::MAX),
            soft: Cell::new(usize::MAX),
            live: Cell::new(0),
            over: Cell::new(false),
            gc: gc::GcState::new(),
            work_left: Cell::new(u64::MAX),
        };
        heap.set_limit(limit);
        Rc::new(heap)
    }

    /// Publish how many instructions the running VM may still spend.
    pub fn set_work_left(&self, n: u64) {
        self.work_left.set(n);
    }

    /// Bytes currently charged (an estimate, see the module doc).
    pub fn used(&self) -> usize {
        self.used.get()
    }

    /// Live objects charged to this heap.
    pub fn live_objects(&self) -> usize {
        self.live.get()
    }

    /// The byte limit (`None`: unlimited).
    pub fn limit(&self) -> Option<usize> {
        match self.limit.get() {
            usize::MAX => None,
            n => Some(n),
        }
    }

    /// Change the byte limit.
    pub fn set_limit(&self, limit: Option<usize>) {
        let limit = limit.unwrap_or(usize::MAX);
        self.limit.set(limit);
        self.soft.set(limit - headroom(limit));
        self.over.set(self.is_over());
    }

    /// True when the heap is over the point where `MemoryError` is raised.
    pub fn is_over(&self) -> bool {
        self.used.get() > self.soft.get()
    }

    #[inline]
    fn charge(&self, bytes: usize) {
        let used = self.used.get().saturating_add(bytes);
        self.used.set(used);
        if used > self.soft.get() {
            self.over.set(true);
        }
    }

    #[inline]
    fn release(&self, bytes: usize) {
        self.used.set(self.used.get().saturating_sub(bytes));
    }

    /// Whether `bytes` more fit under the limit.
    fn fits(&self, bytes: usize) -> bool {
        match self.used.get().checked_add(bytes) {
            Some(total) => total <= self.soft.get(),
            None => false,
        }
    }

    /// Take the "went over the limit" mark (for housekeeping).
    pub(crate) fn take_over(&self) -> bool {
        self.over.replace(false)
    }

    /// A `MemoryError` is being raised: until the heap is back under the
    /// soft limit, the handler may use the headroom up to the hard limit.
    fn raise(&self) -> PyErr {
        self.soft.set(self.limit.get());
        memory_error()
    }

    /// Leave the headroom to handlers again once usage is back down.
    pub(crate) fn settle(&self) {
        let limit = self.limit.get();
        let soft = limit - headroom(limit);
        if self.soft.get() != soft && self.used.get() <= soft {
            self.soft.set(soft);
        }
    }

    /// Make `bytes` available: collect if they would not fit, then fail
    /// with `MemoryError` if they still do not.
    pub fn reserve(&self, bytes: usize) -> PyResult<()> {
        if self.fits(bytes) {
            return Ok(());
        }
        gc::collect(self, gc::Generation::Full);
        self.settle();
        if self.fits(bytes) {
            Ok(())
        } else {
            Err(self.raise())
        }
    }
}

/// The memory header of every object: the heap it is charged to, what it
/// was charged, and its place in the collector's registry.
pub struct ObjMem {
    heap: Option<HeapRef>,
    /// Bytes charged, in units of [`UNIT`] (saturating).
    size: Cell<u32>,
    /// Index in the collector's registry, or [`UNTRACKED`].
    slot: Cell<u32>,
}

/// Charges are recorded in units of this many bytes.
const UNIT: usize = 8;
/// `ObjMem::slot` of an object the collector does not track.
pub(crate) const UNTRACKED: u32 = u32::MAX;

#[inline]
fn units(bytes: usize) -> u32 {
    u32::try_from(bytes.div_ceil(UNIT)).unwrap_or(u32::MAX)
}

impl ObjMem {
    /// The heap this object is charged to.
    pub fn heap(&self) -> Option<&HeapRef> {
        self.heap.as_ref()
    }

    /// Bytes this object is charged (rounded up to 8).
    #[inline]
    pub fn charged(&self) -> usize {
        self.size.get() as usize * UNIT
    }

    /// True if the cycle collector tracks this object.
    #[inline]
    pub fn is_tracked(&self) -> bool {
        self.slot.get() != UNTRACKED
    }

    #[inline]
    pub(crate) fn slot(&self) -> u32 {
        self.slot.get()
    }

    #[inline]
    pub(crate) fn set_slot(&self, slot: u32) {
        self.slot.set(slot);
    }

    /// Charge the difference between `bytes` and what is recorded.
    fn set_charged(&self, bytes: usize) {
        let new = units(bytes);
        let old = self.size.get();
        if let Some(h) = &self.heap {
            if new > old {
                h.charge((new - old) as usize * UNIT);
            } else {
                h.release((old - new) as usize * UNIT);
            }
        }
        self.size.set(new);
    }
}

impl Drop for ObjMem {
    #[inline]
    fn drop(&mut self) {
        if let Some(h) = &self.heap {
            h.release(self.charged());
            h.live.set(h.live.get().wrapping_sub(1));
            if self.slot.get() != UNTRACKED {
                h.gc.untrack(self.slot.get());
            }
        }
    }
}

/// Create a heap object charged to the current heap (registered with its
/// collector when it can be part of a cycle).
#[inline]
pub fn new_object(kind: Kind, ext: Option<alloc::boxed::Box<crate::objects::value::Ext>>) -> Rc<PyObject> {
    let track = ext.is_some() || traverse::needs_tracking(&kind);
    let heap = current();
    let size = match &heap {
        Some(h) => {
            let size = units(object_size(&kind));
            h.charge(size as usize * UNIT);
            h.live.set(h.live.get() + 1);
            size
        }
        None => 0,
    };
    let obj = Rc::new(PyObject { kind, ext, mem: ObjMem { heap, size: Cell::new(size), slot: Cell::new(UNTRACKED) } });
    if track {
        if let Some(h) = &obj.mem.heap {
            h.gc.track(&obj);
        }
    }
    obj
}

/// Bytes of the `Rc` box of every object.
pub const HEADER: usize = core::mem::size_of::<PyObject>() + 2 * core::mem::size_of::<usize>();

/// Estimated bytes of `kind`'s object: header plus payload capacity (a
/// part that is busy, mutably borrowed, counts as empty).
#[inline(always)]
pub fn object_size(kind: &Kind) -> usize {
    HEADER + payload_size(kind).unwrap_or(0)
}

/// The payload part of [`object_size`]; `None` when part of it is busy
/// (mutably borrowed) and cannot be measured now.
#[inline(always)]
fn payload_size(kind: &Kind) -> Option<usize> {
    use core::mem::size_of;
    const VALUE: usize = size_of::<crate::objects::Value>();
    Some(match kind {
        Kind::Int(b) => (b.bits() as usize).div_ceil(64) * 8,
        Kind::Str(s) => s.as_str().len(),
        Kind::Bytes(b) => b.len(),
        Kind::List(l) => l.try_borrow().ok()?.capacity() * VALUE,
        Kind::Tuple(t) => t.len() * VALUE,
        Kind::Dict(d) => dict_bytes(&*d.try_borrow().ok()?),
        Kind::Set(s) => s.try_borrow().ok()?.slots() * 24,
        Kind::FrozenSet(s) => s.slots() * 24,
        Kind::Function(f) => {
            size_of::<crate::objects::value::Function>()
                + f.closure.len() * 8
                + f.defaults.try_borrow().ok()?.len() * VALUE
                + dict_bytes(&*f.dict.try_borrow().ok()?)
        }
        Kind::Type(t) => size_of::<crate::objects::value::TypeObject>() + dict_bytes(&*t.dict.try_borrow().ok()?),
        Kind::Exception(e) => {
            size_of::<crate::objects::value::ExceptionData>()
                + e.traceback.try_borrow().ok()?.capacity() * size_of::<crate::objects::value::TraceEntry>()
        }
        Kind::Module(_) => size_of::<crate::objects::value::Module>(),
        Kind::Generator(g) => g
            .try_borrow()
            .ok()?
            .frame
            .as_ref()
            .map_or(0, |f| size_of::<crate::interp::frame::Frame>() + f.locals.capacity() * VALUE),
        Kind::Instance(i) => i.attrs.try_borrow().ok()?.values.capacity() * VALUE,
        Kind::Method(_) | Kind::Super(_) => 2 * VALUE,
        Kind::Slice(_) => 3 * VALUE,
        Kind::Property(_) => 4 * VALUE,
        Kind::BigRange(r) => r.iter().map(|b| (b.bits() as usize).div_ceil(64) * 8 + 24).sum(),
        Kind::NativeData(d) => d.try_borrow().ok()?.heap_size(),
        Kind::Code(c) => c.instrs.len() * 8 + c.consts.len() * VALUE,
        _ => 0,
    })
}

/// Estimated bytes of a dict's tables.
fn dict_bytes(d: &crate::objects::Dict) -> usize {
    let positions = d.capacity_positions();
    positions * core::mem::size_of::<Option<crate::objects::dict::Entry>>() + positions * 6
}

/// Re-measure `obj` and charge (or credit) the difference; `MemoryError`
/// when it grew past the limit (the growth has happened: callers that can
/// check first use [`reserve`]).
pub fn recharge(obj: &PyObject) -> PyResult<()> {
    if obj.mem.heap.is_none() {
        return Ok(());
    }
    let before = obj.mem.charged();
    let Some(payload) = payload_size(&obj.kind) else { return Ok(()) };
    let now = HEADER + payload;
    obj.mem.set_charged(now);
    match &obj.mem.heap {
        Some(h) if now > before && h.is_over() => h.reserve(0).map(|_| h.over.set(false)),
        _ => Ok(()),
    }
}

/// Re-measure `obj` without failing (used by the collector); an object
/// that is busy keeps its charge.
pub(crate) fn remeasure(obj: &PyObject) {
    if obj.mem.heap.is_some() {
        if let Some(payload) = payload_size(&obj.kind) {
            obj.mem.set_charged(HEADER + payload);
        }
    }
}

/// `MemoryError()`.
pub fn memory_error() -> PyErr {
    PyErr::bare(ExcKind::MemoryError)
}

/// Make room for `bytes` on the current heap before allocating them:
/// `MemoryError` when they would pass the limit even after a collection,
/// or (with no limit) when the allocator could not provide them.
/// Refuse, with the budget's error, a single native operation whose cost
/// (`work`, in instruction-equivalents, e.g. the limb products of a
/// big-int multiplication) is more than the running VM's instruction
/// budget has left. Such an operation cannot be interrupted once started,
/// so without this check one `**`-heavy line could run for hours under a
/// budget of a few thousand instructions. Without a budget (or outside a
/// VM) everything is allowed, as in CPython.
pub fn check_work(work: u64) -> PyResult<()> {
    match current() {
        Some(h) if work > h.work_left.get() => Err(PyErr::new(crate::objects::ExcKind::BudgetExceeded, "instruction budget exhausted")),
        _ => Ok(()),
    }
}

pub fn reserve(bytes: usize) -> PyResult<()> {
    match current() {
        Some(h) => {
            h.reserve(bytes)?;
            if h.limit.get() == usize::MAX {
                probe(bytes)
            } else {
                Ok(())
            }
        }
        None => probe(bytes),
    }
}

/// `reserve(count * size)`, with overflow as `MemoryError`.
pub fn reserve_items(count: usize, size: usize) -> PyResult<()> {
    reserve(count.checked_mul(size).ok_or_else(memory_error)?)
}

/// Ask the allocator whether `bytes` could be had at all (large requests
/// only): an impossible request becomes `MemoryError` instead of the
/// allocator's abort later.
fn probe(bytes: usize) -> PyResult<()> {
    if bytes < PROBE_MIN {
        return Ok(());
    }
    if bytes > isize::MAX as usize {
        return Err(memory_error());
    }
    let mut v: Vec<u8> = Vec::new();
    v.try_reserve_exact(bytes).map_err(|_| memory_error())
}

/// A vector with room for `n` items, charged against the limit first;
/// `MemoryError` instead of an allocation failure.
#[inline]
pub fn vec_with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    if n.saturating_mul(core::mem::size_of::<T>()) <= SMALL_REQUEST {
        return Ok(Vec::with_capacity(n));
    }
    reserve_items(n, core::mem::size_of::<T>())?;
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(v)
}

/// A string with room for `n` bytes, charged against the limit first.
#[inline]
pub fn string_with_capacity(n: usize) -> PyResult<String> {
    if n <= SMALL_REQUEST {
        return Ok(String::with_capacity(n));
    }
    reserve(n)?;
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(s)
}

/// Make room for `extra` more items in a vector that is not (yet) an
/// object's: each growth step checks the whole new capacity against the
/// heap, so collecting a huge iterable fails before it exhausts memory.
#[inline]
pub fn grow_vec<T>(v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    if v.capacity() - v.len() >= extra {
        return Ok(());
    }
    grow_vec_slow(v, extra)
}

#[cold]
#[inline(never)]
fn grow_vec_slow<T>(v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    let need = v.len().checked_add(extra).ok_or_else(memory_error)?;
    let cap = need.max(v.capacity().saturating_mul(2)).max(4);
    reserve_items(cap, core::mem::size_of::<T>())?;
    v.try_reserve_exact(cap - v.len()).map_err(|_| memory_error())
}

/// Make room for `extra` more items in the vector of list `obj` (whose
/// contents are `v`): the growth is checked against the limit and charged
/// to the list before it happens. Amortised like `Vec` (capacity doubles).
#[inline]
pub fn grow_list<T>(obj: &PyObject, v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    if v.capacity() - v.len() >= extra {
        return Ok(());
    }
    grow_list_slow(obj, v, extra)
}

#[cold]
#[inline(never)]
fn grow_list_slow<T>(obj: &PyObject, v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    let need = v.len().checked_add(extra).ok_or_else(memory_error)?;
    let cap = need.max(v.capacity().saturating_mul(2)).max(4);
    let delta = (cap - v.capacity()).checked_mul(core::mem::size_of::<T>()).ok_or_else(memory_error)?;
    match &obj.mem.heap {
        Some(h) => {
            h.reserve(delta)?;
            if h.limit.get() == usize::MAX {
                probe(delta)?;
            }
        }
        None => probe(delta)?,
    }
    v.try_reserve_exact(cap - v.len()).map_err(|_| memory_error())?;
    let size = obj.mem.charged().saturating_add(delta);
    obj.mem.set_charged(size);
    Ok(())
}

// ------------------------------------------------------------------ ambient

/// The current heap (of the VM running on this thread), if any.
#[inline]
pub fn current() -> Option<HeapRef> {
    slot::get()
}

/// Make `heap` current until the returned guard is dropped.
pub fn enter(heap: &HeapRef) -> EnterGuard {
    EnterGuard { previous: slot::replace(Some(heap.clone())) }
}

/// Make `heap` current (until the guard drops) unless it already is: the
/// cheap check for hot entry points such as the interpreter loop.
#[inline]
pub fn enter_if_needed(heap: &HeapRef) -> Option<EnterGuard> {
    if slot::is_current(heap) {
        None
    } else {
        Some(enter(heap))
    }
}

/// Restores the previously current heap when dropped.
pub struct EnterGuard {
    previous: Option<HeapRef>,
}

impl Drop for EnterGuard {
    fn drop(&mut self) {
        drop(slot::replace(self.previous.take()));
    }
}

/// The current-heap slot. It holds a raw pointer that *owns one strong
/// count* of the heap it points to (made with `Rc::into_raw`, given back by
/// `Rc::from_raw` when replaced), so a non-null pointer read from the slot
/// is always valid. A raw pointer keeps the hot read to one load: a
/// `thread_local!` without a destructor needs no lazy-initialisation check.
mod slot {
    use super::{Heap, HeapRef};
    use alloc::rc::Rc;
    use core::ptr;

    #[cfg(feature = "std")]
    std::thread_local! {
        static CURRENT: core::cell::Cell<*const Heap> = const { core::cell::Cell::new(ptr::null()) };
    }

    #[cfg(feature = "std")]
    #[inline]
    fn load() -> *const Heap {
        CURRENT.with(|c| c.get())
    }

    #[cfg(feature = "std")]
    #[inline]
    fn swap(p: *const Heap) -> *const Heap {
        CURRENT.with(|c| c.replace(p))
    }

    /// The global slot of a `no_std` build. The atomic only makes the static
    /// `Sync`; the heap's counts are not atomic, which is why such a build
    /// runs VM code on one hardware thread at a time (module doc).
    #[cfg(not(feature = "std"))]
    static CURRENT: core::sync::atomic::AtomicPtr<Heap> = core::sync::atomic::AtomicPtr::new(ptr::null_mut());

    #[cfg(not(feature = "std"))]
    #[inline]
    fn load() -> *const Heap {
        CURRENT.load(core::sync::atomic::Ordering::Relaxed)
    }

    #[cfg(not(feature = "std"))]
    #[inline]
    fn swap(p: *const Heap) -> *const Heap {
        CURRENT.swap(p as *mut Heap, core::sync::atomic::Ordering::AcqRel)
    }

    /// A new strong reference to the current heap.
    #[inline]
    pub fn get() -> Option<HeapRef> {
        let p = load();
        if p.is_null() {
            return None;
        }
        // SAFETY: a non-null pointer in the slot came from `Rc::into_raw`
        // and owns a strong count (see `replace`), so the heap is alive;
        // adding a count and wrapping it in a new `Rc` is balanced by that
        // `Rc`'s drop.
        unsafe {
            Rc::increment_strong_count(p);
            Some(Rc::from_raw(p))
        }
    }

    /// Put `h` in the slot and return what was there.
    pub fn replace(h: Option<HeapRef>) -> Option<HeapRef> {
        let new = h.map_or(ptr::null(), Rc::into_raw);
        let old = swap(new);
        if old.is_null() {
            None
        } else {
            // SAFETY: `old` came from `Rc::into_raw` and owned a strong
            // count, which the slot no longer holds: it moves to this `Rc`.
            Some(unsafe { Rc::from_raw(old) })
        }
    }

    /// Whether `heap` is the current heap.
    #[inline]
    pub fn is_current(heap: &HeapRef) -> bool {
        ptr::eq(load(), Rc::as_ptr(heap))
    }
}

// ------------------------------------------------------------ leak report

/// Live objects of `heap` by type name, most numerous first: every tracked
/// object, plus the untracked objects (strings, ints, ...) those reference.
/// Objects reachable only from untracked holders outside the heap's view
/// are counted in the total but cannot be named.
pub fn census(heap: &Heap) -> Vec<(&'static str, usize)> {
    let live = heap.gc.live_objects();
    let mut seen: Vec<usize> = live.iter().map(|o| Rc::as_ptr(o) as usize).collect();
    let mut names: Vec<&'static str> = live.iter().map(|o| o.kind.name()).collect();
    let mut untracked: Vec<Rc<PyObject>> = Vec::new();
    for o in &live {
        traverse::traverse(o, &mut |c| {
            if !c.mem.is_tracked() {
                untracked.push(c.clone());
            }
        });
    }
    seen.sort_unstable();
    for o in untracked {
        let p = Rc::as_ptr(&o) as usize;
        if let Err(i) = seen.binary_search(&p) {
            seen.insert(i, p);
            names.push(o.kind.name());
        }
    }
    names.sort_unstable();
    let mut out: Vec<(&'static str, usize)> = Vec::new();
    for n in names {
        match out.last_mut() {
            Some((m, c)) if *m == n => *c += 1,
            _ => out.push((n, 1)),
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    out
}
