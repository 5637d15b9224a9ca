//! Text conversions: `repr()`, `str()`, `ascii()`, `format()` and the `%`
//! operator on strings, for every built-in type, with user `__repr__`,
//! `__str__` and `__format__`.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use num_bigint::BigInt;

use crate::format as fmt;
use crate::objects::types::type_data;
use crate::objects::value::{Kind, ViewKind};
use crate::objects::{ExcKind, PyErr, PyResult, Value};

use super::numeric::Num;
use super::Vm;

/// `repr` of a str, with CPython's quote choice and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character, from CPython 3.11's Unicode
/// tables (the same table `str.isprintable()` uses).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if (0x20..0x7f).contains(&n) {
        return true;
    }
    let table = crate::builtins::methods::str::tables::PRINTABLE;
    match table.binary_search_by(|&(lo, hi)| {
        if hi < n {
            core::cmp::Ordering::Less
        } else if lo > n {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Equal
        }
    }) {
        Ok(_) => true,
        Err(_) => false,
    }
}

/// Decimal text of a big int, honouring CPython's digit limit.
pub fn bigint_str(b: &BigInt) -> PyResult<String> {
    Ok(crate::format::int::decimal(b)?)
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None | Value::Null => return Ok(String::from("None")),
            Value::Bool(true) => return Ok(String::from("True")),
            Value::Bool(false) => return Ok(String::from("False")),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(fmt::float_repr(*f)),
            Value::Obj(_) => {}
        }
        if self.has_user_class(v) {
            if let Some(f) = self.user_dunder(v, "__repr__") {
                let r = self.call_method_value(&f, v, &[])?;
                return match r.as_str() {
                    Some(s) => Ok(String::from(s)),
                    None => Err(PyErr::type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&r)
                    ))),
                };
            }
        }
        self.native_repr(v)
    }

    /// The recursion guard for container reprs: `true` if already inside.
    fn repr_enter(&mut self, v: &Value) -> bool {
        let id = v.identity();
        if self.repr_stack.contains(&id) {
            return true;
        }
        self.repr_stack.push(id);
        false
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    /// `repr` of a container through the recursion guard: `placeholder`
    /// when `v` is already being printed further up.
    fn guarded_repr(&mut self, v: &Value, placeholder: &str, body: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
        if self.repr_enter(v) {
            return Ok(String::from(placeholder));
        }
        let r = body(self);
        self.repr_leave();
        r
    }

    /// Nested reprs count against the recursion limit, as in CPython (and
    /// against the host stack, which they use).
    fn repr_nesting_check(&mut self) -> PyResult<()> {
        if self.repr_stack.len() + self.depth >= self.config.recursion_limit || self.stack_budget().exhausted() {
            return Err(PyErr::new(
                crate::objects::ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        Ok(())
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        self.repr_nesting_check()?;
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    fn native_repr(&mut self, v: &Value) -> PyResult<String> {
        let Some(o) = v.as_obj() else { return Ok(String::new()) };
        match &o.kind {
            Kind::Str(s) => Ok(str_repr(s.as_str())),
            Kind::Int(b) => bigint_str(b),
            Kind::Float(f) => Ok(fmt::float_repr(*f)),
            Kind::Bytes(b) => Ok(bytes_repr(b)),
            Kind::List(l) => {
                let items = l.borrow().clone();
                self.guarded_repr(v, "[...]", |vm| Ok(format!("[{}]", vm.repr_items(&items)?)))
            }
            Kind::Tuple(t) => {
                let items = t.to_vec();
                self.guarded_repr(v, "(...)", |vm| {
                    let inner = vm.repr_items(&items)?;
                    Ok(if items.len() == 1 { format!("({},)", inner) } else { format!("({})", inner) })
                })
            }
            Kind::Dict(d) => {
                let items = d.borrow().items();
                self.guarded_repr(v, "{...}", |vm| Ok(format!("{{{}}}", vm.repr_pairs(&items)?)))
            }
            Kind::Set(s) => {
                let items: Vec<Value> = s.borrow().iter().cloned().collect();
                let name = self.type_name(v);
                if items.is_empty() {
                    return Ok(format!("{}()", name));
                }
                if self.repr_enter(v) {
                    return Ok(format!("{}(...)", name));
                }
                let r = self.repr_items(&items);
                self.repr_leave();
                if name == "set" {
                    Ok(format!("{{{}}}", r?))
                } else {
                    Ok(format!("{}({{{}}})", name, r?))
                }
            }
            Kind::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().cloned().collect();
                if items.is_empty() {
                    return Ok(String::from("frozenset()"));
                }
                Ok(format!("frozenset({{{}}})", self.repr_items(&items)?))
            }
            Kind::Range(r) => Ok(if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }),
            Kind::BigRange(r) => Ok(self.big_range_repr(r)),
            Kind::Slice(s) => {
                let s = s.clone();
                Ok(format!("slice({}, {}, {})", self.repr(&s[0])?, self.repr(&s[1])?, self.repr(&s[2])?))
            }
            Kind::DictView(d, vk) => {
                let items = match d.kind() {
                    Some(Kind::Dict(dd)) => {
                        let dd = dd.borrow();
                        match vk {
                            ViewKind::Keys => dd.keys(),
                            ViewKind::Values => dd.values(),
                            ViewKind::Items => dd.items().into_iter().map(|(k, v)| Value::tuple(alloc::vec![k, v])).collect(),
                        }
                    }
                    _ => Vec::new(),
                };
                let name = o.kind.name();
                Ok(format!("{}([{}])", name, self.repr_items(&items)?))
            }
            Kind::Function(f) => Ok(format!("<function {} at 0x{:x}>", f.qualname.borrow(), v.identity())),
            Kind::Native(n) => Ok(match (&n.bound, n.owner) {
                (Some(this), Some(owner)) => {
                    if matches!(this.kind(), Some(Kind::Module(_))) {
                        format!("<built-in function {}>", n.name)
                    } else {
                        format!("<built-in method {} of {} object at 0x{:x}>", n.name, owner, this.identity())
                    }
                }
                (None, Some(owner)) => format!("<method '{}' of '{}' objects>", n.name, owner),
                _ => format!("<built-in function {}>", n.name),
            }),
            Kind::Method(m) => {
                let (this, func) = (m.0.clone(), m.1.clone());
                let fname = match func.kind() {
                    Some(Kind::Function(f)) => f.qualname.borrow().to_string(),
                    _ => String::from("?"),
                };
                Ok(format!("<bound method {} of {}>", fname, self.repr(&this)?))
            }
            Kind::Type(_) => Ok(self.repr_type(o)),
            Kind::Instance(_) => Ok(self.default_object_repr(v)),
            Kind::Exception(e) => {
                let args = e.args.borrow().clone();
                let name = self.type_name(v);
                let items = args.seq_items().unwrap_or_default();
                if items.len() == 1 {
                    Ok(format!("{}({})", name, self.repr(&items[0])?))
                } else {
                    Ok(format!("{}({})", name, self.repr_items(&items)?))
                }
            }
            Kind::Module(m) => Ok(format!("<module '{}'>", m.name)),
            Kind::Cell(_) => Ok(format!("<cell at 0x{:x}>", v.identity())),
            Kind::Code(c) => Ok(format!("<code object {} at 0x{:x}, file \"{}\", line {}>", c.name, v.identity(), c.filename, c.firstlineno)),
            Kind::Generator(g) => Ok(format!("<generator object {} at 0x{:x}>", g.borrow().qualname, v.identity())),
            Kind::Property(_) => Ok(format!("<property object at 0x{:x}>", v.identity())),
            Kind::StaticMethod(_) => Ok(format!("<staticmethod object at 0x{:x}>", v.identity())),
            Kind::ClassMethod(_) => Ok(format!("<classmethod object at 0x{:x}>", v.identity())),
            Kind::Super(_) => Ok(String::from("<super object>")),
            Kind::Iter(_) => Ok(format!("<{} object at 0x{:x}>", o.kind.name(), v.identity())),
            Kind::NotImplemented => Ok(String::from("NotImplemented")),
            Kind::Ellipsis => Ok(String::from("Ellipsis")),
            Kind::NativeData(_) => {
                let cls = self.type_of(v);
                if let Some(f) = crate::objects::types::lookup(&cls, "__repr__") {
                    let r = self.call_method_value(&f, v, &[])?;
                    return Ok(String::from(r.as_str().unwrap_or("")));
                }
                Ok(self.default_object_repr(v))
            }
        }
    }

    fn repr_pairs(&mut self, items: &[(Value, Value)]) -> PyResult<String> {
        self.repr_nesting_check()?;
        let mut out = String::new();
        for (i, (k, x)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(k)?);
            out.push_str(": ");
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    /// `<module.Class object at 0x...>`.
    pub fn default_object_repr(&self, v: &Value) -> String {
        let cls = self.type_of(v);
        let (module, name) = match type_data(&cls) {
            Some(t) => (String::from(&*t.module), String::from(&*t.qualname)),
            None => (String::from("?"), String::from("?")),
        };
        if module == "builtins" {
            format!("<{} object at 0x{:x}>", name, v.identity())
        } else {
            format!("<{}.{} object at 0x{:x}>", module, name, v.identity())
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = v.as_str() {
            if !self.has_user_class(v) {
                return Ok(String::from(s));
            }
        }
        if self.has_user_class(v) {
            if let Some(f) = self.user_dunder(v, "__str__") {
                let r = self.call_method_value(&f, v, &[])?;
                return match r.as_str() {
                    Some(s) => Ok(String::from(s)),
                    None => Err(PyErr::type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&r)
                    ))),
                };
            }
            // Only `object`, `str` and `BaseException` define `__str__`
            // among the built-ins; everything else uses `repr()`, which
            // honours a user `__repr__`.
            if !matches!(v.kind(), Some(Kind::Str(_)) | Some(Kind::Exception(_))) {
                if let Some(f) = self.user_dunder(v, "__repr__") {
                    let r = self.call_method_value(&f, v, &[])?;
                    return match r.as_str() {
                        Some(s) => Ok(String::from(s)),
                        None => Err(PyErr::type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&r)
                        ))),
                    };
                }
                return self.repr(v);
            }
        }
        match v.kind() {
            Some(Kind::Str(s)) => Ok(String::from(s.as_str())),
            Some(Kind::Exception(e)) => {
                let args = e.args.borrow().clone();
                let items = args.seq_items().unwrap_or_default();
                if self.exc_is_instance_of_kind(v, ExcKind::KeyError) && items.len() == 1 {
                    return self.repr(&items[0]);
                }
                if self.exc_is_instance_of_kind(v, ExcKind::SyntaxError) {
                    return Ok(self.syntax_error_str(v, &items));
                }
                if self.exc_is_instance_of_kind(v, ExcKind::OSError) && (2..=3).contains(&items.len()) {
                    let errno = self.to_str(&items[0])?;
                    let strerror = self.to_str(&items[1])?;
                    return Ok(match items.get(2) {
                        Some(f) => format!("[Errno {}] {}: {}", errno, strerror, self.repr(f)?),
                        None => format!("[Errno {}] {}", errno, strerror),
                    });
                }
                match items.len() {
                    0 => Ok(String::new()),
                    1 => self.to_str(&items[0]),
                    _ => self.repr(&args),
                }
            }
            Some(Kind::NativeData(_)) => {
                let cls = self.type_of(v);
                if let Some(f) = crate::objects::types::lookup(&cls, "__str__") {
                    let r = self.call_method_value(&f, v, &[])?;
                    return Ok(String::from(r.as_str().unwrap_or("")));
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    fn syntax_error_str(&mut self, v: &Value, items: &[Value]) -> String {
        let msg = items.first().and_then(|m| m.as_str().map(String::from)).unwrap_or_default();
        let Some(e) = self.exc_data(v) else { return msg };
        let d = e.dict.borrow();
        let file = d.get_str("filename").and_then(|f| f.as_str().map(String::from));
        let line = match d.get_str("lineno") {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        };
        match (file, line) {
            (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
            (None, Some(l)) => format!("{} (line {})", msg, l),
            _ => msg,
        }
    }

    /// `ascii(v)`: `repr` with non-ASCII escaped.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{:02x}", n));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{:04x}", n));
            } else {
                out.push_str(&format!("\\U{:08x}", n));
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if self.has_user_class(v) {
            if let Some(f) = self.user_dunder(v, "__format__") {
                let r = self.call_method_value(&f, v, &[Value::str(spec)])?;
                return match r.as_str() {
                    Some(s) => Ok(String::from(s)),
                    None => Err(PyErr::type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&r)
                    ))),
                };
            }
            if spec.is_empty() {
                return self.to_str(v);
            }
        }
        match v {
            Value::Bool(b) if spec.is_empty() => return Ok(String::from(if *b { "True" } else { "False" })),
            _ => {}
        }
        match Num::of(v) {
            Some(Num::F(f)) => return Ok(fmt::format_float(f, spec)?),
            Some(n) => {
                if let Some(b) = n.to_big() {
                    let name = self.type_name(v);
                    return Ok(fmt::format_int_named(&b, spec, &name)?);
                }
            }
            None => {}
        }
        if let Some(s) = v.as_str() {
            let s = String::from(s);
            return Ok(fmt::format_str(&s, spec)?);
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            self.type_name(v)
        )))
    }

    /// A callable's name for messages (`f()`, `A.method()`).
    pub fn callable_name(&self, v: &Value) -> String {
        match v.kind() {
            Some(Kind::Function(f)) => match f.module.as_str() {
                Some(m) if m != "builtins" => format!("{}.{}()", m, f.qualname.borrow()),
                _ => format!("{}()", f.qualname.borrow()),
            },
            Some(Kind::Method(m)) => self.callable_name(&m.1),
            Some(Kind::Native(n)) => format!("{}()", n.name),
            Some(Kind::Type(t)) => format!("{}()", t.name),
            _ => format!("{} object", self.type_name(v)),
        }
    }

    /// `fmt % args` for strings.
    pub fn str_printf(&mut self, fmt_str: &str, args: &Value) -> PyResult<String> {
        let chars: Vec<char> = fmt_str.chars().collect();
        let tuple_args = match args.kind() {
            Some(Kind::Tuple(t)) if !self.has_user_class(args) || true => Some(t.to_vec()),
            _ => None,
        };
        let is_mapping = tuple_args.is_none() && self.is_mapping(args) && args.as_str().is_none();
        let positional: Vec<Value> = match &tuple_args {
            Some(t) => t.clone(),
            None => alloc::vec![args.clone()],
        };
        let mut argi = 0usize;
        let mut out = String::new();
        let mut i = 0usize;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(PyErr::value_error("incomplete format"));
            }
            // Mapping key.
            let mut value: Option<Value> = None;
            if chars[i] == '(' {
                let mut depth = 1;
                let start = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    if chars[i] == '(' {
                        depth += 1;
                    } else if chars[i] == ')' {
                        depth -= 1;
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(PyErr::value_error("incomplete format key"));
                }
                let key: String = chars[start..i - 1].iter().collect();
                if !is_mapping && tuple_args.is_some() || (!is_mapping && args.as_str().is_some()) || !self.is_mapping(args) {
                    return Err(PyErr::type_error("format requires a mapping"));
                }
                value = Some(self.getitem(args, &Value::string(key))?);
                // After a mapping key, no positional argument is left.
                argi = positional.len();
            }
            let mut flags = fmt::PrintfFlags::default();
            while i < chars.len() {
                match chars[i] {
                    '-' => flags.left = true,
                    '+' => flags.plus = true,
                    ' ' => flags.space = true,
                    '#' => flags.alternate = true,
                    '0' => flags.zero = true,
                    _ => break,
                }
                i += 1;
            }
            // Width.
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                let w = positional.get(argi).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
                argi += 1;
                let w = match w {
                    Value::Int(n) => n,
                    _ => return Err(PyErr::type_error("* wants int")),
                };
                if w < 0 {
                    flags.left = true;
                }
                flags.width = Some(w.unsigned_abs() as usize);
            } else {
                let mut w: Option<usize> = None;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    w = Some(w.unwrap_or(0).saturating_mul(10).saturating_add(chars[i] as usize - '0' as usize));
                    i += 1;
                }
                flags.width = w;
            }
            // Precision.
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                if i < chars.len() && chars[i] == '*' {
                    i += 1;
                    let p = positional.get(argi).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
                    argi += 1;
                    flags.precision = Some(match p {
                        Value::Int(n) => n.max(0) as usize,
                        _ => return Err(PyErr::type_error("* wants int")),
                    });
                } else {
                    let mut p = 0usize;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        p = p.saturating_mul(10).saturating_add(chars[i] as usize - '0' as usize);
                        i += 1;
                    }
                    flags.precision = Some(p);
                }
            }
            // Length modifiers are ignored, as in CPython.
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            if i >= chars.len() {
                return Err(PyErr::value_error("incomplete format"));
            }
            let conv = chars[i];
            let spec_start = i;
            i += 1;
            if conv == '%' && chars.get(spec_start.wrapping_sub(1)) == Some(&'%') && value.is_none() {
                out.push('%');
                continue;
            }
            let v = match value.take() {
                Some(v) => v,
                None => {
                    let v = positional.get(argi).cloned().ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
                    argi += 1;
                    v
                }
            };
            let piece = self.printf_one(&v, conv, &flags, i - 1)?;
            out.push_str(&piece);
        }
        if argi < positional.len() && !(is_mapping && tuple_args.is_none()) {
            return Err(PyErr::type_error("not all arguments converted during string formatting"));
        }
        Ok(out)
    }

    fn printf_one(&mut self, v: &Value, conv: char, flags: &fmt::PrintfFlags, index: usize) -> PyResult<String> {
        match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => self.to_str(v)?,
                    'r' => self.repr(v)?,
                    _ => self.ascii(v)?,
                };
                Ok(fmt::printf_str(&s, flags)?)
            }
            'd' | 'i' | 'u' => {
                let n = match Num::of(v) {
                    Some(Num::F(f)) => fmt::float_to_bigint(f)?,
                    Some(n) => n.to_big().unwrap_or_default(),
                    None => {
                        if let Some(f) = self.user_dunder(v, "__int__").or_else(|| self.user_dunder(v, "__index__")) {
                            let r = self.call_method_value(&f, v, &[])?;
                            Num::of(&r).and_then(|n| n.to_big()).unwrap_or_default()
                        } else {
                            return Err(PyErr::type_error(format!(
                                "%{} format: a real number is required, not {}",
                                conv,
                                self.type_name(v)
                            )));
                        }
                    }
                };
                Ok(fmt::printf_int(&n, flags, 'd')?)
            }
            'x' | 'X' | 'o' => {
                let n = match Num::of(v) {
                    Some(Num::F(_)) | None => {
                        if let Some(f) = self.user_dunder(v, "__index__") {
                            let r = self.call_method_value(&f, v, &[])?;
                            Num::of(&r).and_then(|n| n.to_big()).unwrap_or_default()
                        } else {
                            return Err(PyErr::type_error(format!(
                                "%{} format: an integer is required, not {}",
                                conv,
                                self.type_name(v)
                            )));
                        }
                    }
                    Some(n) => n.to_big().unwrap_or_default(),
                };
                Ok(fmt::printf_int(&n, flags, conv)?)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match Num::of(v) {
                    Some(n) => n.to_f64()?,
                    None => {
                        if let Some(f) = self.user_dunder(v, "__float__") {
                            let r = self.call_method_value(&f, v, &[])?;
                            Num::of(&r).map(|n| n.to_f64()).transpose()?.unwrap_or(0.0)
                        } else {
                            return Err(PyErr::type_error(format!(
                                "must be real number, not {}",
                                self.type_name(v)
                            )));
                        }
                    }
                };
                Ok(fmt::printf_float(x, flags, conv)?)
            }
            'c' => {
                let c = match v {
                    Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                        Some(c) => c,
                        None => return Err(PyErr::overflow("%c arg not in range(0x110000)")),
                    },
                    _ => match v.as_str() {
                        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
                        _ => return Err(PyErr::type_error("%c requires int or char")),
                    },
                };
                Ok(fmt::printf_char(c, flags)?)
            }
            other => Err(PyErr::value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                other, other as u32, index
            ))),
        }
    }
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}
