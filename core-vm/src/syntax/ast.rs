//! The abstract syntax tree: what the parser produces and the compiler
//! consumes. It mirrors CPython's `ast` module closely (same node kinds, same
//! field meanings) so that CPython's documentation describes it.
//!
//! Every statement and expression carries a [`Loc`] (1-based line, 0-based
//! column like CPython's `col_offset`), used for tracebacks and errors.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// A source position: 1-based line, 0-based column (in characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
}

/// An identifier. Shared so the compiler can intern it cheaply.
pub type Name = Rc<str>;

/// A statement with its position.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub loc: Loc,
    pub kind: StmtKind,
}

/// An expression with its position.
#[derive(Clone, Debug)]
pub struct Expr {
    pub loc: Loc,
    pub kind: ExprKind,
}

/// A parsed module: the body of a file or of `-c` code.
#[derive(Clone, Debug, Default)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// Statement kinds (CPython `ast.stmt`).
#[derive(Clone, Debug)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    /// `a = b = value`: `targets` are assigned left to right.
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`. `simple` is true for a plain name target.
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    With { items: Vec<WithItem>, body: Vec<Stmt> },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    Assert { test: Expr, msg: Option<Expr> },
    Import(Vec<Alias>),
    /// `from module import names`; `level` counts leading dots.
    ImportFrom { module: Option<Name>, names: Vec<Alias>, level: u32 },
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

/// `def name(args) -> returns: body`, with decorators applied bottom-up.
#[derive(Clone, Debug)]
pub struct FunctionDef {
    pub name: Name,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

/// `class name(bases, keywords): body`.
#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: Name,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A function's parameter list (CPython `ast.arguments`).
#[derive(Clone, Debug, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per `kwonlyargs` entry; `None` means no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults for the *last* `defaults.len()` of `posonlyargs ++ args`.
    pub defaults: Vec<Expr>,
}

/// One parameter.
#[derive(Clone, Debug)]
pub struct Arg {
    pub loc: Loc,
    pub name: Name,
    pub annotation: Option<Expr>,
}

/// `name=value` in a call, or `**value` when `name` is `None`.
#[derive(Clone, Debug)]
pub struct Keyword {
    pub loc: Loc,
    pub name: Option<Name>,
    pub value: Expr,
}

/// `import name as asname` / `from m import name as asname` (`name` may be `*`).
#[derive(Clone, Debug)]
pub struct Alias {
    pub loc: Loc,
    /// Dotted name as written, e.g. `os.path`.
    pub name: Name,
    pub asname: Option<Name>,
}

/// `with context_expr as optional_vars`.
#[derive(Clone, Debug)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

/// `except type as name: body` (`type` is `None` for a bare `except:`).
#[derive(Clone, Debug)]
pub struct ExceptHandler {
    pub loc: Loc,
    pub typ: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
}

/// Expression context, as in CPython: where the expression is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

/// Expression kinds (CPython `ast.expr`).
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `a and b and c` / `a or b or c`.
    BoolOp { op: BoolOpKind, values: Vec<Expr> },
    /// `target := value`.
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { args: Box<Arguments>, body: Box<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `{k: v, **d}`: a `None` key means `**value`.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// The pieces of an f-string: `Constant(Str)` and `FormattedValue` parts.
    JoinedStr(Vec<Expr>),
    /// `{value!conversion:format_spec}` inside an f-string. `conversion` is
    /// `None`, or `Some('s' | 'r' | 'a')`; `format_spec` is a `JoinedStr`.
    FormattedValue { value: Box<Expr>, conversion: Option<char>, format_spec: Option<Box<Expr>> },
    Constant(Constant),
    Attribute { value: Box<Expr>, attr: Name, ctx: Ctx },
    Subscript { value: Box<Expr>, slice: Box<Expr>, ctx: Ctx },
    Starred { value: Box<Expr>, ctx: Ctx },
    Name { id: Name, ctx: Ctx },
    List { elts: Vec<Expr>, ctx: Ctx },
    Tuple { elts: Vec<Expr>, ctx: Ctx },
    /// `lower:upper:step` inside a subscript.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

/// A literal value.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// Imaginary literal such as `2j` (the value is the imaginary part).
    Complex(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

/// `for target in iter if ifs...` inside a comprehension.
#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

/// Binary operators, in CPython's `NB_*` order (used by `BINARY_OP`'s oparg).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    BitAnd = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMult = 4,
    Mult = 5,
    Mod = 6,
    BitOr = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    Div = 11,
    BitXor = 12,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    LtE = 1,
    Eq = 2,
    NotEq = 3,
    Gt = 4,
    GtE = 5,
    Is = 6,
    IsNot = 7,
    In = 8,
    NotIn = 9,
}

impl Expr {
    /// Build an expression node.
    pub fn new(loc: Loc, kind: ExprKind) -> Self {
        Expr { loc, kind }
    }
}

impl Stmt {
    /// Build a statement node.
    pub fn new(loc: Loc, kind: StmtKind) -> Self {
        Stmt { loc, kind }
    }
}
