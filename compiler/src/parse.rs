//! Source text to AST: decoding (PEP 263), rustpython-parser, and CPython 3.10's SyntaxError
//! messages and locations.
//!
//! rustpython-parser's errors say little, so a tokenizer modelled on CPython's (`tokens`)
//! finds the errors CPython's tokenizer reports, `diagnose` explains parse failures from the
//! tokens around them, and `validate` rejects what the parser accepts but CPython 3.10 does not.

mod decode;
mod diagnose;
mod escapes;
mod fstring;
mod hints;
mod order;
mod tokens;

use crate::error::{CompileError, ErrorKind};
use crate::source::LineIndex;
use crate::Mode;
use rustpython_parser::ast;
use tokens::When;

/// Decodes source bytes as CPython does before tokenizing.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    decode::decode_source(bytes, filename)
}

/// Parses source text into a module (or expression, for `Mode::Eval`).
pub fn parse(source: &str, mode: Mode, filename: &str) -> Result<ast::Mod, CompileError> {
    parse_inner(source, mode, filename).map_err(|f| f.error)
}

/// A parse failure, and whether CPython's tokenizer (rather than its parser) raised it.
struct Failure {
    error: CompileError,
    from_tokenizer: bool,
}

impl Failure {
    fn parser(error: CompileError) -> Self {
        Failure {
            error,
            from_tokenizer: false,
        }
    }

    fn scan(err: &tokens::ScanError, lines: &Lines, filename: &str) -> Self {
        // The parser, not the tokenizer, reports these two.
        let from_tokenizer = err.when != When::UnclosedAtEof && err.msg != "invalid syntax";
        Failure {
            error: lines.error(err.kind, &err.msg, filename, err),
            from_tokenizer,
        }
    }
}

/// The error of a source fragment (an f-string field's expression), if any.
fn parse_fragment(text: &str, filename: &str) -> Option<(CompileError, bool)> {
    let f = parse_inner(text, Mode::Eval, filename).err()?;
    Some((f.error, f.from_tokenizer))
}

fn parse_inner(source: &str, mode: Mode, filename: &str) -> Result<ast::Mod, Failure> {
    let scan = tokens::scan(source);
    let lines = Lines::new(source);
    let exec = mode == Mode::Exec;
    if let Some(err) = &scan.error {
        if err.when == When::Eager {
            if !exec {
                return Err(Failure::scan(err, &lines, filename));
            }
            let (error, from_tokenizer) = order::tokenizer_error(source, err, &lines, filename);
            return Err(Failure {
                error,
                from_tokenizer,
            });
        }
    }
    let pmode = match mode {
        Mode::Exec => rustpython_parser::Mode::Module,
        Mode::Eval => rustpython_parser::Mode::Expression,
        Mode::Single => rustpython_parser::Mode::Interactive,
    };
    let parsed = rustpython_parser::parse(source, pmode, filename);
    let diag = diagnose::Diagnoser::new(source, &scan.tokens, &lines, filename);
    let failure = match (parsed, &scan.error) {
        (Ok(module), None) => {
            return match rejected(&diag, &module, true) {
                Some(e) => Err(Failure::parser(e)),
                None => Ok(module),
            };
        }
        (Ok(_), Some(err)) => Failure::scan(err, &lines, filename),
        (Err(perr), scan_err) => {
            let at = perr.offset.to_usize();
            let explained = diag.explain(&perr);
            match scan_err {
                Some(err) if scan_error_wins(err, at, &lines, &explained, diag.looked_to_eof()) => {
                    Failure::scan(err, &lines, filename)
                }
                _ => Failure::parser(explained),
            }
        }
    };
    let line = failure.error.lineno;
    if !exec || line == 0 {
        return Err(failure);
    }
    match order::invalid_statement_before(source, &scan.tokens, &lines, line, filename) {
        Some(e) => Err(Failure::parser(e)),
        None => Err(failure),
    }
}

/// The first error CPython reports in a module rustpython-parser accepted: f-strings it
/// rejects, invalid syntax `validate` finds, and (with `future`) the `__future__` checks.
fn rejected(diag: &diagnose::Diagnoser, module: &ast::Mod, future: bool) -> Option<CompileError> {
    let fstring = diag.fstring_error(diag.tokens.len(), false);
    let (src, lines, filename) = (diag.src, diag.lines, diag.filename);
    let syntax = crate::validate::check_syntax(module, src, lines, filename).err();
    let first = match (syntax, fstring) {
        (Some(v), Some(f)) => Some(earlier(v, f)),
        (v, f) => v.or(f),
    };
    if first.is_some() || !future {
        return first;
    }
    crate::validate::check(module, src, lines, filename).err()
}

/// The error CPython meets first of two found by separate checks.
fn earlier(a: CompileError, b: CompileError) -> CompileError {
    if (b.lineno, b.offset) < (a.lineno, a.offset) {
        b
    } else {
        a
    }
}

/// Whether a tokenizer error the parser reaches lazily comes before the parse error.
fn scan_error_wins(
    err: &tokens::ScanError,
    parse_at: usize,
    lines: &Lines,
    parse_err: &CompileError,
    looked_to_eof: bool,
) -> bool {
    match err.when {
        When::Eager => true,
        When::Lazy => err.pos <= parse_at,
        // CPython names the bracket when the parse error lies on a later line, or when
        // explaining the error made its parser look ahead to the end of input.
        When::UnclosedAtEof => {
            if parse_err.msg.starts_with("invalid syntax. Perhaps") {
                looked_to_eof
            } else {
                parse_at >= err.pos && lines.line_of(parse_at) > err.line
            }
        }
    }
}

/// The source with its line index, for CPython-style locations and `SyntaxError.text`.
pub(crate) struct Lines<'a> {
    src: &'a str,
    index: LineIndex,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        Lines {
            src,
            index: LineIndex::new(src),
        }
    }

    /// 1-based line of a byte position.
    pub(crate) fn line_of(&self, pos: usize) -> usize {
        self.index.line(pos as u32)
    }

    /// The text of a 1-based line without its line break.
    pub(crate) fn text(&self, line: usize) -> &'a str {
        if line == 0 || line > self.index.line_count() {
            return "";
        }
        let start = self.index.line_start(line);
        let end = if line < self.index.line_count() {
            self.index.line_start(line + 1)
        } else {
            self.src.len()
        };
        self.src[start..end].trim_end_matches(['\n', '\r'])
    }

    /// 0-based character column of a byte position.
    pub(crate) fn col_of(&self, pos: usize) -> usize {
        let start = self.index.line_start(self.line_of(pos));
        self.src.get(start..pos).map_or(0, |s| s.chars().count())
    }

    /// The number of the last line holding any text (CPython's line at end of input).
    pub(crate) fn last_line(&self) -> usize {
        let n = self.index.line_count();
        if n > 1 && self.index.line_start(n) == self.src.len() {
            n - 1
        } else {
            n
        }
    }

    pub(super) fn error(
        &self,
        kind: ErrorKind,
        msg: &str,
        filename: &str,
        e: &tokens::ScanError,
    ) -> CompileError {
        self.make(kind, msg, filename, e.line, e.offset, e.end_offset)
    }

    /// An error on one line with 1-based character offsets; the line's text is attached.
    pub(crate) fn make(
        &self,
        kind: ErrorKind,
        msg: &str,
        filename: &str,
        line: usize,
        offset: usize,
        end_offset: usize,
    ) -> CompileError {
        let text = Some(format!("{}\n", self.text(line)));
        CompileError::new(
            kind,
            msg,
            filename,
            (line, offset),
            (line, end_offset),
            text,
        )
    }

    /// An error spanning byte positions `start..end` (clipped to the first line).
    pub(crate) fn span(
        &self,
        kind: ErrorKind,
        msg: &str,
        filename: &str,
        start: usize,
        end: usize,
    ) -> CompileError {
        let line = self.line_of(start);
        let col = self.col_of(start);
        let end_line = self.line_of(end);
        if end_line != line {
            // CPython keeps the end column of the last line; the caret line then may be empty.
            let mut e = self.make(kind, msg, filename, line, col + 1, self.col_of(end) + 1);
            e.end_lineno = end_line;
            return e;
        }
        let end_col = self.col_of(end);
        self.make(kind, msg, filename, line, col + 1, end_col.max(col + 1) + 1)
    }
}

#[cfg(test)]
mod tests;
