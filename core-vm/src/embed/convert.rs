//! Conversions between Rust values and Python [`Value`]s.
//!
//! - [`IntoPy`]: a Rust value becomes a Python value (never fails).
//! - [`FromPy`]: a Python value becomes a Rust value, or a Python
//!   `TypeError` (wrong type), `OverflowError` (an int that does not fit) or
//!   `ValueError` (a sequence of the wrong length).
//! - [`IntoArgs`]: the positional arguments of a call from Rust, usually a
//!   tuple: `()`, `(1,)`, `(1, 2.5, "x")`.
//! - [`FromArgs`]: the positional arguments of a native function, parsed
//!   into a tuple of Rust values ([`Vm::extract_args`]).
//!
//! | Rust | Python | notes on `FromPy` |
//! |---|---|---|
//! | `i8`..`i128`, `u8`..`u128`, `isize`, `usize` | `int` | accepts `int`, `bool` and objects with `__index__`; not `float` |
//! | `f64`, `f32` | `float` | accepts `float` and `int` (exactly as `float(x)` would) |
//! | `bool` | `bool` | only `True`/`False` (use [`Vm::truthy`] for truthiness) |
//! | `String`, `Rc<str>` (and `&str`, `char` into Python) | `str` | `char` needs a 1-character `str` |
//! | `()` | `None` | only `None` |
//! | `Option<T>` | `None` or `T` | |
//! | `Vec<T>` (and `&[T]` into Python) | `list` | accepts any iterable except `str`/`bytes` |
//! | `(A,)`, `(A, B)` .. 6-tuples | `tuple` | accepts a `tuple` or `list` of exactly that length |
//! | `BTreeMap<K, V>` | `dict` | into Python only with `String`/`&str` keys |
//! | `BigInt` | `int` | |
//! | [`Value`] | itself | anything |

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::objects::exc::ErrRepr;
use crate::objects::{Dict, ExcKind, Kind, PyErr, PyResult, Value};
use crate::vm::{Num, Vm};

/// A Rust value that can become a Python value.
///
/// ```
/// use core_vm::embed::IntoPy;
/// let v = (1, 2.5, "three").into_py();
/// assert_eq!(v.seq_items().map(|t| t.len()), Some(3));
/// ```
pub trait IntoPy {
    /// The Python value for `self`.
    fn into_py(self) -> Value;
}

/// A Rust value that can be read from a Python value.
///
/// Errors are Python exceptions, so a native function can pass them on with
/// `?`: `TypeError` for a value of the wrong type (`expected int, got str`),
/// `OverflowError` for an int out of the target's range, `ValueError` for a
/// sequence of the wrong length.
pub trait FromPy: Sized {
    /// Read `v` as a `Self`.
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self>;

    /// The value of a missing trailing argument in [`FromArgs`]: `None`
    /// (the argument is required) except for `Option<T>`, which makes the
    /// argument optional.
    fn missing() -> Option<Self> {
        None
    }
}

/// The positional arguments of a call made from Rust.
///
/// Implemented for tuples of [`IntoPy`] values up to 8 elements (`()` for
/// no arguments, `(x,)` for one), for `Vec<Value>` and for `&[Value]`.
pub trait IntoArgs {
    /// The arguments as Python values.
    fn into_args(self) -> Vec<Value>;
}

/// The positional arguments of a native function, parsed into Rust values.
///
/// Implemented for tuples of [`FromPy`] values up to 8 elements; trailing
/// `Option<T>` elements are optional arguments. See [`Vm::extract_args`].
pub trait FromArgs: Sized {
    /// Parse `args` for the function `name` (used in error messages).
    fn from_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Self>;
}

/// `TypeError: expected {what}, got {type of v}`.
pub fn type_mismatch(vm: &Vm, what: &str, v: &Value) -> PyErr {
    PyErr::type_error(format!("expected {}, got {}", what, vm.type_name(v)))
}

// ------------------------------------------------------------------ IntoPy

impl IntoPy for Value {
    fn into_py(self) -> Value {
        self
    }
}

impl IntoPy for &Value {
    fn into_py(self) -> Value {
        self.clone()
    }
}

impl IntoPy for () {
    fn into_py(self) -> Value {
        Value::None
    }
}

impl IntoPy for bool {
    fn into_py(self) -> Value {
        Value::Bool(self)
    }
}

macro_rules! int_into_py {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py(self) -> Value {
                match i64::try_from(self) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::from_bigint(BigInt::from(self)),
                }
            }
        }
    )*};
}
int_into_py!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl IntoPy for BigInt {
    fn into_py(self) -> Value {
        Value::from_bigint(self)
    }
}

impl IntoPy for f64 {
    fn into_py(self) -> Value {
        Value::Float(self)
    }
}

impl IntoPy for f32 {
    fn into_py(self) -> Value {
        Value::Float(self as f64)
    }
}

impl IntoPy for &str {
    fn into_py(self) -> Value {
        Value::str(self)
    }
}

impl IntoPy for String {
    fn into_py(self) -> Value {
        Value::string(self)
    }
}

impl IntoPy for &String {
    fn into_py(self) -> Value {
        Value::str(self)
    }
}

impl IntoPy for Rc<str> {
    fn into_py(self) -> Value {
        Value::str(&self)
    }
}

impl IntoPy for char {
    fn into_py(self) -> Value {
        let mut buf = [0u8; 4];
        Value::str(self.encode_utf8(&mut buf))
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self) -> Value {
        match self {
            Some(v) => v.into_py(),
            None => Value::None,
        }
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self) -> Value {
        Value::list(self.into_iter().map(IntoPy::into_py).collect())
    }
}

impl<T: IntoPy + Clone> IntoPy for &[T] {
    fn into_py(self) -> Value {
        Value::list(self.iter().cloned().map(IntoPy::into_py).collect())
    }
}

impl<V: IntoPy> IntoPy for BTreeMap<String, V> {
    fn into_py(self) -> Value {
        let mut d = Dict::new();
        for (k, v) in self {
            d.set_str(&k, v.into_py());
        }
        Value::dict(d)
    }
}

impl<V: IntoPy> IntoPy for BTreeMap<&str, V> {
    fn into_py(self) -> Value {
        let mut d = Dict::new();
        for (k, v) in self {
            d.set_str(k, v.into_py());
        }
        Value::dict(d)
    }
}

// ------------------------------------------------------------------ FromPy

impl FromPy for Value {
    fn from_py(_vm: &mut Vm, v: &Value) -> PyResult<Self> {
        Ok(v.clone())
    }
}

impl FromPy for () {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match v {
            Value::None => Ok(()),
            _ => Err(type_mismatch(vm, "None", v)),
        }
    }
}

impl FromPy for bool {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(type_mismatch(vm, "bool", v)),
        }
    }
}

/// An integer argument: an `int` (or `bool`), or an object with a user
/// `__index__`; floats and everything else are a `TypeError`.
fn int_of(vm: &mut Vm, v: &Value) -> PyResult<Num> {
    match Num::of(v) {
        Some(Num::F(_)) => Err(type_mismatch(vm, "int", v)),
        Some(n) => Ok(n),
        None if vm.user_dunder(v, "__index__").is_some() => Ok(Num::B(vm.to_bigint(v)?)),
        None => Err(type_mismatch(vm, "int", v)),
    }
}

/// `OverflowError` for an int outside the range of the Rust type `ty`.
fn int_overflow(negative: bool, ty: &str) -> PyErr {
    if negative && ty.starts_with('u') {
        PyErr::overflow(format!("can't convert negative int to {}", ty))
    } else {
        PyErr::overflow(format!("Python int too large to convert to {}", ty))
    }
}

macro_rules! int_from_py {
    ($($t:ident),*) => {$(
        impl FromPy for $t {
            fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
                match int_of(vm, v)? {
                    Num::I(i) => $t::try_from(i).map_err(|_| int_overflow(i < 0, stringify!($t))),
                    Num::B(b) => {
                        let negative = b.sign() == num_bigint::Sign::Minus;
                        big_to::<$t>(&b).ok_or_else(|| int_overflow(negative, stringify!($t)))
                    }
                    Num::F(_) => Err(type_mismatch(vm, "int", v)),
                }
            }
        }
    )*};
}

/// A big integer as a primitive integer type, if it fits.
fn big_to<T: num_traits::FromPrimitive>(b: &BigInt) -> Option<T> {
    // i128/u128 cover every primitive width.
    if let Some(i) = b.to_i128() {
        return T::from_i128(i);
    }
    b.to_u128().and_then(T::from_u128)
}

int_from_py!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl FromPy for BigInt {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match int_of(vm, v)? {
            Num::I(i) => Ok(BigInt::from(i)),
            Num::B(b) => Ok(b),
            Num::F(_) => Err(type_mismatch(vm, "int", v)),
        }
    }
}

impl FromPy for f64 {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match Num::of(v) {
            Some(Num::F(f)) => Ok(f),
            Some(Num::I(i)) => Ok(i as f64),
            Some(Num::B(b)) => Num::B(b).to_f64(),
            None if vm.user_dunder(v, "__float__").is_some() || vm.user_dunder(v, "__index__").is_some() => {
                vm.to_f64(v)
            }
            None => Err(type_mismatch(vm, "float", v)),
        }
    }
}

impl FromPy for f32 {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        Ok(f64::from_py(vm, v)? as f32)
    }
}

impl FromPy for String {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match v.as_str() {
            Some(s) => Ok(String::from(s)),
            None => Err(type_mismatch(vm, "str", v)),
        }
    }
}

impl FromPy for Rc<str> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match v.as_str() {
            Some(s) => Ok(Rc::from(s)),
            None => Err(type_mismatch(vm, "str", v)),
        }
    }
}

impl FromPy for char {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        let Some(s) = v.as_str() else { return Err(type_mismatch(vm, "str of length 1", v)) };
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(PyErr::value_error(format!(
                "expected str of length 1, got str of length {}",
                s.chars().count()
            ))),
        }
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        match v {
            Value::None => Ok(None),
            _ => T::from_py(vm, v).map(Some),
        }
    }

    fn missing() -> Option<Self> {
        Some(None)
    }
}

/// The items of a list, tuple or other iterable (not `str`/`bytes`).
fn items_of(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(Kind::List(l)) => return Ok(l.borrow().clone()),
        Some(Kind::Tuple(t)) => return Ok(t.to_vec()),
        Some(Kind::Str(_) | Kind::Bytes(_)) => return Err(type_mismatch(vm, what, v)),
        _ => {}
    }
    if v.as_str().is_some() || !vm.is_iterable(v) {
        return Err(type_mismatch(vm, what, v));
    }
    vm.collect_iterable(v)
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        let items = items_of(vm, v, "list")?;
        let mut out = Vec::with_capacity(items.len());
        for item in &items {
            out.push(T::from_py(vm, item)?);
        }
        Ok(out)
    }
}

impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
        if !matches!(v.kind(), Some(Kind::Dict(_))) {
            return Err(type_mismatch(vm, "dict", v));
        }
        let mut out = BTreeMap::new();
        for (k, val) in vm.mapping_items(v)? {
            let k = K::from_py(vm, &k)?;
            let val = V::from_py(vm, &val)?;
            out.insert(k, val);
        }
        Ok(out)
    }
}

// ------------------------------------------------------------ tuples, args

/// The items of a tuple or list that must have exactly `n` of them.
fn fixed_items(vm: &mut Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match v.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        Some(Kind::List(l)) => l.borrow().clone(),
        _ => return Err(type_mismatch(vm, "tuple", v)),
    };
    if items.len() != n {
        return Err(PyErr::value_error(format!(
            "expected a tuple of length {}, got one of length {}",
            n,
            items.len()
        )));
    }
    Ok(items)
}

/// Prefix the message of a conversion error with the argument it is about:
/// `led() argument 1: expected int, got str`.
fn arg_context(err: PyErr, name: &str, index: usize) -> PyErr {
    match err.into_repr() {
        ErrRepr::Lazy { kind, msg: Some(m) } if matches!(kind, ExcKind::TypeError | ExcKind::OverflowError | ExcKind::ValueError) => {
            PyErr::new(kind, format!("{}() argument {}: {}", name, index + 1, m))
        }
        ErrRepr::Lazy { kind, msg } => match msg {
            Some(m) => PyErr::new(kind, m),
            None => PyErr::bare(kind),
        },
        ErrRepr::LazyValue { kind, arg } => PyErr::with_value(kind, arg),
        ErrRepr::Obj(v) => PyErr::from_obj(v),
        ErrRepr::NeedFrame(q) => PyErr::need_frame(q),
    }
}

/// `TypeError` for a wrong number of positional arguments, worded like
/// CPython's argument clinic (`led expected 1 argument, got 2`).
fn arity_error(name: &str, min: usize, max: usize, given: usize) -> PyErr {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let msg = if min == max {
        format!("{} expected {} argument{}, got {}", name, max, plural(max), given)
    } else if given < min {
        format!("{} expected at least {} argument{}, got {}", name, min, plural(min), given)
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, plural(max), given)
    };
    PyErr::type_error(msg)
}

macro_rules! tuple_impls {
    ($( ($n:expr; $($T:ident $idx:tt),+) )*) => {$(
        impl<$($T: IntoPy),+> IntoPy for ($($T,)+) {
            fn into_py(self) -> Value {
                Value::tuple(alloc::vec![$(self.$idx.into_py()),+])
            }
        }

        impl<$($T: IntoPy),+> IntoArgs for ($($T,)+) {
            fn into_args(self) -> Vec<Value> {
                alloc::vec![$(self.$idx.into_py()),+]
            }
        }

        impl<$($T: FromPy),+> FromPy for ($($T,)+) {
            fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
                let items = fixed_items(vm, v, $n)?;
                Ok(($($T::from_py(vm, items.get($idx).unwrap_or(&Value::None))?,)+))
            }
        }

        impl<$($T: FromPy),+> FromArgs for ($($T,)+) {
            fn from_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Self> {
                // Required arguments: all but the trailing optional ones.
                let optional = [$($T::missing().is_some()),+];
                let min = $n - optional.iter().rev().take_while(|o| **o).count();
                if args.len() < min || args.len() > $n {
                    return Err(arity_error(name, min, $n, args.len()));
                }
                Ok(($(
                    match args.get($idx) {
                        Some(a) => $T::from_py(vm, a).map_err(|e| arg_context(e, name, $idx))?,
                        None => match $T::missing() {
                            Some(m) => m,
                            None => return Err(arity_error(name, min, $n, args.len())),
                        },
                    },
                )+))
            }
        }
    )*};
}

tuple_impls! {
    (1; A 0)
    (2; A 0, B 1)
    (3; A 0, B 1, C 2)
    (4; A 0, B 1, C 2, D 3)
    (5; A 0, B 1, C 2, D 3, E 4)
    (6; A 0, B 1, C 2, D 3, E 4, F 5)
    (7; A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
}

impl IntoArgs for () {
    fn into_args(self) -> Vec<Value> {
        Vec::new()
    }
}

impl IntoArgs for Vec<Value> {
    fn into_args(self) -> Vec<Value> {
        self
    }
}

impl IntoArgs for &[Value] {
    fn into_args(self) -> Vec<Value> {
        self.to_vec()
    }
}

impl<const N: usize> IntoArgs for [Value; N] {
    fn into_args(self) -> Vec<Value> {
        self.into_iter().collect()
    }
}

impl FromArgs for () {
    fn from_args(_vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Self> {
        if args.is_empty() {
            Ok(())
        } else {
            Err(arity_error(name, 0, 0, args.len()))
        }
    }
}

impl FromArgs for Vec<Value> {
    fn from_args(_vm: &mut Vm, _name: &str, args: &[Value]) -> PyResult<Self> {
        Ok(args.to_vec())
    }
}
