//! `krait`: run Python-dialect scripts on the Krait VM.
//!
//! ```text
//! krait FILE [ARGS...]      run a script
//! krait -c CODE [ARGS...]   run code given on the command line
//! krait                     interactive REPL
//! ```
//! Switches (before the script): `--jit=off|uops|native`, `--jit-threshold=N`,
//! `--jit-stats`, `--dump=uops|asm`, `--heap-limit=BYTES`, `--budget=N`.
//! Modes that later work fills in say so plainly and exit with status 2.
//!
//! `--leak-check` (for the test suite, not in the usage text) tears the VM
//! down at exit — modules and globals cleared, everything dropped, a final
//! cycle collection with no roots left — and fails with status 71 and a
//! census on stderr if any heap object is still alive. Without it the
//! process exits without freeing the VM's objects, as CPython does.

mod allocator;
mod host;
mod os_module;
mod repl;

use std::process::ExitCode;

/// mimalloc instead of the system allocator: much cheaper small
/// allocations and frees, which the VM makes for every object.
#[global_allocator]
static ALLOCATOR: allocator::Mimalloc = allocator::Mimalloc;

use core_vm::vm::RunError;
use core_vm::{Config, Vm};

/// Exit status when `--budget` ran out (the traceback ends in
/// `krait.BudgetExceeded`).
const EXIT_BUDGET: u8 = 3;
/// Exit status after an unhandled `KeyboardInterrupt` (as CPython: 128 + SIGINT).
const EXIT_INTERRUPTED: u8 = 130;
/// Exit status when `--leak-check` found heap objects alive after teardown.
const EXIT_LEAKED: u8 = 71;

/// Parsed command line.
struct Options {
    jit: String,
    jit_threshold: Option<u64>,
    jit_stats: bool,
    dump: Option<String>,
    heap_limit: Option<u64>,
    budget: Option<u64>,
    leak_check: bool,
    command: Option<String>,
    script: Option<String>,
    args: Vec<String>,
}

const USAGE: &str = "usage: krait [--jit=off|uops|native] [--jit-threshold=N] [--jit-stats] [--dump=uops|asm]\n             [--heap-limit=BYTES] [--budget=N] [-c CODE | FILE] [ARGS...]\n";

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        jit: String::from("off"),
        jit_threshold: None,
        jit_stats: false,
        dump: None,
        heap_limit: None,
        budget: None,
        leak_check: false,
        command: None,
        script: None,
        args: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let num = |v: &str, name: &str| v.parse::<u64>().map_err(|_| format!("krait: {} expects a non-negative integer, got '{}'", name, v));
        if let Some(v) = a.strip_prefix("--jit=") {
            o.jit = String::from(v);
        } else if let Some(v) = a.strip_prefix("--jit-threshold=") {
            o.jit_threshold = Some(num(v, "--jit-threshold")?);
        } else if a == "--jit-stats" {
            o.jit_stats = true;
        } else if let Some(v) = a.strip_prefix("--dump=") {
            o.dump = Some(String::from(v));
        } else if let Some(v) = a.strip_prefix("--heap-limit=") {
            o.heap_limit = Some(num(v, "--heap-limit")?);
        } else if let Some(v) = a.strip_prefix("--budget=") {
            o.budget = Some(num(v, "--budget")?);
        } else if a == "--leak-check" {
            o.leak_check = true;
        } else if a == "-c" {
            let code = it.next().ok_or_else(|| String::from("Argument expected for the -c option"))?;
            o.command = Some(code);
            o.args = it.collect();
            break;
        } else if a == "-h" || a == "--help" {
            return Err(String::from(USAGE));
        } else if a.starts_with("--") {
            return Err(format!("krait: unknown option {}\n{}", a, USAGE));
        } else {
            o.script = Some(a);
            o.args = it.collect();
            break;
        }
    }
    Ok(o)
}

/// Reject modes that are not built yet, with a plain message.
fn check_modes(o: &Options) -> Result<(), String> {
    match o.jit.as_str() {
        "off" => {}
        "uops" => return Err(String::from("krait: --jit=uops is not available yet: the trace recorder and uop interpreter arrive with the tracing-frontend issue (use --jit=off)")),
        "native" => return Err(String::from("krait: --jit=native is not available yet: the copy-and-patch backend arrives with the stencil issues (use --jit=off)")),
        other => return Err(format!("krait: unknown --jit mode '{}' (expected off, uops or native)", other)),
    }
    if o.jit_threshold.is_some() {
        return Err(String::from("krait: --jit-threshold is not available yet: there is no JIT in this build (only --jit=off)"));
    }
    if let Some(d) = &o.dump {
        return match d.as_str() {
            "uops" | "asm" => Err(format!("krait: --dump={} is not available yet: there are no traces in this build", d)),
            other => Err(format!("krait: unknown --dump kind '{}' (expected uops or asm)", other)),
        };
    }
    Ok(())
}

/// The host stack of the thread the VM runs on.
const VM_STACK: usize = 256 << 20;

/// What the VM may use of it before `RecursionError` (the rest is headroom
/// for what runs between two of the VM's stack checks).
pub const HOST_STACK_LIMIT: usize = VM_STACK - (4 << 20);

fn main() -> ExitCode {
    allocator::keep_freed_memory();
    let opts = match parse_args() {
        Ok(o) => o,
        Err(msg) => {
            eprint!("{}", if msg.ends_with('\n') { msg.clone() } else { format!("{}\n", msg) });
            return ExitCode::from(2);
        }
    };
    if let Err(msg) = check_modes(&opts) {
        eprintln!("{}", msg);
        return ExitCode::from(2);
    }
    // Python-to-Python calls do not use the host stack, but native code
    // calling back into Python does; give the VM a generous stack.
    let child = std::thread::Builder::new().stack_size(VM_STACK).spawn(move || run(opts));
    match child.map(|c| c.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("krait: internal error: the VM thread failed");
            ExitCode::from(70)
        }
    }
}

fn run(opts: Options) -> u8 {
    if opts.jit_stats {
        eprintln!("krait: jit stats: no JIT in this build (interpreter only)");
    }
    let (source, filename, script_dir) = if let Some(code) = &opts.command {
        (code.clone(), String::from("<string>"), std::env::current_dir().ok())
    } else if let Some(path) = &opts.script {
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => {
                    let dir = std::path::Path::new(path).parent().map(|p| {
                        if p.as_os_str().is_empty() {
                            std::path::PathBuf::from(".")
                        } else {
                            p.to_path_buf()
                        }
                    });
                    (s, path.clone(), dir)
                }
                Err(_) => {
                    eprintln!("krait: can't decode file '{}': not UTF-8", path);
                    return 1;
                }
            },
            Err(e) => {
                eprintln!("krait: can't open file '{}': [Errno {}] {}", path, e.raw_os_error().unwrap_or(0), e);
                return 2;
            }
        }
    } else {
        return repl::run();
    };
    let mut argv = vec![if opts.command.is_some() { String::from("-c") } else { filename.clone() }];
    argv.extend(opts.args.iter().cloned());
    let heap_limit = match opts.heap_limit.map(usize::try_from) {
        Some(Ok(n)) => Some(n),
        Some(Err(_)) => None,
        None => None,
    };
    let config = Config { argv, budget: opts.budget, heap_limit, host_stack_limit: HOST_STACK_LIMIT, ..Config::default() };
    let host = host::CliHost::new(script_dir);
    let mut vm = Vm::new(Box::new(host), config);
    host::install_os_module(&mut vm);
    let code = match vm.run_main(&source, &filename) {
        Ok(()) => 0,
        Err(RunError::Exit(code)) => (code & 0xff) as u8,
        Err(RunError::Exception(_)) => 1,
        Err(RunError::BudgetExceeded(_)) => EXIT_BUDGET,
        Err(RunError::Interrupted(_)) => EXIT_INTERRUPTED,
    };
    host::flush_stdout();
    if !opts.leak_check {
        // The process is about to exit: freeing every object first would
        // only cost time.
        std::mem::forget(vm);
        return code;
    }
    let heap = vm.heap();
    drop(vm);
    match leak_report(&heap) {
        Some(report) => {
            eprint!("{}", report);
            EXIT_LEAKED
        }
        None => code,
    }
}

/// After the VM is dropped: `None` if its heap is empty, else a report of
/// what is still alive.
fn leak_report(heap: &core_vm::mem::Heap) -> Option<String> {
    let live = heap.live_objects();
    if live == 0 {
        return None;
    }
    let mut out = format!("krait: leak check: {} heap objects still alive after teardown ({} bytes)\n", live, heap.used());
    let census = core_vm::mem::census(heap);
    let named: usize = census.iter().map(|(_, n)| n).sum();
    for (name, n) in census {
        out.push_str(&format!("  {:>7}  {}\n", n, name));
    }
    if named < live {
        out.push_str(&format!("  {:>7}  (not reachable from a container)\n", live - named));
    }
    out.push_str(&format!("krait: leak check failed: {} objects leaked\n", live));
    Some(out)
}
