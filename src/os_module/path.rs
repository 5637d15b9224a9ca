//! The `os.path` module (`posixpath`): argument handling and results for
//! the algorithms of [`super::pathops`], plus the file-system queries
//! (`exists`, `isdir`, `getsize`, ...). One module object serves as
//! `os.path` and `posixpath`.

use core_vm::objects::value::NativeFn;
use core_vm::objects::{Dict, Kind, PyErr, PyResult, Value};
use core_vm::syntax::ast::CmpOp;
use core_vm::vm::native_function;
use core_vm::Vm;

use super::args::{bind, Bound, PySig};
use super::environ::lookup_env;
use super::files::{stat_of, StatCall};
use super::pathops as ops;
use super::{fspath, os_error, path_bytes, try_fspath, Kwargs, PathVal};

/// The string constants shared by `os` and `os.path`.
pub(crate) const CONSTANTS: [(&str, &str); 7] = [
    ("sep", "/"),
    ("curdir", "."),
    ("pardir", ".."),
    ("extsep", "."),
    ("pathsep", ":"),
    ("defpath", "/bin:/usr/bin"),
    ("devnull", "/dev/null"),
];

/// The functions of `os.path`.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("join", join),
    ("split", split),
    ("splitext", splitext),
    ("splitdrive", splitdrive),
    ("basename", basename),
    ("dirname", dirname),
    ("isabs", isabs),
    ("normcase", normcase),
    ("normpath", normpath),
    ("abspath", abspath),
    ("realpath", realpath),
    ("relpath", relpath),
    ("commonprefix", commonprefix),
    ("commonpath", commonpath),
    ("expanduser", expanduser),
    ("expandvars", expandvars),
    ("exists", exists),
    ("lexists", lexists),
    ("isfile", isfile),
    ("isdir", isdir),
    ("islink", islink),
    ("ismount", ismount),
    ("samefile", samefile),
    ("getsize", getsize),
    ("getmtime", getmtime),
    ("getatime", getatime),
    ("getctime", getctime),
];

/// Build the `posixpath` namespace.
pub(crate) fn module_init(_vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    for (name, value) in CONSTANTS {
        d.set_str(name, Value::str(value));
    }
    d.set_str("altsep", Value::None);
    d.set_str("supports_unicode_filenames", Value::Bool(false));
    for (name, f) in FUNCTIONS {
        d.set_str(name, native_function(name, *f));
    }
    Ok(d)
}

/// The `posixpath` module object, created once and registered in
/// `sys.modules` as both `posixpath` and `os.path`.
pub(crate) fn shared_module(vm: &mut Vm) -> PyResult<Value> {
    let modules = Value::Obj(vm.modules.clone());
    if let Some(m) = vm.dict_lookup(&modules, &Value::str("posixpath"))? {
        vm.dict_set(&modules, Value::str("os.path"), m.clone())?;
        return Ok(m);
    }
    let d = module_init(vm)?;
    let m = vm.new_module("posixpath", d);
    vm.dict_set(&modules, Value::str("posixpath"), m.clone())?;
    vm.dict_set(&modules, Value::str("os.path"), m.clone())?;
    Ok(m)
}

// ----- argument helpers -------------------------------------------------------------

/// The single path argument `param` of function `name`, converted.
fn one(vm: &mut Vm, name: &'static str, params: &'static [&'static str], args: &[Value], kw: Kwargs) -> PyResult<PathVal> {
    let b = bind(&PySig { name, params, required: 1, varargs: false, kwonly: &[] }, args, kw)?;
    fspath(vm, &b.or_none(0))
}

/// The `_check_arg_types` error for converted arguments: a value that is
/// not path-like, or a mix of `str` and `bytes`.
fn check_arg_types(vm: &mut Vm, func: &str, args: &[Value]) -> PyResult<Vec<PathVal>> {
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        match try_fspath(vm, a)? {
            Some(p) => out.push(p),
            None => {
                return Err(PyErr::type_error(format!(
                    "{}() argument must be str, bytes, or os.PathLike object, not '{}'",
                    func,
                    vm.type_name(a)
                )))
            }
        }
    }
    if out.iter().any(|p| p.is_bytes) && out.iter().any(|p| !p.is_bytes) {
        return Err(PyErr::type_error("Can't mix strings and bytes in path components"));
    }
    Ok(out)
}

/// `(a, b)` as a tuple of path values.
fn pair(p: &PathVal, a: &[u8], b: &[u8]) -> Value {
    Value::tuple(vec![p.make(a), p.make(b)])
}

/// The current directory's bytes (`os.getcwd()`).
pub(crate) fn cwd_bytes(vm: &mut Vm) -> PyResult<Vec<u8>> {
    match std::env::current_dir() {
        Ok(d) => Ok(path_bytes(&d)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

// ----- string functions -------------------------------------------------------------

fn join(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&PySig { name: "join", params: &["a"], required: 1, varargs: true, kwonly: &[] }, args, kw)?;
    let a = fspath(vm, &b.or_none(0))?;
    let mut all = vec![a.value()];
    all.extend(b.rest.iter().cloned());
    let paths = check_arg_types(vm, "join", &all)?;
    let parts: Vec<&[u8]> = paths[1..].iter().map(|p| p.bytes.as_slice()).collect();
    Ok(a.make(&ops::join(&a.bytes, &parts)))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "split", &["p"], args, kw)?;
    let (h, t) = ops::split(&p.bytes);
    Ok(pair(&p, h, t))
}

fn splitext(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "splitext", &["p"], args, kw)?;
    let (r, e) = ops::splitext(&p.bytes);
    Ok(pair(&p, r, e))
}

fn splitdrive(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "splitdrive", &["p"], args, kw)?;
    Ok(pair(&p, b"", &p.bytes))
}

fn basename(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "basename", &["p"], args, kw)?;
    Ok(p.make(ops::basename(&p.bytes)))
}

fn dirname(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "dirname", &["p"], args, kw)?;
    Ok(p.make(ops::dirname(&p.bytes)))
}

fn isabs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "isabs", &["s"], args, kw)?;
    Ok(Value::Bool(p.bytes.first() == Some(&b'/')))
}

fn normcase(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(one(vm, "normcase", &["s"], args, kw)?.value())
}

fn normpath(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "normpath", &["path"], args, kw)?;
    Ok(p.make(&ops::normpath(&p.bytes)))
}

/// `abspath` of a converted path.
fn abs_of(vm: &mut Vm, p: &PathVal) -> PyResult<Vec<u8>> {
    if p.bytes.first() == Some(&b'/') {
        return Ok(ops::normpath(&p.bytes));
    }
    let cwd = cwd_bytes(vm)?;
    Ok(ops::abspath(&p.bytes, &cwd))
}

fn abspath(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "abspath", &["path"], args, kw)?;
    let a = abs_of(vm, &p)?;
    Ok(p.make(&a))
}

/// `realpath` of a converted path (symlinks resolved, non-strict).
fn real_of(vm: &mut Vm, p: &PathVal) -> PyResult<PathVal> {
    let (resolved, _) = ops::join_realpath(Vec::new(), &p.bytes, &mut Vec::new());
    let r = p.like(resolved);
    Ok(p.like(abs_of(vm, &r)?))
}

/// `realpath(strict=True)`: the error for the first missing component.
fn strict_check(vm: &mut Vm, r: &PathVal) -> PyResult<()> {
    let mut prefix = Vec::new();
    for comp in ops::components(&r.bytes) {
        prefix.push(b'/');
        prefix.extend_from_slice(comp);
        let at = r.like(prefix.clone());
        if let Err(e) = std::fs::symlink_metadata(at.os_path()) {
            return Err(os_error(vm, &e, Some(&at.value())));
        }
    }
    Ok(())
}

fn realpath(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let sig = PySig { name: "realpath", params: &["filename"], required: 1, varargs: false, kwonly: &["strict"] };
    let b = bind(&sig, args, kw)?;
    let p = fspath(vm, &b.or_none(0))?;
    let strict = match b.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let r = real_of(vm, &p)?;
    if strict {
        strict_check(vm, &r)?;
    }
    Ok(r.value())
}

fn relpath(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&PySig { name: "relpath", params: &["path", "start"], required: 1, varargs: false, kwonly: &[] }, args, kw)?;
    let raw = b.or_none(0);
    if !vm.truthy(&raw)? {
        return Err(PyErr::value_error("no path specified"));
    }
    let path = fspath(vm, &raw)?;
    let start = match b.get(1).filter(|v| !v.is_none()) {
        Some(s) => fspath(vm, s)?,
        None => path.like(b".".to_vec()),
    };
    if start.is_bytes != path.is_bytes {
        return Err(PyErr::type_error("Can't mix strings and bytes in path components"));
    }
    let (sa, pa) = (abs_of(vm, &start)?, abs_of(vm, &path)?);
    Ok(path.make(&ops::relpath(&pa, &sa)))
}

/// Minimum and maximum of `items` by `<`.
fn min_max(vm: &mut Vm, items: &[Value]) -> PyResult<(Value, Value)> {
    let (mut lo, mut hi) = (items[0].clone(), items[0].clone());
    for v in &items[1..] {
        if vm.compare_bool(v, &lo, CmpOp::Lt)? {
            lo = v.clone();
        }
        if vm.compare_bool(&hi, v, CmpOp::Lt)? {
            hi = v.clone();
        }
    }
    Ok((lo, hi))
}

/// `commonprefix` of lists or tuples: the common leading elements.
fn common_seq_prefix(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let (lo, hi) = min_max(vm, items)?;
    let (a, b) = (lo.seq_items().unwrap_or_default(), hi.seq_items().unwrap_or_default());
    let mut n = 0;
    while n < a.len() && n < b.len() && vm.eq(&a[n], &b[n])? {
        n += 1;
    }
    let head = a[..n].to_vec();
    Ok(if matches!(lo.kind(), Some(Kind::Tuple(_))) { Value::tuple(head) } else { Value::list(head) })
}

fn commonprefix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&PySig { name: "commonprefix", params: &["m"], required: 1, varargs: false, kwonly: &[] }, args, kw)?;
    let m = b.or_none(0);
    if !vm.truthy(&m)? {
        return Ok(Value::str(""));
    }
    let first = vm.getitem(&m, &Value::Int(0))?;
    let items = vm.collect_iterable(&m)?;
    if items.is_empty() {
        return Ok(Value::str(""));
    }
    if matches!(first.kind(), Some(Kind::List(_)) | Some(Kind::Tuple(_))) {
        return common_seq_prefix(vm, &items);
    }
    let mut conv = Vec::with_capacity(items.len());
    for v in &items {
        conv.push(fspath(vm, v)?.value());
    }
    let (lo, hi) = min_max(vm, &conv)?;
    let (l, h) = (fspath(vm, &lo)?, fspath(vm, &hi)?);
    let n = ops::common_prefix_len(&l.bytes, &h.bytes, !l.is_bytes);
    Ok(l.make(&l.bytes[..n]))
}

fn commonpath(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = bind(&PySig { name: "commonpath", params: &["paths"], required: 1, varargs: false, kwonly: &[] }, args, kw)?;
    let raw = b.or_none(0);
    if !vm.truthy(&raw)? {
        return Err(PyErr::value_error("commonpath() arg is an empty sequence"));
    }
    let items = vm.collect_iterable(&raw)?;
    let mut paths = Vec::with_capacity(items.len());
    for v in &items {
        paths.push(fspath(vm, v)?);
    }
    let Some(first) = paths.first().cloned() else {
        return Err(PyErr::index_error("tuple index out of range"));
    };
    if paths.iter().any(|p| p.is_bytes != first.is_bytes) {
        return Err(PyErr::type_error("Can't mix strings and bytes in path components"));
    }
    let bytes: Vec<Vec<u8>> = paths.into_iter().map(|p| p.bytes).collect();
    match ops::commonpath(&bytes) {
        Ok(r) => Ok(first.make(&r)),
        Err(()) => Err(PyErr::value_error("Can't mix absolute and relative paths")),
    }
}

// ----- ~ and $ expansion ------------------------------------------------------------

/// The `/etc/passwd` home directory of the user `pick` selects (by name
/// or by uid).
fn passwd_home(pick: impl Fn(&[&str]) -> bool) -> Option<String> {
    let text = std::fs::read_to_string("/etc/passwd").ok()?;
    text.lines().map(|l| l.split(':').collect::<Vec<_>>()).find(|f| f.len() >= 6 && pick(f)).map(|f| f[5].to_string())
}

/// The real uid of this process (from `/proc/self/status`).
fn current_uid() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(1).map(str::to_string)
}

/// The home directory for `~` (`$HOME`, else the password entry).
fn own_home(vm: &mut Vm) -> PyResult<Option<Vec<u8>>> {
    if let Some(h) = lookup_env(vm, "HOME")? {
        return Ok(Some(fspath(vm, &h)?.bytes));
    }
    let Some(uid) = current_uid() else { return Ok(None) };
    Ok(passwd_home(|f| f[2] == uid).map(String::into_bytes))
}

fn expanduser(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "expanduser", &["path"], args, kw)?;
    if p.bytes.first() != Some(&b'~') {
        return Ok(p.value());
    }
    let i = p.bytes[1..].iter().position(|&c| c == b'/').map(|i| i + 1).unwrap_or(p.bytes.len());
    let home = if i == 1 {
        own_home(vm)?
    } else {
        let name = String::from_utf8_lossy(&p.bytes[1..i]).into_owned();
        passwd_home(|f| f[0] == name).map(String::into_bytes)
    };
    let Some(home) = home else { return Ok(p.value()) };
    let end = home.iter().rposition(|&c| c != b'/').map(|j| j + 1).unwrap_or(0);
    let mut out = home[..end].to_vec();
    out.extend_from_slice(&p.bytes[i..]);
    if out.is_empty() {
        out.push(b'/');
    }
    Ok(p.make(&out))
}

fn expandvars(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one(vm, "expandvars", &["path"], args, kw)?;
    let mut path = p.bytes.clone();
    let mut i = 0;
    while let Some(off) = path.get(i..).and_then(|s| s.iter().position(|&c| c == b'$')) {
        let start = i + off;
        let Some((name, end)) = ops::var_ref(&path, start) else {
            i = start + 1;
            continue;
        };
        let key = String::from_utf8_lossy(name).into_owned();
        match lookup_env(vm, &key)? {
            None => i = end,
            Some(v) => {
                let value = fspath(vm, &v)?.bytes;
                let tail = path[end..].to_vec();
                path.truncate(start);
                path.extend_from_slice(&value);
                i = path.len();
                path.extend_from_slice(&tail);
            }
        }
    }
    Ok(p.make(&path))
}

// ----- file-system queries ----------------------------------------------------------

/// The path argument of a query function.
fn query_arg(name: &'static str, params: &'static [&'static str], args: &[Value], kw: Kwargs) -> PyResult<Bound> {
    bind(&PySig { name, params, required: params.len(), varargs: false, kwonly: &[] }, args, kw)
}

/// `os.stat`/`os.lstat` of the argument, `Ok(None)` where CPython's
/// query catches the error (`OSError`, `ValueError`).
fn quiet_stat(vm: &mut Vm, v: &Value, call: StatCall) -> PyResult<Option<std::fs::Metadata>> {
    match stat_of(vm, v, call) {
        Ok(m) => Ok(Some(m)),
        Err(e) if vm.err_matches(&e, core_vm::objects::ExcKind::TypeError) => Err(e),
        Err(_) => Ok(None),
    }
}

fn exists(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = query_arg("exists", &["path"], args, kw)?;
    Ok(Value::Bool(quiet_stat(vm, &b.or_none(0), StatCall::Stat)?.is_some()))
}

fn lexists(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = query_arg("lexists", &["path"], args, kw)?;
    Ok(Value::Bool(quiet_stat(vm, &b.or_none(0), StatCall::Lstat)?.is_some()))
}

fn isfile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = query_arg("isfile", &["path"], args, kw)?;
    Ok(Value::Bool(quiet_stat(vm, &b.or_none(0), StatCall::Stat)?.map(|m| m.is_file()).unwrap_or(false)))
}

fn isdir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = query_arg("isdir", &["s"], args, kw)?;
    Ok(Value::Bool(quiet_stat(vm, &b.or_none(0), StatCall::Stat)?.map(|m| m.is_dir()).unwrap_or(false)))
}

fn islink(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = query_arg("islink", &["path"], args, kw)?;
    let m = quiet_stat(vm, &b.or_none(0), StatCall::Lstat)?;
    Ok(Value::Bool(m.map(|m| m.file_type().is_symlink()).unwrap_or(false)))
}

fn ismount(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let b = query_arg("ismount", &["path"], args, kw)?;
    let v = b.or_none(0);
    let Some(s1) = quiet_stat(vm, &v, StatCall::Lstat)? else { return Ok(Value::Bool(false)) };
    if s1.file_type().is_symlink() {
        return Ok(Value::Bool(false));
    }
    let p = fspath(vm, &v)?;
    let parent = real_of(vm, &p.like(ops::join(&p.bytes, &[b".."])))?;
    let Some(s2) = quiet_stat(vm, &parent.value(), StatCall::Lstat)? else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(s1.dev() != s2.dev() || s1.ino() == s2.ino()))
}

fn samefile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let b = query_arg("samefile", &["f1", "f2"], args, kw)?;
    let s1 = stat_of(vm, &b.or_none(0), StatCall::Stat)?;
    let s2 = stat_of(vm, &b.or_none(1), StatCall::Stat)?;
    Ok(Value::Bool(s1.dev() == s2.dev() && s1.ino() == s2.ino()))
}

/// Seconds since the epoch as a float, CPython-style (`sec + nsec * 1e-9`).
pub(crate) fn time_float(sec: i64, nsec: i64) -> Value {
    Value::Float(sec as f64 + nsec as f64 * 1e-9)
}

fn getsize(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = query_arg("getsize", &["filename"], args, kw)?;
    let m = stat_of(vm, &b.or_none(0), StatCall::Stat)?;
    Ok(Value::Int(m.len() as i64))
}

fn getmtime(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let b = query_arg("getmtime", &["filename"], args, kw)?;
    let m = stat_of(vm, &b.or_none(0), StatCall::Stat)?;
    Ok(time_float(m.mtime(), m.mtime_nsec()))
}

fn getatime(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let b = query_arg("getatime", &["filename"], args, kw)?;
    let m = stat_of(vm, &b.or_none(0), StatCall::Stat)?;
    Ok(time_float(m.atime(), m.atime_nsec()))
}

fn getctime(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let b = query_arg("getctime", &["filename"], args, kw)?;
    let m = stat_of(vm, &b.or_none(0), StatCall::Stat)?;
    Ok(time_float(m.ctime(), m.ctime_nsec()))
}
