//! The integer functions of `math`: `factorial`, `gcd`, `lcm`, `isqrt`,
//! `comb`, `perm` (exact, on big integers) and `prod`.

use alloc::format;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{no_kw, one_arg};
use crate::builtins::{check_arity, Kwargs};
use crate::objects::{PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::Vm;

/// An integer argument (`__index__` honoured, floats rejected).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        _ => vm.to_bigint(v),
    }
}

/// The product `lo * (lo+1) * ... * hi` by binary splitting (fast for big
/// ranges because the multiplications stay balanced).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// `math.factorial(n)`.
pub fn factorial(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("math.factorial", args, kw)?;
    let n = int_arg(vm, v)?;
    let Some(n) = n.to_i64() else {
        if n.is_negative() {
            return Err(PyErr::value_error("factorial() not defined for negative values"));
        }
        return Err(PyErr::overflow(format!("factorial() argument should not exceed {}", i64::MAX)));
    };
    if n < 0 {
        return Err(PyErr::value_error("factorial() not defined for negative values"));
    }
    Ok(Value::from_bigint(range_product(1, n as u64)))
}

/// `math.gcd(*integers)`.
pub fn gcd(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("gcd", kw)?;
    let mut acc = BigInt::zero();
    for a in args {
        let x = int_arg(vm, a)?;
        acc = acc.gcd(&x);
    }
    Ok(Value::from_bigint(acc))
}

/// `math.lcm(*integers)`.
pub fn lcm(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("lcm", kw)?;
    let mut acc = BigInt::one();
    for a in args {
        let x = int_arg(vm, a)?;
        if acc.is_zero() || x.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = acc.gcd(&x);
        acc = (&acc / &g * &x).abs();
    }
    Ok(Value::from_bigint(acc))
}

/// `math.isqrt(n)`: the exact integer square root.
pub fn isqrt(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("math.isqrt", args, kw)?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    if let Some(small) = n.to_u64() {
        return Ok(Value::from_bigint(BigInt::from(isqrt_u64(small))));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// Integer square root of a `u64`, exact.
fn isqrt_u64(n: u64) -> u64 {
    let mut r = libm::sqrt(n as f64) as u64;
    while r.checked_mul(r).map(|s| s > n).unwrap_or(true) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).map(|s| s <= n).unwrap_or(false) {
        r += 1;
    }
    r
}

/// `n` and `k` of `comb`/`perm` as non-negative integers.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for big `n`.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if let Some(nn) = n.to_u64() {
        return range_product(nn - k + 1, nn);
    }
    let mut acc = BigInt::one();
    let mut x = n.clone();
    for _ in 0..k {
        acc *= &x;
        x -= 1u32;
    }
    acc
}

/// `k` as a machine integer, with CPython's overflow message.
fn k_small(k: &BigInt) -> PyResult<u64> {
    k.to_u64()
        .filter(|&v| v <= i64::MAX as u64)
        .ok_or_else(|| PyErr::overflow(format!("k must not exceed {}", i64::MAX)))
}

/// `math.comb(n, k)`.
pub fn comb(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("comb", kw)?;
    check_arity("comb", args, 2, 2)?;
    let (n, k) = n_k(vm, &args[0], &args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    let k = k_small(&k)?;
    if k == 0 {
        return Ok(Value::Int(1));
    }
    let num = falling_product(&n, k);
    Ok(Value::from_bigint(num / range_product(1, k)))
}

/// `math.perm(n, k=None)`.
pub fn perm(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("perm", kw)?;
    check_arity("perm", args, 1, 2)?;
    let k_val = match args.get(1) {
        None | Some(Value::None) => return factorial(vm, &args[..1], &[]),
        Some(k) => k.clone(),
    };
    let (n, k) = n_k(vm, &args[0], &k_val)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k_small(&k)?;
    if k == 0 {
        return Ok(Value::Int(1));
    }
    Ok(Value::from_bigint(falling_product(&n, k)))
}

/// `math.prod(iterable, *, start=1)`.
pub fn prod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut start = Value::Int(1);
    for (k, v) in kw {
        if &**k == "start" {
            start = v.clone();
        } else {
            return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for prod()", k)));
        }
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("prod() takes exactly 1 positional argument ({} given)", args.len())));
    }
    let it = vm.get_iter(&args[0])?;
    let mut acc = start;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Mult, false)?;
    }
    Ok(acc)
}
