//! Hyperbolic functions as glibc computes them (its fdlibm-derived
//! `e_cosh.c`, `e_sinh.c`, `s_tanh.c`, `s_asinh.c`, `e_acosh.c`,
//! `e_atanh.c`), so results match CPython on Linux bit for bit where the
//! `libm` crate's musl-derived versions round differently.

use crate::numeric::cr;

const LN2: f64 = core::f64::consts::LN_2;

/// High 32 bits of `|x|`.
fn high_abs(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

/// `cosh(x)`.
pub fn cosh(x: f64) -> f64 {
    let ix = high_abs(x);
    let ax = libm::fabs(x);
    if ix < 0x4036_0000 {
        if ix < 0x3fd6_2e43 {
            if ix < 0x3c80_0000 {
                return 1.0;
            }
            let t = libm::expm1(ax);
            let w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        let t = cr::exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        return 0.5 * cr::exp(ax);
    }
    let lx = x.to_bits() as u32;
    if ix < 0x4086_33ce || (ix == 0x4086_33ce && lx <= 0x8fb9_f87d) {
        let w = cr::exp(0.5 * ax);
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    f64::INFINITY
}

/// `sinh(x)`.
pub fn sinh(x: f64) -> f64 {
    let ix = high_abs(x);
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    let h = if x.is_sign_negative() { -0.5 } else { 0.5 };
    let ax = libm::fabs(x);
    if ix < 0x4036_0000 {
        if ix < 0x3e30_0000 {
            return x;
        }
        let t = libm::expm1(ax);
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < 0x4086_2e42 {
        return h * cr::exp(ax);
    }
    let lx = x.to_bits() as u32;
    if ix < 0x4086_33ce || (ix == 0x4086_33ce && lx <= 0x8fb9_f87d) {
        let w = cr::exp(0.5 * ax);
        let t = h * w;
        return t * w;
    }
    x * 1.0e307 * 1.0e307
}

/// `tanh(x)`.
pub fn tanh(x: f64) -> f64 {
    let ix = high_abs(x);
    if ix >= 0x7ff0_0000 {
        if x.is_nan() {
            return x;
        }
        return if x > 0.0 { 1.0 } else { -1.0 };
    }
    let z = if ix < 0x4036_0000 {
        if ix < 0x3c80_0000 {
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = libm::expm1(2.0 * libm::fabs(x));
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * libm::fabs(x));
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if x.is_sign_negative() {
        -z
    } else {
        z
    }
}

/// `asinh(x)`.
pub fn asinh(x: f64) -> f64 {
    let ix = high_abs(x);
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    if ix < 0x3e30_0000 {
        return x;
    }
    let xa = libm::fabs(x);
    let w = if ix > 0x41b0_0000 {
        cr::log(xa) + LN2
    } else if ix > 0x4000_0000 {
        cr::log(2.0 * xa + 1.0 / (libm::sqrt(xa * xa + 1.0) + xa))
    } else {
        let t = xa * xa;
        libm::log1p(xa + t / (1.0 + libm::sqrt(1.0 + t)))
    };
    libm::copysign(w, x)
}

/// `acosh(x)`.
pub fn acosh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    let hx = (x.to_bits() >> 32) as u32;
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return cr::log(x) + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return cr::log(2.0 * x - 1.0 / (x + libm::sqrt(t - 1.0)));
    }
    let t = x - 1.0;
    libm::log1p(t + libm::sqrt(2.0 * t + t * t))
}

/// `atanh(x)`.
pub fn atanh(x: f64) -> f64 {
    let xa = libm::fabs(x);
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * libm::log1p(t + t * xa / (1.0 - xa))
    } else if xa < 1.0 {
        0.5 * libm::log1p((xa + xa) / (1.0 - xa))
    } else if xa > 1.0 || x.is_nan() {
        return if x.is_nan() { x } else { f64::NAN };
    } else {
        return x / 0.0;
    };
    libm::copysign(t, x)
}
