//! The recursion limit holds without growing the host stack past a bound:
//! the VM runs on a thread with a 64 KiB stack (a kernel's size), and every
//! kind of runaway recursion — plain, mutual, through methods, `__init__`,
//! generators, comprehensions, and through native code that calls back into
//! Python (`sorted(key=)`, `map`, `max(key=)`, `__repr__`, `__eq__`,
//! `__hash__`, properties, ...) — ends in a `RecursionError` that Python code
//! can catch, after which the VM keeps working.
//!
//! Python-to-Python calls push heap frames, so they are bounded by
//! `Config::recursion_limit`. Native code calling back into Python recurses
//! on the host stack; that is bounded by `Config::host_stack_limit`, checked
//! each time the interpreter is entered (see `core_vm::stack`). The last
//! test measures what one such re-entry costs.

use std::cell::RefCell;
use std::rc::Rc;

use core_vm::vm::{Host, RunError};
use core_vm::{Config, Vm};

/// The stack the VM runs on.
const STACK: usize = 64 * 1024;
/// What the VM may use of it: the rest is headroom for what runs before the
/// VM is entered and for the deepest native excursion between two checks.
const LIMIT: usize = 32 * 1024;

struct Out(Rc<RefCell<String>>);

impl Host for Out {
    fn write_stdout(&mut self, s: &str) {
        self.0.borrow_mut().push_str(s);
    }
    fn write_stderr(&mut self, _s: &str) {}
}

fn config() -> Config {
    Config { host_stack_limit: LIMIT, budget: Some(50_000_000), ..Config::default() }
}

/// Run `f` with a fresh VM (printing into the returned string) on a thread
/// with a `STACK`-byte stack.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce(&mut Vm, &Rc<RefCell<String>>) -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let out = Rc::new(RefCell::new(String::new()));
            let mut vm = Vm::new(Box::new(Out(out.clone())), config());
            f(&mut vm, &out)
        })
        .unwrap()
        .join()
        .expect("the VM thread died")
}

fn exc_line(vm: &mut Vm, r: Result<(), RunError>) -> String {
    match r {
        Ok(()) => String::from("no error"),
        Err(RunError::Exception(e)) => {
            let name = vm.type_name(&e);
            let msg = vm.to_str(&e).unwrap_or_default();
            format!("{}: {}", name, msg)
        }
        Err(other) => format!("{:?}", other),
    }
}

#[test]
fn plain_recursion_is_a_catchable_recursion_error() {
    let (first, second, out) = on_small_stack(|vm, out| {
        let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught:', e)\nprint('after')\n";
        let first = vm.run_main(src, "a.py").is_ok();
        // Uncaught, it is the embedder's error; the VM stays usable.
        let r = vm.run_main("def f(n):\n    return f(n + 1)\nf(0)\n", "b.py");
        let second = exc_line(vm, r);
        let third = vm.run_main("print(sum(range(10)))\n", "c.py");
        assert!(third.is_ok());
        (first, second, out.borrow().clone())
    });
    assert!(first);
    assert_eq!(out, "caught: maximum recursion depth exceeded\nafter\n45\n");
    assert_eq!(second, "RecursionError: maximum recursion depth exceeded");
}

/// Each script recurses without end; run under `try`, it must print
/// `RecursionError`, and the same VM must then run more code.
const RUNAWAY: &[(&str, &str)] = &[
    ("mutual", "def a(n):\n    return b(n + 1)\ndef b(n):\n    return a(n + 1)\na(0)\n"),
    ("method", "class C:\n    def m(self):\n        return self.m()\nC().m()\n"),
    ("init", "class A:\n    def __init__(self):\n        A()\nA()\n"),
    ("new", "class A:\n    def __new__(cls):\n        return A()\nA()\n"),
    ("yield from", "def g():\n    yield from g()\nlist(g())\n"),
    ("next(g())", "def g():\n    yield next(g())\nnext(g())\n"),
    ("list comprehension", "def f():\n    return [f() for _ in [1]]\nf()\n"),
    ("generator expression", "def f():\n    return sum(f() for _ in [1])\nf()\n"),
    ("lambda", "f = lambda: f()\nf()\n"),
    ("closure", "def outer():\n    def inner():\n        return inner()\n    return inner()\nouter()\n"),
    ("sorted key", "def f(x):\n    return sorted([x, x], key=f)\nf(1)\n"),
    ("list.sort key", "def f(x):\n    [x, x].sort(key=f)\nf(1)\n"),
    ("max key", "def f(x):\n    return max([x, x], key=f)\nf(1)\n"),
    ("min key", "def f(x):\n    return min([x, x], key=f)\nf(1)\n"),
    ("map", "def f(x):\n    return list(map(f, [x]))\nf(1)\n"),
    ("filter", "def f(x):\n    return list(filter(f, [x]))\nf(1)\n"),
    ("repr", "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n"),
    ("str", "class A:\n    def __str__(self):\n        return str(self)\nprint(A())\n"),
    ("repr in list", "class A:\n    def __repr__(self):\n        return repr([self])\nrepr(A())\n"),
    ("eq", "class A:\n    def __eq__(self, o):\n        return self == o\nA() == A()\n"),
    ("eq in list", "class A:\n    def __eq__(self, o):\n        return [self] == [o]\nA() == A()\n"),
    ("lt via sort", "class A:\n    def __lt__(self, o):\n        return sorted([self, o]) and True\nsorted([A(), A()])\n"),
    ("hash", "class A:\n    def __hash__(self):\n        return hash(self)\nhash(A())\n"),
    ("hash as dict key", "class A:\n    def __hash__(self):\n        return hash((self,))\n{A(): 1}\n"),
    ("property", "class A:\n    @property\n    def p(self):\n        return self.p\nA().p\n"),
    ("getattr", "class A:\n    def __getattr__(self, n):\n        return getattr(self, n)\nA().x\n"),
    ("getattribute", "class A:\n    def __getattribute__(self, n):\n        return self.x\nA().x\n"),
    ("setattr", "class A:\n    def __setattr__(self, n, v):\n        setattr(self, n, v)\nA().x = 1\n"),
    ("len", "class A:\n    def __len__(self):\n        return len(self)\nlen(A())\n"),
    ("bool", "class A:\n    def __bool__(self):\n        return not self\nbool(A())\n"),
    ("iter", "class A:\n    def __iter__(self):\n        return iter(list(self))\nlist(A())\n"),
    ("getitem", "class A:\n    def __getitem__(self, i):\n        return self[i]\nA()[0]\n"),
    ("contains", "class A:\n    def __contains__(self, x):\n        return x in self\n1 in A()\n"),
    ("call", "class A:\n    def __call__(self):\n        return self()\nA()()\n"),
    ("add", "class A:\n    def __add__(self, o):\n        return self + o\nA() + 1\n"),
    ("format", "class A:\n    def __format__(self, s):\n        return format(self, s)\nf'{A()}'\n"),
    ("index", "class A:\n    def __index__(self):\n        return [0][self]\n[0][A()]\n"),
    ("iter(callable, sentinel)", "def f():\n    return next(iter(f, 1))\nf()\n"),
    ("class body", "def f():\n    class C:\n        f()\nf()\n"),
    ("nested generators", "g = iter([1])\nfor i in range(100000):\n    g = (x for x in g)\nlist(g)\n"),
    ("nested list repr", "x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)\n"),
    ("nested dict repr", "x = {}\nfor i in range(100000):\n    x = {1: x}\nstr(x)\n"),
    ("nested list ==", "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nx == y\n"),
    ("nested tuple hash", "x = ()\nfor i in range(100000):\n    x = (x,)\nhash(x)\n"),
    ("nested isinstance", "x = int\nfor i in range(100000):\n    x = (x,)\nisinstance(1, x)\n"),
    ("nested except tuple", "x = ValueError\nfor i in range(100000):\n    x = (x,)\ntry:\n    raise KeyError\nexcept x:\n    pass\n"),
];

fn guarded(src: &str) -> String {
    let body: String = src.lines().map(|l| format!("    {}\n", l)).collect();
    format!("try:\n{}except RecursionError as e:\n    print('RecursionError:', e)\n", body)
}

#[test]
fn every_runaway_recursion_is_a_recursion_error() {
    let mut failures = Vec::new();
    for (name, src) in RUNAWAY {
        let src = guarded(src);
        let got = on_small_stack(move |vm, out| {
            let r = vm.run_main(&src, "t.py");
            let first = exc_line(vm, r);
            // The VM is still usable, and recursing again still works.
            let again = vm.run_main("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(500))\n", "u.py");
            let again = exc_line(vm, again);
            (first, again, out.borrow().clone())
        });
        let (first, again, out) = got;
        let ok = first == "no error"
            && again == "no error"
            && out.starts_with("RecursionError: maximum recursion depth exceeded")
            && out.ends_with("\n500\n");
        if !ok {
            failures.push(format!("{}: run: {}; then: {}; output: {:?}", name, first, again, out));
        }
    }
    assert!(failures.is_empty(), "{} failed:\n{}", failures.len(), failures.join("\n"));
}

/// Uncaught, the error reaches the embedder as a `RecursionError`.
#[test]
fn uncaught_native_recursion_reaches_the_embedder() {
    let line = on_small_stack(|vm, _| {
        let r = vm.run_main("def f(x):\n    return sorted([x, x], key=f)\nf(1)\n", "t.py");
        exc_line(vm, r)
    });
    assert_eq!(line, "RecursionError: maximum recursion depth exceeded");
}

/// Freeing long chains does not recurse on the host stack.
#[test]
fn freeing_deep_structures_does_not_recurse() {
    let out = on_small_stack(|vm, out| {
        let src = "\
x = None
for i in range(100000):
    x = [x]
x = None
for i in range(100000):
    x = (x, i)
x = None
for i in range(100000):
    x = {'k': x}
del x
class N:
    pass
head = None
for i in range(100000):
    n = N()
    n.next = head
    head = n
head = n = None
def f():
    pass
for i in range(20000):
    def f(g=f):
        pass
f = None
e = None
for i in range(20000):
    n = ValueError(i)
    n.__context__ = e
    e = n
e = n = None
g = iter([])
for i in range(20000):
    g = (x for x in g)
g = None
print('freed')
";
        let r = vm.run_main(src, "t.py");
        let line = exc_line(vm, r);
        assert_eq!(line, "no error");
        out.borrow().clone()
    });
    assert_eq!(out, "freed\n");
}

/// A long chain of exception contexts is printed (the traceback of an
/// uncaught exception) and freed without recursion.
#[test]
fn long_exception_chains_print_without_recursion() {
    let (line, err) = on_small_stack(|vm, _| {
        let src = "e = None\nfor i in range(20000):\n    n = ValueError(i)\n    n.__context__ = e\n    e = n\nraise e\n";
        let r = vm.run_main(src, "t.py");
        let line = exc_line(vm, r);
        let Err(e) = vm.run_source("raise e\n", "u.py") else { panic!("no error") };
        let exc = vm.materialize(e);
        (line, vm.format_exception(&exc))
    });
    assert_eq!(line, "ValueError: 19999");
    assert_eq!(err.matches("During handling of the above exception").count(), 19999);
    assert!(err.starts_with("ValueError: 0\n") && err.ends_with("ValueError: 19999\n"), "{}", &err[..200]);
}

/// Deeply nested source is a `SyntaxError` or `RecursionError` at compile
/// time on the small stack, never an overflow.
#[test]
fn deeply_nested_source_does_not_overflow() {
    let cases: Vec<String> = vec![
        "(".repeat(10_000),
        format!("x = {}1{}", "(".repeat(199), ")".repeat(199)),
        format!("x = {}{}", "[".repeat(199), "]".repeat(199)),
        format!("x = {}{}", "{".repeat(199), "}".repeat(199)),
        format!("x = 1{}", " + 1".repeat(499)),
        format!("x = {}1", "-".repeat(499)),
        format!("x = {}1", "lambda: ".repeat(199)),
        format!("x = {}y{}", "[x for x in ".repeat(150), "]".repeat(150)),
        "if x:\n    pass\nel".repeat(499) + "se:\n    pass\n",
        (0..99).map(|i| format!("{}def f{}():\n", " ".repeat(i), i)).collect::<String>() + &" ".repeat(99) + "pass\n",
    ];
    for src in cases {
        let preview: String = src.chars().take(30).collect();
        let line = on_small_stack(move |vm, _| {
            let r = vm.run_main(&src, "t.py");
            let line = exc_line(vm, r);
            assert!(vm.run_main("x = 1\n", "u.py").is_ok());
            line
        });
        assert!(
            line == "no error"
                || line.starts_with("SyntaxError")
                || line.starts_with("NameError")
                || line == "RecursionError: maximum recursion depth exceeded during compilation",
            "{:?}: {}",
            preview,
            line
        );
    }
}

/// How much host stack one native re-entry into the interpreter costs: with
/// a known `host_stack_limit` and no Python-level limit in the way, the
/// depth reached before `RecursionError` gives the bytes per level.
/// (Measured in release builds: see docs/architecture.md, "Host stack".)
#[test]
fn stack_cost_per_native_reentry() {
    const BIG_LIMIT: usize = 1 << 20;
    let paths: &[(&str, &str)] = &[
        ("sorted(key=)", "def f(n):\n    try:\n        sorted([1], key=lambda x: f(n + 1))\n    except RecursionError:\n        depth.append(n)\n"),
        ("__repr__", "class A:\n    def __init__(self, n):\n        self.n = n\n    def __repr__(self):\n        try:\n            return repr(A(self.n + 1))\n        except RecursionError:\n            depth.append(self.n)\n            return ''\ndef f(n):\n    repr(A(n))\n"),
        ("__eq__", "class A:\n    def __init__(self, n):\n        self.n = n\n    def __eq__(self, o):\n        try:\n            return A(self.n + 1) == o\n        except RecursionError:\n            depth.append(self.n)\n            return False\ndef f(n):\n    A(n) == 1\n"),
        ("map", "def f(n):\n    try:\n        list(map(lambda x: f(n + 1), [1]))\n    except RecursionError:\n        depth.append(n)\n"),
        ("property", "class A:\n    def __init__(self, n):\n        self.n = n\n    @property\n    def p(self):\n        try:\n            return A(self.n + 1).p\n        except RecursionError:\n            depth.append(self.n)\ndef f(n):\n    A(n).p\n"),
        ("next(generator)", "def g(n):\n    try:\n        yield next(g(n + 1))\n    except RecursionError:\n        depth.append(n)\n        yield 0\ndef f(n):\n    next(g(n))\n"),
    ];
    let mut report = Vec::new();
    for (name, src) in paths {
        let src = format!("depth = []\n{}f(0)\nprint(depth[0])\n", src);
        let out = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                let out = Rc::new(RefCell::new(String::new()));
                let config = Config { host_stack_limit: BIG_LIMIT, recursion_limit: 1_000_000, ..Config::default() };
                let mut vm = Vm::new(Box::new(Out(out.clone())), config);
                let r = vm.run_main(&src, "t.py");
                assert!(r.is_ok(), "{:?}", r.err());
                let s = out.borrow().clone();
                s
            })
            .unwrap()
            .join()
            .unwrap();
        let depth: usize = out.trim().parse().unwrap_or(0);
        assert!(depth > 10, "{}: reached only depth {}", name, depth);
        let per_level = BIG_LIMIT / depth;
        report.push(format!("{}: {} levels in {} KiB, {} bytes per level", name, depth, BIG_LIMIT >> 10, per_level));
        // A level is one native frame plus one interpreter entry: a few KiB.
        assert!(per_level < 32 * 1024, "{}: {} bytes per level", name, per_level);
    }
    eprintln!("host stack per native re-entry ({}):\n  {}", if cfg!(debug_assertions) { "debug" } else { "release" }, report.join("\n  "));
}
