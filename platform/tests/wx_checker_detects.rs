//! The W^X checker is not vacuous: it reports a writable+executable mapping
//! made behind the platform's back (directly with mmap/mprotect), and is clean
//! again once it is gone. Its own test binary, so no other test sees the
//! mapping while it exists.

use platform::wx::check_wx_mappings;

fn lines_covering(lines: &[String], addr: usize) -> usize {
    lines
        .iter()
        .filter(|l| {
            let range = l.split_whitespace().next().unwrap_or("");
            let mut it = range
                .split('-')
                .map(|h| usize::from_str_radix(h, 16).unwrap_or(0));
            let (lo, hi) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
            lo <= addr && addr < hi
        })
        .count()
}

#[test]
fn checker_reports_rwx_mapping() {
    assert_eq!(check_wx_mappings(), Ok(()));
    let len = 4096 * 4;

    // SAFETY: a fresh anonymous mapping, deliberately RWX, unmapped below.
    let p = unsafe {
        libc::mmap(
            core::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    assert_ne!(p, libc::MAP_FAILED);
    let bad = check_wx_mappings().expect_err("RWX mapping must be reported");
    assert_eq!(lines_covering(&bad, p as usize), 1, "{bad:?}");

    // Made non-executable, it is no longer reported.
    // SAFETY: our own mapping.
    assert_eq!(
        unsafe { libc::mprotect(p, len, libc::PROT_READ | libc::PROT_WRITE) },
        0
    );
    assert_eq!(check_wx_mappings(), Ok(()));

    // Flipped to RWX by mprotect, it is reported again.
    // SAFETY: our own mapping.
    let rwx = libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC;
    assert_eq!(unsafe { libc::mprotect(p, len, rwx) }, 0);
    let bad = check_wx_mappings().expect_err("RWX after mprotect must be reported");
    assert_eq!(lines_covering(&bad, p as usize), 1, "{bad:?}");

    // SAFETY: our own mapping, no longer used.
    assert_eq!(unsafe { libc::munmap(p, len) }, 0);
    assert_eq!(check_wx_mappings(), Ok(()));
}
