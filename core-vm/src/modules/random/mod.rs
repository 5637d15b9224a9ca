//! The `random` module: Python glue over [`super::random_core`], CPython
//! 3.11's Mersenne Twister and `random.py` algorithms.
//!
//! Module-level functions use the VM's shared generator (`vm.random`,
//! CPython's hidden `random._inst`); `random.Random` instances carry their
//! own generator as native data. Every operation is written once, taking
//! the generator to use ([`Gen`]), and exposed twice by [`dual!`].
//! Argument errors read like CPython's Python-level methods
//! (`Random.randint() missing 1 required positional argument: 'b'`).

pub(crate) mod args;

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use self::args::{bind, Params};
use super::random_core::{MersenneTwister, RandError};
use crate::builtins::Kwargs;
use crate::objects::types::new_type;
use crate::objects::value::{with_native, Layout, NativeData, NativeFn};
use crate::objects::{Dict, ExcKind, Kind, PyErr, PyResult, Value};
use crate::syntax::ast::BinOp;
use crate::vm::{native_function, native_method, Num, Vm};

/// The state of a `random.Random` instance.
struct RandomState {
    mt: MersenneTwister,
}

impl NativeData for RandomState {
    fn type_name(&self) -> &'static str {
        "Random"
    }
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn core::any::Any {
        self
    }
}

/// Which generator an operation draws from.
enum Gen {
    /// The module-level functions' generator (`vm.random`).
    Shared,
    /// A `Random` instance.
    Inst(Value),
}

/// Run `f` on the generator (no Python code runs meanwhile).
fn with_gen<R>(vm: &mut Vm, g: &Gen, f: impl FnOnce(&mut MersenneTwister) -> R) -> PyResult<R> {
    match g {
        Gen::Shared => Ok(f(&mut vm.random)),
        Gen::Inst(v) => with_native::<RandomState, _>(v, |s| f(&mut s.mt))
            .ok_or_else(|| PyErr::type_error("descriptor requires a 'random.Random' object")),
    }
}

/// Like [`with_gen`] for fallible generator operations.
fn try_gen<R>(vm: &mut Vm, g: &Gen, f: impl FnOnce(&mut MersenneTwister) -> Result<R, RandError>) -> PyResult<R> {
    with_gen(vm, g, f)?.map_err(rand_err)
}

/// A `random_core` error as the matching Python exception.
fn rand_err(e: RandError) -> PyErr {
    match e {
        RandError::Value(m) => PyErr::value_error(m),
        RandError::Index(m) => PyErr::index_error(m),
        RandError::Type(m) => PyErr::type_error(m),
        RandError::Overflow(m) => PyErr::overflow(m),
        RandError::ZeroDivision(m) => PyErr::zero_div(m),
        RandError::Memory => PyErr::bare(ExcKind::MemoryError),
    }
}

/// Expose `$impl(vm, gen, args, kw)` as a module function and a method.
macro_rules! dual {
    ($($impl:ident => $modfn:ident, $meth:ident;)*) => { $(
        fn $modfn(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            $impl(vm, &Gen::Shared, args, kw)
        }
        fn $meth(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            let Some((this, rest)) = args.split_first() else {
                return Err(PyErr::type_error("descriptor needs an argument"));
            };
            $impl(vm, &Gen::Inst(this.clone()), rest, kw)
        }
    )* };
}

dual! {
    seed_impl => m_seed, r_seed;
    random_impl => m_random, r_random;
    getstate_impl => m_getstate, r_getstate;
    setstate_impl => m_setstate, r_setstate;
    getrandbits_impl => m_getrandbits, r_getrandbits;
    randbytes_impl => m_randbytes, r_randbytes;
    randrange_impl => m_randrange, r_randrange;
    randint_impl => m_randint, r_randint;
    choice_impl => m_choice, r_choice;
    choices_impl => m_choices, r_choices;
    shuffle_impl => m_shuffle, r_shuffle;
    sample_impl => m_sample, r_sample;
    uniform_impl => m_uniform, r_uniform;
    triangular_impl => m_triangular, r_triangular;
    gauss_impl => m_gauss, r_gauss;
    normalvariate_impl => m_normalvariate, r_normalvariate;
    lognormvariate_impl => m_lognormvariate, r_lognormvariate;
    expovariate_impl => m_expovariate, r_expovariate;
    vonmisesvariate_impl => m_vonmisesvariate, r_vonmisesvariate;
    gammavariate_impl => m_gammavariate, r_gammavariate;
    betavariate_impl => m_betavariate, r_betavariate;
    paretovariate_impl => m_paretovariate, r_paretovariate;
    weibullvariate_impl => m_weibullvariate, r_weibullvariate;
}

/// `(name, module function, method)` for every operation.
const OPS: &[(&str, NativeFn, NativeFn)] = &[
    ("seed", m_seed, r_seed),
    ("random", m_random, r_random),
    ("getstate", m_getstate, r_getstate),
    ("setstate", m_setstate, r_setstate),
    ("getrandbits", m_getrandbits, r_getrandbits),
    ("randbytes", m_randbytes, r_randbytes),
    ("randrange", m_randrange, r_randrange),
    ("randint", m_randint, r_randint),
    ("choice", m_choice, r_choice),
    ("choices", m_choices, r_choices),
    ("shuffle", m_shuffle, r_shuffle),
    ("sample", m_sample, r_sample),
    ("uniform", m_uniform, r_uniform),
    ("triangular", m_triangular, r_triangular),
    ("gauss", m_gauss, r_gauss),
    ("normalvariate", m_normalvariate, r_normalvariate),
    ("lognormvariate", m_lognormvariate, r_lognormvariate),
    ("expovariate", m_expovariate, r_expovariate),
    ("vonmisesvariate", m_vonmisesvariate, r_vonmisesvariate),
    ("gammavariate", m_gammavariate, r_gammavariate),
    ("betavariate", m_betavariate, r_betavariate),
    ("paretovariate", m_paretovariate, r_paretovariate),
    ("weibullvariate", m_weibullvariate, r_weibullvariate),
];

/// Build the `random` namespace (and seed the shared generator from the
/// clock, as CPython seeds it from the OS at import).
pub fn init(vm: &mut Vm) -> PyResult<Dict> {
    let key = time_seed(vm);
    vm.random.seed_int(&key);
    let mut d = Dict::new();
    let mut cd = Dict::new();
    for (name, modfn, meth) in OPS {
        d.set_str(name, native_function(name, *modfn));
        cd.set_str(name, native_method("Random", name, *meth));
    }
    cd.set_str("__new__", native_function("__new__", random_new));
    cd.set_str("__init__", native_method("Random", "__init__", random_init));
    cd.set_str("VERSION", Value::Int(3));
    cd.set_str("__module__", Value::str("random"));
    let obj = vm.types.object.clone();
    let cls = new_type("Random", "random", alloc::vec![obj.clone()], alloc::vec![obj], cd, Layout::Object, false);
    d.set_str("Random", Value::Obj(cls));
    Ok(d)
}

/// A seed from the host clocks (for `seed(None)` and `Random()`).
fn time_seed(vm: &mut Vm) -> BigInt {
    let t = vm.host.time_ns() as u128;
    let m = vm.host.monotonic_ns() as u128;
    BigInt::from((t << 64) | m)
}

/// `Random.__new__(cls, *args)`: an instance with a clock-seeded generator
/// (`__init__` then seeds it properly).
fn random_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(PyErr::type_error("Random.__new__(X): X is not a type object"));
    };
    let key = time_seed(vm);
    let mut mt = MersenneTwister::new_seeded_u32s(&[0]);
    mt.seed_int(&key);
    Ok(vm.new_native_object(&cls, Box::new(RandomState { mt })))
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`.
fn random_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some((this, rest)) = args.split_first() else {
        return Err(PyErr::type_error("Random.__init__() missing 1 required positional argument: 'self'"));
    };
    let p = Params { qual: "Random.__init__", pos: &["x"], required: 0, kwonly: &[], has_self: true };
    let a = bind(&p, rest, kw)?;
    let x = a[0].clone().unwrap_or(Value::None);
    vm.call_method(this, "seed", &[x])?;
    Ok(Value::None)
}

// ----- argument helpers ------------------------------------------------------------

fn params<'a>(qual: &'a str, pos: &'a [&'a str], required: usize) -> Params<'a> {
    Params { qual, pos, required, kwonly: &[], has_self: true }
}

/// A float parameter, or its default.
fn farg(vm: &mut Vm, v: &Option<Value>, default: f64) -> PyResult<f64> {
    match v {
        None => Ok(default),
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Int(i)) => Ok(*i as f64),
        Some(x) => vm.to_f64(x),
    }
}

/// A required float parameter (already checked present by `bind`).
fn freq(vm: &mut Vm, v: &Option<Value>) -> PyResult<f64> {
    farg(vm, v, f64::NAN)
}

/// An integer argument of `randrange`, accepting integral floats as 3.11
/// still does (with a deprecation warning CPython prints to stderr).
fn rr_int(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    match Num::of(v) {
        Some(Num::F(f)) => {
            let i = super::math::float_to_int(f)?;
            if libm::floor(f) != f {
                return Err(PyErr::value_error(format!("non-integer {} for randrange()", what)));
            }
            Ok(Num::of(&i).and_then(|n| n.to_big()).unwrap_or_default())
        }
        Some(n) => Ok(n.to_big().unwrap_or_default()),
        None => vm.to_bigint(v),
    }
}

/// Element `i` of a sequence (fast for plain lists and tuples).
fn item_at(vm: &mut Vm, seq: &Value, i: usize) -> PyResult<Value> {
    if !vm.has_user_class(seq) {
        match seq.kind() {
            Some(Kind::List(l)) => {
                if let Some(x) = l.try_borrow().ok().and_then(|l| l.get(i).cloned()) {
                    return Ok(x);
                }
            }
            Some(Kind::Tuple(t)) => {
                if let Some(x) = t.get(i) {
                    return Ok(x.clone());
                }
            }
            _ => {}
        }
    }
    vm.getitem(seq, &Value::Int(i as i64))
}

/// `list(itertools.accumulate(values))` with Python `+`.
fn accumulate(vm: &mut Vm, values: &Value) -> PyResult<Vec<Value>> {
    let items = vm.collect_iterable(values)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for x in items {
        let next = match out.last() {
            Some(prev) => {
                let prev = prev.clone();
                vm.binary_op(&prev, &x, BinOp::Add, false)?
            }
            None => x,
        };
        out.push(next);
    }
    Ok(out)
}

// ----- seeding and state -----------------------------------------------------------

fn seed_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.seed", &["a", "version"], 0), args, kw)?;
    let x = a[0].clone().unwrap_or(Value::None);
    let version = match &a[1] {
        Some(v) => vm.to_i64(v).unwrap_or(2),
        None => 2,
    };
    if x.is_none() {
        let key = time_seed(vm);
        return with_gen(vm, g, |mt| mt.seed_int(&key)).map(|_| Value::None);
    }
    if let Some(s) = x.as_str() {
        let s = alloc::string::String::from(s);
        if version == 1 {
            return with_gen(vm, g, |mt| mt.seed_str_v1(&s)).map(|_| Value::None);
        }
        if version == 2 {
            return with_gen(vm, g, |mt| mt.seed_str_v2(&s)).map(|_| Value::None);
        }
        let h = vm.hash(&x)?;
        return with_gen(vm, g, |mt| mt.seed_hash(h)).map(|_| Value::None);
    }
    if let Some(Kind::Bytes(b)) = x.kind() {
        let b = b.to_vec();
        return with_gen(vm, g, |mt| if version == 1 { mt.seed_bytes_v1(&b) } else { mt.seed_bytes_v2(&b) })
            .map(|_| Value::None);
    }
    match Num::of(&x) {
        Some(Num::F(_)) => {
            let h = vm.hash(&x)?;
            with_gen(vm, g, |mt| mt.seed_hash(h))?;
        }
        Some(n) => {
            let b = n.to_big().unwrap_or_default();
            with_gen(vm, g, |mt| mt.seed_int(&b))?;
        }
        None => {
            return Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ))
        }
    }
    Ok(Value::None)
}

fn random_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("Random.random() takes no keyword arguments"));
    }
    if !args.is_empty() {
        return Err(PyErr::type_error(format!("Random.random() takes no arguments ({} given)", args.len())));
    }
    with_gen(vm, g, |mt| mt.random()).map(Value::Float)
}

fn getstate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    bind(&params("Random.getstate", &[], 0), args, kw)?;
    let (words, index, gauss) = with_gen(vm, g, |mt| mt.getstate())?;
    let mut internal: Vec<Value> = words.into_iter().map(|w| Value::Int(w as i64)).collect();
    internal.push(Value::Int(index as i64));
    let gauss = gauss.map(Value::Float).unwrap_or(Value::None);
    Ok(Value::tuple(alloc::vec![Value::Int(3), Value::tuple(internal), gauss]))
}

fn setstate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.setstate", &["state"], 1), args, kw)?;
    let state = a[0].clone().unwrap_or(Value::None);
    let version = vm.getitem(&state, &Value::Int(0))?;
    let v = match version {
        Value::Int(v) => v,
        _ => -1,
    };
    if v != 3 && v != 2 {
        let r = vm.to_str(&version)?;
        return Err(PyErr::value_error(format!("state with version {} passed to Random.setstate() of version 3", r)));
    }
    let parts = vm.unpack_exact(&state, 3)?;
    let gauss = match &parts[2] {
        Value::None => None,
        x => Some(vm.to_f64(x)?),
    };
    let Some(Kind::Tuple(internal)) = parts[1].kind() else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    let mut ints: Vec<BigInt> = Vec::with_capacity(internal.len());
    for x in internal.iter() {
        let mut b = vm.to_bigint(x)?;
        if v == 2 {
            b = ((b % (1i64 << 32)) + (1i64 << 32)) % (1i64 << 32);
        }
        ints.push(b);
    }
    try_gen(vm, g, |mt| mt.setstate_ints(&ints, gauss))?;
    Ok(Value::None)
}

fn getrandbits_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("Random.getrandbits() takes no keyword arguments"));
    }
    let [k] = args else {
        return Err(PyErr::type_error(format!("Random.getrandbits() takes exactly one argument ({} given)", args.len())));
    };
    let k = vm.to_bigint(k)?;
    try_gen(vm, g, |mt| mt.getrandbits_int(&k)).map(Value::from_bigint)
}

fn randbytes_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.randbytes", &["n"], 1), args, kw)?;
    let n = vm.to_bigint(a[0].as_ref().unwrap_or(&Value::Int(0)))?;
    if n.is_negative() {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let n = n.to_u64().unwrap_or(u64::MAX);
    let bytes = try_gen(vm, g, |mt| mt.randbytes(n))?;
    Ok(Value::new_obj(Kind::Bytes(bytes.into_boxed_slice())))
}

// ----- integers ----------------------------------------------------------------------

fn randrange_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.randrange", &["start", "stop", "step"], 1), args, kw)?;
    let start = rr_int(vm, a[0].as_ref().unwrap_or(&Value::Int(0)), "arg 1")?;
    let stop = match &a[1] {
        None | Some(Value::None) => {
            if a[2].is_some() {
                return Err(PyErr::type_error("Missing a non-None stop argument"));
            }
            None
        }
        Some(s) => Some(rr_int(vm, s, "stop")?),
    };
    let step = match &a[2] {
        None => BigInt::from(1),
        Some(s) => rr_int(vm, s, "step")?,
    };
    try_gen(vm, g, |mt| mt.randrange(&start, stop.as_ref(), &step)).map(Value::from_bigint)
}

fn randint_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.randint", &["a", "b"], 2), args, kw)?;
    let lo = rr_int(vm, a[0].as_ref().unwrap_or(&Value::Int(0)), "arg 1")?;
    let hi = a[1].clone().unwrap_or(Value::Int(0));
    let hi1 = vm.binary_op(&hi, &Value::Int(1), BinOp::Add, false)?;
    let hi1 = rr_int(vm, &hi1, "stop")?;
    try_gen(vm, g, |mt| mt.randrange(&lo, Some(&hi1), &BigInt::from(1))).map(Value::from_bigint)
}

// ----- sequences ---------------------------------------------------------------------

fn choice_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.choice", &["seq"], 1), args, kw)?;
    let seq = a[0].clone().unwrap_or(Value::None);
    let n = vm.len(&seq)?;
    let i = try_gen(vm, g, |mt| mt.choice_index(n))?;
    item_at(vm, &seq, i)
}

fn choices_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params { qual: "Random.choices", pos: &["population", "weights"], required: 1, kwonly: &["cum_weights", "k"], has_self: true };
    let a = bind(&p, args, kw)?;
    let population = a[0].clone().unwrap_or(Value::None);
    let k = match &a[3] {
        Some(k) => vm.to_i64(k)?.max(0) as usize,
        None => 1,
    };
    let n = vm.len(&population)?;
    let weights = a[1].clone().filter(|w| !w.is_none());
    let cum = match (a[2].clone().filter(|c| !c.is_none()), weights) {
        (None, None) => None,
        (None, Some(w)) => match accumulate(vm, &w) {
            Ok(c) => Some(c),
            Err(e) => {
                if vm.err_matches(&e, ExcKind::TypeError) && super::math::is_int(&w) {
                    let r = vm.repr(&w)?;
                    return Err(PyErr::type_error(format!("The number of choices must be a keyword argument: k={}", r)));
                }
                return Err(e);
            }
        },
        (Some(c), None) => Some(vm.collect_iterable(&c)?),
        (Some(_), Some(_)) => return Err(PyErr::type_error("Cannot specify both weights and cumulative weights")),
    };
    let cumf = match cum {
        None => None,
        Some(c) => {
            let mut fs = Vec::with_capacity(c.len());
            for x in &c {
                fs.push(vm.to_f64(x)?);
            }
            Some(fs)
        }
    };
    let idx = try_gen(vm, g, |mt| mt.choices_indices(n, cumf.as_deref(), k))?;
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(item_at(vm, &population, i)?);
    }
    Ok(Value::list(out))
}

fn shuffle_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.shuffle", &["x"], 1), args, kw)?;
    let x = a[0].clone().unwrap_or(Value::None);
    let n = vm.len(&x)?;
    let plain_list = matches!(x.kind(), Some(Kind::List(_))) && !vm.has_user_class(&x);
    let mut i = n;
    while i > 1 {
        i -= 1;
        let j = with_gen(vm, g, |mt| mt.randbelow_u64(i as u64 + 1) as usize)?;
        if plain_list {
            if let Some(Kind::List(l)) = x.kind() {
                if let Ok(mut l) = l.try_borrow_mut() {
                    if i < l.len() && j < l.len() {
                        l.swap(i, j);
                    }
                }
            }
            continue;
        }
        let xj = vm.getitem(&x, &Value::Int(j as i64))?;
        let xi = vm.getitem(&x, &Value::Int(i as i64))?;
        vm.setitem(&x, &Value::Int(i as i64), xj)?;
        vm.setitem(&x, &Value::Int(j as i64), xi)?;
    }
    Ok(Value::None)
}

/// True if `v` passes `isinstance(v, collections.abc.Sequence)` closely
/// enough for `sample` (sets and mappings do not).
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v.kind() {
        Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Range(_) | Kind::Bytes(_)) => true,
        Some(Kind::Dict(_) | Kind::Set(_) | Kind::FrozenSet(_) | Kind::DictView(..)) => false,
        Some(_) => vm.class_has(v, "__getitem__") && vm.class_has(v, "__len__"),
        None => false,
    }
}

fn sample_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params { qual: "Random.sample", pos: &["population", "k"], required: 2, kwonly: &["counts"], has_self: true };
    let a = bind(&p, args, kw)?;
    let population = a[0].clone().unwrap_or(Value::None);
    if !is_sequence(vm, &population) {
        return Err(PyErr::type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = vm.len(&population)?;
    let k = vm.to_i64(a[1].as_ref().unwrap_or(&Value::Int(0)))?;
    let idx = match a[2].clone().filter(|c| !c.is_none()) {
        Some(counts) => {
            let cs = vm.collect_iterable(&counts)?;
            let mut ci = Vec::with_capacity(cs.len());
            for c in &cs {
                if !super::math::is_int(c) {
                    return Err(PyErr::type_error("Counts must be integers"));
                }
                ci.push(vm.to_i64(c)?);
            }
            if k < 0 {
                return Err(PyErr::value_error("Sample larger than population or is negative"));
            }
            try_gen(vm, g, |mt| mt.sample_counts_indices(n, &ci, k as usize))?
        }
        None => {
            if k < 0 || k as u64 > n as u64 {
                return Err(PyErr::value_error("Sample larger than population or is negative"));
            }
            try_gen(vm, g, |mt| mt.sample_indices(n, k as usize))?
        }
    };
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(item_at(vm, &population, i)?);
    }
    Ok(Value::list(out))
}

// ----- real-valued distributions ---------------------------------------------------

fn uniform_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.uniform", &["a", "b"], 2), args, kw)?;
    let (x, y) = (a[0].clone().unwrap_or(Value::None), a[1].clone().unwrap_or(Value::None));
    if let (Some(_), Some(_)) = (Num::of(&x), Num::of(&y)) {
        let (lo, hi) = (vm.to_f64(&x)?, vm.to_f64(&y)?);
        return with_gen(vm, g, |mt| mt.uniform(lo, hi)).map(Value::Float);
    }
    // a + (b - a) * random(), with Python operators (for their errors).
    let d = vm.binary_op(&y, &x, BinOp::Sub, false)?;
    let r = with_gen(vm, g, |mt| mt.random())?;
    let t = vm.binary_op(&d, &Value::Float(r), BinOp::Mult, false)?;
    vm.binary_op(&x, &t, BinOp::Add, false)
}

fn triangular_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.triangular", &["low", "high", "mode"], 0), args, kw)?;
    let low = farg(vm, &a[0], 0.0)?;
    let high = farg(vm, &a[1], 1.0)?;
    let mode = match &a[2] {
        None | Some(Value::None) => None,
        Some(m) => Some(vm.to_f64(m)?),
    };
    with_gen(vm, g, |mt| mt.triangular(low, high, mode)).map(Value::Float)
}

fn gauss_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.gauss", &["mu", "sigma"], 0), args, kw)?;
    let mu = farg(vm, &a[0], 0.0)?;
    let sigma = farg(vm, &a[1], 1.0)?;
    with_gen(vm, g, |mt| mt.gauss(mu, sigma)).map(Value::Float)
}

fn normalvariate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.normalvariate", &["mu", "sigma"], 0), args, kw)?;
    let mu = farg(vm, &a[0], 0.0)?;
    let sigma = farg(vm, &a[1], 1.0)?;
    with_gen(vm, g, |mt| mt.normalvariate(mu, sigma)).map(Value::Float)
}

fn lognormvariate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.lognormvariate", &["mu", "sigma"], 2), args, kw)?;
    let mu = freq(vm, &a[0])?;
    let sigma = freq(vm, &a[1])?;
    try_gen(vm, g, |mt| mt.lognormvariate(mu, sigma)).map(Value::Float)
}

fn expovariate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.expovariate", &["lambd"], 1), args, kw)?;
    let lambd = freq(vm, &a[0])?;
    try_gen(vm, g, |mt| mt.expovariate(lambd)).map(Value::Float)
}

fn vonmisesvariate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.vonmisesvariate", &["mu", "kappa"], 2), args, kw)?;
    let mu = freq(vm, &a[0])?;
    let kappa = freq(vm, &a[1])?;
    try_gen(vm, g, |mt| mt.vonmisesvariate(mu, kappa)).map(Value::Float)
}

fn gammavariate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.gammavariate", &["alpha", "beta"], 2), args, kw)?;
    let alpha = freq(vm, &a[0])?;
    let beta = freq(vm, &a[1])?;
    try_gen(vm, g, |mt| mt.gammavariate(alpha, beta)).map(Value::Float)
}

fn betavariate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.betavariate", &["alpha", "beta"], 2), args, kw)?;
    let alpha = freq(vm, &a[0])?;
    let beta = freq(vm, &a[1])?;
    try_gen(vm, g, |mt| mt.betavariate(alpha, beta)).map(Value::Float)
}

fn paretovariate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.paretovariate", &["alpha"], 1), args, kw)?;
    let alpha = freq(vm, &a[0])?;
    try_gen(vm, g, |mt| mt.paretovariate(alpha)).map(Value::Float)
}

fn weibullvariate_impl(vm: &mut Vm, g: &Gen, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = bind(&params("Random.weibullvariate", &["alpha", "beta"], 2), args, kw)?;
    let alpha = freq(vm, &a[0])?;
    let beta = freq(vm, &a[1])?;
    try_gen(vm, g, |mt| mt.weibullvariate(alpha, beta)).map(Value::Float)
}
