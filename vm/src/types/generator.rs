//! Generators and coroutines: suspended frames resumed by `send`/`throw`/`close`
//! (`genobject.c`), `yield from`/`await` delegation, and finalization of generators that
//! die suspended (queued, never run inside `Drop`).

use crate::eval::{Exit, Frame};
use crate::object::*;
use crate::Vm;
use pyco_compiler::code::flags;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenObject {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub kind: GenKind,
    pub code: Rc<Code>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator while it is suspended.
    pub exc_state: RefCell<Value>,
    /// Async generators' own state (`types/asyncgen.rs`).
    pub ag: Option<Box<crate::types::asyncgen::AgState>>,
}

thread_local! {
    /// Frames of generators that died suspended, waiting for `close()` to run them.
    static ORPHANS: RefCell<Vec<(GenKind, Rc<Code>, Value, Box<Frame>, bool)>> = const { RefCell::new(Vec::new()) };
    pub static PENDING: Cell<bool> = const { Cell::new(false) };
}

impl Drop for GenObject {
    fn drop(&mut self) {
        if crate::types::asyncgen::defer_to_finalizer(self) {
            return;
        }
        if let Some(frame) = self.frame.get_mut().take() {
            let needs = !frame.blocks.is_empty()
                || (self.kind == GenKind::Coroutine && !self.started.get());
            if needs {
                let q = self.qualname.get_mut().clone();
                ORPHANS.with(|o| {
                    o.borrow_mut().push((
                        self.kind,
                        self.code.clone(),
                        q,
                        frame,
                        self.started.get(),
                    ))
                });
                PENDING.with(|p| p.set(true));
            }
        }
    }
}

fn kind_name(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

pub enum Resumed {
    Yield(Value),
    Return(Value),
}

pub fn init(vm: &mut Vm) {
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        let is_gen = Rc::ptr_eq(&t, &vm.types.generator);
        if is_gen {
            vm.add_method(&t, "__iter__", |_, a, _| Ok(a[0].clone()));
            vm.add_method(&t, "__next__", |vm, a, _| {
                send_method(vm, &a[0], Value::None)
            });
        } else {
            // A coroutine's awaitable is the coroutine itself here; a separate
            // `coroutine_wrapper` type is left for the coroutine issue.
            vm.add_method(&t, "__await__", |_, a, _| Ok(a[0].clone()));
            vm.add_method(&t, "__next__", |vm, a, _| {
                send_method(vm, &a[0], Value::None)
            });
        }
        vm.add_method(&t, "send", |vm, a, kw| {
            let a = vm.check_args("send", a, kw, 2, 2)?;
            send_method(vm, &a[0], a[1].clone())
        });
        vm.add_method(&t, "throw", gen_throw_method);
        vm.add_method(&t, "close", |vm, a, _| {
            let o = a[0].as_obj().expect("generator").clone();
            vm.generator_close(&o)
        });
        vm.add_method(&t, "__repr__", |vm, a, _| {
            let g = gen_of(&a[0]);
            let what = match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            };
            let q = g.qualname.borrow().as_str().unwrap_or("?").to_string();
            Ok(vm.new_str(format!("<{what} object {q} at {:#x}>", a[0].id())))
        });
        let (fr, run, code, yf) = if is_gen {
            ("gi_frame", "gi_running", "gi_code", "gi_yieldfrom")
        } else {
            ("cr_frame", "cr_running", "cr_code", "cr_await")
        };
        vm.add_getter(
            &t,
            fr,
            |vm, a, _| {
                let g = gen_of(&a[0]);
                let frame = g.frame.borrow();
                match &*frame {
                    Some(f) => vm.suspended_frame_object(f),
                    None => Ok(Value::None),
                }
            },
            None,
        );
        vm.add_getter(
            &t,
            run,
            |_, a, _| Ok(Value::Bool(gen_of(&a[0]).running.get())),
            None,
        );
        vm.add_getter(
            &t,
            code,
            |vm, a, _| Ok(vm.obj(&vm.types.code, Payload::Code(gen_of(&a[0]).code.clone()))),
            None,
        );
        vm.add_getter(
            &t,
            yf,
            |_, a, _| {
                let g = gen_of(&a[0]);
                let f = g.frame.borrow();
                Ok(match &*f {
                    Some(fr) if fr.yielding_from => fr.stack.last().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                })
            },
            None,
        );
        vm.add_getter(
            &t,
            "__name__",
            |_, a, _| Ok(gen_of(&a[0]).name.borrow().clone()),
            None,
        );
        vm.add_getter(
            &t,
            "__qualname__",
            |_, a, _| Ok(gen_of(&a[0]).qualname.borrow().clone()),
            None,
        );
    }
}

pub fn gen_of(v: &Value) -> &GenObject {
    match v.payload() {
        Some(Payload::Generator(g)) => g,
        _ => panic!("not a generator"),
    }
}

fn send_method(vm: &mut Vm, g: &Value, v: Value) -> PyResult {
    let o = g.as_obj().expect("generator").clone();
    match vm.resume(&o, v, None)? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_throw_method(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("throw", a, kw, 2, 4)?;
    let o = a[0].as_obj().expect("generator").clone();
    let e = make_thrown(vm, &a[1], a.get(2), a.get(3))?;
    match vm.resume(&o, Value::None, Some(e))? {
        Resumed::Yield(y) => Ok(y),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises.
pub(crate) fn make_thrown(
    vm: &mut Vm,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<PyErr> {
    let base = vm.types.base_exception.clone();
    let e = match typ {
        Value::Type(t) if t.is_subtype(&base) => match val {
            Some(v) if vm.isinstance_type(v, t) => v.as_obj().expect("exception").clone(),
            Some(Value::None) | None => {
                let r = vm.call(typ, &[], &[])?;
                r.as_obj().expect("exception").clone()
            }
            Some(v) => {
                let args = match v.as_tuple() {
                    Some(t) => t.to_vec(),
                    None => vec![v.clone()],
                };
                let r = vm.call(typ, &args, &[])?;
                r.as_obj().expect("exception").clone()
            }
        },
        Value::Obj(o) if o.class.is_subtype(&base) => {
            if matches!(val, Some(v) if !v.is_none()) {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            o.clone()
        }
        _ => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(typ)
            )))
        }
    };
    if let Some(tb) = tb {
        if !tb.is_none() {
            if let Payload::Exception(d) = &e.payload {
                d.borrow_mut().traceback = Some(tb.clone());
            }
        }
    }
    Ok(e)
}

impl Vm {
    /// A generator, coroutine or async generator object for a fresh function frame.
    pub fn new_generator(&self, frame: Box<Frame>, func: &Function) -> Value {
        let fl = frame.code.co.flags;
        let kind = if fl & flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if fl & flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let t = match kind {
            GenKind::Generator => self.types.generator.clone(),
            GenKind::Coroutine => self.types.coroutine.clone(),
            GenKind::AsyncGenerator => self.types.async_generator.clone(),
        };
        let code = frame.code.clone();
        self.obj(
            &t,
            Payload::Generator(Box::new(GenObject {
                frame: RefCell::new(Some(frame)),
                running: Cell::new(false),
                started: Cell::new(false),
                kind,
                code,
                name: RefCell::new(func.name.borrow().clone()),
                qualname: RefCell::new(func.qualname.borrow().clone()),
                exc_state: RefCell::new(Value::None),
                ag: (kind == GenKind::AsyncGenerator).then(Box::default),
            })),
        )
    }

    /// `gen_send_ex`: resumes with a sent value or a thrown exception.
    pub fn resume(
        &mut self,
        o: &Rc<Object>,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Resumed> {
        let Payload::Generator(g) = &o.payload else {
            return Err(self.type_error("not a generator"));
        };
        let what = kind_name(g.kind);
        if g.running.get() {
            return Err(self.value_error(format!("{what} already executing")));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            if let Some(e) = throw {
                return Err(e);
            }
            if g.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(Resumed::Return(Value::None));
        };
        if !g.started.get() {
            if throw.is_none() && !value.is_none() {
                *g.frame.borrow_mut() = Some(frame);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
            g.started.set(true);
        }
        match throw {
            Some(e) => frame.pending_throw = Some(e),
            None => frame.stack.push(value),
        }
        let caller_exc = self.gen_begin(g);
        let (frame, r) = self.run_frame(frame);
        match r {
            Ok(Exit::Yield(v)) => {
                self.gen_end(g, caller_exc, Some(frame));
                Ok(Resumed::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                self.gen_end(g, caller_exc, None);
                self.free_frame(frame);
                Ok(Resumed::Return(v))
            }
            Err(e) => {
                self.gen_end(g, caller_exc, None);
                self.free_frame(frame);
                Err(self.gen_error(g.kind, e))
            }
        }
    }

    /// Marks `g` running with its saved exception state in place; gives back the caller's
    /// exception state, for `gen_end`.
    pub(crate) fn gen_begin(&mut self, g: &GenObject) -> Value {
        g.running.set(true);
        let caller_exc = self.exc_info.clone();
        let saved = g.exc_state.replace(Value::None);
        if !saved.is_none() {
            self.exc_info = saved;
        }
        caller_exc
    }

    /// Undoes `gen_begin` after `g`'s frame yielded (`suspended`: the frame, kept along
    /// with the exception being handled inside) or finished.
    pub(crate) fn gen_end(
        &mut self,
        g: &GenObject,
        caller_exc: Value,
        suspended: Option<Box<Frame>>,
    ) {
        let inner = std::mem::replace(&mut self.exc_info, caller_exc);
        g.running.set(false);
        if let Some(frame) = suspended {
            if !inner.is(&self.exc_info) {
                *g.exc_state.borrow_mut() = inner;
            }
            *g.frame.borrow_mut() = Some(frame);
        }
    }

    /// The exception a generator's frame raised, as its caller sees it: StopIteration
    /// becomes RuntimeError (PEP 479).
    pub(crate) fn gen_error(&mut self, kind: GenKind, e: PyErr) -> PyErr {
        let stop = if e.class.is_subtype(&self.exc("StopIteration")) {
            "StopIteration"
        } else if kind == GenKind::AsyncGenerator
            && e.class.is_subtype(&self.exc("StopAsyncIteration"))
        {
            "StopAsyncIteration"
        } else {
            return e;
        };
        let msg = format!("{} raised {stop}", kind_name(kind));
        let new = self.new_error("RuntimeError", msg);
        if let Payload::Exception(d) = &new.payload {
            let mut d = d.borrow_mut();
            d.cause = Some(Value::Obj(e.clone()));
            d.context = Some(Value::Obj(e));
            d.suppress_context = true;
        }
        new
    }

    /// `next(gen)` (FOR_ITER) or `gen.send(sent)` (YIELD_FROM) to be run by the caller's
    /// eval loop: resuming the generator's frame (started with `gen_begin`; the link back
    /// goes in `caller.resumed`), when `it` is a generator or coroutine that can resume now. `None` leaves everything unusual (and
    /// the errors) to `generator_next` / `yield_from_step`.
    pub(crate) fn gen_resume_inline(
        &mut self,
        caller: &mut Frame,
        it: &Value,
        sent: &Value,
        for_iter: bool,
    ) -> Option<crate::eval::Flow> {
        let Value::Obj(o) = it else {
            return None;
        };
        let Payload::Generator(g) = &o.payload else {
            return None;
        };
        let kind_ok = match g.kind {
            GenKind::Generator => true,
            GenKind::Coroutine => !for_iter,
            GenKind::AsyncGenerator => false,
        };
        if o.class.heap || !kind_ok || g.running.get() || (!g.started.get() && !sent.is_none()) {
            return None;
        }
        let mut frame = g.frame.borrow_mut().take()?;
        g.started.set(true);
        frame.stack.push(sent.clone());
        let caller_exc = self.gen_begin(g);
        caller.resumed = Some(crate::eval::GenLink {
            gen: o.clone(),
            caller_exc,
            for_iter,
        });
        Some(crate::eval::Flow::Resume(frame))
    }

    /// `next(gen)` for the eval loop and iteration: `None` when it returns.
    pub fn generator_next(&mut self, o: &Rc<Object>) -> PyResult<Option<Value>> {
        match self.resume(o, Value::None, None)? {
            Resumed::Yield(v) => Ok(Some(v)),
            Resumed::Return(_) => Ok(None),
        }
    }

    /// `gen.close()`.
    pub fn generator_close(&mut self, o: &Rc<Object>) -> PyResult {
        let Payload::Generator(g) = &o.payload else {
            return Ok(Value::None);
        };
        let active = g
            .frame
            .borrow()
            .as_ref()
            .is_some_and(|f| !f.blocks.is_empty());
        if !active {
            g.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        let exit = self.new_exception(&self.exc("GeneratorExit"), vec![]);
        match self.resume(o, Value::None, Some(exit)) {
            Ok(Resumed::Yield(_)) => {
                let what = kind_name(g.kind);
                Err(self.runtime_error(format!("{what} ignored GeneratorExit")))
            }
            Ok(Resumed::Return(_)) => Ok(Value::None),
            Err(e)
                if self.is_instance_of(&e, "GeneratorExit")
                    || self.is_instance_of(&e, "StopIteration") =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// One YIELD_FROM step: `Ok(value)` when the delegate yielded, `Err(result)` when it
    /// finished with a result.
    pub fn yield_from_step(
        &mut self,
        receiver: &Value,
        v: Value,
    ) -> PyResult<Result<Value, Value>> {
        if let Some(r) = crate::types::asyncgen::await_step(self, receiver, &v) {
            return r;
        }
        if let Value::Obj(o) = receiver {
            if let Payload::Generator(_) = &o.payload {
                if !o.class.heap {
                    return Ok(match self.resume(o, v, None)? {
                        Resumed::Yield(y) => Ok(y),
                        Resumed::Return(r) => Err(r),
                    });
                }
            }
        }
        let r = if v.is_none() {
            let t = self.type_of(receiver);
            match t.lookup("__next__") {
                Some(m) => self.call_method_value(&m, receiver, &[]),
                None => Err(self.type_error(format!("'{}' object is not an iterator", t.name()))),
            }
        } else {
            self.call_method(receiver, "send", &[v])
        };
        match r {
            Ok(y) => Ok(Ok(y)),
            Err(e) if self.is_instance_of(&e, "StopIteration") => {
                let val = self
                    .getattr_opt(&Value::Obj(e), "value")?
                    .unwrap_or(Value::None);
                Ok(Err(val))
            }
            Err(e) => Err(e),
        }
    }

    /// GET_YIELD_FROM_ITER.
    pub fn get_yield_from_iter(&mut self, v: &Value, co: &pyco_compiler::CodeObject) -> PyResult {
        if let Some(Payload::Generator(g)) = v.payload() {
            if g.kind == GenKind::Coroutine {
                if co.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0 {
                    return Err(self.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    ));
                }
                return Ok(v.clone());
            }
            return Ok(v.clone());
        }
        self.iter(v)
    }

    /// GET_AWAITABLE.
    pub fn get_awaitable(
        &mut self,
        v: &Value,
        _co: &pyco_compiler::CodeObject,
        _lasti: usize,
    ) -> PyResult {
        if let Some(Payload::Generator(g)) = v.payload() {
            if g.kind == GenKind::Coroutine {
                let busy = g.frame.borrow().as_ref().is_some_and(|f| f.yielding_from);
                if busy {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
            if g.code.co.flags & flags::ITERABLE_COROUTINE != 0 {
                return Ok(v.clone());
            }
        }
        let t = self.type_of(v);
        match t.lookup("__await__") {
            Some(m) => {
                let it = self.call_method_value(&m, v, &[])?;
                if let Some(Payload::Generator(g)) = it.payload() {
                    if g.kind == GenKind::Coroutine {
                        return Err(self.type_error("__await__() returned a coroutine"));
                    }
                }
                let it_t = self.type_of(&it);
                if it_t.lookup("__next__").is_none() {
                    return Err(self.type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        it_t.name()
                    )));
                }
                Ok(it)
            }
            None => Err(self
                .async_with_await_error(&t, _co, _lasti)
                .unwrap_or_else(|| {
                    self.type_error(format!(
                        "object {} can't be used in 'await' expression",
                        t.name()
                    ))
                })),
        }
    }

    /// Runs the finalizers of objects that died since the last instruction.
    pub fn finalize(&mut self, _v: Value) {}

    /// Closes generators that died suspended (their `finally` blocks run now) and warns
    /// about coroutines that were never awaited.
    pub fn run_orphans(&mut self) {
        PENDING.with(|p| p.set(false));
        self.run_del_queue();
        crate::types::asyncgen::run_finalizers(self);
        let orphans = ORPHANS.with(|o| std::mem::take(&mut *o.borrow_mut()));
        for (kind, code, qualname, frame, started) in orphans {
            if kind == GenKind::Coroutine && !started {
                let q = qualname.as_str().unwrap_or("?").to_string();
                self.warn_runtime(&format!("coroutine '{q}' was never awaited"));
                continue;
            }
            let t = match kind {
                GenKind::AsyncGenerator => self.types.async_generator.clone(),
                _ => self.types.generator.clone(),
            };
            let g = self.obj(
                &t,
                Payload::Generator(Box::new(GenObject {
                    frame: RefCell::new(Some(frame)),
                    running: Cell::new(false),
                    started: Cell::new(true),
                    kind,
                    code,
                    name: RefCell::new(Value::None),
                    qualname: RefCell::new(qualname),
                    exc_state: RefCell::new(Value::None),
                    ag: (kind == GenKind::AsyncGenerator).then(Box::default),
                })),
            );
            let o = g.as_obj().expect("generator").clone();
            if let Err(e) = self.generator_close(&o) {
                self.print_unraisable(&e, &g);
            }
            if let Payload::Generator(gen) = &o.payload {
                gen.frame.borrow_mut().take();
            }
        }
    }
}
