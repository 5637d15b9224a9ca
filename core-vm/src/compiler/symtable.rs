//! Symbol tables: which names are local, global, free (captured from an
//! enclosing function) or cell (captured by an inner function), for every
//! scope of a module. Follows CPython's `symtable.c` rules, including class
//! scopes (invisible to their methods), the implicit `__class__` cell for
//! `super()`, comprehensions as their own scopes, and walrus targets in
//! comprehensions binding in the enclosing function.

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::stack::StackBudget;
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

/// What kind of scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// A comprehension or generator expression (a function scope).
    Comprehension,
}

/// Where a name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

const DEF_LOCAL: u16 = 1;
const DEF_PARAM: u16 = 2;
const DEF_GLOBAL: u16 = 4;
const DEF_NONLOCAL: u16 = 8;
const USE: u16 = 16;
const DEF_WALRUS_OUTER: u16 = 32;

/// One scope's table.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: Name,
    /// Flags per name, in first-seen order.
    pub symbols: Vec<(Name, u16)>,
    /// Parameters in order.
    pub params: Vec<Name>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// Resolved scope of each name (after analysis).
    pub resolved: BTreeMap<Name, NameScope>,
    /// For class scopes: methods need a `__class__` cell.
    pub needs_class_cell: bool,
    pub parent: Option<usize>,
    /// Location of the first `nonlocal`/`global` declaration per name, for errors.
    decl_loc: Vec<(Name, Loc)>,
    /// The enclosing class name used to mangle `__private` names.
    pub private: Option<Name>,
    /// Class scopes: free variables of enclosing functions that methods
    /// need, carried as cells even when the class body binds the same name.
    pub pass_through: Vec<Name>,
}

impl Scope {
    fn new(kind: ScopeKind, name: Name, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name,
            symbols: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            resolved: BTreeMap::new(),
            needs_class_cell: false,
            parent,
            decl_loc: Vec::new(),
            private: None,
            pass_through: Vec::new(),
        }
    }

    fn flags(&self, name: &str) -> u16 {
        let mangled = mangle(self.private.as_ref(), &Rc::from(name));
        let name: &str = &mangled;
        self.symbols.iter().find(|(n, _)| &**n == name).map(|(_, f)| *f).unwrap_or(0)
    }

    fn add(&mut self, name: &Name, flag: u16) {
        let mangled = mangle(self.private.as_ref(), name);
        let name = &mangled;
        match self.symbols.iter_mut().find(|(n, _)| n == name) {
            Some((_, f)) => *f |= flag,
            None => self.symbols.push((name.clone(), flag)),
        }
    }

    /// How `name` (as written; mangled here) resolves in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        let mangled = mangle(self.private.as_ref(), &Rc::from(name));
        match self.resolved.get(&*mangled) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Module => NameScope::GlobalImplicit,
                _ => NameScope::GlobalImplicit,
            },
        }
    }
}

/// CPython's private name mangling: inside class `C`, `__x` becomes `_C__x`
/// (not dunders, not dotted names; leading underscores of the class name
/// are stripped, and an all-underscore class name disables mangling).
pub fn mangle(private: Option<&Name>, name: &Name) -> Name {
    let Some(class) = private else { return name.clone() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.clone();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.clone();
    }
    Rc::from(format!("_{}{}", stripped, name).as_str())
}

/// The symbol tables of a module: scope 0 is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address → scope index.
    pub by_node: BTreeMap<usize, usize>,
}

fn err(loc: Loc, msg: String) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg,
        line: loc.line,
        col: loc.col + 1,
        end_col: loc.col + 2,
        incomplete: false,
    }
}

/// Node identity used to find a node's scope.
pub fn node_id<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: BTreeMap<usize, usize>,
    cur: usize,
    /// Host stack the recursion over the AST may use.
    host_stack: StackBudget,
}

/// Build and analyse the symbol tables of a module, using at most
/// `host_stack` of host stack.
pub fn build(module: &Module, host_stack: StackBudget) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder { scopes: alloc::vec![Scope::new(ScopeKind::Module, Rc::from("top"), None)], by_node: BTreeMap::new(), cur: 0, host_stack };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut st = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    analyze(&mut st, 0, &[], &[], host_stack)?;
    Ok(st)
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn push_scope(&mut self, kind: ScopeKind, name: Name, node: usize) -> usize {
        let idx = self.scopes.len();
        let private = if kind == ScopeKind::Class { Some(name.clone()) } else { self.scopes[self.cur].private.clone() };
        let mut scope = Scope::new(kind, name, Some(self.cur));
        scope.private = private;
        self.scopes.push(scope);
        self.scopes[self.cur].children.push(idx);
        self.by_node.insert(node, idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }

    fn bind(&mut self, name: &Name, loc: Loc) -> Result<(), SyntaxError> {
        let f = self.scope().flags(name);
        if f & DEF_GLOBAL != 0 || f & DEF_NONLOCAL != 0 {
            // Fine: binds the global/nonlocal.
        }
        let _ = loc;
        self.scope().add(name, DEF_LOCAL);
        Ok(())
    }

    fn use_name(&mut self, name: &Name) {
        self.scope().add(name, USE);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<(), SyntaxError> {
        let all = args.posonlyargs.iter().chain(args.args.iter()).chain(args.vararg.iter()).chain(args.kwonlyargs.iter()).chain(args.kwarg.iter());
        for a in all {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        let all = args.posonlyargs.iter().chain(args.args.iter()).chain(args.kwonlyargs.iter()).chain(args.vararg.iter()).chain(args.kwarg.iter());
        // CPython's order: positional, keyword-only, *args, **kwargs.
        let mut order: Vec<&Arg> = Vec::new();
        order.extend(args.posonlyargs.iter());
        order.extend(args.args.iter());
        order.extend(args.kwonlyargs.iter());
        order.extend(args.vararg.iter());
        order.extend(args.kwarg.iter());
        let _ = all;
        for a in order {
            if self.scope().params.iter().any(|p| *p == a.name) {
                return Err(err(a.loc, format!("duplicate argument '{}' in function definition", a.name)));
            }
            let mangled = mangle(self.scope().private.as_ref(), &a.name);
            self.scope().params.push(mangled);
            self.scope().add(&a.name, DEF_PARAM | DEF_LOCAL);
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        if self.host_stack.exhausted() {
            return Err(super::too_deep(s.loc));
        }
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.args(&f.args)?;
                self.annotations(&f.args, f.returns.as_ref())?;
                self.bind(&f.name, s.loc)?;
                let prev = self.push_scope(ScopeKind::Function, f.name.clone(), node_id(&**f));
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name, s.loc)?;
                let prev = self.push_scope(ScopeKind::Class, c.name.clone(), node_id(&**c));
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.use_name(id);
                    self.bind(id, target.loc)?;
                } else {
                    self.expr(target)?;
                }
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if let ExprKind::Name { id, .. } = &target.kind {
                    let f = self.scope().flags(id);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.scope().kind != ScopeKind::Module {
                        return Err(err(target.loc, format!("annotated name '{}' can't be global", id)));
                    }
                    if value.is_some() || self.scope().kind != ScopeKind::Function {
                        self.bind(id, target.loc)?;
                    } else {
                        self.scope().add(id, DEF_LOCAL);
                    }
                } else {
                    self.expr(target)?;
                }
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter)?;
                self.expr(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound: Name = match &a.asname {
                        Some(n) => n.clone(),
                        None => Rc::from(a.name.split('.').next().unwrap_or(&a.name)),
                    };
                    self.bind(&bound, a.loc)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(err(s.loc, String::from("import * only allowed at module level")));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind(&bound, a.loc)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let f = self.scope().flags(n);
                    if f & DEF_PARAM != 0 {
                        return Err(err(s.loc, format!("name '{}' is parameter and global", n)));
                    }
                    if f & DEF_NONLOCAL != 0 {
                        return Err(err(s.loc, format!("name '{}' is nonlocal and global", n)));
                    }
                    if f & USE != 0 {
                        return Err(err(s.loc, format!("name '{}' is used prior to global declaration", n)));
                    }
                    if f & DEF_LOCAL != 0 {
                        return Err(err(s.loc, format!("name '{}' is assigned to before global declaration", n)));
                    }
                    self.scope().add(n, DEF_GLOBAL);
                    self.scope().decl_loc.push((n.clone(), s.loc));
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(err(s.loc, String::from("nonlocal declaration not allowed at module level")));
                }
                for n in names {
                    let f = self.scope().flags(n);
                    if f & DEF_PARAM != 0 {
                        return Err(err(s.loc, format!("name '{}' is parameter and nonlocal", n)));
                    }
                    if f & DEF_GLOBAL != 0 {
                        return Err(err(s.loc, format!("name '{}' is nonlocal and global", n)));
                    }
                    if f & USE != 0 {
                        return Err(err(s.loc, format!("name '{}' is used prior to nonlocal declaration", n)));
                    }
                    if f & DEF_LOCAL != 0 {
                        return Err(err(s.loc, format!("name '{}' is assigned to before nonlocal declaration", n)));
                    }
                    self.scope().add(n, DEF_NONLOCAL);
                    self.scope().decl_loc.push((n.clone(), s.loc));
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn comprehension(&mut self, node: usize, name: &str, generators: &[Comprehension], elts: &[&Expr], is_gen: bool) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        let Some(first) = generators.first() else { return Ok(()) };
        self.expr(&first.iter)?;
        let prev = self.push_scope(ScopeKind::Comprehension, Rc::from(name), node);
        self.scope().is_generator = is_gen;
        let dot0: Name = Rc::from(".0");
        self.scope().params.push(dot0.clone());
        self.scope().add(&dot0, DEF_PARAM | DEF_LOCAL);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.expr(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if self.host_stack.exhausted() {
            return Err(super::too_deep(e.loc));
        }
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    if self.scope().kind == ScopeKind::Comprehension {
                        // Binds in the nearest enclosing non-comprehension scope.
                        let mut s = self.cur;
                        while self.scopes[s].kind == ScopeKind::Comprehension {
                            self.scopes[s].add(id, DEF_WALRUS_OUTER);
                            match self.scopes[s].parent {
                                Some(p) => s = p,
                                None => break,
                            }
                        }
                        if self.scopes[s].kind == ScopeKind::Class {
                            return Err(err(e.loc, String::from("assignment expression within a comprehension cannot be used in a class body")));
                        }
                        self.scopes[s].add(id, DEF_LOCAL);
                    } else {
                        self.bind(id, target.loc)?;
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.args(args)?;
                let prev = self.push_scope(ScopeKind::Function, Rc::from("<lambda>"), node_id(e));
                self.params(args)?;
                self.expr(body)?;
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::JoinedStr(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(node_id(e), "<listcomp>", generators, &[elt], false)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(node_id(e), "<setcomp>", generators, &[elt], false)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(node_id(e), "<genexpr>", generators, &[elt], true)?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(node_id(e), "<dictcomp>", generators, &[key, value], false)?
            }
            ExprKind::Await(v) => self.expr(v)?,
            ExprKind::Yield(v) => {
                self.mark_generator(e.loc)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.loc)?;
                self.expr(v)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => match ctx {
                Ctx::Load => {
                    self.use_name(id);
                    if &**id == "super" && self.scope().kind == ScopeKind::Function {
                        // `super()` needs the `__class__` cell.
                        let cls: Name = Rc::from("__class__");
                        self.use_name(&cls);
                    }
                }
                Ctx::Store | Ctx::Del => self.bind(id, e.loc)?,
            },
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.expr(x)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, loc: Loc) -> Result<(), SyntaxError> {
        match self.scope().kind {
            ScopeKind::Function => {
                self.scope().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let is_genexp = self.scope().is_generator;
                let _ = is_genexp;
                Err(err(loc, String::from("'yield' inside list comprehension")))
            }
            _ => Err(err(loc, String::from("'yield' outside function"))),
        }
    }
}

/// Resolve every scope. `bound`: names bound in enclosing function scopes
/// (visible as free variables); `globals`: names declared global in an
/// enclosing scope chain that still apply.
fn analyze(st: &mut SymbolTable, idx: usize, bound: &[Name], _globals: &[Name], host_stack: StackBudget) -> Result<(), SyntaxError> {
    if host_stack.exhausted() {
        return Err(super::too_deep(st.scopes[idx].decl_loc.first().map(|(_, l)| *l).unwrap_or_default()));
    }
    let kind = st.scopes[idx].kind;
    let symbols = st.scopes[idx].symbols.clone();
    let mut resolved: BTreeMap<Name, NameScope> = BTreeMap::new();
    let mut local_names: Vec<Name> = Vec::new();
    for (name, flags) in &symbols {
        let scope = if flags & DEF_GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.iter().any(|b| b == name) {
                let loc = st.scopes[idx].decl_loc.iter().find(|(n, _)| n == name).map(|(_, l)| *l).unwrap_or_default();
                return Err(err(loc, format!("no binding for nonlocal '{}' found", name)));
            }
            NameScope::Free
        } else if flags & DEF_WALRUS_OUTER != 0 {
            if bound.iter().any(|b| b == name) {
                NameScope::Free
            } else {
                NameScope::GlobalExplicit
            }
        } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
            if kind == ScopeKind::Module {
                NameScope::GlobalImplicit
            } else {
                local_names.push(name.clone());
                NameScope::Local
            }
        } else if kind != ScopeKind::Module && bound.iter().any(|b| b == name) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        resolved.insert(name.clone(), scope);
    }
    // Names visible to children as free variables.
    let mut child_bound: Vec<Name> = bound.to_vec();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for n in &local_names {
                if !child_bound.contains(n) {
                    child_bound.push(n.clone());
                }
            }
            // Names declared global here are not visible as free below.
            for (n, s) in &resolved {
                if *s == NameScope::GlobalExplicit {
                    child_bound.retain(|b| b != n);
                }
            }
        }
        ScopeKind::Class => {
            child_bound.push(Rc::from("__class__"));
        }
        ScopeKind::Module => child_bound.clear(),
    }
    let children = st.scopes[idx].children.clone();
    for c in children {
        analyze(st, c, &child_bound, &[], host_stack)?;
        // Free variables of the child: cells here if local, else pass through.
        let mut child_free: Vec<Name> = st.scopes[c]
            .resolved
            .iter()
            .filter(|(_, s)| **s == NameScope::Free)
            .map(|(n, _)| n.clone())
            .collect();
        for n in &st.scopes[c].pass_through {
            if !child_free.contains(n) {
                child_free.push(n.clone());
            }
        }
        for n in child_free {
            if kind == ScopeKind::Class && &*n == "__class__" {
                st.scopes[idx].needs_class_cell = true;
                resolved.insert(n.clone(), NameScope::Cell);
                continue;
            }
            match resolved.get(&n).copied() {
                Some(NameScope::Local) | Some(NameScope::Cell) if kind != ScopeKind::Class => {
                    resolved.insert(n.clone(), NameScope::Cell);
                }
                Some(NameScope::Free) => {}
                Some(NameScope::GlobalExplicit) => {}
                _ => {
                    if kind == ScopeKind::Class {
                        // The class body keeps its own meaning for the name
                        // (class namespace or global); the cell is only
                        // carried through for the methods.
                        if !st.scopes[idx].pass_through.contains(&n) {
                            st.scopes[idx].pass_through.push(n.clone());
                        }
                    } else if kind != ScopeKind::Module {
                        resolved.insert(n.clone(), NameScope::Free);
                        if !st.scopes[idx].symbols.iter().any(|(s, _)| *s == n) {
                            st.scopes[idx].symbols.push((n.clone(), 0));
                        }
                    }
                }
            }
        }
    }
    st.scopes[idx].resolved = resolved;
    Ok(())
}
