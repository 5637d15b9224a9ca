//! Embedding Krait in a Rust program: `cargo run --release --example embed`.
//!
//! Shows, in order:
//! 1. a `Host` that captures `print` output in a buffer and supplies a fake
//!    clock, and a `Config` with an instruction budget, a recursion limit
//!    and a heap limit;
//! 2. a native module `board` (`import board; board.led(1)`) whose
//!    functions keep their state on the Rust side, and a native builtin
//!    function;
//! 3. running a script, then calling one of its Python functions from Rust
//!    with Rust values and reading the result back as a Rust value;
//! 4. a Python exception caught as a Rust `Error` (type name + message);
//! 5. the budget stopping `while True: pass` with a distinct error, an
//!    interrupt from another thread doing the same, and the VM staying
//!    usable after both.
//!
//! See docs/embedding.md for the guide.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use core_vm::embed::{Error, ErrorKind, IntoPy, Kwargs, ModuleBuilder};
use core_vm::vm::Host;
use core_vm::{Config, PyErr, PyResult, Value, Vm};

// ---------------------------------------------------------------- the host

/// Where the VM's output goes and what its clock says. The embedder keeps
/// clones of the `Rc`s to read the output and move the clock.
struct DemoHost {
    stdout: Rc<RefCell<String>>,
    clock_ns: Rc<Cell<u64>>,
}

impl Host for DemoHost {
    fn write_stdout(&mut self, s: &str) {
        self.stdout.borrow_mut().push_str(s);
    }
    fn write_stderr(&mut self, s: &str) {
        // Nothing in this example writes to stderr: the embedding API
        // returns errors instead of printing them.
        self.stdout.borrow_mut().push_str(s);
    }
    /// A fake monotonic clock: 10 ms pass every time a script reads it.
    fn monotonic_ns(&mut self) -> u64 {
        let now = self.clock_ns.get();
        self.clock_ns.set(now + 10_000_000);
        now
    }
}

// ------------------------------------------------- the native `board` module

/// The board's state, owned by the VM (`vm.set_state`). A native function
/// is a plain `fn` pointer and cannot capture anything, so it finds its
/// state through the `&mut Vm` it is given.
#[derive(Default)]
struct Board {
    /// One bit per LED that is on.
    leds: u32,
    /// Every `led()` call, in order.
    log: Vec<(u32, bool)>,
}

/// State that is global to the program anyway can also be a `static`.
static LED_CALLS: AtomicU32 = AtomicU32::new(0);

/// `board.led(pin, on=True)`: switch an LED.
fn board_led(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (pin, on): (u32, Option<bool>) = vm.extract_args("led", args, kw)?;
    if pin >= 8 {
        return Err(PyErr::value_error(format!("board has no LED {}", pin)));
    }
    let on = on.unwrap_or(true);
    let board = vm.require_state::<Board>()?;
    if on {
        board.leds |= 1 << pin;
    } else {
        board.leds &= !(1 << pin);
    }
    board.log.push((pin, on));
    LED_CALLS.fetch_add(1, Ordering::Relaxed);
    Ok(Value::None)
}

/// `board.leds()`: the LEDs that are on, as a list of pins.
fn board_leds(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let () = vm.extract_args("leds", args, kw)?;
    let bits = vm.require_state::<Board>()?.leds;
    Ok((0..8).filter(|p| bits & (1 << p) != 0).collect::<Vec<u32>>().into_py())
}

/// A native builtin: `crc8(data)`, the CRC-8 (polynomial 0x07) of a list
/// of byte values.
fn crc8(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (data,): (Vec<u8>,) = vm.extract_args("crc8", args, kw)?;
    let mut crc = 0u8;
    for byte in data {
        crc ^= byte;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x07 } else { crc << 1 };
        }
    }
    Ok(crc.into_py())
}

// ------------------------------------------------------------- the script

const SCRIPT: &str = r#"
import board
import time

print("script: board", board.NAME, "has", board.PINS, "LEDs")
board.led(1)
board.led(3)
board.led(1, False)
t0 = time.monotonic()

def scale(values, factor):
    """Multiply every value; what Rust calls below."""
    return [v * factor for v in values]

def parse_level(text):
    return int(text)

def blink(pins):
    for pin in pins:
        board.led(pin)
    return board.leds()

print("script: LEDs on:", board.leds(), "crc8:", crc8([0x31, 0x32, 0x33]))
print("script: clock advanced by", round(time.monotonic() - t0, 3), "s")
"#;

fn main() {
    match run() {
        Ok(()) => println!("embed example: ok"),
        Err(e) => {
            eprintln!("embed example failed: {}\n{}", e, e.traceback());
            std::process::exit(1);
        }
    }
}

fn run() -> Result<(), Error> {
    // 1. Host and config.
    let stdout = Rc::new(RefCell::new(String::new()));
    let clock_ns = Rc::new(Cell::new(1_000_000_000));
    let host = DemoHost { stdout: stdout.clone(), clock_ns: clock_ns.clone() };
    let config = Config {
        budget: Some(200_000),
        recursion_limit: 100,
        heap_limit: Some(16 << 20),
        ..Config::default()
    };
    let mut vm = Vm::new(Box::new(host), config);
    println!("[1] VM created: budget 200000 instructions, recursion limit 100, heap limit 16 MiB");

    // 2. Native module, its state, and a native builtin.
    vm.set_state(Board::default());
    ModuleBuilder::new("board")
        .doc("LEDs of the demo board.")
        .function("led", board_led)
        .function("leds", board_leds)
        .constant("PINS", 8)
        .constant("NAME", "demo-1")
        .install(&mut vm);
    vm.register_function("crc8", crc8);
    println!("[2] installed native module `board` (led, leds, PINS, NAME) and builtin `crc8`");

    // 3. Run the script; its print output lands in our buffer.
    vm.run_script(SCRIPT, "demo.py")?;
    let captured = stdout.take();
    print!("[3] script ran; captured output:\n{}", indent(&captured));
    let board = vm.state::<Board>().map(|b| (b.leds, b.log.clone())).unwrap_or_default();
    println!("    Rust sees board state: leds=0b{:08b}, calls={:?}, static counter={}", board.0, board.1, LED_CALLS.load(Ordering::Relaxed));
    assert_eq!(board.1, vec![(1, true), (3, true), (1, false)]);

    // Call Python functions with Rust values and read Rust values back.
    let scaled: Vec<f64> = vm.call_global_as("scale", (vec![1.0, 2.5, 4.0], 2))?;
    println!("[3] Rust called scale([1.0, 2.5, 4.0], 2) -> Vec<f64> {:?}", scaled);
    assert_eq!(scaled, vec![2.0, 5.0, 8.0]);
    let on: Vec<u32> = vm.call_global_as("blink", (vec![0u32, 5],))?;
    println!("[3] Rust called blink([0, 5]) -> Vec<u32> {:?} (LEDs now on)", on);
    assert_eq!(on, vec![0, 3, 5]);
    let total: i64 = vm.eval_as("sum(scale([1, 2, 3], 10))")?;
    println!("[3] Rust evaluated sum(scale([1, 2, 3], 10)) -> i64 {}", total);
    assert_eq!(total, 60);

    // 4. A Python exception is a Rust error value.
    let err = vm.call_global("parse_level", ("high",)).expect_err("parse_level('high') must fail");
    println!("[4] parse_level('high') failed: type={} message={:?}", err.type_name(), err.message());
    print!("    traceback:\n{}", indent(err.traceback()));
    assert_eq!(err.kind(), ErrorKind::Exception);
    assert_eq!(err.type_name(), "ValueError");
    let shown = vm.run("board.led(12)").expect_err("there is no LED 12").to_string();
    println!("[4] board.led(12) raised from Rust code: {}", shown);
    assert_eq!(shown, "ValueError: board has no LED 12");

    // 5. The budget stops an endless loop with a distinct error...
    let err = vm.run("while True:\n    pass\n").expect_err("the budget must stop the loop");
    println!("[5] `while True: pass` under the budget -> ErrorKind::{:?} ({})", err.kind(), err);
    assert_eq!(err.kind(), ErrorKind::BudgetExceeded);

    // ... and so does an interrupt from another thread (no budget this time).
    vm.config.budget = None;
    let handle = vm.interrupt_handle();
    let interrupter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    let err = vm.run("while True:\n    pass\n").expect_err("the interrupt must stop the loop");
    let _ = interrupter.join();
    println!("[5] `while True: pass` interrupted from another thread -> ErrorKind::{:?} ({})", err.kind(), err.type_name());
    assert_eq!(err.kind(), ErrorKind::Interrupted);
    vm.config.budget = Some(200_000);

    // The VM is still usable afterwards.
    let on: Vec<u32> = vm.call_global_as("blink", (vec![7u32],))?;
    let n: f64 = vm.eval_as("scale([1.5], 3)[0]")?;
    println!("[5] VM still usable: blink([7]) -> {:?}, scale([1.5], 3)[0] -> {}", on, n);
    assert_eq!(on, vec![0, 3, 5, 7]);
    assert_eq!(n, 4.5);
    Ok(())
}

/// Indent captured text for display.
fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    | {}\n", l)).collect()
}
