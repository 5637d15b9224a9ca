//! Generators: a suspended frame plus its state. Resuming runs the frame in
//! the interpreter until it yields, returns or raises.

use alloc::boxed::Box;
use alloc::rc::Rc;
use core::cell::RefCell;

use super::frame::{Frame, OnReturn};
use crate::objects::value::Function;
use crate::objects::{ExcKind, Kind, Obj, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The state of a generator object.
pub struct GenState {
    /// The suspended frame; `None` once finished (or while running).
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub started: bool,
    pub finished: bool,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// The exception the generator was handling when it last yielded
    /// (its own `sys.exc_info()`), restored when it resumes.
    pub exc_state: Value,
}

/// Outcome of handing a thrown exception to a `yield from` delegate.
enum Delegated {
    /// The delegate yielded: the outer generator yields this value.
    Yield(Value),
    /// The delegate finished: resume the outer frame normally.
    Resume,
    /// Raise this in the outer frame.
    Raise(PyErr),
}

/// What one resumption produced.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// Create the generator object for a call of a generator function.
pub fn new_generator(frame: Box<Frame>, func: &Function) -> Value {
    Value::new_obj(Kind::Generator(Box::new(RefCell::new(GenState {
        frame: Some(frame),
        running: false,
        started: false,
        finished: false,
        name: func.name.borrow().clone(),
        qualname: func.qualname.borrow().clone(),
        exc_state: Value::None,
    }))))
}

impl Vm {
    /// Resume generator `gen` in the caller's interpreter loop: its frame,
    /// with `sent` pushed (unless it has not started), to run as a callee
    /// of the frame whose `FOR_ITER` (`for_loop`) or `SEND` jumps to `exit`
    /// when the generator returns (see `OnReturn::Generator`). `sent` comes
    /// back when [`Vm::gen_resume`] must decide instead: not a generator,
    /// running, finished, or a just-started one sent a value.
    pub(crate) fn resume_inline(&mut self, gen: &Value, sent: Value, exit: u32, for_loop: bool) -> Result<Box<Frame>, Value> {
        let Value::Obj(o) = gen else { return Err(sent) };
        let Kind::Generator(g) = &o.kind else { return Err(sent) };
        let Ok(mut st) = g.try_borrow_mut() else { return Err(sent) };
        if st.running || (!st.started && !sent.is_none()) {
            return Err(sent);
        }
        let Some(mut frame) = st.frame.take() else { return Err(sent) };
        if st.started {
            frame.push(sent);
        }
        st.started = true;
        st.running = true;
        // While it runs, the generator's exception slot keeps the caller's.
        let own_exc = core::mem::replace(&mut st.exc_state, Value::None);
        st.exc_state = self.enter_generator_exc(own_exc);
        drop(st);
        frame.on_return = OnReturn::Generator { gen: o.clone(), exit, for_loop };
        Ok(frame)
    }

    /// A generator frame resumed by [`Vm::resume_inline`] yielded: it goes
    /// back into the generator, and the caller's handled exception is
    /// restored.
    pub(crate) fn suspend_inline(&mut self, gen: &Obj, frame: Box<Frame>) {
        if let Kind::Generator(g) = &gen.kind {
            if let Ok(mut st) = g.try_borrow_mut() {
                let caller_exc = core::mem::replace(&mut st.exc_state, Value::None);
                st.exc_state = self.leave_generator_exc(caller_exc);
                st.running = false;
                st.frame = Some(frame);
            }
        }
    }

    /// A generator frame resumed by [`Vm::resume_inline`] returned or
    /// raised: the generator is finished, and the caller's handled
    /// exception is restored.
    pub(crate) fn finish_inline(&mut self, gen: &Obj) {
        if let Kind::Generator(g) = &gen.kind {
            if let Ok(mut st) = g.try_borrow_mut() {
                let caller_exc = core::mem::replace(&mut st.exc_state, Value::None);
                st.exc_state = self.leave_generator_exc(caller_exc);
                st.running = false;
                st.finished = true;
            }
        }
    }

    /// A generator resumes: it sees its own handled exception, or the
    /// caller's when it has none (CPython's exception stack, whose top
    /// non-empty entry `sys.exc_info()` reports). Returns the caller's, to
    /// restore with [`Vm::leave_generator_exc`].
    #[inline]
    fn enter_generator_exc(&mut self, own: Value) -> Value {
        let visible = if own.is_none() { self.exc_info.clone() } else { own };
        core::mem::replace(&mut self.exc_info, visible)
    }

    /// A generator yields or finishes: the caller's handled exception is
    /// restored; returns the generator's own (`None` when what it saw was
    /// the caller's).
    #[inline]
    fn leave_generator_exc(&mut self, caller: Value) -> Value {
        let current = core::mem::replace(&mut self.exc_info, caller);
        if current.is(&self.exc_info) {
            Value::None
        } else {
            current
        }
    }

    /// The `RuntimeError` a generator raises in place of a `StopIteration`
    /// (`stop`) that escapes its frame (PEP 479).
    pub(crate) fn generator_raised_stop(&mut self, stop: Value) -> Value {
        let cls = self.types.exc(ExcKind::RuntimeError).clone();
        let err = self.new_exception(cls, alloc::vec![Value::str("generator raised StopIteration")]);
        if let Some(d) = self.exc_data(&err) {
            *d.cause.borrow_mut() = stop.clone();
            *d.context.borrow_mut() = stop;
            d.suppress_context.set(true);
        }
        err
    }

    /// Resume generator `gen`: send `value` in, or raise `throw` at the
    /// suspension point.
    pub fn gen_resume(&mut self, gen: &Value, value: Value, throw: Option<PyErr>) -> PyResult<GenStep> {
        let Some(Kind::Generator(g)) = gen.kind() else {
            return Err(PyErr::type_error("not a generator"));
        };
        // Resuming runs the frame on the host stack (`next(g())` recursion).
        self.check_reentry()?;
        let mut frame = {
            let mut st = g.try_borrow_mut().map_err(|_| PyErr::value_error("generator already executing"))?;
            if st.running {
                return Err(PyErr::value_error("generator already executing"));
            }
            let Some(frame) = st.frame.take() else {
                if let Some(e) = throw {
                    return Err(e);
                }
                return Ok(GenStep::Return(Value::None));
            };
            if !st.started && !value.is_none() && throw.is_none() {
                st.frame = Some(frame);
                return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
            }
            if !st.started && throw.is_some() {
                // Throwing into an unstarted generator finishes it.
                st.finished = true;
                drop(st);
                return Err(throw.unwrap_or_else(|| PyErr::bare(ExcKind::GeneratorExit)));
            }
            st.running = true;
            frame
        };
        let started = g.try_borrow().map(|s| s.started).unwrap_or(true);
        let mut throw = throw;
        if let Some(exc) = throw.take() {
            // Suspended inside `yield from`: the delegate gets the exception.
            match self.throw_into_delegate(&mut frame, exc) {
                Delegated::Yield(v) => {
                    if let Ok(mut st) = g.try_borrow_mut() {
                        st.running = false;
                        st.frame = Some(frame);
                    }
                    return Ok(GenStep::Yield(v));
                }
                Delegated::Resume => {}
                Delegated::Raise(e) => throw = Some(e),
            }
        } else if started {
            frame.push(value);
        }
        let own_exc = match g.try_borrow_mut() {
            Ok(mut st) => {
                st.started = true;
                core::mem::replace(&mut st.exc_state, Value::None)
            }
            Err(_) => Value::None,
        };
        // The generator sees its own handled exception (or the caller's);
        // the caller's is restored when it yields or finishes.
        let caller_exc = self.enter_generator_exc(own_exc);
        let result = super::execute(self, frame, throw);
        let gen_exc = self.leave_generator_exc(caller_exc);
        let mut st = g.try_borrow_mut().map_err(|_| PyErr::runtime("generator state busy"))?;
        st.running = false;
        st.exc_state = gen_exc;
        match result {
            Ok(super::Exit::Yield(v, frame)) => {
                st.frame = Some(frame);
                Ok(GenStep::Yield(v))
            }
            Ok(super::Exit::Return(v)) => {
                st.finished = true;
                Ok(GenStep::Return(v))
            }
            Err(e) => {
                st.finished = true;
                drop(st);
                if self.err_matches(&e, ExcKind::StopIteration) {
                    let stop = self.materialize(e);
                    return Err(PyErr::from_obj(self.generator_raised_stop(stop)));
                }
                Err(e)
            }
        }
    }

    /// If `frame` is suspended in a `yield from` (its next instruction jumps
    /// back to a `SEND`), hand `exc` to the sub-iterator as CPython does:
    /// `GeneratorExit` closes it, anything else is thrown into it. A value
    /// it yields is yielded by the outer generator; when it returns, the
    /// frame resumes after the `yield from` with the return value.
    fn throw_into_delegate(&mut self, frame: &mut Frame, exc: PyErr) -> Delegated {
        use crate::bytecode::Op;
        let send_target = match frame.code.instr(frame.ip) {
            Some(i) if i.op == Op::Jump => match frame.code.instr(i.arg as usize) {
                Some(s) if s.op == Op::Send => Some(s.arg as usize),
                _ => None,
            },
            _ => None,
        };
        let Some(after) = send_target else { return Delegated::Raise(exc) };
        let sub = frame.peek(0).clone();
        if self.err_matches(&exc, ExcKind::GeneratorExit) {
            let closed = match sub.kind() {
                Some(Kind::Generator(_)) => self.gen_close(&sub),
                _ => match self.get_attr_opt(&sub, "close") {
                    Ok(Some(c)) => self.call(&c, &[], &[]).map(|_| ()),
                    Ok(None) => Ok(()),
                    Err(e) => Err(e),
                },
            };
            return Delegated::Raise(match closed {
                Ok(()) => exc,
                Err(e) => e,
            });
        }
        let step = match sub.kind() {
            Some(Kind::Generator(_)) => self.gen_resume(&sub, Value::None, Some(exc)),
            _ => match self.get_attr_opt(&sub, "throw") {
                Ok(Some(t)) => {
                    let e = self.materialize(exc);
                    match self.call(&t, &[e], &[]) {
                        Ok(v) => Ok(GenStep::Yield(v)),
                        Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                            let stop = self.materialize(e);
                            Ok(GenStep::Return(self.get_attr(&stop, "value").unwrap_or(Value::None)))
                        }
                        Err(e) => Err(e),
                    }
                }
                Ok(None) => Err(exc),
                Err(e) => Err(e),
            },
        };
        match step {
            Ok(GenStep::Yield(v)) => Delegated::Yield(v),
            Ok(GenStep::Return(r)) => {
                frame.pop();
                frame.push(r);
                frame.ip = after;
                Delegated::Resume
            }
            Err(e) => {
                // The exception surfaces at the `yield from` in this frame.
                frame.pop();
                frame.ip = after;
                Delegated::Raise(e)
            }
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: &Value) -> PyResult<()> {
        let suspended = match gen.kind() {
            Some(Kind::Generator(g)) => g.try_borrow().map(|s| s.started && s.frame.is_some()).unwrap_or(false),
            _ => false,
        };
        if !suspended {
            if let Some(Kind::Generator(g)) = gen.kind() {
                if let Ok(mut s) = g.try_borrow_mut() {
                    s.frame = None;
                    s.finished = true;
                }
            }
            return Ok(());
        }
        match self.gen_resume(gen, Value::None, Some(PyErr::bare(ExcKind::GeneratorExit))) {
            Ok(GenStep::Yield(_)) => Err(PyErr::runtime("generator ignored GeneratorExit")),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e) if self.err_matches(&e, ExcKind::GeneratorExit) || self.err_matches(&e, ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
