//! `log`, `exp`, `sin`, `cos` and `acos` evaluated in double-double arithmetic
//! (~100 bits) and rounded once, i.e. correctly rounded except with negligible
//! probability, plus the double-double kernels they are built from (also used
//! by [`super::pow`] and the `math` module's `tan`/`atan`/`atan2`/`asin`).
//!
//! CPython takes these from the C library; glibc's versions are correctly
//! rounded for all but ~0.1% of arguments, so results match CPython on
//! Linux/glibc far more often than the `libm` crate does (which differs in
//! ~3-10% of cases). Special values follow C99 (NaN in, NaN out;
//! `log(0) = -inf`, ...). Trigonometric arguments are reduced modulo `pi/2`
//! with ~200 bits of `pi/2` below 1e6 and exactly (Payne-Hanek with big
//! integers) above.
//!
//! # Fast `sin` and `cos` (Ziv's strategy)
//!
//! The full evaluation ([`reduce`], then [`sincos_dd`], rounded once) is the
//! definition of [`sin`] and [`cos`], but costs ~3000 instructions. They
//! first try a cheap evaluation `v` with an error bound `err` and return it
//! only when `v - err` and `v + err` round to the same double; as `err`
//! also covers the full evaluation's own error, that double is then the full
//! evaluation's result too. Otherwise (~0.01% of arguments) the full
//! evaluation decides. Below, `u = 2**-53`, `z = r^2`, `|r| <= 0.786`:
//!
//! - Reduction: [`reduce`], except for `pi/4 < |x| < 1e6` where
//!   [`reduce_fast`] applies the 3rd and 4th 33-bit pieces of `pi/2` in plain
//!   doubles (`|n| < 2**20`; three roundings of values `< 2**-49` plus the
//!   dropped pieces: `|r - exact| < 2**-101.9`). It is used only when
//!   `|r| >= 2**-25`, so the relative error is below `2**-76`.
//! - `sin r = r (1 + z (-1/6 + z (1/120 + z Q(z))))` with the Taylor tail
//!   `Q` (terms `r^7..r^19`, truncation `< 2**-71 z^2`) in plain doubles
//!   and the rest in double-double. The plain-double error in
//!   `t2 = 1/120 + z Q` is below `3.2e-4 u` (rounding of `z Q`: `0.6e-4 u`;
//!   the dropped `z.lo Q`: `1.2e-4 u`; Horner and coefficient rounding of
//!   `|Q| <= 2e-4`, times `z`: `1.3e-4 u`). It reaches the result times
//!   `r z^2`, so relative to `|sin r| >= 0.9 |r|`: `< 2**-64.4 z^2`.
//!   Bound used: `2**-62 z^2`.
//! - `cos r = 1 + z (-1/2 + z (1/24 + z (-1/720 + z Q(z))))`, `Q` from `r^8`
//!   to `r^20` (truncation `< 2**-77`). The plain-double error in
//!   `t3 = -1/720 + z Q` is below `5.5e-5 u` and is multiplied by `z^3`; with
//!   `cos r >= 0.7` that is `< 2**-67.3 z^2` relative. Bound used:
//!   `2**-65 z^2`.
//! - Everything else (double-double round-off, `~2**-100`; the full
//!   evaluation's error, `~2**-100`; the reduction, `< 2**-76`) is covered
//!   by a further `2**-70` relative.
//!
//! # Fast `log` and `exp`
//!
//! The same strategy, against [`log_dd`] and [`exp_dd`] (~2100 instructions
//! each):
//!
//! - `log x = k log 2 + 2 atanh s`, `s = (m-1)/(m+1)` (`x = m 2**k`,
//!   `|s| <= 0.1716`, `z = s^2 <= 0.0295`; `s` to `2**-101` relative).
//!   `atanh(s) = s (1 + z (1/3 + z (1/5 + z Q(z))))`, `Q` (`s^7..s^27`,
//!   truncation `< 2**-76`) in plain doubles. The plain-double error in
//!   `t2 = 1/5 + z Q` is below `0.011 u` (rounding of `z Q`, the dropped
//!   `z.lo Q`, `z` times Horner's error on `|Q| <= 0.147`), which is
//!   `< 2**-59.4 z^2` relative to `log m`; bound used `2**-57 z^2`. Adding
//!   `k log 2` (`|k log 2| >= 2 |log m|` when `k != 0`) cannot increase the
//!   relative error.
//! - `exp x = 2**k exp r` (`|x| < 708`, so the result is normal and the
//!   scaling exact), `r = x - k log 2` with `log 2` in two 42-bit pieces
//!   and a third (absolute error `< 2**-107`). `exp r` by Horner's rule in
//!   double-double on `1 + r + r^2/2 + ... + r^5/120 + r^6 Q(r)`, `Q`
//!   (`r^6..r^16`, truncation `< 2**-73`) in plain doubles: the error in
//!   `1/120 + r Q` is below `1.3e-3 u`, times `|r|^5 <= 5.1e-3`, relative to
//!   `exp r >= 0.7`: `< 2**-69.6`. With the rest, `< 2**-69`; bound used
//!   `2**-67`.
//!
//! The unit tests check the bounds against the full evaluations (the largest
//! errors seen are 12%, 16% and 11% of the bounds for sin/cos, log and exp)
//! and the results bit for bit.

#![allow(clippy::excessive_precision)]

use num_bigint::{BigInt, BigUint};
use num_traits::{FromPrimitive, ToPrimitive};

use super::dd::{fast_two_sum, two_prod, two_sum, DD};

const LN2: DD = DD {
    hi: f64::from_bits(0x3fe62e42fefa39ef),
    lo: f64::from_bits(0x3c7abc9e3b39803f),
};
const LN2_3: f64 = f64::from_bits(0x3907b57a079a1934);
/// `pi` as a double-double.
pub const PI_DD: DD = DD {
    hi: f64::from_bits(0x400921fb54442d18),
    lo: f64::from_bits(0x3ca1a62633145c07),
};
/// `pi/2` as a double-double.
pub const PIO2_DD: DD = DD {
    hi: f64::from_bits(0x3ff921fb54442d18),
    lo: f64::from_bits(0x3c91a62633145c07),
};
/// pi/2 in 33-bit pieces (n * piece is exact for |n| < 2**20).
const PIO2_PARTS: [f64; 6] = [
    f64::from_bits(0x3ff921fb54400000),
    f64::from_bits(0x3dd0b4611a600000),
    f64::from_bits(0x3ba3198a2e000000),
    f64::from_bits(0x397b839a25200000),
    f64::from_bits(0x3712704453300000),
    f64::from_bits(0x350cc74020b00000),
];
const SQRT2: f64 = core::f64::consts::SQRT_2;
const TWO_M112: f64 = 1.925929944387236e-34; // 2**-112

/// `floor(2/pi * 2**1400)` in hexadecimal (for exact large-argument
/// reduction).
const TWO_OVER_PI_HEX: &str = concat!(
    "a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921c",
    "fe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980f",
    "ef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d08",
    "56033046fc7b6babf0cfbc209af4361da9e391615ee61b086599855f14a068",
);

/// Natural log of a positive finite `x` in double-double.
pub fn log_dd(x: f64) -> DD {
    let (m, k) = log_split(x);
    // log(m) = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716
    let (dh, dl) = two_sum(m, 1.0);
    let s = DD::new(m - 1.0).div(DD { hi: dh, lo: dl });
    let z = s.mul(s);
    let mut terms = 1usize;
    let mut p = z.hi;
    while p > TWO_M112 && terms < 40 {
        p *= z.hi;
        terms += 1;
    }
    let mut acc = DD::recip((2 * terms + 1) as f64);
    for i in (0..terms).rev() {
        acc = acc.mul(z).add(DD::recip((2 * i + 1) as f64));
    }
    let logm = s.mul(acc).scale(2.0);
    mul_ln2(k).add(logm)
}

/// `x = m * 2**k` with `m` in `[sqrt(1/2), sqrt(2)]`, for a positive finite
/// `x` (exact).
fn log_split(x: f64) -> (f64, i32) {
    let mut bits = x.to_bits();
    let mut k: i32 = ((bits >> 52) & 0x7ff) as i32;
    if k == 0 {
        bits = (x * 18_014_398_509_481_984.0).to_bits(); // * 2**54
        k = ((bits >> 52) & 0x7ff) as i32 - 54;
    }
    k -= 1023;
    let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if m > SQRT2 {
        m *= 0.5;
        k += 1;
    }
    (m, k)
}

/// `k * log(2)` in double-double.
fn mul_ln2(k: i32) -> DD {
    let kf = k as f64;
    let (kh, kl) = two_prod(LN2.hi, kf);
    DD::norm(kh, kl).add(DD::new(LN2.lo * kf + LN2_3 * kf))
}

/// `exp` of a double-double argument with `|a| < ~746`: returns `(m, k)` with
/// `exp(a) = m * 2**k`, `m` in about `[0.7, 1.42]`.
pub fn exp_dd(a: DD) -> (DD, i32) {
    let kf = libm::rint(a.hi * core::f64::consts::LOG2_E);
    let (ph, pl) = two_prod(kf, LN2.hi);
    let t = a.hi - ph; // exact (Sterbenz)
    let (qh, ql) = two_prod(kf, LN2.lo);
    let r = DD::new(t)
        .add(DD::new(a.lo))
        .sub(DD::new(pl))
        .sub(DD { hi: qh, lo: ql })
        .sub(DD::new(kf * LN2_3));
    let r = r.scale(1.0 / 32.0);
    // expm1(r) = r (1 + r/2 (1 + r/3 (...)))
    let mut q = DD::ONE;
    for i in (2..=14).rev() {
        q = DD::ONE.add(q.mul(r).div_f(i as f64));
    }
    let mut em1 = r.mul(q);
    for _ in 0..5 {
        em1 = em1.mul(em1.add(DD::new(2.0)));
    }
    (DD::ONE.add(em1), kf as i32)
}

/// Rounds `m * 2**k` (`m` a normalised double-double) to the nearest double,
/// correctly handling subnormal results.
pub fn round_scaled(m: DD, k: i32) -> f64 {
    let t = libm::scalbn(m.hi, k);
    if libm::fabs(t) >= f64::MIN_POSITIVE || t.is_infinite() {
        return t;
    }
    let sh = k + 1074;
    if sh < -3 {
        return 0.0;
    }
    let a = libm::scalbn(m.hi, sh);
    let b = libm::scalbn(m.lo, sh);
    let mut n = libm::rint(a);
    let f = a - n;
    if f == 0.5 && b > 0.0 {
        n += 1.0;
    } else if f == -0.5 && b < 0.0 {
        n -= 1.0;
    }
    libm::scalbn(n, -1074)
}

/// Correctly rounded natural logarithm.
pub fn log(x: f64) -> f64 {
    log_fast(x).unwrap_or_else(|| log_reference(x))
}

/// Correctly rounded exponential (overflow gives +inf).
pub fn exp(x: f64) -> f64 {
    exp_fast(x).unwrap_or_else(|| exp_reference(x))
}

/// The definition of [`log`]: [`log_dd`] rounded once.
fn log_reference(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return x;
    }
    if x == 1.0 {
        return 0.0;
    }
    log_dd(x).hi
}

/// The definition of [`exp`]: [`exp_dd`] rounded once.
fn exp_reference(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 710.0 {
        return f64::INFINITY;
    }
    if x < -746.0 {
        return 0.0;
    }
    let (m, k) = exp_dd(DD::new(x));
    round_scaled(m, k)
}

/// `|x| = n*(pi/2) + r` for a large finite `|x|` (>= 2**20), exactly: the
/// product of the mantissa with 1400 bits of 2/pi gives the quadrant and
/// 192 bits of the fraction (Payne-Hanek with big integers).
fn reduce_big(ax: f64) -> Option<(DD, i64)> {
    let k = BigUint::parse_bytes(TWO_OVER_PI_HEX.as_bytes(), 16)?;
    let bits = ax.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let s = 1400 - (exp - 1075);
    if exp == 0 || s < 200 {
        return None;
    }
    let prod = k * BigUint::from(mant);
    let mut n = ((&prod >> (s as usize)) & BigUint::from(3u32)).to_i64()?;
    let mask = (BigUint::from(1u32) << 192usize) - 1u32;
    let mut f = BigInt::from((&prod >> ((s - 192) as usize)) & mask);
    if f >= (BigInt::from(1) << 191usize) {
        f -= BigInt::from(1) << 192usize;
        n += 1;
    }
    let hi = f.to_f64()?;
    let lo = (f - BigInt::from_f64(hi)?).to_f64()?;
    let scale = libm::ldexp(1.0, -192);
    let frac = DD::norm(hi * scale, lo * scale);
    Some((frac.mul(PIO2_DD), n))
}

/// `x = n*(pi/2) + r` with `|r| <= ~pi/4` in double-double and the quadrant
/// `n` (`None` for infinities and NaN).
pub fn reduce(x: f64) -> Option<(DD, i64)> {
    if libm::fabs(x) <= core::f64::consts::FRAC_PI_4 {
        return Some((DD::new(x), 0));
    }
    if !x.is_finite() {
        return None;
    }
    if libm::fabs(x) >= 1.0e6 {
        let (r, n) = reduce_big(libm::fabs(x))?;
        return Some(if x < 0.0 { (r.neg(), -n) } else { (r, n) });
    }
    let n = libm::rint(x * core::f64::consts::FRAC_2_PI);
    let [p1, p2, p3, p4, p5, p6] = PIO2_PARTS;
    let t = x - n * p1; // exact
    let (s, e) = two_sum(t, -(n * p2)); // n*p2 exact
    let mut r = DD { hi: s, lo: e };
    for p in [p3, p4, p5, p6] {
        r = r.sub(DD::new(n * p));
    }
    Some((r, n as i64))
}

/// `(sin r, cos r)` of `|r| <= ~0.8` by Taylor series in double-double.
pub fn sincos_dd(r: DD) -> (DD, DD) {
    let z = r.mul(r);
    let zf = z.hi;
    // number of terms: stop when r^(2i)/(2i)! < 2**-112
    let mut terms = 1usize;
    let mut t = 1.0f64;
    while terms < 20 {
        let i = terms as f64;
        t *= zf / ((2.0 * i - 1.0) * (2.0 * i));
        if t < TWO_M112 {
            break;
        }
        terms += 1;
    }
    let mut qs = DD::ONE;
    let mut qc = DD::ONE;
    for i in (1..=terms).rev() {
        let i = i as f64;
        qs = DD::ONE.sub(qs.mul(z).div_f((2.0 * i) * (2.0 * i + 1.0)));
        qc = DD::ONE.sub(qc.mul(z).div_f((2.0 * i - 1.0) * (2.0 * i)));
    }
    (r.mul(qs), qc)
}

/// `(sin x, cos x)` in double-double for a finite `x` (`None` otherwise).
pub fn sincos(x: f64) -> Option<(DD, DD)> {
    let (r, n) = reduce(x)?;
    let (s, c) = sincos_dd(r);
    Some(match n.rem_euclid(4) {
        0 => (s, c),
        1 => (c, s.neg()),
        2 => (s.neg(), c.neg()),
        _ => (c.neg(), s),
    })
}

/// Correctly rounded sine.
pub fn sin(x: f64) -> f64 {
    sin_fast(x).unwrap_or_else(|| sin_reference(x))
}

/// Correctly rounded cosine.
pub fn cos(x: f64) -> f64 {
    cos_fast(x).unwrap_or_else(|| cos_reference(x))
}

/// The definition of [`sin`]: the whole ~100-bit double-double evaluation,
/// rounded once.
fn sin_reference(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    match sincos(x) {
        None => libm::sin(x),
        Some((s, _)) => s.hi,
    }
}

/// The definition of [`cos`] (see [`sin_reference`]).
fn cos_reference(x: f64) -> f64 {
    if x == 0.0 {
        return 1.0;
    }
    if x.is_nan() {
        return x;
    }
    match sincos(x) {
        None => libm::cos(x),
        Some((_, c)) => c.hi,
    }
}

// ---------------------------------------------------------------------------
// Fast paths for `sin` and `cos` (Ziv's strategy; error analysis in the
// module comment).

/// `2**-k`.
const fn two_m(k: u32) -> f64 {
    1.0 / (1u128 << k) as f64
}
/// Below it `sin(x)` rounds to `x`.
const TWO_M26: f64 = two_m(26);
/// Below it `cos(x)` rounds to `1`.
const TWO_M27: f64 = two_m(27);
/// Smaller first-step remainders go through [`reduce`].
const TWO_M25: f64 = two_m(25);
/// Relative bound on everything but the plain-double parts of the kernels
/// (reduction, double-double round-off, the reference's own error).
const TWO_M70: f64 = two_m(70);
/// `sin_kernel`'s plain-double error is below `2**-64.4 z^2 |sin r|`.
const SIN_TAIL_ERR: f64 = two_m(62);
/// `cos_kernel`'s plain-double error is below `2**-67.3 z^2 |cos r|`.
const COS_TAIL_ERR: f64 = two_m(65);
/// `1/6` as a double-double (`hi = RN(1/6)`, `lo = RN(1/6 - hi)`).
const INV6: DD = DD {
    hi: f64::from_bits(0x3fc5555555555555),
    lo: f64::from_bits(0x3c65555555555555),
};
/// `1/120` as a double-double.
const INV120: DD = DD {
    hi: f64::from_bits(0x3f81111111111111),
    lo: f64::from_bits(0x3c01111111111111),
};
/// `1/24` as a double-double.
const INV24: DD = DD {
    hi: f64::from_bits(0x3fa5555555555555),
    lo: f64::from_bits(0x3c45555555555555),
};
/// `-1/720` as a double-double.
const NEG_INV720: DD = DD {
    hi: f64::from_bits(0xbf56c16c16c16c17),
    lo: f64::from_bits(0x3bef49f49f49f49f),
};
/// `(-1)^k / (2k+1)!` for `k = 3..=9` (every factorial is exact as a double,
/// so each coefficient is correctly rounded).
const SIN_TAIL: [f64; 7] = [
    -1.0 / 5_040.0,
    1.0 / 362_880.0,
    -1.0 / 39_916_800.0,
    1.0 / 6_227_020_800.0,
    -1.0 / 1_307_674_368_000.0,
    1.0 / 355_687_428_096_000.0,
    -1.0 / 121_645_100_408_832_000.0,
];
/// `(-1)^k / (2k)!` for `k = 4..=10`.
const COS_TAIL: [f64; 7] = [
    1.0 / 40_320.0,
    -1.0 / 3_628_800.0,
    1.0 / 479_001_600.0,
    -1.0 / 87_178_291_200.0,
    1.0 / 20_922_789_888_000.0,
    -1.0 / 6_402_373_705_728_000.0,
    1.0 / 2_432_902_008_176_640_000.0,
];

/// `c[0] + z c[1] + z^2 c[2] + ...` in plain doubles (Horner).
#[inline]
fn horner(z: f64, c: &[f64]) -> f64 {
    c.iter().rev().fold(0.0, |acc, &ci| acc * z + ci)
}

/// `c + p` for `|p| <= |c.hi|`, to about `ulp(c.hi) * 2**-53`.
#[inline]
fn add_small(c: DD, p: f64) -> DD {
    let (hi, e) = fast_two_sum(c.hi, p);
    DD { hi, lo: e + c.lo }
}

/// `r^2` to ~104 bits.
#[inline]
fn square(r: DD) -> DD {
    let (h, l) = two_prod(r.hi, r.hi);
    DD::norm(h, l + 2.0 * r.hi * r.lo)
}

/// `sin r` for `|r| <= 0.786` and a bound on its error:
/// `r (1 + z (-1/6 + z (1/120 + z Q(z))))` with `z = r^2`, `Q` the Taylor
/// tail from `r^7` on in plain doubles, the rest in double-double.
fn sin_kernel(r: DD) -> (DD, f64) {
    let z = square(r);
    let q = horner(z.hi, &SIN_TAIL);
    let t2 = add_small(INV120, z.hi * q);
    let t1 = z.mul(t2).sub(INV6);
    let s = r.add(r.mul(z).mul(t1));
    (s, libm::fabs(s.hi) * (z.hi * z.hi * SIN_TAIL_ERR + TWO_M70))
}

/// `cos r` for `|r| <= 0.786` and a bound on its error:
/// `1 + z (-1/2 + z (1/24 + z (-1/720 + z Q(z))))`, `Q` (from `r^8` on) in
/// plain doubles.
fn cos_kernel(r: DD) -> (DD, f64) {
    let z = square(r);
    let q = horner(z.hi, &COS_TAIL);
    let t3 = add_small(NEG_INV720, z.hi * q);
    let t2 = z.mul(t3).add(INV24);
    let t1 = z.mul(t2).add(DD::new(-0.5));
    let c = DD::ONE.add(z.mul(t1));
    (c, libm::fabs(c.hi) * (z.hi * z.hi * COS_TAIL_ERR + TWO_M70))
}

/// `sin(r + q*pi/2)` by the kernels, with its error bound.
fn sin_quadrant(r: DD, q: i64) -> (DD, f64) {
    let (v, err) = if q & 1 == 0 {
        sin_kernel(r)
    } else {
        cos_kernel(r)
    };
    (if q & 2 == 0 { v } else { v.neg() }, err)
}

/// `v` rounded to a double if every value within `err` of it rounds the
/// same way (the bound is widened by `2**-20` to cover the rounding of
/// `v.lo -+ err` itself).
fn round_checked(v: DD, err: f64) -> Option<f64> {
    let err = err * (1.0 + 1.0 / 1_048_576.0);
    let lo = v.hi + (v.lo - err);
    let hi = v.hi + (v.lo + err);
    (lo == hi).then_some(lo)
}

/// [`reduce`] made cheaper for `pi/4 < |x| < 1e6`: the last two pieces of
/// `pi/2` are applied in plain doubles (absolute error `< 2**-101`); tiny
/// remainders (`< 2**-25`, where that error would be too large relative to
/// `r`) and other ranges go through [`reduce`].
fn reduce_fast(x: f64) -> Option<(DD, i64)> {
    let ax = libm::fabs(x);
    if !(ax > core::f64::consts::FRAC_PI_4 && ax < 1.0e6) {
        return reduce(x);
    }
    let n = libm::rint(x * core::f64::consts::FRAC_2_PI);
    let [p1, p2, p3, p4, _, _] = PIO2_PARTS;
    let t = x - n * p1; // exact
    let (s, e) = two_sum(t, -(n * p2)); // n*p2 exact
    if libm::fabs(s) < TWO_M25 {
        return reduce(x);
    }
    let lo = (e - n * p3) - n * p4;
    Some((DD::norm(s, lo), n as i64))
}

/// Ziv's first step for [`sin`]: `None` when the fast evaluation cannot
/// decide the rounding (or `x` is not finite).
fn sin_fast(x: f64) -> Option<f64> {
    if libm::fabs(x) < TWO_M26 {
        return Some(x); // sin x = x (1 - x^2/6 ...), |x^2/6| < 2**-54
    }
    let (r, n) = reduce_fast(x)?;
    let (v, err) = sin_quadrant(r, n & 3);
    round_checked(v, err)
}

/// Ziv's first step for [`cos`] (see [`sin_fast`]).
fn cos_fast(x: f64) -> Option<f64> {
    if libm::fabs(x) < TWO_M27 {
        return Some(1.0); // cos x = 1 - x^2/2 ..., x^2/2 < 2**-55
    }
    let (r, n) = reduce_fast(x)?;
    let (v, err) = sin_quadrant(r, (n & 3) + 1);
    round_checked(v, err)
}

// ---------------------------------------------------------------------------
// Fast paths for `log` and `exp` (the same strategy).

/// `log_kernel`'s plain-double error is below `2**-59.4 z^2 |log m|`.
const LOG_TAIL_ERR: f64 = two_m(57);
/// `exp_kernel`'s error is below `2**-69 exp(r)` in all.
const EXP_ERR: f64 = two_m(67);
/// `1/3` as a double-double.
const INV3: DD = DD {
    hi: f64::from_bits(0x3fd5555555555555),
    lo: f64::from_bits(0x3c75555555555555),
};
/// `1/5` as a double-double.
const INV5: DD = DD {
    hi: f64::from_bits(0x3fc999999999999a),
    lo: f64::from_bits(0xbc6999999999999a),
};
/// `1/(2k+1)` for `k = 3..=13` (the tail of `atanh(s)/s` in `z = s^2`).
const LOG_TAIL: [f64; 11] = [
    1.0 / 7.0,
    1.0 / 9.0,
    1.0 / 11.0,
    1.0 / 13.0,
    1.0 / 15.0,
    1.0 / 17.0,
    1.0 / 19.0,
    1.0 / 21.0,
    1.0 / 23.0,
    1.0 / 25.0,
    1.0 / 27.0,
];
/// `1/j!` for `j = 6..=16` (the tail of `exp(r)` from `r^6` on).
const EXP_TAIL: [f64; 11] = [
    1.0 / 720.0,
    1.0 / 5_040.0,
    1.0 / 40_320.0,
    1.0 / 362_880.0,
    1.0 / 3_628_800.0,
    1.0 / 39_916_800.0,
    1.0 / 479_001_600.0,
    1.0 / 6_227_020_800.0,
    1.0 / 87_178_291_200.0,
    1.0 / 1_307_674_368_000.0,
    1.0 / 20_922_789_888_000.0,
];
/// `log(2)` in three pieces, the first two of 42 bits (so `k * piece` is
/// exact for `|k| < 2**11`); they leave `< 2**-140`.
const LN2_PARTS: [f64; 3] = [
    f64::from_bits(0x3fe62e42fefa3800),
    f64::from_bits(0x3d2ef35793c76000),
    f64::from_bits(0x3a8cc01f97b57a08),
];

/// `(m - 1) / (m + 1)` in double-double for `m` in `[0.7, 1.5]`: one
/// quotient digit and its exact residual (relative error `< 2**-101`).
fn atanh_arg(m: f64) -> DD {
    let d = m - 1.0; // exact
    let (dh, dl) = two_sum(m, 1.0);
    let q = d / dh;
    let (p, e) = two_prod(q, dh);
    let resid = ((d - p) - e) - q * dl; // d - p exact
    DD::norm(q, resid / dh)
}

/// `log m = 2 atanh s` for `|s| <= 0.1716` and a bound on its relative
/// error: `2 s (1 + z (1/3 + z (1/5 + z Q(z))))` with `z = s^2`, `Q` (from
/// `s^7` to `s^27`) in plain doubles, the rest in double-double.
fn log_kernel(s: DD) -> (DD, f64) {
    let z = square(s);
    let q = horner(z.hi, &LOG_TAIL);
    let t2 = add_small(INV5, z.hi * q);
    let t1 = z.mul(t2).add(INV3);
    let w = s.add(s.mul(z).mul(t1)).scale(2.0);
    (w, z.hi * z.hi * LOG_TAIL_ERR + TWO_M70)
}

/// `exp r` for `|r| <= 0.347` and a bound on its error: Horner's rule in
/// double-double on `1 + r + ... + r^5/120 + r^6 Q(r)`, `Q` (from `r^6` to
/// `r^16`) in plain doubles.
fn exp_kernel(r: DD) -> (DD, f64) {
    let q = horner(r.hi, &EXP_TAIL);
    let mut t = add_small(INV120, r.hi * q);
    for c in [INV24, INV6, DD::new(0.5), DD::ONE, DD::ONE] {
        t = r.mul(t).add(c);
    }
    (t, libm::fabs(t.hi) * EXP_ERR)
}

/// Ziv's first step for [`log`]: `None` when the fast evaluation cannot
/// decide the rounding, and for the special cases.
fn log_fast(x: f64) -> Option<f64> {
    if !(x > 0.0 && x < f64::INFINITY) || x == 1.0 {
        return None;
    }
    let (v, err) = log_approx(x);
    round_checked(v, err)
}

/// `log x` for a positive finite `x` and a bound on its error.
fn log_approx(x: f64) -> (DD, f64) {
    let (m, k) = log_split(x);
    let (w, rel) = log_kernel(atanh_arg(m));
    // |k log 2| >= 2 |log m| for k != 0: the relative error cannot grow
    let v = if k == 0 { w } else { mul_ln2(k).add(w) };
    (v, libm::fabs(v.hi) * rel)
}

/// `x = k log 2 + r` for `|x| < 708` with `|r| <= 0.347` in double-double
/// (absolute error `< 2**-107`, see the module comment).
fn exp_reduce(x: f64) -> (DD, i32) {
    let k = libm::rint(x * core::f64::consts::LOG2_E);
    let [l1, l2, l3] = LN2_PARTS;
    let t = x - k * l1; // exact (Sterbenz)
    let (s, e) = two_sum(t, -(k * l2)); // k*l2 exact
    let (hi, lo) = two_sum(s, e - k * l3);
    (DD { hi, lo }, k as i32)
}

/// Ziv's first step for [`exp`]: `None` when the fast evaluation cannot
/// decide the rounding, for NaN and where the result may overflow or be
/// subnormal.
fn exp_fast(x: f64) -> Option<f64> {
    if x.is_nan() || libm::fabs(x) >= 708.0 {
        return None;
    }
    let (r, k) = exp_reduce(x);
    let (v, err) = exp_kernel(r);
    // exp(x) is normal, so the scaling by 2**k is exact
    Some(round_checked(v, err)? * f64::from_bits(((k + 1023) as u64) << 52))
}

/// `asin` of a double-double `|s| <= ~0.71` by one Newton step from the
/// `libm` estimate.
pub fn asin_dd(s: DD) -> DD {
    let y0 = libm::asin(s.hi);
    let (sy, cy) = sincos_dd(DD::new(y0));
    DD::new(y0).add(s.sub(sy).div(cy))
}

/// Correctly rounded arc cosine (NaN outside [-1, 1]).
pub fn acos(x: f64) -> f64 {
    if x.is_nan() || !(-1.0..=1.0).contains(&x) {
        return f64::NAN;
    }
    if x >= 0.5 {
        // acos(x) = 2 asin(sqrt((1-x)/2)); 1-x exact
        asin_dd(DD::sqrt((1.0 - x) * 0.5)).scale(2.0).hi
    } else if x <= -0.5 {
        PI_DD.sub(asin_dd(DD::sqrt((1.0 + x) * 0.5)).scale(2.0)).hi
    } else {
        PIO2_DD.sub(asin_dd(DD::new(x))).hi
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::vec::Vec;

    /// A deterministic generator (64-bit LCG).
    struct Lcg(u64);

    impl Lcg {
        fn bits(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0
        }
        /// Uniform in `[0, 1)`.
        fn unit(&mut self) -> f64 {
            (self.bits() >> 11) as f64 / (1u64 << 53) as f64
        }
        /// Uniform in `[-a, a)`.
        fn sym(&mut self, a: f64) -> f64 {
            (2.0 * self.unit() - 1.0) * a
        }
        /// `m * 2**e` with a random 53-bit `m` in `[1, 2)`, `e` in
        /// `[e_lo, e_hi]`.
        fn log_uniform(&mut self, e_lo: i32, e_hi: i32) -> f64 {
            let e = e_lo + (self.bits() >> 40) as i32 % (e_hi - e_lo + 1);
            libm::ldexp(1.0 + self.unit(), e)
        }
        /// [`Lcg::log_uniform`] with a random sign.
        fn log_uniform_signed(&mut self, e_lo: i32, e_hi: i32) -> f64 {
            let x = self.log_uniform(e_lo, e_hi);
            if self.bits() >> 63 == 0 {
                x
            } else {
                -x
            }
        }
        fn many(&mut self, n: usize, f: impl Fn(&mut Lcg) -> f64) -> Vec<f64> {
            (0..n).map(|_| f(self)).collect()
        }
    }

    /// `x` moved by `k` units in the last place (away from zero for `k > 0`).
    fn ulps(x: f64, k: i64) -> f64 {
        f64::from_bits((x.to_bits() as i64 + k) as u64)
    }

    /// `ulps(b, k)` and `-ulps(b, k)` for `k` in `-3..=3`, for each `b`.
    fn around(bs: &[f64]) -> Vec<f64> {
        let near = bs.iter().flat_map(|&b| (-3..=3).map(move |k| ulps(b, k)));
        near.flat_map(|x| [x, -x]).collect()
    }

    const SPECIALS: [f64; 9] = [
        0.0,
        -0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::MAX,
        -f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
    ];

    type Groups = Vec<(&'static str, Vec<f64>)>;

    /// Named groups of arguments covering every path of `sin`/`cos`.
    fn trig_groups() -> Groups {
        let mut g = Lcg(0x5eed_1234);
        let pio2 = core::f64::consts::FRAC_PI_2;
        let mut specials = Vec::from(SPECIALS);
        specials.push(6381956970095103.0 * libm::ldexp(1.0, 797)); // closest to k*pi/2
        specials.extend(around(&[
            core::f64::consts::FRAC_PI_4,
            TWO_M25,
            TWO_M26,
            TWO_M27,
            1.0e6,
        ]));
        let near_pio2 = |g: &mut Lcg| {
            let k = (g.bits() >> if g.bits() & 1 == 0 { 54 } else { 44 }) as f64; // < 2**20
            ulps(k * pio2, (g.bits() >> 61) as i64 - 4)
        };
        std::vec![
            ("specials", specials),
            ("tiny", g.many(20_000, |g| g.sym(1e-8))),
            (
                "tiny-log",
                g.many(20_000, |g| g.log_uniform_signed(-1074, -27))
            ),
            (
                "pi/4",
                g.many(60_000, |g| g.sym(core::f64::consts::FRAC_PI_4))
            ),
            ("10", g.many(60_000, |g| g.sym(10.0))),
            ("1000", g.many(60_000, |g| g.sym(1000.0))),
            ("1e6", g.many(60_000, |g| g.sym(1e6))),
            ("integers", (0..20_000).map(f64::from).collect()),
            ("near k*pi/2", g.many(30_000, near_pio2)),
            (
                "huge",
                g.many(10_000, |g| g.log_uniform_signed(19, 1023))
            ),
            ("any bits", g.many(20_000, |g| f64::from_bits(g.bits()))),
        ]
    }

    /// Named groups of arguments for `log`.
    fn log_groups() -> Groups {
        let mut g = Lcg(0x10_6106);
        let mut specials = Vec::from(SPECIALS);
        specials.extend(around(&[1.0, 2.0, 0.5, SQRT2, core::f64::consts::E]));
        std::vec![
            ("specials", specials),
            ("near 1", g.many(40_000, |g| 1.0 + g.sym(1e-6))),
            ("[0.5, 2]", g.many(60_000, |g| 0.5 + 1.5 * g.unit())),
            ("(0, 100]", g.many(60_000, |g| 100.0 * (1.0 - g.unit()))),
            (
                "any exponent",
                g.many(60_000, |g| g.log_uniform(-1074, 1023))
            ),
            ("integers", (1..20_000).map(f64::from).collect()),
            ("any bits", g.many(20_000, |g| f64::from_bits(g.bits()))),
        ]
    }

    /// Named groups of arguments for `exp`.
    fn exp_groups() -> Groups {
        let mut g = Lcg(0xe4_9e49);
        let ln2 = core::f64::consts::LN_2;
        let mut specials = Vec::from(SPECIALS);
        specials.extend(around(&[
            708.0,
            709.782712893384,
            710.0,
            745.1332191019411,
            746.0,
            ln2 / 2.0,
        ]));
        let near_k_ln2 = |g: &mut Lcg| {
            let k = ((g.bits() >> 32) % 2044) as f64 - 1022.0;
            ulps(k * ln2, (g.bits() >> 61) as i64 - 4)
        };
        std::vec![
            ("specials", specials),
            (
                "tiny",
                g.many(20_000, |g| g.log_uniform_signed(-1074, -27))
            ),
            ("ln2/2", g.many(60_000, |g| g.sym(ln2 / 2.0))),
            ("1", g.many(60_000, |g| g.sym(1.0))),
            ("10", g.many(60_000, |g| g.sym(10.0))),
            ("708", g.many(60_000, |g| g.sym(708.0))),
            (
                "beyond 708",
                g.many(10_000, |g| {
                    let y = g.sym(40.0);
                    libm::copysign(708.0 + libm::fabs(y), y)
                })
            ),
            ("near k*ln2", g.many(20_000, near_k_ln2)),
            ("integers", (-750..750).map(f64::from).collect()),
            ("any bits", g.many(20_000, |g| f64::from_bits(g.bits()))),
        ]
    }

    /// A function with a fast path, its definition and where the fast path
    /// is meant to decide.
    struct Fun {
        name: &'static str,
        public: fn(f64) -> f64,
        reference: fn(f64) -> f64,
        fast: fn(f64) -> Option<f64>,
        domain: fn(f64) -> bool,
    }

    /// `f` gives the reference's result bit for bit on every group, and its
    /// fast path falls back in fewer than 1% of the calls in its domain (in
    /// each group of at least 1000 calls and in all).
    fn check_against_reference(f: &Fun, groups: &Groups) {
        let (mut all_calls, mut all_fallbacks) = (0usize, 0usize);
        for (group, args) in groups {
            let (mut calls, mut fallbacks) = (0usize, 0usize);
            for &x in args {
                let (got, want) = ((f.public)(x), (f.reference)(x));
                assert_eq!(got.to_bits(), want.to_bits(), "{}({:e})", f.name, x);
                if (f.domain)(x) {
                    calls += 1;
                    fallbacks += (f.fast)(x).is_none() as usize;
                }
            }
            std::println!("{} {group}: {fallbacks} fallbacks in {calls} calls", f.name);
            let rare = fallbacks * 100 < calls || calls < 1000;
            assert!(rare, "{} {group}: {fallbacks}/{calls}", f.name);
            (all_calls, all_fallbacks) = (all_calls + calls, all_fallbacks + fallbacks);
        }
        std::println!("{}: {all_fallbacks} fallbacks in {all_calls} calls", f.name);
        assert!(all_fallbacks * 100 < all_calls, "{}: {all_fallbacks}/{all_calls}", f.name);
    }

    #[test]
    fn sin_cos_match_reference() {
        let groups = trig_groups();
        for (name, public, reference, fast) in [
            (
                "sin",
                sin as fn(f64) -> f64,
                sin_reference as fn(f64) -> f64,
                sin_fast as fn(f64) -> Option<f64>,
            ),
            ("cos", cos, cos_reference, cos_fast),
        ] {
            let domain = f64::is_finite;
            check_against_reference(
                &Fun {
                    name,
                    public,
                    reference,
                    fast,
                    domain,
                },
                &groups,
            );
        }
    }

    #[test]
    fn log_matches_reference() {
        let domain = |x: f64| x > 0.0 && x < f64::INFINITY && x != 1.0;
        let f = Fun {
            name: "log",
            public: log,
            reference: log_reference,
            fast: log_fast,
            domain,
        };
        check_against_reference(&f, &log_groups());
    }

    #[test]
    fn exp_matches_reference() {
        let domain = |x: f64| libm::fabs(x) < 708.0;
        let f = Fun {
            name: "exp",
            public: exp,
            reference: exp_reference,
            fast: exp_fast,
            domain,
        };
        check_against_reference(&f, &exp_groups());
    }

    /// `|v - want| / err` (`v`, `want` double-doubles).
    fn error_ratio(v: DD, err: f64, want: DD) -> f64 {
        libm::fabs((v.hi - want.hi) + (v.lo - want.lo)) / err
    }

    /// The error bounds cover the distance to the reference double-double
    /// with room to spare (largest ratios seen: 0.12 for sin/cos, 0.16 for
    /// log, 0.11 for exp).
    #[test]
    fn error_bounds_hold() {
        let mut worst = [0.0f64; 3];
        for &x in trig_groups().iter().flat_map(|g| &g.1) {
            let (Some((r, n)), Some((s, c))) = (reduce_fast(x), sincos(x)) else {
                continue;
            };
            if libm::fabs(x) >= TWO_M27 {
                for (q, want) in [(n & 3, s), ((n & 3) + 1, c)] {
                    let (v, err) = sin_quadrant(r, q);
                    worst[0] = worst[0].max(error_ratio(v, err, want));
                }
            }
        }
        for &x in log_groups().iter().flat_map(|g| &g.1) {
            if x > 0.0 && x < f64::INFINITY && x != 1.0 {
                let (v, err) = log_approx(x);
                worst[1] = worst[1].max(error_ratio(v, err, log_dd(x)));
            }
        }
        for &x in exp_groups().iter().flat_map(|g| &g.1) {
            if libm::fabs(x) < 708.0 {
                let ((r, k), (want, k_ref)) = (exp_reduce(x), exp_dd(DD::new(x)));
                assert_eq!(k, k_ref, "exp({x:e})");
                let (v, err) = exp_kernel(r);
                worst[2] = worst[2].max(error_ratio(v, err, want));
            }
        }
        std::println!(
            "largest error / bound: sin/cos {:.3}, log {:.3}, exp {:.3}",
            worst[0],
            worst[1],
            worst[2]
        );
        assert!(
            worst.iter().all(|&w| w < 0.5),
            "errors reach {worst:?} of the bounds"
        );
    }

    /// The double-double coefficients are `1/d` to double-double precision.
    #[test]
    fn coefficients() {
        let consts = [
            (INV3, 3.0),
            (INV5, 5.0),
            (INV6, 6.0),
            (INV24, 24.0),
            (INV120, 120.0),
            (NEG_INV720.neg(), 720.0),
        ];
        for (c, d) in consts {
            let want = DD::recip(d);
            assert_eq!(
                (c.hi.to_bits(), c.lo.to_bits()),
                (want.hi.to_bits(), want.lo.to_bits()),
                "1/{d}"
            );
        }
        // log(2) in pieces: 42-bit leading pieces, summing to LN2
        let [l1, l2, l3] = LN2_PARTS;
        assert_eq!((l1.to_bits() & 0x7ff, l2.to_bits() & 0x7ff), (0, 0));
        let sum = DD::norm(l1, l2).add(DD::new(l3));
        assert_eq!(
            (sum.hi.to_bits(), sum.lo.to_bits()),
            (LN2.hi.to_bits(), LN2.lo.to_bits())
        );
    }
}
