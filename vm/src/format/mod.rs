//! Python 3.10's value formatting on plain Rust values: the format-specification
//! mini-language (`format()`, f-strings, `str.format`) for int, float and str, and one
//! printf-style `%` conversion. Results are CPython's text or CPython's exception.
//!
//! Unknown presentation types: CPython's message names the value's type ("Unknown format
//! code 'x' for object of type 'float'"), which may be a subclass; so each formatter takes
//! a `type_name` and uses it only in that message.

mod complex;
mod float;
mod fromhex;
mod int;
mod layout;
mod percent;
mod spec;
mod string;

#[cfg(test)]
mod tests;

pub use complex::format_complex;
pub use float::format_float;
pub use fromhex::float_fromhex;
pub use int::{format_int, int_to_f64};
pub use percent::{parse_percent_spec, percent_format, reject_b, PercentArg, PercentSpec};
pub use spec::{parse_spec, FormatSpec, Grouping};
pub use string::format_str;

/// A Python exception: its class name (`ValueError`, `OverflowError`, ...) and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub class: &'static str,
    pub msg: String,
}

impl FormatError {
    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FormatError {
            class: "ValueError",
            msg: msg.into(),
        }
    }

    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        FormatError {
            class: "OverflowError",
            msg: msg.into(),
        }
    }

    pub(crate) fn type_error(msg: impl Into<String>) -> Self {
        FormatError {
            class: "TypeError",
            msg: msg.into(),
        }
    }

    pub(crate) fn memory() -> Self {
        FormatError {
            class: "MemoryError",
            msg: String::new(),
        }
    }

    /// "Unknown format code 'x' for object of type 'float'".
    pub(crate) fn unknown_code(code: char, type_name: &str) -> Self {
        FormatError::value(format!(
            "Unknown format code {} for object of type '{}'",
            spec::quote_code(code),
            type_name
        ))
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.class, self.msg)
    }
}

impl std::error::Error for FormatError {}
