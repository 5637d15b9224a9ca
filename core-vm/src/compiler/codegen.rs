//! Bytecode generation for one module and all its nested scopes.
//!
//! Structure (CPython 3.11's): a `CodeBuilder` per code object; labels are
//! resolved at the end; every instruction records the innermost active
//! exception handler, from which the exception table is built. Control
//! transfers out of `try`/`with`/`except`/loops (`return`, `break`,
//! `continue`) first emit the cleanup of each block they leave ("frame
//! blocks"), with `finally` bodies duplicated on each exit path.

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use num_traits::ToPrimitive;

use super::symtable::{self, NameScope, ScopeKind, SymbolTable};
use super::Mode;
use crate::bytecode::{flags, Code, ExcEntry, Instr, Op};
use crate::objects::Value;
use crate::stack::StackBudget;
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

type CResult<T = ()> = Result<T, SyntaxError>;

fn error(loc: Loc, msg: impl Into<String>) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg: msg.into(),
        line: loc.line,
        col: loc.col + 1,
        end_col: loc.col + 2,
        incomplete: false,
    }
}

/// A jump target, resolved when the code object is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Label(u32);

/// The blocks a `return`/`break`/`continue` may have to leave.
#[derive(Clone)]
enum FBlock {
    While { brk: Label, cont: Label },
    For { brk: Label, cont: Label },
    TryExcept,
    FinallyTry { body: Rc<Vec<Stmt>> },
    FinallyEnd,
    With,
    HandlerCleanup { name: Option<Name> },
}

struct FBlockEntry {
    block: FBlock,
    /// Handler-stack height when the block was entered.
    handlers: usize,
}

struct CodeBuilder {
    scope: usize,
    name: Rc<str>,
    qualname: Rc<str>,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    /// Innermost handler of each instruction: (label, stack depth).
    handler_of: Vec<Option<(Label, u32)>>,
    labels: Vec<Option<u32>>,
    consts: Vec<Value>,
    names: Vec<Value>,
    name_index: BTreeMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    handlers: Vec<(Label, u32)>,
    fblocks: Vec<FBlockEntry>,
    /// Values the structure keeps on the stack (loop iterators, ...).
    level: u32,
    line: u32,
    firstlineno: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    docstring: Value,
}

struct Compiler<'a> {
    st: &'a SymbolTable,
    filename: Rc<str>,
    mode: Mode,
    stack: Vec<CodeBuilder>,
    nesting: u32,
    /// Host stack the recursion over the AST may use.
    host_stack: StackBudget,
}

/// Compile a parsed module, using at most `host_stack` of host stack.
pub fn compile_module(module: &Module, filename: Rc<str>, mode: Mode, host_stack: StackBudget) -> CResult<Rc<Code>> {
    let st = symtable::build(module, host_stack)?;
    let mut c = Compiler { st: &st, filename, mode, stack: Vec::new(), nesting: 0, host_stack };
    c.push_builder(0, Rc::from("<module>"), Rc::from("<module>"), 1);
    if let Some(doc) = docstring_of(&module.body) {
        c.load_const(Value::str(&doc));
        c.store_name_str("__doc__");
    }
    c.stmts(&module.body)?;
    c.load_const(Value::None);
    c.emit(Op::ReturnValue, 0);
    let b = c.stack.pop().ok_or_else(|| error(Loc::default(), "internal compiler error"))?;
    Ok(Rc::new(c.finish(b)))
}

/// Compile the input of an `eval`: `module` must hold exactly one
/// expression statement (as built by [`super::compile_expression`]); the
/// code object returns the expression's value.
pub fn compile_eval(module: &Module, filename: Rc<str>, host_stack: StackBudget) -> CResult<Rc<Code>> {
    let [Stmt { kind: StmtKind::Expr(expr), .. }] = module.body.as_slice() else {
        return Err(error(Loc::default(), "internal compiler error: eval input is not one expression"));
    };
    let st = symtable::build(module, host_stack)?;
    let mut c = Compiler { st: &st, filename, mode: Mode::Module, stack: Vec::new(), nesting: 0, host_stack };
    c.push_builder(0, Rc::from("<module>"), Rc::from("<module>"), 1);
    c.expr(expr)?;
    c.emit(Op::ReturnValue, 0);
    let b = c.stack.pop().ok_or_else(|| error(Loc::default(), "internal compiler error"))?;
    Ok(Rc::new(c.finish(b)))
}

fn docstring_of(body: &[Stmt]) -> Option<Rc<str>> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. })) => Some(s.clone()),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    fn b(&mut self) -> &mut CodeBuilder {
        // The stack is never empty while compiling (a builder is pushed for
        // the module before any statement).
        let n = self.stack.len() - 1;
        &mut self.stack[n]
    }

    fn bref(&self) -> &CodeBuilder {
        &self.stack[self.stack.len() - 1]
    }

    fn scope(&self) -> &symtable::Scope {
        &self.st.scopes[self.bref().scope]
    }

    fn push_builder(&mut self, scope: usize, name: Rc<str>, qualname: Rc<str>, line: u32) {
        let sc = &self.st.scopes[scope];
        let mut varnames: Vec<Rc<str>> = Vec::new();
        let mut cellvars: Vec<Rc<str>> = Vec::new();
        let mut freevars: Vec<Rc<str>> = Vec::new();
        if sc.kind == ScopeKind::Function || sc.kind == ScopeKind::Comprehension {
            for p in &sc.params {
                varnames.push(p.clone());
            }
        }
        for (n, _) in &sc.symbols {
            match sc.lookup(n) {
                NameScope::Local => {
                    if sc.kind != ScopeKind::Class && !varnames.contains(n) {
                        varnames.push(n.clone());
                    }
                }
                NameScope::Cell => {
                    if !cellvars.contains(n) {
                        cellvars.push(n.clone());
                    }
                }
                NameScope::Free => {
                    if !freevars.contains(n) {
                        freevars.push(n.clone());
                    }
                }
                _ => {}
            }
        }
        for (n, s) in &sc.resolved {
            match s {
                NameScope::Cell if !cellvars.contains(n) => cellvars.push(n.clone()),
                NameScope::Free if !freevars.contains(n) => freevars.push(n.clone()),
                _ => {}
            }
        }
        for n in &sc.pass_through {
            if !freevars.contains(n) {
                freevars.push(n.clone());
            }
        }
        self.stack.push(CodeBuilder {
            scope,
            name,
            qualname,
            instrs: Vec::new(),
            lines: Vec::new(),
            handler_of: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: BTreeMap::new(),
            varnames,
            cellvars,
            freevars,
            handlers: Vec::new(),
            fblocks: Vec::new(),
            level: 0,
            line,
            firstlineno: line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            docstring: Value::None,
        });
    }

    fn finish(&self, b: CodeBuilder) -> Code {
        let resolve = |l: Label| b.labels.get(l.0 as usize).copied().flatten().unwrap_or(0);
        let mut instrs = b.instrs.clone();
        for ins in instrs.iter_mut() {
            if is_jump(ins.op) {
                ins.arg = resolve(Label(ins.arg));
            }
        }
        // Exception table: merge runs of instructions with the same handler.
        let mut table: Vec<ExcEntry> = Vec::new();
        let mut i = 0usize;
        while i < b.handler_of.len() {
            if let Some((label, depth)) = b.handler_of[i] {
                let start = i;
                while i < b.handler_of.len() && b.handler_of[i] == Some((label, depth)) {
                    i += 1;
                }
                table.push(ExcEntry { start: start as u32, end: i as u32, target: resolve(label), depth });
            } else {
                i += 1;
            }
        }
        let cell_args = b
            .cellvars
            .iter()
            .map(|c| b.varnames.iter().position(|v| v == c).map(|p| p as u32))
            .collect();
        fold_returns(&mut instrs);
        let (instrs, caches) = Code::quickenable(instrs);
        Code {
            name: b.name.clone(),
            qualname: b.qualname.clone(),
            filename: self.filename.clone(),
            firstlineno: b.firstlineno,
            instrs,
            caches,
            lines: b.lines.clone(),
            consts: b.consts.clone(),
            names: b.names.clone(),
            varnames: b.varnames.clone(),
            cellvars: b.cellvars.clone(),
            freevars: b.freevars.clone(),
            cell_args,
            argcount: b.argcount,
            posonlyargcount: b.posonly,
            kwonlyargcount: b.kwonly,
            flags: b.flags,
            stacksize: 16,
            exc_table: table,
            docstring: b.docstring.clone(),
        }
    }

    // ----- emission ------------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) {
        let b = self.b();
        b.instrs.push(Instr { op, arg });
        b.lines.push(b.line);
        let h = b.handlers.last().copied();
        b.handler_of.push(h);
    }

    fn new_label(&mut self) -> Label {
        let b = self.b();
        b.labels.push(None);
        Label((b.labels.len() - 1) as u32)
    }

    fn bind_label(&mut self, l: Label) {
        let b = self.b();
        let pos = b.instrs.len() as u32;
        if let Some(slot) = b.labels.get_mut(l.0 as usize) {
            *slot = Some(pos);
        }
    }

    fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0);
    }

    fn load_const(&mut self, v: Value) {
        let b = self.b();
        b.consts.push(v);
        let i = (b.consts.len() - 1) as u32;
        self.emit(Op::LoadConst, i);
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let b = self.b();
        if let Some(i) = b.name_index.get(name) {
            return *i;
        }
        let i = b.names.len() as u32;
        b.names.push(Value::str(name));
        b.name_index.insert(Rc::from(name), i);
        i
    }

    fn push_handler(&mut self, l: Label) {
        let level = self.b().level;
        self.b().handlers.push((l, level));
    }

    fn pop_handler(&mut self) {
        self.b().handlers.pop();
    }

    fn set_line(&mut self, loc: Loc) {
        if loc.line > 0 {
            self.b().line = loc.line;
        }
    }

    // ----- names ---------------------------------------------------------

    fn cell_index(&self, name: &str) -> Option<u32> {
        let b = self.bref();
        if let Some(i) = b.cellvars.iter().position(|c| &**c == name) {
            return Some(i as u32);
        }
        b.freevars.iter().position(|c| &**c == name).map(|i| (i + b.cellvars.len()) as u32)
    }

    fn local_index(&self, name: &str) -> Option<u32> {
        self.bref().varnames.iter().position(|v| &**v == name).map(|i| i as u32)
    }

    /// `name` mangled for the current class context.
    fn mangled(&self, name: &str) -> Rc<str> {
        symtable::mangle(self.scope().private.as_ref(), &Rc::from(name))
    }

    /// Index of an attribute name (mangled) in the names table.
    fn attr_idx(&mut self, name: &str) -> u32 {
        let m = self.mangled(name);
        self.name_idx(&m)
    }

    fn name_op(&mut self, name: &str, ctx: Ctx, loc: Loc) -> CResult {
        let mangled = self.mangled(name);
        let name: &str = &mangled;
        let kind = self.scope().kind;
        let scope = self.scope().lookup(name);
        // Which family of (load, store, delete) opcodes, and what it indexes.
        let (ops, slot) = match (kind, scope) {
            (ScopeKind::Module, _) | (_, NameScope::GlobalExplicit) => (GLOBAL_OPS, Slot::Name),
            (ScopeKind::Class, NameScope::Free) => (CLASS_DEREF_OPS, Slot::Cell),
            // Class bodies look names up in the class namespace first.
            (ScopeKind::Class, _) => (NAME_OPS, Slot::Name),
            (_, NameScope::GlobalImplicit) => (GLOBAL_OPS, Slot::Name),
            (_, NameScope::Local) => (FAST_OPS, Slot::Local),
            (_, NameScope::Cell) | (_, NameScope::Free) => (DEREF_OPS, Slot::Cell),
        };
        let arg = match slot {
            Slot::Name => self.name_idx(name),
            Slot::Local => self.local_index(name).ok_or_else(|| error(loc, "internal: missing local"))?,
            Slot::Cell => self.cell_index(name).ok_or_else(|| error(loc, "internal: missing cell"))?,
        };
        let op = match ctx {
            Ctx::Load => ops[0],
            Ctx::Store => ops[1],
            Ctx::Del => ops[2],
        };
        self.emit(op, arg);
        Ok(())
    }

    fn store_name_str(&mut self, name: &str) {
        let _ = self.name_op(name, Ctx::Store, Loc::default());
    }

    // ----- statements ----------------------------------------------------

    fn stmts(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult {
        if self.host_stack.exhausted() {
            return Err(super::too_deep(s.loc));
        }
        self.set_line(s.loc);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.loc),
            StmtKind::ClassDef(c) => self.class_def(c, s.loc),
            StmtKind::Return(v) => {
                if !matches!(self.scope().kind, ScopeKind::Function) {
                    return Err(error(s.loc, "'return' outside function"));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_fblocks(true, None, s.loc)?;
                self.set_line(s.loc);
                self.emit(Op::ReturnValue, 0);
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                } else if !*simple || !matches!(target.kind, ExprKind::Name { .. }) {
                    // `a.b: int` evaluates `a`.
                    if let ExprKind::Attribute { value, .. } = &target.kind {
                        self.expr(value)?;
                        self.emit(Op::PopTop, 0);
                    }
                }
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop, 0);
                }
                Ok(())
            }
            StmtKind::For { target, iter, body, orelse } => self.for_stmt(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(Op::Jump, end);
                }
                self.bind_label(else_l);
                self.stmts(orelse)?;
                self.bind_label(end);
                Ok(())
            }
            StmtKind::With { items, body } => self.with_stmt(items, body, s.loc),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise, n);
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = msg {
                    self.emit(Op::PushNull, 0);
                    self.expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::Raise, 1);
                self.bind_label(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let i = self.name_idx(&a.name);
                    self.emit(Op::ImportName, i);
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for part in parts.iter().skip(1) {
                                let pi = self.name_idx(part);
                                self.emit(Op::ImportFrom, pi);
                                self.emit(Op::Swap, 2);
                                self.emit(Op::PopTop, 0);
                            }
                            self.name_op(asname, Ctx::Store, a.loc)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name);
                            self.name_op(top, Ctx::Store, a.loc)?;
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist: Vec<Value> = names.iter().map(|a| Value::str(&a.name)).collect();
                self.load_const(Value::tuple(fromlist));
                let modname = module.clone().unwrap_or_else(|| Rc::from(""));
                let i = self.name_idx(&modname);
                self.emit(Op::ImportName, i);
                if names.len() == 1 && &*names[0].name == "*" {
                    self.emit(Op::ImportStar, 0);
                    return Ok(());
                }
                for a in names {
                    let ni = self.name_idx(&a.name);
                    self.emit(Op::ImportFrom, ni);
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.name_op(&bound, Ctx::Store, a.loc)?;
                }
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                if self.mode == Mode::Interactive && self.stack.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr, 0);
                    return Ok(());
                }
                if let ExprKind::Constant(_) = e.kind {
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            StmtKind::Break => self.break_continue(true, s.loc),
            StmtKind::Continue => self.break_continue(false, s.loc),
        }
    }

    fn break_continue(&mut self, is_break: bool, loc: Loc) -> CResult {
        let has_loop = self.bref().fblocks.iter().any(|f| matches!(f.block, FBlock::While { .. } | FBlock::For { .. }));
        if !has_loop {
            return Err(error(loc, if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }));
        }
        let target = self.unwind_fblocks(false, Some(is_break), loc)?;
        if let Some(l) = target {
            self.jump(Op::Jump, l);
        }
        Ok(())
    }

    /// Emit the cleanup of every frame block being left. For `return`
    /// (`preserve_tos`), everything up to the function; for `break` /
    /// `continue`, up to the innermost loop, whose label is returned.
    fn unwind_fblocks(&mut self, preserve_tos: bool, loop_exit: Option<bool>, loc: Loc) -> CResult<Option<Label>> {
        let saved: Vec<FBlockEntry> = core::mem::take(&mut self.b().fblocks);
        let saved_handlers = self.b().handlers.clone();
        let saved_level = self.b().level;
        let mut result: Option<Label> = None;
        let mut i = saved.len();
        let mut remaining: Vec<FBlockEntry> = Vec::new();
        while i > 0 {
            i -= 1;
            let entry = &saved[i];
            // Blocks outside the one being unwound stay active for the
            // cleanup code we emit (e.g. a `finally` body).
            self.b().fblocks = saved[..i].iter().map(|e| FBlockEntry { block: e.block.clone(), handlers: e.handlers }).collect();
            self.b().handlers.truncate(entry.handlers);
            match &entry.block {
                FBlock::While { brk, cont } => {
                    if let Some(is_break) = loop_exit {
                        result = Some(if is_break { *brk } else { *cont });
                        break;
                    }
                }
                FBlock::For { brk, cont } => {
                    if let Some(is_break) = loop_exit {
                        if is_break {
                            self.emit(Op::PopTop, 0);
                        }
                        result = Some(if is_break { *brk } else { *cont });
                        break;
                    }
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                }
                FBlock::TryExcept => {}
                FBlock::FinallyTry { body } => {
                    let body = body.clone();
                    self.b().level = saved_level;
                    self.stmts(&body)?;
                    self.set_line(loc);
                }
                FBlock::FinallyEnd => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopExcept, 0);
                }
                FBlock::With => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PushNull, 0);
                    self.load_const(Value::None);
                    self.load_const(Value::None);
                    self.load_const(Value::None);
                    self.emit(Op::Call, 3);
                    self.emit(Op::PopTop, 0);
                }
                FBlock::HandlerCleanup { name } => {
                    if preserve_tos {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopExcept, 0);
                    if let Some(n) = name {
                        self.load_const(Value::None);
                        self.name_op(n, Ctx::Store, loc)?;
                        self.name_op(n, Ctx::Del, loc)?;
                    }
                }
            }
            remaining.push(FBlockEntry { block: entry.block.clone(), handlers: entry.handlers });
        }
        self.b().fblocks = saved;
        self.b().handlers = saved_handlers;
        self.b().level = saved_level;
        Ok(result)
    }

    fn push_fblock(&mut self, block: FBlock) {
        let handlers = self.b().handlers.len();
        self.b().fblocks.push(FBlockEntry { block, handlers });
    }

    fn pop_fblock(&mut self) {
        self.b().fblocks.pop();
    }

    fn for_stmt(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> CResult {
        let start = self.new_label();
        let else_l = self.new_label();
        let brk = self.new_label();
        self.expr(iter)?;
        self.emit(Op::GetIter, 0);
        self.b().level += 1;
        self.bind_label(start);
        self.set_line(iter.loc);
        self.jump(Op::ForIter, else_l);
        self.store_target(target)?;
        self.push_fblock(FBlock::For { brk, cont: start });
        self.stmts(body)?;
        self.pop_fblock();
        self.jump(Op::Jump, start);
        self.b().level -= 1;
        self.bind_label(else_l);
        self.stmts(orelse)?;
        self.bind_label(brk);
        Ok(())
    }

    fn while_stmt(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> CResult {
        let start = self.new_label();
        let else_l = self.new_label();
        let brk = self.new_label();
        self.bind_label(start);
        self.jump_if(test, false, else_l)?;
        self.push_fblock(FBlock::While { brk, cont: start });
        self.stmts(body)?;
        self.pop_fblock();
        self.jump(Op::Jump, start);
        self.bind_label(else_l);
        self.stmts(orelse)?;
        self.bind_label(brk);
        Ok(())
    }

    fn with_stmt(&mut self, items: &[WithItem], body: &[Stmt], loc: Loc) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&first.context_expr)?;
        self.emit(Op::BeforeWith, 0);
        self.b().level += 1;
        self.push_handler(handler);
        self.push_fblock(FBlock::With);
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::PopTop, 0),
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(rest, body, loc)?;
        }
        self.pop_fblock();
        self.pop_handler();
        // Normal exit: exit(None, None, None).
        self.set_line(loc);
        self.emit(Op::PushNull, 0);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call, 3);
        self.emit(Op::PopTop, 0);
        self.b().level -= 1;
        self.jump(Op::Jump, end);
        // Exceptional exit: [exit, exc].
        self.bind_label(handler);
        self.b().level += 1;
        self.emit(Op::PushExcInfo, 0);
        self.b().level += 1;
        self.push_handler(cleanup);
        self.emit(Op::WithExceptStart, 0);
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 1);
        self.bind_label(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.pop_handler();
        self.b().level -= 2;
        self.jump(Op::Jump, end);
        // Cleanup when __exit__ itself raised: [exit, prev, exc2].
        self.bind_label(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.emit(Op::Reraise, 0);
        self.bind_label(end);
        Ok(())
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_handler(handler);
        self.push_fblock(FBlock::TryExcept);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        self.jump(Op::Jump, end);
        // [exc]
        self.bind_label(handler);
        self.emit(Op::PushExcInfo, 0);
        self.b().level += 1;
        self.push_handler(cleanup);
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.loc);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(error(h.loc, "default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch, 0);
                self.jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store, h.loc)?;
                    let cleanup_name = self.new_label();
                    self.push_handler(cleanup_name);
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name.clone()) });
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.emit(Op::PopExcept, 0);
                    self.load_const(Value::None);
                    self.name_op(name, Ctx::Store, h.loc)?;
                    self.name_op(name, Ctx::Del, h.loc)?;
                    self.jump(Op::Jump, end);
                    // An exception inside the handler body: unbind the name.
                    self.bind_label(cleanup_name);
                    self.load_const(Value::None);
                    self.name_op(name, Ctx::Store, h.loc)?;
                    self.name_op(name, Ctx::Del, h.loc)?;
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.push_fblock(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Op::PopExcept, 0);
                    self.jump(Op::Jump, end);
                }
            }
            self.bind_label(next);
        }
        // No handler matched: re-raise (stack [prev, exc]).
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.b().level -= 1;
        self.handler_cleanup(cleanup, end);
        Ok(())
    }

    fn try_finally(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let fbody = Rc::new(finalbody.to_vec());
        self.push_handler(handler);
        self.push_fblock(FBlock::FinallyTry { body: fbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.jump(Op::Jump, end);
        // Exception path: [exc]
        self.bind_label(handler);
        self.emit(Op::PushExcInfo, 0);
        self.b().level += 1;
        self.push_handler(cleanup);
        self.b().level += 1;
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.b().level -= 1;
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.b().level -= 1;
        self.handler_cleanup(cleanup, end);
        Ok(())
    }

    /// The cleanup block of an exception handler (`[prev, exc2]`: restore
    /// the previously handled exception, re-raise `exc2`), then `end`.
    fn handler_cleanup(&mut self, cleanup: Label, end: Label) {
        self.bind_label(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind_label(end);
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> CResult {
        let arg = op as u32 + 13;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, Ctx::Load, target.loc)?;
                self.expr(value)?;
                self.set_line(target.loc);
                self.emit(Op::BinaryOp, arg);
                self.name_op(id, Ctx::Store, target.loc)
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(obj)?;
                self.emit(Op::Copy, 1);
                let i = self.attr_idx(attr);
                self.emit(Op::LoadAttr, i);
                self.expr(value)?;
                self.emit(Op::BinaryOp, arg);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, i);
                Ok(())
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.emit(Op::BinaryOp, arg);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            _ => Err(error(target.loc, "'expression' is an illegal expression for augmented assignment")),
        }
    }

    /// An attribute or subscript target: evaluate the object (and key) and
    /// emit `attr_op`/`subscr_op`. Returns false for other targets.
    fn access_target(&mut self, t: &Expr, attr_op: Op, subscr_op: Op) -> CResult<bool> {
        match &t.kind {
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.attr_idx(attr);
                self.emit(attr_op, i);
                Ok(true)
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(subscr_op, 0);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    fn store_target(&mut self, t: &Expr) -> CResult {
        self.set_line(t.loc);
        if self.access_target(t, Op::StoreAttr, Op::StoreSubscr)? {
            return Ok(());
        }
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Store, t.loc),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    Some(pos) => {
                        if elts.iter().filter(|e| matches!(e.kind, ExprKind::Starred { .. })).count() > 1 {
                            return Err(error(t.loc, "multiple starred expressions in assignment"));
                        }
                        let after = elts.len() - pos - 1;
                        if pos > 255 || after > 255 {
                            return Err(error(t.loc, "too many expressions in star-unpacking assignment"));
                        }
                        self.emit(Op::UnpackEx, (pos as u32) | ((after as u32) << 8));
                    }
                    None => self.emit(Op::UnpackSequence, elts.len() as u32),
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store_target(value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(error(t.loc, "starred assignment target must be in a list or tuple")),
            _ => Err(error(t.loc, "cannot assign to expression")),
        }
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        self.set_line(t.loc);
        if self.access_target(t, Op::DeleteAttr, Op::DeleteSubscr)? {
            return Ok(());
        }
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Del, t.loc),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            _ => Err(error(t.loc, "cannot delete expression")),
        }
    }

    // ----- functions and classes ------------------------------------------

    fn child_qualname(&self, name: &str) -> Rc<str> {
        let b = self.bref();
        let sc = &self.st.scopes[b.scope];
        match sc.kind {
            ScopeKind::Module => Rc::from(name),
            ScopeKind::Class => Rc::from(format!("{}.{}", b.qualname, name).as_str()),
            _ => Rc::from(format!("{}.<locals>.{}", b.qualname, name).as_str()),
        }
    }

    /// Emit defaults / kw-defaults for a function; returns MAKE_FUNCTION flags.
    fn function_defaults(&mut self, args: &Arguments) -> CResult<u32> {
        let mut fl = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            fl |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(args.kw_defaults.iter())
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.load_const(Value::str(&a.name));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kw.len() as u32);
            fl |= 2;
        }
        Ok(fl)
    }

    /// Emit the closure tuple for a child code object, returns flag bits.
    fn make_closure(&mut self, code: &Code) -> CResult<u32> {
        if code.freevars.is_empty() {
            return Ok(0);
        }
        for name in &code.freevars {
            let i = self.cell_index(name).ok_or_else(|| error(Loc::default(), format!("internal: no cell for '{}'", name)))?;
            self.emit(Op::LoadClosure, i);
        }
        self.emit(Op::BuildTuple, code.freevars.len() as u32);
        Ok(8)
    }

    fn enter_nesting(&mut self, loc: Loc) -> CResult {
        self.nesting += 1;
        if self.nesting > 200 {
            return Err(error(loc, "too many statically nested blocks"));
        }
        if self.host_stack.exhausted() {
            return Err(super::too_deep(loc));
        }
        Ok(())
    }

    fn function_body(&mut self, scope: usize, name: Rc<str>, qualname: Rc<str>, args: &Arguments, loc: Loc, body: FnBody) -> CResult<Code> {
        self.enter_nesting(loc)?;
        self.push_builder(scope, name, qualname, loc.line);
        {
            let is_gen = self.st.scopes[scope].is_generator;
            let b = self.b();
            b.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            b.posonly = args.posonlyargs.len() as u32;
            b.kwonly = args.kwonlyargs.len() as u32;
            b.flags = flags::NESTED;
            if args.vararg.is_some() {
                b.flags |= flags::VARARGS;
            }
            if args.kwarg.is_some() {
                b.flags |= flags::VARKEYWORDS;
            }
            if is_gen {
                b.flags |= flags::GENERATOR;
            }
        }
        match body {
            FnBody::Stmts(stmts) => {
                if let Some(doc) = docstring_of(stmts) {
                    self.b().docstring = Value::str(&doc);
                }
                self.stmts(stmts)?;
                self.load_const(Value::None);
                self.emit(Op::ReturnValue, 0);
            }
            FnBody::Expr(e) => {
                self.expr(e)?;
                if self.st.scopes[scope].is_generator {
                    self.emit(Op::PopTop, 0);
                    self.load_const(Value::None);
                }
                self.emit(Op::ReturnValue, 0);
            }
        }
        let b = self.stack.pop().ok_or_else(|| error(loc, "internal compiler error"))?;
        self.nesting -= 1;
        Ok(self.finish(b))
    }

    fn function_def(&mut self, f: &FunctionDef, loc: Loc) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let fl = self.function_defaults(&f.args)?;
        let scope = *self.st.by_node.get(&symtable::node_id(f)).ok_or_else(|| error(loc, "internal: no scope"))?;
        let qual = self.child_qualname(&f.name);
        let code = self.function_body(scope, f.name.clone(), qual, &f.args, loc, FnBody::Stmts(&f.body))?;
        let cl = self.make_closure(&code)?;
        self.set_line(loc);
        self.load_const(Value::new_obj(crate::objects::Kind::Code(Rc::new(code))));
        self.emit(Op::MakeFunction, fl | cl);
        self.apply_decorators(f.decorators.len());
        self.name_op(&f.name, Ctx::Store, loc)
    }

    fn class_def(&mut self, c: &ClassDef, loc: Loc) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let scope = *self.st.by_node.get(&symtable::node_id(c)).ok_or_else(|| error(loc, "internal: no scope"))?;
        let qual = self.child_qualname(&c.name);
        self.enter_nesting(loc)?;
        self.push_builder(scope, c.name.clone(), qual.clone(), loc.line);
        // Class body prologue.
        let i = self.name_idx("__name__");
        self.emit(Op::LoadName, i);
        let m = self.name_idx("__module__");
        self.emit(Op::StoreName, m);
        self.load_const(Value::str(&qual));
        let q = self.name_idx("__qualname__");
        self.emit(Op::StoreName, q);
        if let Some(doc) = docstring_of(&c.body) {
            self.load_const(Value::str(&doc));
            let d = self.name_idx("__doc__");
            self.emit(Op::StoreName, d);
        }
        self.stmts(&c.body)?;
        if self.st.scopes[scope].needs_class_cell {
            let ci = self.cell_index("__class__").ok_or_else(|| error(loc, "internal: no __class__ cell"))?;
            self.emit(Op::LoadClosure, ci);
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue, 0);
        let b = self.stack.pop().ok_or_else(|| error(loc, "internal compiler error"))?;
        self.nesting -= 1;
        let code = self.finish(b);
        // __build_class__(func, name, *bases, **keywords)
        self.set_line(loc);
        self.emit(Op::LoadBuildClass, 0);
        self.emit(Op::PushNull, 0);
        let cl = self.make_closure(&code)?;
        self.load_const(Value::new_obj(crate::objects::Kind::Code(Rc::new(code))));
        self.emit(Op::MakeFunction, cl);
        self.load_const(Value::str(&c.name));
        self.call_args(2, &c.bases, &c.keywords, loc)?;
        self.apply_decorators(c.decorators.len());
        self.name_op(&c.name, Ctx::Store, loc)
    }

    /// Apply `n` decorators evaluated before the decorated object:
    /// `[d, obj] -> [d, NULL, obj] -> d(obj)`, innermost first.
    fn apply_decorators(&mut self, n: usize) {
        for _ in 0..n {
            self.emit(Op::PushNull, 0);
            self.emit(Op::Swap, 2);
            self.emit(Op::Call, 1);
        }
    }

    // ----- expressions ---------------------------------------------------

    /// Compile `test` and jump to `target` if its truth equals `when`.
    fn jump_if(&mut self, test: &Expr, when: bool, target: Label) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOpKind::And;
                // and: jump-if-false short-circuits; or: jump-if-true.
                if is_and != when {
                    // Any short-circuit value goes to target directly.
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = match values.split_last() {
                        Some(x) => x,
                        None => return Ok(()),
                    };
                    for v in rest {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.bind_label(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        self.jump(if when { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> CResult {
        self.enter_nesting(e.loc)?;
        let r = self.expr_inner(e);
        self.nesting -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult {
        self.set_line(e.loc);
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jop = if *op == BoolOpKind::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.jump(jop, end);
                    }
                }
                self.bind_label(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy, 1);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.loc);
                self.emit(Op::BinaryOp, *op as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative numeric literals so `-5` is a constant.
                if *op == UnaryOp::USub {
                    if let ExprKind::Constant(Constant::Int(i)) = &operand.kind {
                        self.load_const(Value::from_bigint(-i.clone()));
                        return Ok(());
                    }
                    if let ExprKind::Constant(Constant::Float(f)) = &operand.kind {
                        self.load_const(Value::Float(-*f));
                        return Ok(());
                    }
                }
                self.expr(operand)?;
                self.emit(
                    match op {
                        UnaryOp::Invert => Op::UnaryInvert,
                        UnaryOp::Not => Op::UnaryNot,
                        UnaryOp::UAdd => Op::UnaryPositive,
                        UnaryOp::USub => Op::UnaryNegative,
                    },
                    0,
                );
            }
            ExprKind::Lambda { args, body } => {
                let fl = self.function_defaults(args)?;
                let scope = *self.st.by_node.get(&symtable::node_id(e)).ok_or_else(|| error(e.loc, "internal: no scope"))?;
                let qual = self.child_qualname("<lambda>");
                let code = self.function_body(scope, Rc::from("<lambda>"), qual, args, e.loc, FnBody::Expr(body))?;
                let cl = self.make_closure(&code)?;
                self.load_const(Value::new_obj(crate::objects::Kind::Code(Rc::new(code))));
                self.emit(Op::MakeFunction, fl | cl);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.jump(Op::Jump, end);
                self.bind_label(else_l);
                self.expr(orelse)?;
                self.bind_label(end);
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().all(|k| k.is_some()) && keys.len() < 1000 {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap, keys.len() as u32);
                } else {
                    self.emit(Op::BuildMap, 0);
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd, 1);
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate, 1);
                            }
                        }
                    }
                }
            }
            ExprKind::Set(items) => self.sequence(items, SeqKind::Set)?,
            ExprKind::List { elts, ctx } => {
                if *ctx != Ctx::Load {
                    return Err(error(e.loc, "invalid list target"));
                }
                self.sequence(elts, SeqKind::List)?
            }
            ExprKind::Tuple { elts, ctx } => {
                if *ctx != Ctx::Load {
                    return Err(error(e.loc, "invalid tuple target"));
                }
                self.sequence(elts, SeqKind::Tuple)?
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, generators, CompKind::List(elt))?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, generators, CompKind::Set(elt))?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, CompKind::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, CompKind::Gen(elt))?,
            ExprKind::Await(_) => return Err(error(e.loc, "'await' outside async function")),
            ExprKind::Yield(v) => {
                if !matches!(self.scope().kind, ScopeKind::Function) {
                    return Err(error(e.loc, "'yield' outside function"));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(v) => {
                if !matches!(self.scope().kind, ScopeKind::Function) {
                    return Err(error(e.loc, "'yield' outside function"));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Value::None);
                let start = self.new_label();
                let end = self.new_label();
                self.bind_label(start);
                self.jump(Op::Send, end);
                self.emit(Op::YieldValue, 0);
                self.jump(Op::Jump, start);
                self.bind_label(end);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => {
                if self.is_zero_arg_super(func, args, keywords) {
                    return self.zero_arg_super(e.loc);
                }
                if let ExprKind::Attribute { value, attr, .. } = &func.kind {
                    if !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. })) && keywords.iter().all(|k| k.name.is_some()) {
                        self.expr(value)?;
                        let i = self.attr_idx(attr);
                        self.set_line(func.loc);
                        self.emit(Op::LoadMethod, i);
                        return self.call_args(0, args, keywords, e.loc);
                    }
                }
                self.expr(func)?;
                self.emit(Op::PushNull, 0);
                self.call_args(0, args, keywords, e.loc)?;
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    match &p.kind {
                        ExprKind::Constant(Constant::Str(s)) => self.load_const(Value::str(s)),
                        _ => self.expr(p)?,
                    }
                }
                if parts.len() != 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Op::BuildString, parts.len() as u32);
                }
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                let mut fl = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    fl |= 4;
                }
                self.emit(Op::FormatValue, fl);
            }
            ExprKind::Constant(c) => {
                let v = self.constant(c, e.loc)?;
                self.load_const(v);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.attr_idx(attr);
                self.set_line(e.loc);
                self.emit(Op::LoadAttr, i);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_line(e.loc);
                self.emit(Op::BinarySubscr, 0);
            }
            ExprKind::Starred { .. } => return Err(error(e.loc, "can't use starred expression here")),
            ExprKind::Name { id, .. } => self.name_op(id, Ctx::Load, e.loc)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice, 3);
                    }
                    None => self.emit(Op::BuildSlice, 2),
                }
            }
        }
        Ok(())
    }

    fn constant(&mut self, c: &Constant, loc: Loc) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::new_obj(crate::objects::Kind::Ellipsis),
            Constant::Int(i) => match i.to_i64() {
                Some(v) => Value::Int(v),
                None => Value::from_bigint(i.clone()),
            },
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex(_) => return Err(error(loc, "complex numbers are not supported by Krait")),
            Constant::Str(s) => Value::str(s),
            Constant::Bytes(b) => Value::new_obj(crate::objects::Kind::Bytes(b.to_vec().into_boxed_slice())),
        })
    }

    fn sequence(&mut self, items: &[Expr], kind: SeqKind) -> CResult {
        // CPython folds displays of more than two constants: a set becomes
        // `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1`, which fixes
        // the set's iteration order, so Krait must do the same.
        if kind == SeqKind::Set && items.len() > 2 {
            if let Some(consts) = self.all_constants(items)? {
                self.emit(Op::BuildSet, 0);
                self.load_const(super::constset::folded_frozenset(consts));
                self.emit(Op::SetUpdate, 1);
                return Ok(());
            }
        }
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred { .. }));
        if !has_star {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(
                match kind {
                    SeqKind::List => Op::BuildList,
                    SeqKind::Tuple => Op::BuildTuple,
                    SeqKind::Set => Op::BuildSet,
                },
                n,
            );
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Op::BuildSet, 0),
            _ => self.emit(Op::BuildList, 0),
        }
        for i in items {
            match &i.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(if kind == SeqKind::Set { Op::SetUpdate } else { Op::ListExtend }, 1);
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if kind == SeqKind::Set { Op::SetAdd } else { Op::ListAppend }, 1);
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    /// `super()` with no arguments inside a function, not shadowed.
    fn is_zero_arg_super(&self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> bool {
        let ExprKind::Name { id, .. } = &func.kind else { return false };
        &**id == "super"
            && args.is_empty()
            && keywords.is_empty()
            && matches!(self.scope().kind, ScopeKind::Function)
            && matches!(self.scope().lookup("super"), NameScope::GlobalImplicit)
    }

    /// Compile `super()` as `super(__class__, <first argument>)`.
    fn zero_arg_super(&mut self, loc: Loc) -> CResult {
        self.name_op("super", Ctx::Load, loc)?;
        self.emit(Op::PushNull, 0);
        let class_cell = self.cell_index("__class__");
        let first = self.st.scopes[self.bref().scope].params.first().cloned();
        match (class_cell, first) {
            (Some(ci), Some(first)) => {
                self.emit(Op::LoadDeref, ci);
                self.name_op(&first, Ctx::Load, loc)?;
                self.emit(Op::Call, 2);
            }
            _ => self.emit(Op::Call, 0),
        }
        Ok(())
    }

    /// The values of `items` if every one is a literal constant.
    fn all_constants(&mut self, items: &[Expr]) -> CResult<Option<Vec<Value>>> {
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            match &i.kind {
                ExprKind::Constant(c) => out.push(self.constant(c, i.loc)?),
                _ => return Ok(None),
            }
        }
        Ok(Some(out))
    }

    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> CResult {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < ops.len() {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
                self.compare_op(*op);
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.compare_op(*op);
            }
        }
        self.jump(Op::Jump, end);
        self.bind_label(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind_label(end);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Is => self.emit(Op::IsOp, 0),
            CmpOp::IsNot => self.emit(Op::IsOp, 1),
            CmpOp::In => self.emit(Op::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Op::ContainsOp, 1),
            other => self.emit(Op::CompareOp, other as u32),
        }
    }

    /// Emit the arguments of a call whose callable (and self/NULL) are on
    /// the stack; `extra` positional values are already pushed.
    fn call_args(&mut self, extra: u32, args: &[Expr], keywords: &[Keyword], loc: Loc) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(n) = &k.name {
                if keywords[..i].iter().any(|o| o.name.as_ref() == Some(n)) {
                    return Err(error(k.loc, format!("keyword argument repeated: {}", n)));
                }
            }
        }
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let dstar = keywords.iter().any(|k| k.name.is_none());
        if !starred && !dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = extra + args.len() as u32;
            if keywords.is_empty() {
                self.set_line(loc);
                self.emit(Op::Call, n);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Value::str(k.name.as_deref().unwrap_or("")));
                }
                self.load_const(Value::tuple(names));
                self.set_line(loc);
                self.emit(Op::CallKw, n + keywords.len() as u32);
            }
            return Ok(());
        }
        // General form: build an args tuple and a kwargs dict. A lone
        // `*x` is passed as is (CALL_EX converts it, with CPython's error).
        let lone_star = extra == 0 && args.len() == 1 && matches!(args[0].kind, ExprKind::Starred { .. });
        if lone_star {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            }
            return self.call_ex_kwargs(keywords, loc);
        }
        self.emit(Op::BuildList, extra);
        for a in args {
            match &a.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit(Op::ListToTuple, 0);
        self.call_ex_kwargs(keywords, loc)
    }

    /// The keyword part of a `CALL_EX`, with the positional tuple pushed.
    fn call_ex_kwargs(&mut self, keywords: &[Keyword], loc: Loc) -> CResult {
        if keywords.is_empty() {
            self.set_line(loc);
            self.emit(Op::CallEx, 0);
            return Ok(());
        }
        self.emit(Op::BuildMap, 0);
        for k in keywords {
            match &k.name {
                Some(n) => {
                    self.load_const(Value::str(n));
                    self.expr(&k.value)?;
                    self.emit(Op::MapAdd, 1);
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        self.set_line(loc);
        self.emit(Op::CallEx, 1);
        Ok(())
    }

    fn comprehension(&mut self, e: &Expr, generators: &[Comprehension], kind: CompKind) -> CResult {
        let scope = *self.st.by_node.get(&symtable::node_id(e)).ok_or_else(|| error(e.loc, "internal: no scope"))?;
        let name: &str = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let Some(first) = generators.first() else { return Err(error(e.loc, "empty comprehension")) };
        let qual = self.child_qualname(name);
        self.enter_nesting(e.loc)?;
        self.push_builder(scope, Rc::from(name), qual, e.loc.line);
        {
            let is_gen = matches!(kind, CompKind::Gen(_));
            let b = self.b();
            b.argcount = 1;
            b.flags = flags::NESTED | if is_gen { flags::GENERATOR } else { 0 };
        }
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList, 0),
            CompKind::Set(_) => self.emit(Op::BuildSet, 0),
            CompKind::Dict(..) => self.emit(Op::BuildMap, 0),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(generators, 0, &kind, e.loc)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue, 0);
        let b = self.stack.pop().ok_or_else(|| error(e.loc, "internal compiler error"))?;
        self.nesting -= 1;
        let code = self.finish(b);
        let cl = self.make_closure(&code)?;
        self.load_const(Value::new_obj(crate::objects::Kind::Code(Rc::new(code))));
        self.emit(Op::MakeFunction, cl);
        self.emit(Op::PushNull, 0);
        self.expr(&first.iter)?;
        self.emit(Op::GetIter, 0);
        self.set_line(e.loc);
        self.emit(Op::Call, 1);
        Ok(())
    }

    fn comp_generator(&mut self, generators: &[Comprehension], depth: usize, kind: &CompKind, loc: Loc) -> CResult {
        let Some(g) = generators.get(depth) else { return Ok(()) };
        let start = self.new_label();
        let end = self.new_label();
        if depth == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter, 0);
        }
        self.bind_label(start);
        self.jump(Op::ForIter, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if depth + 1 < generators.len() {
            self.comp_generator(generators, depth + 1, kind, loc)?;
        } else {
            // Stack: [result?, iter_1, ..., iter_n]; append below the iterators.
            let n = (depth + 1) as u32;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, n + 1);
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, n + 1);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, n + 1);
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.jump(Op::Jump, start);
        self.bind_label(end);
        Ok(())
    }
}

/// The (load, store, delete) opcodes of each way a name can live.
const GLOBAL_OPS: [Op; 3] = [Op::LoadGlobal, Op::StoreGlobal, Op::DeleteGlobal];
const NAME_OPS: [Op; 3] = [Op::LoadName, Op::StoreName, Op::DeleteName];
const FAST_OPS: [Op; 3] = [Op::LoadFast, Op::StoreFast, Op::DeleteFast];
const DEREF_OPS: [Op; 3] = [Op::LoadDeref, Op::StoreDeref, Op::DeleteDeref];
/// A class body reads an enclosing function's variable by name first.
const CLASS_DEREF_OPS: [Op; 3] = [Op::LoadClassDeref, Op::StoreDeref, Op::DeleteDeref];

/// What a name instruction's argument indexes.
enum Slot {
    Name,
    Local,
    Cell,
}

enum FnBody<'b> {
    Stmts(&'b [Stmt]),
    Expr(&'b Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

enum CompKind<'b> {
    List(&'b Expr),
    Set(&'b Expr),
    Dict(&'b Expr, &'b Expr),
    Gen(&'b Expr),
}

/// Opcodes whose argument is a jump target (a label until resolved).
/// Returns without a separate load or a jump: `LOAD_CONST c; RETURN_VALUE`
/// becomes `RETURN_CONST c` (the `RETURN_VALUE` stays, for jumps to it),
/// and an unconditional jump to a return becomes that return (what it
/// returns is on top of the stack at the jump too). One dispatch less per
/// `return None` and per `return a if c else b`.
fn fold_returns(instrs: &mut [Instr]) {
    for i in 1..instrs.len() {
        if instrs[i - 1].op == Op::LoadConst && instrs[i].op == Op::ReturnValue {
            instrs[i - 1].op = Op::ReturnConst;
        }
    }
    for i in 0..instrs.len() {
        if instrs[i].op != Op::Jump {
            continue;
        }
        if let Some(target) = instrs.get(instrs[i].arg as usize).copied() {
            if matches!(target.op, Op::ReturnValue | Op::ReturnConst) {
                instrs[i] = target;
            }
        }
    }
}

fn is_jump(op: Op) -> bool {
    matches!(
        op,
        Op::Jump
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::PopJumpIfNone
            | Op::PopJumpIfNotNone
            | Op::ForIter
            | Op::Send
    )
}

#[allow(dead_code)]
fn unused(_: Box<()>) {}
