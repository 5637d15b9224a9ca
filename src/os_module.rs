//! The CLI's native `os` module (with `os.path`, alias `posixpath`):
//! process environment (`environ`, `getenv`, `putenv`, `unsetenv`),
//! path constants, the file-system calls of `std::fs` (`listdir`, `mkdir`,
//! `makedirs`, `remove`, `rmdir`, `rename`, `stat`, `walk`, ...) and a few
//! process facts (`getpid`, `cpu_count`, `urandom`, `strerror`).
//!
//! Paths are handled as bytes: a `str` path is its UTF-8 encoding, a
//! `bytes` path itself, and results come back in the caller's type. All
//! separators are ASCII, so slicing a UTF-8 path at them stays valid.

mod args;
mod environ;
mod files;
mod path;
mod pathops;
mod walk;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use core_vm::builtins::{parse_args, Sig};
use core_vm::objects::types::lookup;
use core_vm::objects::value::NativeFn;
use core_vm::objects::{Dict, ExcKind, Kind, PyErr, PyResult, Value};
use core_vm::vm::native_function;
use core_vm::Vm;

/// Keyword arguments of a native call.
type Kwargs<'a> = &'a [(Rc<str>, Value)];

/// Register `os`, `os.path` and `posixpath` with the VM.
pub fn install(vm: &mut Vm) {
    vm.register_native_module("os", os_init);
    vm.register_native_module("os.path", path::module_init);
    vm.register_native_module("posixpath", path::module_init);
}

/// Build the `os` namespace; `os.path` is the shared `posixpath` module.
fn os_init(vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    for (name, value) in path::CONSTANTS {
        d.set_str(name, Value::str(value));
    }
    d.set_str("name", Value::str("posix"));
    d.set_str("linesep", Value::str("\n"));
    d.set_str("altsep", Value::None);
    d.set_str("environ", environ::new_environ(vm));
    for (name, value) in [("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1), ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        d.set_str(name, Value::Int(value));
    }
    d.set_str("error", Value::Obj(vm.types.exc(ExcKind::OSError).clone()));
    for (name, f) in environ::FUNCTIONS.iter().chain(files::FUNCTIONS).chain(FUNCTIONS) {
        d.set_str(name, native_function(name, *f));
    }
    d.set_str("walk", native_function("walk", walk::walk));
    d.set_str("stat_result", Value::Obj(files::stat_result_class(vm)));
    d.set_str("path", path::shared_module(vm)?);
    Ok(d)
}

/// The process functions of `os` defined in this file.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("getppid", getppid),
    ("cpu_count", cpu_count),
    ("urandom", urandom),
    ("strerror", strerror),
    ("fspath", os_fspath),
    ("system", system),
];

/// A global of the loaded `os` module (as its functions see them).
pub(crate) fn os_global(vm: &mut Vm, name: &str) -> Option<Value> {
    let Kind::Dict(mods) = &vm.modules.kind else { return None };
    let os = mods.try_borrow().ok()?.get_str("os").cloned()?;
    let Some(Kind::Module(m)) = os.kind() else { return None };
    let Kind::Dict(g) = &m.globals.kind else { return None };
    let v = g.try_borrow().ok()?.get_str(name).cloned();
    v
}

// ----- path values ------------------------------------------------------------------

/// A path argument: the bytes of a `str` (UTF-8) or a `bytes` value,
/// remembering which so results come back in the same type.
#[derive(Clone)]
pub(crate) struct PathVal {
    /// The path's bytes.
    pub bytes: Vec<u8>,
    /// True for a `bytes` path.
    pub is_bytes: bool,
}

impl PathVal {
    /// A path of the same type as `self` holding `b`.
    pub fn like(&self, b: Vec<u8>) -> PathVal {
        PathVal { bytes: b, is_bytes: self.is_bytes }
    }

    /// `b` as a value of the same type as `self`.
    pub fn make(&self, b: &[u8]) -> Value {
        if self.is_bytes {
            return bytes_value(b);
        }
        match std::str::from_utf8(b) {
            Ok(s) => Value::str(s),
            Err(_) => Value::string(String::from_utf8_lossy(b).into_owned()),
        }
    }

    /// The path as a value of its type.
    pub fn value(&self) -> Value {
        self.make(&self.bytes)
    }

    /// The path for `std::fs`.
    pub fn os_path(&self) -> &Path {
        Path::new(OsStr::from_bytes(&self.bytes))
    }
}

/// A new `bytes` value.
pub(crate) fn bytes_value(b: &[u8]) -> Value {
    Value::new_obj(Kind::Bytes(b.into()))
}

/// A path from `std` (e.g. the current directory) as raw bytes.
pub(crate) fn path_bytes(p: &Path) -> Vec<u8> {
    p.as_os_str().as_bytes().to_vec()
}

/// `os.fspath(v)` without the error: `None` if `v` is not path-like.
fn try_fspath(vm: &mut Vm, v: &Value) -> PyResult<Option<PathVal>> {
    match v.kind() {
        Some(Kind::Str(s)) => return Ok(Some(PathVal { bytes: s.as_str().as_bytes().to_vec(), is_bytes: false })),
        Some(Kind::Bytes(b)) => return Ok(Some(PathVal { bytes: b.to_vec(), is_bytes: true })),
        _ => {}
    }
    let cls = vm.type_of(v);
    let Some(f) = lookup(&cls, "__fspath__") else { return Ok(None) };
    let r = vm.call_method_value(&f, v, &[])?;
    match r.kind() {
        Some(Kind::Str(_)) | Some(Kind::Bytes(_)) => try_fspath(vm, &r),
        _ => {
            let (owner, got) = (vm.type_name(v), vm.type_name(&r));
            Err(PyErr::type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", owner, got)))
        }
    }
}

/// `os.fspath(v)`: a `str`/`bytes` path or the result of `__fspath__`.
pub(crate) fn fspath(vm: &mut Vm, v: &Value) -> PyResult<PathVal> {
    match try_fspath(vm, v)? {
        Some(p) => Ok(p),
        None => Err(PyErr::type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v)))),
    }
}

/// How a system call accepts its path argument (CPython's `path_t`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum PathKind {
    /// Only str, bytes or os.PathLike.
    Plain,
    /// Also an integer file descriptor.
    Fd,
    /// Also a file descriptor or `None` (the current directory).
    FdOrNone,
}

/// A converted system-call path: where to look, and the path as given
/// (for the error's `filename`).
pub(crate) struct SysPath {
    /// The file-system location (`/proc/self/fd/N` for a descriptor).
    pub path: PathBuf,
    /// The argument as given (`None` for a defaulted path).
    pub given: Value,
    /// The path's bytes and type (an `int` descriptor reads as `str`).
    pub val: PathVal,
    /// The descriptor, if one was given.
    pub fd: Option<i64>,
}

/// Convert the path argument `arg` of system call `func`, with CPython's
/// messages for a wrong type or an embedded NUL.
pub(crate) fn sys_path(vm: &mut Vm, func: &str, arg: &str, v: &Value, kind: PathKind) -> PyResult<SysPath> {
    if kind == PathKind::FdOrNone && v.is_none() {
        let val = PathVal { bytes: b".".to_vec(), is_bytes: false };
        return Ok(SysPath { path: PathBuf::from("."), given: Value::None, val, fd: None });
    }
    if kind != PathKind::Plain {
        let fd = match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        };
        if let Some(fd) = fd {
            let val = PathVal { bytes: Vec::new(), is_bytes: false };
            return Ok(SysPath { path: PathBuf::from(format!("/proc/self/fd/{}", fd)), given: v.clone(), val, fd: Some(fd) });
        }
    }
    let Some(val) = try_fspath(vm, v)? else {
        let allowed = match kind {
            PathKind::Plain => "string, bytes or os.PathLike",
            PathKind::Fd => "string, bytes, os.PathLike or integer",
            PathKind::FdOrNone => "string, bytes, os.PathLike, integer or None",
        };
        return Err(PyErr::type_error(format!("{}: {} should be {}, not {}", func, arg, allowed, vm.type_name(v))));
    };
    if val.bytes.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    Ok(SysPath { path: val.os_path().to_path_buf(), given: v.clone(), val, fd: None })
}

// ----- OSError ----------------------------------------------------------------------

/// The `OSError` subclass CPython raises for `errno`.
fn errno_kind(errno: i32) -> ExcKind {
    match errno {
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        1 | 13 => ExcKind::PermissionError,
        4 => ExcKind::InterruptedError,
        3 => ExcKind::ProcessLookupError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        111 => ExcKind::ConnectionRefusedError,
        110 => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

/// The C library's message for `errno` (`os.strerror`).
pub(crate) fn errno_message(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let suffix = format!(" (os error {})", errno);
    text.strip_suffix(&suffix).unwrap_or(&text).to_string()
}

/// The errno of an I/O error (EIO for errors that carry none).
fn io_errno(e: &std::io::Error) -> i32 {
    use std::io::ErrorKind as K;
    e.raw_os_error().unwrap_or(match e.kind() {
        K::NotFound => 2,
        K::PermissionDenied => 13,
        K::AlreadyExists => 17,
        K::InvalidInput => 22,
        _ => 5,
    })
}

/// The stored `args` of an `OSError`, chosen so the VM's `str()` gives
/// CPython's text: `(errno, strerror)`, plus the file name (which the VM
/// formats as `: 'name'`), or the whole message when there are two names.
fn os_error_args(vm: &mut Vm, errno: i32, strerror: &str, filename: Option<&Value>, filename2: Option<&Value>) -> Vec<Value> {
    let mut args = vec![Value::Int(errno as i64), Value::str(strerror)];
    match (filename, filename2) {
        (None, _) => {}
        (Some(f), None) => args.push(f.clone()),
        (Some(f), Some(f2)) => {
            let (r1, r2) = (vm.repr(f).unwrap_or_default(), vm.repr(f2).unwrap_or_default());
            args = vec![Value::string(format!("[Errno {}] {}: {} -> {}", errno, strerror, r1, r2))];
        }
    }
    args
}

/// An `OSError` instance (the errno's subclass) with CPython's text and
/// attributes: `errno`, `strerror`, `filename`, `filename2`, and `args`
/// `(errno, strerror)` (an instance attribute, as the stored arguments
/// may carry the file names for the message).
pub(crate) fn os_error_value(vm: &mut Vm, errno: i32, filename: Option<&Value>, filename2: Option<&Value>) -> Value {
    let strerror = errno_message(errno);
    let args = os_error_args(vm, errno, &strerror, filename, filename2);
    let cls = vm.types.exc(errno_kind(errno)).clone();
    let exc = vm.new_exception(cls, args);
    if let Some(e) = vm.exc_data(&exc) {
        let mut d = e.dict.borrow_mut();
        d.set_str("errno", Value::Int(errno as i64));
        d.set_str("strerror", Value::str(&strerror));
        d.set_str("filename", filename.cloned().unwrap_or(Value::None));
        d.set_str("filename2", filename2.cloned().unwrap_or(Value::None));
        if filename.is_some() {
            d.set_str("args", Value::tuple(vec![Value::Int(errno as i64), Value::string(strerror)]));
        }
    }
    exc
}

/// The `OSError` for a failed `std` call on `filename`.
pub(crate) fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let errno = io_errno(e);
    PyErr::from_obj(os_error_value(vm, errno, filename, None))
}

/// The `OSError` for a failed call on a converted path (EBADF for a
/// descriptor that is not open).
pub(crate) fn path_error(vm: &mut Vm, e: &std::io::Error, p: &SysPath) -> PyErr {
    let errno = match p.fd {
        Some(_) if io_errno(e) == 2 => 9,
        _ => io_errno(e),
    };
    PyErr::from_obj(os_error_value(vm, errno, Some(&p.given), None))
}

/// The `OSError` for a failed two-path call (`rename`).
pub(crate) fn os_error2(vm: &mut Vm, e: &std::io::Error, a: &Value, b: &Value) -> PyErr {
    let errno = io_errno(e);
    PyErr::from_obj(os_error_value(vm, errno, Some(a), Some(b)))
}

// ----- process functions ------------------------------------------------------------

/// Parse a C-style (argument clinic) signature.
pub(crate) fn clinic(
    name: &'static str,
    params: &'static [&'static str],
    posonly: usize,
    required: usize,
    maxpos: usize,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<Vec<Option<Value>>> {
    let sig = Sig { name, params, posonly, required, maxpos };
    parse_args(&sig, args, kw)
}

/// A function of `n` positional-only parameters (CPython's `METH_NOARGS`,
/// `METH_O` and fixed-arity messages): check and return the arguments.
fn positional<'a>(name: &'static str, n: usize, args: &'a [Value], kw: Kwargs) -> PyResult<&'a [Value]> {
    let qual = if n < 2 { format!("posix.{}", name) } else { name.to_string() };
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", qual)));
    }
    if args.len() == n {
        return Ok(args);
    }
    Err(PyErr::type_error(match n {
        0 => format!("{}() takes no arguments ({} given)", qual, args.len()),
        1 => format!("{}() takes exactly one argument ({} given)", qual, args.len()),
        _ => format!("{} expected {} arguments, got {}", name, n, args.len()),
    }))
}

fn getpid(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    positional("getpid", 0, args, kw)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    positional("getppid", 0, args, kw)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

/// Count the CPUs of a kernel CPU list such as `0-3,6,8-9`.
fn count_cpu_list(list: &str) -> Option<i64> {
    let mut n = 0;
    for part in list.trim().split(',') {
        n += match part.split_once('-') {
            Some((a, b)) => b.trim().parse::<i64>().ok()? - a.trim().parse::<i64>().ok()? + 1,
            None => {
                part.trim().parse::<i64>().ok()?;
                1
            }
        };
    }
    Some(n)
}

/// `os.cpu_count()`: the online CPUs (not limited by affinity).
fn cpu_count(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    positional("cpu_count", 0, args, kw)?;
    let online = std::fs::read_to_string("/sys/devices/system/cpu/online").ok().and_then(|s| count_cpu_list(&s));
    let n = online.or_else(|| std::thread::available_parallelism().ok().map(|n| n.get() as i64));
    Ok(n.map(Value::Int).unwrap_or(Value::None))
}

/// `os.urandom(size)`: bytes from `/dev/urandom`.
fn urandom(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = positional("urandom", 1, args, kw)?;
    let n = index_arg(vm, &a[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(PyErr::bare(ExcKind::MemoryError));
    }
    buf.resize(n as usize, 0);
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    if let Err(e) = read {
        return Err(os_error(vm, &e, None));
    }
    Ok(bytes_value(&buf))
}

/// An integer argument (`__index__`), with CPython's message otherwise.
pub(crate) fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) {
        return Err(PyErr::type_error("'float' object cannot be interpreted as an integer"));
    }
    match vm.to_index(v)? {
        Some(i) => Ok(i),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// `os.strerror(code)`.
fn strerror(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = positional("strerror", 1, args, kw)?;
    let code = index_arg(vm, &a[0])?;
    let Ok(code) = i32::try_from(code) else {
        return Err(PyErr::new(ExcKind::OverflowError, "Python int too large to convert to C int"));
    };
    Ok(Value::string(errno_message(code)))
}

/// `os.fspath(path)`.
fn os_fspath(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = clinic("fspath", &["path"], 0, 1, 1, args, kw)?;
    let v = a.into_iter().next().flatten().unwrap_or(Value::None);
    if matches!(v.kind(), Some(Kind::Str(_)) | Some(Kind::Bytes(_))) {
        return Ok(v);
    }
    Ok(fspath(vm, &v)?.value())
}

/// `os.system(command)`: run it with `/bin/sh -c`, returning the wait
/// status.
fn system(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::process::ExitStatusExt;
    let a = clinic("system", &["command"], 0, 1, 1, args, kw)?;
    let v = a.into_iter().next().flatten().unwrap_or(Value::None);
    let cmd = fspath(vm, &v)?;
    if cmd.bytes.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    crate::host::flush_stdout();
    match std::process::Command::new("/bin/sh").arg("-c").arg(cmd.os_path()).status() {
        Ok(st) => Ok(Value::Int(st.into_raw() as i64)),
        Err(_) => Ok(Value::Int(-1)),
    }
}
