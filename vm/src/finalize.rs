//! Finalizers of objects that died: `__del__` methods, generators that died suspended
//! (closed, or "never awaited" reported), async generators handed to their finalizer
//! hook. Python code never runs inside a Rust `Drop`, so a dying object is queued here
//! and the eval loop runs the queue before its next instruction, as if CPython's
//! reference count had dropped to zero right there. One queue keeps CPython's order:
//! objects are finalized in the order they died, and what dies while one of them is
//! finalized goes first (CPython finalizes it from inside the first one's deallocation).

use crate::object::Object;
use crate::types::generator::{GenObject, Orphan};
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// An object waiting for its finalizer.
pub(crate) enum Dying {
    /// An instance whose class defines `__del__`, resurrected for the call.
    Del(Rc<Object>),
    /// A generator or coroutine that died suspended (or a coroutine never started).
    Orphan(Orphan),
    /// An unfinished async generator whose finalizer hook is set.
    AsyncGen(GenObject),
}

thread_local! {
    static QUEUE: RefCell<Vec<Dying>> = const { RefCell::new(Vec::new()) };
    /// Set when the queue is not empty: the eval loop checks this before each instruction.
    pub static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Queues `d`; false past the end of the thread (values dropped with the interpreter),
/// when nothing can run any more.
pub(crate) fn queue(d: Dying) -> bool {
    let queued = QUEUE.try_with(|q| q.borrow_mut().push(d)).is_ok();
    if queued {
        let _ = PENDING.try_with(|p| p.set(true));
    }
    queued
}

/// Whether finalizers are waiting.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

impl Vm {
    /// Runs the finalizers of everything that died since the last check.
    pub fn run_finalizers(&mut self) {
        PENDING.with(|p| p.set(false));
        let mut work = VecDeque::new();
        loop {
            let new = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
            for d in new.into_iter().rev() {
                work.push_front(d);
            }
            let Some(d) = work.pop_front() else {
                break;
            };
            match d {
                Dying::Del(o) => self.call_del(o),
                Dying::Orphan(o) => self.finalize_orphan(o),
                Dying::AsyncGen(g) => crate::types::asyncgen::finalize_async_gen(self, g),
            }
        }
        // (Set again by what died along the way, all of which has run.)
        PENDING.with(|p| p.set(false));
    }
}
