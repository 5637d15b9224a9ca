//! AArch64 cache maintenance for freshly written code, for every AArch64
//! implementation of [`Platform`](crate::Platform) (Linux user space at EL0,
//! bare-metal kernels at EL1).
//!
//! AArch64 instruction fetch is not coherent with data stores: new code must
//! be cleaned from the data cache to the point of unification and the stale
//! instruction-cache lines invalidated before it runs. [`sync_icache`] does:
//!
//! 1. read `CTR_EL0`: `DminLine` = bits 19:16, `IminLine` = bits 3:0 (log2 of
//!    the smallest line in 4-byte words), `IDC` = bit 28, `DIC` = bit 29;
//! 2. `DC CVAU` for every data-cache line of the range, unless `IDC` says the
//!    clean to the point of unification is not required;
//! 3. `DSB ISH`;
//! 4. `IC IVAU` for every instruction-cache line, unless `DIC` says the
//!    invalidation is not required;
//! 5. `DSB ISH`, then `ISB`.
//!
//! The decisions and line arithmetic ([`CacheInfo`], [`lines`], [`maintain`])
//! are plain Rust, compiled and unit-tested on every architecture; only the
//! [`CacheOps`] that issues the instructions, [`read_ctr_el0`] and
//! [`sync_icache`] are AArch64-only assembly. QEMU does not model caches, so
//! the sequence is checked by those tests rather than by emulation.

/// `CTR_EL0.IDC`: data-cache clean to the point of unification is not
/// required for instruction-to-data coherence.
pub const CTR_IDC: u64 = 1 << 28;
/// `CTR_EL0.DIC`: instruction-cache invalidation to the point of unification
/// is not required for instruction-to-data coherence.
pub const CTR_DIC: u64 = 1 << 29;

/// What `CTR_EL0` says about cache maintenance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CacheInfo {
    /// Smallest data-cache line in bytes: `4 << CTR_EL0.DminLine`.
    pub dcache_line: usize,
    /// Smallest instruction-cache line in bytes: `4 << CTR_EL0.IminLine`.
    pub icache_line: usize,
    /// `CTR_EL0.IDC`: skip `DC CVAU`.
    pub idc: bool,
    /// `CTR_EL0.DIC`: skip `IC IVAU`.
    pub dic: bool,
}

impl CacheInfo {
    /// Decodes a `CTR_EL0` value.
    pub const fn from_ctr_el0(ctr: u64) -> CacheInfo {
        CacheInfo {
            dcache_line: 4 << ((ctr >> 16) & 0xF),
            icache_line: 4 << (ctr & 0xF),
            idc: ctr & CTR_IDC != 0,
            dic: ctr & CTR_DIC != 0,
        }
    }

    /// Whether `DC CVAU` is needed (`IDC` clear).
    pub const fn needs_dcache_clean(&self) -> bool {
        !self.idc
    }

    /// Whether `IC IVAU` is needed (`DIC` clear).
    pub const fn needs_icache_invalidate(&self) -> bool {
        !self.dic
    }
}

/// The line-aligned addresses of every cache line (of `line` bytes, a power of
/// two) that overlaps `start..start + len`. Empty when `len` is 0; stops at
/// the top of the address space.
pub fn lines(start: usize, len: usize, line: usize) -> Lines {
    debug_assert!(line.is_power_of_two());
    let end = start.saturating_add(len);
    Lines {
        next: Some(start & !(line - 1)).filter(|_| len != 0),
        end,
        step: line,
    }
}

/// Iterator returned by [`lines`].
#[derive(Clone, Debug)]
pub struct Lines {
    next: Option<usize>,
    end: usize,
    step: usize,
}

impl Iterator for Lines {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        let cur = self.next.filter(|&a| a < self.end)?;
        self.next = cur.checked_add(self.step);
        Some(cur)
    }
}

/// The maintenance instructions, as operations, so [`maintain`] can be run
/// against a recorder in tests and against the hardware on AArch64.
pub trait CacheOps {
    /// `DC CVAU, addr`: clean data cache by address to the point of unification.
    fn dc_cvau(&mut self, addr: usize);
    /// `IC IVAU, addr`: invalidate instruction cache by address to the PoU.
    fn ic_ivau(&mut self, addr: usize);
    /// `DSB ISH`: data synchronisation barrier, inner shareable.
    fn dsb_ish(&mut self);
    /// `ISB`: instruction synchronisation barrier.
    fn isb(&mut self);
}

/// Runs the maintenance sequence for `start..start + len` with `ops`:
/// `DC CVAU`* (unless IDC), `DSB ISH`, `IC IVAU`* (unless DIC), `DSB ISH`,
/// `ISB`.
pub fn maintain<O: CacheOps + ?Sized>(info: CacheInfo, start: usize, len: usize, ops: &mut O) {
    if info.needs_dcache_clean() {
        for a in lines(start, len, info.dcache_line) {
            ops.dc_cvau(a);
        }
    }
    ops.dsb_ish();
    if info.needs_icache_invalidate() {
        for a in lines(start, len, info.icache_line) {
            ops.ic_ivau(a);
        }
    }
    ops.dsb_ish();
    ops.isb();
}

/// Reads `CTR_EL0` (allowed at EL0 on Linux, which traps and emulates it where
/// needed). AArch64 only.
#[cfg(any(target_arch = "aarch64", doc))]
#[inline]
pub fn read_ctr_el0() -> u64 {
    #[cfg(target_arch = "aarch64")]
    {
        let ctr: u64;
        // SAFETY: reading CTR_EL0 has no side effects and touches no memory.
        unsafe {
            core::arch::asm!("mrs {}, ctr_el0", out(reg) ctr, options(nomem, nostack, preserves_flags))
        };
        ctr
    }
    // Only for rustdoc on other architectures: never compiled into code.
    #[cfg(not(target_arch = "aarch64"))]
    0
}

/// The real instructions. Private: issuing `DC`/`IC` on an unmapped address
/// faults, so only [`sync_icache`] (an `unsafe fn`) uses it.
#[cfg(target_arch = "aarch64")]
struct Hardware;

#[cfg(target_arch = "aarch64")]
impl CacheOps for Hardware {
    #[inline(always)]
    fn dc_cvau(&mut self, addr: usize) {
        // SAFETY: `sync_icache`'s caller guarantees the range is mapped and
        // readable; the instruction writes back cache lines, changing no value.
        unsafe { core::arch::asm!("dc cvau, {}", in(reg) addr, options(nostack, preserves_flags)) };
    }
    #[inline(always)]
    fn ic_ivau(&mut self, addr: usize) {
        // SAFETY: as above; invalidating instruction-cache lines is harmless.
        unsafe { core::arch::asm!("ic ivau, {}", in(reg) addr, options(nostack, preserves_flags)) };
    }
    #[inline(always)]
    fn dsb_ish(&mut self) {
        // SAFETY: a barrier; no operands. Not `nomem`: it orders memory
        // accesses for the compiler too.
        unsafe { core::arch::asm!("dsb ish", options(nostack, preserves_flags)) };
    }
    #[inline(always)]
    fn isb(&mut self) {
        // SAFETY: a barrier; no operands.
        unsafe { core::arch::asm!("isb", options(nostack, preserves_flags)) };
    }
}

/// Makes the code just written at `start..start + len` visible to instruction
/// fetch on this and every other core in the inner-shareable domain: the
/// sequence in the [module documentation](self), driven by `CTR_EL0`.
/// AArch64 only.
///
/// # Safety
///
/// The range must be mapped and readable at the current exception level
/// (otherwise `DC`/`IC` fault).
#[cfg(any(target_arch = "aarch64", doc))]
pub unsafe fn sync_icache(start: *const u8, len: usize) {
    #[cfg(target_arch = "aarch64")]
    {
        let info = CacheInfo::from_ctr_el0(read_ctr_el0());
        maintain(info, start as usize, len, &mut Hardware);
    }
    // Only for rustdoc on other architectures: never compiled into code.
    #[cfg(not(target_arch = "aarch64"))]
    let _ = (start, len);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec;
    use std::vec::Vec;

    #[derive(Debug, PartialEq, Eq, Clone, Copy)]
    enum Op {
        Dc(usize),
        Ic(usize),
        Dsb,
        Isb,
    }

    #[derive(Default)]
    struct Recorder(Vec<Op>);

    impl CacheOps for Recorder {
        fn dc_cvau(&mut self, a: usize) {
            self.0.push(Op::Dc(a))
        }
        fn ic_ivau(&mut self, a: usize) {
            self.0.push(Op::Ic(a))
        }
        fn dsb_ish(&mut self) {
            self.0.push(Op::Dsb)
        }
        fn isb(&mut self) {
            self.0.push(Op::Isb)
        }
    }

    fn run(ctr: u64, start: usize, len: usize) -> Vec<Op> {
        let mut r = Recorder::default();
        maintain(CacheInfo::from_ctr_el0(ctr), start, len, &mut r);
        r.0
    }

    // Cortex-A72: CTR_EL0 = 0x8444c004 (DminLine 4 → 64 B, IminLine 4 → 64 B,
    // L1Ip = PIPT, no IDC/DIC).
    const A72: u64 = 0x8444_c004;
    // Neoverse N1: IDC and DIC set (0xb444c004).
    const N1: u64 = 0xb444_c004;

    #[test]
    fn decodes_ctr_el0() {
        let a72 = CacheInfo::from_ctr_el0(A72);
        assert_eq!(
            a72,
            CacheInfo {
                dcache_line: 64,
                icache_line: 64,
                idc: false,
                dic: false
            }
        );
        let n1 = CacheInfo::from_ctr_el0(N1);
        assert!(n1.idc && n1.dic);
        assert!(!n1.needs_dcache_clean() && !n1.needs_icache_invalidate());
        // Different D and I line sizes: DminLine = 3 (32 B), IminLine = 5 (128 B).
        let odd = CacheInfo::from_ctr_el0((3 << 16) | 5);
        assert_eq!((odd.dcache_line, odd.icache_line), (32, 128));
        // The field extremes.
        let big = CacheInfo::from_ctr_el0((0xF << 16) | 0xF);
        assert_eq!((big.dcache_line, big.icache_line), (4 << 15, 4 << 15));
        let small = CacheInfo::from_ctr_el0(0);
        assert_eq!((small.dcache_line, small.icache_line), (4, 4));
        assert!(CacheInfo::from_ctr_el0(CTR_IDC).idc && !CacheInfo::from_ctr_el0(CTR_IDC).dic);
        assert!(CacheInfo::from_ctr_el0(CTR_DIC).dic && !CacheInfo::from_ctr_el0(CTR_DIC).idc);
    }

    #[test]
    fn lines_cover_unaligned_ranges() {
        assert_eq!(lines(0x1000, 0, 64).count(), 0);
        assert_eq!(lines(0x1000, 1, 64).collect::<Vec<_>>(), vec![0x1000]);
        assert_eq!(lines(0x1000, 64, 64).collect::<Vec<_>>(), vec![0x1000]);
        assert_eq!(
            lines(0x1000, 65, 64).collect::<Vec<_>>(),
            vec![0x1000, 0x1040]
        );
        assert_eq!(
            lines(0x103f, 2, 64).collect::<Vec<_>>(),
            vec![0x1000, 0x1040]
        );
        assert_eq!(
            lines(0x1010, 0x40, 32).collect::<Vec<_>>(),
            vec![0x1000, 0x1020, 0x1040]
        );
        assert_eq!(lines(0x4000, 0x1000, 64).count(), 64);
        // At the top of the address space the iterator stops instead of wrapping.
        let top = usize::MAX - 63;
        assert_eq!(lines(top, 64, 64).collect::<Vec<_>>(), vec![top]);
        assert_eq!(
            lines(usize::MAX - 10, 100, 64).collect::<Vec<_>>(),
            vec![usize::MAX - 63]
        );
    }

    #[test]
    fn full_sequence_without_idc_dic() {
        use Op::*;
        assert_eq!(
            run(A72, 0x1030, 0x40),
            vec![
                Dc(0x1000),
                Dc(0x1040),
                Dsb,
                Ic(0x1000),
                Ic(0x1040),
                Dsb,
                Isb
            ]
        );
        // Different line sizes are used for each cache.
        let ops = run((2 << 16) | 4, 0x2000, 0x40); // D: 16 B, I: 64 B
        assert_eq!(ops.iter().filter(|o| matches!(o, Dc(_))).count(), 4);
        assert_eq!(ops.iter().filter(|o| matches!(o, Ic(_))).count(), 1);
    }

    #[test]
    fn idc_skips_clean_and_dic_skips_invalidate() {
        use Op::*;
        assert_eq!(
            run(A72 | CTR_IDC, 0x1000, 0x40),
            vec![Dsb, Ic(0x1000), Dsb, Isb]
        );
        assert_eq!(
            run(A72 | CTR_DIC, 0x1000, 0x40),
            vec![Dc(0x1000), Dsb, Dsb, Isb]
        );
        assert_eq!(run(N1, 0x1000, 0x40), vec![Dsb, Dsb, Isb]);
    }

    #[test]
    fn barriers_are_issued_even_for_an_empty_range() {
        assert_eq!(run(A72, 0x1000, 0), vec![Op::Dsb, Op::Dsb, Op::Isb]);
    }

    #[cfg(target_arch = "aarch64")]
    #[test]
    fn reads_real_ctr_el0_and_syncs() {
        let info = CacheInfo::from_ctr_el0(read_ctr_el0());
        assert!(info.dcache_line >= 4 && info.icache_line >= 4);
        let buf = [0u8; 256];
        // SAFETY: the range is a live, readable local array.
        unsafe { sync_icache(buf.as_ptr(), buf.len()) };
    }
}
