//! Which of several errors CPython 3.10 reports. Its parser reads tokens lazily and stops at
//! the first statement its grammar rejects, so an invalid statement before a tokenizer error
//! (or before the statement rustpython-parser stops at) is what it reports.

use super::diagnose::Diagnoser;
use super::tokens::{self, Kind, ScanError, Token, When};
use super::Lines;
use crate::error::{CompileError, ErrorKind};
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::ParseErrorType;

/// What CPython reports for a tokenizer error `err` met while parsing `source`: a specific
/// error of the parser's before it, the tokenizer's own, or an unclosed bracket.
pub(super) fn tokenizer_error(
    source: &str,
    err: &ScanError,
    lines: &Lines,
    filename: &str,
) -> (CompileError, bool) {
    let own = lines.error(err.kind, &err.msg, filename, err);
    // The parser meets the error at its token; it may fail earlier on the same line.
    let cut = err.token_start.min(source.len());
    let Some(mut before) = parse_failure_before(&source[..cut], filename) else {
        return (own, true);
    };
    // The prefix may end inside the error's line: show the whole line.
    before.text = Some(format!("{}\n", lines.text(before.lineno)));
    if before.msg != "invalid syntax" {
        return (before, false);
    }
    // After a plain "invalid syntax", CPython reads on; a tokenizer error inside brackets
    // opened on an earlier line than that error is reported as the unclosed bracket.
    match err.open {
        Some((ch, line, col)) if before.lineno > line => {
            let msg = format!("'{}' was never closed", ch as char);
            let e = lines.make(ErrorKind::SyntaxError, &msg, filename, line, col + 1, 0);
            (e, false)
        }
        _ => (own, true),
    }
}

/// How CPython's parser fails on a prefix of the source ending at a line start, when it
/// fails before the end (the prefix's own end of input proves nothing).
fn parse_failure_before(prefix: &str, filename: &str) -> Option<CompileError> {
    let scan = tokens::scan(prefix);
    if scan
        .error
        .as_ref()
        .is_some_and(|e| e.when != When::UnclosedAtEof)
    {
        return None;
    }
    let lines = Lines::new(prefix);
    let mode = rustpython_parser::Mode::Module;
    let diag = Diagnoser::new(prefix, &scan.tokens, &lines, filename);
    match rustpython_parser::parse(prefix, mode, filename) {
        Ok(module) => super::rejected(&diag, &module, false),
        Err(perr) => {
            let at = perr.offset.to_usize();
            let fstring = matches!(
                perr.error,
                ParseErrorType::Lexical(LexicalErrorType::FStringError(_))
            );
            if at >= prefix.trim_end().len() && !fstring {
                let line = scan.tokens.last().map_or(0, |t| t.line);
                return invalid_statement_before(prefix, &scan.tokens, &lines, line, filename);
            }
            let fail = diag.failing_token(at)?;
            let rest = &scan.tokens[fail..];
            let at_end = rest
                .iter()
                .all(|t| matches!(t.kind, Kind::Newline | Kind::Dedent | Kind::EndMarker));
            if at_end && !fstring {
                // Only the cut ends the input here: look at the complete statements.
                let line = scan.tokens.last().map_or(0, |t| t.line);
                return invalid_statement_before(prefix, &scan.tokens, &lines, line, filename);
            }
            let e = diag.explain(&perr);
            // Explaining it read on into the tokenizer's error.
            if diag.looked_to_eof() {
                return None;
            }
            Some(
                invalid_statement_before(prefix, &scan.tokens, &lines, e.lineno, filename)
                    .unwrap_or(e),
            )
        }
    }
}

/// An invalid statement (one rustpython-parser accepts but CPython's grammar rejects) among
/// the complete statements before the one holding line `line`.
pub(super) fn invalid_statement_before(
    source: &str,
    toks: &[Token],
    lines: &Lines,
    line: usize,
    filename: &str,
) -> Option<CompileError> {
    let real = |t: &Token| !matches!(t.kind, Kind::Indent | Kind::Dedent);
    let i = toks
        .iter()
        .position(|t| t.line >= line && real(t))
        .unwrap_or(toks.len());
    let nl = toks[..i].iter().rposition(|t| t.kind == Kind::Newline)?;
    let stub = statement_stub(source, toks, lines, nl);
    let text = format!("{}{stub}", &source[..toks[nl].end]);
    let module = rustpython_parser::parse(&text, rustpython_parser::Mode::Module, filename).ok()?;
    let lines = Lines::new(&text);
    let scan = tokens::scan(&text);
    let diag = Diagnoser::new(&text, &scan.tokens, &lines, filename);
    super::rejected(&diag, &module, false)
}

/// A statement standing in for the one cut off after the NEWLINE token `nl`, so the prefix
/// parses: a clause of the same kind, or `pass` where the previous line allows one.
fn statement_stub(source: &str, toks: &[Token], lines: &Lines, nl: usize) -> String {
    let indent_of = |t: &Token| -> String { lines.text(t.line).chars().take(t.col).collect() };
    let next = toks[nl + 1..]
        .iter()
        .find(|t| !matches!(t.kind, Kind::Indent | Kind::Dedent));
    if let Some(t) = next {
        let indent = indent_of(t);
        match &source[t.start..t.end] {
            kw @ ("except" | "finally" | "else") => {
                return format!("{indent}{kw}:\n{indent} pass\n")
            }
            "elif" => return format!("{indent}elif 1:\n{indent} pass\n"),
            _ => {}
        }
    }
    // A sibling of the last statement, or the body of its header.
    let head = toks[..nl]
        .iter()
        .rposition(|t| matches!(t.kind, Kind::Newline | Kind::Indent | Kind::Dedent))
        .map_or(0, |k| k + 1);
    let mut indent = toks.get(head).map_or(String::new(), indent_of);
    if nl > 0 && &source[toks[nl - 1].start..toks[nl - 1].end] == ":" {
        indent.push(' ');
    }
    format!("{indent}pass\n")
}
