//! The CLI's [`Host`]: buffered stdout, stderr, a module loader searching
//! the script's folder and `KRAITPATH`, the system clocks, and the hook
//! installing the native `os` module.

use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use core_vm::vm::Host;
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

    fn sleep_ns(&mut self, ns: u64) {
        flush_stdout();
        std::thread::sleep(std::time::Duration::from_nanos(ns));
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

/// Register the CLI's native `os` module (see [`crate::os_module`]).
pub fn install_os_module(vm: &mut Vm) {
    crate::os_module::install(vm);
}
