//! Async generators (PEP 525, `genobject.c`'s second half): an `async def` with `yield` is a
//! generator object (`Payload::Generator`, kind `AsyncGenerator`) plus the `AgState` below,
//! driven only through the awaitables its methods return:
//! - `__anext__()`/`asend(v)` give an `async_generator_asend`, `athrow(...)`/`aclose()` an
//!   `async_generator_athrow`: one-shot awaitables whose `send`/`throw` resume the frame;
//! - a value the frame yields is wrapped (`YIELD_VALUE` does it), so these awaitables can
//!   tell the generator's own `yield` (they finish with StopIteration(value)) from what an
//!   `await` inside it passes through to the event loop (they yield it on);
//! - `sys.set_asyncgen_hooks` gives the event loop a call on first iteration and, through
//!   the finalizer, the generators that die unfinished (queued, called outside `Drop`).
//!
//! Also the `anext(it, default)` awaitable and the `async for` opcode helpers.

use crate::object::*;
use crate::types::generator::{self, step_result, GenKind, GenObject, Resumed};
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const ASEND: &str = "async_generator_asend";
const ATHROW: &str = "async_generator_athrow";
const ANEXT: &str = "anext_awaitable";
const HOOKS: &str = "asyncgen_hooks";

/// What an async generator has beyond a generator (`PyAsyncGenObject`'s fields).
#[derive(Default)]
pub struct AgState {
    /// An asend/athrow awaitable is driving the generator, also while it is suspended in an
    /// `await` (`ag_running`): a second one is refused.
    pub running_async: Cell<bool>,
    /// `aclose()` started, or the generator ended with StopAsyncIteration/GeneratorExit.
    pub closed: Cell<bool>,
    pub hooks_inited: Cell<bool>,
    /// The `sys` finalizer hook at first iteration, called if the generator dies unfinished.
    pub finalizer: RefCell<Option<Value>>,
    /// Already handed to its finalizer: finalizers run once per object (PEP 442).
    pub finalized: Cell<bool>,
}

/// `sys.set_asyncgen_hooks` (per thread in CPython; the VM has one thread).
#[derive(Default)]
pub struct Hooks {
    pub firstiter: Option<Value>,
    pub finalizer: Option<Value>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend`: `__anext__()` (`sendval` None) or `asend(sendval)`.
struct ASend {
    gen: Rc<Object>,
    sendval: Value,
    state: Cell<AwaitState>,
}

/// `async_generator_athrow`: `athrow(*args)`, or `aclose()` when `args` is `None`.
struct AThrow {
    gen: Rc<Object>,
    args: Option<Vec<Value>>,
    state: Cell<AwaitState>,
}

/// A value the generator yielded itself (not passed through from an `await`).
struct Wrapped(Value);

/// `anext(aiterator, default)`: the `__anext__()` awaitable, StopAsyncIteration turned
/// into the default value.
struct AnextAwaitable {
    wrapped: Value,
    default: Value,
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    vm.add_method(&t, "__aiter__", |_, a, _| Ok(a[0].clone()));
    vm.add_method(&t, "__anext__", |vm, a, _| anext_of(vm, &a[0]));
    vm.add_method(&t, "asend", |vm, a, kw| {
        let v = vm.one_arg("async_generator.asend", &a[1..], kw)?.clone();
        let o = agen_obj(vm, &a[0])?;
        init_hooks(vm, &a[0])?;
        Ok(new_asend(vm, o, v))
    });
    vm.add_method(&t, "athrow", |vm, a, kw| {
        if !kw.is_empty() {
            return Err(vm.type_error("athrow() takes no keyword arguments"));
        }
        let o = agen_obj(vm, &a[0])?;
        init_hooks(vm, &a[0])?;
        Ok(new_athrow(vm, o, Some(a[1..].to_vec())))
    });
    vm.add_method(&t, "aclose", |vm, a, kw| {
        vm.no_args("async_generator.aclose", &a[1..], kw)?;
        let o = agen_obj(vm, &a[0])?;
        init_hooks(vm, &a[0])?;
        Ok(new_athrow(vm, o, None))
    });
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let (g, _) = agen_of(vm, &a[0])?;
        let q = vm.str_string(&g.qualname.borrow().clone())?;
        Ok(vm.new_str(format!("<async_generator object {q} at {:#x}>", a[0].id())))
    });
    vm.add_classmethod(&t, "__class_getitem__", |vm, a, kw| {
        let item = vm.one_arg("__class_getitem__", &a[1..], kw)?.clone();
        vm.generic_alias(&a[0], &item)
    });
    vm.add_method(&t, "__del__", agen_del);
    add_getters(vm, &t);
    for (name, doc) in AGEN_DOCS {
        vm.set_doc(&t, name, doc);
    }
    let t = vm.types.async_generator_asend.clone();
    init_asend(vm, &t);
    let t = vm.types.async_generator_athrow.clone();
    init_athrow(vm, &t);
}

/// CPython's docstrings of the async generator type's methods and attributes.
const AGEN_DOCS: &[(&str, &str)] = &[
    (
        "__aiter__",
        "Return an awaitable, that resolves in asynchronous iterator.",
    ),
    ("__anext__", "Return a value or raise StopAsyncIteration."),
    ("asend", "asend(v) -> send 'v' in generator."),
    (
        "athrow",
        "athrow(typ[,val[,tb]]) -> raise exception in generator.",
    ),
    (
        "aclose",
        "aclose() -> raise GeneratorExit inside generator.",
    ),
    ("ag_await", "object being awaited on, or None"),
];

fn add_getters(vm: &Vm, t: &Rc<Type>) {
    vm.add_member(t, "ag_frame", |vm, a, _| {
        agen_of(vm, &a[0])?.0.frame_object(vm, &a[0])
    });
    vm.add_member(t, "ag_running", |vm, a, _| {
        Ok(Value::Bool(agen_of(vm, &a[0])?.1.running_async.get()))
    });
    vm.add_member(t, "ag_code", |vm, a, _| {
        let code = agen_of(vm, &a[0])?.0.code.clone();
        Ok(vm.code_object(&code))
    });
    vm.add_getter(
        t,
        "ag_await",
        |vm, a, _| Ok(agen_of(vm, &a[0])?.0.delegate().unwrap_or(Value::None)),
        None,
    );
    vm.add_getter(
        t,
        "__name__",
        |vm, a, _| Ok(agen_of(vm, &a[0])?.0.name.borrow().clone()),
        Some(|vm, a, _| set_name(vm, a, "__name__", |g| &g.name)),
    );
    vm.add_getter(
        t,
        "__qualname__",
        |vm, a, _| Ok(agen_of(vm, &a[0])?.0.qualname.borrow().clone()),
        Some(|vm, a, _| set_name(vm, a, "__qualname__", |g| &g.qualname)),
    );
}

/// The `__name__`/`__qualname__` setters: `a` is (generator, value); the receiver is
/// checked to be an async generator before the generators' shared setter runs.
fn set_name(
    vm: &mut Vm,
    a: &[Value],
    which: &str,
    field: fn(&GenObject) -> &RefCell<Value>,
) -> PyResult {
    agen_of(vm, &a[0])?;
    generator::set_name(vm, a, which, field)
}

fn init_asend(vm: &Vm, t: &Rc<Type>) {
    vm.add_method(t, "send", |vm, a, kw| {
        let v = vm
            .one_arg("async_generator_asend.send", &a[1..], kw)?
            .clone();
        let r = asend_send(vm, &a[0], Some(v));
        step_result(vm, r)
    });
    vm.add_method(t, "__next__", |vm, a, _| {
        let r = asend_send(vm, &a[0], None);
        step_result(vm, r)
    });
    vm.add_method(t, "throw", |vm, a, kw| {
        vm.check_args("throw", &a[1..], kw, 0, usize::MAX)?;
        let r = asend_throw(vm, &a[0], &a[1..], kw);
        step_result(vm, r)
    });
    vm.add_method(t, "close", |vm, a, kw| {
        vm.no_args("async_generator_asend.close", &a[1..], kw)?;
        asend_of(vm, &a[0])?.state.set(AwaitState::Closed);
        Ok(Value::None)
    });
    add_self_awaitable(vm, t);
}

fn init_athrow(vm: &Vm, t: &Rc<Type>) {
    vm.add_method(t, "send", |vm, a, kw| {
        let v = vm
            .one_arg("async_generator_athrow.send", &a[1..], kw)?
            .clone();
        let r = athrow_send(vm, &a[0], v);
        step_result(vm, r)
    });
    vm.add_method(t, "__next__", |vm, a, _| {
        let r = athrow_send(vm, &a[0], Value::None);
        step_result(vm, r)
    });
    vm.add_method(t, "throw", |vm, a, kw| {
        vm.check_args("throw", &a[1..], kw, 0, usize::MAX)?;
        let r = athrow_throw(vm, &a[0], &a[1..], kw);
        step_result(vm, r)
    });
    vm.add_method(t, "close", |vm, a, kw| {
        vm.no_args("async_generator_athrow.close", &a[1..], kw)?;
        athrow_of(vm, &a[0])?.state.set(AwaitState::Closed);
        Ok(Value::None)
    });
    add_self_awaitable(vm, t);
}

/// The awaitables are their own `__await__()` iterator.
fn add_self_awaitable(vm: &Vm, t: &Rc<Type>) {
    vm.add_method(t, "__await__", |_, a, _| Ok(a[0].clone()));
    vm.add_method(t, "__iter__", |_, a, _| Ok(a[0].clone()));
}

/// Methods of the `anext()` awaitable, made on first use by `Vm::aux_type`.
pub fn init_aux(vm: &Vm, name: &str, t: &Rc<Type>) {
    if name == ANEXT {
        init_anext(vm, t);
        add_self_awaitable(vm, t);
    }
}

/// YIELD_FROM's step when it awaits an asend/athrow awaitable (`await g.asend(v)`, each
/// `async for` item): the step run directly, without the `send` method call and the
/// StopIteration carrying each item. `None` for other receivers. The result is as
/// `yield_from_step`'s: `Ok(value)` to yield on, `Err(result)` when done.
pub fn await_step(
    vm: &mut Vm,
    receiver: &Value,
    v: &Value,
) -> Option<PyResult<Result<Value, Value>>> {
    let Value::Obj(o) = receiver else {
        return None;
    };
    let r = if Rc::ptr_eq(&o.class, &vm.types.async_generator_asend) {
        let sent = (!v.is_none()).then(|| v.clone());
        asend_send(vm, receiver, sent)
    } else if Rc::ptr_eq(&o.class, &vm.types.async_generator_athrow) {
        athrow_send(vm, receiver, v.clone())
    } else {
        return None;
    };
    Some(r.map(Resumed::into_step))
}

// ---------- access ----------

fn agen_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<(&'a GenObject, &'a AgState)> {
    if let Some(Payload::Generator(g)) = v.payload() {
        if let Some(ag) = g.ag.as_deref() {
            return Ok((g, ag));
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires an 'async_generator' object but received '{}'",
        vm.type_name(v)
    )))
}

/// `agen.__del__()` (`_PyGen_Finalize` called directly; dying async generators are
/// finalized by `defer_to_finalizer`): a suspended one goes to its finalizer hook if it
/// has one and is not closed, else it is closed, errors reported as unraisable.
fn agen_del(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    crate::types::generator::slot_no_args(vm, a, kw)?;
    let (g, ag) = agen_of(vm, &a[0])?;
    if g.frame.borrow().is_none() {
        return Ok(Value::None);
    }
    let hook = match ag.closed.get() {
        false => ag.finalizer.borrow().clone(),
        true => None,
    };
    match hook {
        Some(f) => {
            if let Err(e) = vm.call(&f, &a[..1], &[]) {
                vm.print_unraisable(&e, &a[0]);
            }
        }
        None => vm.finalize_generator(&a[0]),
    }
    Ok(Value::None)
}

fn agen_obj(vm: &Vm, v: &Value) -> PyResult<Rc<Object>> {
    agen_of(vm, v)?;
    Ok(v.as_obj().expect("checked above").clone())
}

fn ag_parts(o: &Rc<Object>) -> (&GenObject, &AgState) {
    match &o.payload {
        Payload::Generator(g) => (g, g.ag.as_deref().expect("an async generator")),
        _ => unreachable!("awaitables hold async generators"),
    }
}

fn native_of<'a, T: 'static>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a T> {
    if let Some(Payload::Native(n)) = v.payload() {
        if let Some(x) = n.downcast_ref::<T>() {
            return Ok(x);
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a '{what}' object but received '{}'",
        vm.type_name(v)
    )))
}

fn asend_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ASend> {
    native_of(vm, v, ASEND)
}

fn athrow_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a AThrow> {
    native_of(vm, v, ATHROW)
}

fn new_asend(vm: &Vm, gen: Rc<Object>, sendval: Value) -> Value {
    let t = vm.types.async_generator_asend.clone();
    let a = ASend {
        gen,
        sendval,
        state: Cell::new(AwaitState::Init),
    };
    vm.obj(&t, Payload::Native(Box::new(a)))
}

fn new_athrow(vm: &Vm, gen: Rc<Object>, args: Option<Vec<Value>>) -> Value {
    let t = vm.types.async_generator_athrow.clone();
    let a = AThrow {
        gen,
        args,
        state: Cell::new(AwaitState::Init),
    };
    vm.obj(&t, Payload::Native(Box::new(a)))
}

// ---------- yielded values ----------

/// YIELD_VALUE in an async generator: marks the value as the generator's own.
pub fn wrap_value(vm: &Vm, v: Value) -> Value {
    vm.obj(
        &vm.types.async_generator_wrapped_value,
        Payload::Native(Box::new(Wrapped(v))),
    )
}

fn wrapped_value(v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<Wrapped>().map(|w| w.0.clone()),
        _ => None,
    }
}

/// `async_gen_unwrap_value`: a resumed generator's outcome as an awaitable step. Its own
/// `yield` finishes the step (StopIteration(value)); a value passed through from an await
/// is yielded on; ending is StopAsyncIteration.
fn unwrap(vm: &Vm, ag: &AgState, r: PyResult<Resumed>) -> PyResult<Resumed> {
    match r {
        Ok(Resumed::Yield(v)) => match wrapped_value(&v) {
            Some(own) => {
                ag.running_async.set(false);
                Ok(Resumed::Return(own))
            }
            None => Ok(Resumed::Yield(v)),
        },
        other => {
            let e = match other {
                Ok(_) => stop_async(vm),
                Err(e) => e,
            };
            if vm.is_instance_of(&e, "StopAsyncIteration") || vm.is_instance_of(&e, "GeneratorExit")
            {
                ag.closed.set(true);
            }
            ag.running_async.set(false);
            Err(e)
        }
    }
}

fn stop_async(vm: &Vm) -> PyErr {
    vm.new_exception(&vm.exc("StopAsyncIteration"), vec![])
}

// ---------- hooks ----------

/// `async_gen_init_hooks`: on the first `__anext__`/`asend`/`athrow`/`aclose`, remember
/// the finalizer hook and call the firstiter hook.
fn init_hooks(vm: &mut Vm, gen: &Value) -> PyResult<()> {
    let (_, ag) = agen_of(vm, gen)?;
    if ag.hooks_inited.replace(true) {
        return Ok(());
    }
    if let Some(f) = vm.asyncgen_hooks.finalizer.clone() {
        *ag.finalizer.borrow_mut() = Some(f);
    }
    if let Some(first) = vm.asyncgen_hooks.firstiter.clone() {
        vm.call(&first, std::slice::from_ref(gen), &[])?;
    }
    Ok(())
}

/// `async_gen_anext`: the awaitable `__anext__()` and GET_ANEXT give.
fn anext_of(vm: &mut Vm, gen: &Value) -> PyResult {
    let o = agen_obj(vm, gen)?;
    init_hooks(vm, gen)?;
    Ok(new_asend(vm, o, Value::None))
}

// ---------- asend ----------

/// `async_gen_asend_send`: `sent` is `None` for `__next__`.
fn asend_send(vm: &mut Vm, me: &Value, sent: Option<Value>) -> PyResult<Resumed> {
    let a = asend_of(vm, me)?;
    let (_, ag) = ag_parts(&a.gen);
    let mut arg = sent.unwrap_or(Value::None);
    match a.state.get() {
        AwaitState::Closed => {
            return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"))
        }
        AwaitState::Init => {
            if ag.running_async.get() {
                return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
            }
            if arg.is_none() {
                arg = a.sendval.clone();
            }
            a.state.set(AwaitState::Iter);
        }
        AwaitState::Iter => {}
    }
    ag.running_async.set(true);
    let r = vm.resume(&a.gen, arg, None);
    let r = unwrap(vm, ag, r);
    if !matches!(r, Ok(Resumed::Yield(_))) {
        a.state.set(AwaitState::Closed);
    }
    r
}

fn asend_throw(vm: &mut Vm, me: &Value, args: &[Value], kw: &[Value]) -> PyResult<Resumed> {
    let a = asend_of(vm, me)?;
    if a.state.get() == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let (_, ag) = ag_parts(&a.gen);
    let r = gen_throw(vm, &a.gen, args, kw, true);
    let r = unwrap(vm, ag, r);
    if !matches!(r, Ok(Resumed::Yield(_))) {
        a.state.set(AwaitState::Closed);
    }
    r
}

/// `gen_throw` with `throw()`'s arguments (typ[, val[, tb]]).
fn gen_throw(
    vm: &mut Vm,
    gen: &Rc<Object>,
    args: &[Value],
    kw: &[Value],
    close_on_genexit: bool,
) -> PyResult<Resumed> {
    let a = vm.check_args("throw", args, kw, 1, 3)?;
    let e = crate::types::generator::make_thrown(vm, &a[0], a.get(1), a.get(2))?;
    throw_into(vm, gen, e, close_on_genexit)
}

/// `_gen_throw`: raises `e` where the generator is suspended. `close_on_genexit` is
/// false for athrow/aclose, which hand a GeneratorExit to an awaited delegate's `throw`
/// instead of closing it.
fn throw_into(
    vm: &mut Vm,
    gen: &Rc<Object>,
    e: PyErr,
    _close_on_genexit: bool,
) -> PyResult<Resumed> {
    vm.resume(gen, Value::None, Some(e))
}

// ---------- athrow / aclose ----------

/// `async_gen_athrow_send`.
fn athrow_send(vm: &mut Vm, me: &Value, arg: Value) -> PyResult<Resumed> {
    let a = athrow_of(vm, me)?;
    let (g, ag) = ag_parts(&a.gen);
    if a.state.get() == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    // A running generator's frame is out of its object, not finished.
    let finished = g.frame.borrow().is_none() && !g.running.get();
    if finished {
        a.state.set(AwaitState::Closed);
        return Ok(Resumed::Return(Value::None));
    }
    if a.state.get() == AwaitState::Init {
        return athrow_start(vm, a, ag, arg);
    }
    let r = vm.resume(&a.gen, arg, None);
    match &a.args {
        Some(_) => unwrap(vm, ag, r),
        None => aclose_outcome(vm, a, ag, r),
    }
}

/// The first send to an athrow/aclose awaitable: throws into the generator.
fn athrow_start(vm: &mut Vm, a: &AThrow, ag: &AgState, arg: Value) -> PyResult<Resumed> {
    if ag.running_async.get() {
        a.state.set(AwaitState::Closed);
        let which = if a.args.is_none() { "aclose" } else { "athrow" };
        return Err(vm.runtime_error(format!(
            "{which}(): asynchronous generator is already running"
        )));
    }
    if ag.closed.get() {
        a.state.set(AwaitState::Closed);
        return Err(stop_async(vm));
    }
    if !arg.is_none() {
        return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
    }
    a.state.set(AwaitState::Iter);
    ag.running_async.set(true);
    let Some(args) = &a.args else {
        ag.closed.set(true);
        let exit = vm.new_exception(&vm.exc("GeneratorExit"), vec![]);
        let r = throw_into(vm, &a.gen, exit, false);
        return aclose_outcome(vm, a, ag, r);
    };
    // As CPython, bad arguments surface here, with the generator left marked running.
    let args = vm.check_args("athrow", args, &[], 1, 3)?.to_vec();
    let r = match crate::types::generator::make_thrown(vm, &args[0], args.get(1), args.get(2)) {
        Ok(e) => throw_into(vm, &a.gen, e, false),
        Err(e) => Err(e),
    };
    let r = unwrap(vm, ag, r);
    if !matches!(r, Ok(Resumed::Yield(_))) {
        a.state.set(AwaitState::Closed);
        ag.running_async.set(false);
    }
    r
}

/// How an aclose() step ends: a yield of the generator's own is "ignored GeneratorExit";
/// finishing (StopAsyncIteration or GeneratorExit) completes the await; values passed
/// through from an await in a `finally` are yielded on.
fn aclose_outcome(
    vm: &mut Vm,
    a: &AThrow,
    ag: &AgState,
    r: PyResult<Resumed>,
) -> PyResult<Resumed> {
    let e = match r {
        Ok(Resumed::Yield(v)) if wrapped_value(&v).is_none() => return Ok(Resumed::Yield(v)),
        Ok(Resumed::Yield(_)) => {
            ag.running_async.set(false);
            a.state.set(AwaitState::Closed);
            return Err(vm.runtime_error("async generator ignored GeneratorExit"));
        }
        Ok(Resumed::Return(_)) => stop_async(vm),
        Err(e) => e,
    };
    ag.running_async.set(false);
    a.state.set(AwaitState::Closed);
    if vm.is_instance_of(&e, "StopAsyncIteration") || vm.is_instance_of(&e, "GeneratorExit") {
        return Ok(Resumed::Return(Value::None));
    }
    Err(e)
}

/// `async_gen_athrow_throw`.
fn athrow_throw(vm: &mut Vm, me: &Value, args: &[Value], kw: &[Value]) -> PyResult<Resumed> {
    let a = athrow_of(vm, me)?;
    if a.state.get() == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let (_, ag) = ag_parts(&a.gen);
    let r = gen_throw(vm, &a.gen, args, kw, true);
    if a.args.is_some() {
        return unwrap(vm, ag, r);
    }
    match r {
        Ok(Resumed::Yield(v)) if wrapped_value(&v).is_some() => {
            ag.running_async.set(false);
            a.state.set(AwaitState::Closed);
            Err(vm.runtime_error("async generator ignored GeneratorExit"))
        }
        Ok(Resumed::Yield(v)) => Ok(Resumed::Yield(v)),
        Ok(Resumed::Return(_)) => Ok(Resumed::Return(Value::None)),
        Err(e)
            if vm.is_instance_of(&e, "StopAsyncIteration")
                || vm.is_instance_of(&e, "GeneratorExit") =>
        {
            Ok(Resumed::Return(Value::None))
        }
        Err(e) => Err(e),
    }
}

// ---------- anext(aiterator, default) ----------

fn init_anext(vm: &Vm, t: &Rc<Type>) {
    vm.add_method(t, "__next__", |vm, a, _| {
        anext_proxy(vm, &a[0], |vm, it| vm.call_method(it, "__next__", &[]))
    });
    vm.add_method(t, "send", |vm, a, kw| {
        let v = vm.one_arg("anext_awaitable.send", &a[1..], kw)?.clone();
        anext_proxy(vm, &a[0], move |vm, it| vm.call_method(it, "send", &[v]))
    });
    vm.add_method(t, "throw", |vm, a, kw| {
        if !kw.is_empty() {
            return Err(vm.type_error("throw() takes no keyword arguments"));
        }
        let args = a[1..].to_vec();
        anext_proxy(vm, &a[0], move |vm, it| vm.call_method(it, "throw", &args))
    });
    vm.add_method(t, "close", |vm, a, kw| {
        if !kw.is_empty() {
            return Err(vm.type_error("close() takes no keyword arguments"));
        }
        let args = a[1..].to_vec();
        anext_proxy(vm, &a[0], move |vm, it| vm.call_method(it, "close", &args))
    });
}

/// `anextawaitable_proxy`: `step` on the wrapped awaitable's iterator, StopAsyncIteration
/// becoming StopIteration(default).
fn anext_proxy(
    vm: &mut Vm,
    me: &Value,
    step: impl FnOnce(&mut Vm, &Value) -> PyResult,
) -> PyResult {
    let n: &AnextAwaitable = native_of(vm, me, ANEXT)?;
    let (wrapped, default) = (n.wrapped.clone(), n.default.clone());
    let it = anext_getiter(vm, &wrapped)?;
    match step(vm, &it) {
        Err(e) if vm.is_instance_of(&e, "StopAsyncIteration") => Err(vm.stop_iteration(default)),
        r => r,
    }
}

/// `anextawaitable_getiter`: the iterator behind the wrapped awaitable (a coroutine's
/// `__await__()`).
fn anext_getiter(vm: &mut Vm, wrapped: &Value) -> PyResult {
    let it = vm.get_awaitable(wrapped, &pyco_compiler::CodeObject::default(), 0)?;
    if let Some(Payload::Generator(g)) = it.payload() {
        if g.kind == GenKind::Coroutine {
            let w = vm.call_method(&it, "__await__", &[])?;
            if vm.type_of(&w).lookup("__next__").is_none() {
                return Err(vm.type_error("__await__ returned a non-iterable"));
            }
            return Ok(w);
        }
    }
    Ok(it)
}

impl Vm {
    /// The `anext()` builtin: `__anext__()`'s awaitable, wrapped when there is a default.
    pub fn builtin_anext(&mut self, it: &Value, default: Option<&Value>) -> PyResult {
        let Some(m) = self.type_of(it).lookup("__anext__") else {
            return Err(self.type_error(format!(
                "'{}' object is not an async iterator",
                self.type_name(it)
            )));
        };
        let awaitable = self.call_method_value(&m, it, &[])?;
        let Some(default) = default else {
            return Ok(awaitable);
        };
        let t = self.aux_type(ANEXT);
        let n = AnextAwaitable {
            wrapped: awaitable,
            default: default.clone(),
        };
        Ok(self.obj(&t, Payload::Native(Box::new(n))))
    }

    /// GET_AITER.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult {
        let t = self.type_of(v);
        let Some(m) = t.lookup("__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                t.name()
            )));
        };
        let it = self.call_method_value(&m, v, &[])?;
        if self.type_of(&it).lookup("__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable for the next item of an `async for`.
    pub fn get_anext(&mut self, v: &Value) -> PyResult {
        if let Value::Obj(o) = v {
            if Rc::ptr_eq(&o.class, &self.types.async_generator) {
                return anext_of(self, v);
            }
        }
        let t = self.type_of(v);
        let Some(m) = t.lookup("__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                t.name()
            )));
        };
        let next = self.call_method_value(&m, v, &[])?;
        match self.get_awaitable(&next, &pyco_compiler::CodeObject::default(), 0) {
            Ok(a) => Ok(a),
            Err(cause) => {
                let msg = format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(&next)
                );
                Err(self.error_from_cause("TypeError", msg, cause))
            }
        }
    }

    /// `_PyErr_FormatFromCause`: a new error whose cause (and context) is `cause`.
    fn error_from_cause(&self, class: &str, msg: String, cause: PyErr) -> PyErr {
        let new = self.new_error(class, msg);
        if let Payload::Exception(d) = &new.payload {
            let mut d = d.borrow_mut();
            d.cause = Some(Value::Obj(cause.clone()));
            d.context = Some(Value::Obj(cause));
            d.suppress_context = true;
        }
        new
    }

    /// The "'async with' received an object from __aenter__/__aexit__ that does not
    /// implement __await__" errors: GET_AWAITABLE looks at the instructions before it
    /// (3.10's `format_awaitable_error`). `None` keeps the usual error.
    pub fn async_with_await_error(
        &self,
        t: &Type,
        co: &pyco_compiler::CodeObject,
        lasti: usize,
    ) -> Option<PyErr> {
        use pyco_compiler::opcode::Opcode;
        let op_at = |back: usize| {
            lasti
                .checked_sub(back)
                .and_then(|i| co.code.get(2 * i))
                .and_then(|&b| Opcode::from_byte(b))
        };
        let (prev, prevprev) = (op_at(1), op_at(2));
        let which = if prev == Some(Opcode::BEFORE_ASYNC_WITH) {
            "__aenter__"
        } else if prev == Some(Opcode::WITH_EXCEPT_START)
            || (prev == Some(Opcode::CALL_FUNCTION) && prevprev == Some(Opcode::DUP_TOP))
        {
            "__aexit__"
        } else {
            return None;
        };
        Some(self.type_error(format!(
            "'async with' received an object from {which} that does not implement __await__: {}",
            t.name()
        )))
    }
}

// ---------- finalization ----------

/// Called from the generator's `Drop`: true when an async generator's death is handled
/// here. An unfinished one whose finalizer hook is set goes to the queue that
/// `run_finalizers` hands to the hook (outside `Drop`); one already given to its hook
/// dies quietly, as a resurrected object is not finalized twice.
pub fn defer_to_finalizer(g: &mut GenObject) -> bool {
    let Some(ag) = g.ag.as_deref() else {
        return false;
    };
    if ag.finalized.get() {
        g.frame.get_mut().take();
        return true;
    }
    let has_hook = ag.finalizer.borrow().is_some();
    if !has_hook || ag.closed.get() || g.frame.get_mut().is_none() {
        return false;
    }
    let moved = GenObject {
        frame: RefCell::new(g.frame.get_mut().take()),
        running: Cell::new(false),
        started: Cell::new(g.started.get()),
        kind: g.kind,
        code: g.code.clone(),
        name: RefCell::new(g.name.get_mut().clone()),
        qualname: RefCell::new(g.qualname.get_mut().clone()),
        exc_state: RefCell::new(g.exc_state.get_mut().clone()),
        ag: g.ag.take(),
        frame_addr: g.frame_addr,
        origin: std::cell::OnceCell::new(),
    };
    // Past the end of the thread (values dropped with the interpreter) nothing is queued.
    crate::finalize::queue(crate::finalize::Dying::AsyncGen(moved));
    true
}

/// Hands the async generators that died unfinished to their finalizer hook (asyncio's
/// schedules `aclose()`), each as a live object again.
pub(crate) fn finalize_async_gen(vm: &mut Vm, g: GenObject) {
    let finalizer = g.ag.as_deref().and_then(|ag| {
        ag.finalized.set(true);
        ag.finalizer.borrow().clone()
    });
    let obj = vm.obj(&vm.types.async_generator, Payload::Generator(Box::new(g)));
    if let Some(f) = finalizer {
        if let Err(e) = vm.call(&f, std::slice::from_ref(&obj), &[]) {
            vm.print_unraisable(&e, &obj);
        }
    }
}

// ---------- sys hooks ----------

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument left out keeps
/// its hook; None removes it.
pub fn sys_set_hooks(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let npos = a.len() - kw.len();
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "function takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let mut slots: [Option<Value>; 2] = [a.first().cloned(), a.get(1).cloned()];
    slots.iter_mut().skip(npos).for_each(|s| *s = None);
    for (k, v) in kw.iter().zip(&a[npos..]) {
        let name = k.as_str().unwrap_or("");
        let i = match name {
            "firstiter" => 0,
            "finalizer" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for this function"
                )))
            }
        };
        if i < npos {
            return Err(vm.type_error(format!(
                "argument for function given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [firstiter, finalizer] = slots;
    // CPython sets the finalizer before checking the firstiter.
    if let Some(f) = finalizer {
        vm.asyncgen_hooks.finalizer = checked_hook(vm, f, "finalizer")?;
    }
    if let Some(f) = firstiter {
        vm.asyncgen_hooks.firstiter = checked_hook(vm, f, "firstiter")?;
    }
    Ok(Value::None)
}

fn checked_hook(vm: &Vm, f: Value, which: &str) -> PyResult<Option<Value>> {
    if f.is_none() {
        return Ok(None);
    }
    if !vm.is_callable(&f) {
        return Err(vm.type_error(format!(
            "callable {which} expected, got {}",
            vm.type_name(&f)
        )));
    }
    Ok(Some(f))
}

/// `sys.get_asyncgen_hooks()`: an `asyncgen_hooks(firstiter=..., finalizer=...)` struct
/// sequence.
pub fn sys_get_hooks(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    vm.no_args("sys.get_asyncgen_hooks", a, kw)?;
    let existing = vm.aux_types.borrow().get(HOOKS).cloned();
    let t = match existing {
        Some(t) => t,
        None => {
            let t = crate::types::structseq::new_type(vm, HOOKS, &["firstiter", "finalizer"]);
            vm.aux_types
                .borrow_mut()
                .insert(HOOKS.to_string(), t.clone());
            t
        }
    };
    let h = &vm.asyncgen_hooks;
    let items = vec![
        h.firstiter.clone().unwrap_or(Value::None),
        h.finalizer.clone().unwrap_or(Value::None),
    ];
    Ok(vm.obj(&t, Payload::Tuple(items.into_boxed_slice())))
}
