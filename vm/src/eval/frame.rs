//! Frames: everything a running (or suspended) Python function needs, so that suspending a
//! generator is just returning from the eval loop with the frame kept aside.

use crate::object::{Code, Function, Object, Payload, PyErr, PyResult, Value};
use crate::Vm;
use pyco_compiler::code::flags;
use std::cell::Cell;
use std::collections::HashSet;
use std::mem::MaybeUninit;
use std::rc::Rc;

/// Code flags that need more than positional binding.
const NOT_SIMPLE: u32 = flags::VARARGS | flags::VARKEYWORDS;

/// Code flags of functions whose call makes a generator, coroutine or async generator.
pub(crate) const GENERATOR_LIKE: u32 = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;

/// How many finished frames `Vm::free_frame` keeps.
const FRAME_POOL_SIZE: usize = 32;

/// What a function's frame is made of: its code, globals and closure.
type FuncParts = (Rc<Code>, Rc<Object>, Option<Rc<[Value]>>);

#[inline(always)]
fn func_parts(func: &Function) -> FuncParts {
    (
        func.code.clone(),
        func.globals.clone(),
        func.closure.clone(),
    )
}

/// See `Code::simple_argcount`.
pub fn simple_argcount(co: &pyco_compiler::CodeObject) -> Option<usize> {
    let simple = co.kwonlyargcount == 0 && co.flags & NOT_SIMPLE == 0 && co.cellvars.is_empty();
    simple.then_some(co.argcount as usize)
}

impl Vm {
    /// A fresh frame, reusing the allocations of a finished one when there is one: calls
    /// are frequent enough for the three allocations of a new frame to show.
    pub fn new_frame(
        &mut self,
        code: Rc<Code>,
        globals: Rc<Object>,
        builtins: Rc<Object>,
    ) -> Box<Frame> {
        let mut f = self.frame_shell(code, globals, builtins);
        f.fast.resize(f.code.co.nlocals as usize, None);
        f
    }

    /// A frame with no fast locals yet (the caller fills all `nlocals` of them).
    fn frame_shell(
        &mut self,
        code: Rc<Code>,
        globals: Rc<Object>,
        builtins: Rc<Object>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, builtins);
                f
            }
            None => {
                let mut f = Box::new(Frame::new(code, globals, builtins));
                f.fast.clear();
                f
            }
        }
    }

    /// The frame for calling a plain Python function (not a generator, no `*args`,
    /// `**kwargs`, keyword-only arguments or cell variables) with exactly its positional
    /// arguments: `self_arg` then `args`. `None` when the call needs the general binding
    /// of `function_frame` (which also produces the error messages).
    #[inline]
    pub(crate) fn simple_frame(
        &mut self,
        func: &Function,
        self_arg: Option<&Value>,
        args: &[Value],
    ) -> Option<Box<Frame>> {
        let co = &func.code.co;
        let nargs = args.len() + self_arg.is_some() as usize;
        if func.code.simple_argcount != Some(nargs) || func.code.co.flags & GENERATOR_LIKE != 0 {
            return None;
        }
        let builtins = self.builtins_dict();
        let mut f = self.frame_shell(func.code.clone(), func.globals.clone(), builtins);
        // Plain pushes: these few values do not pay for `extend`'s out-of-line setup.
        let fast = &mut f.fast;
        fast.reserve(co.nlocals as usize);
        if let Some(s) = self_arg {
            fast.push(Some(s.clone()));
        }
        for a in args {
            fast.push(Some(a.clone()));
        }
        for _ in nargs..co.nlocals as usize {
            fast.push(None);
        }
        if let Some(closure) = &func.closure {
            f.cells.extend(closure.iter().cloned());
        }
        Some(f)
    }

    /// A call whose callable sits at `f.stack[callee]` with its arguments above it, when
    /// the callable is a Python function taking exactly those positional arguments (see
    /// `Code::simple_argcount`): the arguments move into a new frame, and the stack is cut
    /// to `base` (below the callable and any NULL marker). The frame is to be run, or, for
    /// a generator function, is already wrapped in the generator pushed on the stack.
    /// `None` (nothing moved) for any other call.
    #[inline(always)]
    pub(crate) fn stack_call(
        &mut self,
        f: &mut Frame,
        callee: usize,
        base: usize,
    ) -> Option<StackCall> {
        let Value::Obj(o) = &f.stack[callee] else {
            return None;
        };
        let Payload::Function(func) = &o.payload else {
            return None;
        };
        if func.code.simple_argcount != Some(f.stack.len() - callee - 1) {
            return None;
        }
        let new = self.frame_from_stack(func_parts(func), f, callee + 1, None);
        if new.code.co.flags & GENERATOR_LIKE != 0 {
            let Value::Obj(o) = &f.stack[callee] else {
                unreachable!("checked above")
            };
            let Payload::Function(func) = &o.payload else {
                unreachable!("checked above")
            };
            let g = self.new_generator(new, func);
            f.stack.truncate(base);
            f.stack.push(g);
            return Some(StackCall::Pushed);
        }
        f.stack.truncate(base);
        Some(StackCall::Run(new))
    }

    /// The frame of a call of a function (its `FuncParts`; positional arguments only, as
    /// many as it takes) on `self_arg`, if given, then the values `f.stack[first..]`,
    /// which move into it.
    #[inline(always)]
    fn frame_from_stack(
        &mut self,
        (code, globals, closure): FuncParts,
        f: &mut Frame,
        first: usize,
        self_arg: Option<Value>,
    ) -> Box<Frame> {
        let builtins = self.builtins_dict();
        let mut new = self.frame_shell(code, globals, builtins);
        let nlocals = new.code.co.nlocals as usize;
        new.fast.reserve(nlocals);
        if let Some(v) = self_arg {
            new.fast.push(Some(v));
        }
        let nargs = f.stack.len() - first;
        let done = new.fast.len();
        // The arguments move word by word (see `ops::push`), the other locals start unbound.
        // SAFETY: `fast` has room for `nlocals >= done + nargs` slots; each argument is read
        // once and the stack's length then excludes it; `Option<Value>`'s `Some` has the
        // layout of the value (see `ops::load_fast`).
        unsafe {
            // (`MaybeUninit`: a `Bool` leaves most of its payload word undefined.)
            let src = f.stack.as_ptr().add(first) as *const MaybeUninit<u64>;
            let dst = new.fast.as_mut_ptr().add(done) as *mut MaybeUninit<u64>;
            for j in 0..2 * nargs {
                dst.add(j).write(src.add(j).read());
            }
            for j in nargs..nlocals - done {
                dst.add(2 * j)
                    .write(MaybeUninit::new(super::ops::UNBOUND_TAG));
            }
            new.fast.set_len(nlocals);
            f.stack.set_len(first);
        }
        if let Some(closure) = closure {
            new.cells.extend(closure.iter().cloned());
        }
        new
    }

    /// CALL_FUNCTION of a class (`f.stack[callee..]` is `[cls, args...]`) whose instances
    /// come from `object.__new__` and whose `__init__` is a Python function taking exactly
    /// these arguments, as `type.__call__` runs it, minus the native call between: the
    /// new instance replaces the class on the stack, and `__init__`'s frame on
    /// `(instance, args...)` is given back to run in its place (`Frame::init`), the class
    /// call counting a recursion level meanwhile (as in CPython). `None` changes nothing:
    /// any other class, a metaclass, too few levels left, and errors take the general call.
    #[inline(never)]
    pub(crate) fn init_call(
        &mut self,
        f: &mut Frame,
        callee: usize,
    ) -> Option<PyResult<Box<Frame>>> {
        let Value::Type(cls) = &f.stack[callee] else {
            return None;
        };
        if !cls.heap || cls.meta.is_some() || self.depth + 2 >= self.recursion_limit {
            return None;
        }
        let object_new = self.types.object.lookup("__new__")?;
        if !cls.lookup("__new__")?.is(&object_new) {
            return None;
        }
        let init = cls.lookup("__init__")?;
        let Some(Payload::Function(func)) = init.payload() else {
            return None;
        };
        let argc = f.stack.len() - callee - 1;
        if func.code.simple_argcount != Some(argc + 1) || func.code.co.flags & GENERATOR_LIKE != 0 {
            return None;
        }
        let Some(Payload::MethodDescr(new)) = object_new.payload() else {
            return None;
        };
        let cls_arg = [f.stack[callee].clone()];
        let obj = match (new.func)(self, &cls_arg, &[]) {
            Ok(obj) => obj,
            Err(e) => return Some(Err(e)),
        };
        let parts = func_parts(func);
        let mut frame = self.frame_from_stack(parts, f, callee + 1, Some(obj.clone()));
        f.stack[callee] = obj;
        frame.init = true;
        self.depth += 1;
        Some(Ok(frame))
    }

    /// Gives back a frame that finished with `outcome` (not a suspended generator's).
    pub(crate) fn finish_frame<T>(&mut self, f: Box<Frame>, outcome: &PyResult<T>) {
        match outcome {
            Ok(_) => self.free_frame(f),
            Err(e) => self.retire_raised_frame(f, e),
        }
    }

    /// A frame that raised `e`: the traceback entry it added last keeps it, so its locals
    /// die with the exception rather than with the frame (a generator held in a local is
    /// finalized when the `except` clause ends, and `tb_frame.f_locals` shows them), as
    /// CPython's frame objects do. A frame without locals is recycled at once.
    /// (Not when its locals may lead back to the exception, as after `self.err = e` or
    /// `info = sys.exc_info()` then `raise`: CPython's cycle collector frees that cycle,
    /// pyco has none, so it would leak on every call; the locals then die with the frame,
    /// as before. See `may_reach_exception`.)
    pub(crate) fn retire_raised_frame(&mut self, f: Box<Frame>, e: &PyErr) {
        let has_locals = f.fast.iter().any(Option::is_some) || !f.cells.is_empty();
        if has_locals && f.locals.is_none() && !may_reach_exception(&f, e) {
            if let Value::Obj(tb) = self.exc_traceback(e) {
                if let Payload::Traceback(t) = &tb.payload {
                    if Rc::ptr_eq(&t.code, &f.code) && t.frame.borrow().is_none() {
                        *t.frame.borrow_mut() = Some(f);
                        return;
                    }
                }
            }
        }
        self.free_frame(f)
    }

    /// Recycles a finished frame (it must not be a suspended generator's).
    pub fn free_frame(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < FRAME_POOL_SIZE {
            let placeholder = self.builtins_dict_ref().clone();
            f.clear(&placeholder);
            self.frame_pool.push(f);
        }
    }
}

/// What `Vm::stack_call` did.
pub(crate) enum StackCall {
    /// The callee's frame, to run.
    Run(Box<Frame>),
    /// The result (a new generator) is on the caller's stack.
    Pushed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// SETUP_FINALLY / SETUP_WITH / SETUP_ASYNC_WITH: jump to `handler` on an exception.
    Finally,
    /// Pushed when a handler starts: the saved exception state sits at `level`.
    ExceptHandler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Handler, in code units (instruction index).
    pub handler: usize,
    /// Value-stack height to unwind to.
    pub level: usize,
}

pub struct Frame {
    pub code: Rc<Code>,
    /// Index (in code units) of the next instruction.
    pub ip: usize,
    /// Index of the instruction executing (or last executed): tracebacks' `tb_lasti / 2`.
    pub lasti: usize,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    pub fast: Vec<Option<Value>>,
    /// Cell objects: `co_cellvars` then `co_freevars`.
    pub cells: Vec<Value>,
    pub globals: Rc<Object>,
    pub builtins: Rc<Object>,
    /// The locals mapping of module and class bodies (`None` for optimized functions).
    pub locals: Option<Value>,
    /// Set while a generator's frame has yielded from a `yield from`/`await`.
    pub yielding_from: bool,
    /// An exception `throw()` raises at the point of suspension when resumed.
    pub pending_throw: Option<Box<crate::types::generator::Thrown>>,
    /// While this frame waits on the eval loop's stack for a generator it resumed inline.
    pub(crate) resumed: Option<super::GenLink>,
    /// A generator's frame resumed while its caller handles an exception: that exception,
    /// which `sys.exc_info()` shows inside when the frame's own handlers have none (3.10
    /// keeps a generator's exception state as its own entry above the caller's). None
    /// otherwise; `gen_end` clears it.
    pub(crate) exc_base: Value,
    /// Set on the frame of an `__init__` that a class call runs inline (`init_call`):
    /// the instance waits in the caller's stack as the call's result, `__init__` must
    /// return None, and the class call's own recursion level counts until it returns.
    pub(crate) init: bool,
    /// Names this activation of the frame for `LiveFrame` (0: not asked for yet). Pooled
    /// frames' boxes are reused by later calls, so an address alone does not tell them apart.
    serial: Cell<u64>,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<Object>, builtins: Rc<Object>) -> Frame {
        let nfast = code.co.nlocals as usize;
        Frame {
            ip: 0,
            lasti: 0,
            stack: Vec::with_capacity(code.co.stacksize as usize + 1),
            blocks: Vec::new(),
            fast: vec![None; nfast],
            cells: Vec::new(),
            globals,
            builtins,
            locals: None,
            code,
            yielding_from: false,
            pending_throw: None,
            resumed: None,
            exc_base: Value::None,
            init: false,
            serial: Cell::new(0),
        }
    }

    /// Empties a finished frame for reuse: its values die now, as if it were dropped (the
    /// globals too: a module's namespace must not outlive its last user); the code and
    /// builtins, which nothing can observe, wait for the next `reset`.
    #[inline]
    fn clear(&mut self, placeholder_globals: &Rc<Object>) {
        // (Each test skips a call or a drop check on the common path: a plain function
        // returns with an empty stack and none of the optional parts set.)
        if !self.stack.is_empty() {
            self.stack.clear();
        }
        self.blocks.clear();
        self.fast.clear();
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        self.globals = placeholder_globals.clone();
        if self.locals.is_some() {
            self.locals = None;
        }
        if self.pending_throw.is_some() {
            self.pending_throw = None;
        }
        if self.resumed.is_some() {
            self.resumed = None;
        }
        if !self.exc_base.is_none() {
            self.exc_base = Value::None;
        }
        self.init = false;
        self.serial.set(0);
    }

    #[inline]
    fn reset(&mut self, code: Rc<Code>, globals: Rc<Object>, builtins: Rc<Object>) {
        let need = code.co.stacksize as usize + 1;
        if self.stack.capacity() < need {
            self.stack.reserve(need);
        }
        self.ip = 0;
        self.lasti = 0;
        self.yielding_from = false;
        self.code = code;
        self.globals = globals;
        self.builtins = builtins;
    }

    /// What an except handler entered now saves to restore at its end: the exception
    /// being handled, unless that is only the caller's showing through (`exc_base`).
    pub(crate) fn own_exc(&self, handled: Value) -> Value {
        if !self.exc_base.is_none() && handled.is(&self.exc_base) {
            Value::None
        } else {
            handled
        }
    }

    /// The exception being handled once an except handler that saved `saved` ends: the
    /// caller's again, for a generator's frame that had none of its own.
    pub(crate) fn restored_exc(&self, saved: Value) -> Value {
        if saved.is_none() {
            self.exc_base.clone()
        } else {
            saved
        }
    }

    /// The line being executed, from the line table.
    pub fn lineno(&self) -> Option<u32> {
        line_at(&self.code, self.lasti)
    }

    /// This activation's serial number, given on first request.
    fn serial(&self) -> u64 {
        thread_local! {
            static LAST: Cell<u64> = const { Cell::new(0) };
        }
        if self.serial.get() == 0 {
            let s = LAST.with(|l| l.get() + 1);
            LAST.with(|l| l.set(s));
            self.serial.set(s);
        }
        self.serial.get()
    }
}

/// A frame that may still be running, as a traceback entry or a frame object refers to
/// it (to read its current line and locals).
#[derive(Clone, Copy)]
pub struct LiveFrame {
    ptr: *const Frame,
    serial: u64,
}

impl LiveFrame {
    pub fn new(f: &Frame) -> LiveFrame {
        LiveFrame {
            ptr: f,
            serial: f.serial(),
        }
    }
}

impl Vm {
    /// The frame `l` refers to, while that same activation is on the frame stack.
    pub fn live_frame(&self, l: LiveFrame) -> Option<&Frame> {
        if !self.frames.contains(&l.ptr) {
            return None;
        }
        // SAFETY: pointers on `frames` point to frames alive while they execute.
        let f = unsafe { &*l.ptr };
        (f.serial.get() == l.serial).then_some(f)
    }
}

/// The source line of the instruction at code-unit index `index`.
pub fn line_at(code: &Code, index: usize) -> Option<u32> {
    let offset = (index * 2) as u32;
    let mut line = None;
    for (start, end, l) in code.co.lines() {
        if offset >= start && offset < end {
            line = l;
            break;
        }
    }
    line
}

/// How many objects `may_reach_exception` looks at before assuming the worst.
const CYCLE_SCAN_BUDGET: usize = 64;

/// Whether what frame `f` holds (locals, cells, stack) may lead to exception `e` or to a
/// traceback, so that keeping `f` in `e`'s traceback could make a reference cycle. A
/// bounded search that errs on the side of "may": it follows containers, instance dicts,
/// closures, bound methods and suspended generators; module globals and classes are not
/// followed (they are held from outside, so such a cycle breaks when they change), and
/// any other object (exceptions, tracebacks, native objects) counts as a possible path.
fn may_reach_exception(f: &Frame, e: &PyErr) -> bool {
    let mut todo: Vec<Value> = f.fast.iter().flatten().cloned().collect();
    todo.extend(f.cells.iter().cloned());
    todo.extend(f.stack.iter().cloned());
    let mut seen = HashSet::new();
    while let Some(v) = todo.pop() {
        let Value::Obj(o) = v else {
            continue;
        };
        if Rc::ptr_eq(&o, e) || seen.len() + todo.len() > CYCLE_SCAN_BUDGET {
            return true;
        }
        if !seen.insert(Rc::as_ptr(&o) as *const u8 as usize) {
            continue;
        }
        // A container bigger than what is left of the budget ends the search before its
        // items are copied (a frame holding a million-entry dict raises in O(1)).
        let left = CYCLE_SCAN_BUDGET.saturating_sub(seen.len() + todo.len());
        if container_len(&o.payload) > left {
            return true;
        }
        if let Some(d) = o.dict.get() {
            todo.push(Value::Obj(d.clone()));
        }
        if !push_referents(&o.payload, &mut todo) {
            return true;
        }
    }
    false
}

/// How many items container `p` holds (0 for other objects).
fn container_len(p: &Payload) -> usize {
    match p {
        Payload::List(items) => items.borrow().len(),
        Payload::Tuple(items) => items.len(),
        Payload::Dict(d) => 2 * d.borrow().len(),
        Payload::Set(s) => s.borrow().len(),
        Payload::FrozenSet(s) => s.len(),
        _ => 0,
    }
}

/// Adds what `p` refers to to `todo`; false when it cannot tell (see
/// `may_reach_exception`).
fn push_referents(p: &Payload, todo: &mut Vec<Value>) -> bool {
    match p {
        Payload::Plain
        | Payload::Ellipsis
        | Payload::NotImplemented
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_)
        | Payload::Code(_)
        | Payload::Module(_)
        | Payload::MethodDescr(_) => {}
        Payload::List(items) => todo.extend(items.borrow().iter().cloned()),
        Payload::Tuple(items) => todo.extend(items.iter().cloned()),
        Payload::Slice(items) => todo.extend(items.iter().cloned()),
        Payload::Dict(d) => {
            for entry in d.borrow().iter() {
                todo.push(entry.key.clone());
                todo.push(entry.value.clone());
            }
        }
        Payload::Set(s) => todo.extend(s.borrow().iter().map(|(_, v)| v.clone())),
        Payload::FrozenSet(s) => todo.extend(s.iter().map(|(_, v)| v.clone())),
        Payload::Cell(c) => todo.extend(c.borrow().iter().cloned()),
        Payload::Method(func, obj) => todo.extend([func.clone(), obj.clone()]),
        Payload::Builtin(b) => todo.extend(b.bound.iter().cloned()),
        Payload::Function(func) => {
            todo.extend(func.closure.iter().flat_map(|c| c.iter().cloned()));
            todo.extend(
                func.defaults
                    .borrow()
                    .iter()
                    .flat_map(|d| d.iter().cloned()),
            );
            todo.extend(func.kwdefaults.borrow().iter().cloned());
        }
        Payload::Generator(g) => {
            // A generator running now cannot be looked into (its frame is out, or in use
            // in place as a level of a `yield from` chain).
            if g.running.get() {
                return false;
            }
            let Ok(frame) = g.frame.try_borrow() else {
                return false;
            };
            if let Some(gf) = frame.as_deref() {
                todo.extend(gf.fast.iter().flatten().cloned());
                todo.extend(gf.cells.iter().cloned());
                todo.extend(gf.stack.iter().cloned());
            }
            todo.push(g.exc_state.borrow().clone());
        }
        _ => return false,
    }
    true
}
