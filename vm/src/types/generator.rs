//! Generators and coroutines: suspended frames resumed by `send`/`throw`/`close`
//! (`genobject.c`), `yield from`/`await` delegation, and finalization of generators that
//! die suspended (queued, never run inside `Drop`).

use crate::eval::{Exit, Flow, Frame, GenLink, LinkKind};
use crate::object::*;
use crate::Vm;
use pyco_compiler::code::flags;
use std::cell::{Cell, OnceCell, RefCell};
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
    /// The address of the frame's box, which the generator keeps for its whole life (the
    /// box is taken out to run and put back): how `gi_frame` finds the frame on the
    /// frame stack while it runs. Never dereferenced once the frame is finished.
    pub(crate) frame_addr: *const Frame,
    /// A coroutine's `cr_origin`: where it was made, when `sys.set_coroutine_origin_
    /// tracking_depth` asked for it.
    pub origin: OnceCell<Value>,
}

/// A generator that died suspended: kind, code, qualname, frame, started, origin.
pub(crate) type Orphan = (GenKind, Rc<Code>, Value, Box<Frame>, bool, Option<Value>);

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
                let origin = self.origin.take();
                let orphan = (
                    self.kind,
                    self.code.clone(),
                    q,
                    frame,
                    self.started.get(),
                    origin,
                );
                crate::finalize::queue(crate::finalize::Dying::Orphan(orphan));
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

/// An exception `throw()` or `close()` raises where a generator is suspended.
pub struct Thrown {
    pub exc: PyErr,
    /// `throw()`'s arguments as given, which a `yield from` delegate's own `throw` method
    /// gets unchanged (empty: pass `exc`).
    pub args: Vec<Value>,
    /// A GeneratorExit closes a `yield from` delegate rather than being thrown into it
    /// (`_gen_throw`'s `close_on_genexit`; async generators pass it on as thrown).
    pub close_on_genexit: bool,
}

impl Thrown {
    fn new(exc: PyErr, kind: GenKind) -> Box<Thrown> {
        Box::new(Thrown {
            exc,
            args: Vec::new(),
            close_on_genexit: kind != GenKind::AsyncGenerator,
        })
    }
}

/// How a generator's frame is entered: with a value sent, or an exception thrown.
pub(crate) enum Entry {
    Send(Value),
    Throw(Box<Thrown>),
}

pub enum Resumed {
    Yield(Value),
    Return(Value),
}

impl Resumed {
    /// As a `yield from` step: `Ok(yielded)`, or `Err(result)` when the frame returned.
    pub fn into_step(self) -> Result<Value, Value> {
        match self {
            Resumed::Yield(v) => Ok(v),
            Resumed::Return(r) => Err(r),
        }
    }
}

/// A step's outcome as the Python methods (`send`, `throw`, `__next__`) give it: the
/// yielded value, or StopIteration carrying the result.
pub(crate) fn step_result(vm: &mut Vm, r: PyResult<Resumed>) -> PyResult {
    match r? {
        Resumed::Yield(v) => Ok(v),
        Resumed::Return(r) => Err(vm.stop_iteration(r)),
    }
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
            vm.add_method(&t, "__await__", |vm, a, _| {
                let w = vm.aux_type(CORO_WRAPPER);
                Ok(vm.obj(&w, Payload::Native(Box::new(CoroWrapper(a[0].clone())))))
            });
            vm.add_member(&t, "cr_origin", |_, a, _| {
                Ok(gen_of(&a[0]).origin.get().cloned().unwrap_or(Value::None))
            });
        }
        vm.add_method(&t, "send", |vm, a, kw| {
            let v = one_arg_of(vm, a, kw, "send")?;
            send_method(vm, &a[0], v)
        });
        vm.add_method(&t, "throw", gen_throw_method);
        vm.add_method(&t, "__del__", |vm, a, kw| {
            slot_no_args(vm, a, kw)?;
            vm.finalize_generator(&a[0]);
            Ok(Value::None)
        });
        vm.add_method(&t, "close", |vm, a, kw| {
            if a.len() != 1 || !kw.is_empty() {
                vm.no_args(&qualified(vm, &a[0], "close"), &a[1..], kw)?;
            }
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
        vm.add_member(&t, fr, |vm, a, _| gen_of(&a[0]).frame_object(vm, &a[0]));
        vm.add_getter(
            &t,
            run,
            |_, a, _| Ok(Value::Bool(gen_of(&a[0]).running.get())),
            None,
        );
        vm.add_member(&t, code, |vm, a, _| Ok(vm.code_object(&gen_of(&a[0]).code)));
        vm.add_getter(
            &t,
            yf,
            |_, a, _| Ok(gen_of(&a[0]).delegate().unwrap_or(Value::None)),
            None,
        );
        vm.add_getter(
            &t,
            "__name__",
            |_, a, _| Ok(gen_of(&a[0]).name.borrow().clone()),
            Some(|vm, a, _| set_name(vm, a, "__name__", |g| &g.name)),
        );
        vm.add_getter(
            &t,
            "__qualname__",
            |_, a, _| Ok(gen_of(&a[0]).qualname.borrow().clone()),
            Some(|vm, a, _| set_name(vm, a, "__qualname__", |g| &g.qualname)),
        );
        let docs = if is_gen { GEN_DOCS } else { CORO_DOCS };
        for (name, doc) in docs {
            vm.set_doc(&t, name, doc);
        }
    }
}

/// CPython's docstrings of the generator type's methods and attributes.
const GEN_DOCS: &[(&str, &str)] = &[
    ("__iter__", "Implement iter(self)."),
    ("__next__", "Implement next(self)."),
    (
        "send",
        "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
    ),
    (
        "throw",
        "throw(typ[,val[,tb]]) -> raise exception in generator,\nreturn next yielded value or raise StopIteration.",
    ),
    ("close", "close() -> raise GeneratorExit inside generator."),
    ("gi_yieldfrom", "object being iterated by yield from, or None"),
];

/// The same for coroutines.
const CORO_DOCS: &[(&str, &str)] = &[
    (
        "__await__",
        "Return an iterator to be used in await expression.",
    ),
    (
        "send",
        "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
    ),
    (
        "throw",
        "throw(typ[,val[,tb]]) -> raise exception in coroutine,\nreturn next iterated value or raise StopIteration.",
    ),
    ("close", "close() -> raise GeneratorExit inside coroutine."),
    ("cr_await", "object being awaited on, or None"),
];

/// The setter of `__name__` / `__qualname__` (also called to delete, with no value).
pub(crate) fn set_name(
    vm: &mut Vm,
    a: &[Value],
    what: &str,
    field: fn(&GenObject) -> &RefCell<Value>,
) -> PyResult {
    match a.get(1) {
        Some(v) if v.as_str().is_some() => {
            *field(gen_of(&a[0])).borrow_mut() = v.clone();
            Ok(Value::None)
        }
        _ => Err(vm.type_error(format!("{what} must be set to a string object"))),
    }
}

impl GenObject {
    /// Whether the frame is suspended in a `yield from` / `await` of its own (a coroutine
    /// then cannot be awaited by another: "coroutine is being awaited already").
    pub(crate) fn awaiting(&self) -> bool {
        // (A level of a `yield from` chain runs with its frame in place: `eval/chain.rs`.)
        !self.running.get()
            && self
                .frame
                .borrow()
                .as_ref()
                .is_some_and(|f| f.yielding_from)
    }

    /// `gi_frame`/`cr_frame`/`ag_frame`: the suspended frame, the live one while it runs,
    /// None once finished.
    pub fn frame_object(&self, vm: &mut Vm, owner: &Value) -> PyResult {
        // (Running, the frame may be out or, in a `yield from` chain, in place.)
        if self.running.get() {
            if let Some(i) = vm.frames.iter().rposition(|&p| p == self.frame_addr) {
                return vm.frame_object(vm.frames.len() - 1 - i);
            }
        }
        if let Some(f) = &*self.frame.borrow() {
            return vm.suspended_frame_object(f, owner);
        }
        Ok(Value::None)
    }

    /// `_PyGen_yf`: what a generator suspended in `yield from`/`await` delegates to.
    pub fn delegate(&self) -> Option<Value> {
        // Running, a frame is past its YIELD_FROM (CPython's `_PyGen_yf`: NULL).
        if self.running.get() {
            return None;
        }
        let f = self.frame.borrow();
        let f = f.as_ref()?;
        if f.yielding_from {
            f.stack.last().cloned()
        } else {
            None
        }
    }
}

/// `o` as a generator or coroutine whose frame the eval loop can run now (FOR_ITER takes
/// generators only).
#[inline(always)]
pub(crate) fn resumable_inline(o: &Rc<Object>, for_iter: bool) -> Option<&GenObject> {
    let Payload::Generator(g) = &o.payload else {
        return None;
    };
    let kind_ok = match g.kind {
        GenKind::Generator => true,
        GenKind::Coroutine => !for_iter,
        GenKind::AsyncGenerator => false,
    };
    let ready = kind_ok && !o.class.heap && !g.running.get() && g.frame.borrow().is_some();
    ready.then_some(g)
}

/// `coro.__await__()`: an iterator over the coroutine's steps.
const CORO_WRAPPER: &str = "coroutine_wrapper";

struct CoroWrapper(Value);

/// The methods of `coroutine_wrapper` (made on demand by `Vm::aux_type`).
pub fn init_aux(vm: &Vm, name: &str, t: &Rc<Type>) {
    if name != CORO_WRAPPER {
        return;
    }
    vm.add_method(t, "__iter__", |_, a, _| Ok(a[0].clone()));
    vm.add_method(t, "__next__", |vm, a, _| {
        let c = wrapped_coroutine(vm, &a[0])?;
        send_method(vm, &c, Value::None)
    });
    vm.add_method(t, "send", |vm, a, kw| {
        let v = one_arg_of(vm, a, kw, "send")?;
        let c = wrapped_coroutine(vm, &a[0])?;
        send_method(vm, &c, v)
    });
    vm.add_method(t, "throw", |vm, a, kw| {
        let mut a = a.to_vec();
        a[0] = wrapped_coroutine(vm, &a[0])?;
        gen_throw_method(vm, &a, kw)
    });
    vm.add_method(t, "close", |vm, a, kw| {
        vm.no_args(&qualified(vm, &a[0], "close"), &a[1..], kw)?;
        let c = wrapped_coroutine(vm, &a[0])?;
        vm.generator_close(c.as_obj().expect("coroutine"))
    });
}

fn wrapped_coroutine(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(Payload::Native(n)) = v.payload() {
        if let Some(w) = n.downcast_ref::<CoroWrapper>() {
            return Ok(w.0.clone());
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a '{CORO_WRAPPER}' object but received '{}'",
        vm.type_name(v)
    )))
}

pub fn gen_of(v: &Value) -> &GenObject {
    match v.payload() {
        Some(Payload::Generator(g)) => g,
        _ => panic!("not a generator"),
    }
}

/// The argument check of the `__del__` slot wrapper: `a[0]` is self.
pub(crate) fn slot_no_args(vm: &Vm, a: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error("wrapper __del__() takes no keyword arguments"));
    }
    match a.len() - 1 {
        0 => Ok(()),
        n => Err(vm.type_error(format!("expected 0 arguments, got {n}"))),
    }
}

/// `type.method`, as METH_O / METH_NOARGS errors name a method.
fn qualified(vm: &Vm, receiver: &Value, method: &str) -> String {
    format!("{}.{method}", vm.type_name(receiver))
}

/// The one argument of method `method` of `a[0]`; the error names the method, a name
/// made only on that path (`send()` runs once per item).
fn one_arg_of(vm: &mut Vm, a: &[Value], kw: &[Value], method: &str) -> PyResult {
    if a.len() == 2 && kw.is_empty() {
        return Ok(a[1].clone());
    }
    Ok(vm
        .one_arg(&qualified(vm, &a[0], method), &a[1..], kw)?
        .clone())
}

fn send_method(vm: &mut Vm, g: &Value, v: Value) -> PyResult {
    let o = g.as_obj().expect("generator").clone();
    let r = vm.resume(&o, v, None);
    step_result(vm, r)
}

fn gen_throw_method(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("throw() takes no keyword arguments"));
    }
    vm.check_args("throw", &a[1..], kw, 1, 3)?;
    let o = a[0].as_obj().expect("generator").clone();
    let exc = make_thrown(vm, &a[1], a.get(2), a.get(3))?;
    let thrown = Box::new(Thrown {
        exc,
        args: a[1..].to_vec(),
        close_on_genexit: gen_of(&a[0]).kind != GenKind::AsyncGenerator,
    });
    let r = vm.resume_with(&o, Entry::Throw(thrown));
    step_result(vm, r)
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
        if !tb.is_none() && !Rc::ptr_eq(&vm.type_of(tb), &vm.types.traceback) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
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
        let code = frame.code.clone();
        let name = func.name.borrow().clone();
        let qualname = func.qualname.borrow().clone();
        let g = self.generator_object(kind, frame, code, name, qualname, false);
        if kind == GenKind::Coroutine && self.coroutine_origin_depth > 0 {
            let origin = self.coroutine_origin(self.coroutine_origin_depth);
            let _ = gen_of(&g).origin.set(origin);
        }
        g
    }

    /// `compute_cr_origin`: (filename, line, function name) of the running frame and
    /// its callers, innermost first, at most `depth` of them.
    fn coroutine_origin(&self, depth: usize) -> Value {
        let items = self
            .frames
            .iter()
            .rev()
            .take(depth)
            .map(|&f| {
                // SAFETY: `frames` holds frames alive while they execute.
                let f = unsafe { &*f };
                let line = f.lineno().map_or(Value::None, |l| Value::Int(l as i64));
                let co = &f.code.co;
                self.new_tuple(vec![
                    self.new_str(co.filename.as_str()),
                    line,
                    self.new_str(co.name.as_str()),
                ])
            })
            .collect();
        self.new_tuple(items)
    }

    /// The object of a generator of `kind` running `frame`: a new one, or a dead one made
    /// again for its finalizer.
    fn generator_object(
        &self,
        kind: GenKind,
        frame: Box<Frame>,
        code: Rc<Code>,
        name: Value,
        qualname: Value,
        started: bool,
    ) -> Value {
        let t = match kind {
            GenKind::Generator => &self.types.generator,
            GenKind::Coroutine => &self.types.coroutine,
            GenKind::AsyncGenerator => &self.types.async_generator,
        };
        // Written field by field into its allocation: built on the stack and then moved
        // there, the struct was copied in 16-byte blocks just after being written in
        // smaller pieces, which stalls the CPU (a coroutine is made per `async def` call).
        let mut g = Box::<GenObject>::new_uninit();
        let p = g.as_mut_ptr();
        // SAFETY: every field is written once before `assume_init`.
        let g = unsafe {
            std::ptr::addr_of_mut!((*p).frame_addr).write(&*frame);
            std::ptr::addr_of_mut!((*p).frame).write(RefCell::new(Some(frame)));
            std::ptr::addr_of_mut!((*p).running).write(Cell::new(false));
            std::ptr::addr_of_mut!((*p).started).write(Cell::new(started));
            std::ptr::addr_of_mut!((*p).kind).write(kind);
            std::ptr::addr_of_mut!((*p).code).write(code);
            std::ptr::addr_of_mut!((*p).name).write(RefCell::new(name));
            std::ptr::addr_of_mut!((*p).qualname).write(RefCell::new(qualname));
            std::ptr::addr_of_mut!((*p).exc_state).write(RefCell::new(Value::None));
            let ag = (kind == GenKind::AsyncGenerator).then(Box::default);
            std::ptr::addr_of_mut!((*p).ag).write(ag);
            std::ptr::addr_of_mut!((*p).origin).write(OnceCell::new());
            g.assume_init()
        };
        self.obj(t, Payload::Generator(g))
    }

    /// `gen_send_ex`: resumes with a sent value or a thrown exception.
    pub fn resume(
        &mut self,
        o: &Rc<Object>,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Resumed> {
        let entry = match throw {
            Some(e) => {
                let kind = match &o.payload {
                    Payload::Generator(g) => g.kind,
                    _ => GenKind::Generator,
                };
                Entry::Throw(Thrown::new(e, kind))
            }
            None => Entry::Send(value),
        };
        self.resume_with(o, entry)
    }

    /// `gen_send_ex2`, with a `Thrown` that keeps `throw()`'s own arguments.
    pub(crate) fn resume_with(&mut self, o: &Rc<Object>, entry: Entry) -> PyResult<Resumed> {
        let Payload::Generator(g) = &o.payload else {
            return Err(self.type_error("not a generator"));
        };
        let Some(mut frame) = self.enter_generator(g, &entry)? else {
            // A finished generator "returns" None to a send.
            return Ok(Resumed::Return(Value::None));
        };
        let caller_exc = self.begin_entry(g, &mut frame, entry);
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
                self.retire_raised_frame(frame, &e);
                Err(self.gen_error(g.kind, e))
            }
        }
    }

    /// The checks of `gen_send_ex2` before `g` runs: takes its frame out (marked started),
    /// or says why it cannot run; `None` for a value sent to a finished generator.
    fn enter_generator(&mut self, g: &GenObject, entry: &Entry) -> PyResult<Option<Box<Frame>>> {
        let what = kind_name(g.kind);
        if g.running.get() {
            return Err(self.value_error(format!("{what} already executing")));
        }
        let Some(frame) = g.frame.borrow_mut().take() else {
            if g.kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return match entry {
                Entry::Throw(t) => Err(t.exc.clone()),
                Entry::Send(_) => Ok(None),
            };
        };
        if !g.started.get() {
            if matches!(entry, Entry::Send(v) if !v.is_none()) {
                *g.frame.borrow_mut() = Some(frame);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {what}"
                )));
            }
            g.started.set(true);
        }
        Ok(Some(frame))
    }

    /// `gen_begin`, then the value sent goes on `frame`'s stack, or the exception thrown
    /// waits in it (chained, as `_PyErr_ChainStackItem` does, to what the generator itself
    /// was handling, not to its caller's exception).
    /// (Inlined: callers mostly know the entry's variant, and an `Entry` passed through
    /// memory is read back whole right after being written piecewise, a stall.)
    #[inline(always)]
    fn begin_entry(&mut self, g: &GenObject, frame: &mut Frame, entry: Entry) -> Value {
        let own_state = !g.exc_state.borrow().is_none();
        let caller_exc = self.gen_begin(g, frame);
        match entry {
            Entry::Send(v) => crate::eval::deliver(frame, v),
            Entry::Throw(t) => {
                if own_state {
                    self.set_context(&t.exc);
                }
                frame.pending_throw = Some(t);
            }
        }
        caller_exc
    }

    /// Marks `g` running with its saved exception state in place; gives back the caller's
    /// exception state, for `gen_end`. (Inlined, as `gen_end` is: a generator switch is
    /// a handful of these small steps, and a call's register saves cost as much.)
    #[inline(always)]
    pub(crate) fn gen_begin(&mut self, g: &GenObject, frame: &mut Frame) -> Value {
        g.running.set(true);
        // The common case, neither side handling an exception: nothing to swap.
        if self.exc_info.is_none() && g.exc_state.borrow().is_none() {
            return Value::None;
        }
        self.swap_exc_state_in(g, frame)
    }

    /// `gen_begin`'s exchange of exception states, when either side has one; the frame
    /// keeps the caller's as its `exc_base`.
    #[inline(never)]
    fn swap_exc_state_in(&mut self, g: &GenObject, frame: &mut Frame) -> Value {
        let caller_exc = self.exc_info.clone();
        if !caller_exc.is_none() {
            frame.exc_base = caller_exc.clone();
        }
        let saved = g.exc_state.replace(Value::None);
        if !saved.is_none() {
            self.exc_info = saved;
        }
        caller_exc
    }

    /// Undoes `gen_begin` after `g`'s frame yielded (`suspended`: the frame, kept along
    /// with the exception being handled inside) or finished.
    #[inline(always)]
    pub(crate) fn gen_end(
        &mut self,
        g: &GenObject,
        caller_exc: Value,
        suspended: Option<Box<Frame>>,
    ) {
        g.running.set(false);
        // The common case, neither side handling an exception (`g.exc_state` is empty
        // while it runs): nothing to swap.
        if caller_exc.is_none() && self.exc_info.is_none() {
            std::mem::forget(caller_exc); // None: nothing to drop (saves a call)
            if let Some(frame) = suspended {
                // The slot is empty while the frame runs: nothing to drop (saves a call).
                let old = g.frame.borrow_mut().replace(frame);
                debug_assert!(old.is_none());
                std::mem::forget(old);
            }
            return;
        }
        let inner = std::mem::replace(&mut self.exc_info, caller_exc);
        if let Some(mut frame) = suspended {
            if !inner.is(&self.exc_info) {
                *g.exc_state.borrow_mut() = inner;
            }
            frame.exc_base = Value::None;
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

    /// FOR_ITER's `next(gen)`, to be run by the caller's eval loop, `gen` being the iterator
    /// on top of `caller`'s stack: resumes the generator's frame (started with `gen_begin`;
    /// the link back goes in `caller.resumed`) when it can resume now. `None` leaves
    /// everything unusual (and the errors) to `generator_next`.
    #[inline(always)]
    pub(crate) fn for_iter_resume(&mut self, caller: &mut Frame) -> Option<Box<Frame>> {
        let Some(Value::Obj(o)) = caller.stack.last() else {
            return None;
        };
        resumable_inline(o, true)?;
        let o = o.clone();
        Some(self.enter_inline(caller, o, Entry::Send(Value::None), LinkKind::ForIter))
    }

    /// YIELD_FROM's `gen.send(sent)`, as `for_iter_resume` (the receiver on top of the
    /// stack once `sent` is popped; coroutines too); gives `sent` back, for
    /// `yield_from_step`, when the receiver cannot resume here.
    pub(crate) fn yield_from_resume(
        &mut self,
        caller: &mut Frame,
        sent: Value,
    ) -> Result<Box<Frame>, Value> {
        let Some(Value::Obj(o)) = caller.stack.last() else {
            return Err(sent);
        };
        match resumable_inline(o, false) {
            Some(g) if g.started.get() || sent.is_none() => {}
            _ => return Err(sent),
        }
        let o = o.clone();
        Ok(self.enter_inline(caller, o, Entry::Send(sent), LinkKind::YieldFrom))
    }

    /// CALL_METHOD of `gen.send(value)` on a generator or coroutine that can resume now
    /// (`f.stack[base..]` is `[send, gen, value]`): runs the generator's frame on the
    /// caller's eval loop instead of a nested one, as FOR_ITER does. `None` leaves the call
    /// (and any error) to the `send` method.
    pub(crate) fn send_inline(&mut self, caller: &mut Frame, base: usize) -> Option<Box<Frame>> {
        let Some(Payload::MethodDescr(d)) = caller.stack[base].payload() else {
            return None;
        };
        let owner_ok = Rc::ptr_eq(&d.owner, &self.types.generator)
            || Rc::ptr_eq(&d.owner, &self.types.coroutine);
        if !owner_ok || d.name != "send" {
            return None;
        }
        let Value::Obj(o) = &caller.stack[base + 1] else {
            return None;
        };
        let g = resumable_inline(o, false)?;
        if !g.started.get() && !caller.stack[base + 2].is_none() {
            return None;
        }
        // The three entries move out one by one (cheaper than `truncate`'s drop loop): the
        // value into the generator's frame, the generator into the link.
        let sent = crate::eval::pop(&mut caller.stack);
        let Value::Obj(o) = crate::eval::pop(&mut caller.stack) else {
            unreachable!("checked above")
        };
        drop(crate::eval::pop(&mut caller.stack));
        Some(self.enter_inline(caller, o, Entry::Send(sent), LinkKind::Send))
    }

    /// CALL_FUNCTION of the built-in `next(gen)` on a generator that can resume now
    /// (`caller.stack[base..]` is `[next, gen]`): as `send_inline`, sending `None` (a
    /// return raises StopIteration with the value, as `next()` does).
    pub(crate) fn next_inline(&mut self, caller: &mut Frame, base: usize) -> Option<Box<Frame>> {
        let Some(Payload::Builtin(b)) = caller.stack[base].payload() else {
            return None;
        };
        let builtin = matches!(&b.bound, Some(Value::Obj(m)) if Rc::ptr_eq(m, &self.builtins));
        if b.name != "next" || !builtin {
            return None;
        }
        let Value::Obj(o) = &caller.stack[base + 1] else {
            return None;
        };
        resumable_inline(o, true)?;
        let Value::Obj(o) = crate::eval::pop(&mut caller.stack) else {
            unreachable!("checked above")
        };
        drop(crate::eval::pop(&mut caller.stack));
        Some(self.enter_inline(caller, o, Entry::Send(Value::None), LinkKind::Send))
    }

    /// The frame of generator `o` (which `resumable_inline` allowed), started and linked
    /// back to `caller`, for the loop's frame stack. (A bare pointer back, for a register:
    /// an `Option<Flow>` goes through memory and is copied whole after being written
    /// piecewise, a stall.)
    #[inline(always)]
    pub(crate) fn enter_inline(
        &mut self,
        caller: &mut Frame,
        o: Rc<Object>,
        entry: Entry,
        kind: LinkKind,
    ) -> Box<Frame> {
        let Payload::Generator(g) = &o.payload else {
            unreachable!("checked by resumable_inline")
        };
        let mut frame = g.frame.borrow_mut().take().expect("checked resumable");
        g.started.set(true);
        if matches!(kind, LinkKind::Send) {
            // The call of `send`/`next` keeps its recursion level while the frame runs,
            // as in CPython (it is given back where the link ends).
            self.depth += 1;
        }
        // The link is written with a literal `None` in the common case: a `Value` made in
        // either branch would be stored as one word and read back as two, a stall.
        if self.exc_info.is_none() && g.exc_state.borrow().is_none() {
            g.running.set(true);
            match entry {
                Entry::Send(v) => crate::eval::deliver(&mut frame, v),
                Entry::Throw(t) => frame.pending_throw = Some(t),
            }
            let link = GenLink {
                gen: o,
                caller_exc: Value::None,
                kind,
            };
            // A frame waits on one generator at a time: the slot is empty (nothing to
            // drop, which the compiler left a call).
            let old = caller.resumed.replace(link);
            debug_assert!(old.is_none());
            std::mem::forget(old);
            return frame;
        }
        let caller_exc = self.begin_entry(g, &mut frame, entry);
        caller.resumed = Some(GenLink {
            gen: o,
            caller_exc,
            kind,
        });
        frame
    }

    /// `_gen_throw` for a frame resumed with an exception thrown in: raised where it is
    /// suspended, or, when that is a `yield from`/`await`, first passed to the delegate
    /// (closed, for a GeneratorExit). Delegates that are generators run on the loop's
    /// frame stack, so a long chain of them costs no native stack.
    pub(crate) fn throw_into_frame(
        &mut self,
        f: &mut Frame,
        t: Thrown,
    ) -> Result<Flow, (PyErr, bool)> {
        if !f.yielding_from {
            // Raised here with its context as `begin_entry` set it; a frame not started
            // yet is on its `def` line (CPython's f_lasti -1).
            let line = if f.ip == 0 {
                Some(f.code.co.firstlineno)
            } else {
                f.lineno()
            };
            self.add_traceback_at(&t.exc, f, line);
            return Err((t.exc, true));
        }
        // The suspended YIELD_FROM runs again: errors point at it, and a delegate that
        // yields leaves it to run once more on the next resume.
        f.yielding_from = false;
        f.ip = f.lasti + 1;
        let yf = f
            .stack
            .last()
            .cloned()
            .expect("a delegate under YIELD_FROM");
        let closing = t.close_on_genexit && self.is_instance_of(&t.exc, "GeneratorExit");
        if let Value::Obj(o) = &yf {
            if let Some(g) = resumable_inline(o, false) {
                let (entry, kind) = if closing {
                    let exit = self.new_exception(&self.exc("GeneratorExit"), vec![]);
                    let entry = Entry::Throw(Thrown::new(exit, g.kind));
                    (entry, LinkKind::Close(t.exc))
                } else {
                    (Entry::Throw(Box::new(t)), LinkKind::YieldFrom)
                };
                return Ok(Flow::Resume(self.enter_inline(f, o.clone(), entry, kind)));
            }
        }
        let r = if closing {
            match self.close_delegate(&yf) {
                Ok(()) => Err(t.exc),
                Err(e) => Err(e),
            }
        } else {
            self.throw_to_delegate(&yf, t)
        };
        match r {
            Ok(Ok(v)) => {
                // The delegate yielded: so does `f`, still in its `yield from`.
                f.ip -= 1;
                f.yielding_from = true;
                Ok(Flow::Yield(v))
            }
            Ok(Err(result)) => {
                f.stack.pop();
                f.stack.push(result);
                Ok(Flow::Next)
            }
            Err(e) => Err((e, false)),
        }
    }

    /// `gen_close_iter`: closes a `yield from` delegate.
    fn close_delegate(&mut self, yf: &Value) -> PyResult<()> {
        if let Some(Payload::Generator(_)) = yf.payload() {
            let o = yf.as_obj().expect("generator").clone();
            return self.generator_close(&o).map(drop);
        }
        match self.getattr_opt(yf, "close") {
            Ok(Some(m)) => self.call(&m, &[], &[]).map(drop),
            Ok(None) => Ok(()),
            Err(e) => {
                self.print_unraisable(&e, yf);
                Ok(())
            }
        }
    }

    /// A `throw()` passed to a delegate that is not resumed inline: its `throw` method
    /// (or a generator's) gets it. `Ok(Ok(v))`: it yielded `v`; `Ok(Err(r))`: it finished
    /// with result `r`; `Err(e)`: `e` raises at the `yield from`.
    fn throw_to_delegate(&mut self, yf: &Value, t: Thrown) -> PyResult<Result<Value, Value>> {
        let r = if let Some(Payload::Generator(_)) = yf.payload() {
            let o = yf.as_obj().expect("generator").clone();
            return Ok(self.resume_with(&o, Entry::Throw(Box::new(t)))?.into_step());
        } else {
            let meth = match self.getattr_opt(yf, "throw") {
                Ok(Some(m)) => m,
                // No `throw`: the exception raises at the `yield from` itself.
                Ok(None) => return Err(t.exc),
                Err(e) => return Err(e),
            };
            let args = if t.args.is_empty() {
                vec![Value::Obj(t.exc)]
            } else {
                t.args
            };
            self.call(&meth, &args, &[])
        };
        self.delegate_step(r)
    }

    /// What a delegate's `__next__`/`send`/`throw` call gives as a `yield from` step:
    /// `Ok(yielded)`, or `Err(result)` when it raised StopIteration
    /// (`_PyGen_FetchStopIterationValue`); other errors raise.
    fn delegate_step(&mut self, r: PyResult) -> PyResult<Result<Value, Value>> {
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) if self.is_instance_of(&e, "StopIteration") => {
                let val = self
                    .getattr_opt(&Value::Obj(e), "value")?
                    .unwrap_or(Value::None);
                Ok(Err(val))
            }
            Err(e) => Err(e),
        }
    }

    /// What raises at a YIELD_FROM after its delegate was closed with `result` (its
    /// return value, or the error it raised): the exception thrown in (`exc`), or the
    /// delegate's own error.
    pub(crate) fn after_delegate_close(&mut self, exc: PyErr, result: PyResult) -> PyErr {
        match result {
            Err(e)
                if !self.is_instance_of(&e, "GeneratorExit")
                    && !self.is_instance_of(&e, "StopIteration") =>
            {
                e
            }
            _ => exc,
        }
    }

    /// The RuntimeError of a generator that yielded when `close()` threw GeneratorExit.
    pub(crate) fn ignored_exit_error(&mut self, kind: GenKind) -> PyErr {
        let what = match kind {
            GenKind::AsyncGenerator => "async generator",
            _ => kind_name(kind),
        };
        self.runtime_error(format!("{what} ignored GeneratorExit"))
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
        if g.running.get() {
            let what = kind_name(g.kind);
            return Err(self.value_error(format!("{what} already executing")));
        }
        // A frame with no handler to run and no delegate to close just ends.
        let active = g
            .frame
            .borrow()
            .as_ref()
            .is_some_and(|f| !f.blocks.is_empty() || f.yielding_from);
        if !active {
            g.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        let exit = self.new_exception(&self.exc("GeneratorExit"), vec![]);
        match self.resume(o, Value::None, Some(exit)) {
            Ok(Resumed::Yield(_)) => Err(self.ignored_exit_error(g.kind)),
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
                    return Ok(self.resume(o, v, None)?.into_step());
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
        self.delegate_step(r)
    }

    /// GET_YIELD_FROM_ITER.
    pub fn get_yield_from_iter(&mut self, v: &Value, co: &pyco_compiler::CodeObject) -> PyResult {
        if let Some(Payload::Generator(g)) = v.payload() {
            match g.kind {
                GenKind::Generator => return Ok(v.clone()),
                GenKind::Coroutine => {
                    if co.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0
                        && !self.running_code_marked_coroutine()
                    {
                        return Err(self.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ));
                    }
                    return Ok(v.clone());
                }
                // No iterator: `iter` raises.
                GenKind::AsyncGenerator => {}
            }
        }
        self.iter(v)
    }

    /// Whether the running frame's code was marked by `types.coroutine` (a mark that its
    /// `CodeObject`'s flags, which the eval loop passes, do not show).
    fn running_code_marked_coroutine(&self) -> bool {
        self.current_frame()
            .is_some_and(|f| f.code.iterable_coroutine.get())
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
                if g.awaiting() {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
            if g.code.flags() & flags::ITERABLE_COROUTINE != 0 {
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

    /// `_PyGen_Finalize` (also `__del__`): a coroutine never started warns; a suspended
    /// generator is closed, its errors reported as unraisable.
    pub fn finalize_generator(&mut self, g: &Value) {
        let gen = gen_of(g);
        if gen.frame.borrow().is_none() {
            return;
        }
        if gen.kind == GenKind::Coroutine && !gen.started.get() {
            self.warn_unawaited(g);
            return;
        }
        let o = g.as_obj().expect("generator").clone();
        if let Err(e) = self.generator_close(&o) {
            self.print_unraisable(&e, g);
        }
    }

    /// `_PyErr_WarnUnawaitedCoroutine`: "coroutine '...' was never awaited", through
    /// `warnings._warn_unawaited_coroutine` (so filters apply and the warning names the
    /// line running now), or directly if that fails other than by raising the warning.
    fn warn_unawaited(&mut self, coro: &Value) {
        let r = self.import_module("warnings").and_then(|w| {
            let f = self.getattr_str(&w, "_warn_unawaited_coroutine")?;
            self.call(&f, std::slice::from_ref(coro), &[])
        });
        let Err(e) = r else {
            return;
        };
        let warned = self.is_instance_of(&e, "RuntimeWarning");
        self.print_unraisable(&e, coro);
        if !warned {
            let q = gen_of(coro)
                .qualname
                .borrow()
                .as_str()
                .unwrap_or("?")
                .to_string();
            self.warn_runtime(&format!("coroutine '{q}' was never awaited"));
        }
    }

    /// Closes generator `o`, which died suspended (`close()`; for a coroutine never
    /// started, the "never awaited" warning).
    pub(crate) fn finalize_orphan(&mut self, o: Orphan) {
        let (kind, code, qualname, frame, started, origin) = o;
        // The dying generator again, for the finalizer's messages (its frame still
        // holds its locals, which die after it, as in CPython).
        let g = self.generator_object(kind, frame, code, Value::None, qualname, started);
        if let Some(origin) = origin {
            let _ = gen_of(&g).origin.set(origin);
        }
        self.finalize_generator(&g);
        let o = g.as_obj().expect("generator");
        // (Taken out, so that this object's own drop does not queue it again.)
        if let Payload::Generator(gen) = &o.payload {
            let frame = gen.frame.borrow_mut().take();
            drop(frame);
        }
    }
}
