//! The Linux host implementation (feature `std`, alias `linux`): the worked
//! example of the [`Platform`] contract.
//!
//! * `alloc_code`: `mmap(NULL, len rounded up to pages, PROT_READ|PROT_WRITE,
//!   MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)`. Anonymous memory is zeroed and
//!   page-aligned, and mapped for this region alone.
//! * `make_executable`: `mprotect(PROT_READ|PROT_EXEC)`. Cache maintenance was
//!   done by [`CodeBuf::publish`](crate::CodeBuf::publish) just before; the
//!   kernel flushes the TLBs.
//! * `free_code`: `munmap`.
//! * Every protection goes through [`Protection`], which cannot be writable
//!   and executable, and [`prot_bits`] refuses such a request again.
//! * Console: `write(1, ...)`; clock: `clock_gettime(CLOCK_MONOTONIC)`;
//!   interrupt: an [`InterruptFlag`] field (raise it from a `SIGINT` handler,
//!   using a `static` platform: [`HostPlatform::new`] is `const`).
//!
//! Facts: [`Features::HW_FLOAT`] (user space may always use the FPU) and
//! [`Features::EXEC_MEMORY`] on x86-64 and AArch64. Neither [`Features::BTI`]
//! nor [`Features::IBT`]: the code pages are not mapped with `PROT_BTI`, and
//! Linux does not enforce IBT in user space.

use core::ffi::c_void;
use core::ptr::{self, NonNull};

use crate::{Arch, Error, Features, InterruptFlag, NoExec, Platform, Protection, RawRegion, Token};

/// Executable memory from the Linux kernel (`mmap`/`mprotect`/`munmap`), with
/// the console on standard output and `CLOCK_MONOTONIC`.
///
/// ```
/// use platform::{HostPlatform, Platform};
/// static PLATFORM: HostPlatform = HostPlatform::new();
/// // A SIGINT handler would call PLATFORM.interrupt().raise().
/// assert!(PLATFORM.page_size().is_power_of_two());
/// ```
#[derive(Debug, Default)]
pub struct HostPlatform {
    interrupt: InterruptFlag,
}

/// The host platform with executable memory refused: an interpreter-only
/// embedder's platform (console, clock and interrupt flag still work).
/// Make one with `NoExecPlatform::default()` or [`NoExec::host`].
pub type NoExecPlatform = NoExec<HostPlatform>;

impl NoExec<HostPlatform> {
    /// The host platform, refusing executable memory.
    pub const fn host() -> Self {
        NoExec(HostPlatform::new())
    }
}

impl HostPlatform {
    /// A host platform with its own interrupt flag, not raised.
    pub const fn new() -> Self {
        HostPlatform {
            interrupt: InterruptFlag::new(),
        }
    }
}

/// The system page size (`sysconf(_SC_PAGESIZE)`).
pub fn page_size() -> usize {
    // SAFETY: sysconf has no memory-safety preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if n > 0 {
        n as usize
    } else {
        4096
    }
}

/// `len` rounded up to a multiple of `page` (a power of two); `None` on
/// overflow or for `len == 0`.
pub fn round_to_pages(len: usize, page: usize) -> Option<usize> {
    if len == 0 || !page.is_power_of_two() {
        return None;
    }
    Some(len.checked_add(page - 1)? & !(page - 1))
}

/// The `PROT_*` bits for a protection. Refuses [`Error::WriteAndExecute`] if
/// the result would be writable and executable (which a [`Protection`]
/// cannot be; checked again here because this is where it reaches the OS).
pub fn prot_bits(prot: Protection) -> Result<libc::c_int, Error> {
    if prot.is_writable() && prot.is_executable() {
        return Err(Error::WriteAndExecute);
    }
    let p = prot.permissions();
    let mut bits = libc::PROT_NONE;
    if p.contains(crate::Permissions::READ) {
        bits |= libc::PROT_READ;
    }
    if p.contains(crate::Permissions::WRITE) {
        bits |= libc::PROT_WRITE;
    }
    if p.contains(crate::Permissions::EXEC) {
        bits |= libc::PROT_EXEC;
    }
    Ok(bits)
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn os_error(code: i32) -> Error {
    if code == libc::ENOMEM {
        Error::OutOfMemory
    } else {
        Error::Os(code)
    }
}

// SAFETY: regions are fresh anonymous private mappings (zeroed, page-aligned,
// whole pages, ours alone) mapped RW; make_executable flips them to RX with
// mprotect (the kernel keeps TLBs coherent); no protection with both WRITE
// and EXEC is ever requested (prot_bits refuses it). No method panics.
unsafe impl Platform for HostPlatform {
    fn arch(&self) -> Arch {
        Arch::current()
    }

    fn features(&self) -> Features {
        match Arch::current() {
            Arch::Other => Features::HW_FLOAT,
            _ => Features::HW_FLOAT | Features::EXEC_MEMORY,
        }
    }

    fn page_size(&self) -> usize {
        page_size()
    }

    fn alloc_code(&self, len: usize, _token: Token) -> Result<RawRegion, Error> {
        let size = round_to_pages(len, page_size()).ok_or(Error::InvalidLength)?;
        let prot = prot_bits(Protection::RW)?;
        // SAFETY: a fresh anonymous mapping at an address the kernel chooses;
        // it cannot alias any existing Rust object.
        let p = unsafe {
            libc::mmap(
                ptr::null_mut(),
                size,
                prot,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(os_error(errno()));
        }
        let p = NonNull::new(p.cast::<u8>()).ok_or(Error::OutOfMemory)?;
        Ok(RawRegion::new(p, size, 0))
    }

    fn make_executable(&self, region: &RawRegion, _token: Token) -> Result<(), Error> {
        let prot = prot_bits(Protection::RX)?;
        // SAFETY: the region is a whole-page mapping we made in alloc_code and
        // still own; changing its protection affects nothing else.
        let r = unsafe { libc::mprotect(region.as_ptr().cast::<c_void>(), region.len(), prot) };
        if r != 0 {
            // The mapping is RW or (after a partial change) partly RX: either
            // way never W+X, and munmap releases it.
            return Err(os_error(errno()));
        }
        Ok(())
    }

    fn free_code(&self, region: RawRegion, _token: Token) {
        // SAFETY: the region is a mapping from alloc_code, released once (the
        // RawRegion is consumed) and referenced by no live slice or handle.
        let r = unsafe { libc::munmap(region.as_ptr().cast::<c_void>(), region.len()) };
        // munmap fails only for invalid arguments, which a region from
        // alloc_code cannot have; there is nothing better to do than keep it.
        debug_assert_eq!(r, 0, "munmap failed");
    }

    fn console_write(&self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            // SAFETY: writes from a valid slice; fd 1 may be closed, which
            // only makes write fail.
            let n = unsafe { libc::write(1, bytes.as_ptr().cast::<c_void>(), bytes.len()) };
            if n > 0 {
                bytes = &bytes[n as usize..];
            } else if n < 0 && errno() == libc::EINTR {
                continue;
            } else {
                return; // best effort
            }
        }
    }

    fn monotonic_ns(&self) -> u64 {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable timespec.
        let r = unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
        if r != 0 {
            return 0;
        }
        (ts.tv_sec as u64)
            .wrapping_mul(1_000_000_000)
            .wrapping_add(ts.tv_nsec as u64)
    }

    fn interrupt(&self) -> &InterruptFlag {
        &self.interrupt
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Permissions;

    #[test]
    fn rounds_to_pages() {
        assert_eq!(round_to_pages(0, 4096), None);
        assert_eq!(round_to_pages(1, 4096), Some(4096));
        assert_eq!(round_to_pages(4096, 4096), Some(4096));
        assert_eq!(round_to_pages(4097, 4096), Some(8192));
        assert_eq!(round_to_pages(usize::MAX, 4096), None);
        assert_eq!(round_to_pages(1, 3000), None);
    }

    #[test]
    fn prot_bits_never_write_and_exec() {
        assert_eq!(
            prot_bits(Protection::RW),
            Ok(libc::PROT_READ | libc::PROT_WRITE)
        );
        assert_eq!(
            prot_bits(Protection::RX),
            Ok(libc::PROT_READ | libc::PROT_EXEC)
        );
        assert_eq!(prot_bits(Protection::NONE), Ok(libc::PROT_NONE));
        for bits in 0..8u8 {
            if let Ok(p) = Protection::new(Permissions::from_bits_truncate(bits)) {
                let b = prot_bits(p).unwrap();
                assert!(
                    b & (libc::PROT_WRITE | libc::PROT_EXEC) != libc::PROT_WRITE | libc::PROT_EXEC
                );
            }
        }
    }
}
