//! Compile-time errors (SyntaxError and friends) with the location CPython reports.

/// The exception class CPython raises for the error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A compile error located as CPython's SyntaxError is: 1-based line, 1-based column
/// offset in characters of the line (`offset`), optional end position.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{}: {msg} ({filename}, line {lineno})", kind.name())]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: usize,
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: usize,
    /// The source line, as CPython stores it in `SyntaxError.text`.
    pub text: Option<String>,
}
