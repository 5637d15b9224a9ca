//! Nearly correctly rounded `tan`, `atan`, `atan2` and `asin`, refined in
//! double-double arithmetic on top of [`crate::numeric`] (a `libm` first
//! guess corrected by one Newton step computed to ~106 bits; arguments
//! reduced by [`cr::reduce`], exactly above 1e6). glibc's versions of these
//! (which CPython returns on Linux) are correctly rounded in all but rare
//! cases, while the `libm` crate's are off by an ulp noticeably often.

use crate::numeric::cr::{self, PIO2_DD};
use crate::numeric::dd::DD;

/// `tan(x)`.
pub fn tan(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return libm::tan(x);
    }
    match cr::reduce(x) {
        None => libm::tan(x),
        Some((r, n)) => {
            let (s, c) = cr::sincos_dd(r);
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
    let Some((s, c)) = cr::sincos(y0) else {
        return y0;
    };
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
    let Some((s, c)) = cr::sincos(t0) else {
        return t0;
    };
    let num = c.mul_f(ys).sub(s.mul_f(xs));
    let den = c.mul_f(xs).add(s.mul_f(ys));
    DD::new(t0).add(num.div(den)).hi
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
        cr::asin_dd(DD::new(ax))
    } else {
        // asin(x) = pi/2 - 2 asin(sqrt((1 - x) / 2)); (1 - x)/2 is exact.
        PIO2_DD.sub(cr::asin_dd(DD::sqrt((1.0 - ax) * 0.5)).mul_f(2.0))
    };
    if x < 0.0 {
        -r.hi
    } else {
        r.hi
    }
}
