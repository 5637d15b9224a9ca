//! [`NoExec`]: a wrapper that refuses executable memory, for interpreter-only
//! embedders (and for switching the JIT off at run time on any platform).

use crate::{Arch, Error, Features, InterruptFlag, Platform, RawRegion, Token};

/// Wraps a platform and refuses all executable memory with
/// [`Error::Unsupported`], forwarding the console, clock, interrupt flag and
/// CPU facts. [`Features::EXEC_MEMORY`] is cleared, so the VM never tries the
/// JIT and runs traces on the uop interpreter.
///
/// Works in `no_std`; `NoExec(&platform)` wraps a borrowed platform, and the
/// host version is [`NoExecPlatform`](crate::NoExecPlatform) (feature `std`).
#[derive(Debug, Default)]
pub struct NoExec<P>(pub P);

// SAFETY: `alloc_code` never returns a region, so the memory promises hold
// vacuously; everything else forwards to `P`.
unsafe impl<P: Platform> Platform for NoExec<P> {
    fn arch(&self) -> Arch {
        self.0.arch()
    }
    fn features(&self) -> Features {
        self.0.features().difference(Features::EXEC_MEMORY)
    }
    fn page_size(&self) -> usize {
        self.0.page_size()
    }
    fn alloc_code(&self, _len: usize, _token: Token) -> Result<RawRegion, Error> {
        Err(Error::Unsupported)
    }
    fn make_executable(&self, _region: &RawRegion, _token: Token) -> Result<(), Error> {
        Err(Error::Unsupported)
    }
    fn free_code(&self, region: RawRegion, _token: Token) {
        // Unreachable: no region is ever handed out. Nothing to release.
        let _ = region;
    }
    fn console_write(&self, bytes: &[u8]) {
        self.0.console_write(bytes)
    }
    fn monotonic_ns(&self) -> u64 {
        self.0.monotonic_ns()
    }
    fn interrupt(&self) -> &InterruptFlag {
        self.0.interrupt()
    }
}
