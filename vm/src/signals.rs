//! Ctrl-C: a SIGINT handler that only sets a flag, which the eval loop turns into
//! KeyboardInterrupt at the next instruction (as CPython's eval breaker does).

use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the signal handler (any thread may receive the signal, so not thread-local).
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Whether Ctrl-C was pressed and not yet taken (leaves the flag).
#[inline(always)]
pub fn interrupt_pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Whether Ctrl-C was pressed since the last call (clears the flag).
#[inline]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

#[cfg(unix)]
mod imp {
    use super::*;

    const SIGINT: i32 = 2;

    extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }

    extern "C" fn on_sigint(_: i32) {
        // Only an atomic store: nothing else is async-signal-safe here.
        INTERRUPTED.store(true, Ordering::Relaxed);
    }

    pub fn install() {
        // SAFETY: `signal` with a handler that only performs an atomic store.
        unsafe {
            signal(SIGINT, on_sigint as extern "C" fn(i32) as usize);
        }
    }
}

#[cfg(not(unix))]
mod imp {
    pub fn install() {}
}

/// Installs the SIGINT handler (scripts then see KeyboardInterrupt on Ctrl-C).
pub fn install_sigint_handler() {
    imp::install();
}
