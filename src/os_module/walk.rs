//! `os.walk(top, topdown=True, onerror=None, followlinks=False)`: a lazy
//! iterator with CPython 3.11's order. Top-down, the `dirnames` list a
//! step yields is read again when descending, so pruning it in place
//! works; bottom-up, children are listed before their parent.

use std::os::unix::ffi::OsStrExt;

use core_vm::objects::types::new_type;
use core_vm::objects::value::{with_native, Layout, NativeData};
use core_vm::objects::{Dict, Kind, Obj, PyErr, PyResult, Value};
use core_vm::vm::native_method;
use core_vm::Vm;

use super::args::{bind, PySig};
use super::files::scan_error;
use super::pathops as ops;
use super::{fspath, try_fspath, Kwargs, PathVal};

/// One listed directory.
struct Frame {
    /// The directory, as yielded.
    top: PathVal,
    /// The `dirnames` list (shared with the caller).
    dirs: Value,
    /// The `filenames` list.
    files: Value,
    /// Bottom-up: the subdirectories to descend into.
    walk_dirs: Vec<PathVal>,
    /// Next position in `dirs` (top-down) or `walk_dirs` (bottom-up).
    index: usize,
}

/// The walk's progress.
#[derive(Default)]
struct State {
    /// The root, until it is listed.
    root: Option<PathVal>,
    /// Directories being walked, innermost last.
    stack: Vec<Frame>,
}

/// The iterator object's data.
struct Walk {
    topdown: bool,
    followlinks: bool,
    onerror: Value,
    state: State,
}

impl NativeData for Walk {
    fn type_name(&self) -> &'static str {
        "generator"
    }
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn core::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.onerror);
        for f in &self.state.stack {
            visit(&f.dirs);
            visit(&f.files);
        }
    }
    fn clear(&mut self, out: &mut Vec<Value>) {
        out.push(core::mem::take(&mut self.onerror));
        for f in self.state.stack.drain(..) {
            out.push(f.dirs);
            out.push(f.files);
        }
    }
}

/// The class of walk iterators (created once per VM).
fn walk_class(vm: &mut Vm) -> Obj {
    vm.native_class("os.walk", make_walk_class)
}

fn make_walk_class(vm: &mut Vm) -> Obj {
    let mut cd = Dict::new();
    cd.set_str("__iter__", native_method("generator", "__iter__", walk_iter));
    cd.set_str("__next__", native_method("generator", "__next__", walk_next));
    let obj = vm.types.object.clone();
    new_type("generator", "builtins", vec![obj.clone()], vec![obj], cd, Layout::Object, false)
}

/// `os.walk(...)`.
pub(crate) fn walk(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let sig = PySig { name: "walk", params: &["top", "topdown", "onerror", "followlinks"], required: 1, varargs: false, kwonly: &[] };
    let b = bind(&sig, args, kw)?;
    let top = fspath(vm, &b.or_none(0))?;
    let topdown = match b.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let followlinks = match b.get(3) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let state = State { root: Some(top), stack: Vec::new() };
    let data = Walk { topdown, followlinks, onerror: b.or_none(2), state };
    let cls = walk_class(vm);
    Ok(vm.new_native_object(&cls, Box::new(data)))
}

fn walk_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    args.first().cloned().ok_or_else(|| PyErr::type_error("descriptor '__iter__' needs an argument"))
}

/// Is `p` a symbolic link?
fn is_link(p: &PathVal) -> bool {
    std::fs::symlink_metadata(p.os_path()).map(|m| m.file_type().is_symlink()).unwrap_or(false)
}

/// List `top`: its frame, or the `OSError` to report.
fn scan(vm: &mut Vm, top: &PathVal, topdown: bool, followlinks: bool) -> Result<Frame, Value> {
    let dir = std::fs::read_dir(top.os_path()).map_err(|e| scan_error(vm, &e, &top.value()))?;
    let (mut dirs, mut files, mut walk_dirs) = (Vec::new(), Vec::new(), Vec::new());
    for entry in dir {
        let entry = entry.map_err(|e| scan_error(vm, &e, &top.value()))?;
        let name = entry.file_name();
        let name = name.as_bytes();
        let path = top.like(ops::join(&top.bytes, &[name]));
        let is_dir = std::fs::metadata(path.os_path()).map(|m| m.is_dir()).unwrap_or(false);
        if !is_dir {
            files.push(top.make(name));
            continue;
        }
        dirs.push(top.make(name));
        let is_symlink = entry.file_type().map(|t| t.is_symlink()).unwrap_or(false);
        if !topdown && (followlinks || !is_symlink) {
            walk_dirs.push(path);
        }
    }
    Ok(Frame { top: top.clone(), dirs: Value::list(dirs), files: Value::list(files), walk_dirs, index: 0 })
}

/// Report a scan error to `onerror` (if given).
fn report(vm: &mut Vm, onerror: &Value, err: Value) -> PyResult<()> {
    if !onerror.is_none() {
        vm.call(onerror, &[err], &[])?;
    }
    Ok(())
}

/// The `(dirpath, dirnames, filenames)` triple of a frame.
fn triple(f: &Frame) -> Value {
    Value::tuple(vec![f.top.value(), f.dirs.clone(), f.files.clone()])
}

/// The `index`-th entry of a live `dirnames` list, if any.
fn live_item(list: &Value, index: usize) -> Option<Value> {
    match list.kind() {
        Some(Kind::List(l)) => l.try_borrow().ok().and_then(|l| l.get(index).cloned()),
        _ => None,
    }
}

/// The next directory below the innermost frame, top-down.
fn next_topdown(vm: &mut Vm, w: &Walk, st: &mut State) -> PyResult<Option<Value>> {
    loop {
        let Some(frame) = st.stack.last_mut() else { return Ok(None) };
        let Some(name) = live_item(&frame.dirs, frame.index) else {
            st.stack.pop();
            continue;
        };
        frame.index += 1;
        let top = frame.top.clone();
        let name = join_name(vm, &top, &name)?;
        let new_path = top.like(ops::join(&top.bytes, &[&name.bytes]));
        if !w.followlinks && is_link(&new_path) {
            continue;
        }
        match scan(vm, &new_path, true, w.followlinks) {
            Ok(f) => {
                let t = triple(&f);
                st.stack.push(f);
                return Ok(Some(t));
            }
            Err(e) => report(vm, &w.onerror, e)?,
        }
    }
}

/// A `dirnames` entry as a path of `top`'s type (`join`'s errors).
fn join_name(vm: &mut Vm, top: &PathVal, name: &Value) -> PyResult<PathVal> {
    match try_fspath(vm, name)? {
        Some(p) if p.is_bytes == top.is_bytes => Ok(p),
        Some(_) => Err(PyErr::type_error("Can't mix strings and bytes in path components")),
        None => Err(PyErr::type_error(format!(
            "join() argument must be str, bytes, or os.PathLike object, not '{}'",
            vm.type_name(name)
        ))),
    }
}

/// The next finished directory, bottom-up.
fn next_bottomup(vm: &mut Vm, w: &Walk, st: &mut State) -> PyResult<Option<Value>> {
    loop {
        let Some(frame) = st.stack.last_mut() else { return Ok(None) };
        let Some(sub) = frame.walk_dirs.get(frame.index).cloned() else {
            let done = st.stack.pop();
            return Ok(done.as_ref().map(triple));
        };
        frame.index += 1;
        match scan(vm, &sub, false, w.followlinks) {
            Ok(f) => st.stack.push(f),
            Err(e) => report(vm, &w.onerror, e)?,
        }
    }
}

/// One step of the walk on the state taken out of the iterator.
fn step(vm: &mut Vm, w: &Walk, st: &mut State) -> PyResult<Option<Value>> {
    if let Some(root) = st.root.take() {
        match scan(vm, &root, w.topdown, w.followlinks) {
            Ok(f) if w.topdown => {
                let t = triple(&f);
                st.stack.push(f);
                return Ok(Some(t));
            }
            Ok(f) => st.stack.push(f),
            Err(e) => {
                report(vm, &w.onerror, e)?;
                return Ok(None);
            }
        }
    }
    if w.topdown {
        next_topdown(vm, w, st)
    } else {
        next_bottomup(vm, w, st)
    }
}

fn walk_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(me) = args.first() else { return Err(PyErr::type_error("descriptor '__next__' needs an argument")) };
    let taken = with_native(me, |w: &mut Walk| {
        let cfg = Walk { topdown: w.topdown, followlinks: w.followlinks, onerror: w.onerror.clone(), state: State::default() };
        (cfg, std::mem::take(&mut w.state))
    });
    let Some((cfg, mut st)) = taken else { return Err(PyErr::stop_iteration()) };
    let r = step(vm, &cfg, &mut st);
    with_native(me, |w: &mut Walk| w.state = st);
    match r? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration()),
    }
}
