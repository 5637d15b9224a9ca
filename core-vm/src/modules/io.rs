//! The `io` module: `StringIO`, an in-memory text stream with CPython's
//! semantics (code-point positions, overwrite-in-place writes, NUL padding
//! after a seek past the end, newline translation per `newline=`).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kwargs;
use crate::objects::types::new_type;
use crate::objects::value::{with_native, Layout, NativeData, NativeFn};
use crate::objects::{Dict, ExcKind, Kind, PyErr, PyResult, Value};
use crate::vm::{native_function, native_method, Num, Vm};

/// Build the `io` namespace.
pub fn init(vm: &mut Vm) -> PyResult<Dict> {
    let mut d = Dict::new();
    d.set_str("SEEK_SET", Value::Int(0));
    d.set_str("SEEK_CUR", Value::Int(1));
    d.set_str("SEEK_END", Value::Int(2));
    d.set_str("StringIO", Value::Obj(stringio_class(vm)));
    Ok(d)
}

/// How a stream handles line endings (`newline=`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// `None`: `\r\n` and `\r` become `\n` on write.
    Translate,
    /// `""`: no translation; lines end at `\n`, `\r` or `\r\n`.
    Universal,
    /// `"\n"` (the default).
    Lf,
    /// `"\r"`: `\n` is written as `\r`.
    Cr,
    /// `"\r\n"`: `\n` is written as `\r\n`.
    CrLf,
}

/// A `StringIO`'s state: the text as code points and the position.
struct StringIo {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    newline: Newline,
}

impl NativeData for StringIo {
    fn type_name(&self) -> &'static str {
        "StringIO"
    }
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn core::any::Any {
        self
    }
    fn heap_size(&self) -> usize {
        self.buf.capacity() * core::mem::size_of::<char>()
    }
}

impl StringIo {
    fn new() -> StringIo {
        StringIo { buf: Vec::new(), pos: 0, closed: false, newline: Newline::Lf }
    }

    /// Apply the write-side newline translation.
    fn translate(&self, s: &str) -> Vec<char> {
        match self.newline {
            Newline::Translate => {
                let mut out = Vec::with_capacity(s.len());
                let mut it = s.chars().peekable();
                while let Some(c) = it.next() {
                    if c == '\r' {
                        if it.peek() == Some(&'\n') {
                            it.next();
                        }
                        out.push('\n');
                    } else {
                        out.push(c);
                    }
                }
                out
            }
            Newline::Cr => s.chars().map(|c| if c == '\n' { '\r' } else { c }).collect(),
            Newline::CrLf => {
                let mut out = Vec::with_capacity(s.len());
                for c in s.chars() {
                    if c == '\n' {
                        out.push('\r');
                    }
                    out.push(c);
                }
                out
            }
            Newline::Universal | Newline::Lf => s.chars().collect(),
        }
    }

    /// Write at the position (padding with NULs past the end);
    /// `MemoryError` if the buffer cannot grow that far.
    fn write(&mut self, s: &str) -> PyResult<()> {
        let chars = self.translate(s);
        let needed = self.pos.saturating_add(chars.len()).saturating_sub(self.buf.len());
        if self.buf.try_reserve(needed).is_err() {
            return Err(PyErr::bare(ExcKind::MemoryError));
        }
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, '\0');
        }
        let end = self.pos + chars.len();
        let overlap = end.min(self.buf.len()) - self.pos;
        self.buf[self.pos..self.pos + overlap].copy_from_slice(&chars[..overlap]);
        self.buf.extend_from_slice(&chars[overlap..]);
        self.pos = end;
        Ok(())
    }

    /// Read up to `n` code points (all when `None`).
    fn read(&mut self, n: Option<usize>) -> String {
        let start = self.pos.min(self.buf.len());
        let end = match n {
            Some(n) => start.saturating_add(n).min(self.buf.len()),
            None => self.buf.len(),
        };
        self.pos = end.max(self.pos);
        self.buf[start..end].iter().collect()
    }

    /// Length of the line starting at `start` (with its terminator).
    fn line_len(&self, start: usize, limit: Option<usize>) -> usize {
        let rest = &self.buf[start..];
        let max = limit.map(|l| l.min(rest.len())).unwrap_or(rest.len());
        let mut i = 0;
        while i < max {
            let c = rest[i];
            match self.newline {
                Newline::Universal if c == '\r' => {
                    if rest.get(i + 1) == Some(&'\n') && i + 1 < max {
                        return i + 2;
                    }
                    return i + 1;
                }
                Newline::Universal | Newline::Lf | Newline::Translate if c == '\n' => return i + 1,
                Newline::Cr if c == '\r' => return i + 1,
                Newline::CrLf if c == '\r' && rest.get(i + 1) == Some(&'\n') => {
                    return (i + 2).min(max);
                }
                _ => {}
            }
            i += 1;
        }
        max
    }

    fn readline(&mut self, limit: Option<usize>) -> String {
        if self.pos >= self.buf.len() {
            return String::new();
        }
        let start = self.pos;
        let n = self.line_len(start, limit);
        self.pos = start + n;
        self.buf[start..start + n].iter().collect()
    }
}

/// The `StringIO` class.
fn stringio_class(vm: &mut Vm) -> crate::objects::Obj {
    let mut cd = Dict::new();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", sio_init),
        ("write", sio_write),
        ("writelines", sio_writelines),
        ("getvalue", sio_getvalue),
        ("read", sio_read),
        ("readline", sio_readline),
        ("readlines", sio_readlines),
        ("seek", sio_seek),
        ("tell", sio_tell),
        ("truncate", sio_truncate),
        ("close", sio_close),
        ("flush", sio_flush),
        ("readable", sio_true),
        ("writable", sio_true),
        ("seekable", sio_true),
        ("isatty", sio_isatty),
        ("__iter__", sio_iter),
        ("__next__", sio_next),
        ("__enter__", sio_iter),
        ("__exit__", sio_exit),
    ];
    for (name, f) in methods {
        cd.set_str(name, native_method("StringIO", name, *f));
    }
    cd.set_str("__new__", native_function("__new__", sio_new));
    let getter = native_function("closed", sio_closed);
    cd.set_str("closed", Value::new_obj(Kind::Property(Box::new([getter, Value::None, Value::None, Value::None]))));
    cd.set_str("line_buffering", Value::Bool(false));
    cd.set_str("newlines", Value::None);
    let obj = vm.types.object.clone();
    new_type("StringIO", "_io", alloc::vec![obj.clone()], alloc::vec![obj], cd, Layout::Object, false)
}

/// Run `f` on the receiver's open stream.
fn with_open<R>(args: &[Value], f: impl FnOnce(&mut StringIo) -> R) -> PyResult<R> {
    with_open_msg(args, "I/O operation on closed file", f)
}

/// [`with_open`] for the methods CPython inherits from `IOBase`, whose
/// message ends with a period.
fn with_open_iobase<R>(args: &[Value], f: impl FnOnce(&mut StringIo) -> R) -> PyResult<R> {
    with_open_msg(args, "I/O operation on closed file.", f)
}

fn with_open_msg<R>(args: &[Value], msg: &str, f: impl FnOnce(&mut StringIo) -> R) -> PyResult<R> {
    let this = args.first().ok_or_else(|| PyErr::type_error("descriptor needs an argument"))?;
    match with_native::<StringIo, _>(this, |s| if s.closed { None } else { Some(f(s)) }) {
        Some(Some(r)) => Ok(r),
        Some(None) => Err(PyErr::value_error(msg)),
        None => Err(PyErr::type_error("descriptor requires a '_io.StringIO' object")),
    }
}

fn no_kw(name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("StringIO.{}() takes no keyword arguments", name)))
    }
}

/// An optional size argument: `None`/negative mean "no limit".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => match Num::of(x) {
            Some(Num::F(_)) | None => Err(PyErr::type_error(format!(
                "argument should be integer or None, not '{}'",
                vm.type_name(x)
            ))),
            Some(_) => {
                let n = vm.to_i64(x)?;
                Ok(if n < 0 { None } else { Some(n as usize) })
            }
        },
    }
}

fn sio_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return Err(PyErr::type_error("StringIO.__new__(X): X is not a type object"));
    };
    Ok(vm.new_native_object(&cls, Box::new(StringIo::new())))
}

/// `StringIO(initial_value='', newline='\n')`.
fn sio_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let mut initial = args.get(1).cloned();
    let mut newline = args.get(2).cloned();
    if args.len() > 3 {
        return Err(PyErr::type_error(format!("StringIO() takes at most 2 arguments ({} given)", args.len() - 1)));
    }
    for (k, v) in kw {
        match &**k {
            "initial_value" => initial = Some(v.clone()),
            "newline" => newline = Some(v.clone()),
            _ => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for StringIO()", k))),
        }
    }
    let nl = match &newline {
        None => Newline::Lf,
        Some(Value::None) => Newline::Translate,
        Some(v) => match v.as_str() {
            Some("") => Newline::Universal,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(_) => {
                let r = vm.repr(v)?;
                return Err(PyErr::value_error(format!("illegal newline value: {}", r)));
            }
            None => {
                return Err(PyErr::type_error(format!("newline must be str or None, not {}", vm.type_name(v))));
            }
        },
    };
    let text = match &initial {
        None | Some(Value::None) => String::new(),
        Some(v) => match v.as_str() {
            Some(s) => String::from(s),
            None => {
                return Err(PyErr::type_error(format!("initial_value must be str or None, not {}", vm.type_name(v))));
            }
        },
    };
    let r = with_native::<StringIo, _>(&this, |s| {
        *s = StringIo::new();
        s.newline = nl;
        let r = s.write(&text);
        s.pos = 0;
        r
    });
    match r {
        Some(r) => r.map(|_| Value::None),
        None => Err(PyErr::type_error("descriptor '__init__' requires a '_io.StringIO' object")),
    }
}

fn sio_write(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("write", kw)?;
    let Some(s) = args.get(1) else {
        return Err(PyErr::type_error(format!("StringIO.write() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    };
    let Some(text) = s.as_pystr() else {
        return Err(PyErr::type_error(format!("string argument expected, got '{}'", vm.type_name(s))));
    };
    let n = text.char_len();
    let text = String::from(text.as_str());
    with_open(args, |st| st.write(&text))??;
    Ok(Value::Int(n as i64))
}

fn sio_writelines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("writelines", kw)?;
    let (Some(this), Some(lines)) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("StringIO.writelines() takes exactly one argument (0 given)"));
    };
    with_open_iobase(args, |_| ())?;
    let it = vm.get_iter(lines)?;
    while let Some(line) = vm.next(&it)? {
        let this = this.clone();
        sio_write(vm, &[this, line], &[])?;
    }
    Ok(Value::None)
}

fn sio_getvalue(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("getvalue", kw)?;
    let s: String = with_open(args, |st| st.buf.iter().collect())?;
    Ok(Value::string(s))
}

fn sio_read(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("read", kw)?;
    let n = size_arg(vm, args.get(1))?;
    with_open(args, |st| st.read(n)).map(Value::string)
}

fn sio_readline(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("readline", kw)?;
    let n = size_arg(vm, args.get(1))?;
    with_open(args, |st| st.readline(n)).map(Value::string)
}

fn sio_readlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("readlines", kw)?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let lines = with_open_iobase(args, |st| {
        let mut out = Vec::new();
        let mut total = 0usize;
        loop {
            let line = st.readline(None);
            if line.is_empty() {
                break;
            }
            total += line.chars().count();
            out.push(Value::string(line));
            if hint.map(|h| total >= h).unwrap_or(false) {
                break;
            }
        }
        out
    })?;
    Ok(Value::list(lines))
}

fn sio_seek(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("seek", kw)?;
    let Some(p) = args.get(1) else {
        return Err(PyErr::type_error("seek expected at least 1 argument, got 0"));
    };
    let pos = vm.to_i64(p)?;
    let whence = match args.get(2) {
        Some(w) => vm.to_i64(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(PyErr::value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence)));
    }
    with_open(args, |_| ())?;
    if pos < 0 && whence == 0 {
        return Err(PyErr::value_error(format!("Negative seek position {}", pos)));
    }
    if whence != 0 && pos != 0 {
        let which = if whence == 1 { "cur" } else { "end" };
        return Err(PyErr::new(ExcKind::OSError, format!("Can't do nonzero {}-relative seeks", which)));
    }
    let r = with_open(args, |st| {
        match whence {
            0 => st.pos = pos as usize,
            2 => st.pos = st.buf.len(),
            _ => {}
        }
        st.pos
    })?;
    Ok(Value::Int(r as i64))
}

fn sio_tell(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("tell", kw)?;
    with_open(args, |st| Value::Int(st.pos as i64))
}

fn sio_truncate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("truncate", kw)?;
    let size = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = vm.to_i64(v)?;
            if n < 0 {
                return Err(PyErr::value_error(format!("Negative size value {}", n)));
            }
            Some(n as usize)
        }
    };
    with_open(args, |st| {
        let size = size.unwrap_or(st.pos);
        if size < st.buf.len() {
            st.buf.truncate(size);
        }
        Value::Int(size as i64)
    })
}

fn sio_close(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if let Some(this) = args.first() {
        with_native::<StringIo, _>(this, |st| {
            st.closed = true;
            st.buf = Vec::new();
        });
    }
    Ok(Value::None)
}

fn sio_closed(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let closed = args.first().and_then(|t| with_native::<StringIo, _>(t, |st| st.closed)).unwrap_or(false);
    Ok(Value::Bool(closed))
}

fn sio_flush(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn sio_true(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_open(args, |_| Value::Bool(true))
}

fn sio_isatty(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_open_iobase(args, |_| Value::Bool(false))
}

/// `__iter__` and `__enter__`: the stream itself (checked open).
fn sio_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_open_iobase(args, |_| ())?;
    Ok(args[0].clone())
}

fn sio_next(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let line = with_open(args, |st| st.readline(None))?;
    if line.is_empty() {
        return Err(PyErr::stop_iteration());
    }
    Ok(Value::string(line))
}

fn sio_exit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    sio_close(vm, &args[..args.len().min(1)], &[])?;
    Ok(Value::None)
}
