//! A published buffer runs exactly the bytes that were written: hand-assembled
//! functions for the architecture under test, through the host platform.
//! After every step, no mapping of the process is writable and executable.

mod common;

use common::*;
use platform::wx::assert_no_wx_mappings;
use platform::{Arch, CodeBuf, Features, HostPlatform, Platform};

type Fn0 = extern "C" fn() -> u32;
type Fn1 = extern "C" fn(u32) -> u32;

fn as_fn0(p: *const u8) -> Fn0 {
    // SAFETY: every caller points at a complete published function of type Fn0.
    unsafe { core::mem::transmute::<*const u8, Fn0>(p) }
}

#[test]
fn host_facts() {
    let host = HostPlatform::new();
    assert_eq!(host.arch(), Arch::current());
    assert_ne!(host.arch(), Arch::Other);
    let f = host.features();
    assert!(f.contains(Features::EXEC_MEMORY | Features::HW_FLOAT));
    assert!(!f.intersects(Features::BTI | Features::IBT));
    assert!(host.page_size().is_power_of_two() && host.page_size() >= 4096);
}

#[test]
fn published_function_returns_42() {
    let host = HostPlatform::new();
    assert_no_wx_mappings();
    let mut buf = CodeBuf::new(&host, 64).unwrap();
    assert_no_wx_mappings();
    assert_eq!(buf.len() % host.page_size(), 0);
    assert!(
        buf.as_slice().iter().all(|&b| b == 0),
        "fresh buffers are zeroed"
    );
    buf.as_mut_slice()[..RET42.len()].copy_from_slice(RET42);
    assert_no_wx_mappings();
    let code = buf.publish().unwrap();
    assert_no_wx_mappings();
    assert_eq!(&code.as_slice()[..RET42.len()], RET42);
    assert_eq!(as_fn0(code.as_ptr())(), 42);
    assert_no_wx_mappings();
    code.free();
    assert_no_wx_mappings();
}

#[test]
fn published_function_takes_an_argument() {
    let host = HostPlatform::new();
    let mut buf = CodeBuf::new(&host, ADD1.len()).unwrap();
    buf.as_mut_slice()[..ADD1.len()].copy_from_slice(ADD1);
    let code = buf.publish().unwrap();
    assert_no_wx_mappings();
    // SAFETY: the buffer holds `add1` of type Fn1.
    let add1: Fn1 = unsafe { core::mem::transmute::<*const u8, Fn1>(code.as_ptr()) };
    for x in [0u32, 1, 41, 1000, u32::MAX - 1] {
        assert_eq!(add1(x), x + 1);
    }
}

#[test]
fn last_written_bytes_are_the_ones_that_run() {
    let host = HostPlatform::new();
    let mut buf = CodeBuf::new(&host, 16).unwrap();
    let seven = ret_const(7);
    buf.as_mut_slice()[..seven.len()].copy_from_slice(&seven);
    buf.as_mut_slice()[..RET42.len()].copy_from_slice(RET42);
    let code = buf.publish().unwrap();
    assert_eq!(as_fn0(code.as_ptr())(), 42);
}

#[test]
fn entry_point_straddling_a_page_boundary() {
    let host = HostPlatform::new();
    let page = host.page_size();
    let mut buf = CodeBuf::new(&host, 3 * page).unwrap();
    assert!(buf.len() >= 3 * page);
    // Half of the function on page 1, half on page 2 (4-byte aligned on AArch64).
    let off = 2 * page - RET42.len() / 2;
    assert_eq!(off % insn_align(), 0);
    buf.as_mut_slice()[off..off + RET42.len()].copy_from_slice(RET42);
    let code = buf.publish().unwrap();
    assert_no_wx_mappings();
    assert_eq!(as_fn0(code.entry(off).unwrap())(), 42);
    assert_eq!(code.entry(code.len()), None);
}

#[test]
fn many_buffers_each_run_their_own_code() {
    let host = HostPlatform::new();
    let codes: Vec<_> = (0..32u16)
        .map(|i| {
            let mut buf = CodeBuf::new(&host, 8).unwrap();
            let f = ret_const(1000 + i);
            buf.as_mut_slice()[..f.len()].copy_from_slice(&f);
            buf.publish().unwrap()
        })
        .collect();
    assert_no_wx_mappings();
    for (i, code) in codes.iter().enumerate() {
        assert_eq!(as_fn0(code.as_ptr())(), 1000 + i as u32);
    }
    drop(codes);
    assert_no_wx_mappings();
}

#[test]
fn works_through_dyn_platform() {
    let host = HostPlatform::new();
    let p: &dyn Platform = &host;
    let mut buf = CodeBuf::new(p, 8).unwrap();
    buf.as_mut_slice()[..RET42.len()].copy_from_slice(RET42);
    let code = buf.publish().unwrap();
    assert_eq!(as_fn0(code.as_ptr())(), 42);
}

#[test]
fn console_clock_and_interrupt() {
    use core::fmt::Write;
    let host = HostPlatform::new();
    host.console_write(b"[platform test] console_write reaches stdout\n");
    writeln!(
        platform::Console(&host),
        "[platform test] {} via fmt::Write",
        host.arch().name()
    )
    .unwrap();
    let t0 = host.monotonic_ns();
    std::thread::sleep(std::time::Duration::from_millis(2));
    let t1 = host.monotonic_ns();
    assert!(t0 > 0 && t1 >= t0 + 1_000_000, "{t0} {t1}");
    assert!(!host.interrupt().is_raised());
    std::thread::scope(|s| {
        s.spawn(|| host.interrupt().raise());
    });
    assert!(host.interrupt().take());
    assert!(!host.interrupt().take());
}
