//! The embedding API (`core_vm::embed`): conversions, running and
//! evaluating code, calls with Rust values, native functions and modules,
//! errors as Rust values, budget and interrupt, the host's output sink and
//! clock.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use core_vm::embed::{native_closure, Error, ErrorKind, FromPy, IntoPy, Kwargs, ModuleBuilder};
use core_vm::objects::ExcKind;
use core_vm::vm::Host;
use core_vm::{Config, PyErr, PyResult, Value, Vm};

/// A host capturing stdout and stderr, with a clock the test sets.
#[derive(Clone, Default)]
struct TestHost {
    out: Rc<RefCell<String>>,
    err: Rc<RefCell<String>>,
    clock_ns: Rc<Cell<u64>>,
}

impl Host for TestHost {
    fn write_stdout(&mut self, s: &str) {
        self.out.borrow_mut().push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        self.err.borrow_mut().push_str(s);
    }
    fn monotonic_ns(&mut self) -> u64 {
        self.clock_ns.get()
    }
    fn time_ns(&mut self) -> u64 {
        1_700_000_000_000_000_000 + self.clock_ns.get()
    }
}

fn vm_with(config: Config) -> (Vm, TestHost) {
    let host = TestHost::default();
    (Vm::new(Box::new(host.clone()), config), host)
}

fn vm() -> Vm {
    vm_with(Config::default()).0
}

/// The repr of what `x` converts to.
fn repr_of(vm: &mut Vm, x: impl IntoPy) -> String {
    let v = x.into_py();
    vm.repr(&v).unwrap()
}

/// Convert the value of `expr` and return the error's summary line.
fn extract_err<T: FromPy + std::fmt::Debug>(vm: &mut Vm, expr: &str) -> String {
    let v = vm.eval(expr).unwrap();
    let e = vm.extract::<T>(&v).unwrap_err();
    e.to_string()
}

// ---------------------------------------------------------------- conversions

#[test]
fn rust_values_into_python() {
    let mut vm = vm();
    assert_eq!(repr_of(&mut vm, 42i64), "42");
    assert_eq!(repr_of(&mut vm, -7i32), "-7");
    assert_eq!(repr_of(&mut vm, u64::MAX), "18446744073709551615");
    assert_eq!(repr_of(&mut vm, i128::MIN), "-170141183460469231731687303715884105728");
    assert_eq!(repr_of(&mut vm, 2.5f64), "2.5");
    assert_eq!(repr_of(&mut vm, 0.1f32), "0.10000000149011612");
    assert_eq!(repr_of(&mut vm, true), "True");
    assert_eq!(repr_of(&mut vm, "it's"), "\"it's\"");
    assert_eq!(repr_of(&mut vm, String::from("s")), "'s'");
    assert_eq!(repr_of(&mut vm, 'é'), "'é'");
    assert_eq!(repr_of(&mut vm, ()), "None");
    assert_eq!(repr_of(&mut vm, None::<i64>), "None");
    assert_eq!(repr_of(&mut vm, Some(3u8)), "3");
    assert_eq!(repr_of(&mut vm, vec![1, 2, 3]), "[1, 2, 3]");
    assert_eq!(repr_of(&mut vm, &["a", "b"][..]), "['a', 'b']");
    assert_eq!(repr_of(&mut vm, (1, "x", 2.0)), "(1, 'x', 2.0)");
    assert_eq!(repr_of(&mut vm, (Some(1),)), "(1,)");
    assert_eq!(repr_of(&mut vm, vec![(1, vec![true])]), "[(1, [True])]");
    let mut m = BTreeMap::new();
    m.insert("b", 2);
    m.insert("a", 1);
    assert_eq!(repr_of(&mut vm, m), "{'a': 1, 'b': 2}");
}

#[test]
fn python_values_into_rust() {
    let mut vm = vm();
    assert_eq!(vm.eval_as::<i64>("6 * 7").unwrap(), 42);
    assert_eq!(vm.eval_as::<u8>("255").unwrap(), 255);
    assert_eq!(vm.eval_as::<i8>("-128").unwrap(), -128);
    assert_eq!(vm.eval_as::<u64>("2 ** 64 - 1").unwrap(), u64::MAX);
    assert_eq!(vm.eval_as::<i128>("-(2 ** 100)").unwrap(), -(1i128 << 100));
    assert_eq!(vm.eval_as::<i64>("True").unwrap(), 1, "bool is an int, as in Python");
    assert_eq!(vm.eval_as::<usize>("len('abc')").unwrap(), 3);
    vm.run("class Idx:\n    def __index__(self):\n        return 9\n").unwrap();
    assert_eq!(vm.eval_as::<u32>("Idx()").unwrap(), 9, "__index__ is honoured");
    assert_eq!(vm.eval_as::<f64>("1 / 4").unwrap(), 0.25);
    assert_eq!(vm.eval_as::<f64>("3").unwrap(), 3.0, "an int is a valid float");
    assert_eq!(vm.eval_as::<f64>("2 ** 70").unwrap(), 1180591620717411303424.0);
    assert!(vm.eval_as::<bool>("1 < 2").unwrap());
    assert_eq!(vm.eval_as::<String>("'ab' * 2").unwrap(), "abab");
    assert_eq!(vm.eval_as::<char>("'z'").unwrap(), 'z');
    vm.eval_as::<()>("None").unwrap();
    assert_eq!(vm.eval_as::<Option<i64>>("None").unwrap(), None);
    assert_eq!(vm.eval_as::<Option<i64>>("5").unwrap(), Some(5));
    assert_eq!(vm.eval_as::<Vec<i64>>("[1, 2, 3]").unwrap(), vec![1, 2, 3]);
    assert_eq!(vm.eval_as::<Vec<i64>>("(4, 5)").unwrap(), vec![4, 5]);
    assert_eq!(vm.eval_as::<Vec<i64>>("range(3)").unwrap(), vec![0, 1, 2], "any iterable but str");
    assert_eq!(vm.eval_as::<Vec<String>>("sorted({'b', 'a'})").unwrap(), vec!["a", "b"]);
    assert_eq!(vm.eval_as::<(i64, String)>("(1, 'one')").unwrap(), (1, String::from("one")));
    assert_eq!(vm.eval_as::<(i64, f64, bool)>("[1, 2.5, False]").unwrap(), (1, 2.5, false));
    let m = vm.eval_as::<BTreeMap<String, Vec<i64>>>("{'x': [1], 'y': []}").unwrap();
    assert_eq!(m.len(), 2);
    assert_eq!(m["x"], vec![1]);
    assert_eq!(m["y"], Vec::<i64>::new());
    let v = vm.eval_as::<Value>("[1]").unwrap();
    assert_eq!(vm.repr(&v).unwrap(), "[1]");
}

#[test]
fn conversion_errors_are_python_exceptions() {
    let mut vm = vm();
    assert_eq!(extract_err::<i64>(&mut vm, "'12'"), "TypeError: expected int, got str");
    assert_eq!(extract_err::<i64>(&mut vm, "1.5"), "TypeError: expected int, got float");
    assert_eq!(extract_err::<u8>(&mut vm, "256"), "OverflowError: Python int too large to convert to u8");
    assert_eq!(extract_err::<i8>(&mut vm, "-129"), "OverflowError: Python int too large to convert to i8");
    assert_eq!(extract_err::<u32>(&mut vm, "-1"), "OverflowError: can't convert negative int to u32");
    assert_eq!(extract_err::<u64>(&mut vm, "-(2 ** 70)"), "OverflowError: can't convert negative int to u64");
    assert_eq!(extract_err::<i64>(&mut vm, "2 ** 63"), "OverflowError: Python int too large to convert to i64");
    assert_eq!(extract_err::<f64>(&mut vm, "'1.0'"), "TypeError: expected float, got str");
    assert_eq!(extract_err::<f64>(&mut vm, "10 ** 400"), "OverflowError: int too large to convert to float");
    assert_eq!(extract_err::<bool>(&mut vm, "1"), "TypeError: expected bool, got int");
    assert_eq!(extract_err::<String>(&mut vm, "b'x'"), "TypeError: expected str, got bytes");
    assert_eq!(extract_err::<char>(&mut vm, "'ab'"), "ValueError: expected str of length 1, got str of length 2");
    assert_eq!(extract_err::<()>(&mut vm, "0"), "TypeError: expected None, got int");
    assert_eq!(extract_err::<Vec<String>>(&mut vm, "'abc'"), "TypeError: expected list, got str");
    assert_eq!(extract_err::<Vec<i64>>(&mut vm, "5"), "TypeError: expected list, got int");
    assert_eq!(extract_err::<Vec<i64>>(&mut vm, "[1, 'x']"), "TypeError: expected int, got str");
    assert_eq!(extract_err::<(i64, i64)>(&mut vm, "(1, 2, 3)"), "ValueError: expected a tuple of length 2, got one of length 3");
    assert_eq!(extract_err::<(i64,)>(&mut vm, "{1: 2}"), "TypeError: expected tuple, got dict");
    assert_eq!(extract_err::<BTreeMap<String, i64>>(&mut vm, "[]"), "TypeError: expected dict, got list");
    let e = vm.extract::<u8>(&Value::Int(300)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exception);
    assert_eq!(e.type_name(), "OverflowError");
    assert!(e.is_instance_of(ExcKind::ArithmeticError));
}

// ------------------------------------------------------------ running code

#[test]
fn run_eval_and_globals() {
    let (mut vm, host) = vm_with(Config::default());
    vm.run("x = 20\ndef double(v):\n    return 2 * v\n").unwrap();
    // __main__'s globals persist between runs.
    vm.run("y = double(x) + 2").unwrap();
    assert_eq!(vm.global_as::<i64>("y").unwrap(), 42);
    assert_eq!(vm.eval_as::<i64>("double(y)").unwrap(), 84);
    // Expressions see builtins and may span lines inside brackets.
    assert_eq!(vm.eval_as::<Vec<i64>>("sorted([3,\n 1, 2])").unwrap(), vec![1, 2, 3]);
    vm.set_global("name", "krait");
    vm.set_global("items", vec![1.5, 2.5]);
    vm.run("print(name, sum(items))").unwrap();
    assert_eq!(*host.out.borrow(), "krait 4.0\n");
    assert!(vm.global("nope").is_none());
    let e = vm.global_as::<i64>("nope").unwrap_err();
    assert_eq!(e.to_string(), "NameError: name 'nope' is not defined");
    // A builtin is found as a global.
    assert!(vm.global("len").is_some());
    // Nothing was written to stderr by any of this.
    assert_eq!(*host.err.borrow(), "");
}

#[test]
fn eval_rejects_statements_with_syntax_error() {
    let mut vm = vm();
    let e = vm.eval("x = 1").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exception);
    assert_eq!(e.type_name(), "SyntaxError");
    assert!(e.traceback().contains("File \"<string>\", line 1"), "{}", e.traceback());
    let e = vm.run("if True\n    pass\n").unwrap_err();
    assert_eq!(e.to_string(), "SyntaxError: expected ':'");
    assert_eq!(e.message(), "expected ':' (<string>, line 1)");
}

#[test]
fn compiled_code_runs_many_times() {
    let (mut vm, host) = vm_with(Config::default());
    vm.run("n = 0").unwrap();
    let code = vm.compile("n += 1\nprint('run', n)\n", "tick.py").unwrap();
    for _ in 0..3 {
        vm.run_code(&code).unwrap();
    }
    assert_eq!(*host.out.borrow(), "run 1\nrun 2\nrun 3\n");
    let expr = vm.compile_expr("n * 10", "expr").unwrap();
    assert_eq!(vm.eval_code::<i64>(&expr).unwrap(), 30);
    vm.run("n = 5").unwrap();
    assert_eq!(vm.eval_code::<i64>(&expr).unwrap(), 50);
    let e = vm.compile("def f(:\n", "bad.py").unwrap_err();
    assert_eq!(e.type_name(), "SyntaxError");
}

#[test]
fn run_script_names_the_file_in_tracebacks() {
    let mut vm = vm();
    let e = vm.run_script("def f():\n    raise ValueError('boom')\nf()\n", "app.py").unwrap_err();
    assert_eq!(
        e.traceback(),
        "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    f()\n  File \"app.py\", line 2, in f\n    raise ValueError('boom')\nValueError: boom\n"
    );
    assert_eq!(vm.eval_as::<String>("__file__").unwrap(), "app.py");
}

#[test]
fn string_code_tracebacks_show_no_stale_source() {
    let mut vm = vm();
    vm.run("def f():\n    return 1 // 0\n").unwrap();
    let e = vm.run("f()").unwrap_err();
    assert_eq!(
        e.traceback(),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: integer division or modulo by zero\n"
    );
}

// ------------------------------------------------------ calls from Rust

#[test]
fn call_python_functions_with_rust_values() {
    let mut vm = vm();
    vm.run(
        "def area(w, h=2.0):\n    return w * h\n\
         def describe(name, *tags, sep=', '):\n    return name + ': ' + sep.join(tags)\n\
         class Counter:\n    def __init__(self, start):\n        self.n = start\n    def add(self, k):\n        self.n += k\n        return self.n\n",
    )
    .unwrap();
    assert_eq!(vm.call_global_as::<f64>("area", (3, 1.5)).unwrap(), 4.5);
    assert_eq!(vm.call_global_as::<f64>("area", (4,)).unwrap(), 8.0);
    let r = vm.call_global("describe", ("krait", "vm", "no_std")).unwrap();
    assert_eq!(vm.extract::<String>(&r).unwrap(), "krait: vm, no_std");
    let f = vm.global("describe").unwrap();
    let r = vm.call_value_kw(&f, ("x", "a", "b"), &[("sep", "+".into_py())]).unwrap();
    assert_eq!(vm.extract::<String>(&r).unwrap(), "x: a+b");
    let counter = vm.call_global("Counter", (10,)).unwrap();
    assert_eq!(vm.call_attr(&counter, "add", (5,)).map(|v| vm.extract::<i64>(&v).unwrap()).unwrap(), 15);
    let n = vm.attr(&counter, "n").unwrap();
    assert_eq!(vm.extract::<i64>(&n).unwrap(), 15);
    // A builtin is callable as a value too; a Vec<Value> is an argument list.
    let len = vm.global("len").unwrap();
    assert_eq!(vm.call_value_as::<usize>(&len, vec![vec![1, 2, 3].into_py()]).unwrap(), 3);
    // Errors: wrong arguments, missing function, not callable.
    let e = vm.call_global("area", ()).unwrap_err();
    assert_eq!(e.to_string(), "TypeError: area() missing 1 required positional argument: 'w'");
    let e = vm.call_global("nothing", ()).unwrap_err();
    assert_eq!(e.to_string(), "NameError: name 'nothing' is not defined");
    let e = vm.call_value(&Value::Int(3), ()).unwrap_err();
    assert_eq!(e.to_string(), "TypeError: 'int' object is not callable");
    let e = vm.call_global_as::<i64>("area", (1, 1.0)).unwrap_err();
    assert_eq!(e.to_string(), "TypeError: expected int, got float");
}

// ------------------------------------------------------- exceptions in Rust

#[test]
fn python_exceptions_as_rust_errors() {
    let (mut vm, host) = vm_with(Config::default());
    vm.run("class AppError(ValueError):\n    pass\ndef check(v):\n    if v < 0:\n        raise AppError(f'negative: {v}')\n    return v\n").unwrap();
    let e = vm.call_global("check", (-3,)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exception);
    assert_eq!(e.type_name(), "AppError");
    assert_eq!(e.message(), "negative: -3");
    assert_eq!(e.to_string(), "AppError: negative: -3");
    assert!(e.is_instance_of(ExcKind::ValueError));
    assert!(e.is_instance_of(ExcKind::Exception));
    assert!(!e.is_instance_of(ExcKind::TypeError));
    assert_eq!(e.exit_code(), None);
    assert!(e.traceback().starts_with("Traceback (most recent call last):\n"), "{}", e.traceback());
    assert!(e.traceback().ends_with("line 5, in check\nAppError: negative: -3\n"), "{}", e.traceback());
    // The exception object is there to inspect.
    let args = vm.attr(e.exception(), "args").unwrap();
    assert_eq!(vm.extract::<(String,)>(&args).unwrap().0, "negative: -3");
    // KeyError's message is the key's repr; a bare raise has an empty one.
    let e = vm.eval("{}['k']").unwrap_err();
    assert_eq!((e.type_name(), e.message()), ("KeyError", "'k'"));
    let e = vm.run("raise RuntimeError").unwrap_err();
    assert_eq!((e.type_name(), e.message(), e.to_string().as_str()), ("RuntimeError", "", "RuntimeError"));
    // Chained exceptions are in the traceback text.
    let e = vm.run("try:\n    1 / 0\nexcept ZeroDivisionError as z:\n    raise KeyError('k') from z\n").unwrap_err();
    assert!(e.traceback().contains("The above exception was the direct cause of the following exception"));
    // Nothing was printed, and the VM keeps working.
    assert_eq!(*host.err.borrow(), "");
    assert_eq!(vm.call_global_as::<i64>("check", (4,)).unwrap(), 4);
}

#[test]
fn system_exit_is_a_distinct_error() {
    let mut vm = vm();
    let e = vm.run("import sys\nsys.exit(3)").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exit(3));
    assert_eq!(e.exit_code(), Some(3));
    assert_eq!(e.type_name(), "SystemExit");
    assert_eq!(vm.run("import sys\nsys.exit()").unwrap_err().kind(), ErrorKind::Exit(0));
    let e = vm.run("raise SystemExit('bye')").unwrap_err();
    assert_eq!((e.kind(), e.message()), (ErrorKind::Exit(1), "bye"));
}

#[test]
fn recursion_limit_from_config() {
    let mut vm = vm_with(Config { recursion_limit: 50, ..Config::default() }).0;
    vm.run("def depth(n):\n    return n if n == 0 else depth(n - 1)\n").unwrap();
    assert_eq!(vm.call_global_as::<i64>("depth", (40,)).unwrap(), 0);
    let e = vm.call_global("depth", (100,)).unwrap_err();
    assert_eq!(e.to_string(), "RecursionError: maximum recursion depth exceeded");
    assert!(e.is_instance_of(ExcKind::RuntimeError));
    assert_eq!(vm.call_global_as::<i64>("depth", (10,)).unwrap(), 0);
}

// --------------------------------------------------- native functions/modules

/// Rust-side state of the `board` module, stored in the VM.
#[derive(Default, Debug, PartialEq)]
struct Board {
    leds: Vec<(u32, bool)>,
}

fn board_led(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (pin, on): (u32, Option<bool>) = vm.extract_args("led", args, kw)?;
    if pin >= 8 {
        return Err(PyErr::value_error(format!("no LED on pin {}", pin)));
    }
    let board = vm.require_state::<Board>()?;
    board.leds.push((pin, on.unwrap_or(true)));
    Ok(Value::None)
}

fn board_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let () = vm.extract_args("count", args, kw)?;
    Ok(vm.require_state::<Board>()?.leds.len().into_py())
}

#[test]
fn native_module_import_board() {
    let mut vm = vm();
    vm.set_state(Board::default());
    ModuleBuilder::new("board")
        .doc("The board's LEDs.")
        .function("led", board_led)
        .function("count", board_count)
        .constant("PINS", 8)
        .constant("NAME", "devkit")
        .install(&mut vm);
    vm.run("import board\nboard.led(1)\nboard.led(2, False)\nfrom board import led, PINS\nled(PINS - 1)\nn = board.count()\n").unwrap();
    assert_eq!(vm.global_as::<i64>("n").unwrap(), 3);
    assert_eq!(vm.state::<Board>().unwrap().leds, vec![(1, true), (2, false), (7, true)]);
    assert_eq!(vm.eval_as::<String>("board.__doc__ + ' ' + board.NAME").unwrap(), "The board's LEDs. devkit");
    assert_eq!(vm.eval_as::<String>("repr(board.led)").unwrap(), "<built-in function led>");
    // Errors from native code and from argument parsing.
    let e = vm.run("board.led(9)").unwrap_err();
    assert_eq!(e.to_string(), "ValueError: no LED on pin 9");
    let e = vm.run("board.led()").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: led expected at least 1 argument, got 0");
    let e = vm.run("board.led(1, True, 3)").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: led expected at most 2 arguments, got 3");
    let e = vm.run("board.led('1')").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: led() argument 1: expected int, got str");
    let e = vm.run("board.led(1, on=True)").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: led() takes no keyword arguments");
    let e = vm.run("board.count(1)").unwrap_err();
    assert_eq!(e.to_string(), "TypeError: count expected 0 arguments, got 1");
    // Python catches native errors like any other.
    vm.run("try:\n    board.led(-1)\nexcept OverflowError as e:\n    msg = str(e)\n").unwrap();
    assert_eq!(vm.global_as::<String>("msg").unwrap(), "led() argument 1: can't convert negative int to u32");
    // Missing state is a RuntimeError, not a panic.
    vm.take_state::<Board>();
    let e = vm.run("board.count()").unwrap_err();
    assert_eq!(e.type_name(), "RuntimeError");
    assert!(e.message().starts_with("embedder state "), "{}", e.message());
}

#[test]
fn native_functions_closures_and_submodules() {
    let mut vm = vm();
    fn hypot(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
        let (a, b): (f64, f64) = vm.extract_args("hypot", args, kw)?;
        Ok((a * a + b * b).sqrt().into_py())
    }
    vm.register_function("hypot", hypot);
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = log.clone();
    vm.register_closure("log", move |vm, args, kw| {
        let (msg,): (String,) = vm.extract_args("log", args, kw)?;
        sink.borrow_mut().push(msg);
        Ok(Value::None)
    });
    let calls = Rc::new(Cell::new(0));
    let c = calls.clone();
    ModuleBuilder::new("hw").install(&mut vm);
    ModuleBuilder::new("hw.timer")
        .closure("tick", move |_vm, _args, _kw| {
            c.set(c.get() + 1);
            Ok(Value::Int(c.get()))
        })
        .install(&mut vm);
    vm.run("log(str(hypot(3, 4)))\nimport hw.timer\nhw.timer.tick()\nfrom hw.timer import tick\nt = tick()\nlog('t=' + str(t))\n").unwrap();
    assert_eq!(*log.borrow(), vec!["5.0", "t=2"]);
    assert_eq!(calls.get(), 2);
    // Builtins are visible from imported modules too.
    assert_eq!(vm.eval_as::<f64>("hypot(6, 8)").unwrap(), 10.0);
    // A closure value can also be passed around directly.
    let twice = native_closure("twice", |vm, args, kw| {
        let (f, x): (Value, i64) = vm.extract_args("twice", args, kw)?;
        let once = vm.call(&f, &[Value::Int(x)], &[])?;
        vm.call(&f, &[once], &[])
    });
    vm.set_global("twice", twice);
    assert_eq!(vm.eval_as::<i64>("twice(lambda v: v * 3, 2)").unwrap(), 18);
    // A closure that calls back into Python re-raises its exceptions.
    let e = vm.eval("twice(lambda v: 1 // 0, 2)").unwrap_err();
    assert_eq!(e.type_name(), "ZeroDivisionError");
}

#[test]
fn native_code_calls_back_and_propagates_errors() {
    let mut vm = vm();
    // A native function using the high-level API inside: `Error` converts
    // back into the Python exception with `?`.
    fn apply(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
        let (name, x): (String, i64) = vm.extract_args("apply", args, kw)?;
        let r: i64 = vm.call_global_as(&name, (x,))?;
        Ok(Value::Int(r + 1))
    }
    vm.register_function("apply", apply);
    vm.run("def sq(v):\n    if v > 100:\n        raise ValueError('too big')\n    return v * v\n").unwrap();
    assert_eq!(vm.eval_as::<i64>("apply('sq', 5)").unwrap(), 26);
    let e = vm.eval("apply('sq', 500)").unwrap_err();
    assert_eq!(e.to_string(), "ValueError: too big");
    vm.run("try:\n    apply('sq', 500)\nexcept ValueError as e:\n    caught = str(e)\n").unwrap();
    assert_eq!(vm.global_as::<String>("caught").unwrap(), "too big");
}

// ------------------------------------------------------------ host hooks

#[test]
fn output_sink_captures_print() {
    let (mut vm, host) = vm_with(Config::default());
    vm.run("print('a', 1, sep='-')\nprint([1, 2], end='!')\nimport sys\nsys.stdout.write('w\\n')\nsys.stderr.write('e\\n')\n").unwrap();
    assert_eq!(*host.out.borrow(), "a-1\n[1, 2]!w\n");
    assert_eq!(*host.err.borrow(), "e\n");
}

#[test]
fn clock_feeds_the_time_module() {
    let (mut vm, host) = vm_with(Config::default());
    host.clock_ns.set(2_500_000_000);
    vm.run("import time\nt0 = time.monotonic()\n").unwrap();
    assert_eq!(vm.global_as::<f64>("t0").unwrap(), 2.5);
    host.clock_ns.set(4_000_000_000);
    vm.run("t1 = time.monotonic()\nns = time.monotonic_ns()\nwall = time.time_ns()\n").unwrap();
    assert_eq!(vm.eval_as::<f64>("t1 - t0").unwrap(), 1.5);
    assert_eq!(vm.global_as::<u64>("ns").unwrap(), 4_000_000_000);
    assert_eq!(vm.global_as::<u64>("wall").unwrap(), 1_700_000_004_000_000_000);
}

// ----------------------------------------------------- budget and interrupt

#[test]
fn budget_stops_an_endless_loop_with_a_distinct_error() {
    let (mut vm, host) = vm_with(Config { budget: Some(100_000), ..Config::default() });
    let e = vm.run("while True:\n    pass\n").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BudgetExceeded);
    assert_eq!(e.type_name(), "BudgetExceeded");
    assert_eq!(e.message(), "instruction budget exhausted");
    assert!(!e.is_instance_of(ExcKind::Exception), "a BaseException, like KeyboardInterrupt");
    assert_eq!(*host.err.borrow(), "");
    // The VM stays usable: each run starts with the full budget again.
    vm.run("total = sum(range(1000))").unwrap();
    assert_eq!(vm.global_as::<i64>("total").unwrap(), 499500);
    // Calls from Rust are limited the same way.
    vm.run("def spin():\n    while True:\n        pass\n").unwrap();
    assert_eq!(vm.call_global("spin", ()).unwrap_err().kind(), ErrorKind::BudgetExceeded);
    // Python code can catch it (and gets a grace to clean up).
    vm.run("from krait import BudgetExceeded\ntry:\n    spin()\nexcept BudgetExceeded:\n    stopped = True\n").unwrap();
    assert!(vm.global_as::<bool>("stopped").unwrap());
    assert_eq!(vm.eval_as::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn interrupt_from_another_thread() {
    let (mut vm, host) = vm_with(Config::default());
    let handle = vm.interrupt_handle();
    let interrupter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let e = vm.run("n = 0\nwhile True:\n    n += 1\n").unwrap_err();
    interrupter.join().unwrap();
    assert_eq!(e.kind(), ErrorKind::Interrupted);
    assert_eq!(e.type_name(), "KeyboardInterrupt");
    assert!(vm.global_as::<i64>("n").unwrap() > 0);
    assert_eq!(*host.err.borrow(), "");
    // The flag was consumed: the VM runs normally again.
    assert!(!vm.interrupt_handle().is_pending());
    vm.run("print('after', 2 + 2)").unwrap();
    assert_eq!(*host.out.borrow(), "after 4\n");
}

#[test]
fn interrupt_is_catchable_in_python() {
    let mut vm = vm();
    let handle = vm.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    vm.run("try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    result = 'interrupted'\n").unwrap();
    t.join().unwrap();
    assert_eq!(vm.global_as::<String>("result").unwrap(), "interrupted");
}

#[test]
fn heap_limit_gives_memory_error_and_the_vm_recovers() {
    let config = Config { heap_limit: Some(4 << 20), budget: Some(10_000_000), recursion_limit: 100, ..Config::default() };
    let mut vm = vm_with(config).0;
    assert_eq!(vm.config.heap_limit, Some(4 << 20));
    assert_eq!(vm.eval_as::<usize>("len([0] * 1000)").unwrap(), 1000);
    let e = vm.run("big = [0] * 10_000_000").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exception);
    assert_eq!(e.type_name(), "MemoryError");
    assert!(e.is_instance_of(ExcKind::MemoryError));
    // Growing step by step hits the limit too, and Python can catch it.
    vm.run("chunks = []
try:
    while True:
        chunks.append('x' * 10000)
except MemoryError:
    n = len(chunks)
    chunks = None
").unwrap();
    let n = vm.global_as::<usize>("n").unwrap();
    assert!(n > 0 && n < 420, "{}", n);
    // The VM recovers: the memory is free again.
    assert_eq!(vm.eval_as::<usize>("len('y' * 1_000_000)").unwrap(), 1_000_000);
}

#[test]
fn errors_display_and_debug() {
    let mut vm = vm();
    let e: Error = vm.eval("int('x')").unwrap_err();
    assert_eq!(format!("{}", e), "ValueError: invalid literal for int() with base 10: 'x'");
    assert_eq!(
        format!("{:?}", e),
        "Error { kind: Exception, type_name: \"ValueError\", message: \"invalid literal for int() with base 10: 'x'\" }"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert!(boxed.to_string().starts_with("ValueError"));
    // PyErr from the lower-level API converts too.
    let e = vm.error(PyErr::new(ExcKind::IndexError, "out"));
    assert_eq!(e.to_string(), "IndexError: out");
}

#[test]
fn embedding_objects_are_charged_to_the_vm_heap_and_freed() {
    let (mut vm, _host) = vm_with(Config::default());
    let heap = vm.heap();
    let before = heap.used();
    vm.set_global("data", vec![0i64; 100_000]);
    assert!(heap.used() >= before + 800_000, "set_global's list is charged: {} -> {}", before, heap.used());
    // A closure module, a call, an error and a cycle: all freed with the VM.
    ModuleBuilder::new("m").closure("f", |_vm, args, _kw| Ok(args.len().into_py())).install(&mut vm);
    vm.run("import m\nclass Node:\n    pass\na = Node()\na.self = a\n").unwrap();
    assert_eq!(vm.call_global_as::<usize>("len", (vec![1, 2],)).unwrap(), 2);
    let _ = vm.eval("m.f(1, 2) + undefined").unwrap_err();
    drop(vm);
    assert_eq!(heap.live_objects(), 0, "every object of the VM was freed");
    assert_eq!(heap.used(), 0);
}
