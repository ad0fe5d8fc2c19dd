//! The errors CPython 3.10's f-string parser (`string_parser.c`) reports, found by walking the
//! string tokens as it does: literal parts, replacement fields, conversions and format specs.
//!
//! rustpython-parser's f-string errors differ in wording and order, so its failure only tells
//! that something is wrong; this walk finds what CPython says first.

use super::diagnose::Diagnoser;
use super::escapes;
use super::tokens::{Kind, Token};
use crate::error::CompileError;

/// What went wrong in an f-string.
pub(super) enum FsError {
    /// A message CPython locates at the token after the string group.
    Plain(String),
    /// A replacement field's expression does not compile (the check kept its error).
    Expr,
}

/// Decides whether the expression at a byte range of the source compiles (CPython compiles
/// each field's expression before it looks at the conversion and format spec).
pub(super) type ExprCheck<'c> = &'c mut dyn FnMut(usize, usize) -> bool;

/// Says whether the `\N{...}` name starting at a byte position of the source is known.
pub(super) type NameCheck<'c> = &'c dyn Fn(usize) -> bool;

/// The first error in the string tokens `group` (one implicit concatenation), in CPython's
/// order: each literal's escapes, then mixing bytes with str, then its f-string parts.
pub(super) fn check_group(
    src: &str,
    group: &[Token],
    expr_ok: ExprCheck,
    name_ok: NameCheck,
) -> Option<FsError> {
    let mut prev_bytes = None;
    for t in group.iter().filter(|t| t.kind == Kind::Str) {
        let text = &src[t.start..t.end];
        let quote_at = text.find(['"', '\''])?;
        let prefix = text[..quote_at].to_ascii_lowercase();
        let q = text.as_bytes()[quote_at];
        let triple =
            text[quote_at..].len() >= 6 && text[quote_at..].bytes().take(3).all(|b| b == q);
        let qlen = if triple { 3 } else { 1 };
        let start = t.start + quote_at + qlen;
        let end = t.end.checked_sub(qlen)?.max(start);
        let (bytes, raw, fmode) = (
            prefix.contains('b'),
            prefix.contains('r'),
            prefix.contains('f'),
        );
        if !fmode {
            if let Some(msg) = escapes::body_error(src, (start, end), (bytes, raw), name_ok) {
                return Some(FsError::Plain(msg));
            }
        }
        if prev_bytes.is_some_and(|p| p != bytes) {
            return Some(FsError::Plain(
                "cannot mix bytes and nonbytes literals".into(),
            ));
        }
        prev_bytes = Some(bytes);
        if !fmode {
            continue;
        }
        let mut w = Walker {
            s: src.as_bytes(),
            pos: start,
            end,
            raw,
            expr_ok: &mut *expr_ok,
        };
        if let Err(e) = w.fstring(0) {
            return Some(e);
        }
    }
    None
}

struct Walker<'a, 'c> {
    s: &'a [u8],
    pos: usize,
    end: usize,
    raw: bool,
    expr_ok: ExprCheck<'c>,
}

type Res<T = ()> = Result<T, FsError>;

fn plain<T>(msg: impl Into<String>) -> Res<T> {
    Err(FsError::Plain(msg.into()))
}

/// Deepest bracket nesting inside one replacement field (MAXLEVEL).
const MAX_LEVEL: usize = 200;

impl Walker<'_, '_> {
    fn at(&self, i: usize) -> Option<u8> {
        (i < self.end).then(|| self.s[i])
    }

    /// `fstring_parse`: literals and fields up to the end, or to the `}` closing a spec.
    fn fstring(&mut self, level: usize) -> Res {
        loop {
            if self.literal(level)? {
                continue;
            }
            match self.at(self.pos) {
                None | Some(b'}') => break,
                _ => self.field(level)?,
            }
        }
        if level != 0 && self.at(self.pos) != Some(b'}') {
            return plain("f-string: expecting '}'");
        }
        Ok(())
    }

    /// `fstring_find_literal`: true when a doubled brace ended the literal.
    fn literal(&mut self, level: usize) -> Res<bool> {
        while let Some(mut ch) = self.at(self.pos) {
            self.pos += 1;
            if !self.raw && ch == b'\\' && self.pos < self.end {
                ch = self.s[self.pos];
                self.pos += 1;
                if ch == b'N' {
                    // `\N{NAME}`: its braces are not a field.
                    if self.at(self.pos) == Some(b'{') {
                        self.pos += 1;
                        while let Some(c) = self.at(self.pos) {
                            self.pos += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                    } else if self.pos < self.end {
                        self.pos += 1;
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if self.at(self.pos) == Some(ch) {
                        self.pos += 1;
                        return Ok(true);
                    }
                    if ch == b'}' {
                        return plain("f-string: single '}' is not allowed");
                    }
                }
                self.pos -= 1;
                break;
            }
        }
        Ok(false)
    }

    /// `fstring_find_expr`: one replacement field, from its `{` through its `}`.
    fn field(&mut self, level: usize) -> Res {
        if level >= 2 {
            return plain("f-string: expressions nested too deeply");
        }
        self.pos += 1;
        let expr_start = self.pos;
        self.expression_end()?;
        let expr_end = self.pos;
        if self.pos >= self.end {
            return plain("f-string: expecting '}'");
        }
        let text = &self.s[expr_start..expr_end];
        if text
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            return plain("f-string: empty expression not allowed");
        }
        if !(self.expr_ok)(expr_start, expr_end) {
            return Err(FsError::Expr);
        }
        if self.at(self.pos) == Some(b'=') {
            self.pos += 1;
            while matches!(self.at(self.pos), Some(c) if c.is_ascii_whitespace()) {
                self.pos += 1;
            }
        }
        if self.at(self.pos) == Some(b'!') {
            self.pos += 1;
            let Some(conv) = self.at(self.pos) else {
                return plain("f-string: expecting '}'");
            };
            self.pos += 1;
            if !matches!(conv, b's' | b'r' | b'a') {
                return plain("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if self.at(self.pos) == Some(b':') {
            self.pos += 1;
            if self.pos >= self.end {
                return plain("f-string: expecting '}'");
            }
            self.fstring(level + 1)?;
        }
        if self.at(self.pos) != Some(b'}') {
            return plain("f-string: expecting '}'");
        }
        self.pos += 1;
        Ok(())
    }

    /// Moves to the character ending the field's expression (`!`, `:`, `}` or `=` outside
    /// brackets), skipping strings and checking brackets as CPython does.
    fn expression_end(&mut self) -> Res {
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while let Some(ch) = self.at(self.pos) {
            if ch == b'\\' {
                return plain("f-string expression part cannot include a backslash");
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if self.at(self.pos + 2).is_some()
                        && self.s[self.pos + 1] == q
                        && self.s[self.pos + 2] == q
                    {
                        self.pos += 2;
                        quote = None;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                let triple = self.at(self.pos + 2).is_some()
                    && self.s[self.pos + 1] == ch
                    && self.s[self.pos + 2] == ch;
                if triple {
                    self.pos += 2;
                }
                quote = Some((ch, triple));
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if stack.len() >= MAX_LEVEL {
                    return plain("f-string: too many nested parenthesis");
                }
                stack.push(ch);
            } else if ch == b'#' {
                return plain("f-string expression part cannot include '#'");
            } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                let next = self.at(self.pos + 1);
                if next == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                    self.pos += 2;
                    continue;
                }
                if !matches!(ch, b'>' | b'<') {
                    break;
                }
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(open) = stack.pop() else {
                    return plain(format!("f-string: unmatched '{}'", ch as char));
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if ch != expected {
                    return plain(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    ));
                }
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return plain("f-string: unterminated string");
        }
        if let Some(&open) = stack.last() {
            return plain(format!("f-string: unmatched '{}'", open as char));
        }
        Ok(())
    }
}

impl Diagnoser<'_> {
    /// The first f-string error CPython reports in a string group its parser has read past,
    /// that is, whose next token comes at or before token `limit`. With `compile`, each field's expression is also compiled, as CPython does;
    /// without, expressions are assumed valid (rustpython-parser accepted them).
    pub(super) fn fstring_error(&self, limit: usize, compile: bool) -> Option<CompileError> {
        self.string_error(limit, compile, None)
    }

    /// As `fstring_error`; `bad_name` is where rustpython-parser found an unknown `\N{...}`
    /// name (it knows the Unicode names; without it every name is taken as known).
    pub(super) fn string_error(
        &self,
        limit: usize,
        compile: bool,
        bad_name: Option<usize>,
    ) -> Option<CompileError> {
        let toks = self.tokens;
        let mut i = 0;
        while i < toks.len() {
            if toks[i].kind != Kind::Str {
                i += 1;
                continue;
            }
            let j = (i..toks.len())
                .find(|&j| toks[j].kind != Kind::Str)
                .unwrap_or(toks.len());
            if j > limit {
                break;
            }
            let mut bad_expr = None;
            let mut check = |start: usize, end: usize| {
                if !compile {
                    return true;
                }
                bad_expr = self.expr_error(start, end);
                bad_expr.is_none()
            };
            let name_ok = |at: usize| Some(at) != bad_name;
            match check_group(self.src, &toks[i..j], &mut check, &name_ok) {
                Some(FsError::Plain(msg)) => return Some(self.error_at_token(j, &msg)),
                Some(FsError::Expr) => return bad_expr,
                None => {}
            }
            i = j;
        }
        None
    }

    /// The error of a field's expression, compiled as CPython does: alone, in parentheses,
    /// shown with that text and located on its line of the file.
    fn expr_error(&self, start: usize, end: usize) -> Option<CompileError> {
        let text = format!("({})", &self.src[start..end]);
        let (mut e, from_tokenizer) = super::parse_fragment(&text, self.filename)?;
        let line = self.lines.line_of(start);
        e.lineno += line - 1;
        e.end_lineno += line - 1;
        if !from_tokenizer {
            e.msg = format!("f-string: {}", e.msg);
        }
        Some(e)
    }
}
