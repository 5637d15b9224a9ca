//! The `math` module: CPython 3.11's `mathmodule.c` with its exact
//! special-case handling and error messages ("math domain error" as
//! `ValueError`, "math range error" as `OverflowError`).
//!
//! Results are meant to be bit-identical to CPython on Linux (glibc):
//! `exp`, `log`, `acos`, `pow`, `sin` and `cos` use the correctly rounded
//! [`crate::numeric`] routines; `tan`, `atan`, `atan2` and `asin` are
//! refined in double-double on top of them ([`dd`]);
//! the hyperbolic functions, `erf`/`erfc`, `cbrt` and `log10` are ports of
//! glibc's own algorithms ([`hyperbolic`], [`glibc`]); the rest is `libm`.
//! The integer functions live in [`intfuncs`], `fsum`/`hypot`/`dist`/
//! `gamma`/`lgamma` (CPython's own algorithms) in [`special`].

mod dd;
mod glibc;
mod hyperbolic;
mod intfuncs;
mod special;

use alloc::format;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::numeric::cr;
use crate::builtins::{check_arity, Kwargs};
use crate::objects::value::NativeFn;
use crate::objects::{Dict, Kind, PyErr, PyResult, Value};
use crate::vm::{native_function, Num, Vm};

/// Build the `math` namespace.
pub fn init(_vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    d.set_str("pi", Value::Float(core::f64::consts::PI));
    d.set_str("e", Value::Float(core::f64::consts::E));
    d.set_str("tau", Value::Float(core::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt), ("exp", exp), ("exp2", exp2), ("expm1", expm1), ("cbrt", cbrt),
        ("log", log), ("log2", log2), ("log10", log10), ("log1p", log1p),
        ("sin", sin), ("cos", cos), ("tan", tan), ("asin", asin), ("acos", acos), ("atan", atan),
        ("atan2", atan2), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("asinh", asinh),
        ("acosh", acosh), ("atanh", atanh), ("erf", erf), ("erfc", erfc),
        ("gamma", special::gamma), ("lgamma", special::lgamma),
        ("pow", pow), ("fabs", fabs), ("fmod", fmod), ("remainder", remainder),
        ("copysign", copysign), ("modf", modf), ("frexp", frexp), ("ldexp", ldexp),
        ("floor", floor), ("ceil", ceil), ("trunc", trunc),
        ("degrees", degrees), ("radians", radians),
        ("isfinite", isfinite), ("isinf", isinf), ("isnan", isnan), ("isclose", isclose),
        ("nextafter", nextafter), ("ulp", ulp),
        ("fsum", special::fsum), ("hypot", special::hypot), ("dist", special::dist),
        ("factorial", intfuncs::factorial), ("gcd", intfuncs::gcd), ("lcm", intfuncs::lcm),
        ("isqrt", intfuncs::isqrt), ("comb", intfuncs::comb), ("perm", intfuncs::perm),
        ("prod", intfuncs::prod),
    ];
    for (name, f) in fns {
        d.set_str(name, native_function(name, *f));
    }
    Ok(d)
}

// ----- errors and argument helpers -------------------------------------------

/// `ValueError("math domain error")`.
pub(super) fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

/// `OverflowError("math range error")`.
pub(super) fn range_error() -> PyErr {
    PyErr::overflow("math range error")
}

/// Reject keyword arguments with CPython's wording for `name` (which may
/// already be qualified, e.g. `math.sqrt`).
pub(super) fn no_kw(name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let bare = name.strip_prefix("math.").unwrap_or(name);
    if bare == "log" {
        return Err(PyErr::type_error("log() takes no keyword arguments"));
    }
    Err(PyErr::type_error(format!("math.{}() takes no keyword arguments", bare)))
}

/// The single argument of a METH_O function (`math.sqrt() takes exactly one
/// argument (0 given)`).
pub(super) fn one_arg<'a>(name: &str, args: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    no_kw(name, kw)?;
    match args {
        [x] => Ok(x),
        _ => Err(PyErr::type_error(format!("{}() takes exactly one argument ({} given)", name, args.len()))),
    }
}

/// Two positional arguments (`atan2 expected 2 arguments, got 1`).
pub(super) fn two_args<'a>(name: &str, args: &'a [Value], kw: Kwargs) -> PyResult<(&'a Value, &'a Value)> {
    no_kw(name, kw)?;
    check_arity(name, args, 2, 2)?;
    Ok((&args[0], &args[1]))
}

/// A float argument (`__float__`/`__index__` honoured; big ints that do not
/// fit raise `OverflowError`).
pub(super) fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        _ => vm.to_f64(v),
    }
}

/// A float result; a NaN gets a fresh payload so that, as in CPython, it
/// is a new object (`math.sin(math.nan) is math.nan` is false).
pub(super) fn float_value(vm: &mut Vm, r: f64) -> Value {
    if r.is_nan() {
        Value::Float(vm.fresh_nan(r))
    } else {
        Value::Float(r)
    }
}

/// CPython's `math_1`: apply `f` and classify a NaN/infinite result.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(r)
}

macro_rules! unary {
    ($fname:ident, $pyname:literal, $f:expr, $overflow:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            let v = one_arg(concat!("math.", $pyname), args, kw)?;
            let x = to_float(vm, v)?;
            let r = math_1(x, $f, $overflow)?;
            Ok(float_value(vm, r))
        }
    };
}

unary!(sqrt, "sqrt", libm::sqrt, false);
unary!(exp, "exp", cr::exp, true);
unary!(exp2, "exp2", libm::exp2, true);
unary!(expm1, "expm1", libm::expm1, true);
unary!(cbrt, "cbrt", glibc::cbrt, false);
unary!(log1p, "log1p", libm::log1p, false);
unary!(sin, "sin", cr::sin, false);
unary!(cos, "cos", cr::cos, false);
unary!(tan, "tan", dd::tan, false);
unary!(asin, "asin", dd::asin, false);
unary!(acos, "acos", cr::acos, false);
unary!(atan, "atan", dd::atan, false);
unary!(sinh, "sinh", hyperbolic::sinh, true);
unary!(cosh, "cosh", hyperbolic::cosh, true);
unary!(tanh, "tanh", hyperbolic::tanh, false);
unary!(asinh, "asinh", hyperbolic::asinh, false);
unary!(acosh, "acosh", hyperbolic::acosh, false);
unary!(atanh, "atanh", hyperbolic::atanh, false);
unary!(erf, "erf", glibc::erf, false);
unary!(erfc, "erfc", glibc::erfc, false);
unary!(fabs, "fabs", libm::fabs, false);

fn degrees(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.degrees", args, kw)?)?;
    Ok(float_value(vm, x * (180.0 / core::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.radians", args, kw)?)?;
    Ok(float_value(vm, x * (core::f64::consts::PI / 180.0)))
}

// ----- logarithms --------------------------------------------------------------

/// CPython's `m_log`: the natural logarithm with NaN/-inf for bad input.
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            cr::log(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    libm::log2(x)
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        return if x == 0.0 { f64::NEG_INFINITY } else { f64::NAN };
    }
    glibc::log10(x)
}

/// `x ≈ m * 2**e` with `0.5 <= m < 1`, for a positive big int (CPython's
/// `_PyLong_Frexp`, correctly rounded to 53 bits).
fn bigint_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    let keep = 62i64;
    let (top, shift) = if bits > keep {
        let shift = bits - keep;
        let top = (n >> (shift as usize)).to_u64().unwrap_or(0);
        // A sticky bit for everything shifted out keeps the rounding exact.
        let low_nonzero = n.magnitude().trailing_zeros().map(|z| (z as i64) < shift).unwrap_or(false);
        (top | low_nonzero as u64, shift)
    } else {
        (n.to_u64().unwrap_or(0), 0)
    };
    let f = top as f64; // round-half-even on the kept bits
    let (m, e) = libm::frexp(f);
    (m, e as i64 + shift)
}

/// CPython's `loghelper`: ints of any size, then floats through `math_1`.
fn loghelper(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Num::B(b)) = Num::of(v) {
        if !b.is_positive() {
            return Err(domain_error());
        }
        // Ints that convert to a finite float take the float path.
        if let Ok(f) = Num::B(b.clone()).to_f64() {
            return Ok(func(f));
        }
        let (m, e) = bigint_frexp(&b);
        return Ok(func(m) + func(2.0) * e as f64);
    }
    if let Some(Num::I(i)) = Num::of(v) {
        if i <= 0 && !matches!(v, Value::Float(_)) {
            return Err(domain_error());
        }
    }
    let x = to_float(vm, v)?;
    math_1(x, func, false)
}

fn log(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("log", kw)?;
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args[0], m_log)?;
    let Some(base) = args.get(1) else { return Ok(float_value(vm, num)) };
    let den = loghelper(vm, base, m_log)?;
    if den == 0.0 {
        return Err(PyErr::zero_div("float division by zero"));
    }
    Ok(float_value(vm, num / den))
}

fn log2(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("math.log2", args, kw)?;
    let r = loghelper(vm, v, m_log2)?;
    Ok(float_value(vm, r))
}

fn log10(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("math.log10", args, kw)?;
    let r = loghelper(vm, v, m_log10)?;
    Ok(float_value(vm, r))
}

// ----- two-argument functions ------------------------------------------------

fn atan2(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (a, b) = two_args("atan2", args, kw)?;
    let y = to_float(vm, a)?;
    let x = to_float(vm, b)?;
    Ok(float_value(vm, dd::atan2(y, x)))
}

/// CPython's `math.pow`: IEEE special cases first, then `pow` with the
/// errno-style classification of a non-finite result.
fn pow_impl(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(libm::fabs(y), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { libm::fabs(x) }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                libm::copysign(0.0, x)
            } else {
                0.0
            }
        } else if libm::fabs(x) == 1.0 {
            1.0
        } else if y > 0.0 && libm::fabs(x) > 1.0 {
            y
        } else if y < 0.0 && libm::fabs(x) < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = crate::numeric::pow::pow(x, y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain_error() } else { range_error() });
    }
    Ok(r)
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (a, b) = two_args("pow", args, kw)?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    let r = pow_impl(x, y)?;
    Ok(float_value(vm, r))
}

fn fmod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (a, b) = two_args("fmod", args, kw)?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(float_value(vm, r))
}

/// CPython's `m_remainder` (IEEE 754 remainder).
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = libm::fabs(x);
        let absy = libm::fabs(y);
        let m = libm::fmod(absx, absy);
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Half-way case: choose the even multiple.
            m - 2.0 * libm::fmod(0.5 * (absx - m), absy)
        };
        return libm::copysign(1.0, x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn remainder(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (a, b) = two_args("remainder", args, kw)?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    let r = m_remainder(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(float_value(vm, r))
}

fn copysign(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (a, b) = two_args("copysign", args, kw)?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    Ok(float_value(vm, libm::copysign(x, y)))
}

fn nextafter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (a, b) = two_args("nextafter", args, kw)?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    Ok(float_value(vm, libm::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.ulp", args, kw)?)?;
    if x.is_nan() {
        return Ok(float_value(vm, x));
    }
    let x = libm::fabs(x);
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

// ----- decomposition -----------------------------------------------------------

fn modf(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.modf", args, kw)?)?;
    let pair = |a: f64, b: f64| Value::tuple(alloc::vec![Value::Float(a), Value::Float(b)]);
    if x.is_infinite() {
        return Ok(pair(libm::copysign(0.0, x), x));
    }
    if x.is_nan() {
        let (a, b) = (float_value(vm, x), float_value(vm, x));
        return Ok(Value::tuple(alloc::vec![a, b]));
    }
    let (frac, int) = libm::modf(x);
    Ok(pair(frac, int))
}

fn frexp(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.frexp", args, kw)?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 { (x, 0) } else { libm::frexp(x) };
    Ok(Value::tuple(alloc::vec![float_value(vm, m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (a, b) = two_args("ldexp", args, kw)?;
    let x = to_float(vm, a)?;
    let exp: i64 = match Num::of(b) {
        Some(Num::I(i)) if !matches!(b, Value::Float(_)) => i,
        Some(Num::B(big)) => {
            if big.is_negative() { i64::MIN } else { i64::MAX }
        }
        _ => return Err(PyErr::type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(float_value(vm, x));
    }
    if exp > i32::MAX as i64 {
        return Err(range_error());
    }
    if exp < i32::MIN as i64 {
        return Ok(Value::Float(libm::copysign(0.0, x)));
    }
    let r = libm::scalbn(x, exp as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

// ----- rounding to integers ----------------------------------------------------

/// An integral float as a Python int (`OverflowError`/`ValueError` for
/// infinities and NaN, as `int(x)` raises).
pub(super) fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = libm::trunc(f);
    if libm::fabs(t) < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut b = BigInt::from(mant);
    if exp >= 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if t < 0.0 {
        b = -b;
    }
    Ok(Value::from_bigint(b))
}

/// True for an `int` (or bool / int subclass) value.
pub(super) fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.kind(), Some(Kind::Int(_)))
}

/// `floor`/`ceil`/`trunc`: ints pass through, floats round, other objects
/// use their dunder or `__float__`.
fn round_to_int(vm: &mut Vm, name: &str, dunder: &str, v: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    if let Value::Float(x) = v {
        return float_to_int(f(*x));
    }
    if is_int(v) {
        return Ok(match Num::of(v) {
            Some(Num::I(i)) => Value::Int(i),
            Some(Num::B(b)) => Value::from_bigint(b),
            _ => v.clone(),
        });
    }
    if let Some(m) = vm.user_dunder(v, dunder) {
        return vm.call_method_value(&m, v, &[]);
    }
    if name == "trunc" {
        if matches!(v.kind(), Some(Kind::Float(_))) {
            return float_to_int(f(to_float(vm, v)?));
        }
        return Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(v))));
    }
    let x = to_float(vm, v)?;
    float_to_int(f(x))
}

fn floor(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("math.floor", args, kw)?;
    round_to_int(vm, "floor", "__floor__", v, libm::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("math.ceil", args, kw)?;
    round_to_int(vm, "ceil", "__ceil__", v, libm::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("math.trunc", args, kw)?;
    round_to_int(vm, "trunc", "__trunc__", v, libm::trunc)
}

// ----- classification ------------------------------------------------------------

fn isfinite(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.isfinite", args, kw)?)?;
    Ok(Value::Bool(x.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.isinf", args, kw)?)?;
    Ok(Value::Bool(x.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = to_float(vm, one_arg("math.isnan", args, kw)?)?;
    Ok(Value::Bool(x.is_nan()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())));
    }
    let mut rel_tol = 1e-09;
    let mut abs_tol = 0.0;
    let mut pos: Vec<Value> = args.to_vec();
    for (k, v) in kw {
        match &**k {
            "rel_tol" => rel_tol = to_float(vm, v)?,
            "abs_tol" => abs_tol = to_float(vm, v)?,
            "a" | "b" => {
                let idx = if &**k == "a" { 0 } else { 1 };
                if idx < pos.len() {
                    return Err(PyErr::type_error(format!("argument for isclose() given by name ('{}') and position ({})", k, idx + 1)));
                }
                while pos.len() < idx {
                    pos.push(Value::Null);
                }
                if pos.len() == idx {
                    pos.push(v.clone());
                } else {
                    pos[idx] = v.clone();
                }
            }
            _ => return Err(PyErr::type_error(format!("isclose() got an unexpected keyword argument '{}'", k))),
        }
    }
    for (i, name) in ["a", "b"].iter().enumerate() {
        if matches!(pos.get(i), None | Some(Value::Null)) {
            return Err(PyErr::type_error(format!("isclose() missing required argument '{}' (pos {})", name, i + 1)));
        }
    }
    let a = to_float(vm, &pos[0])?;
    let b = to_float(vm, &pos[1])?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = libm::fabs(b - a);
    let close = diff <= libm::fabs(rel_tol * b) || diff <= libm::fabs(rel_tol * a) || diff <= abs_tol;
    Ok(Value::Bool(close))
}
