//! The compiler: AST to code objects.
//!
//! [`symtable`] resolves every name's scope; [`codegen`] emits bytecode with
//! CPython 3.11's shapes (exception tables built from a handler stack,
//! `finally` bodies duplicated on each exit path, comprehensions as nested
//! functions).

pub mod codegen;
mod constset;
pub mod symtable;

use alloc::rc::Rc;

use crate::bytecode::Code;
use crate::syntax::SyntaxError;

/// What a piece of source is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or script.
    Module,
    /// One REPL input: expression statements print their value.
    Interactive,
}

/// Parse and compile `source` into a module code object.
pub fn compile(source: &str, filename: Rc<str>, mode: Mode) -> Result<Rc<Code>, SyntaxError> {
    let module = crate::syntax::parse_module(source)?;
    codegen::compile_module(&module, filename, mode)
}

/// Parse and compile the source of an `eval` (one expression list): the
/// code object returns the expression's value.
pub fn compile_expression(source: &str, filename: Rc<str>) -> Result<Rc<Code>, SyntaxError> {
    let expr = crate::syntax::parse_expression(source)?;
    let module = crate::syntax::ast::Module {
        body: alloc::vec![crate::syntax::ast::Stmt { loc: expr.loc, kind: crate::syntax::ast::StmtKind::Expr(expr) }],
    };
    codegen::compile_eval(&module, filename)
}
