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

#![allow(clippy::excessive_precision)]

use num_bigint::{BigInt, BigUint};
use num_traits::{FromPrimitive, ToPrimitive};

use super::dd::{two_prod, two_sum, DD};

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
    let kf = k as f64;
    let (kh, kl) = two_prod(LN2.hi, kf);
    let kln2 = DD::norm(kh, kl).add(DD::new(LN2.lo * kf + LN2_3 * kf));
    kln2.add(logm)
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

/// Correctly rounded exponential (overflow gives +inf).
pub fn exp(x: f64) -> f64 {
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
    if x == 0.0 || x.is_nan() {
        return x;
    }
    match sincos(x) {
        None => libm::sin(x),
        Some((s, _)) => s.hi,
    }
}

/// Correctly rounded cosine.
pub fn cos(x: f64) -> f64 {
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
