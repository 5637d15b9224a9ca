//! The file-system calls of `os` on `std::fs`: `getcwd`, `chdir`,
//! `listdir`, `mkdir`, `makedirs`, `remove`/`unlink`, `rmdir`,
//! `removedirs`, `rename`/`replace`, `stat`/`lstat` and `os.stat_result`.
//! A descriptor argument is reached through `/proc/self/fd/N`.

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::PathBuf;

use core_vm::objects::types::new_type;
use core_vm::objects::value::{Layout, NativeFn};
use core_vm::objects::{Dict, ExcKind, Kind, Obj, PyErr, PyResult, Value};
use core_vm::vm::native_method;
use core_vm::Vm;

use super::args::{bind, PySig};
use super::path::{cwd_bytes, time_float};
use super::pathops as ops;
use super::{clinic, index_arg, os_error2, os_error_value, path_error, sys_path, Kwargs, PathKind, PathVal, SysPath};

/// The file functions of `os`.
pub(crate) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("chdir", chdir),
    ("listdir", listdir),
    ("mkdir", mkdir),
    ("makedirs", makedirs),
    ("remove", remove),
    ("unlink", unlink),
    ("rmdir", rmdir),
    ("removedirs", removedirs),
    ("rename", rename),
    ("replace", replace),
    ("stat", stat),
    ("lstat", lstat),
];

fn getcwd(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::positional("getcwd", 0, args, kw)?;
    let cwd = cwd_bytes(vm)?;
    Ok(PathVal { bytes: Vec::new(), is_bytes: false }.make(&cwd))
}

fn getcwdb(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::positional("getcwdb", 0, args, kw)?;
    let cwd = cwd_bytes(vm)?;
    Ok(super::bytes_value(&cwd))
}

/// The first argument of a one-path call, or `None` when not given.
fn first(a: &[Option<Value>]) -> Value {
    a.first().cloned().flatten().unwrap_or(Value::None)
}

/// Apply a `dir_fd` argument: a relative path is taken from the
/// directory open as that descriptor.
fn at_dir(vm: &mut Vm, p: &mut SysPath, dir_fd: Option<&Value>) -> PyResult<()> {
    let Some(fd) = dir_fd.filter(|v| !v.is_none()) else { return Ok(()) };
    let fd = index_arg(vm, fd)?;
    if !p.path.is_absolute() {
        p.path = PathBuf::from(format!("/proc/self/fd/{}", fd)).join(&p.path);
    }
    Ok(())
}

fn chdir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = clinic("chdir", &["path"], 0, 1, 1, args, kw)?;
    let p = sys_path(vm, "chdir", "path", &first(&a), PathKind::Fd)?;
    match std::env::set_current_dir(&p.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, &e, &p)),
    }
}

/// The names in directory `p`, in directory order.
fn read_names(vm: &mut Vm, p: &SysPath) -> PyResult<Vec<Value>> {
    let dir = match std::fs::read_dir(&p.path) {
        Ok(d) => d,
        Err(e) if p.fd.is_some() => {
            let errno = match e.raw_os_error() {
                Some(2) | None => 9,
                Some(n) => n,
            };
            return Err(PyErr::from_obj(os_error_value(vm, errno, None, None)));
        }
        Err(e) => return Err(path_error(vm, &e, p)),
    };
    let mut names = Vec::new();
    for entry in dir {
        match entry {
            Ok(en) => names.push(p.val.make(en.file_name().as_bytes())),
            Err(e) => return Err(path_error(vm, &e, p)),
        }
    }
    Ok(names)
}

fn listdir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = clinic("listdir", &["path"], 0, 0, 1, args, kw)?;
    let p = sys_path(vm, "listdir", "path", &first(&a), PathKind::FdOrNone)?;
    Ok(Value::list(read_names(vm, &p)?))
}

/// The `mode` argument (default `0o777`).
fn mode_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(0o777),
        Some(v) => Ok(index_arg(vm, v)? as u32),
    }
}

/// `mkdir(path, mode)` on a converted path.
fn make_dir(vm: &mut Vm, p: &SysPath, mode: u32) -> PyResult<()> {
    match std::fs::DirBuilder::new().mode(mode).create(&p.path) {
        Ok(()) => Ok(()),
        Err(e) => Err(path_error(vm, &e, p)),
    }
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = clinic("mkdir", &["path", "mode", "dir_fd"], 0, 1, 2, args, kw)?;
    let mut p = sys_path(vm, "mkdir", "path", &first(&a), PathKind::Plain)?;
    let mode = mode_arg(vm, a[1].as_ref())?;
    at_dir(vm, &mut p, a[2].as_ref())?;
    make_dir(vm, &p, mode)?;
    Ok(Value::None)
}

/// CPython's recursive `makedirs(name, mode, exist_ok)`.
fn make_dirs(vm: &mut Vm, name: &Value, mode: u32, exist_ok: bool) -> PyResult<()> {
    let p = sys_path(vm, "mkdir", "path", name, PathKind::Plain)?;
    let (mut head, mut tail) = ops::split(&p.val.bytes);
    if tail.is_empty() {
        (head, tail) = ops::split(head);
    }
    if !head.is_empty() && !tail.is_empty() && std::fs::metadata(p.val.like(head.to_vec()).os_path()).is_err() {
        let parent = p.val.make(head);
        match make_dirs(vm, &parent, 0o777, exist_ok) {
            Err(e) if !vm.err_matches(&e, ExcKind::FileExistsError) => return Err(e),
            _ => {}
        }
        if tail == b"." {
            return Ok(());
        }
    }
    match make_dir(vm, &p, mode) {
        Err(_) if exist_ok && std::fs::metadata(&p.path).map(|m| m.is_dir()).unwrap_or(false) => Ok(()),
        r => r,
    }
}

fn makedirs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let sig = PySig { name: "makedirs", params: &["name", "mode", "exist_ok"], required: 1, varargs: false, kwonly: &[] };
    let b = bind(&sig, args, kw)?;
    let mode = mode_arg(vm, b.get(1))?;
    let exist_ok = match b.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    make_dirs(vm, &b.or_none(0), mode, exist_ok)?;
    Ok(Value::None)
}

/// A one-path call `func(path, *, dir_fd=None)` running `op`.
fn path_call(vm: &mut Vm, func: &'static str, args: &[Value], kw: Kwargs, op: fn(&std::path::Path) -> std::io::Result<()>) -> PyResult<Value> {
    let a = clinic(func, &["path", "dir_fd"], 0, 1, 1, args, kw)?;
    let mut p = sys_path(vm, func, "path", &first(&a), PathKind::Plain)?;
    at_dir(vm, &mut p, a[1].as_ref())?;
    match op(&p.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, &e, &p)),
    }
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    path_call(vm, "remove", args, kw, |p| std::fs::remove_file(p))
}

fn unlink(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    path_call(vm, "unlink", args, kw, |p| std::fs::remove_file(p))
}

fn rmdir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    path_call(vm, "rmdir", args, kw, |p| std::fs::remove_dir(p))
}

fn removedirs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&PySig { name: "removedirs", params: &["name"], required: 1, varargs: false, kwonly: &[] }, args, kw)?;
    let name = b.or_none(0);
    rmdir(vm, std::slice::from_ref(&name), &[])?;
    let p = super::fspath(vm, &name)?;
    let (mut head, mut tail) = ops::split(&p.bytes);
    if tail.is_empty() {
        (head, tail) = ops::split(head);
    }
    while !head.is_empty() && !tail.is_empty() {
        if std::fs::remove_dir(p.like(head.to_vec()).os_path()).is_err() {
            break;
        }
        (head, tail) = ops::split(head);
    }
    Ok(Value::None)
}

/// `rename`/`replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
fn move_file(vm: &mut Vm, func: &'static str, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = clinic(func, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 0, 2, 2, args, kw)?;
    let mut src = sys_path(vm, func, "src", &first(&a), PathKind::Plain)?;
    let mut dst = sys_path(vm, func, "dst", &a[1].clone().unwrap_or(Value::None), PathKind::Plain)?;
    at_dir(vm, &mut src, a[2].as_ref())?;
    at_dir(vm, &mut dst, a[3].as_ref())?;
    match std::fs::rename(&src.path, &dst.path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error2(vm, &e, &src.given, &dst.given)),
    }
}

fn rename(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    move_file(vm, "rename", args, kw)
}

fn replace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    move_file(vm, "replace", args, kw)
}

// ----- stat -------------------------------------------------------------------------

/// Which stat call: following symlinks or not.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum StatCall {
    /// `os.stat` (follows symlinks, accepts a descriptor).
    Stat,
    /// `os.lstat`.
    Lstat,
}

/// The metadata of path argument `v` (`stat`/`lstat` semantics and errors).
pub(crate) fn stat_of(vm: &mut Vm, v: &Value, call: StatCall) -> PyResult<std::fs::Metadata> {
    let (name, kind) = match call {
        StatCall::Stat => ("stat", PathKind::Fd),
        StatCall::Lstat => ("lstat", PathKind::Plain),
    };
    let p = sys_path(vm, name, "path", v, kind)?;
    metadata(vm, &p, call == StatCall::Stat)
}

/// The metadata of a converted path.
fn metadata(vm: &mut Vm, p: &SysPath, follow: bool) -> PyResult<std::fs::Metadata> {
    let r = if follow { std::fs::metadata(&p.path) } else { std::fs::symlink_metadata(&p.path) };
    r.map_err(|e| path_error(vm, &e, p))
}

/// Field names of `os.stat_result`, in tuple order.
const STAT_FIELDS: [&str; 10] =
    ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];

/// The `os.stat_result` class (a `tuple` subclass; created once per VM).
pub(crate) fn stat_result_class(vm: &mut Vm) -> Obj {
    vm.native_class("os.stat_result", make_stat_result_class)
}

fn make_stat_result_class(vm: &mut Vm) -> Obj {
    let mut cd = Dict::new();
    cd.set_str("__repr__", native_method("stat_result", "__repr__", stat_repr));
    cd.set_str("n_fields", Value::Int(19));
    cd.set_str("n_sequence_fields", Value::Int(10));
    let (tuple, obj) = (vm.types.tuple.clone(), vm.types.object.clone());
    new_type("stat_result", "os", vec![tuple.clone()], vec![tuple, obj], cd, Layout::Tuple, false)
}

/// Nanoseconds since the epoch.
fn ns(sec: i64, nsec: i64) -> Value {
    Value::Int(sec.saturating_mul(1_000_000_000).saturating_add(nsec))
}

/// An `os.stat_result` for `m`.
fn stat_value(vm: &mut Vm, m: &std::fs::Metadata) -> Value {
    let ints = [m.mode() as i64, m.ino() as i64, m.dev() as i64, m.nlink() as i64, m.uid() as i64, m.gid() as i64, m.size() as i64];
    let mut items: Vec<Value> = ints.iter().map(|i| Value::Int(*i)).collect();
    items.extend([m.atime(), m.mtime(), m.ctime()].map(Value::Int));
    let mut attrs = Dict::new();
    for (name, v) in STAT_FIELDS.iter().zip(&items) {
        attrs.set_str(name, v.clone());
    }
    attrs.set_str("st_atime", time_float(m.atime(), m.atime_nsec()));
    attrs.set_str("st_mtime", time_float(m.mtime(), m.mtime_nsec()));
    attrs.set_str("st_ctime", time_float(m.ctime(), m.ctime_nsec()));
    attrs.set_str("st_atime_ns", ns(m.atime(), m.atime_nsec()));
    attrs.set_str("st_mtime_ns", ns(m.mtime(), m.mtime_nsec()));
    attrs.set_str("st_ctime_ns", ns(m.ctime(), m.ctime_nsec()));
    attrs.set_str("st_blksize", Value::Int(m.blksize() as i64));
    attrs.set_str("st_blocks", Value::Int(m.blocks() as i64));
    attrs.set_str("st_rdev", Value::Int(m.rdev() as i64));
    let cls = stat_result_class(vm);
    vm.new_object_with_class(&cls, Kind::Tuple(items.into_boxed_slice()), attrs)
}

fn stat_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let items = args.first().and_then(|v| v.seq_items()).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for (name, v) in STAT_FIELDS.iter().zip(&items) {
        parts.push(format!("{}={}", name, vm.repr(v)?));
    }
    Ok(Value::string(format!("os.stat_result({})", parts.join(", "))))
}

fn stat(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = clinic("stat", &["path", "dir_fd", "follow_symlinks"], 0, 1, 1, args, kw)?;
    let mut p = sys_path(vm, "stat", "path", &first(&a), PathKind::Fd)?;
    at_dir(vm, &mut p, a[1].as_ref())?;
    let follow = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let m = metadata(vm, &p, follow)?;
    Ok(stat_value(vm, &m))
}

fn lstat(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = clinic("lstat", &["path", "dir_fd"], 0, 1, 1, args, kw)?;
    let mut p = sys_path(vm, "lstat", "path", &first(&a), PathKind::Plain)?;
    at_dir(vm, &mut p, a[1].as_ref())?;
    let m = metadata(vm, &p, false)?;
    Ok(stat_value(vm, &m))
}

/// An `OSError` value for a failed directory scan (used by `walk`).
pub(crate) fn scan_error(vm: &mut Vm, e: &std::io::Error, top: &Value) -> Value {
    let errno = e.raw_os_error().unwrap_or(5);
    os_error_value(vm, errno, Some(top), None)
}
