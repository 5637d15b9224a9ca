//! Exact binary decomposition of doubles and correctly rounded construction
//! of a double from a big binary value `m * 2**e` (ties to even, subnormals
//! and overflow handled).

use num_bigint::BigUint;
use num_traits::ToPrimitive;

/// Splits a finite `x` into `(negative, mantissa, exponent)` with
/// `|x| == mantissa * 2**exponent` exactly.
pub fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1u64 << 52), biased - 1075)
    }
}

/// `(m, e)` with `|x| = m * 2**e` and `m` odd, for a finite nonzero `x`.
pub fn odd_decompose(x: f64) -> (u64, i64) {
    let (_, m, e) = decompose(x);
    let tz = m.trailing_zeros();
    (m >> tz, e + tz as i64)
}

/// Rounds `m * 2**e` (plus an infinitesimal when `sticky`) to the nearest
/// `f64`, ties to even. Returns `None` when the rounded value overflows.
pub fn round_to_f64(m: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    let nbits = i64::try_from(m.bits()).ok()?;
    if nbits == 0 {
        return Some(0.0);
    }
    let top = nbits.saturating_add(e); // value in [2**(top-1), 2**top)
    if top > 1025 {
        return None;
    }
    let mut lsb = core::cmp::max(top.saturating_sub(53), -1074);
    if lsb > e.saturating_add(nbits) {
        // Far below the smallest subnormal: rounds to zero (value < 2**-1075).
        return Some(0.0);
    }
    let shift = lsb - e;
    let mut q: u64;
    if shift <= 0 {
        // Exact: at most 53 significant bits, all representable.
        q = m.to_u64()?;
        // q * 2**e with e >= lsb; rebase to lsb.
        let up = u32::try_from(-shift).ok()?;
        q = q.checked_shl(up)?;
    } else {
        let sh = u64::try_from(shift).ok()?;
        let qb: BigUint = m >> sh;
        q = qb.to_u64()?;
        // Compare the dropped bits with one half.
        let half_bit = sh - 1;
        let half_set = m.bit(half_bit);
        let below_nonzero = sticky || lower_bits_nonzero(m, half_bit);
        if half_set && (below_nonzero || q & 1 == 1) {
            q += 1;
        }
    }
    if q >= 1u64 << 53 {
        q >>= 1;
        lsb += 1;
    }
    if q < 1u64 << 52 {
        // Subnormal (or zero); only possible when lsb == -1074.
        return Some(f64::from_bits(q));
    }
    let biased = lsb + 1075;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(((biased as u64) << 52) | (q - (1u64 << 52))))
}

/// True when any of the bits of `m` strictly below bit `n` is set.
fn lower_bits_nonzero(m: &BigUint, n: u64) -> bool {
    match m.trailing_zeros() {
        Some(tz) => tz < n,
        None => false,
    }
}
