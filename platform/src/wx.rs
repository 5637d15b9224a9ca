//! The W^X checker: finds mappings that are writable and executable.
//!
//! [`wx_lines`] parses the text of a `/proc/<pid>/maps` file (pure, `no_std`);
//! [`check_wx_mappings`] (feature `std`, Linux) reads `/proc/self/maps` and is
//! what the JIT's tests call after every compilation. Under
//! `qemu-aarch64-static` the file is QEMU's emulation, listing the guest's
//! mappings with the guest's permissions, so the check means the same there.

/// The lines of a `/proc/<pid>/maps` text whose permission field (the second
/// column, e.g. `rwxp`) has both `w` and `x`.
pub fn wx_lines(maps: &str) -> impl Iterator<Item = &str> + '_ {
    maps.lines().filter(|line| {
        let perms = line.split_whitespace().nth(1).unwrap_or("").as_bytes();
        perms.len() >= 3 && perms[1] == b'w' && perms[2] == b'x'
    })
}

/// Reads `/proc/self/maps` and returns `Err` with every mapping of the process
/// that is both writable and executable (or with the read error, as its only
/// line). The process must never have one.
#[cfg(all(feature = "std", target_os = "linux"))]
pub fn check_wx_mappings() -> Result<(), std::vec::Vec<std::string::String>> {
    use std::string::ToString;
    let maps = match std::fs::read_to_string("/proc/self/maps") {
        Ok(text) => text,
        Err(e) => return Err(std::vec![std::format!("cannot read /proc/self/maps: {e}")]),
    };
    let bad: std::vec::Vec<_> = wx_lines(&maps).map(|l| l.to_string()).collect();
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad)
    }
}

/// Panics with the offending mappings if [`check_wx_mappings`] finds any
/// (for tests).
#[cfg(all(feature = "std", target_os = "linux"))]
#[track_caller]
pub fn assert_no_wx_mappings() {
    if let Err(lines) = check_wx_mappings() {
        panic!(
            "writable and executable mappings found:\n{}",
            lines.join("\n")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec;
    use std::vec::Vec;

    const SAMPLE: &str = "\
55d0c0a00000-55d0c0a02000 r--p 00000000 08:01 123 /usr/bin/cat
55d0c0a02000-55d0c0a07000 r-xp 00002000 08:01 123 /usr/bin/cat
55d0c0a0b000-55d0c0a0c000 rw-p 0000a000 08:01 123 /usr/bin/cat
7f0000000000-7f0000001000 rwxp 00000000 00:00 0
7f0000002000-7f0000003000 -wxs 00000000 00:00 0 /memfd:jit (deleted)
7ffd1e5f0000-7ffd1e611000 rw-p 00000000 00:00 0                          [stack]
ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
";

    #[test]
    fn finds_exactly_the_wx_lines() {
        let bad: Vec<&str> = wx_lines(SAMPLE).collect();
        assert_eq!(
            bad,
            vec![
                "7f0000000000-7f0000001000 rwxp 00000000 00:00 0",
                "7f0000002000-7f0000003000 -wxs 00000000 00:00 0 /memfd:jit (deleted)",
            ]
        );
    }

    #[test]
    fn tolerates_odd_lines() {
        assert_eq!(wx_lines("").count(), 0);
        assert_eq!(wx_lines("garbage\n\n x\n0-1 rw\n").count(), 0);
    }
}
