//! `yield from` chains. A generator resumed while suspended in `yield from`/`await` on
//! another generator passes the value sent straight down to the innermost one that does
//! anything else, and what that one yields goes straight back up. CPython runs every level
//! each time (each YIELD_FROM sends, then yields in turn). Here the levels between stay
//! suspended where they are, marked running and counted on the recursion depth and the
//! frame stack as CPython's are while the innermost runs, so a step through a chain of n
//! generators costs a few instructions per level instead of two frame switches. A level
//! comes back onto the loop's frame stack only when the one it delegates to finishes
//! (returns or raises: `unfold_chain`).

use super::{pop, push_inline, Frame, GenLink, LinkKind, Op};
use crate::object::{Object, Payload, Value};
use crate::types::generator::{resumable_inline, Entry, GenObject};
use crate::Vm;
use std::rc::Rc;

/// Whether `f` is suspended in a YIELD_FROM that runs again first thing when resumed, and
/// nothing is to be thrown in.
#[inline(always)]
fn at_yield_from(f: &Frame) -> bool {
    f.yielding_from
        && f.pending_throw.is_none()
        && f.code.instrs.get(f.ip).map(|i| i.op) == Some(Op::YIELD_FROM)
}

/// Whether delegate `o` is a generator the loop can enter with the value sent (one not
/// started yet takes only None: otherwise its `send` raises, in `execute`).
#[inline(always)]
fn enterable(o: &Rc<Object>, sent_none: bool) -> bool {
    resumable_inline(o, false).is_some_and(|g| sent_none || g.started.get())
}

/// The generator of a chain's level.
///
/// # Safety
/// `o` is alive and a generator (`enterable`): a level of a chain being resumed or
/// released (see `Vm::skipped`).
#[inline(always)]
unsafe fn gen_at<'a>(o: *const Object) -> &'a GenObject {
    match &(*o).payload {
        Payload::Generator(g) => g,
        _ => std::hint::unreachable_unchecked(),
    }
}

/// What generator `g` passes a value sent on to, when it is a level of a chain: suspended
/// in a YIELD_FROM on a generator the loop can enter, with no exception state of its own
/// to swap in (which only a frame switch does).
#[inline(always)]
fn passed_to(g: &GenObject, sent_none: bool) -> Option<*const Object> {
    // SAFETY: nothing holds a mutable borrow of a suspended generator's state while the
    // loop resumes (no Python code runs); the reads end before anything else runs.
    let (exc, frame) = unsafe { (&*g.exc_state.as_ptr(), &*g.frame.as_ptr()) };
    let fr = frame.as_deref()?;
    // A suspended frame has nothing to throw in (that is taken as it starts), and one
    // suspended in `yield from` is at its YIELD_FROM (it yielded from there).
    debug_assert!(!fr.yielding_from || at_yield_from(fr));
    if !exc.is_none() || !fr.yielding_from {
        return None;
    }
    match fr.stack.last() {
        Some(Value::Obj(d)) if enterable(d, sent_none) => Some(Rc::as_ptr(d)),
        _ => None,
    }
}

impl Vm {
    /// Frame `f`, just resumed in its YIELD_FROM (the value sent on its stack, above the
    /// delegate), runs its delegate's frame instead, or the innermost frame of the chain
    /// below it that is not itself passing a value on; that frame is given back to run,
    /// `f` waits on `callers`. Leaves `f` as it was when its delegate cannot be entered
    /// here: its YIELD_FROM then runs in `dispatch` as usual.
    /// (The frame moves in and out by value: a reference to `run_frame`'s `f` would keep
    /// that variable out of a register for the whole loop.)
    #[inline(never)]
    #[allow(clippy::vec_box)] // `run_frame`'s stack: frames must not move (`Vm::frames`).
    pub(super) fn resume_delegates(
        &mut self,
        mut f: Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
    ) -> Box<Frame> {
        self.descend(&mut f, callers);
        f
    }

    /// `resume_delegates` on the running frame `*f` (the hot loop's).
    #[inline(never)]
    #[allow(clippy::vec_box)]
    pub(super) fn descend(&mut self, f: &mut Box<Frame>, callers: &mut Vec<Box<Frame>>) {
        let n = f.stack.len();
        if !at_yield_from(f) || n < 2 || self.depth >= self.recursion_limit {
            return;
        }
        let sent_none = f.stack[n - 1].is_none();
        let first = match &f.stack[n - 2] {
            Value::Obj(o) if enterable(o, sent_none) => Rc::as_ptr(o),
            _ => return,
        };
        let base = self.skipped.len();
        // Each level skipped puts the one it delegates to a level deeper.
        let room = self.recursion_limit - self.depth - 1;
        // SAFETY: `first` is on `f`'s stack, each level on the stack of the one before.
        let (inner, levels) = unsafe { self.skip_levels(first, sent_none, room) };
        let kind = if levels == 0 {
            LinkKind::YieldFrom
        } else {
            LinkKind::Chain(base)
        };
        // SAFETY: as above; the link takes a reference of its own.
        let inner = unsafe {
            Rc::increment_strong_count(inner);
            Rc::from_raw(inner)
        };
        let i = f.ip;
        let sent = pop(&mut f.stack);
        let callee = self.enter_inline(f, inner, Entry::Send(sent), kind);
        f.yielding_from = false;
        f.lasti = i;
        f.ip = i + 1;
        self.depth += 1 + levels;
        push_inline(callers, std::mem::replace(f, callee));
        push_inline(&mut self.frames, &**f as *const Frame);
    }

    /// Walks down from `inner` while it only passes the value sent on (at most `room`
    /// levels), marking each level passed running, on the frame stack and on `skipped`;
    /// gives the generator to run and the number of levels skipped.
    ///
    /// # Safety
    /// `inner` is alive, owned by the frame resuming the chain.
    #[inline(always)]
    unsafe fn skip_levels(
        &mut self,
        mut inner: *const Object,
        sent_none: bool,
        room: usize,
    ) -> (*const Object, usize) {
        let mut levels = 0;
        while levels < room {
            let g = gen_at(inner);
            let Some(next) = passed_to(g, sent_none) else {
                break;
            };
            g.running.set(true);
            push_inline(&mut self.frames, g.frame_addr);
            push_inline(&mut self.skipped, inner);
            inner = next;
            levels += 1;
        }
        (inner, levels)
    }

    /// The innermost of a chain yielded: the levels it skipped (`skipped[base..]`) are
    /// suspended again, as they were.
    pub(super) fn release_chain(&mut self, base: usize) {
        let n = self.skipped.len() - base;
        for &o in &self.skipped[base..] {
            // SAFETY: the chain's levels are alive until released (`Vm::skipped`).
            unsafe { gen_at(o) }.running.set(false);
        }
        self.skipped.truncate(base);
        self.frames.truncate(self.frames.len() - n);
        self.depth -= n;
    }

    /// The innermost of a chain finished, and `f` is the chain's head, just taken off
    /// `callers`: the innermost level skipped, whose YIELD_FROM takes that outcome,
    /// becomes `f` instead (already running, counted and on the frame stack), with the
    /// head back on `callers` linked to it (still over a chain, if more levels are left).
    #[allow(clippy::vec_box)]
    pub(super) fn unfold_chain(
        &mut self,
        f: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        caller_exc: &Value,
        base: usize,
    ) {
        let p = self.skipped.pop().expect("a chain skips a level");
        // SAFETY: alive until unfolded (`Vm::skipped`); the link takes a reference.
        let o = unsafe {
            Rc::increment_strong_count(p);
            Rc::from_raw(p)
        };
        let mut frame = unsafe { gen_at(p) }
            .frame
            .borrow_mut()
            .take()
            .expect("a skipped level keeps its frame");
        // As its YIELD_FROM after resuming the delegate: past it, the delegate on top;
        // entered, as the innermost was, with the caller's exception state below.
        frame.exc_base = caller_exc.clone();
        frame.yielding_from = false;
        frame.lasti = frame.ip;
        frame.ip += 1;
        let kind = if self.skipped.len() > base {
            LinkKind::Chain(base)
        } else {
            LinkKind::YieldFrom
        };
        let mut head = std::mem::replace(f, frame);
        head.resumed = Some(GenLink {
            gen: o,
            caller_exc: caller_exc.clone(),
            kind,
        });
        callers.push(head);
    }
}
