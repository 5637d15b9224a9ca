//! End-to-end tests of core-vm through its embedding surface: a host that
//! captures output and supplies modules, run results, syntax errors with
//! positions, tracebacks, and the no-host-recursion property of calls.

use std::cell::RefCell;
use std::rc::Rc;

use core_vm::vm::{Host, RunError};
use core_vm::{Config, Vm};

#[derive(Default)]
struct Captured {
    out: String,
    err: String,
}

struct TestHost {
    cap: Rc<RefCell<Captured>>,
    modules: Vec<(&'static str, &'static str)>,
}

impl Host for TestHost {
    fn write_stdout(&mut self, s: &str) {
        self.cap.borrow_mut().out.push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        self.cap.borrow_mut().err.push_str(s);
    }
    fn find_module(&mut self, name: &str) -> Option<(String, String, bool)> {
        self.modules
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, src)| (format!("{}.py", n), String::from(*src), false))
    }
}

fn vm_with(modules: Vec<(&'static str, &'static str)>) -> (Vm, Rc<RefCell<Captured>>) {
    let cap = Rc::new(RefCell::new(Captured::default()));
    let host = TestHost { cap: cap.clone(), modules };
    (Vm::new(Box::new(host), Config::default()), cap)
}

fn run(src: &str) -> (Result<(), RunError>, String, String) {
    let (mut vm, cap) = vm_with(Vec::new());
    let r = vm.run_main(src, "test.py");
    let c = cap.borrow();
    (r, c.out.clone(), c.err.clone())
}

#[test]
fn prints_through_the_host() {
    let (r, out, _) = run("print('hi', 1 + 2, [x * x for x in range(4)])\n");
    assert!(r.is_ok());
    assert_eq!(out, "hi 3 [0, 1, 4, 9]\n");
}

#[test]
fn big_ints_overflow_exactly() {
    let (_, out, _) = run("print(2 ** 64, -(2 ** 63) - 1, (2 ** 100) // 3, 9223372036854775807 + 1)\n");
    assert_eq!(out, "18446744073709551616 -9223372036854775809 422550200076076467165567735125 9223372036854775808\n");
}

#[test]
fn uncaught_exception_gives_traceback_and_error() {
    let (r, out, err) = run("def f(x):\n    return 1 // x\nprint('before')\nf(0)\n");
    assert!(matches!(r, Err(RunError::Exception(_))));
    assert_eq!(out, "before\n");
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{}", err);
    assert!(err.contains("File \"test.py\", line 4, in <module>"), "{}", err);
    assert!(err.contains("File \"test.py\", line 2, in f"), "{}", err);
    assert!(err.ends_with("ZeroDivisionError: integer division or modulo by zero\n"), "{}", err);
}

#[test]
fn syntax_error_has_cpython_position() {
    let (r, out, err) = run("print('never')\nif x == 1\n    pass\n");
    assert!(matches!(r, Err(RunError::Exception(_))));
    assert_eq!(out, "", "nothing runs when the file does not compile");
    assert!(err.contains("line 2"), "{}", err);
    assert!(err.ends_with("SyntaxError: expected ':'\n"), "{}", err);
}

#[test]
fn system_exit_is_a_status() {
    let (r, _, _) = run("import sys\nsys.exit(7)\n");
    assert!(matches!(r, Err(RunError::Exit(7))));
}

#[test]
fn modules_come_from_the_host_loader() {
    let (mut vm, cap) = vm_with(vec![("helper", "X = 41\ndef inc(v):\n    return v + 1\n")]);
    let r = vm.run_main("import helper\nfrom helper import inc\nprint(inc(helper.X))\n", "main.py");
    assert!(r.is_ok(), "{}", cap.borrow().err);
    assert_eq!(cap.borrow().out, "42\n");
}

#[test]
fn missing_module_is_module_not_found() {
    let (r, _, err) = run("import nope\n");
    assert!(r.is_err());
    assert!(err.ends_with("ModuleNotFoundError: No module named 'nope'\n"), "{}", err);
}

#[test]
fn deep_python_recursion_does_not_use_the_host_stack() {
    // 900 nested Python calls on a 256 KiB host stack: frames live on the
    // heap, so this must not overflow.
    let child = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(900))\n").1)
        .unwrap();
    assert_eq!(child.join().unwrap(), "900\n");
}

#[test]
fn recursion_limit_raises_recursion_error() {
    let (_, out, _) = run("def f():\n    return f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(type(e).__name__)\n");
    assert_eq!(out, "RecursionError\n");
}

#[test]
fn the_vm_stays_usable_after_an_error() {
    let (mut vm, cap) = vm_with(Vec::new());
    assert!(vm.run_main("raise ValueError('x')\n", "a.py").is_err());
    assert!(vm.run_main("print('still fine')\n", "b.py").is_ok());
    assert_eq!(cap.borrow().out, "still fine\n");
}
