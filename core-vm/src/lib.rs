//! # core-vm — the Krait virtual machine
//!
//! A `no_std` + `alloc` Python 3 dialect VM meant to be linked into kernels,
//! firmware and bare-metal programs. The pipeline (see `ARCHITECTURE.md`):
//!
//! ```text
//! source ─► syntax (lexer, parser) ─► AST ─► compiler ─► bytecode (code objects)
//!        ─► interp (tier 1: bytecode handlers built from the uop table)
//! ```
//!
//! Layout:
//! - [`syntax`]: tokens, parser, AST, `SyntaxError`.
//! - [`compiler`]: symbol tables and code generation into [`bytecode`].
//! - [`bytecode`]: opcodes, code objects, exception tables.
//! - [`uops`]: the single table of micro-operations; every bytecode is a
//!   sequence of uops, and the interpreter's handlers are built from it.
//! - [`objects`]: the value representation and every built-in type.
//! - [`mem`]: the per-VM heap (accounting, the heap limit) and the cycle
//!   collector.
//! - [`interp`]: frames and the evaluation loop.
//! - [`builtins`] and [`modules`]: the built-in functions and native modules.
//! - [`vm`]: the VM itself (`Vm`, `Config`, host hooks) and the object protocol.
//! - [`embed`]: the embedding API: run code, call Python from Rust, convert
//!   values, native functions and modules, errors as Rust values.
//! - [`format`]: numeric text (float repr, format specs, parsing).
//! - [`numeric`]: double-double arithmetic and correctly rounded `exp`/`log`/trig/`pow`.
#![no_std]
#![forbid(unsafe_op_in_unsafe_fn)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod embed;
pub mod format;
pub mod interp;
pub mod mem;
pub mod modules;
pub mod numeric;
pub mod objects;
pub mod syntax;
pub mod uops;
pub mod vm;

pub use objects::{PyErr, PyResult, Value};
pub use vm::{Config, Host, Vm};
