//! Nearly correctly rounded `tan`, `atan`, `atan2`, `asin` and
//! large-argument `sin`/`cos` in double-double arithmetic (a `libm` first
//! guess refined by one Newton step computed to ~106 bits; arguments
//! reduced exactly, with big integers above 2**20). glibc's versions of
//! these (which CPython returns on Linux) are correctly rounded in all but
//! rare cases, while the `libm` crate's are off by an ulp noticeably often.

#![allow(clippy::excessive_precision)]

use num_bigint::{BigInt, BigUint};
use num_traits::{FromPrimitive, ToPrimitive};

use crate::modules::random_core::cr_math;

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi)/2`.
#[derive(Clone, Copy, Debug)]
struct DD {
    hi: f64,
    lo: f64,
}

fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

fn split(a: f64) -> (f64, f64) {
    let t = 134_217_729.0 * a;
    let hi = t - (t - a);
    (hi, a - hi)
}

fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

impl DD {
    const ONE: DD = DD { hi: 1.0, lo: 0.0 };

    fn new(x: f64) -> DD {
        DD { hi: x, lo: 0.0 }
    }

    fn norm(a: f64, b: f64) -> DD {
        let (hi, lo) = fast_two_sum(a, b);
        DD { hi, lo }
    }

    fn add(self, b: DD) -> DD {
        let (s1, s2) = two_sum(self.hi, b.hi);
        let (t1, t2) = two_sum(self.lo, b.lo);
        let (s1, s2) = fast_two_sum(s1, s2 + t1);
        DD::norm(s1, s2 + t2)
    }

    fn neg(self) -> DD {
        DD { hi: -self.hi, lo: -self.lo }
    }

    fn sub(self, b: DD) -> DD {
        self.add(b.neg())
    }

    fn mul(self, b: DD) -> DD {
        let (p, e) = two_prod(self.hi, b.hi);
        DD::norm(p, e + (self.hi * b.lo + self.lo * b.hi))
    }

    fn mul_f(self, b: f64) -> DD {
        let (p, e) = two_prod(self.hi, b);
        DD::norm(p, e + self.lo * b)
    }

    fn div_f(self, b: f64) -> DD {
        let q1 = self.hi / b;
        let (p, e) = two_prod(q1, b);
        let r = ((self.hi - p) - e + self.lo) / b;
        DD::norm(q1, r)
    }

    fn div(self, b: DD) -> DD {
        let q1 = self.hi / b.hi;
        let r = self.sub(b.mul_f(q1));
        let q2 = r.hi / b.hi;
        let r = r.sub(b.mul_f(q2));
        let q3 = r.hi / b.hi;
        DD::norm(q1, q2).add(DD::new(q3))
    }
}

const PIO2: DD = DD { hi: core::f64::consts::FRAC_PI_2, lo: 6.123233995736766e-17 };
const PIO2_1: f64 = 1.57079632673412561417e+00;
const PIO2_2: f64 = 6.07710050630396597660e-11;
const PIO2_3: f64 = 2.02226624871116645580e-21;
const PIO2_3T: f64 = 8.47842766036889956997e-32;
const INV_PIO2: f64 = core::f64::consts::FRAC_2_PI;

/// `floor(2/pi * 2**1400)` in hexadecimal (for exact large-argument
/// reduction).
const TWO_OVER_PI_HEX: &str = concat!(
    "a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921c",
    "fe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980f",
    "ef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d08",
    "56033046fc7b6babf0cfbc209af4361da9e391615ee61b086599855f14a068",
);

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
    Some((frac.mul(PIO2), n))
}

/// `x = n*(pi/2) + r` with `|r| <= ~pi/4` in double-double (`None` for
/// infinities and NaN).
fn reduce(x: f64) -> Option<(DD, i64)> {
    if libm::fabs(x) <= core::f64::consts::FRAC_PI_4 {
        return Some((DD::new(x), 0));
    }
    if !x.is_finite() {
        return None;
    }
    if libm::fabs(x) >= 1048576.0 {
        let (r, n) = reduce_big(libm::fabs(x))?;
        return Some(if x < 0.0 { (r.neg(), -n) } else { (r, n) });
    }
    let n = libm::round(x * INV_PIO2);
    let (p3, p3e) = two_prod(n, PIO2_3T);
    let r = DD::new(x)
        .sub(DD::new(n * PIO2_1))
        .sub(DD::new(n * PIO2_2))
        .sub(DD::new(n * PIO2_3))
        .sub(DD::norm(p3, p3e));
    Some((r, n as i64))
}

/// `(sin r, cos r)` for `|r| <= ~0.8` by Taylor series in double-double.
fn sincos(r: DD) -> (DD, DD) {
    let z = r.mul(r);
    let mut s = DD::ONE;
    let mut c = DD::ONE;
    for i in (1..=15).rev() {
        let i = i as f64;
        s = DD::ONE.sub(s.mul(z).div_f((2.0 * i) * (2.0 * i + 1.0)));
        c = DD::ONE.sub(c.mul(z).div_f((2.0 * i - 1.0) * (2.0 * i)));
    }
    (r.mul(s), c)
}

/// `(sin x, cos x)` in double-double for `|x| < 2**20`.
fn sincos_full(x: f64) -> Option<(DD, DD)> {
    let (r, n) = reduce(x)?;
    let (s, c) = sincos(r);
    Some(match n.rem_euclid(4) {
        0 => (s, c),
        1 => (c, s.neg()),
        2 => (s.neg(), c.neg()),
        _ => (c.neg(), s),
    })
}

/// `sin(x)` (correctly rounded `cr_math` below 1e6, exact reduction above).
pub fn sin(x: f64) -> f64 {
    if libm::fabs(x) < 1e6 || !x.is_finite() {
        return cr_math::sin(x);
    }
    sincos_full(x).map(|(s, _)| s.hi).unwrap_or_else(|| libm::sin(x))
}

/// `cos(x)`, like [`sin`].
pub fn cos(x: f64) -> f64 {
    if libm::fabs(x) < 1e6 || !x.is_finite() {
        return cr_math::cos(x);
    }
    sincos_full(x).map(|(_, c)| c.hi).unwrap_or_else(|| libm::cos(x))
}

/// `tan(x)`.
pub fn tan(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return libm::tan(x);
    }
    match reduce(x) {
        None => libm::tan(x),
        Some((r, n)) => {
            let (s, c) = sincos(r);
            if n.rem_euclid(2) == 0 {
                s.div(c).hi
            } else {
                c.div(s).neg().hi
            }
        }
    }
}

/// `atan(x)`: `y0 + atan((x cos y0 - sin y0) / (cos y0 + x sin y0))`.
pub fn atan(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() || libm::fabs(x) > 1e300 || libm::fabs(x) < 1e-300 {
        return libm::atan(x);
    }
    let y0 = libm::atan(x);
    let Some((s, c)) = sincos_full(y0) else { return y0 };
    let num = c.mul_f(x).sub(s);
    let den = c.add(s.mul_f(x));
    DD::new(y0).add(num.div(den)).hi
}

/// `atan2(y, x)` with C99's special cases, refined like [`atan`].
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x == 0.0 || y == 0.0 || !x.is_finite() || !y.is_finite() {
        return libm::atan2(y, x);
    }
    let t0 = libm::atan2(y, x);
    // Bring the larger operand near 1 (exact scaling by a power of two).
    let (_, e) = libm::frexp(if libm::fabs(x) > libm::fabs(y) { x } else { y });
    let (xs, ys) = (libm::ldexp(x, -e), libm::ldexp(y, -e));
    if xs == 0.0 || ys == 0.0 || t0 == 0.0 || libm::fabs(t0) < 1e-300 {
        return t0;
    }
    let Some((s, c)) = sincos_full(t0) else { return t0 };
    let num = c.mul_f(ys).sub(s.mul_f(xs));
    let den = c.mul_f(xs).add(s.mul_f(ys));
    DD::new(t0).add(num.div(den)).hi
}

/// `asin` of a double-double `|v| <= ~0.71` by one Newton step.
fn asin_dd(v: DD) -> DD {
    let y0 = libm::asin(v.hi);
    let (s, c) = sincos(DD::new(y0));
    DD::new(y0).add(v.sub(s).div(c))
}

/// `sqrt(t)` as a double-double.
fn sqrt_dd(t: f64) -> DD {
    let s0 = libm::sqrt(t);
    if s0 == 0.0 {
        return DD::new(s0);
    }
    let (p, e) = two_prod(s0, s0);
    DD::norm(s0, ((t - p) - e) / (2.0 * s0))
}

/// `asin(x)`.
pub fn asin(x: f64) -> f64 {
    if x.is_nan() || !(-1.0..=1.0).contains(&x) {
        return f64::NAN;
    }
    if x == 0.0 || libm::fabs(x) < 1e-150 {
        return x;
    }
    let ax = libm::fabs(x);
    let r = if ax <= 0.5 {
        asin_dd(DD::new(ax))
    } else {
        // asin(x) = pi/2 - 2 asin(sqrt((1 - x) / 2)); (1 - x)/2 is exact.
        PIO2.sub(asin_dd(sqrt_dd((1.0 - ax) * 0.5)).mul_f(2.0))
    };
    if x < 0.0 {
        -r.hi
    } else {
        r.hi
    }
}
