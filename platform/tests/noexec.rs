//! Interpreter-only platforms refuse executable memory cleanly, and a W+X
//! protection cannot be requested.

use platform::host::prot_bits;
use platform::{
    CodeBuf, Error, Features, HostPlatform, NoExec, NoExecPlatform, Permissions, Platform,
    Protection,
};

#[test]
fn noexec_platform_refuses_executable_memory() {
    let p = NoExecPlatform::default();
    assert!(!p.features().contains(Features::EXEC_MEMORY));
    assert!(p.features().contains(Features::HW_FLOAT));
    assert_eq!(CodeBuf::new(&p, 64).unwrap_err(), Error::Unsupported);
    assert_eq!(CodeBuf::new(&p, 1 << 20).unwrap_err(), Error::Unsupported);
    assert_eq!(platform::wx::check_wx_mappings(), Ok(()));
}

#[test]
fn noexec_platform_still_has_console_clock_interrupt() {
    let p = NoExecPlatform::host();
    p.console_write(b"[platform test] NoExecPlatform console\n");
    let t0 = p.monotonic_ns();
    assert!(p.monotonic_ns() >= t0 && t0 > 0);
    p.interrupt().raise();
    assert!(p.interrupt().is_raised());
    p.interrupt().clear();
    assert!(!p.interrupt().is_raised());
    assert_eq!(p.arch(), platform::Arch::current());
    assert!(p.page_size().is_power_of_two());
}

#[test]
fn noexec_wraps_a_borrowed_platform() {
    let host = HostPlatform::new();
    let p = NoExec(&host);
    assert_eq!(CodeBuf::new(&p, 64).unwrap_err(), Error::Unsupported);
    p.interrupt().raise();
    assert!(host.interrupt().take());
}

#[test]
fn write_and_execute_protection_is_refused() {
    let wx = Permissions::WRITE | Permissions::EXEC;
    assert_eq!(Protection::new(wx), Err(Error::WriteAndExecute));
    assert_eq!(
        Protection::new(wx | Permissions::READ),
        Err(Error::WriteAndExecute)
    );
    assert_eq!(
        prot_bits(Protection::RX),
        Ok(libc::PROT_READ | libc::PROT_EXEC)
    );
    assert_eq!(
        prot_bits(Protection::RW),
        Ok(libc::PROT_READ | libc::PROT_WRITE)
    );
}

#[test]
fn zero_length_is_refused() {
    assert_eq!(
        CodeBuf::new(&HostPlatform::new(), 0).unwrap_err(),
        Error::InvalidLength
    );
}
