//! The interactive REPL: `>>>`/`...` prompts, multi-line blocks (a block
//! statement is finished by an empty line, an open bracket by closing it),
//! errors printed with the REPL going on, expression values echoed.

use std::io::{BufRead, Write};

use core_vm::vm::RunError;
use core_vm::{Config, Vm};

use crate::host::{flush_stdout, CliHost};

/// Run the REPL on standard input; returns the exit status.
pub fn run() -> u8 {
    let mut host = CliHost::new(std::env::current_dir().ok());
    host.unbuffered = true;
    let config = Config { argv: vec![String::new()], host_stack_limit: crate::HOST_STACK_LIMIT, ..Config::default() };
    let mut vm = Vm::new(Box::new(host), config);
    crate::host::install_os_module(&mut vm);
    let interactive = is_tty();
    if interactive {
        eprintln!("Krait {} (Python 3.11 dialect)\nType Ctrl-D to exit.", env!("CARGO_PKG_VERSION"));
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let Some(first) = read(&mut lines, ">>> ") else { break };
        let mut buf = first.clone();
        let block = first.trim_end().ends_with(':');
        loop {
            let complete = match core_vm::syntax::parse_module(&format!("{}\n", buf)) {
                Ok(_) => true,
                Err(e) => !e.incomplete,
            };
            if complete && !block {
                break;
            }
            let Some(next) = read(&mut lines, "... ") else { break };
            if block && next.trim().is_empty() {
                break;
            }
            buf.push('\n');
            buf.push_str(&next);
        }
        if buf.trim().is_empty() {
            continue;
        }
        buf.push('\n');
        if let Err(e) = vm.run_interactive(&buf) {
            if let RunError::Exit(code) = vm.report_error(e) {
                flush_stdout();
                return (code & 0xff) as u8;
            }
        }
        flush_stdout();
    }
    if interactive {
        eprintln!();
    }
    0
}

fn read(lines: &mut std::io::Lines<std::io::StdinLock<'_>>, prompt: &str) -> Option<String> {
    eprint!("{}", prompt);
    let _ = std::io::stderr().flush();
    match lines.next() {
        Some(Ok(l)) => Some(l),
        _ => None,
    }
}

fn is_tty() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal()
}
