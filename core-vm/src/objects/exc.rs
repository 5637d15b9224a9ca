//! Exceptions as Rust values: the built-in exception hierarchy ([`ExcKind`])
//! and [`PyErr`], the error half of every fallible VM operation.
//!
//! A `PyErr` is cheap to create without a VM: it starts *lazy* (a kind and a
//! message) and becomes a real exception object only when Python code catches
//! it or a traceback is attached.

use alloc::boxed::Box;
use alloc::string::String;

use super::value::Value;

macro_rules! exc_kinds {
    ($( $variant:ident = $name:literal : $parent:ident ),* $(,)?) => {
        /// The built-in exception classes, in definition order (parents first).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum ExcKind { $( $variant ),* }

        impl ExcKind {
            /// Every built-in exception kind, parents before children.
            pub const ALL: &'static [ExcKind] = &[ $( ExcKind::$variant ),* ];

            /// The Python class name.
            pub fn name(self) -> &'static str {
                match self { $( ExcKind::$variant => $name ),* }
            }

            /// The direct base class (`BaseException` is its own parent).
            pub fn parent(self) -> ExcKind {
                match self { $( ExcKind::$variant => ExcKind::$parent ),* }
            }
        }
    };
}

exc_kinds! {
    BaseException = "BaseException": BaseException,
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    GeneratorExit = "GeneratorExit": BaseException,
    Exception = "Exception": BaseException,
    StopIteration = "StopIteration": Exception,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    FileNotFoundError = "FileNotFoundError": OSError,
    PermissionError = "PermissionError": OSError,
    TimeoutError = "TimeoutError": OSError,
    BlockingIOError = "BlockingIOError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    FileExistsError = "FileExistsError": OSError,
    InterruptedError = "InterruptedError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
    ReferenceError = "ReferenceError": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    Warning = "Warning": Exception,
    UserWarning = "UserWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    BytesWarning = "BytesWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    EncodingWarning = "EncodingWarning": Warning,
    BudgetExceeded = "BudgetExceeded": BaseException,
}

impl ExcKind {
    /// Krait's own exceptions (not CPython builtins): importable from the
    /// `krait` module rather than installed in `builtins`.
    pub fn krait_only(self) -> bool {
        matches!(self, ExcKind::BudgetExceeded)
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = self;
        loop {
            if k == other {
                return true;
            }
            if k == ExcKind::BaseException {
                return false;
            }
            k = k.parent();
        }
    }
}

/// The error of a fallible VM operation: a Python exception in flight.
#[derive(Debug)]
pub struct PyErr(Box<ErrRepr>);

/// What a [`PyErr`] holds.
#[derive(Debug)]
pub enum ErrRepr {
    /// Not yet an object: kind and message (`args == (msg,)`), or no args
    /// when `msg` is `None`.
    Lazy { kind: ExcKind, msg: Option<String> },
    /// A lazy exception whose single argument is a value (`KeyError(key)`,
    /// `StopIteration(value)`).
    LazyValue { kind: ExcKind, arg: Value },
    /// A materialised exception instance.
    Obj(Value),
    /// Not an exception: a native function (`globals()`, `locals()`, ...)
    /// asks the interpreter to answer from the calling frame. The `CALL`
    /// uop answers it; anywhere else it becomes a `SystemError`.
    NeedFrame(FrameQuery),
}

/// What a frame-introspecting built-in wants from its caller's frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameQuery {
    Globals,
    Locals,
    Dir,
}

/// Result of a fallible VM operation.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// A lazy exception of `kind` with message `msg`.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrRepr::Lazy { kind, msg: Some(msg.into()) }))
    }

    /// A lazy exception of `kind` with no arguments.
    pub fn bare(kind: ExcKind) -> PyErr {
        PyErr(Box::new(ErrRepr::Lazy { kind, msg: None }))
    }

    /// A lazy exception of `kind` whose only argument is `arg`.
    pub fn with_value(kind: ExcKind, arg: Value) -> PyErr {
        PyErr(Box::new(ErrRepr::LazyValue { kind, arg }))
    }

    /// Wrap an existing exception instance.
    pub fn from_obj(exc: Value) -> PyErr {
        PyErr(Box::new(ErrRepr::Obj(exc)))
    }

    /// A request for the calling frame (see [`ErrRepr::NeedFrame`]).
    pub fn need_frame(q: FrameQuery) -> PyErr {
        PyErr(Box::new(ErrRepr::NeedFrame(q)))
    }

    /// The frame request this carries, if any.
    pub fn frame_query(&self) -> Option<FrameQuery> {
        match &*self.0 {
            ErrRepr::NeedFrame(q) => Some(*q),
            _ => None,
        }
    }

    /// The representation.
    pub fn repr(&self) -> &ErrRepr {
        &self.0
    }

    /// Take the representation apart.
    pub fn into_repr(self) -> ErrRepr {
        *self.0
    }

    /// The built-in kind when the error is still lazy.
    pub fn lazy_kind(&self) -> Option<ExcKind> {
        match &*self.0 {
            ErrRepr::Lazy { kind, .. } | ErrRepr::LazyValue { kind, .. } => Some(*kind),
            ErrRepr::Obj(_) | ErrRepr::NeedFrame(_) => None,
        }
    }

    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_div(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::RuntimeError, msg)
    }

    /// `StopIteration()`.
    pub fn stop_iteration() -> PyErr {
        PyErr::bare(ExcKind::StopIteration)
    }
}

impl From<crate::format::FmtError> for PyErr {
    fn from(e: crate::format::FmtError) -> PyErr {
        use crate::format::FmtError;
        match e {
            FmtError::Value(m) => PyErr::value_error(m),
            FmtError::Overflow(m) => PyErr::overflow(m),
            FmtError::ZeroDivision(m) => PyErr::zero_div(m),
            FmtError::Memory => PyErr::bare(crate::objects::ExcKind::MemoryError),
        }
    }
}
