//! Python 3.10's numeric semantics on plain Rust values, shared by the constant folder
//! (`ast_opt`) and the VM. Ints are `num_bigint::BigInt`, floats `f64`, complex numbers
//! `(re, im)` pairs. Every operation that CPython can make raise returns
//! `Result<_, NumError>`, whose `class` and `msg` are the exception CPython 3.10.2 raises
//! (`str(exc)` for the message). The constant folder treats any error as "do not fold".
//!
//! API (all re-exported here):
//! * [`int`]: `int_floordiv`, `int_mod`, `int_divmod`, `int_true_div`, `int_pow` (a negative
//!   exponent gives a float), `int_pow_mod` (3-argument `pow`), `int_lshift`, `int_rshift`,
//!   `int_and`/`int_or`/`int_xor`/`int_invert`, and i64 fast paths (`i64_add`, `i64_sub`,
//!   `i64_mul`, `i64_floordiv`, `i64_mod`, `i64_pow`, `i64_lshift`, `i64_rshift`) that return
//!   `None` when the caller must fall back to the BigInt version (overflow, or an error case).
//! * [`convert`]: `int_to_float` (correctly rounded), `float_to_int` (truncating, as `int(x)`),
//!   `ldexp`.
//! * [`float`]: `float_div`, `float_floordiv`, `float_mod`, `float_divmod`, `float_pow` (a
//!   negative base with a fractional exponent gives a complex), `float_is_integer`,
//!   `float_as_integer_ratio`.
//! * [`complex`]: `complex_mul`, `complex_div`, `complex_pow`.
//! * [`round`]: `round_float_to_int` (`round(x)`), `round_float` (`round(x, n)`),
//!   `round_int` (`round(i, n)`).
//! * [`parse`]: `int_from_str`/`int_from_bytes` (`int(s, base)`), `float_from_str`/
//!   `float_from_bytes` (`float(s)`).
//! * [`radix`]: `int_bin`, `int_oct`, `int_hex` (`bin()`, `oct()`, `hex()`).
//! * [`hash`]: `hash_int`, `hash_float`, `hash_complex` as 64-bit CPython computes them.
//!
//! Sizes: CPython has no fixed limit on ints; here results estimated above [`MAX_INT_BITS`]
//! fail with `MemoryError` instead of exhausting memory.

pub mod complex;
pub mod convert;
pub mod float;
pub mod hash;
pub mod int;
pub mod parse;
pub mod radix;
pub mod round;
mod unicode_digits;

#[cfg(test)]
mod tests;

pub use complex::*;
pub use convert::*;
pub use float::*;
pub use hash::*;
pub use int::*;
pub use parse::*;
pub use radix::*;
pub use round::*;

use num_bigint::BigInt;
use std::fmt;

/// The largest int (in bits) an operation may build before failing with `MemoryError`.
pub const MAX_INT_BITS: u64 = 1 << 32;

/// A Python exception raised by a numeric operation: its class name and `str()` message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    pub class: &'static str,
    pub msg: String,
}

pub type NumResult<T> = Result<T, NumError>;

impl NumError {
    pub fn new(class: &'static str, msg: impl Into<String>) -> Self {
        NumError {
            class,
            msg: msg.into(),
        }
    }

    pub fn zero_division(msg: impl Into<String>) -> Self {
        Self::new("ZeroDivisionError", msg)
    }

    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new("OverflowError", msg)
    }

    pub fn value(msg: impl Into<String>) -> Self {
        Self::new("ValueError", msg)
    }

    pub fn memory() -> Self {
        Self::new("MemoryError", "")
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.class)
        } else {
            write!(f, "{}: {}", self.class, self.msg)
        }
    }
}

impl std::error::Error for NumError {}

/// A Python number after the usual coercion (bool already turned into int).
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// A complex number as `(real, imag)`.
pub type Complex = (f64, f64);
