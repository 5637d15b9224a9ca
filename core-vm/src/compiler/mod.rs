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
use crate::stack::StackBudget;
use crate::syntax::ast::Loc;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

/// What a piece of source is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or script.
    Module,
    /// One REPL input: expression statements print their value.
    Interactive,
}

/// Host stack the compiler may use when no budget is given (the parser
/// has its own, [`crate::syntax::parser::STACK_BUDGET`]).
pub const STACK_BUDGET: usize = 256 * 1024;

/// Parse and compile `source` into a module code object.
pub fn compile(source: &str, filename: Rc<str>, mode: Mode) -> Result<Rc<Code>, SyntaxError> {
    compile_within(source, filename, mode, StackBudget::here(STACK_BUDGET))
}

/// [`compile`] using at most `stack` of host stack: source nested deeper
/// than that allows is a `RecursionError` ("maximum recursion depth exceeded
/// during compilation", as CPython says), never a stack overflow.
pub fn compile_within(source: &str, filename: Rc<str>, mode: Mode, stack: StackBudget) -> Result<Rc<Code>, SyntaxError> {
    let module = crate::syntax::parse_module_within(source, stack)?;
    codegen::compile_module(&module, filename, mode, stack)
}

/// The error for source that nests deeper than the compiler's stack budget.
pub(crate) fn too_deep(loc: Loc) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Recursion,
        msg: "maximum recursion depth exceeded during compilation".into(),
        line: loc.line,
        col: loc.col + 1,
        end_col: loc.col + 2,
        incomplete: false,
    }
}

/// Parse and compile the source of an `eval` (one expression list): the
/// code object returns the expression's value.
pub fn compile_expression(source: &str, filename: Rc<str>) -> Result<Rc<Code>, SyntaxError> {
    compile_expression_within(source, filename, StackBudget::here(STACK_BUDGET))
}

/// [`compile_expression`] using at most `stack` of host stack.
pub fn compile_expression_within(source: &str, filename: Rc<str>, stack: StackBudget) -> Result<Rc<Code>, SyntaxError> {
    let expr = crate::syntax::parse_expression_within(source, stack)?;
    let module = crate::syntax::ast::Module {
        body: alloc::vec![crate::syntax::ast::Stmt { loc: expr.loc, kind: crate::syntax::ast::StmtKind::Expr(expr) }],
    };
    codegen::compile_eval(&module, filename, stack)
}
