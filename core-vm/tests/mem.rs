//! The VM's memory: the heap limit turns every kind of growth into a
//! catchable `MemoryError` (and the VM stays usable), and the cycle
//! collector frees every kind of reference cycle, on `gc.collect()` and on
//! its own, so the live object count returns to its baseline.

use std::cell::RefCell;
use std::rc::Rc;

use core_vm::vm::{Host, RunError};
use core_vm::{Config, Vm};

#[derive(Default)]
struct Captured {
    out: String,
    err: String,
}

struct TestHost(Rc<RefCell<Captured>>);

/// A module imported (and dropped from `sys.modules`) by the cycle tests:
/// its class, methods and globals form cycles once the module is gone.
const CYC_MODULE: &str = "class C:\n    def m(self):\n        return C\n    @staticmethod\n    def s():\n        return C\n    @property\n    def p(self):\n        return C\n    @classmethod\n    def k(cls):\n        return cls\nTABLE = {'c': C}\n";

impl Host for TestHost {
    fn find_module(&mut self, name: &str) -> Option<(String, String, bool)> {
        (name == "cyc").then(|| (String::from("cyc.py"), String::from(CYC_MODULE), false))
    }
    fn write_stdout(&mut self, s: &str) {
        self.0.borrow_mut().out.push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        self.0.borrow_mut().err.push_str(s);
    }
}

fn new_vm(heap_limit: Option<usize>) -> (Vm, Rc<RefCell<Captured>>) {
    let cap = Rc::new(RefCell::new(Captured::default()));
    let config = Config { heap_limit, ..Config::default() };
    (Vm::new(Box::new(TestHost(cap.clone())), config), cap)
}

/// Run `src` and return (ok, what it printed, last stderr line).
fn run(vm: &mut Vm, cap: &Rc<RefCell<Captured>>, src: &str) -> (bool, String, String) {
    *cap.borrow_mut() = Captured::default();
    let r = vm.run_main(src, "test.py");
    let c = cap.borrow();
    let last = c.err.trim_end().lines().last().unwrap_or("").to_string();
    (r.is_ok(), c.out.clone(), last)
}

const LIMIT: usize = 8_000_000;

/// Each kind of growth, as a statement that never finishes within LIMIT.
const GROWTH: &[(&str, &str)] = &[
    ("list repeat", "x = [0] * 10**9"),
    ("str repeat", "x = 'x' * 10**10"),
    ("tuple repeat", "x = (1, 2) * 10**9"),
    ("bytes(n)", "x = bytes(10**10)"),
    ("list(range)", "x = list(range(10**9))"),
    ("comprehension", "x = [i for i in range(10**8)]"),
    ("doubling str", "x = 'ab'\nwhile True: x = x + x"),
    ("doubling list", "x = [1]\nwhile True: x = x + x"),
    ("list +=", "x = [1]\nwhile True: x += x"),
    ("append loop", "x = []\nwhile True: x.append(0)"),
    ("append objects", "x = []\nwhile True: x.append([1, 2, 3])"),
    ("extend loop", "x = []\nwhile True: x.extend(range(100))"),
    ("insert loop", "x = [0]\nwhile True: x.insert(-1, 1)"),
    ("dict growth", "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1"),
    ("set growth", "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1"),
    ("str join", "x = ','.join(['abcdefgh'] * 10**8)"),
    ("big pow", "x = 10 ** (10 ** 9)"),
    ("big shift", "x = 1 << (10 ** 9)"),
    ("big mul", "x = 7 ** 100000\nwhile True: x = x * x"),
    ("instances", "class A: pass\nkeep = []\nwhile True:\n    a = A()\n    a.x = [0] * 10\n    keep.append(a)"),
    ("strings kept", "keep = []\ni = 0\nwhile True:\n    keep.append(str(i) * 50)\n    i += 1"),
];

/// `stmt` as the body of a function `case`, so what it made is freed when
/// the call ends (normally or by an exception).
fn as_function(stmt: &str) -> String {
    format!("def case():\n    {}\n", stmt.replace('\n', "\n    "))
}

#[test]
fn every_growth_raises_a_catchable_memory_error() {
    let (mut vm, cap) = new_vm(Some(LIMIT));
    for (what, stmt) in GROWTH {
        let src = format!("{}try:\n    case()\nexcept MemoryError as e:\n    print(type(e).__name__, e.args)\n", as_function(stmt));
        let (ok, out, err) = run(&mut vm, &cap, &src);
        assert!(ok, "{}: {}", what, err);
        assert_eq!(out, "MemoryError ()\n", "{}", what);
        // The VM is usable afterwards, and under its limit again.
        let (ok, out, _) = run(&mut vm, &cap, "print(sum([i * i for i in range(1000)]), len('x' * 1000))");
        assert!(ok, "{}", what);
        assert_eq!(out, "332833500 1000\n", "{}", what);
        assert!(vm.heap().used() <= LIMIT, "{}: {} bytes used", what, vm.heap().used());
    }
}

#[test]
fn uncaught_memory_error_is_an_exception_result() {
    let (mut vm, cap) = new_vm(Some(LIMIT));
    for (what, stmt) in GROWTH {
        *cap.borrow_mut() = Captured::default();
        let r = vm.run_main(&format!("{}case()\n", as_function(stmt)), "test.py");
        assert!(matches!(r, Err(RunError::Exception(_))), "{}", what);
        let last = cap.borrow().err.trim_end().lines().last().unwrap_or("").to_string();
        assert_eq!(last, "MemoryError", "{}", what);
        drop(r);
        let (ok, out, err) = run(&mut vm, &cap, "print('ok')");
        assert!(ok && out == "ok\n", "{}: {}", what, err);
    }
}

#[test]
fn without_a_limit_absurd_requests_are_memory_errors() {
    let (mut vm, cap) = new_vm(None);
    for stmt in ["[0] * 10**12", "'x' * 10**15", "bytes(10**13)", "(1, 2) * 10**12", "[1] * 10**6 * 10**7"] {
        let src = format!("try:\n    {}\nexcept MemoryError:\n    print('MemoryError')\n", stmt);
        let (ok, out, err) = run(&mut vm, &cap, &src);
        assert!(ok && out == "MemoryError\n", "{}: {} {}", stmt, out, err);
    }
}

#[test]
fn memory_error_after_the_handler_drops_the_data() {
    let (mut vm, cap) = new_vm(Some(LIMIT));
    let src = "keep = []\ntry:\n    while True: keep.append([0] * 1000)\nexcept MemoryError:\n    n = len(keep)\n    keep = None\nkeep = [[0] * 1000 for i in range(n // 2)]\nprint(n > 100, len(keep) == n // 2)\n";
    let (ok, out, err) = run(&mut vm, &cap, src);
    assert!(ok, "{}", err);
    assert_eq!(out, "True True\n");
}

/// Every kind of cycle, made `n` times by `make(n)`.
const CYCLES: &str = r#"
import gc
from collections import deque, defaultdict

class Node:
    def __init__(self):
        self.me = self
        self.bound = self.method
    def method(self):
        return Node

def closure():
    def inner():
        return inner
    return inner

def gen():
    me = yield 1
    yield me

def make_class():
    import sys
    import cyc
    del sys.modules['cyc']
    return cyc

def make(n):
    for i in range(n):
        l = []
        l.append(l)
        t = ([],)
        t[0].append(t)
        d = {}
        d['d'] = d
        Node()
        closure()
        g = gen()
        next(g)
        g.send(g)
        make_class()
        try:
            raise ValueError(i)
        except ValueError as e:
            e.args = (e,)
            e.__context__ = e
        q = deque()
        q.append(q)
        dd = defaultdict(list)
        dd['x'] = dd
        it = iter(l)
        l.append(it)
        s = {'k'}
        n = Node()
        n.frozen = frozenset([(1, n)])
        cell_list = [lambda: cell_list]
"#;

#[test]
fn gc_collect_frees_every_kind_of_cycle() {
    let (mut vm, cap) = new_vm(None);
    let (ok, _, err) = run(&mut vm, &cap, CYCLES);
    assert!(ok, "{}", err);
    let (ok, out, err) = run(&mut vm, &cap, "make(1)\nprint(gc.collect() > 0)");
    assert!(ok, "{}", err);
    assert_eq!(out, "True\n");
    let baseline = vm.heap().live_objects();
    for _ in 0..3 {
        let (ok, out, err) = run(&mut vm, &cap, "make(20)\nprint(gc.collect() >= 20 * 12)");
        assert!(ok, "{}", err);
        assert_eq!(out, "True\n");
        assert_eq!(vm.heap().live_objects(), baseline);
    }
}

#[test]
fn the_automatic_collector_frees_cycles() {
    let (mut vm, cap) = new_vm(None);
    let (ok, _, err) = run(&mut vm, &cap, CYCLES);
    assert!(ok, "{}", err);
    run(&mut vm, &cap, "make(1)\ngc.collect()");
    let baseline = vm.heap().live_objects();
    // 3000 rounds make well over 100,000 objects in cycles; without
    // collections they would all still be alive.
    let (ok, _, err) = run(&mut vm, &cap, "make(3000)");
    assert!(ok, "{}", err);
    let live = vm.heap().live_objects();
    assert!(live < baseline + 40_000, "live {} baseline {}", live, baseline);
    assert!(vm.heap().gc.runs.get().0 > 0);
    // And gc.disable() stops it.
    let (ok, _, _) = run(&mut vm, &cap, "gc.collect()\ngc.disable()\nmake(500)\nprint(gc.isenabled())");
    assert!(ok);
    assert!(vm.heap().live_objects() > baseline + 500 * 12);
    let (ok, _, _) = run(&mut vm, &cap, "gc.enable()\ngc.collect()");
    assert!(ok);
    assert_eq!(vm.heap().live_objects(), baseline);
}

/// Instance attribute dicts are not tracked on their own until they escape
/// as `__dict__` (the collector reads them through their instance): cycles
/// through them, through escaped ones and through dicts that outlive their
/// instance are all freed, and what an attribute dict keeps alive survives.
const ATTR_CYCLES: &str = r#"
import gc

class P:
    pass

def make_attr_cycles(n):
    for i in range(n):
        a = P(); a.me = a
        b = P(); b.d = b.__dict__
        c = P(); d = c.__dict__; d['c'] = c
        e = P(); e.l = [e, P()]
        f = P(); g = P(); f.g = g; g.f = f
        h = P(); h.x = 1; dd = h.__dict__; del h; dd['dd'] = dd
        k = P(); k.box = P(); k.box.owner = k; k.box.data = [i]

keep = P()
keep.child = P()
keep.child.me = keep.child
keep.child.data = [1, 2, 3]
"#;

#[test]
fn attribute_dict_cycles_are_freed_and_their_contents_kept() {
    let (mut vm, cap) = new_vm(None);
    let (ok, _, err) = run(&mut vm, &cap, ATTR_CYCLES);
    assert!(ok, "{}", err);
    let (ok, _, err) = run(&mut vm, &cap, "make_attr_cycles(1)\ngc.collect()");
    assert!(ok, "{}", err);
    let baseline = vm.heap().live_objects();
    for _ in 0..3 {
        let (ok, out, err) = run(&mut vm, &cap, "make_attr_cycles(50)\nprint(gc.collect() >= 50 * 7)\nprint(keep.child.data, keep.child.me is keep.child)");
        assert!(ok, "{}", err);
        assert_eq!(out, "True\n[1, 2, 3] True\n");
        assert_eq!(vm.heap().live_objects(), baseline);
    }
    // The automatic collector frees them too.
    let (ok, _, err) = run(&mut vm, &cap, "make_attr_cycles(3000)");
    assert!(ok, "{}", err);
    assert!(vm.heap().live_objects() < baseline + 30_000, "live {}", vm.heap().live_objects());
    let (ok, out, err) = run(&mut vm, &cap, "gc.collect()\nprint(keep.child.data)");
    assert!(ok, "{}", err);
    assert_eq!(out, "[1, 2, 3]\n");
    assert_eq!(vm.heap().live_objects(), baseline);
}

#[test]
fn a_heap_limit_collects_cycles_before_giving_up() {
    // Cyclic garbage alone would pass the limit many times over; the
    // collector runs before MemoryError is raised, so this never fails.
    let (mut vm, cap) = new_vm(Some(4_000_000));
    run(&mut vm, &cap, "import gc\ngc.disable()");
    let src = "class A: pass\nfor i in range(20000):\n    a = A()\n    a.me = a\n    a.data = [i] * 50\nprint('done')";
    let (ok, out, err) = run(&mut vm, &cap, src);
    assert!(ok, "{}", err);
    assert_eq!(out, "done\n");
}

#[test]
fn dropping_the_vm_frees_everything() {
    let heap = {
        let (mut vm, cap) = new_vm(None);
        let (ok, _, err) = run(&mut vm, &cap, CYCLES);
        assert!(ok, "{}", err);
        run(&mut vm, &cap, "make(10)\nimport math, random, sys, io, array, collections, time\nkeep = [Node(), gen(), make_class()]");
        vm.heap()
    };
    assert_eq!(heap.live_objects(), 0);
    assert_eq!(heap.used(), 0);
}

#[test]
fn values_held_by_the_embedder_outlive_the_vm() {
    let (mut vm, _cap) = new_vm(None);
    let heap = vm.heap();
    let v = {
        let _current = vm.enter();
        vm.run_source("x = [[1, 2], 'kept']", "test.py").ok();
        let g = vm.main_globals();
        let d = match &g.kind {
            core_vm::objects::Kind::Dict(d) => d.borrow().get_str("x").cloned(),
            _ => None,
        };
        d.expect("x is set")
    };
    drop(vm);
    assert_eq!(heap.live_objects(), 3, "the list, its inner list, the str and nothing else");
    assert_eq!(v.seq_items().map(|i| i.len()), Some(2));
    drop(v);
    assert_eq!(heap.live_objects(), 0);
}

#[test]
fn two_vms_have_separate_heaps() {
    let (mut a, cap_a) = new_vm(Some(LIMIT));
    let (mut b, cap_b) = new_vm(None);
    run(&mut b, &cap_b, "big = [0] * 2_000_000");
    let (ok, out, _) = run(&mut a, &cap_a, "x = [0] * 100_000\nprint(len(x))");
    assert!(ok);
    assert_eq!(out, "100000\n");
    assert!(b.heap().used() > 16 * 2_000_000);
    assert!(a.heap().used() < LIMIT);
}
