//! The numerically delicate parts of `math`, ported from CPython 3.11's
//! `mathmodule.c` operation for operation so results match bit for bit:
//! `fsum` (Shewchuk's exact summation), `hypot`/`dist` (`vector_norm`) and
//! the Lanczos `gamma`/`lgamma`.

use alloc::vec::Vec;

use super::{domain_error, float_value, one_arg, range_error, to_float};
use crate::builtins::Kwargs;
use crate::objects::{Kind, PyErr, PyResult, Value};
use crate::vm::Vm;

use crate::numeric::{cr, pow};

// ----- fsum -----------------------------------------------------------------------

/// `math.fsum(iterable)`: the correctly rounded sum.
pub fn fsum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let seq = one_arg("math.fsum", args, kw)?;
    let it = vm.get_iter(seq)?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = to_float(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if libm::fabs(x) < libm::fabs(y) {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(PyErr::overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(float_value(vm, special_sum));
    }
    Ok(Value::Float(sum_partials(&p)))
}

/// Add the non-overlapping partials from the top, with CPython's half-even
/// correction across partials.
fn sum_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

// ----- hypot / dist ---------------------------------------------------------------

/// CPython 3.11's `vector_norm` (Veltkamp-Dekker split, Neumaier sums and a
/// differential correction of the square root).
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let add = |x: f64, csum: &mut f64, frac: &mut f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(hi * hi, &mut csum, &mut frac1);
            add(2.0 * hi * lo, &mut csum, &mut frac2);
            frac3 += lo * lo;
        }
        let h = libm::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(-hi * hi, &mut csum, &mut frac1);
        add(-2.0 * hi * lo, &mut csum, &mut frac2);
        add(-lo * lo, &mut csum, &mut frac3);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let x = v / max;
        add(x * x, &mut csum, &mut frac1);
    }
    max * libm::sqrt(csum - 1.0 + frac1)
}

/// `math.hypot(*coordinates)`.
pub fn hypot(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_kw("hypot", kw)?;
    let mut coords = Vec::with_capacity(args.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for a in args {
        let x = libm::fabs(to_float(vm, a)?);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    let r = vector_norm(&coords, max, found_nan);
    Ok(float_value(vm, r))
}

/// The coordinates of a point argument (any iterable, like `tuple(p)`).
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(Kind::Tuple(t)) => Ok(t.to_vec()),
        _ => vm.collect_iterable(v),
    }
}

/// `math.dist(p, q)`.
pub fn dist(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (p, q) = super::two_args("dist", args, kw)?;
    let p = point(vm, p)?;
    let q = point(vm, q)?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let px = to_float(vm, a)?;
        let qx = to_float(vm, b)?;
        let x = libm::fabs(px - qx);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    let r = vector_norm(&diffs, max, found_nan);
    Ok(float_value(vm, r))
}

// ----- gamma / lgamma ---------------------------------------------------------------

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
    1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const PI: f64 = core::f64::consts::PI;
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` with exact zeros at integers (CPython's `m_sinpi`).
fn m_sinpi(x: f64) -> f64 {
    let y = libm::fmod(libm::fabs(x), 2.0);
    let n = libm::round(2.0 * y) as i32;
    let r = match n {
        0 => cr::sin(PI * y),
        1 => cr::cos(PI * (y - 0.5)),
        2 => cr::sin(PI * (1.0 - y)),
        3 => -cr::cos(PI * (y - 1.5)),
        _ => cr::sin(PI * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

/// Outcome of a gamma computation: a value, or which error to raise.
enum GammaResult {
    Ok(f64),
    Domain,
    Range,
}

fn m_tgamma(x: f64) -> GammaResult {
    use GammaResult::*;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Domain };
    }
    if x == 0.0 {
        return Domain;
    }
    if x == libm::floor(x) {
        if x < 0.0 {
            return Domain;
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = libm::fabs(x);
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Range } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / m_sinpi(x)) } else { Range };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * cr::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= pow::pow(y, absx - 0.5);
        } else {
            let sqrtpow = pow::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / cr::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= pow::pow(y, absx - 0.5);
        } else {
            let sqrtpow = pow::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Range;
    }
    Ok(r)
}

fn m_lgamma(x: f64) -> GammaResult {
    use GammaResult::*;
    if !x.is_finite() {
        return if x.is_nan() { Ok(x) } else { Ok(f64::INFINITY) };
    }
    if x == libm::floor(x) && x <= 2.0 {
        return if x <= 0.0 { Domain } else { Ok(0.0) };
    }
    let absx = libm::fabs(x);
    if absx < 1e-20 {
        return Ok(-cr::log(absx));
    }
    let mut r = cr::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (cr::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - cr::log(libm::fabs(m_sinpi(absx))) - cr::log(absx) - r;
    }
    if r.is_infinite() {
        return Range;
    }
    Ok(r)
}

fn gamma_value(vm: &mut Vm, r: GammaResult) -> PyResult<Value> {
    match r {
        GammaResult::Ok(v) => Ok(float_value(vm, v)),
        GammaResult::Domain => Err(domain_error()),
        GammaResult::Range => Err(range_error()),
    }
}

/// `math.gamma(x)`.
pub fn gamma(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.gamma", args, kw)?)?;
    gamma_value(vm, m_tgamma(x))
}

/// `math.lgamma(x)`.
pub fn lgamma(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.lgamma", args, kw)?)?;
    gamma_value(vm, m_lgamma(x))
}
