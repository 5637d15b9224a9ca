//! Ports of the glibc routines whose results CPython on Linux returns and
//! which the `libm` crate (musl/FreeBSD-derived) rounds differently:
//! `erf`/`erfc` (glibc's pipelined `s_erf.c`), `cbrt` (`s_cbrt.c`) and
//! `log10` (`e_log10.c`). The inner `exp`/`log` calls use the correctly
//! rounded [`crate::numeric::cr`] routines, which agree with glibc's.

#![allow(clippy::excessive_precision)]

use crate::numeric::cr;

// The denominators (QQ, QA, SA, SB) start with their constant term 1.
const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    1.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    1.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    1.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    1.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];
const TINY: f64 = 1e-300;

fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

/// `x` with its low 32 bits cleared.
fn clear_low(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000)
}

/// `c[0] + s*c[1] + s2*(c[2] + s*c[3]) + s4*(c[4] + s*c[5]) + ...`, the
/// pairwise evaluation order of glibc's `s_erf.c` (`pw` = `[1, s², s⁴, s⁶, s⁸]`
/// computed as there); a trailing odd coefficient stands alone.
fn pairs(c: &[f64], s: f64, pw: &[f64; 5]) -> f64 {
    let mut acc = 0.0;
    for (k, ch) in c.chunks(2).enumerate() {
        let term = match ch {
            [a, b] => a + s * b,
            [a] => *a,
            _ => 0.0,
        };
        acc = if k == 0 { term } else { acc + pw.get(k).copied().unwrap_or(0.0) * term };
    }
    acc
}

/// `[1, s², s⁴, s⁶, s⁸]` rounded as glibc computes them.
fn even_powers(s: f64) -> [f64; 5] {
    let s2 = s * s;
    let s4 = s2 * s2;
    [1.0, s2, s4, s4 * s2, s4 * s4]
}

/// `(x + x*R(x²))` pieces on `[0, 0.84375)`: returns `y = r/s`.
fn small_ratio(x: f64) -> f64 {
    let z = x * x;
    let pw = even_powers(z);
    pairs(&PP, z, &pw) / pairs(&QQ, z, &pw)
}

/// `P/Q` on `[0.84375, 1.25)`.
fn mid_ratio(x: f64) -> (f64, f64) {
    let s = libm::fabs(x) - 1.0;
    let pw = even_powers(s);
    (pairs(&PA, s, &pw), pairs(&QA, s, &pw))
}

/// `exp(-x² - 0.5625 + R/S)` for `|x| >= 1.25` (`ax = |x|`).
fn tail(ax: f64, ix: i32) -> f64 {
    let s = 1.0 / (ax * ax);
    let pw = even_powers(s);
    let (r, big_s) = if ix < 0x4006_db6e {
        (pairs(&RA, s, &pw), pairs(&SA, s, &pw))
    } else {
        (pairs(&RB, s, &pw), pairs(&SB, s, &pw))
    };
    let z = clear_low(ax);
    cr::exp(-z * z - 0.5625) * cr::exp((z - ax) * (z + ax) + r / big_s)
}

/// glibc's `erf`.
pub fn erf(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        let i = if hx < 0 { 2.0 } else { 0.0 };
        return (1.0 - i) + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let (p, q) = mid_ratio(x);
        return if hx >= 0 { ERX + p / q } else { -ERX - p / q };
    }
    if ix >= 0x4018_0000 {
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let ax = libm::fabs(x);
    let r = tail(ax, ix);
    if hx >= 0 {
        1.0 - r / ax
    } else {
        r / ax - 1.0
    }
}

/// glibc's `erfc`.
pub fn erfc(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        let i = if hx < 0 { 2.0 } else { 0.0 };
        return i + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = small_ratio(x);
        if hx < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let (p, q) = mid_ratio(x);
        if hx >= 0 {
            let z = 1.0 - ERX;
            return z - p / q;
        }
        let z = ERX + p / q;
        return 1.0 + z;
    }
    if ix < 0x403c_0000 {
        if ix >= 0x4006_db6d && hx < 0 && ix >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let ax = libm::fabs(x);
        // glibc splits the two rational approximations at 0x4006DB6D here.
        let r = tail(ax, if ix < 0x4006_db6d { ix } else { ix.max(0x4006_db6e) });
        return if hx > 0 { r / ax } else { 2.0 - r / ax };
    }
    if hx > 0 {
        0.0
    } else {
        2.0 - TINY
    }
}

/// glibc's `cbrt`: polynomial guess, one rational refinement, exponent / 3.
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_2;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_5;
    let factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = libm::frexp(libm::fabs(x));
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let idx = (2 + xe % 3) as usize;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor.get(idx).copied().unwrap_or(1.0);
    libm::ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// glibc's `log10`: `k*log10(2)` plus `log(m)/ln(10)` in split precision.
pub fn log10(x: f64) -> f64 {
    const TWO54: f64 = 1.80143985094819840000e+16;
    const IVLN10: f64 = core::f64::consts::LOG10_E;
    const LOG10_2HI: f64 = 3.01029995663611771306e-01;
    const LOG10_2LO: f64 = 3.69423907715893078616e-13;
    let bits = x.to_bits();
    let mut hx = (bits >> 32) as u32 as i32;
    let lx = bits as u32;
    let mut x = x;
    let mut k: i32 = 0;
    if hx < 0x0010_0000 {
        if ((hx & 0x7fff_ffff) as u32 | lx) == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= TWO54;
        hx = (x.to_bits() >> 32) as u32 as i32;
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32) & 0x8000_0000) >> 31;
    let hx = (hx & 0x000f_ffff) | ((0x3ff - i as i32) << 20);
    let y = (k + i as i32) as f64;
    let x = f64::from_bits(((hx as u32 as u64) << 32) | (x.to_bits() & 0xffff_ffff));
    let z = y * LOG10_2LO + IVLN10 * cr::log(x);
    z + y * LOG10_2HI
}
