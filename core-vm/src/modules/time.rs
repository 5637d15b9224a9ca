//! The `time` module: wall clock, monotonic and performance counters read
//! from the host ([`crate::vm::Host::monotonic_ns`] and
//! [`crate::vm::Host::time_ns`]).
//!
//! `sleep(secs)` validates its argument exactly like CPython and returns
//! `None` without waiting: the host interface has no sleep hook, and
//! busy-waiting on the clock would burn the CPU (and never end on a host
//! whose clock does not advance).

use alloc::format;

use crate::builtins::Kwargs;
use crate::objects::value::NativeFn;
use crate::objects::{Dict, PyErr, PyResult, Value};
use crate::vm::{native_function, Num, Vm};

/// Build the `time` namespace.
pub fn init(_vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("process_time", monotonic),
        ("process_time_ns", monotonic_ns),
        ("sleep", sleep),
    ];
    for (name, f) in fns {
        d.set_str(name, native_function(name, *f));
    }
    Ok(d)
}

/// Reject any argument: `time.time() takes no arguments (1 given)`.
fn no_args(name: &str, args: &[Value], kw: Kwargs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("time.{}() takes no keyword arguments", name)));
    }
    if !args.is_empty() {
        return Err(PyErr::type_error(format!("time.{}() takes no arguments ({} given)", name, args.len())));
    }
    Ok(())
}

/// Nanoseconds as float seconds, rounded like CPython's
/// `_PyTime_AsSecondsDouble`.
fn ns_seconds(ns: u64) -> f64 {
    let sub_second = ns % 1_000_000_000;
    if sub_second > 0 {
        ns as f64 / 1e9
    } else {
        (ns / 1_000_000_000) as f64
    }
}

/// Nanoseconds as a Python int.
fn ns_value(ns: u64) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(ns)),
    }
}

fn time(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time", args, kw)?;
    Ok(Value::Float(ns_seconds(vm.host.time_ns())))
}

fn time_ns(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("time_ns", args, kw)?;
    Ok(ns_value(vm.host.time_ns()))
}

fn monotonic(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("monotonic", args, kw)?;
    Ok(Value::Float(ns_seconds(vm.host.monotonic_ns())))
}

fn monotonic_ns(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("monotonic_ns", args, kw)?;
    Ok(ns_value(vm.host.monotonic_ns()))
}

/// `time.sleep(secs)`: argument checks only (see the module docs).
fn sleep(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("time.sleep() takes no keyword arguments"));
    }
    let [secs] = args else {
        return Err(PyErr::type_error(format!("time.sleep() takes exactly one argument ({} given)", args.len())));
    };
    let negative = match Num::of(secs) {
        Some(Num::F(f)) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            if libm::fabs(f) * 1e9 >= 9.223_372_036_854_776e18 {
                return Err(PyErr::overflow("timestamp too large to convert to C _PyTime_t"));
            }
            f < 0.0
        }
        Some(Num::I(i)) => i < 0,
        Some(Num::B(b)) => {
            if num_traits::Signed::is_negative(&b) {
                true
            } else {
                return Err(PyErr::overflow("timestamp too large to convert to C _PyTime_t"));
            }
        }
        None => {
            // CPython accepts objects with `__float__` only through
            // `__index__`-less paths; an integer view is required here.
            let n = vm.to_i64(secs)?;
            n < 0
        }
    };
    if negative {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let ns = vm.to_f64(secs).map(|s| s * 1e9).unwrap_or(0.0);
    vm.host.sleep_ns(if ns > 0.0 { ns as u64 } else { 0 });
    Ok(Value::None)
}
