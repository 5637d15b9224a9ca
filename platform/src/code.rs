//! The type-state API over code memory: [`CodeBuf`] (writable, not
//! executable) → [`CodeBuf::publish`] → [`ExecCode`] (executable, never
//! writable again). This is the only way to reach [`Platform`]'s memory
//! methods, which need a [`Token`].

use core::fmt;
use core::mem::ManuallyDrop;
use core::ptr;
use core::slice;

use crate::{sync_icache, Arch, Error, Features, Platform, RawRegion, Token};

/// A zeroed code buffer that is readable and writable and **not executable**.
///
/// Fill it through [`as_mut_slice`](CodeBuf::as_mut_slice), then
/// [`publish`](CodeBuf::publish) it. Dropping it frees the memory through the
/// platform.
///
/// ```
/// # #[cfg(all(feature = "std", target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
/// # fn main() -> Result<(), platform::Error> {
/// use platform::{CodeBuf, HostPlatform};
///
/// let host = HostPlatform::new();
/// let mut buf = CodeBuf::new(&host, 64)?;
/// # #[cfg(target_arch = "x86_64")]
/// buf.as_mut_slice()[..6].copy_from_slice(&[0xb8, 42, 0, 0, 0, 0xc3]); // mov eax, 42; ret
/// # #[cfg(target_arch = "aarch64")]
/// # buf.as_mut_slice()[..8].copy_from_slice(&[0x40, 0x05, 0x80, 0x52, 0xc0, 0x03, 0x5f, 0xd6]);
/// let code = buf.publish()?;
/// // SAFETY: the buffer holds a complete function of this type.
/// let f: extern "C" fn() -> u32 = unsafe { core::mem::transmute(code.as_ptr()) };
/// assert_eq!(f(), 42);
/// # Ok(()) }
/// # #[cfg(not(all(feature = "std", target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64"))))]
/// # fn main() {}
/// ```
///
/// A published buffer cannot be written, and a buffer cannot be used after it
/// was published:
///
/// ```compile_fail
/// # fn f<P: platform::Platform>(p: &P) -> Result<(), platform::Error> {
/// let code = platform::CodeBuf::new(p, 64)?.publish()?;
/// code.as_mut_slice()[0] = 0xc3; // no such method
/// # Ok(()) }
/// ```
///
/// ```compile_fail
/// # fn f<P: platform::Platform>(p: &P) -> Result<(), platform::Error> {
/// let mut buf = platform::CodeBuf::new(p, 64)?;
/// let code = buf.publish()?;
/// buf.as_mut_slice()[0] = 0xc3; // `buf` was moved by publish
/// # Ok(()) }
/// ```
pub struct CodeBuf<'p, P: Platform + ?Sized> {
    platform: &'p P,
    region: RawRegion,
}

/// Published code: readable and executable, and never writable again.
///
/// There is no way to get a `&mut [u8]` or to make it writable; dropping it
/// (or [`free`](ExecCode::free)) releases it through the platform. The VM drops
/// it only when no frame is executing it.
///
/// The memory-management methods cannot be called without the crate's token:
///
/// ```compile_fail
/// fn f<P: platform::Platform>(p: &P) {
///     let _ = p.alloc_code(4096, platform::Token(())); // Token cannot be made here
/// }
/// ```
pub struct ExecCode<'p, P: Platform + ?Sized> {
    platform: &'p P,
    region: RawRegion,
}

// SAFETY: a CodeBuf owns its region exclusively (the Platform contract), so it
// may move to another thread as long as the platform reference may (P: Sync).
unsafe impl<P: Platform + Sync + ?Sized> Send for CodeBuf<'_, P> {}
// SAFETY: `&CodeBuf` only gives shared reads of the bytes.
unsafe impl<P: Platform + Sync + ?Sized> Sync for CodeBuf<'_, P> {}
// SAFETY: published code is immutable; the handle only reads and frees it.
unsafe impl<P: Platform + Sync + ?Sized> Send for ExecCode<'_, P> {}
// SAFETY: as above; `&ExecCode` gives only pointers and shared reads.
unsafe impl<P: Platform + Sync + ?Sized> Sync for ExecCode<'_, P> {}

impl<'p, P: Platform + ?Sized> CodeBuf<'p, P> {
    /// Allocates a zeroed, writable, non-executable buffer of at least `len`
    /// bytes (rounded up to whole pages by the platform).
    ///
    /// Fails with [`Error::InvalidLength`] for `len == 0`,
    /// [`Error::Unsupported`] if the platform has no executable memory, or the
    /// platform's own error.
    pub fn new(platform: &'p P, len: usize) -> Result<Self, Error> {
        if len == 0 {
            return Err(Error::InvalidLength);
        }
        if !platform.features().contains(Features::EXEC_MEMORY) {
            return Err(Error::Unsupported);
        }
        let region = platform.alloc_code(len, Token::new())?;
        let page = platform.page_size();
        let well_formed = page != 0
            && region.len() >= len
            && region.addr() % page == 0
            && region.len() % page == 0;
        if !well_formed {
            platform.free_code(region, Token::new());
            return Err(Error::BadRegion);
        }
        Ok(CodeBuf { platform, region })
    }

    /// The bytes, for the backend to copy stencils into and patch.
    pub fn as_mut_slice(&mut self) -> &mut [u8] {
        // SAFETY: the Platform contract makes the region valid, readable,
        // writable and exclusively ours for `len` bytes until freed, and
        // `&mut self` makes this the only reference.
        unsafe { slice::from_raw_parts_mut(self.region.as_ptr(), self.region.len()) }
    }

    /// The bytes, read-only.
    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: as in `as_mut_slice`; `&self` excludes a live `&mut`.
        unsafe { slice::from_raw_parts(self.region.as_ptr(), self.region.len()) }
    }

    /// The address the code will run at (needed to patch relative branches
    /// and absolute addresses before publishing).
    pub fn as_ptr(&self) -> *const u8 {
        self.region.as_ptr()
    }

    /// [`as_ptr`](CodeBuf::as_ptr) as an integer.
    pub fn addr(&self) -> usize {
        self.region.addr()
    }

    /// Length in bytes (at least what was asked for; whole pages).
    pub fn len(&self) -> usize {
        self.region.len()
    }

    /// Always `false`: buffers are never empty.
    pub fn is_empty(&self) -> bool {
        self.region.is_empty()
    }

    /// The platform the buffer came from.
    pub fn platform(&self) -> &'p P {
        self.platform
    }

    /// Publishes the code: cache maintenance ([`sync_icache`](crate::sync_icache)),
    /// then [`Platform::make_executable`]. The buffer is consumed; the result
    /// can only be run and freed.
    ///
    /// On failure the memory has been freed and the error is returned; the VM
    /// keeps interpreting. Fails with [`Error::Unsupported`] if the platform's
    /// architecture is not the one this crate was compiled for or has no JIT.
    pub fn publish(self) -> Result<ExecCode<'p, P>, Error> {
        let this = ManuallyDrop::new(self);
        let platform = this.platform;
        // SAFETY: `this` is never used or dropped again, so the region is
        // moved out exactly once.
        let region = unsafe { ptr::read(&this.region) };
        let arch = Arch::current();
        if arch == Arch::Other || platform.arch() != arch {
            platform.free_code(region, Token::new());
            return Err(Error::Unsupported);
        }
        // SAFETY: the region is mapped readable and writable (Platform
        // contract), which is what cache maintenance by address needs.
        unsafe { sync_icache(region.as_ptr(), region.len()) };
        match platform.make_executable(&region, Token::new()) {
            Ok(()) => Ok(ExecCode { platform, region }),
            Err(e) => {
                platform.free_code(region, Token::new());
                Err(e)
            }
        }
    }
}

impl<P: Platform + ?Sized> Drop for CodeBuf<'_, P> {
    fn drop(&mut self) {
        // SAFETY: drop runs once; the region is not used afterwards.
        let region = unsafe { ptr::read(&self.region) };
        self.platform.free_code(region, Token::new());
    }
}

impl<P: Platform + ?Sized> fmt::Debug for CodeBuf<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CodeBuf")
            .field("addr", &self.as_ptr())
            .field("len", &self.len())
            .finish()
    }
}

impl<'p, P: Platform + ?Sized> ExecCode<'p, P> {
    /// The first byte of the code (cast to a function pointer to run it).
    pub fn as_ptr(&self) -> *const u8 {
        self.region.as_ptr()
    }

    /// [`as_ptr`](ExecCode::as_ptr) as an integer.
    pub fn addr(&self) -> usize {
        self.region.addr()
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.region.len()
    }

    /// Always `false`.
    pub fn is_empty(&self) -> bool {
        self.region.is_empty()
    }

    /// The address `offset` bytes into the code, if it is inside it (an entry
    /// point other than the first byte).
    pub fn entry(&self, offset: usize) -> Option<*const u8> {
        if offset < self.region.len() {
            Some(self.region.as_ptr().wrapping_add(offset).cast_const())
        } else {
            None
        }
    }

    /// The published bytes, read-only (for dumps and disassembly).
    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: published code is readable for `len` bytes (Platform
        // contract) and nothing writes it any more.
        unsafe { slice::from_raw_parts(self.region.as_ptr(), self.region.len()) }
    }

    /// The platform the code came from.
    pub fn platform(&self) -> &'p P {
        self.platform
    }

    /// Frees the code now (the same as dropping it).
    pub fn free(self) {
        drop(self)
    }
}

impl<P: Platform + ?Sized> Drop for ExecCode<'_, P> {
    fn drop(&mut self) {
        // SAFETY: drop runs once; the region is not used afterwards.
        let region = unsafe { ptr::read(&self.region) };
        self.platform.free_code(region, Token::new());
    }
}

impl<P: Platform + ?Sized> fmt::Debug for ExecCode<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExecCode")
            .field("addr", &self.as_ptr())
            .field("len", &self.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    //! The lifecycle against a mock platform that records every call: one
    //! free per allocation, whatever path the buffer takes.
    use super::*;
    use crate::{InterruptFlag, NoExec};
    use core::cell::{Cell, RefCell};
    use core::ptr::NonNull;
    use std::alloc::{alloc_zeroed, dealloc, Layout};
    use std::vec::Vec;

    const PAGE: usize = 4096;

    #[derive(Default)]
    struct Mock {
        live: RefCell<Vec<usize>>,
        allocs: Cell<usize>,
        frees: Cell<usize>,
        published: Cell<usize>,
        fail_publish: Cell<bool>,
        misalign: Cell<bool>,
        flag: InterruptFlag,
    }

    // SAFETY: regions come from the global allocator, page-aligned, zeroed,
    // whole pages; "permissions" are simulated (the mock never runs code).
    unsafe impl Platform for Mock {
        fn arch(&self) -> Arch {
            Arch::current()
        }
        fn features(&self) -> Features {
            Features::EXEC_MEMORY
        }
        fn page_size(&self) -> usize {
            PAGE
        }
        fn alloc_code(&self, len: usize, _: Token) -> Result<RawRegion, Error> {
            let size = len.div_ceil(PAGE) * PAGE;
            let layout = Layout::from_size_align(size, PAGE).map_err(|_| Error::InvalidLength)?;
            // SAFETY: size > 0.
            let p = NonNull::new(unsafe { alloc_zeroed(layout) }).ok_or(Error::OutOfMemory)?;
            self.allocs.set(self.allocs.get() + 1);
            self.live.borrow_mut().push(p.as_ptr() as usize);
            let (p, size) = if self.misalign.get() {
                // SAFETY: still inside the allocation.
                (
                    unsafe { NonNull::new_unchecked(p.as_ptr().add(8)) },
                    size - 8,
                )
            } else {
                (p, size)
            };
            Ok(RawRegion::new(p, size, size))
        }
        fn make_executable(&self, _: &RawRegion, _: Token) -> Result<(), Error> {
            if self.fail_publish.get() {
                return Err(Error::Os(12));
            }
            self.published.set(self.published.get() + 1);
            Ok(())
        }
        fn free_code(&self, region: RawRegion, _: Token) {
            let base = region.addr() & !(PAGE - 1);
            let mut live = self.live.borrow_mut();
            let i = live
                .iter()
                .position(|&a| a == base)
                .expect("double free or foreign region");
            live.swap_remove(i);
            self.frees.set(self.frees.get() + 1);
            let layout = Layout::from_size_align(region.cookie(), PAGE).unwrap();
            // SAFETY: allocated above with this layout, freed once (checked).
            unsafe { dealloc(base as *mut u8, layout) };
        }
        fn console_write(&self, _: &[u8]) {}
        fn monotonic_ns(&self) -> u64 {
            0
        }
        fn interrupt(&self) -> &InterruptFlag {
            &self.flag
        }
    }

    #[test]
    fn drop_of_writable_buffer_frees_once() {
        let m = Mock::default();
        let mut b = CodeBuf::new(&m, 10).unwrap();
        assert_eq!(b.len(), PAGE);
        assert!(b.as_slice().iter().all(|&x| x == 0));
        b.as_mut_slice()[0] = 1;
        drop(b);
        assert_eq!(
            (m.allocs.get(), m.frees.get(), m.published.get()),
            (1, 1, 0)
        );
    }

    #[test]
    fn publish_then_drop_frees_once() {
        let m = Mock::default();
        let mut b = CodeBuf::new(&m, PAGE + 1).unwrap();
        assert_eq!(b.len(), 2 * PAGE);
        b.as_mut_slice()[PAGE] = 0xc3;
        let addr = b.addr();
        let code = b.publish().unwrap();
        assert_eq!(code.addr(), addr);
        assert_eq!(code.as_slice()[PAGE], 0xc3);
        assert_eq!(code.entry(PAGE), Some((addr + PAGE) as *const u8));
        assert_eq!(code.entry(2 * PAGE), None);
        code.free();
        assert_eq!(
            (m.allocs.get(), m.frees.get(), m.published.get()),
            (1, 1, 1)
        );
    }

    #[test]
    fn failed_publish_frees_once() {
        let m = Mock::default();
        m.fail_publish.set(true);
        let b = CodeBuf::new(&m, 1).unwrap();
        assert_eq!(b.publish().unwrap_err(), Error::Os(12));
        assert_eq!(
            (m.allocs.get(), m.frees.get(), m.published.get()),
            (1, 1, 0)
        );
    }

    #[test]
    fn contract_breaking_region_is_refused_and_freed() {
        let m = Mock::default();
        m.misalign.set(true);
        assert_eq!(CodeBuf::new(&m, 1).unwrap_err(), Error::BadRegion);
        assert_eq!((m.allocs.get(), m.frees.get()), (1, 1));
    }

    #[test]
    fn zero_length_is_refused_without_allocating() {
        let m = Mock::default();
        assert_eq!(CodeBuf::new(&m, 0).unwrap_err(), Error::InvalidLength);
        assert_eq!(m.allocs.get(), 0);
    }

    #[test]
    fn works_through_dyn_platform() {
        let m = Mock::default();
        let p: &dyn Platform = &m;
        let code = CodeBuf::new(p, 1).unwrap().publish().unwrap();
        drop(code);
        assert_eq!(
            (m.allocs.get(), m.frees.get(), m.published.get()),
            (1, 1, 1)
        );
    }

    #[test]
    fn no_exec_wrapper_refuses() {
        let m = Mock::default();
        let p = NoExec(&m);
        assert!(!p.features().contains(Features::EXEC_MEMORY));
        assert_eq!(CodeBuf::new(&p, 1).unwrap_err(), Error::Unsupported);
        assert_eq!(m.allocs.get(), 0);
        p.interrupt().raise();
        assert!(m.flag.take());
    }
}
