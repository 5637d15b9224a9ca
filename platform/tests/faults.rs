//! The policy, shown by faults in child processes: writing to published code
//! dies with SIGSEGV, and so does executing a buffer that is not yet
//! published. A control child that does only allowed things exits normally,
//! so the harness can tell the difference.

mod common;

use common::*;
use platform::{CodeBuf, HostPlatform, Platform};

type Fn0 = extern "C" fn() -> u32;

#[test]
fn control_child_runs_published_code_and_exits() {
    let host = HostPlatform::new();
    let mut buf = CodeBuf::new(&host, 64).unwrap();
    buf.as_mut_slice()[..RET42.len()].copy_from_slice(RET42);
    let code = buf.publish().unwrap();
    // SAFETY: a complete published function of type Fn0.
    let f: Fn0 = unsafe { core::mem::transmute::<*const u8, Fn0>(code.as_ptr()) };
    // SAFETY: `_exit` is async-signal-safe.
    let end = in_child(|| unsafe { libc::_exit(f() as i32) });
    assert_eq!(end, ChildEnd::Exited(42));
}

#[test]
fn writing_published_code_faults() {
    let host = HostPlatform::new();
    let mut buf = CodeBuf::new(&host, 64).unwrap();
    buf.as_mut_slice()[..RET42.len()].copy_from_slice(RET42);
    let code = buf.publish().unwrap();
    let target = code.as_ptr().cast_mut();
    let end = in_child(|| {
        // SAFETY: deliberately invalid: a store to read+execute memory, in a
        // child process, to show that it faults.
        unsafe { core::ptr::write_volatile(target, 0xcc) };
    });
    assert_eq!(
        end,
        ChildEnd::Signaled(libc::SIGSEGV),
        "store to published code must fault"
    );
    // The parent's code is untouched and still runs.
    // SAFETY: as in the control test.
    let f: Fn0 = unsafe { core::mem::transmute::<*const u8, Fn0>(code.as_ptr()) };
    assert_eq!(f(), 42);
}

#[test]
fn writing_published_code_on_a_later_page_faults() {
    let host = HostPlatform::new();
    let page = host.page_size();
    let code = CodeBuf::new(&host, 2 * page).unwrap().publish().unwrap();
    let target = code.entry(2 * page - 1).unwrap().cast_mut();
    let end = in_child(|| {
        // SAFETY: deliberately invalid store to published code, in a child.
        unsafe { core::ptr::write_volatile(target, 0) };
    });
    assert_eq!(end, ChildEnd::Signaled(libc::SIGSEGV));
}

#[test]
fn executing_unpublished_code_faults() {
    let host = HostPlatform::new();
    let mut buf = CodeBuf::new(&host, 64).unwrap();
    buf.as_mut_slice()[..RET42.len()].copy_from_slice(RET42);
    // SAFETY (of the call in the child): deliberately invalid: a jump into
    // memory that is writable and not executable, to show that it faults.
    let f: Fn0 = unsafe { core::mem::transmute::<*const u8, Fn0>(buf.as_ptr()) };
    let end = in_child(|| {
        let r = f();
        // Not reached when the policy holds; report what ran.
        // SAFETY: `_exit` is async-signal-safe.
        unsafe { libc::_exit(100 + (r as i32 & 0x1f)) };
    });
    assert_eq!(
        end,
        ChildEnd::Signaled(libc::SIGSEGV),
        "executing RW memory must fault"
    );
    // Published, the same bytes run.
    let code = buf.publish().unwrap();
    // SAFETY: now a published function of type Fn0.
    let f: Fn0 = unsafe { core::mem::transmute::<*const u8, Fn0>(code.as_ptr()) };
    assert_eq!(f(), 42);
}
