//! Tests of the `krait` program as a user runs it: a script, `-c`, the
//! REPL fed through stdin (multi-line blocks, errors that do not end the
//! session, `sys.exit`), and the switches that are not available yet.

use std::io::Write;
use std::process::{Command, Stdio};

fn krait() -> Command {
    Command::new(env!("CARGO_BIN_EXE_krait"))
}

fn run_with_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = krait()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("krait runs");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("krait finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn runs_the_hello_example() {
    let out = krait().arg("examples/hello.py").output().expect("krait runs");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("Hello, Krait!\nHello, world?\n"), "{}", stdout);
    assert!(stdout.contains("caught: division by zero"), "{}", stdout);
}

#[test]
fn dash_c_runs_code_with_argv() {
    let out = krait().args(["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"]).output().expect("krait runs");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['-c', 'a', 'b'] 42\n");
}

#[test]
fn uncaught_exception_exits_one_with_traceback() {
    let out = krait().args(["-c", "def f():\n    raise KeyError('k')\nf()"]).output().expect("krait runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("Traceback (most recent call last):"), "{}", err);
    assert!(err.trim_end().ends_with("KeyError: 'k'"), "{}", err);
}

#[test]
fn errors_in_a_superinstruction_name_the_line_of_their_half() {
    // `x + y` over two lines: LOAD_FAST x; LOAD_FAST y run as one
    // instruction, and the unbound `y` is reported on its own line, as
    // CPython does; the same for `o.x` whose object is unbound.
    let src = "def pick(flag):\n    if flag:\n        y = o = 1\n    x = 2\n    return (x +\n            y)\n\
               def attr(flag):\n    if flag:\n        o = 1\n    return (\n        o.real)\n\
               for fn in (pick, attr):\n    try:\n        fn(False)\n    except UnboundLocalError as e:\n\
               \x20       print(fn.__name__, e.__traceback__.tb_next.tb_lineno)\n";
    let out = krait().args(["-c", src]).output().expect("krait runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "pick 6\nattr 11\n");
}

#[test]
fn repl_runs_blocks_and_survives_errors() {
    let session = "x = 6\nx * 7\nfor i in range(3):\n    print(i)\n\n1/0\ndef sq(n):\n    return n * n\n\nsq(x)\n'text'\nprint('still here')\n";
    let (code, out, err) = run_with_stdin(&[], session);
    assert_eq!(code, 0, "{}", err);
    assert_eq!(out, "42\n0\n1\n2\n36\n'text'\nstill here\n");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{}", err);
}

#[test]
fn repl_reports_syntax_errors_and_goes_on() {
    let (code, out, err) = run_with_stdin(&[], "if True print(1)\nprint('after')\n");
    assert_eq!(code, 0);
    assert_eq!(out, "after\n");
    assert!(err.contains("SyntaxError"), "{}", err);
}

#[test]
fn repl_open_bracket_continues_without_blank_line() {
    let (_, out, _) = run_with_stdin(&[], "y = [1,\n  2,\n  3]\nprint(sum(y))\n");
    assert_eq!(out, "6\n");
}

#[test]
fn repl_sys_exit_sets_status() {
    let (code, out, _) = run_with_stdin(&[], "print('bye')\nimport sys\nsys.exit(4)\nprint('not reached')\n");
    assert_eq!(code, 4);
    assert_eq!(out, "bye\n");
}

#[test]
fn unavailable_modes_say_so() {
    for flag in ["--jit=uops", "--jit=native", "--jit-threshold=5", "--dump=uops", "--dump=asm"] {
        let out = krait().args([flag, "-c", "print(1)"]).output().expect("krait runs");
        assert_eq!(out.status.code(), Some(2), "{}", flag);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("not available yet"), "{}: {}", flag, err);
    }
    let out = krait().args(["--jit=off", "-c", "print(1)"]).output().expect("krait runs");
    assert!(out.status.success());
}

#[test]
fn missing_file_is_an_error() {
    let out = krait().arg("/nonexistent/script.py").output().expect("krait runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can't open file"));
}

#[test]
fn budget_stops_an_endless_loop_catchably() {
    let src = "import krait\ntry:\n    while True: pass\nexcept krait.BudgetExceeded as e:\n    print('caught', e)\nprint('still running')\nwhile True: pass\n";
    let out = krait().args(["--budget=50000", "-c", src]).output().expect("krait runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "caught instruction budget exhausted\nstill running\n");
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.trim_end().ends_with("BudgetExceeded: instruction budget exhausted"), "{}", err);
}

#[test]
fn budget_refuses_a_single_enormous_big_int_product() {
    // One multiplication or power that no budget could pay for (minutes of
    // native work) is refused up front with the budget's error; small
    // big-int work under the same budget runs.
    let src = "import krait\nx = 7 ** 200\nprint(len(str(x * x)))\ny = 3 ** 10**6\ntry:\n    z = 7 ** 10**9\nexcept krait.BudgetExceeded as e:\n    print('caught', e)\ntry:\n    w = y * y * y * y\n    w = w * w * w * w\n    w = w * w * w * w\n    w = w * w\nexcept krait.BudgetExceeded as e:\n    print('caught', e)\n";
    let out = krait().args(["--budget=200000", "-c", src]).output().expect("krait runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "339\ncaught instruction budget exhausted\ncaught instruction budget exhausted\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn heap_limit_raises_memory_error_and_the_script_goes_on() {
    let src = "l = []\ntry:\n    while True: l.append([0] * 100)\nexcept MemoryError:\n    n = len(l)\n    l = None\n    print('caught', n > 0)\nprint('after', sum(range(1000)))\nx = [0] * 10**9\n";
    let out = krait().args(["--heap-limit=20000000", "-c", src]).output().expect("krait runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "caught True\nafter 499500\n");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.trim_end().ends_with("MemoryError"), "{}", err);
}

#[test]
fn heap_limit_rejects_bad_values() {
    let out = krait().args(["--heap-limit=lots", "-c", "print(1)"]).output().expect("krait runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--heap-limit expects a non-negative integer"));
}

#[test]
fn leak_check_passes_on_cycles_and_reports_nothing() {
    let src = "class A: pass\na = A(); a.me = a\nl = []; l.append(l)\ndef f(): return f\ng = (x for x in l)\nprint('ok')\n";
    let out = krait().args(["--leak-check", "-c", src]).output().expect("krait runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // The script's own status is kept when nothing leaked.
    let out = krait().args(["--leak-check", "-c", "import sys\nx = [1]\nsys.exit(5)"]).output().expect("krait runs");
    assert_eq!(out.status.code(), Some(5));
}

/// Run `script` (in `dir`) as the oracle runner does, with extra flags.
fn run_script(dir: &std::path::Path, script: &str, flags: &[&str]) -> std::process::Output {
    krait()
        .args(flags)
        .arg(script)
        .current_dir(dir)
        .env("KRAITPATH", dir.join("lib"))
        .stdin(Stdio::null())
        .output()
        .expect("krait runs")
}

/// Every oracle script under a small heap limit, with the leak check: a
/// script that fits prints exactly what it prints without a limit; one that
/// does not stops with `MemoryError` (status 1) after printing a prefix of
/// it. Either way the VM tears down with nothing left alive.
#[test]
fn oracle_scripts_under_a_small_heap_limit() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/py")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
        .collect();
    names.sort();
    let (mut fit, mut did_not) = (0, 0);
    for name in &names {
        let expected = std::fs::read(dir.join("expected").join(name.replace(".py", ".out"))).expect("expected output");
        let out = run_script(&dir, name, &["--leak-check", "--heap-limit=220000"]);
        let err = String::from_utf8_lossy(&out.stderr);
        if out.stdout == expected {
            fit += 1;
            assert_ne!(out.status.code(), Some(71), "{}: {}", name, err);
        } else {
            did_not += 1;
            assert_eq!(err.trim_end().lines().last(), Some("MemoryError"), "{}: stderr {}", name, err);
            assert_eq!(out.status.code(), Some(1), "{}", name);
            // Up to the MemoryError the script printed what it prints
            // unlimited; after it only handlers run (`finally`, `except`,
            // `__exit__`): their lines are further lines of the expected
            // output, in order, or mention the MemoryError itself.
            let actual = String::from_utf8_lossy(&out.stdout);
            let wanted = String::from_utf8_lossy(&expected);
            let mut rest = wanted.lines();
            for line in actual.lines() {
                let in_order = line.contains("MemoryError") || rest.any(|w| w == line);
                assert!(in_order, "{}: line not expected before/after the MemoryError: {}", name, line);
            }
        }
    }
    assert!(fit > 100 && did_not > 10, "fit {} did not {}", fit, did_not);
}

/// Benchmark-like scripts (tests/mem): they fit in 6 MB and print what they
/// print unlimited, the object- and string-heavy ones do not fit in 1 MB;
/// a script that keeps everything gets `MemoryError`.
#[test]
fn benchmark_scripts_under_a_heap_limit() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mem");
    for name in ["bench_objects.py", "bench_floats.py", "bench_strings.py"] {
        let free = run_script(&dir, name, &[]);
        assert!(free.status.success(), "{}", name);
        let limited = run_script(&dir, name, &["--leak-check", "--heap-limit=6000000"]);
        assert_eq!(limited.stdout, free.stdout, "{}: {}", name, String::from_utf8_lossy(&limited.stderr));
        assert_eq!(limited.status.code(), Some(0), "{}", name);
        if name != "bench_floats.py" {
            let tiny = run_script(&dir, name, &["--leak-check", "--heap-limit=1000000"]);
            assert_eq!(String::from_utf8_lossy(&tiny.stderr).trim_end().lines().last(), Some("MemoryError"), "{}", name);
        }
    }
    let out = run_script(&dir, "grow_forever.py", &["--leak-check", "--heap-limit=20000000"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).trim_end().ends_with("MemoryError"));
}
