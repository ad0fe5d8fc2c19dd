//! The hot loop: runs a frame's instructions until one needs `run_frame` (a call, return,
//! yield or error).
//!
//! Small and register-friendly on purpose, like MicroPython's `py/vm.c`: the instruction
//! pointer, the value stack's top (a raw pointer, `Top`), the fast locals and the constants
//! stay in registers, and the common instructions (locals, constants, int/float arithmetic
//! and comparisons, jumps, range/list iteration, cached globals and attributes, built-in
//! calls, the superinstructions) run right here, as do the common frame switches (calls,
//! returns, generators entered and yielding). Every other instruction, and any case a fast
//! path does not cover (an unbound local, a big int, a user class), goes to `slow_op`, out
//! of line, which runs the full instruction (`execute`) on the frame as it is in memory. A
//! fast path that does not apply changes nothing, so the slow path always starts from the
//! instruction's beginning; every other switch is left to `run_frame`.

use super::cache::Instr;
use super::frame::StackCall;
use super::op::{every_op, Op};
use super::ops::{cell_get, compare_with, fast_next, OBJ_TAG, TYPE_TAG, UNBOUND_TAG};
use super::{deliver, push_inline, Flow, Frame, LinkKind, Raise};
use crate::object::{Code, DescrKind, NativeFn, Object, Payload, PyErr, PyResult, Type, Value};
use crate::runtime::number::fast_binop;
use crate::runtime::BinOp;
use crate::types::generator::GenKind;
use crate::Vm;
use pyco_compiler::code::flags::ASYNC_GENERATOR;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::rc::Rc;

/// The value stack while the hot loop runs: `Frame::stack`'s buffer, with the length kept
/// as a pointer past the top value (`sync` writes it back as the `Vec`'s length before
/// anything else can look at the stack, `load` takes it up again).
struct Top {
    top: *mut Value,
    /// The end of the buffer, for the debug builds' check of `room`.
    #[cfg(debug_assertions)]
    end: *mut Value,
    #[cfg(debug_assertions)]
    base: *mut Value,
}

impl Top {
    #[inline(always)]
    fn load(f: &mut Frame) -> Top {
        let p = f.stack.as_mut_ptr();
        // SAFETY: length and capacity are within the buffer.
        unsafe {
            Top {
                top: p.add(f.stack.len()),
                #[cfg(debug_assertions)]
                end: p.add(f.stack.capacity()),
                #[cfg(debug_assertions)]
                base: p,
            }
        }
    }

    #[inline(always)]
    fn sync(&self, f: &mut Frame) {
        // SAFETY: `top` stays within the buffer, and the values below it are live.
        unsafe {
            let n = self.top.offset_from(f.stack.as_ptr());
            f.stack.set_len(n as usize);
        }
    }

    /// Whether `n` more values fit: always, as in CPython, which trusts `co_stacksize`
    /// too. Every frame's buffer holds `co_stacksize` values and one more (`Frame::new`,
    /// `Frame::reset`), the compiler computes that size as CPython's `stackdepth()` does,
    /// and the loop's instructions move the stack by 3.10's stack effects; only the
    /// `Vec` pushes of `slow_op` and the exception handlers could go further, and they grow
    /// the buffer. The debug builds (the tests) check it.
    #[inline(always)]
    fn room(&self, n: usize) -> bool {
        #[cfg(debug_assertions)]
        assert!(
            (self.end as usize - self.top as usize) >= n * std::mem::size_of::<Value>(),
            "value stack overflow: co_stacksize too small"
        );
        let _ = n;
        true
    }

    /// Pushes `v` (the caller checked `room`). Written as two words: see `ops::push`.
    #[inline(always)]
    unsafe fn push(&mut self, v: Value) {
        let (tag, bits) = v.into_words();
        self.push_words((tag, MaybeUninit::new(bits)));
    }

    /// Pushes a value's words (the caller checked `room`).
    #[inline(always)]
    unsafe fn push_words(&mut self, (tag, bits): Words) {
        let p = self.top as *mut u64;
        p.write(tag);
        (p.add(1) as *mut MaybeUninit<u64>).write(bits);
        self.top = self.top.add(1);
    }

    #[inline(always)]
    unsafe fn pop_words(&mut self) -> Words {
        #[cfg(debug_assertions)]
        assert!(self.top > self.base, "value stack underflow");
        self.top = self.top.sub(1);
        let p = self.top as *const u64;
        (p.read(), (p.add(1) as *const MaybeUninit<u64>).read())
    }

    #[inline(always)]
    unsafe fn pop(&mut self) -> Value {
        #[cfg(debug_assertions)]
        assert!(self.top > self.base, "value stack underflow");
        self.top = self.top.sub(1);
        Value::read_words(self.top as *const u64)
    }

    /// The value `n` places from the top (1: the top). The caller keeps it alive for `'a`
    /// (on the stack, or popped and held).
    #[inline(always)]
    unsafe fn peek<'a>(&self, n: usize) -> &'a Value {
        #[cfg(debug_assertions)]
        assert!(self.top.sub(n) >= self.base, "value stack underflow");
        &*self.top.sub(n)
    }

    /// Drops the top value when it owns nothing (not an object or type): no destructor.
    #[inline(always)]
    unsafe fn discard_plain(&mut self) {
        self.top = self.top.sub(1);
    }

    /// Replaces the two top values, which own nothing, by `v`.
    #[inline(always)]
    unsafe fn replace_plain_pair(&mut self, v: Value) {
        self.top = self.top.sub(2);
        self.push(v);
    }
}

/// A value as its two words (`Value::into_words`), moved or copied without a match on the
/// variant: the payload word as it is, which for a `bool` may be partly unwritten.
type Words = (u64, MaybeUninit<u64>);

/// The words of the value at `p`, with the reference an object or type needs for a copy.
///
/// # Safety
/// `p` points at a live value (a fast local's slot may hold `UNBOUND_TAG`: not this).
#[inline(always)]
unsafe fn copy_words(p: *const Value) -> Words {
    let w = p as *const u64;
    let tag = w.read();
    let bits = (w.add(1) as *const MaybeUninit<u64>).read();
    add_ref(tag, bits);
    (tag, bits)
}

/// One more reference for the object or type in words `(tag, bits)`; nothing otherwise.
#[inline(always)]
unsafe fn add_ref(tag: u64, bits: MaybeUninit<u64>) {
    // The payload word is the `Rc` itself (`into_words`): a clone of it, forgotten.
    match tag {
        OBJ_TAG => {
            let rc = ManuallyDrop::new(std::mem::transmute::<u64, Rc<Object>>(bits.assume_init()));
            std::mem::forget(Rc::clone(&rc));
        }
        TYPE_TAG => {
            let rc = ManuallyDrop::new(std::mem::transmute::<u64, Rc<Type>>(bits.assume_init()));
            std::mem::forget(Rc::clone(&rc));
        }
        _ => {}
    }
}

/// Drops the value in words `(tag, bits)`: only objects and types own anything.
#[inline(always)]
unsafe fn drop_words(tag: u64, bits: MaybeUninit<u64>) {
    if tag >= OBJ_TAG {
        drop(Value::read_words([tag, bits.assume_init()].as_ptr()));
    }
}

/// Stores words `(tag, bits)` into fast local `slot`, dropping what it held; whether that
/// was an object or type (its drop may have queued a finalizer).
#[inline(always)]
unsafe fn store_words(slot: *mut Option<Value>, (tag, bits): Words) -> bool {
    let w = slot as *mut u64;
    let (old_tag, old_bits) = (w.read(), (w.add(1) as *const MaybeUninit<u64>).read());
    w.write(tag);
    (w.add(1) as *mut MaybeUninit<u64>).write(bits);
    // (An unbound slot's tag is above both reference-holding tags' range check below.)
    let owned = old_tag == OBJ_TAG || old_tag == TYPE_TAG;
    if owned {
        drop_words(old_tag, old_bits);
    }
    owned
}

/// Whether a store that dropped an object (`owned`) queued a finalizer: a superinstruction
/// then stops after its first half, so that `__del__` runs (at the loop's top) while
/// `f.lasti` still points at the store, whose line CPython reports.
#[inline(always)]
fn finalizer_due(owned: bool) -> bool {
    owned && crate::finalize::pending()
}

/// The native function a call of `v` runs on exactly the arguments given: a built-in
/// function, unbound or a module's (`len`, `math.sqrt`).
#[inline(always)]
fn module_native(v: &Value) -> Option<NativeFn> {
    let Some(Payload::Builtin(b)) = v.payload() else {
        return None;
    };
    match &b.bound {
        None => Some(b.func),
        Some(m) if matches!(m.payload(), Some(Payload::Module(_))) => Some(b.func),
        Some(_) => None,
    }
}

/// Whether fast local `slot` holds a value.
#[inline(always)]
unsafe fn bound(slot: *const Option<Value>) -> bool {
    (slot as *const u64).read() != UNBOUND_TAG
}

/// The truth of a value that needs no method call, as `POP_JUMP_IF_*` sees it.
#[inline(always)]
fn plain_truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::None => Some(false),
        Value::Int(i) => Some(*i != 0),
        _ => None,
    }
}

/// `a < b` and friends for two ints or two floats (`arg`: COMPARE_OP's argument).
#[inline(always)]
fn plain_compare(arg: u32, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(compare_with(arg, x, y)),
        (Value::Float(x), Value::Float(y)) => Some(compare_with(arg, x, y)),
        _ => None,
    }
}

impl Vm {
    /// The items of `v` when it is an exact tuple of `n` items (UNPACK_SEQUENCE's fast
    /// path; lists, which may change while borrowed, are left to `execute`).
    #[inline(always)]
    fn exact_sequence<'a>(&self, v: &'a Value, n: usize) -> Option<&'a [Value]> {
        match v {
            Value::Obj(o) if Rc::ptr_eq(&o.class, &self.types.tuple) => {
                v.as_tuple().filter(|t| t.len() == n)
            }
            _ => None,
        }
    }

    /// Runs instructions of `f` until one needs the loop (a call, return, yield or error).
    #[inline(always)]
    #[allow(clippy::vec_box)] // `run_frame`'s stack: frames must not move (`Vm::frames`).
    pub(super) fn dispatch(
        &mut self,
        fb: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
    ) -> Result<Flow, (PyErr, bool)> {
        // The running frame, `*fb`; a generator switch done here replaces both.
        let mut fp: *mut Frame = &mut **fb;
        // After a frame switch done here (`Ok`): on with the new `*fb`. Otherwise `run_frame`
        // does the switch (`Err` gives back what it needs, wrapped in `$flow`).
        macro_rules! switched {
            ($frame:lifetime, $r:expr, $flow:path) => {
                match $r {
                    Ok(()) => {
                        fp = &mut **fb;
                        continue $frame;
                    }
                    Err(x) => return Ok($flow(x)),
                }
            };
        }
        'frame: loop {
            // SAFETY: `fp` is `*fb`'s frame, re-taken after every switch.
            let f: &mut Frame = unsafe { &mut *fp };
            if let Some(t) = f.pending_throw.take() {
                return self.throw_into_frame(f, *t);
            }
            if let Err(e) = self.check_interrupt() {
                return Err((e, false));
            }
            // SAFETY: the frame's code object lives as long as the frame keeps it, and no
            // instruction replaces `f.code` (saves a reference count round trip per entry).
            let code: &Code = unsafe { &*Rc::as_ptr(&f.code) };
            // `decode` checked every fast-local and constant index against these lengths.
            assert!(
                f.fast.len() == code.co.nlocals as usize,
                "frame and code disagree"
            );
            let instrs: &[Instr] = &code.instrs;
            let consts = code.consts.as_ptr();
            let mut fast = f.fast.as_mut_ptr();
            let mut ip = f.ip;
            let mut st = Top::load(f);
            // The value of a fast path's call, or the instruction fails with its error.
            macro_rules! fail_on {
                ($r:expr) => {
                    match $r {
                        Ok(v) => v,
                        Err(e) => {
                            f.ip = ip;
                            return Err((e, false));
                        }
                    }
                };
            }
            // Int/float arithmetic that cannot fail (`fast_binop`): the result replaces the
            // operands.
            macro_rules! arith {
                ($op:expr) => {
                    if let Some(r) = fast_binop(st.peek(2), st.peek(1), $op) {
                        st.replace_plain_pair(r);
                        continue;
                    }
                };
            }
            loop {
                // Objects that died are finalized before the next instruction, as if CPython's
                // reference count had dropped to zero right there (`finalize.rs`).
                if crate::finalize::pending() {
                    st.sync(f);
                    self.run_finalizers();
                    st = Top::load(f);
                }
                let i = ip;
                // SAFETY: `ip` is at most the index of `decode`'s END (jumps checked there).
                let Instr { op, arg } = unsafe { *instrs.get_unchecked(i) };
                ip += 1;
                f.lasti = i;
                let a = arg as usize;
                // SAFETY (all arms): `a` is in range for `fast` and `consts` (`decode`), values
                // popped were pushed by the compiler's stack discipline, pushes check `room`,
                // and a superinstruction is never the last instruction (`decode`).
                unsafe {
                    match op {
                        Op::NOP | Op::EXTENDED_ARG => continue,
                        // Past the last instruction.
                        Op::END => {
                            st.sync(f);
                            f.ip = i;
                            return Ok(Flow::Return(Value::None));
                        }
                        Op::LOAD_FAST if st.room(1) && bound(fast.add(a)) => {
                            st.push_words(copy_words(fast.add(a) as *const Value));
                            continue;
                        }
                        Op::LOAD_CONST if st.room(1) => {
                            st.push_words(copy_words(consts.add(a)));
                            continue;
                        }
                        Op::STORE_FAST => {
                            store_words(fast.add(a), st.pop_words());
                            continue;
                        }
                        Op::POP_TOP => {
                            drop(st.pop());
                            continue;
                        }
                        Op::DUP_TOP if st.room(1) => {
                            st.push_words(copy_words(st.top.sub(1)));
                            continue;
                        }
                        Op::ROT_TWO => {
                            let top = st.pop();
                            let second = st.pop();
                            st.push(top);
                            st.push(second);
                            continue;
                        }
                        Op::DUP_TOP_TWO if st.room(2) => {
                            let (x, y) = (st.peek(2).clone(), st.peek(1).clone());
                            st.push(x);
                            st.push(y);
                            continue;
                        }
                        Op::ROT_THREE => {
                            let top = st.pop();
                            let second = st.pop();
                            let third = st.pop();
                            st.push(top);
                            st.push(third);
                            st.push(second);
                            continue;
                        }
                        Op::BINARY_SUBSCR => {
                            if let Some(v) = self.fast_getitem(st.peek(2), st.peek(1)) {
                                st.discard_plain(); // the int index
                                drop(st.pop());
                                st.push(v);
                                continue;
                            }
                        }
                        Op::STORE_SUBSCR => {
                            let (k, c) = (st.pop(), st.pop());
                            match self.fast_setitem(&c, &k, st.pop()) {
                                None => continue,
                                Some(v) => {
                                    st.push(v);
                                    st.push(c);
                                    st.push(k);
                                }
                            }
                        }
                        Op::UNPACK_SEQUENCE if st.room(a) => {
                            if let Some(items) = self.exact_sequence(st.peek(1), a) {
                                let seq = st.pop();
                                for v in items.iter().rev() {
                                    st.push(v.clone());
                                }
                                drop(seq);
                                continue;
                            }
                        }
                        Op::LOAD_DEREF if st.room(1) => {
                            if let Some(v) = cell_get(&f.cells[a]) {
                                st.push(v);
                                continue;
                            }
                        }
                        Op::LIST_APPEND => {
                            if let Some(l) = st.peek(a + 1).as_list() {
                                let v = st.pop();
                                l.borrow_mut().push(v);
                                continue;
                            }
                        }
                        // Attribute access runs no faster here, but skips `slow_op`'s round
                        // trip; these may run Python code, so the stack is in memory first.
                        Op::LOAD_ATTR => {
                            let o = st.pop();
                            st.sync(f);
                            let r = self.load_attr_cached(code, i, &o, &code.names[a]);
                            drop(o);
                            st.push(fail_on!(r));
                            continue;
                        }
                        Op::STORE_ATTR => {
                            let o = st.pop();
                            let v = st.pop();
                            st.sync(f);
                            let r = self.store_attr_cached(code, i, &o, &code.names[a], v);
                            drop(o);
                            fail_on!(r);
                            continue;
                        }
                        Op::LOAD_METHOD if st.room(1) => {
                            let o = st.pop();
                            st.sync(f);
                            let r = self.load_method_cached(code, i, &o, &code.names[a]);
                            drop(o);
                            let (m, x) = fail_on!(r);
                            st.push(m.unwrap_or(Value::None));
                            st.push(x);
                            continue;
                        }
                        // Built-in functions and methods: called on the arguments in place.
                        Op::CALL_FUNCTION => {
                            if a == 1 {
                                if let Some(v) = self.quick_call1(st.peek(2), st.peek(1)) {
                                    drop(st.pop());
                                    drop(st.pop());
                                    st.push(v);
                                    continue;
                                }
                            }
                            if let Some(func) = module_native(st.peek(a + 1)) {
                                st.sync(f);
                                let base = f.stack.len() - a - 1;
                                // `next(gen)` resumes the generator here, as FOR_ITER does;
                                // near the recursion limit the call of `next` itself counts
                                // a level first (`call_native`), as in CPython: slow path.
                                if a == 1 && self.depth + 1 < self.recursion_limit {
                                    if let Some(callee) = self.next_inline(f, base) {
                                        f.ip = ip;
                                        switched!('frame, self.enter_here(fb, callers, callee), Flow::Resume)
                                    }
                                }
                                let r = self.native_call_on_stack(f, func, base + 1, base);
                                st = Top::load(f);
                                fail_on!(r);
                                continue;
                            }
                            // A Python function with its positional arguments: its frame,
                            // or for a generator function the generator.
                            st.sync(f);
                            match self.python_call(f, a) {
                                Some(StackCall::Pushed) => {
                                    st = Top::load(f);
                                    continue;
                                }
                                Some(StackCall::Run(callee)) => {
                                    f.ip = ip;
                                    switched!('frame, self.call_here(fb, callers, callee), Flow::Call)
                                }
                                None => {}
                            }
                        }
                        Op::CALL_METHOD => {
                            if a == 0 && self.quick_method0(st.peek(2), st.peek(1)) {
                                drop(st.pop());
                                drop(st.pop());
                                st.push(Value::None);
                                continue;
                            }
                            if a == 1 && self.quick_method1(st.peek(3), st.peek(2), st.peek(1)) {
                                drop(st.pop());
                                drop(st.pop());
                                drop(st.pop());
                                st.push(Value::None);
                                continue;
                            }
                            // `gen.send(x)` resumes the generator here (the recursion
                            // limit as for `next(gen)` above).
                            if a == 1
                                && self.depth + 1 < self.recursion_limit
                                && self.is_gen_method(st.peek(3))
                            {
                                st.sync(f);
                                let base = f.stack.len() - 3;
                                if let Some(callee) = self.send_inline(f, base) {
                                    f.ip = ip;
                                    switched!('frame, self.enter_here(fb, callers, callee), Flow::Resume)
                                }
                            }
                            // [method, self, args...] or [None, callable, args...]
                            let native = match st.peek(a + 2) {
                                Value::None => module_native(st.peek(a + 1)).map(|func| (func, 2)),
                                m => self.method_native(m, st.peek(a + 1)).map(|func| (func, 1)),
                            };
                            if let Some((func, skip)) = native {
                                st.sync(f);
                                let base = f.stack.len() - a - 2;
                                let r = self.native_call_on_stack(f, func, base + skip, base);
                                st = Top::load(f);
                                fail_on!(r);
                                continue;
                            }
                        }
                        Op::BINARY_ADD | Op::INPLACE_ADD => arith!(BinOp::Add),
                        Op::BINARY_SUBTRACT | Op::INPLACE_SUBTRACT => arith!(BinOp::Sub),
                        Op::BINARY_MULTIPLY | Op::INPLACE_MULTIPLY => arith!(BinOp::Mul),
                        Op::BINARY_MODULO | Op::INPLACE_MODULO => arith!(BinOp::Mod),
                        Op::BINARY_FLOOR_DIVIDE | Op::INPLACE_FLOOR_DIVIDE => {
                            arith!(BinOp::FloorDiv)
                        }
                        Op::BINARY_TRUE_DIVIDE | Op::INPLACE_TRUE_DIVIDE => arith!(BinOp::TrueDiv),
                        Op::BINARY_AND | Op::INPLACE_AND => arith!(BinOp::And),
                        Op::BINARY_OR | Op::INPLACE_OR => arith!(BinOp::Or),
                        Op::BINARY_XOR | Op::INPLACE_XOR => arith!(BinOp::Xor),
                        // CPython's comparison counts one level of recursion even for ints: at
                        // the limit, the slow path raises.
                        Op::COMPARE_OP if self.depth < self.recursion_limit => {
                            if let Some(b) = plain_compare(arg, st.peek(2), st.peek(1)) {
                                st.replace_plain_pair(Value::Bool(b));
                                continue;
                            }
                        }
                        Op::IS_OP => {
                            let b = st.pop();
                            let x = st.pop();
                            st.push(Value::Bool(x.is(&b) != (arg == 1)));
                            continue;
                        }
                        Op::JUMP_FORWARD => {
                            ip += a;
                            continue;
                        }
                        // A backward jump checks for Ctrl-C: the slow path raises it.
                        Op::JUMP_ABSOLUTE if a > i || !crate::signals::interrupt_pending() => {
                            ip = a;
                            continue;
                        }
                        Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                            if let Some(b) = plain_truth(st.peek(1)) {
                                let jump = b == (op == Op::POP_JUMP_IF_TRUE);
                                if !jump || a > i || !crate::signals::interrupt_pending() {
                                    st.discard_plain();
                                    if jump {
                                        ip = a;
                                    }
                                    continue;
                                }
                            }
                        }
                        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                            if let Some(b) = plain_truth(st.peek(1)) {
                                if b == (op == Op::JUMP_IF_TRUE_OR_POP) {
                                    ip = a;
                                } else {
                                    st.discard_plain();
                                }
                                continue;
                            }
                        }
                        Op::FOR_ITER if st.room(1) => {
                            if let Some(v) = fast_next(st.peek(1)) {
                                // The loop's usual first instruction, a STORE_FAST (the
                                // first half of a superinstruction), done here too.
                                // (`ip` is at most the index of `decode`'s END.)
                                let Instr { op: next, arg: b } = *instrs.get_unchecked(ip);
                                if next.first_half() == Op::STORE_FAST {
                                    f.lasti = ip;
                                    ip += 1;
                                    let (tag, bits) = v.into_words();
                                    let slot = fast.add(b as usize);
                                    store_words(slot, (tag, MaybeUninit::new(bits)));
                                    continue;
                                }
                                st.push(v);
                                continue;
                            }
                            // A generator: its frame joins `run_frame`'s frame stack.
                            st.sync(f);
                            if let Some(callee) = self.for_iter_resume(f) {
                                f.ip = ip;
                                switched!('frame, self.enter_here(fb, callers, callee), Flow::Resume)
                            }
                        }
                        // `yield from` a generator: the generator itself.
                        Op::GET_YIELD_FROM_ITER
                            if matches!(st.peek(1).payload(),
                                Some(Payload::Generator(g)) if g.kind == GenKind::Generator) =>
                        {
                            continue
                        }
                        // `yield from`/`await` entering a generator or coroutine frame.
                        Op::YIELD_FROM => {
                            st.sync(f);
                            if let Some(callee) = self.yield_from_enter(f) {
                                f.ip = ip;
                                switched!('frame, self.enter_here(fb, callers, callee), Flow::Resume)
                            }
                        }
                        // `await` on a coroutine not awaited elsewhere: the coroutine itself.
                        Op::GET_AWAITABLE if self.plain_awaitable(st.peek(1)) => continue,
                        // (An async generator's values are wrapped first: `execute`.)
                        Op::YIELD_VALUE if code.co.flags & ASYNC_GENERATOR == 0 => {
                            let v = st.pop();
                            st.sync(f);
                            f.ip = ip;
                            switched!('frame, self.yield_here(fb, callers, v), Flow::Yield)
                        }
                        // `yield x`: the local's value goes straight to the resumer.
                        Op::LOAD_FAST__YIELD_VALUE
                            if bound(fast.add(a)) && code.co.flags & ASYNC_GENERATOR == 0 =>
                        {
                            // (A copy: `copy_words` took the reference it needs.)
                            let (tag, bits) = copy_words(fast.add(a) as *const Value);
                            let v = std::mem::transmute::<[MaybeUninit<u64>; 2], Value>([
                                MaybeUninit::new(tag),
                                bits,
                            ]);
                            st.sync(f);
                            f.lasti = i + 1;
                            f.ip = i + 2;
                            switched!('frame, self.yield_here(fb, callers, v), Flow::Yield)
                        }
                        Op::RETURN_VALUE => {
                            let v = st.pop();
                            st.sync(f);
                            f.ip = ip;
                            switched!('frame, self.return_here(fb, callers, v), Flow::Return)
                        }
                        Op::LOAD_GLOBAL if st.room(1) => {
                            if let Some(v) = code.global_cache.get(a, &f.globals, &f.builtins) {
                                st.push(v);
                                continue;
                            }
                        }
                        // The superinstructions run both halves here, or fall back to the
                        // first half alone (`slow_op`), leaving the second in place.
                        Op::LOAD_FAST__LOAD_FAST if st.room(2) && bound(fast.add(a)) => {
                            let b = instrs.get_unchecked(i + 1).arg as usize;
                            if bound(fast.add(b)) {
                                st.push_words(copy_words(fast.add(a) as *const Value));
                                st.push_words(copy_words(fast.add(b) as *const Value));
                                ip += 1;
                                f.lasti = i + 1;
                                continue;
                            }
                        }
                        Op::LOAD_FAST__LOAD_CONST if st.room(2) && bound(fast.add(a)) => {
                            let b = instrs.get_unchecked(i + 1).arg as usize;
                            st.push_words(copy_words(fast.add(a) as *const Value));
                            st.push_words(copy_words(consts.add(b)));
                            ip += 1;
                            f.lasti = i + 1;
                            continue;
                        }
                        Op::LOAD_CONST__LOAD_FAST if st.room(2) => {
                            let b = instrs.get_unchecked(i + 1).arg as usize;
                            if bound(fast.add(b)) {
                                st.push_words(copy_words(consts.add(a)));
                                st.push_words(copy_words(fast.add(b) as *const Value));
                                ip += 1;
                                f.lasti = i + 1;
                                continue;
                            }
                        }
                        Op::STORE_FAST__LOAD_FAST => {
                            let b = instrs.get_unchecked(i + 1).arg as usize;
                            if a == b || bound(fast.add(b)) {
                                if finalizer_due(store_words(fast.add(a), st.pop_words())) {
                                    continue; // the LOAD_FAST runs next, on its own
                                }
                                st.push_words(copy_words(fast.add(b) as *const Value));
                                ip += 1;
                                f.lasti = i + 1;
                                continue;
                            }
                        }
                        Op::STORE_FAST__STORE_FAST => {
                            let b = instrs.get_unchecked(i + 1).arg as usize;
                            if finalizer_due(store_words(fast.add(a), st.pop_words())) {
                                continue; // the second STORE_FAST runs next, on its own
                            }
                            store_words(fast.add(b), st.pop_words());
                            ip += 1;
                            f.lasti = i + 1;
                            continue;
                        }
                        Op::IS_OP__POP_JUMP_IF_FALSE | Op::IS_OP__POP_JUMP_IF_TRUE => {
                            let target = instrs.get_unchecked(i + 1).arg as usize;
                            let r = st.peek(2).is(st.peek(1)) != (arg == 1);
                            let jump = r == (op == Op::IS_OP__POP_JUMP_IF_TRUE);
                            if !jump || target > i + 1 || !crate::signals::interrupt_pending() {
                                drop(st.pop());
                                drop(st.pop());
                                if crate::finalize::pending() {
                                    // An operand's finalizer runs with the IS_OP current: the jump next.
                                    st.push(Value::Bool(r));
                                    continue;
                                }
                                ip = if jump { target } else { i + 2 };
                                f.lasti = i + 1;
                                continue;
                            }
                        }
                        Op::COMPARE_OP__POP_JUMP_IF_FALSE | Op::COMPARE_OP__POP_JUMP_IF_TRUE
                            if self.depth < self.recursion_limit =>
                        {
                            if let Some(b) = plain_compare(arg, st.peek(2), st.peek(1)) {
                                let target = instrs.get_unchecked(i + 1).arg as usize;
                                let jump = b == (op == Op::COMPARE_OP__POP_JUMP_IF_TRUE);
                                if !jump || target > i + 1 || !crate::signals::interrupt_pending() {
                                    st.discard_plain();
                                    st.discard_plain();
                                    ip = if jump { target } else { i + 2 };
                                    f.lasti = i + 1;
                                    continue;
                                }
                            }
                        }
                        // (No wildcard: see `every_op`.)
                        #[allow(unreachable_patterns)]
                        every_op!() => {}
                    }
                }
                // Everything else: the whole instruction, out of line, on the frame in memory
                // (it finds the instruction at `f.lasti`).
                st.sync(f);
                match self.slow_op(f, code) {
                    Ok(Flow::Next) => {
                        ip = f.ip;
                        st = Top::load(f);
                        fast = f.fast.as_mut_ptr();
                    }
                    // A Python function called with its positional arguments.
                    Ok(Flow::Call(callee)) => {
                        switched!('frame, self.call_here(fb, callers, callee), Flow::Call)
                    }
                    // `send()` or YIELD_FROM resuming a generator.
                    Ok(Flow::Resume(callee)) => {
                        switched!('frame, self.enter_here(fb, callers, callee), Flow::Resume)
                    }
                    Ok(flow) => return Ok(flow),
                    Err(Raise::Error(e)) => return Err((e, false)),
                    Err(Raise::Reraise(e)) => return Err((e, true)),
                }
            }
        }
    }

    /// Puts generator frame `callee`, resumed by the running frame `*fb`, in its place, as
    /// `run_frame` does for `Flow::Resume` (a frame suspended in `yield from` passes the
    /// value on down its chain: `descend`); gives it back when that needs more than a
    /// switch (the recursion limit reached or an exception to throw first): `run_frame`
    /// then does it all.
    #[inline(always)]
    #[allow(clippy::vec_box)]
    fn enter_here(
        &mut self,
        fb: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        callee: Box<Frame>,
    ) -> Result<(), Box<Frame>> {
        if self.depth >= self.recursion_limit || callee.pending_throw.is_some() {
            return Err(callee);
        }
        self.switch_to(fb, callers, callee);
        if fb.yielding_from {
            self.descend(fb, callers);
        }
        Ok(())
    }

    /// Puts the frame of a Python function called by the running frame `*fb` in its
    /// place; gives it back at the recursion limit (`run_frame` raises there).
    #[inline(always)]
    #[allow(clippy::vec_box)]
    fn call_here(
        &mut self,
        fb: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        callee: Box<Frame>,
    ) -> Result<(), Box<Frame>> {
        if self.depth >= self.recursion_limit || self.native_stack_exhausted() {
            return Err(callee);
        }
        self.switch_to(fb, callers, callee);
        Ok(())
    }

    /// Makes `callee` the running frame `*fb`, a recursion level deeper, its caller
    /// waiting on `callers`.
    #[inline(always)]
    #[allow(clippy::vec_box)]
    fn switch_to(
        &mut self,
        fb: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        callee: Box<Frame>,
    ) {
        self.depth += 1;
        push_inline(callers, std::mem::replace(fb, callee));
        push_inline(&mut self.frames, &**fb as *const Frame);
    }

    /// CALL_FUNCTION of a Python function on `argc` positional arguments it takes as they
    /// are (`stack_call`), out of line.
    #[inline(never)]
    fn python_call(&mut self, f: &mut Frame, argc: usize) -> Option<StackCall> {
        let base = f.stack.len() - argc - 1;
        self.stack_call(f, base, base)
    }

    /// RETURN_VALUE of frame `*fb` to a caller that called it or awaits it (`yield from`),
    /// which takes `v` and runs on, as `run_frame` does when a frame finishes. Gives `v`
    /// back for every other case (the base frame, a generator's end of iteration).
    #[inline(always)]
    #[allow(clippy::vec_box)]
    fn return_here(
        &mut self,
        fb: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        v: Value,
    ) -> Result<(), Value> {
        let Some(caller) = callers.last_mut() else {
            return Err(v);
        };
        // The end of a class call (`Vm::init_call`): `run_frame`.
        if fb.init {
            return Err(v);
        }
        let link = match caller
            .resumed
            .take_if(|l| matches!(l.kind, LinkKind::YieldFrom))
        {
            Some(link) => Some(link),
            None if caller.resumed.is_none() => None,
            None => return Err(v),
        };
        self.frames.pop();
        self.depth -= 1;
        let caller = callers.pop().expect("checked above");
        let done = std::mem::replace(fb, caller);
        let outcome: PyResult<()> = Ok(());
        match link {
            // YIELD_FROM's result replaces its delegate.
            Some(link) => {
                self.gen_link_end(link, None);
                self.finish_frame(done, &outcome);
                fb.stack.pop();
            }
            None => self.finish_frame(done, &outcome),
        }
        crate::eval::push(&mut fb.stack, v);
        Ok(())
    }

    /// YIELD_VALUE of generator frame `*fb` to the FOR_ITER or `send()` that resumed it
    /// inline: the caller takes `v` and runs on, as `run_frame` does for `Flow::Yield`.
    /// Gives `v` back for every other case (a `yield from` chain, a native resumer).
    #[inline(always)]
    #[allow(clippy::vec_box)]
    fn yield_here(
        &mut self,
        fb: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        v: Value,
    ) -> Result<(), Value> {
        let Some(caller) = callers.last_mut() else {
            return Err(v);
        };
        let Some(link) = caller
            .resumed
            .take_if(|l| matches!(l.kind, LinkKind::ForIter | LinkKind::Send))
        else {
            return self.yield_through(fb, callers, v);
        };
        self.frames.pop();
        self.depth -= 1;
        let caller = callers.pop().expect("the link's frame");
        let done = std::mem::replace(fb, caller);
        self.depth -= matches!(link.kind, LinkKind::Send) as usize;
        self.gen_link_end(link, Some(done));
        deliver(fb, v);
        Ok(())
    }

    /// A yield of the running frame `*fb` (not taken by `yield_here`), as `run_frame` too
    /// hands it on: a caller suspended in `yield from` on it (directly or over a chain)
    /// yields the value in turn, up to a FOR_ITER or `send()`, which takes it (`Ok`).
    /// Gives `v` back, with `*fb` the frame yielding it by then, when no caller on the
    /// loop waits for it or the one that does was closing it (`run_frame` ends those).
    /// (`run_frame`'s Yield arm keeps its own copy of this loop: calling this one from
    /// there measured +3% instructions on the generator programs, from register
    /// allocation in the loop both are compiled into.)
    #[inline(never)]
    #[allow(clippy::vec_box)]
    fn yield_through(
        &mut self,
        fb: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        v: Value,
    ) -> Result<(), Value> {
        loop {
            let Some(caller) = callers.last_mut() else {
                return Err(v);
            };
            let Some(mut link) = caller
                .resumed
                .take_if(|l| !matches!(l.kind, LinkKind::Close(_)))
            else {
                return Err(v);
            };
            self.frames.pop();
            self.depth -= 1;
            let caller = callers.pop().expect("the link's frame");
            let done = std::mem::replace(fb, caller);
            let kind = std::mem::replace(&mut link.kind, LinkKind::YieldFrom);
            self.depth -= matches!(kind, LinkKind::Send) as usize;
            self.gen_link_end(link, Some(done));
            match kind {
                LinkKind::ForIter | LinkKind::Send => {
                    deliver(fb, v);
                    return Ok(());
                }
                // So do all the levels between.
                LinkKind::Chain(base) => self.release_chain(base),
                _ => {}
            }
            // As YIELD_FROM does when its delegate yields.
            fb.ip -= 1;
            fb.yielding_from = true;
        }
    }

    /// YIELD_FROM's resume of its delegate, when that is a generator or coroutine the
    /// loop can enter (the value sent moves into it); `None` changes nothing.
    #[inline(never)]
    fn yield_from_enter(&mut self, f: &mut Frame) -> Option<Box<Frame>> {
        let v = crate::eval::pop(&mut f.stack);
        match self.yield_from_resume(f, v) {
            Ok(callee) => {
                f.yielding_from = false;
                Some(callee)
            }
            Err(v) => {
                crate::eval::push(&mut f.stack, v);
                None
            }
        }
    }

    /// The native function of a method call `m(obj, ...)` when `m` is a built-in type's
    /// method that applies to `obj` (generators' and coroutines' own methods excepted:
    /// `send()` may resume inline, in `execute`).
    #[inline(always)]
    fn method_native(&self, m: &Value, obj: &Value) -> Option<NativeFn> {
        let Some(Payload::MethodDescr(d)) = m.payload() else {
            return None;
        };
        let ok = d.kind == DescrKind::Method
            && !Rc::ptr_eq(&d.owner, &self.types.generator)
            && !Rc::ptr_eq(&d.owner, &self.types.coroutine)
            && self.isinstance_type(obj, &d.owner);
        ok.then_some(d.func)
    }

    /// Whether GET_AWAITABLE leaves `v` as it is: a coroutine that is not suspended in an
    /// `await` of its own (`Vm::get_awaitable`'s first case).
    #[inline(always)]
    fn plain_awaitable(&self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Generator(g)) => g.kind == GenKind::Coroutine && !g.awaiting(),
            _ => false,
        }
    }

    /// Whether `m` is a method of generators or coroutines (`send` may resume inline).
    #[inline(always)]
    fn is_gen_method(&self, m: &Value) -> bool {
        match m.payload() {
            Some(Payload::MethodDescr(d)) => {
                Rc::ptr_eq(&d.owner, &self.types.generator)
                    || Rc::ptr_eq(&d.owner, &self.types.coroutine)
            }
            _ => false,
        }
    }

    /// Calls native `func` on the stack's values from `from` up, then replaces them and
    /// everything down to `base` with the result (as `call_from_stack` does). On an error
    /// the stack stays as it was, for the handler to unwind.
    #[inline(never)]
    fn native_call_on_stack(
        &mut self,
        f: &mut Frame,
        func: NativeFn,
        from: usize,
        base: usize,
    ) -> PyResult<()> {
        let r = self.call_native(func, &f.stack[from..], &[])?;
        f.stack.truncate(base);
        crate::eval::push(&mut f.stack, r);
        Ok(())
    }

    /// The instruction at `f.lasti`, which the hot loop left (a superinstruction runs its
    /// first half alone); leaves `f.ip` at the next one to run.
    #[inline(never)]
    fn slow_op(&mut self, f: &mut Frame, code: &Code) -> Result<Flow, Raise> {
        let i = f.lasti;
        let Instr { op, arg } = code.instrs[i];
        let mut ip = i + 1;
        let r = self.execute(f, &mut ip, code, op.first_half(), arg);
        f.ip = ip;
        r
    }
}
