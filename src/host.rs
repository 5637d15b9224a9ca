//! The CLI's [`Host`]: buffered stdout, stderr, a module loader searching
//! the script's folder and `KRAITPATH`, the system clocks, and the native
//! `os` module (`getenv`, `environ`).

use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use core_vm::objects::{Dict, PyErr, PyResult, Value};
use core_vm::vm::{native_function, Host};
use core_vm::Vm;

thread_local! {
    static STDOUT: RefCell<std::io::BufWriter<std::io::Stdout>> =
        RefCell::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
}

/// Flush buffered standard output.
pub fn flush_stdout() {
    STDOUT.with(|s| {
        let _ = s.borrow_mut().flush();
    });
}

/// The command-line program's host.
pub struct CliHost {
    search_path: Vec<PathBuf>,
    start: Instant,
    /// Flush stdout after every write (interactive use).
    pub unbuffered: bool,
}

impl CliHost {
    /// A host whose module search path is the script's folder, then each
    /// folder of `KRAITPATH`.
    pub fn new(script_dir: Option<PathBuf>) -> CliHost {
        let mut search_path = Vec::new();
        if let Some(d) = script_dir {
            search_path.push(d);
        }
        if let Ok(p) = std::env::var("KRAITPATH") {
            for part in std::env::split_paths(&p) {
                if !part.as_os_str().is_empty() {
                    search_path.push(part);
                }
            }
        }
        CliHost { search_path, start: Instant::now(), unbuffered: false }
    }
}

impl Host for CliHost {
    fn write_stdout(&mut self, s: &str) {
        STDOUT.with(|out| {
            let mut out = out.borrow_mut();
            let _ = out.write_all(s.as_bytes());
            if self.unbuffered {
                let _ = out.flush();
            }
        });
    }

    fn write_stderr(&mut self, s: &str) {
        flush_stdout();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    fn find_module(&mut self, name: &str) -> Option<(String, String, bool)> {
        let rel: PathBuf = name.split('.').collect();
        for dir in &self.search_path {
            let file = dir.join(&rel).with_extension("py");
            if let Ok(src) = std::fs::read_to_string(&file) {
                return Some((file.to_string_lossy().into_owned(), src, false));
            }
            let init = dir.join(&rel).join("__init__.py");
            if let Ok(src) = std::fs::read_to_string(&init) {
                return Some((init.to_string_lossy().into_owned(), src, true));
            }
        }
        None
    }

    fn monotonic_ns(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    fn time_ns(&mut self) -> u64 {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
    }

    fn read_line(&mut self) -> Option<String> {
        flush_stdout();
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    }
}

/// Register the CLI's native `os` module.
pub fn install_os_module(vm: &mut Vm) {
    vm.register_native_module("os", os_init);
}

fn os_init(_vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    let mut env = Dict::new();
    for (k, v) in std::env::vars() {
        env.set_str(&k, Value::string(v));
    }
    d.set_str("environ", Value::dict(env));
    d.set_str("getenv", native_function("getenv", os_getenv));
    d.set_str("name", Value::str("posix"));
    d.set_str("sep", Value::str("/"));
    d.set_str("linesep", Value::str("\n"));
    d.set_str("getcwd", native_function("getcwd", os_getcwd));
    Ok(d)
}

fn os_getenv(vm: &mut Vm, args: &[Value], kw: &[(std::rc::Rc<str>, Value)]) -> PyResult<Value> {
    let key = args.first().or_else(|| kw.iter().find(|(k, _)| &**k == "key").map(|(_, v)| v));
    let default = args.get(1).or_else(|| kw.iter().find(|(k, _)| &**k == "default").map(|(_, v)| v)).cloned();
    let Some(key) = key else {
        return Err(PyErr::type_error("getenv() missing 1 required positional argument: 'key'"));
    };
    let Some(k) = key.as_str() else {
        return Err(PyErr::type_error(format!("str expected, not {}", vm.type_name(key))));
    };
    match std::env::var(k) {
        Ok(v) => Ok(Value::string(v)),
        Err(_) => Ok(default.unwrap_or(Value::None)),
    }
}

fn os_getcwd(_vm: &mut Vm, _args: &[Value], _kw: &[(std::rc::Rc<str>, Value)]) -> PyResult<Value> {
    Ok(Value::string(std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()))
}
