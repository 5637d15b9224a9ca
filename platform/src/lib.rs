//! # platform — what Krait needs from the machine it runs on
//!
//! Krait is a `no_std` Python VM with a copy-and-patch JIT. Everything it needs
//! from its host — executable memory, a few facts about the CPU, a console, a
//! clock and an interrupt flag — goes through the [`Platform`] trait in this
//! crate. An embedder (a kernel, firmware, the `krait` CLI) implements it once.
//!
//! There are two sides:
//!
//! * **The user's side** (the VM and the JIT backend) is the safe type-state
//!   API: [`CodeBuf`] → [`CodeBuf::publish`] → [`ExecCode`].
//! * **The implementer's side** is the [`Platform`] trait. Its memory methods
//!   take a [`Token`] that only this crate can make, so nothing outside the
//!   type-state API can allocate, flip permissions or free code.
//!
//! ## The W^X lifecycle
//!
//! ```text
//!  CodeBuf::new(&p, len)        p.alloc_code      zeroed, READ|WRITE, never EXEC
//!        │  as_mut_slice()                        the backend copies and patches
//!        ▼
//!  CodeBuf::publish()           sync_icache       cache maintenance (AArch64)
//!        │                      p.make_executable READ|EXEC, never WRITE again
//!        ▼
//!  ExecCode                     as_ptr()/entry()  run it; no &mut [u8] exists
//!        │  drop / free()
//!        ▼
//!                               p.free_code       released exactly once
//! ```
//!
//! No memory is ever writable and executable at the same time, and there is no
//! "patch" operation: once published, code is only run and eventually freed.
//! Everything that changes after publication (linking a side trace,
//! invalidation, exit counters) is data in the VM's ordinary RW memory.
//! Dropping a [`CodeBuf`] or an [`ExecCode`] frees its region through the
//! platform, so a kernel without a global allocator can hand out code memory
//! from its own pool; the type system guarantees one free per allocation.
//!
//! Allocation and publication are fallible. Failure is a normal result: the VM
//! keeps running the trace on the uop interpreter. Nothing panics.
//!
//! ## Implementing `Platform` for your kernel
//!
//! [`Platform`] is an `unsafe trait`: the safe API hands out `&mut [u8]` and
//! function pointers based on what your implementation returns, so its
//! guarantees are memory-safety guarantees. Method by method:
//!
//! * [`alloc_code(len)`](Platform::alloc_code) returns a [`RawRegion`] of at
//!   least `len` bytes, which:
//!   - starts on a [`page_size`](Platform::page_size) boundary and is a whole
//!     number of pages that hold nothing else (permissions are per page);
//!   - is zeroed (the backend does not copy trailing zero bytes of stencils);
//!   - is mapped readable and writable and **not executable**, at the address
//!     at which it will later be executed;
//!   - is owned by the caller until it is passed to `free_code`.
//!
//!   Return [`Error::OutOfMemory`], [`Error::Unsupported`] etc. on failure.
//! * [`make_executable(region)`](Platform::make_executable) changes the
//!   region's pages to read+execute, removing write permission, *including any
//!   stale writable translation*: on bare metal that means TLB maintenance
//!   (`invlpg`; `tlbi vae1is` + `dsb ish` + `isb`) on every CPU that may run the
//!   code. It must never produce a mapping that is writable and executable —
//!   use [`Protection`], which cannot express that. The data/instruction cache
//!   maintenance has already been done by [`CodeBuf::publish`] (see below) by
//!   the time this is called. On error the region must still be safe to pass
//!   to `free_code` (publish frees it and reports the error).
//! * [`free_code(region)`](Platform::free_code) releases a region, published or
//!   not. It cannot fail; if your kernel cannot release memory, keep it.
//!   The VM frees code only when no frame is executing it.
//! * [`arch`](Platform::arch), [`features`](Platform::features) and
//!   [`page_size`](Platform::page_size) are facts the backend reads: report
//!   [`Features::BTI`] / [`Features::IBT`] when landing pads are *enforced* for
//!   the code you map, [`Features::HW_FLOAT`] when the VM's context may use the
//!   FPU/SIMD registers, and [`Features::EXEC_MEMORY`] when `alloc_code` can
//!   succeed at all.
//! * [`console_write`](Platform::console_write), [`monotonic_ns`](Platform::monotonic_ns)
//!   and [`interrupt`](Platform::interrupt): a best-effort byte sink (serial
//!   port, log), a clock that never goes backwards, and an [`InterruptFlag`]
//!   that your IRQ or signal handler raises to stop a long-running script.
//!   None of them may allocate; all are called on hot paths.
//!
//! An interpreter-only embedder implements the three memory methods as
//! "refuse" (or wraps its platform in [`NoExec`]) and leaves `EXEC_MEMORY`
//! unset; the JIT is then never used.
//!
//! ### Cache maintenance
//!
//! [`CodeBuf::publish`] calls [`sync_icache`] on the region *while it is still
//! writable*, before `make_executable`. On AArch64 that is
//! [`aarch64::sync_icache`]: read `CTR_EL0`, `DC CVAU` per data-cache line
//! (skipped if `CTR_EL0.IDC`), `DSB ISH`, `IC IVAU` per instruction-cache line
//! (skipped if `CTR_EL0.DIC`), `DSB ISH`, `ISB`. It works at EL0 (Linux allows
//! these instructions to user space) and at EL1. It operates by virtual
//! address, which is why the region must be executed at the address it was
//! written at. On x86-64 the instruction cache is coherent with data writes,
//! so no maintenance is needed: the serialising effect of the permission change
//! (a system call, or the TLB shoot-down interrupt on other CPUs) is enough.
//! Other architectures have no JIT backend and publish refuses with
//! [`Error::Unsupported`].
//!
//! ### The worked example: Linux
//!
//! [`host::HostPlatform`] (feature `std`, alias `linux`) is the reference
//! implementation, and is short enough to read in one sitting:
//!
//! * `alloc_code`: `mmap(len rounded up to the page size, PROT_READ|PROT_WRITE,
//!   MAP_PRIVATE|MAP_ANONYMOUS)` — anonymous memory is zeroed and page-aligned;
//! * `make_executable`: `mprotect(PROT_READ|PROT_EXEC)` (the kernel takes care
//!   of TLBs), with the protection built from [`Protection::RX`];
//! * `free_code`: `munmap`;
//! * console: `write(1, ...)`; clock: `clock_gettime(CLOCK_MONOTONIC)`;
//!   interrupt: an [`InterruptFlag`] field that a `SIGINT` handler can raise.
//!
//! A bare-metal kernel does the same with its page tables: hand out zeroed
//! pages mapped RW+NX from a pool, on `make_executable` rewrite their entries
//! to RO+X and invalidate the TLB entries, on `free_code` unmap them and return
//! them to the pool.
//!
//! ### Object safety
//!
//! `Platform` is object safe: the VM may hold a `&dyn Platform` (one VM binary,
//! platform chosen at run time) or be generic over `P: Platform` (static
//! dispatch). [`CodeBuf`] and [`ExecCode`] accept both (`P: ?Sized`).
//!
//! ## Tests of the policy
//!
//! With feature `std`, [`wx::check_wx_mappings`] reads `/proc/self/maps` and
//! reports any mapping of the process that is writable and executable; the
//! JIT's tests call it after every compilation. This crate's own tests run a
//! hand-assembled function from a published buffer, and show in child
//! processes that writing published code and executing unpublished code both
//! die with `SIGSEGV` (on x86-64 natively and on AArch64 under
//! `qemu-aarch64-static`; see `scripts/test-platform.sh`).
#![no_std]
#![deny(missing_docs, unsafe_op_in_unsafe_fn)]
#![warn(clippy::undocumented_unsafe_blocks)]

#[cfg(any(feature = "std", test))]
extern crate std;

pub mod aarch64;
mod code;
#[cfg(all(feature = "std", target_os = "linux"))]
pub mod host;
mod noexec;
mod perm;
pub mod wx;

use core::fmt;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicBool, Ordering};

pub use code::{CodeBuf, ExecCode};
pub use noexec::NoExec;
pub use perm::{Permissions, Protection};

#[cfg(all(feature = "std", target_os = "linux"))]
pub use host::{HostPlatform, NoExecPlatform};

/// An instruction-set architecture the JIT backend knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    /// x86-64 (AMD64).
    X86_64,
    /// AArch64 (ARMv8-A and later, 64-bit).
    AArch64,
    /// Any other architecture: there is no JIT backend, the VM interprets.
    Other,
}

impl Arch {
    /// The architecture this crate was compiled for.
    pub const fn current() -> Arch {
        if cfg!(target_arch = "x86_64") {
            Arch::X86_64
        } else if cfg!(target_arch = "aarch64") {
            Arch::AArch64
        } else {
            Arch::Other
        }
    }

    /// A short lowercase name (`"x86_64"`, `"aarch64"`, `"other"`).
    pub const fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::AArch64 => "aarch64",
            Arch::Other => "other",
        }
    }
}

bitflags::bitflags! {
    /// Facts about the platform that the backend and the VM read.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Features: u32 {
        /// [`Platform::alloc_code`] can succeed: the JIT may be used.
        const EXEC_MEMORY = 1 << 0;
        /// AArch64 Branch Target Identification is enforced on published
        /// code: every indirect-branch target must start with a `BTI` landing
        /// pad.
        const BTI = 1 << 1;
        /// x86-64 CET Indirect Branch Tracking is enforced: every
        /// indirect-branch target must start with `ENDBR64`.
        const IBT = 1 << 2;
        /// Hardware floating point (SSE2 / AArch64 FP+SIMD registers) may be
        /// used in the VM's context; otherwise float uops are not compiled.
        const HW_FLOAT = 1 << 3;
    }
}

/// Why a platform operation failed. Every error is recoverable: the VM stays
/// on the uop interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error {
    /// The platform gives no executable memory (or has no JIT backend for
    /// this architecture).
    Unsupported,
    /// The requested length was zero or too large.
    InvalidLength,
    /// No memory (or no address space) for the request.
    OutOfMemory,
    /// The request would have made memory writable and executable at once.
    WriteAndExecute,
    /// The platform returned a region that breaks the [`Platform`] contract
    /// (misaligned, or shorter than requested); it was given back unused.
    BadRegion,
    /// An OS- or kernel-specific error code (`errno` on the host).
    Os(i32),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unsupported => {
                f.write_str("executable memory is not supported by this platform")
            }
            Error::InvalidLength => f.write_str("invalid code buffer length"),
            Error::OutOfMemory => f.write_str("out of memory for code"),
            Error::WriteAndExecute => {
                f.write_str("refused: memory would be writable and executable")
            }
            Error::BadRegion => f.write_str("platform returned a region that breaks its contract"),
            Error::Os(code) => write!(f, "platform error {code}"),
        }
    }
}

/// Proof that a call to one of [`Platform`]'s memory methods comes from this
/// crate's type-state API.
///
/// It cannot be constructed outside this crate, so code outside it cannot
/// allocate, publish or free code memory except through [`CodeBuf`] and
/// [`ExecCode`]. An implementation that wraps another platform forwards the
/// token it was given. It is neither `Copy` nor `Clone`.
#[derive(Debug)]
pub struct Token(());

/// A span of code memory as the implementer sees it: address, length, and an
/// opaque word the implementation may use (pool slot, frame number, ...).
///
/// It is not `Copy`/`Clone`: [`Platform::free_code`] consumes it, so each
/// allocation is freed once.
#[derive(Debug, PartialEq, Eq)]
pub struct RawRegion {
    ptr: NonNull<u8>,
    len: usize,
    cookie: usize,
}

impl RawRegion {
    /// Describes `len` bytes at `ptr`. Made by implementations in
    /// [`Platform::alloc_code`]; `cookie` is theirs to use (e.g. a pool index).
    pub const fn new(ptr: NonNull<u8>, len: usize, cookie: usize) -> Self {
        RawRegion { ptr, len, cookie }
    }

    /// The first byte.
    pub const fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// The address of the first byte.
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Length in bytes (whole pages for a region from `alloc_code`).
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether the length is zero (never, for a region from `alloc_code`).
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The implementation's own word, as given to [`RawRegion::new`].
    pub const fn cookie(&self) -> usize {
        self.cookie
    }
}

/// A flag the embedder raises to interrupt a running script; the VM checks it
/// at back-edges and calls (in the interpreter and in JIT traces) and raises
/// `KeyboardInterrupt`.
///
/// It is a single byte (`#[repr(transparent)]` over [`AtomicBool`]) that can be
/// raised from another thread, an interrupt handler or a signal handler: all
/// operations are lock-free atomics. Relaxed ordering suffices because the
/// flag publishes no other data.
#[derive(Debug, Default)]
#[repr(transparent)]
pub struct InterruptFlag(AtomicBool);

impl InterruptFlag {
    /// A flag that is not raised; usable in a `static`.
    pub const fn new() -> Self {
        InterruptFlag(AtomicBool::new(false))
    }

    /// Raises the flag (from any context).
    pub fn raise(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether the flag is raised.
    #[inline]
    pub fn is_raised(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// Lowers the flag and says whether it was raised (the VM's check).
    #[inline]
    pub fn take(&self) -> bool {
        self.0.swap(false, Ordering::Relaxed)
    }

    /// Lowers the flag.
    pub fn clear(&self) {
        self.0.store(false, Ordering::Relaxed);
    }

    /// The flag's address, for JIT code that tests the byte directly.
    pub const fn as_ptr(&self) -> *const AtomicBool {
        &self.0
    }
}

/// What Krait needs from the machine: W^X executable memory, CPU facts, a
/// console, a monotonic clock and an interrupt flag. See the
/// [crate documentation](crate) for the contract of each method.
///
/// # Safety
///
/// Implementers promise, for every region returned by `alloc_code` until it is
/// given to `free_code`: it is page-aligned whole pages used for nothing else,
/// zeroed, readable and writable and not executable, valid for `len` bytes and
/// exclusively the caller's; after a successful `make_executable` it is
/// readable and executable and not writable (at the same address), with no
/// stale writable translation left; and no mapping the implementation makes is
/// ever writable and executable at once. None of the methods may panic or
/// allocate from a heap the VM also uses in its hot paths.
pub unsafe trait Platform {
    /// The CPU architecture code runs on.
    fn arch(&self) -> Arch;

    /// Facts about the platform (see [`Features`]).
    fn features(&self) -> Features;

    /// The page (translation granule) size: the unit of permissions and of
    /// code allocation. A power of two.
    fn page_size(&self) -> usize;

    /// Allocates at least `len` bytes (`len > 0`) of zeroed, page-aligned,
    /// readable, writable, **not executable** memory for code.
    fn alloc_code(&self, len: usize, token: Token) -> Result<RawRegion, Error>;

    /// Makes `region` (from `alloc_code`, cache maintenance already done by
    /// the caller) readable and executable and not writable, with TLB
    /// maintenance. On error the region must remain freeable.
    fn make_executable(&self, region: &RawRegion, token: Token) -> Result<(), Error>;

    /// Releases a region from `alloc_code`, published or not. Infallible.
    fn free_code(&self, region: RawRegion, token: Token);

    /// Writes bytes to the console (best effort; never fails, never blocks
    /// indefinitely).
    fn console_write(&self, bytes: &[u8]);

    /// Nanoseconds on a clock that never goes backwards (arbitrary epoch).
    fn monotonic_ns(&self) -> u64;

    /// The flag that interrupts running scripts.
    fn interrupt(&self) -> &InterruptFlag;
}

// SAFETY: every method forwards to `P`, which upholds the contract.
unsafe impl<P: Platform + ?Sized> Platform for &P {
    fn arch(&self) -> Arch {
        (**self).arch()
    }
    fn features(&self) -> Features {
        (**self).features()
    }
    fn page_size(&self) -> usize {
        (**self).page_size()
    }
    fn alloc_code(&self, len: usize, token: Token) -> Result<RawRegion, Error> {
        (**self).alloc_code(len, token)
    }
    fn make_executable(&self, region: &RawRegion, token: Token) -> Result<(), Error> {
        (**self).make_executable(region, token)
    }
    fn free_code(&self, region: RawRegion, token: Token) {
        (**self).free_code(region, token)
    }
    fn console_write(&self, bytes: &[u8]) {
        (**self).console_write(bytes)
    }
    fn monotonic_ns(&self) -> u64 {
        (**self).monotonic_ns()
    }
    fn interrupt(&self) -> &InterruptFlag {
        (**self).interrupt()
    }
}

/// A [`core::fmt::Write`] adapter over [`Platform::console_write`], so
/// `write!(Console(&platform), "...")` works without allocating.
pub struct Console<'a, P: Platform + ?Sized>(pub &'a P);

impl<P: Platform + ?Sized> fmt::Write for Console<'_, P> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.console_write(s.as_bytes());
        Ok(())
    }
}

/// Makes freshly written code at `start..start + len` visible to instruction
/// fetch, for the architecture this crate is compiled for. [`CodeBuf::publish`]
/// calls it before [`Platform::make_executable`]; implementations never need
/// to, but may (e.g. a kernel loading a module).
///
/// * AArch64: [`aarch64::sync_icache`] (`DC CVAU`, `DSB ISH`, `IC IVAU`,
///   `DSB ISH`, `ISB`, as `CTR_EL0` requires).
/// * x86-64: nothing but a compiler fence: instruction fetch is coherent with
///   stores, and the permission change that follows serialises.
/// * Others: nothing (publish refuses on them).
///
/// # Safety
///
/// The range must be mapped and readable (it is written-to code memory).
#[inline]
pub unsafe fn sync_icache(start: *const u8, len: usize) {
    #[cfg(target_arch = "aarch64")]
    // SAFETY: forwarded caller contract: the range is mapped and readable.
    unsafe {
        aarch64::sync_icache(start, len)
    };
    #[cfg(not(target_arch = "aarch64"))]
    {
        let _ = (start, len);
        core::sync::atomic::compiler_fence(Ordering::SeqCst);
    }
}

impl Token {
    /// Only this crate makes tokens.
    pub(crate) const fn new() -> Token {
        Token(())
    }
}
