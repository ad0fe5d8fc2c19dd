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
use rustpython_parser::ast::{self, Ranged};
use tokens::When;

/// Decodes source bytes as CPython does before tokenizing.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    decode::decode_source(bytes, filename)
}

/// Parses source text into a module (or expression, for `Mode::Eval`).
///
/// Files and `exec` strings are read as CPython reads them, with a newline ending the last
/// line; `eval` and `single` strings as they are, which changes some errors' locations.
pub fn parse(source: &str, mode: Mode, filename: &str) -> Result<ast::Mod, CompileError> {
    parse_inner(source, mode, filename, mode == Mode::Exec).map_err(|f| f.error)
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
        let mut error = lines.error(err.kind, &err.msg, filename, err);
        // CPython takes the text of an unclosed bracket's line from the tokenizer's buffer
        // (with its newline) only when the tokenizer stopped on that line.
        if err.when == When::UnclosedAtEof && err.line < lines.last_line() {
            strip_newline(&mut error);
        }
        Failure {
            error,
            from_tokenizer,
        }
    }
}

/// The error of a source fragment (an f-string field's expression), if any.
fn parse_fragment(text: &str, filename: &str) -> Option<(CompileError, bool)> {
    // CPython gives the fragment's text with a newline.
    let f = parse_inner(text, Mode::Eval, filename, true).err()?;
    Some((f.error, f.from_tokenizer))
}

/// Parses `source`; `newline_added` says whether CPython's tokenizer ends its last line with
/// a newline (files, `exec` strings, f-string fields) or reads it as it is.
fn parse_inner(
    source: &str,
    mode: Mode,
    filename: &str,
    newline_added: bool,
) -> Result<ast::Mod, Failure> {
    let lines = Lines::for_input(source, newline_added);
    parse_lines(source, mode, filename, &lines).map_err(|mut f| {
        // CPython's tokenizer gives its errors the line's text without the newline.
        if f.from_tokenizer {
            strip_newline(&mut f.error);
        }
        f
    })
}

fn strip_newline(e: &mut CompileError) {
    if let Some(text) = &mut e.text {
        if text.ends_with('\n') {
            text.pop();
        }
    }
}

fn parse_lines(
    source: &str,
    mode: Mode,
    filename: &str,
    lines: &Lines,
) -> Result<ast::Mod, Failure> {
    let scan = tokens::scan(source);
    let exec = mode == Mode::Exec;
    if let Some(err) = &scan.error {
        if err.when == When::Eager {
            if !exec {
                return Err(Failure::scan(err, lines, filename));
            }
            let (error, from_tokenizer) = order::tokenizer_error(source, err, lines, filename);
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
    let diag = diagnose::Diagnoser::new(source, &scan.tokens, lines, filename);
    let failure = match (parsed, &scan.error) {
        (Ok(module), None) => {
            let error = rejected(&diag, &module, true)
                .or_else(|| extra_single_statement(&module, source, lines, filename));
            return match error {
                Some(e) => Err(Failure::parser(e)),
                None => Ok(module),
            };
        }
        (Ok(_), Some(err)) => Failure::scan(err, lines, filename),
        (Err(perr), scan_err) => {
            let at = perr.offset.to_usize();
            let explained = diag.explain(&perr);
            match scan_err {
                Some(err) if scan_error_wins(err, at, &diag, &explained) => {
                    Failure::scan(err, lines, filename)
                }
                _ => Failure::parser(explained),
            }
        }
    };
    let line = failure.error.lineno;
    if !exec || line == 0 {
        return Err(failure);
    }
    match order::invalid_statement_before(source, &scan.tokens, lines, line, filename) {
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

/// `single` mode takes one statement: one compound statement, or simple statements on
/// one logical line. What follows is CPython's "multiple statements" error (at the end of
/// the first line), or "invalid syntax" at the first token after a compound statement.
fn extra_single_statement(
    module: &ast::Mod,
    source: &str,
    lines: &Lines,
    filename: &str,
) -> Option<CompileError> {
    let ast::Mod::Interactive(m) = module else {
        return None;
    };
    let (first, rest) = m.body.split_first()?;
    let compound = !matches!(
        first,
        ast::Stmt::Expr(_)
            | ast::Stmt::Assign(_)
            | ast::Stmt::AugAssign(_)
            | ast::Stmt::AnnAssign(_)
            | ast::Stmt::Pass(_)
            | ast::Stmt::Break(_)
            | ast::Stmt::Continue(_)
            | ast::Stmt::Return(_)
            | ast::Stmt::Raise(_)
            | ast::Stmt::Global(_)
            | ast::Stmt::Nonlocal(_)
            | ast::Stmt::Import(_)
            | ast::Stmt::ImportFrom(_)
            | ast::Stmt::Assert(_)
            | ast::Stmt::Delete(_)
    );
    let mut prev_end = first.end().to_usize();
    for s in rest {
        let start = s.start().to_usize();
        if compound {
            // The first token: a name or number, else one character.
            let rest = &source[start..];
            let word: usize = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .map(char::len_utf8)
                .sum();
            let len = word.max(rest.chars().next().map_or(1, char::len_utf8));
            return Some(lines.span(
                ErrorKind::SyntaxError,
                "invalid syntax",
                filename,
                start,
                start + len,
            ));
        }
        if lines.line_of(start) != lines.line_of(prev_end) {
            let msg = "multiple statements found while compiling a single statement";
            let mut e = lines.span(ErrorKind::SyntaxError, msg, filename, prev_end, prev_end);
            e.end_offset = e.offset; // an empty range there, as CPython reports it
            return Some(e);
        }
        prev_end = s.end().to_usize();
    }
    None
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
    diag: &diagnose::Diagnoser,
    parse_err: &CompileError,
) -> bool {
    match err.when {
        When::Eager => true,
        When::Lazy => err.pos <= parse_at,
        // CPython names the bracket when its parser reads to the end of input (failing
        // there, or looking ahead while explaining the error), or when the parse error lies
        // on a later line than the bracket.
        When::UnclosedAtEof => {
            let failed_at_eof = diag.tokens.iter().all(|t| t.start < parse_at);
            if diag.looked_to_eof() || failed_at_eof {
                true
            } else if parse_err.msg.starts_with("invalid syntax. Perhaps") {
                false
            } else {
                parse_at >= err.pos && diag.lines.line_of(parse_at) > err.line
            }
        }
    }
}

/// The source with its line index, for CPython-style locations and `SyntaxError.text`.
pub(crate) struct Lines<'a> {
    src: &'a str,
    index: LineIndex,
    /// Whether CPython's tokenizer ends the last line with a newline the source may lack:
    /// it does for files and `exec` mode, not for `eval`/`single` strings.
    newline_added: bool,
}

impl<'a> Lines<'a> {
    /// Lines of a file (or `exec` source), whose last line CPython ends with a newline.
    pub(crate) fn new(src: &'a str) -> Self {
        Self::for_input(src, true)
    }

    pub(crate) fn for_input(src: &'a str, newline_added: bool) -> Self {
        Lines {
            src,
            index: LineIndex::new(src),
            newline_added,
        }
    }

    /// Whether the last line is read with a newline CPython's tokenizer adds.
    pub(crate) fn newline_added(&self) -> bool {
        self.newline_added
    }

    /// Whether the source ends with a line break.
    pub(crate) fn ends_with_newline(&self) -> bool {
        self.src.ends_with(['\n', '\r'])
    }

    /// `SyntaxError.text` of a line as CPython's parser gives it: with its newline, which
    /// the last line of an `eval` string may not have.
    pub(crate) fn stored_text(&self, line: usize) -> String {
        let text = self.text(line);
        if line < self.index.line_count() || self.newline_added {
            format!("{text}\n")
        } else {
            text.to_string()
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
        let text = Some(self.stored_text(line));
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
