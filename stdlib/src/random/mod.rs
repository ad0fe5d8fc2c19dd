//! The core of CPython 3.10's `random` module: the MT19937 generator of `_randommodule.c`
//! and the `random.py` algorithms built on it, producing CPython's exact sequences.
//!
//! Works on plain Rust types; functions that pick elements return indices (or act on a
//! slice) so the VM can apply them to any sequence.

mod bits;
mod dist;
mod ints;
mod mt;
mod seed;
#[cfg(test)]
mod tests;

pub use seed::State;

use mt::Mt19937;
use std::fmt;

/// A Python exception raised by a `random` method: its class name and `str()` message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RandomError {
    pub class: &'static str,
    pub msg: String,
}

pub type RandomResult<T> = Result<T, RandomError>;

impl RandomError {
    fn new(class: &'static str, msg: impl Into<String>) -> Self {
        RandomError {
            class,
            msg: msg.into(),
        }
    }

    fn value(msg: impl Into<String>) -> Self {
        Self::new("ValueError", msg)
    }

    fn float_division() -> Self {
        Self::new("ZeroDivisionError", "float division by zero")
    }
}

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class, self.msg)
    }
}

/// `random.Random`: the Mersenne Twister state plus `gauss()`'s cached second value.
#[derive(Clone)]
pub struct Random {
    mt: Mt19937,
    gauss_next: Option<f64>,
}

impl Default for Random {
    /// A generator seeded from OS entropy, as `random.Random()` is.
    fn default() -> Self {
        let mut r = Random {
            mt: Mt19937::new(),
            gauss_next: None,
        };
        r.seed_none();
        r
    }
}
