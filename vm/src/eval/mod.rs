//! The eval loop: CPython 3.10's `_PyEval_EvalFrameDefault` over the compiler's wordcode.
//!
//! Python-to-Python calls push the callee on a local frame stack and keep dispatching, so
//! deep Python recursion does not grow the Rust stack. Native code that calls back into
//! Python (sort keys, `__eq__`, `__init__` from a type call) starts a nested `run_frame`.

mod attr;
mod cache;
mod chain;
mod frame;
mod hot;
mod op;
mod ops;
mod quick;

pub use attr::AttrCache;
pub use cache::{decode, GlobalCache, Instr};
pub use frame::{line_at, simple_argcount, Block, BlockKind, Frame, LiveFrame};
pub use op::Op;
pub(crate) use ops::{deliver, pop, push};
pub use quick::QuickCalls;

use crate::object::*;
use crate::types::generator::GenKind;
use crate::Vm;
use std::rc::Rc;

/// How a frame left the loop.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What an instruction asks the loop to do besides continuing.
pub(crate) enum Flow {
    Next,
    /// Enter a callee frame inline.
    Call(Box<Frame>),
    /// Resume a generator's frame inline (the caller's `resumed` holds the `GenLink`).
    Resume(Box<Frame>),
    Return(Value),
    Yield(Value),
}

/// A generator resumed by FOR_ITER or YIELD_FROM inside the loop. CPython runs it in a
/// nested `_PyEval_EvalFrame`; here its frame joins the loop's frame stack until it
/// yields (the value goes to FOR_ITER, or up through the delegating frame), returns (the
/// for loop ends, or YIELD_FROM has its result) or raises, which saves a nested loop and
/// the `next()`/`send()` protocol per item and per level of a `yield from` chain.
pub(crate) struct GenLink {
    pub gen: Rc<Object>,
    /// The caller's exception state, for `Vm::gen_end`.
    pub caller_exc: Value,
    pub kind: LinkKind,
}

/// What the caller of a generator resumed inline does with its outcome.
pub(crate) enum LinkKind {
    /// FOR_ITER: a yielded value is the next item; a return ends the loop.
    ForIter,
    /// `gen.send(value)` called by CALL_METHOD, or `next(gen)` (their stack entries are
    /// gone): a yielded value is the call's result, a return raises StopIteration there.
    /// The call's own recursion level stays counted until then.
    Send,
    /// YIELD_FROM, or a `throw()` passed on by one: a yielded value goes up through the
    /// caller, a return value is the `yield from` result, an error raises there.
    YieldFrom,
    /// YIELD_FROM resuming a `yield from` chain: the generator linked is the chain's
    /// innermost, and the ones between (`Vm::skipped` from this index up) stay suspended
    /// in place, marked running, while it runs. A yield goes straight up to the caller;
    /// a return or an error first brings back the innermost of those (`unfold_chain`),
    /// which takes it as YIELD_FROM does. CPython resumes and suspends every level.
    Chain(usize),
    /// `close()` (or a thrown GeneratorExit) reaching a suspended YIELD_FROM closes its
    /// delegate first (`gen_close_iter`); then this exception raises at the YIELD_FROM,
    /// unless the delegate ignored GeneratorExit or failed otherwise.
    Close(PyErr),
}

impl Vm {
    /// Runs `frame` until it returns or yields; gives the frame back (generators keep it).
    pub fn run_frame(&mut self, frame: Box<Frame>) -> (Box<Frame>, PyResult<Exit>) {
        if let Err(e) = self.enter_frame() {
            return (frame, Err(e));
        }
        let mut f = frame;
        // Frames waiting for the callee above them; a caller's `resumed` is set when that
        // callee is a generator it resumed inline.
        let mut callers: Vec<Box<Frame>> = Vec::new();
        self.frames.push(&*f as *const Frame);
        loop {
            // Run `f` until it finishes with `outcome`.
            let mut outcome: PyResult<Value> = match self.dispatch(&mut f, &mut callers) {
                Ok(Flow::Next) => continue,
                Ok(Flow::Call(callee)) => match self.enter_frame() {
                    Ok(()) => {
                        callers.push(std::mem::replace(&mut f, callee));
                        self.frames.push(&*f as *const Frame);
                        continue;
                    }
                    Err(e) => {
                        // (An `__init__` that does not start ends its class call too.)
                        self.depth -= callee.init as usize;
                        match self.handle_error(&mut f, e, false) {
                            None => continue,
                            Some(e) => Err(e),
                        }
                    }
                },
                Ok(Flow::Resume(callee)) => match self.enter_frame() {
                    Ok(()) => {
                        callers.push(std::mem::replace(&mut f, callee));
                        self.frames.push(&*f as *const Frame);
                        if f.yielding_from {
                            f = self.resume_delegates(f, &mut callers);
                        }
                        continue;
                    }
                    Err(e) => {
                        // As in `resume`, a generator whose frame cannot start is finished.
                        let link = f.resumed.take().expect("set with Flow::Resume");
                        self.depth -= matches!(link.kind, LinkKind::Send) as usize;
                        self.gen_link_end(link, None);
                        self.free_frame(callee);
                        match self.handle_error(&mut f, e, false) {
                            None => continue,
                            Some(e) => Err(e),
                        }
                    }
                },
                // Moved by words: see `Value::relocate`.
                Ok(Flow::Return(v)) => Ok(v.relocate()),
                Ok(Flow::Yield(v)) => {
                    // Moved by words, as a returned value.
                    let v = v.relocate();
                    // Generators resumed inline hand the value to their caller: FOR_ITER
                    // takes it; a delegating YIELD_FROM yields it in turn.
                    let raised = loop {
                        self.frames.pop();
                        self.depth -= 1;
                        let link = match callers.last_mut() {
                            Some(caller) => caller.resumed.take(),
                            None => None,
                        };
                        let Some(mut link) = link else {
                            return (f, Ok(Exit::Yield(v)));
                        };
                        let kind = std::mem::replace(&mut link.kind, LinkKind::YieldFrom);
                        let caller = callers.pop().expect("the link's frame");
                        let done = std::mem::replace(&mut f, caller);
                        let gen_kind = self.gen_link_end(link, Some(done));
                        match kind {
                            LinkKind::ForIter | LinkKind::Send => {
                                self.depth -= matches!(kind, LinkKind::Send) as usize;
                                deliver(&mut f, v);
                                break None;
                            }
                            // As YIELD_FROM does when its delegate yields.
                            LinkKind::YieldFrom => {
                                f.ip -= 1;
                                f.yielding_from = true;
                            }
                            // So do all the levels between.
                            LinkKind::Chain(base) => {
                                self.release_chain(base);
                                f.ip -= 1;
                                f.yielding_from = true;
                            }
                            // The delegate being closed yielded instead.
                            LinkKind::Close(_) => break Some(self.ignored_exit_error(gen_kind)),
                        }
                    };
                    match raised {
                        None => continue,
                        Some(e) => match self.handle_error(&mut f, e, false) {
                            None => continue,
                            Some(e) => Err(e),
                        },
                    }
                }
                Err((e, reraise)) => match self.handle_error(&mut f, e, reraise) {
                    None => continue,
                    Some(e) => Err(e),
                },
            };
            // Pop finished frames until one continues (or the base frame is done).
            loop {
                self.frames.pop();
                self.depth -= 1;
                let Some(caller) = callers.pop() else {
                    return (f, outcome.map(Exit::Return));
                };
                // The caller's pointer is still on `frames` (callees are pushed above it).
                let done = std::mem::replace(&mut f, caller);
                if let Some(mut link) = f.resumed.take() {
                    if let LinkKind::Chain(base) = link.kind {
                        // The finished frame's delegator takes its outcome.
                        self.unfold_chain(&mut f, &mut callers, &link.caller_exc, base);
                        link.kind = LinkKind::YieldFrom;
                    }
                    let kind = std::mem::replace(&mut link.kind, LinkKind::YieldFrom);
                    self.depth -= matches!(kind, LinkKind::Send) as usize;
                    let gen_kind = self.gen_link_end(link, None);
                    self.finish_frame(done, &outcome);
                    let result = match outcome {
                        Ok(v) => Ok(v),
                        Err(e) => Err(self.gen_error(gen_kind, e)),
                    };
                    let e = match (kind, result) {
                        // The generator is exhausted: FOR_ITER's loop ends.
                        (LinkKind::ForIter, Ok(_)) => {
                            f.stack.pop();
                            f.ip += f.code.instrs[f.lasti].arg as usize;
                            break;
                        }
                        // YIELD_FROM's result (a chain was unfolded above).
                        (LinkKind::YieldFrom | LinkKind::Chain(_), Ok(r)) => {
                            f.stack.pop();
                            f.stack.push(r);
                            break;
                        }
                        // The delegate closed: the exception thrown goes on into `f`.
                        (LinkKind::Close(exc), r) => self.after_delegate_close(exc, r),
                        // `send()` raises StopIteration with the return value.
                        (LinkKind::Send, Ok(r)) => self.stop_iteration(r),
                        // The resuming instruction raises what the generator raised
                        // (already chained where it started).
                        (_, Err(e)) => {
                            self.add_traceback(&e, &f);
                            match self.unwind(&mut f, e) {
                                None => break,
                                Some(e) => outcome = Err(e),
                            }
                            continue;
                        }
                    };
                    match self.handle_error(&mut f, e, false) {
                        None => break,
                        Some(e) => outcome = Err(e),
                    }
                    continue;
                }
                let init = done.init;
                self.finish_frame(done, &outcome);
                if init {
                    // The class call `init_call` made ends: its result, the instance, is on
                    // the caller's stack, unless `__init__` returned something else.
                    self.depth -= 1;
                    if let Ok(v) = &outcome {
                        if v.is_none() {
                            break;
                        }
                        let msg =
                            format!("__init__() should return None, not '{}'", self.type_name(v));
                        let e = self.type_error(msg);
                        match self.handle_error(&mut f, e, false) {
                            None => break,
                            Some(e) => outcome = Err(e),
                        }
                        continue;
                    }
                }
                match outcome {
                    Ok(v) => {
                        f.stack.push(v);
                        break;
                    }
                    Err(e) => {
                        // The caller's call instruction raised: a traceback entry, no new
                        // context (it was set where the exception started).
                        self.add_traceback(&e, &f);
                        match self.unwind(&mut f, e) {
                            None => break,
                            Some(e) => outcome = Err(e),
                        }
                    }
                }
            }
        }
    }

    /// `gen_end` for a generator resumed inline; gives its kind.
    #[inline(always)]
    fn gen_link_end(&mut self, link: GenLink, suspended: Option<Box<Frame>>) -> GenKind {
        let GenLink {
            gen,
            caller_exc,
            kind,
        } = link;
        let Payload::Generator(g) = &gen.payload else {
            unreachable!("links hold generators")
        };
        self.gen_end(g, caller_exc, suspended);
        // Only `Close` owns anything (matched here: `drop` was left a call).
        if let LinkKind::Close(e) = kind {
            drop(e);
        }
        g.kind
    }

    fn enter_frame(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit || self.native_stack_exhausted() {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        Ok(())
    }

    /// An instruction of `f` raised `e`: record it and look for a handler. `None` means the
    /// frame continues at a handler.
    fn handle_error(&mut self, f: &mut Frame, e: PyErr, reraise: bool) -> Option<PyErr> {
        // What died while the instruction failed is finalized with `f` still the
        // running frame, as CPython's reference counting would have done.
        if crate::finalize::pending() {
            self.run_finalizers();
        }
        if !reraise {
            // An exception with a traceback comes from a Python frame below (through a
            // native call) and was chained where it was raised; CPython chains only there.
            if self.exc_traceback(&e).is_none() {
                self.set_context(&e);
            }
            self.add_traceback(&e, f);
        }
        self.unwind(f, e)
    }

    /// `exception_unwind`: pops blocks of `f` until a SETUP_FINALLY handler takes `e` (then
    /// `None`: the frame continues there) or none is left (`Some(e)`).
    fn unwind(&mut self, f: &mut Frame, e: PyErr) -> Option<PyErr> {
        while let Some(b) = f.blocks.pop() {
            if b.kind == BlockKind::ExceptHandler {
                f.stack.truncate(b.level + 3);
                let _tp = f.stack.pop();
                let val = f.stack.pop().unwrap_or(Value::None);
                let _tb = f.stack.pop();
                self.exc_info = f.restored_exc(val);
                continue;
            }
            f.stack.truncate(b.level);
            f.blocks.push(Block {
                kind: BlockKind::ExceptHandler,
                handler: f.lasti,
                level: f.stack.len(),
            });
            // The exception being handled so far, saved as (tb, value, type)...
            let handled = std::mem::replace(&mut self.exc_info, Value::Obj(e.clone()));
            let old = f.own_exc(handled);
            f.stack.push(Value::None);
            f.stack.push(old);
            f.stack.push(Value::None);
            // ...then the new one, type on top.
            f.stack.push(self.exc_traceback(&e));
            let class = Value::Type(e.class.clone());
            f.stack.push(Value::Obj(e));
            f.stack.push(class);
            f.ip = b.handler;
            return None;
        }
        // The frame exits: its value stack is freed while it is still the running frame,
        // as CPython's `exception_unwind` pops it (finalizers report this frame's line).
        if !f.stack.is_empty() {
            f.stack.clear();
            if crate::finalize::pending() {
                self.run_finalizers();
            }
        }
        Some(e)
    }
}

/// `v.push(x)` with only the growth out of line: frame switches push on `Vm::frames` and
/// the loop's frame stack, and `Vec::push` was left a call there.
#[inline(always)]
pub(crate) fn push_inline<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        grow_one(v);
    }
    // SAFETY: there is room for one more, written before the length counts it.
    unsafe {
        v.as_mut_ptr().add(v.len()).write(x);
        v.set_len(v.len() + 1);
    }
}

#[cold]
#[inline(never)]
fn grow_one<T>(v: &mut Vec<T>) {
    v.reserve(1);
}

impl Vm {
    /// Ctrl-C, checked where CPython checks its "eval breaker" for signals (entering and
    /// returning to a frame, backward jumps) rather than before every instruction.
    #[inline(always)]
    pub(crate) fn check_interrupt(&mut self) -> PyResult<()> {
        if crate::signals::take_interrupt() {
            return Err(self.new_exception(&self.exc("KeyboardInterrupt"), vec![]));
        }
        Ok(())
    }
}

/// How an instruction failed: a new error (gets a traceback entry), or RERAISE.
pub(crate) enum Raise {
    Error(PyErr),
    Reraise(PyErr),
}

impl From<PyErr> for Raise {
    fn from(e: PyErr) -> Self {
        Raise::Error(e)
    }
}

impl Vm {
    /// Adds the frame's current instruction to the exception's traceback and chains the
    /// exception being handled as `__context__` (as CPython does when an error is set).
    pub(crate) fn add_traceback(&mut self, e: &PyErr, f: &Frame) {
        self.add_traceback_at(e, f, f.lineno());
    }

    /// `add_traceback` with the entry's line given.
    pub(crate) fn add_traceback_at(&mut self, e: &PyErr, f: &Frame, lineno: Option<u32>) {
        let Payload::Exception(data) = &e.payload else {
            return;
        };
        let next = data.borrow().traceback.clone();
        let tb = self.obj(
            &self.types.traceback,
            Payload::Traceback(Box::new(Traceback {
                next,
                code: f.code.clone(),
                lasti: f.lasti,
                lineno,
                globals: f.globals.clone(),
                frame: Default::default(),
                live: LiveFrame::new(f),
            })),
        );
        data.borrow_mut().traceback = Some(tb);
    }

    pub(crate) fn exc_traceback(&self, e: &PyErr) -> Value {
        match &e.payload {
            Payload::Exception(d) => d.borrow().traceback.clone().unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// `_PyErr_SetObject`'s context chaining: the exception being handled becomes the new
    /// one's `__context__`, breaking any cycle that would make.
    pub fn set_context(&self, e: &PyErr) {
        let Value::Obj(handled) = &self.exc_info else {
            return;
        };
        if Rc::ptr_eq(handled, e) {
            return;
        }
        // Break a cycle: if `e` is already in the handled exception's context chain, cut it.
        let mut o = handled.clone();
        let mut steps = 0;
        loop {
            let ctx = match &o.payload {
                Payload::Exception(d) => d.borrow().context.clone(),
                _ => None,
            };
            match ctx {
                Some(Value::Obj(c)) => {
                    if Rc::ptr_eq(&c, e) {
                        if let Payload::Exception(d) = &o.payload {
                            d.borrow_mut().context = None;
                        }
                        break;
                    }
                    o = c;
                }
                _ => break,
            }
            steps += 1;
            if steps > 100_000 {
                break;
            }
        }
        if let Payload::Exception(d) = &e.payload {
            d.borrow_mut().context = Some(self.exc_info.clone());
        }
    }
}
