//! Shared helpers for the policy tests: hand-assembled functions for each
//! architecture, and running a closure in a forked child to observe how it
//! dies.
#![allow(dead_code)]

/// `mov eax, 42; ret` / `mov w0, #42; ret`: `extern "C" fn() -> u32`.
#[cfg(target_arch = "x86_64")]
pub const RET42: &[u8] = &[0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3];
#[cfg(target_arch = "aarch64")]
pub const RET42: &[u8] = &words::<2>([0x5280_0540, 0xd65f_03c0]);

/// `lea eax, [rdi + 1]; ret` / `add w0, w0, #1; ret`: `extern "C" fn(u32) -> u32`.
#[cfg(target_arch = "x86_64")]
pub const ADD1: &[u8] = &[0x8d, 0x47, 0x01, 0xc3];
#[cfg(target_arch = "aarch64")]
pub const ADD1: &[u8] = &words::<2>([0x1100_0400, 0xd65f_03c0]);

/// A function returning `n` (`n < 65536`): `mov eax, n; ret` / `movz w0, #n; ret`.
pub fn ret_const(n: u16) -> Vec<u8> {
    #[cfg(target_arch = "x86_64")]
    {
        let mut v = vec![0xb8];
        v.extend_from_slice(&u32::from(n).to_le_bytes());
        v.push(0xc3);
        v
    }
    #[cfg(target_arch = "aarch64")]
    {
        words::<2>([0x5280_0000 | (u32::from(n) << 5), 0xd65f_03c0]).to_vec()
    }
}

/// Instruction alignment of the architecture.
pub fn insn_align() -> usize {
    if cfg!(target_arch = "aarch64") {
        4
    } else {
        1
    }
}

/// Little-endian bytes of AArch64 instruction words.
pub const fn words<const N: usize>(w: [u32; N]) -> [u8; 8] {
    let mut out = [0u8; 8];
    let mut i = 0;
    while i < N && i < 2 {
        let b = w[i].to_le_bytes();
        out[4 * i] = b[0];
        out[4 * i + 1] = b[1];
        out[4 * i + 2] = b[2];
        out[4 * i + 3] = b[3];
        i += 1;
    }
    out
}

/// How a child process ended.
#[derive(Debug, PartialEq, Eq)]
pub enum ChildEnd {
    /// `exit(code)`.
    Exited(i32),
    /// Killed by this signal.
    Signaled(i32),
}

/// Runs `f` in a forked child with core dumps off (QEMU user mode writes its
/// own core files otherwise) and reports how the child ended: `Exited(0)` if
/// `f` returned. The child only touches memory prepared before the fork and
/// calls async-signal-safe functions, as required after `fork` in a
/// multi-threaded process (the test harness runs tests on threads).
pub fn in_child(f: impl FnOnce()) -> ChildEnd {
    // SAFETY: fork has no memory-safety preconditions; the child below runs
    // only `f` and `_exit`, never returning into the test harness.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed: {}", std::io::Error::last_os_error());
    if pid == 0 {
        let no_core = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: a valid rlimit; affects only this child.
        unsafe { libc::setrlimit(libc::RLIMIT_CORE, &no_core) };
        f();
        // SAFETY: ends the child without running the parent's destructors.
        unsafe { libc::_exit(0) };
    }
    let mut status = 0;
    loop {
        // SAFETY: waiting for our own child with a valid status pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, 0) };
        if r == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        assert_eq!(err.raw_os_error(), Some(libc::EINTR), "waitpid: {err}");
    }
    if libc::WIFSIGNALED(status) {
        ChildEnd::Signaled(libc::WTERMSIG(status))
    } else {
        ChildEnd::Exited(libc::WEXITSTATUS(status))
    }
}
