//! Correctly rounded `x ** y` for finite positive `x != 1` and finite
//! nonzero `y`, used by [`super::float::float_pow`].
//!
//! CPython calls the C library's `pow`; glibc's is correctly rounded in all
//! but very rare cases, so a correctly rounded `pow` matches CPython far more
//! often than `libm::pow` (which is off by an ulp in several percent of
//! cases). Strategy (Ziv): exact shortcuts (`y == 2`, `y == 0.5`, small
//! integer powers done exactly with big integers, powers of two), then a
//! double-double evaluation of `exp(y * log(x))` with an error bound; if the
//! bound does not decide the rounding, a 400-bit fixed-point evaluation.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::float::round_to_f64;

// ---------------------------------------------------------------------------
// Double-double arithmetic (no FMA needed)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
struct Dd {
    hi: f64,
    lo: f64,
}

const LN2: Dd = Dd {
    hi: core::f64::consts::LN_2,
    lo: 2.319_046_813_846_299_6e-17,
};

/// `1 / (2i + 1)` for `i = 0..10` as double-doubles.
const INV_ODD: [Dd; 10] = [
    Dd { hi: 1.0, lo: 0.0 },
    Dd {
        hi: 0.333_333_333_333_333_3,
        lo: 1.850_371_707_708_594e-17,
    },
    Dd {
        hi: 0.2,
        lo: -1.110_223_024_625_156_6e-17,
    },
    Dd {
        hi: 0.142_857_142_857_142_85,
        lo: 7.930_164_461_608_26e-18,
    },
    Dd {
        hi: 0.111_111_111_111_111_1,
        lo: 6.167_905_692_361_980_4e-18,
    },
    Dd {
        hi: 0.090_909_090_909_090_91,
        lo: -2.523_234_146_875_356e-18,
    },
    Dd {
        hi: 0.076_923_076_923_076_93,
        lo: -4.270_088_556_250_602e-18,
    },
    Dd {
        hi: 0.066_666_666_666_666_67,
        lo: 9.251_858_538_542_971e-19,
    },
    Dd {
        hi: 0.058_823_529_411_764_705,
        lo: 8.163_404_592_832_033e-19,
    },
    Dd {
        hi: 0.052_631_578_947_368_42,
        lo: 2.921_639_538_487_254e-18,
    },
];

/// Halvings of the reduced argument before the Taylor series of `expm1`.
const SQUARINGS: i32 = 6;

/// `1/k!` in f64, `k = 0..11`.
const INV_FACT: [f64; 11] = [
    1.0,
    1.0,
    0.5,
    1.0 / 6.0,
    1.0 / 24.0,
    1.0 / 120.0,
    1.0 / 720.0,
    1.0 / 5040.0,
    1.0 / 40320.0,
    1.0 / 362_880.0,
    1.0 / 3_628_800.0,
];

/// `1/6` and `1/24` as double-doubles.
const INV_6: Dd = Dd {
    hi: 0.166_666_666_666_666_66,
    lo: 9.251_858_538_542_97e-18,
};
const INV_24: Dd = Dd {
    hi: 0.041_666_666_666_666_664,
    lo: 2.312_964_634_635_742_7e-18,
};

fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

fn quick_two_sum(a: f64, b: f64) -> (f64, f64) {
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

impl Dd {
    fn from(a: f64) -> Dd {
        Dd { hi: a, lo: 0.0 }
    }
    fn add(self, b: Dd) -> Dd {
        let (s, e) = two_sum(self.hi, b.hi);
        let (t, f) = two_sum(self.lo, b.lo);
        let (s, e) = quick_two_sum(s, e + t);
        let (hi, lo) = quick_two_sum(s, e + f);
        Dd { hi, lo }
    }
    fn neg(self) -> Dd {
        Dd {
            hi: -self.hi,
            lo: -self.lo,
        }
    }
    fn sub(self, b: Dd) -> Dd {
        self.add(b.neg())
    }
    fn mul(self, b: Dd) -> Dd {
        let (p, e) = two_prod(self.hi, b.hi);
        let (hi, lo) = quick_two_sum(p, e + (self.hi * b.lo + self.lo * b.hi));
        Dd { hi, lo }
    }
    fn mul_f(self, b: f64) -> Dd {
        let (p, e) = two_prod(self.hi, b);
        let (hi, lo) = quick_two_sum(p, e + self.lo * b);
        Dd { hi, lo }
    }
    fn div(self, b: Dd) -> Dd {
        let q1 = self.hi / b.hi;
        let r = self.sub(b.mul_f(q1));
        let q2 = r.hi / b.hi;
        let r = r.sub(b.mul_f(q2));
        let q3 = r.hi / b.hi;
        let (s, e) = quick_two_sum(q1, q2);
        Dd { hi: s, lo: e }.add(Dd::from(q3))
    }
    fn scale(self, k: i32) -> Dd {
        Dd {
            hi: libm::scalbn(self.hi, k),
            lo: libm::scalbn(self.lo, k),
        }
    }
}

/// `log(x)` for finite `x > 0` in double-double.
fn dd_log(x: f64) -> Dd {
    let (m0, e0) = libm::frexp(x); // x = m0 * 2**e0, m0 in [0.5, 1)
    let (mut m, mut k) = (m0, e0);
    if m < core::f64::consts::FRAC_1_SQRT_2 {
        m *= 2.0;
        k -= 1;
    }
    // s = (m - 1) / (m + 1); m - 1 is exact (Sterbenz).
    let (p_hi, p_lo) = two_sum(m, 1.0);
    let s = Dd::from(m - 1.0).div(Dd { hi: p_hi, lo: p_lo });
    let s2 = s.mul(s);
    // atanh series: s * sum s2**i / (2i + 1), |s2| <= 0.0295. Terms from
    // i = 6 on are below 2**-30 relative and are summed in plain f64.
    let mut tail = 1.0 / 43.0;
    let mut i = 21;
    while i > 6 {
        i -= 1;
        tail = tail * s2.hi + 1.0 / (2 * i + 1) as f64;
    }
    let mut acc = Dd::from(tail);
    for c in INV_ODD[..6].iter().rev() {
        acc = acc.mul(s2).add(*c);
    }
    let log_m = s.mul(acc).scale(1);
    let (kh, kl) = two_prod(LN2.hi, k as f64);
    let kln2 = Dd { hi: kh, lo: kl }.add(Dd::from(LN2.lo * k as f64));
    kln2.add(log_m)
}

/// `exp(t)` as `(mantissa, n)` with value `mantissa * 2**n`, for |t| < 750.
fn dd_exp(t: Dd) -> (Dd, i32) {
    let n = libm::round(t.hi / LN2.hi);
    let (nh, nl) = two_prod(LN2.hi, n);
    let nln2 = Dd { hi: nh, lo: nl }.add(Dd::from(LN2.lo * n));
    let r = t.sub(nln2).scale(-SQUARINGS);
    // expm1(r) by Taylor, |r| < 2**-7.5: r + r^2/2 + r^3/6 + r^4/24 in
    // double-double, the rest (< 2**-36 relative) in f64.
    let x = r.hi;
    let mut poly = 1.0 / 39_916_800.0; // 1/11!
    for k in (5..11).rev() {
        poly = poly * x + INV_FACT[k];
    }
    let tail = x * x * x * x * x * poly;
    let r2 = r.mul(r);
    let r3 = r2.mul(r);
    let r4 = r2.mul(r2);
    let mut sum = r
        .add(r2.scale(-1))
        .add(r3.mul(INV_6))
        .add(r4.mul(INV_24))
        .add(Dd::from(tail));
    // expm1(2a) = e * (e + 2)
    for _ in 0..SQUARINGS {
        sum = sum.mul(sum.add(Dd::from(2.0)));
    }
    (Dd::from(1.0).add(sum), n as i32)
}

// ---------------------------------------------------------------------------
// Exact helpers
// ---------------------------------------------------------------------------

/// `(m, e)` with `|x| = m * 2**e`, `m` odd (x finite, nonzero).
fn odd_decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    (m >> tz, e + tz as i64)
}

/// Rounds `m * 2**e` (m > 0 exact rational given as BigUint) — thin wrapper.
fn round_exact(m: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    round_to_f64(m, e, sticky)
}

/// Decides the rounding of `v * 2**e` known to within a relative error of
/// `2**-err_bits`: `Some(Some(f))` when decided, `Some(None)` when it
/// certainly overflows, `None` when undecided.
fn decide(v: &BigUint, e: i64, err_bits: u64) -> Option<Option<f64>> {
    let err: BigUint = (v >> err_bits) + 1u32;
    if &err >= v {
        return None;
    }
    let lo = round_exact(&(v - &err), e, false);
    let hi = round_exact(&(v + &err), e, false);
    if lo == hi {
        Some(lo)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Big fixed-point fallback
// ---------------------------------------------------------------------------

const P: u64 = 400;

/// Right shift rounding toward zero (BigInt's `>>` floors, which would make
/// negative series terms stick at -1 instead of vanishing).
fn shr(x: BigInt, n: u64) -> BigInt {
    if x.is_negative() {
        -((-x) >> n)
    } else {
        x >> n
    }
}

/// sum_{i>=0} s**(2i+1) / (2i+1) in fixed point with P fractional bits.
fn atanh_fixed(s: &BigInt) -> BigInt {
    let s2: BigInt = shr(s * s, P);
    let mut term = s.clone();
    let mut acc = s.clone();
    let mut i: u32 = 1;
    loop {
        term = shr(&term * &s2, P);
        if term.is_zero() {
            break;
        }
        acc += &term / BigInt::from(2 * i + 1);
        i += 1;
    }
    acc
}

fn big_ln2() -> BigInt {
    let third = (BigInt::one() << P) / BigInt::from(3);
    atanh_fixed(&third) << 1u32
}

/// Evaluates `x ** y` with well over `P - 100` correct bits; returns
/// `(value, exp)` meaning `value * 2**exp`, `Err(true)` for a certain
/// overflow and `Err(false)` for a certain underflow to zero.
fn big_pow(x: f64, y: f64) -> Result<(BigUint, i64), bool> {
    let (mx, ex) = odd_decompose(x);
    let mxb = BigInt::from(mx);
    let bits = mxb.bits() as i64;
    // x = mx * 2**ex; choose k with x / 2**k in [1/sqrt2, sqrt2).
    // x / 2**(ex + bits) in [0.5, 1).
    let mut q = bits; // m' = mx / 2**q
                      // m' < 1/sqrt(2)  <=>  2 * mx**2 < 2**(2q)
    if (&mxb * &mxb) << 1u32 < BigInt::one() << (2 * q as u64) {
        q -= 1;
    }
    let k = ex + q;
    // q >= 0 always (bits >= 1; q == 0 only for mx == 1).
    let two_q = BigInt::one() << (q.max(0) as u64);
    let (num, den) = (&mxb - &two_q, &mxb + &two_q);
    let s = (num << P) / den;
    let ln_m = atanh_fixed(&s) << 1u32;
    let ln2 = big_ln2();
    let l = &ln2 * BigInt::from(k) + ln_m;
    // t = y * l
    let (neg_y, my, ey) = {
        let (m, e) = odd_decompose(y);
        (y < 0.0, m, e)
    };
    let mut t = l * BigInt::from(my);
    if ey >= 0 {
        if ey > 2048 {
            return Err(t.is_positive() != neg_y);
        }
        t <<= ey as u64;
    } else {
        let sh = (-ey) as u64;
        if sh > 4096 {
            t = BigInt::zero();
        } else {
            t >>= sh;
        }
    }
    if neg_y {
        t = -t;
    }
    let limit = BigInt::from(760) << P;
    if t > limit {
        return Err(true);
    }
    if t < -limit {
        return Err(false);
    }
    // n = round(t / ln2), r = t - n ln2
    let half = &ln2 >> 1u32;
    let n = (&t + &half).div_floor(&ln2);
    let r = &t - &n * &ln2;
    let red: u64 = 20;
    let r = shr(r, red);
    let one = BigInt::one() << P;
    let mut term = r.clone();
    let mut sum = r.clone();
    let mut i: u32 = 2;
    loop {
        term = shr(&term * &r, P);
        term /= BigInt::from(i);
        if term.is_zero() {
            break;
        }
        sum += &term;
        i += 1;
    }
    let two = &one << 1u32;
    for _ in 0..red {
        sum = shr(&sum * (&sum + &two), P);
    }
    let v = one + sum;
    let n = n.to_i64().unwrap_or(0);
    match v.to_biguint() {
        Some(v) => Ok((v, n - P as i64)),
        None => Err(false),
    }
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/// Correctly rounded `x ** y` for finite `x > 0`, `x != 1`, finite `y != 0`.
/// Returns `None` on overflow.
pub(super) fn cr_pow(x: f64, y: f64) -> Option<f64> {
    if y == 1.0 {
        return Some(x);
    }
    if y == 2.0 {
        let r = x * x;
        return if r.is_infinite() { None } else { Some(r) };
    }
    if y == -1.0 {
        let r = 1.0 / x;
        return if r.is_infinite() { None } else { Some(r) };
    }
    if y == 0.5 {
        return Some(libm::sqrt(x));
    }
    let (mx, ex) = odd_decompose(x);
    let y_int = libm::floor(y) == y;
    if y_int && libm::fabs(y) <= 4096.0 {
        let yi = y as i64;
        let mbits = 64 - mx.leading_zeros() as i64;
        if mbits * yi.abs() <= 4096 {
            return exact_int_pow(mx, ex, yi);
        }
    }
    if mx == 1 {
        // x = 2**ex (ex != 0); x**y = 2**(ex*y) is exact when ex*y is an
        // integer. Integral y beyond the exact path always over/underflows.
        let (my, ey) = odd_decompose(y);
        let positive = (ex > 0) == (y > 0.0);
        if ey >= 0 {
            return if positive { None } else { Some(0.0) };
        }
        let k = -ey;
        if k <= 11 && ex % (1i64 << k) == 0 {
            let t = (ex / (1i64 << k)).checked_mul(my as i64)?;
            let t = if y < 0.0 { -t } else { t };
            if t > 2000 {
                return None;
            }
            if t < -2000 {
                return Some(0.0);
            }
            return round_exact(&BigUint::one(), t, false);
        }
    }
    // Phase 1: double-double.
    let l = dd_log(x);
    if libm::fabs(y) > 1e300 {
        // y * log(x) is astronomically large (|log x| >= 2**-53).
        return if (l.hi > 0.0) == (y > 0.0) {
            None
        } else {
            Some(0.0)
        };
    }
    let t = l.mul_f(y);
    if !t.hi.is_finite() || !t.lo.is_finite() {
        return if (l.hi > 0.0) == (y > 0.0) {
            None
        } else {
            Some(0.0)
        };
    }
    if t.hi > 710.0 {
        return None;
    }
    if t.hi < -746.0 {
        return Some(0.0);
    }
    let (m, n) = dd_exp(t);
    if let Some(r) = fast_round(m, n) {
        return Some(r);
    }
    if let Some(v) = dd_to_fixed(m) {
        if let Some(r) = decide(&v.0, v.1 + n as i64, 80) {
            return r;
        }
    }
    // Phase 2: big fixed point.
    match big_pow(x, y) {
        Ok((v, e)) => match decide(&v, e, P - 100) {
            Some(r) => r,
            None => round_exact(&v, e, false),
        },
        Err(true) => None,
        Err(false) => Some(0.0),
    }
}

/// Rounds `m * 2**n` (m a normalized double-double in [0.5, 2) with a
/// relative error below 2**-80) when the result is normal and clearly not
/// near a rounding boundary; `None` otherwise.
fn fast_round(m: Dd, n: i32) -> Option<f64> {
    if !(0.5..2.0).contains(&m.hi) || !(-1000..=1000).contains(&n) || !m.lo.is_finite() {
        return None;
    }
    let bits = m.hi.to_bits();
    let ulp = f64::from_bits(bits & 0x7ff0_0000_0000_0000) * f64::EPSILON;
    let power_of_two = bits & ((1u64 << 52) - 1) == 0;
    let half = if power_of_two && m.lo < 0.0 {
        ulp / 4.0
    } else {
        ulp / 2.0
    };
    let margin = m.hi * 1.0e-24; // ~2**-79.7
    if libm::fabs(m.lo) < half - margin {
        Some(libm::scalbn(m.hi, n))
    } else {
        None
    }
}

/// Exact `mx * 2**ex` (positive double) as `(V, e)` with `value = V * 2**e`.
fn dd_to_fixed(d: Dd) -> Option<(BigUint, i64)> {
    if d.hi.is_nan() || d.hi <= 0.0 || !d.hi.is_finite() || !d.lo.is_finite() {
        return None;
    }
    let (mh, eh) = odd_decompose(d.hi);
    let base = eh - 120;
    let mut v = BigInt::from(mh) << 120u32;
    if d.lo != 0.0 {
        let (ml, el) = odd_decompose(d.lo);
        let mut lo = BigInt::from(ml);
        if el >= base {
            lo <<= (el - base).min(200) as u64;
        } else {
            lo >>= (base - el).min(400) as u64;
        }
        if d.lo < 0.0 {
            v -= lo;
        } else {
            v += lo;
        }
    }
    let v = v.to_biguint()?;
    Some((v, base))
}

/// `x ** y` exactly rounded for integer `y` with a small exact result size.
fn exact_int_pow(mx: u64, ex: i64, y: i64) -> Option<f64> {
    let m = BigUint::from(mx);
    let e = ex.checked_mul(y)?;
    if y >= 0 {
        let p = num_traits::pow(m, y as usize);
        round_exact(&p, e, false)
    } else {
        let d = num_traits::pow(m, (-y) as usize);
        // 2**e / d
        let s = d.bits() + 60;
        let (q, r) = (BigUint::one() << s).div_rem(&d);
        round_exact(&q, e - s as i64, !r.is_zero())
    }
}

#[cfg(test)]
#[allow(clippy::type_complexity, clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    extern crate std;
    use super::*;

    fn next(state: &mut u64) -> f64 {
        *state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*state >> 11) as f64 / (1u64 << 53) as f64
    }

    /// The 400-bit fallback and the double-double path agree (the fallback
    /// is otherwise only reached in rare hard cases).
    #[test]
    fn fallback_agrees_with_fast_path() {
        let mut st = 42u64;
        for i in 0..300 {
            let (x, y) = match i % 3 {
                0 => (next(&mut st) * 10.0, next(&mut st) * 20.0 - 10.0),
                1 => (
                    libm::exp(next(&mut st) * 1400.0 - 700.0),
                    next(&mut st) * 3.0 - 1.5,
                ),
                _ => (
                    1.0 + (next(&mut st) - 0.5) * 1e-9,
                    (next(&mut st) - 0.5) * 1e11,
                ),
            };
            if x <= 0.0 || x == 1.0 {
                continue;
            }
            let fast = cr_pow(x, y);
            let slow = match big_pow(x, y) {
                Ok((v, e)) => decide(&v, e, P - 100).unwrap_or_else(|| round_exact(&v, e, false)),
                Err(true) => None,
                Err(false) => Some(0.0),
            };
            assert_eq!(fast, slow, "{:?} ** {:?}", x, y);
        }
    }

    #[test]
    fn exact_cases() {
        // Exact midpoint: ties to even (glibc happens to round 3.0**34 up).
        assert_eq!(cr_pow(3.0, 34.0), Some(16677181699666568.0));
        assert_eq!(cr_pow(5.0, 23.0), Some(11920928955078124.0));
        assert_eq!(cr_pow(43291044225.0, 1.5), Some(9007351116674624.0));
        assert_eq!(cr_pow(2.0, -1074.0), Some(5e-324));
        assert_eq!(cr_pow(2.0, -1075.0), Some(0.0));
        assert_eq!(cr_pow(4.0, -537.5), Some(0.0));
        assert_eq!(cr_pow(4.0, -536.5), Some(f64::from_bits(2)));
        assert_eq!(cr_pow(2.0, 1024.0), None);
        assert_eq!(cr_pow(0.5, -1023.5), Some(1.2711610061536464e308));
        assert_eq!(cr_pow(0.5, -1024.5), None);
        assert_eq!(cr_pow(9.0, 0.5), Some(3.0));
        assert_eq!(cr_pow(10.0, -5.0), Some(1e-05));
        assert_eq!(cr_pow(1.0000000000000002, 1e300), None);
        assert_eq!(cr_pow(0.1, f64::MAX), Some(0.0));
    }
}
