//! Explains a rustpython-parser failure with the message and location CPython 3.10 gives,
//! judged from the tokens around the failure.

use super::tokens::{Kind, Token};
use super::Lines;
use crate::error::{CompileError, ErrorKind};
use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{ParseError, ParseErrorType};

pub(super) struct Diagnoser<'a> {
    pub(super) src: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) lines: &'a Lines<'a>,
    pub(super) filename: &'a str,
    /// Set when explaining the error made CPython's parser read up to the end of input.
    looked_to_eof: std::cell::Cell<bool>,
}

pub(super) const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

impl<'a> Diagnoser<'a> {
    pub(super) fn new(
        src: &'a str,
        tokens: &'a [Token],
        lines: &'a Lines<'a>,
        filename: &'a str,
    ) -> Self {
        Diagnoser {
            src,
            tokens,
            lines,
            filename,
            looked_to_eof: std::cell::Cell::new(false),
        }
    }

    pub(super) fn looked_to_eof(&self) -> bool {
        self.looked_to_eof.get()
    }

    pub(super) fn explain(&self, err: &ParseError) -> CompileError {
        let at = err.offset.to_usize();
        if let ParseErrorType::Lexical(lex) = &err.error {
            let bad_name = matches!(lex, LexicalErrorType::UnicodeError).then_some(at);
            let string_error = matches!(
                lex,
                LexicalErrorType::FStringError(_)
                    | LexicalErrorType::UnicodeError
                    | LexicalErrorType::StringError
            ) || matches!(lex, LexicalErrorType::OtherError(m) if m.contains("bytes"));
            if string_error {
                if let Some(e) = self.string_error(self.tokens.len(), true, bad_name) {
                    return e;
                }
            }
            if let Some(msg) = semantic_message(lex) {
                return self.semantic_error(lex, &msg, at);
            }
        }
        let Some(fail) = self.failing_token(at) else {
            return self.at_pos("invalid syntax", at);
        };
        // CPython parses the strings before it reads on to the failure.
        if let Some(e) = self.fstring_error(fail, true) {
            return e;
        }
        if let Some(e) = self.block_structure(fail) {
            return e;
        }
        self.missing_except(fail)
            .or_else(|| self.misused_equals(fail))
            .or_else(|| self.walrus_target(fail))
            .or_else(|| self.yield_target(fail))
            .or_else(|| self.except_comma(fail))
            .or_else(|| self.annotated_tuple(fail))
            .or_else(|| self.dict_entry(fail))
            .or_else(|| self.comprehension_target(fail))
            .or_else(|| self.missing_else(fail))
            .or_else(|| self.legacy_print(fail))
            .or_else(|| self.missing_comma(fail))
            .or_else(|| self.missing_colon(fail))
            .unwrap_or_else(|| self.invalid_syntax_at(fail))
    }

    /// Locates the argument errors as CPython does: a repeated keyword spans its argument, a
    /// misplaced positional argument is reported at the token after it.
    fn semantic_error(&self, lex: &LexicalErrorType, msg: &str, at: usize) -> CompileError {
        let Some(i) = self.tokens.iter().position(|t| t.start >= at) else {
            return self.at_pos(msg, at);
        };
        match lex {
            LexicalErrorType::DuplicateKeywordArgumentError(_) => {
                let end = self.argument_end(i);
                self.lines.span(
                    ErrorKind::SyntaxError,
                    msg,
                    self.filename,
                    self.tokens[i].start,
                    end,
                )
            }
            LexicalErrorType::PositionalArgumentError => {
                if let Some(e) = self.generator_argument(i) {
                    return e;
                }
                let end = self.expression_end(i);
                let next = self
                    .tokens
                    .iter()
                    .find(|t| t.start >= end)
                    .map_or(end, |t| t.start);
                self.at_pos(msg, next)
            }
            LexicalErrorType::OtherError(m) if m == "cannot use starred expression here" => {
                let end = self.expression_end(i);
                self.lines.span(
                    ErrorKind::SyntaxError,
                    msg,
                    self.filename,
                    self.tokens[i].start,
                    end,
                )
            }
            LexicalErrorType::OtherError(m) if m == "named arguments must follow bare *" => {
                // In a `def` CPython points at the `*`; in a `lambda` at the token after it
                // (and after its comma).
                if self.in_def_parameters(i) {
                    return self.at_pos_span(msg, i);
                }
                let mut j = i;
                if self.text(&self.tokens[j]) == "*" {
                    j += 1;
                }
                if self.tokens.get(j).is_some_and(|t| self.text(t) == ",") {
                    j += 1;
                }
                self.error_at_token(j, msg)
            }
            LexicalErrorType::DefaultArgumentError => {
                let end = self.parameter_end(i);
                self.lines.span(
                    ErrorKind::SyntaxError,
                    msg,
                    self.filename,
                    self.tokens[i].start,
                    end,
                )
            }
            LexicalErrorType::UnpackedArgumentError => self.unpacking_after_kwargs(i, msg),
            _ => self.at_pos(msg, at),
        }
    }

    fn at_pos_span(&self, msg: &str, i: usize) -> CompileError {
        let t = &self.tokens[i];
        self.lines
            .span(ErrorKind::SyntaxError, msg, self.filename, t.start, t.end)
    }

    /// Whether token `i` lies directly in a `def`'s parameter list.
    fn in_def_parameters(&self, i: usize) -> bool {
        let level = self.tokens[i].level;
        let open = (0..i)
            .rev()
            .find(|&k| self.tokens[k].level == level && self.text(&self.tokens[k]) == "(");
        open.is_some_and(|o| o >= 2 && self.text(&self.tokens[o - 2]) == "def")
    }

    /// End of the parameter at token `i`: its name, and in a `def` its annotation.
    fn parameter_end(&self, i: usize) -> usize {
        if self.in_def_parameters(i) {
            self.argument_end(i)
        } else {
            self.tokens[i].end
        }
    }

    /// `f(a, **k, *b)`: CPython spans the arguments before the unpacking.
    fn unpacking_after_kwargs(&self, star: usize, msg: &str) -> CompileError {
        let level = self.tokens[star].level;
        let open = (0..star)
            .rev()
            .find(|&k| self.tokens[k].level == level && self.text(&self.tokens[k]) == "(");
        match open {
            Some(o) if o + 1 < star && star >= 2 => self.lines.span(
                ErrorKind::SyntaxError,
                msg,
                self.filename,
                self.tokens[o + 1].start,
                self.tokens[star - 2].end,
            ),
            _ => self.at_pos(msg, self.tokens[star].start),
        }
    }

    /// A bare generator expression after keyword arguments: CPython's span runs from it to
    /// the end of its last `for` target.
    fn generator_argument(&self, i: usize) -> Option<CompileError> {
        let level = self.tokens[i].level;
        let arg = self.tokens[i..].iter().take_while(|t| {
            t.level > level || (t.level == level && !matches!(self.text(t), "," | ")"))
        });
        let last_for = arg
            .enumerate()
            .filter(|(_, t)| t.level == level && self.text(t) == "for")
            .last()?
            .0
            + i;
        let target = &self.tokens[last_for + 1..];
        let n = target
            .iter()
            .position(|t| t.level == level && self.text(t) == "in")?;
        let end = target[..n].last()?.end;
        let msg = "Generator expression must be parenthesized";
        Some(self.lines.span(
            ErrorKind::SyntaxError,
            msg,
            self.filename,
            self.tokens[i].start,
            end,
        ))
    }

    fn text(&self, t: &Token) -> &'a str {
        &self.src[t.start..t.end]
    }

    fn at_pos(&self, msg: &str, pos: usize) -> CompileError {
        let pos = pos.min(self.src.len());
        self.lines
            .span(ErrorKind::SyntaxError, msg, self.filename, pos, pos)
    }

    /// Index of the token the parser stopped at.
    pub(super) fn failing_token(&self, at: usize) -> Option<usize> {
        self.tokens
            .iter()
            .position(|t| (t.start >= at || t.end > at) && t.kind != Kind::Dedent)
            .or_else(|| self.tokens.len().checked_sub(1))
    }

    fn is_real(&self, i: usize) -> bool {
        !matches!(self.tokens[i].kind, Kind::Indent | Kind::Dedent)
    }

    /// "unexpected indent" and "expected an indented block ...": the first misplaced INDENT,
    /// or block header without one, up to the failing token.
    fn block_structure(&self, fail: usize) -> Option<CompileError> {
        let toks = self.tokens;
        for i in 0..=fail.min(toks.len().saturating_sub(1)) {
            let t = &toks[i];
            if t.kind == Kind::Indent {
                let after_colon =
                    i >= 2 && toks[i - 1].kind == Kind::Newline && self.text(&toks[i - 2]) == ":";
                if !after_colon {
                    let width = t.col;
                    return Some(self.lines.make(
                        ErrorKind::IndentationError,
                        "unexpected indent",
                        self.filename,
                        t.line,
                        width,
                        width,
                    ));
                }
            }
            if t.kind == Kind::Newline && i >= 1 && t.level == 0 && self.text(&toks[i - 1]) == ":" {
                let next = toks.get(i + 1)?;
                if next.kind != Kind::Indent {
                    return Some(self.missing_block(i - 1, i + 1));
                }
            }
        }
        None
    }

    fn missing_block(&self, colon: usize, next: usize) -> CompileError {
        let head = self.statement_start(colon);
        let head_tok = &self.tokens[head];
        let mut kw = self.text(head_tok);
        if kw == "async" {
            kw = self.tokens.get(head + 1).map_or(kw, |t| self.text(t));
        }
        let what = match kw {
            "def" => format!("function definition on line {}", head_tok.line),
            "class" => format!("class definition on line {}", head_tok.line),
            kw => format!("'{kw}' statement on line {}", head_tok.line),
        };
        let msg = format!("expected an indented block after {what}");
        let mut j = next;
        while j < self.tokens.len() && !self.is_real(j) {
            j += 1;
        }
        let kind = ErrorKind::IndentationError;
        match self.tokens.get(j) {
            Some(t)
                if t.kind != Kind::EndMarker
                    && t.kind != Kind::Newline
                    && self.tokens[next].kind != Kind::Dedent =>
            {
                self.lines.span(kind, &msg, self.filename, t.start, t.end)
            }
            Some(t) if t.kind != Kind::EndMarker => {
                self.lines
                    .make(kind, &msg, self.filename, t.line, t.col + 1, t.col + 1)
            }
            _ => {
                let line = self.lines.last_line();
                let end = self.lines.text(line).chars().count() + 1;
                self.lines.make(kind, &msg, self.filename, line, end, end)
            }
        }
    }

    /// First token of the logical line holding token `i`.
    fn statement_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 {
            let prev = &self.tokens[j - 1];
            let sep = matches!(prev.kind, Kind::Newline | Kind::Indent | Kind::Dedent)
                || (prev.level == 0 && self.text(prev) == ";");
            if sep {
                break;
            }
            j -= 1;
        }
        j
    }

    fn starts_expression(&self, t: &Token) -> bool {
        match t.kind {
            Kind::Number | Kind::Str => true,
            Kind::Name => {
                let s = self.text(t);
                !KEYWORDS.contains(&s)
                    || matches!(s, "None" | "True" | "False" | "not" | "lambda" | "await")
            }
            Kind::Op => matches!(self.text(t), "(" | "[" | "{" | "-" | "+" | "~" | "..."),
            _ => false,
        }
    }

    fn ends_expression(&self, t: &Token) -> bool {
        match t.kind {
            Kind::Number | Kind::Str => true,
            Kind::Name => {
                let s = self.text(t);
                !KEYWORDS.contains(&s) || matches!(s, "None" | "True" | "False")
            }
            Kind::Op => matches!(self.text(t), ")" | "]" | "}" | "..."),
            _ => false,
        }
    }

    /// `print x` / `exec x`: Python 2 statements.
    fn legacy_print(&self, fail: usize) -> Option<CompileError> {
        let prev = fail.checked_sub(1)?;
        let name = self.text(&self.tokens[prev]);
        if !matches!(name, "print" | "exec") || self.statement_start(prev) != prev {
            return None;
        }
        if !self.starts_expression(&self.tokens[fail]) {
            return None;
        }
        let end = self.expression_list_end(fail);
        let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        Some(self.lines.span(
            ErrorKind::SyntaxError,
            &msg,
            self.filename,
            self.tokens[prev].start,
            end,
        ))
    }

    /// End position of the comma-separated expressions starting at token `i`.
    fn expression_list_end(&self, i: usize) -> usize {
        let level = self.tokens[i].level;
        let mut end = self.tokens[i].end;
        for t in &self.tokens[i..] {
            if t.level < level
                || t.kind == Kind::Newline
                || (t.level == level && matches!(self.text(t), ";" | "="))
            {
                break;
            }
            if t.level == level && matches!(self.text(t), ")" | "]" | "}") {
                break;
            }
            end = t.end;
        }
        end
    }

    /// Two expressions side by side inside brackets: "Perhaps you forgot a comma?".
    fn missing_comma(&self, fail: usize) -> Option<CompileError> {
        let prev = fail.checked_sub(1)?;
        let (p, f) = (&self.tokens[prev], &self.tokens[fail]);
        if f.level == 0
            || p.level != f.level
            || !self.ends_expression(p)
            || !self.starts_expression(f)
        {
            return None;
        }
        if p.kind == Kind::Name && f.kind == Kind::Str {
            return None;
        }
        let start = self.expression_start(prev);
        let end = self.expression_end(fail);
        self.looked_to_eof.set(self.reaches_eof(end));
        let msg = "invalid syntax. Perhaps you forgot a comma?";
        Some(self.lines.span(
            ErrorKind::SyntaxError,
            msg,
            self.filename,
            self.tokens[start].start,
            end,
        ))
    }

    /// First token of the operand expression ending at token `i` (same bracket level).
    fn expression_start(&self, i: usize) -> usize {
        let level = self.tokens[i].level;
        let mut j = i;
        for k in (0..i).rev() {
            let t = &self.tokens[k];
            if t.level < level {
                break;
            }
            if t.level == level && self.ends_operand_search(k, level) {
                break;
            }
            j = k;
        }
        j
    }

    /// Whether token `k` separates expressions rather than belonging to the operand.
    fn ends_operand_search(&self, k: usize, level: usize) -> bool {
        let t = &self.tokens[k];
        match self.text(t) {
            "," | "(" | "[" | "{" | "=" | ":" | ":=" => t.kind == Kind::Op,
            "if" | "else" | "for" | "lambda" | "yield" | "return" => t.kind == Kind::Name,
            "*" | "**" => self.is_unary_star(k),
            // `in` after a comprehension's `for` ends the target, not a comparison.
            "in" => self.tokens[..k]
                .iter()
                .rev()
                .take_while(|p| p.level >= level)
                .any(|p| p.level == level && self.text(p) == "for"),
            _ => false,
        }
    }

    fn is_unary_star(&self, k: usize) -> bool {
        k == 0 || matches!(self.text(&self.tokens[k - 1]), "," | "(" | "[" | "{" | "=")
    }

    /// End position of the call argument starting at token `i` (a keyword's too).
    fn argument_end(&self, i: usize) -> usize {
        let level = self.tokens[i].level;
        let mut end = self.tokens[i].end;
        for t in &self.tokens[i..] {
            if t.level < level || (t.level == level && matches!(self.text(t), "," | ")")) {
                break;
            }
            end = t.end;
        }
        end
    }

    /// End position of the expression starting at token `i` (same bracket level).
    pub(super) fn expression_end(&self, i: usize) -> usize {
        let level = self.tokens[i].level;
        let mut end = self.tokens[i].end;
        for (k, t) in self.tokens.iter().enumerate().skip(i) {
            if t.level < level || t.kind == Kind::Newline {
                break;
            }
            if t.level == level
                && (matches!(
                    self.text(t),
                    "," | ")" | "]" | "}" | ":" | "=" | "for" | "async" | ":="
                ) || (k > i && self.juxtaposed(k)))
            {
                break;
            }
            end = t.end;
        }
        end
    }

    /// Whether token `k` starts a new operand right after one ended (`a b`), which no
    /// expression can span; adjacent strings concatenate.
    fn juxtaposed(&self, k: usize) -> bool {
        let (prev, t) = (&self.tokens[k - 1], &self.tokens[k]);
        if prev.level != t.level || !self.ends_expression(prev) {
            return false;
        }
        match t.kind {
            Kind::Number => true,
            Kind::Str => prev.kind != Kind::Str,
            Kind::Name => {
                let s = self.text(t);
                !KEYWORDS.contains(&s)
                    || matches!(s, "None" | "True" | "False" | "lambda" | "await")
            }
            _ => false,
        }
    }

    /// A compound statement header ending without its colon.
    fn missing_colon(&self, fail: usize) -> Option<CompileError> {
        let t = &self.tokens[fail];
        if t.level != 0 {
            return None;
        }
        let mut head = self.statement_start(fail.checked_sub(1)?);
        if self.text(&self.tokens[head]) == "async" {
            head += 1;
        }
        let kw = self.text(&self.tokens[head]);
        let header = &self.tokens[head..fail];
        if header.iter().any(|t| t.level == 0 && self.text(t) == ":") {
            return None;
        }
        let newline = t.kind == Kind::Newline;
        // CPython's grammar demands the colon (`&&':'`) right after some headers, whatever
        // follows; for the others it only explains a header that ends the line.
        let expected = match kw {
            "if" | "elif" | "while" | "with" | "except" => newline,
            "try" | "finally" | "else" => fail == head + 1,
            "for" => header.iter().any(|t| t.level == 0 && self.text(t) == "in"),
            "def" | "class" => {
                newline || header.iter().any(|t| t.level == 1 && self.text(t) == ")")
            }
            _ => false,
        };
        if !expected {
            return None;
        }
        let msg = "expected ':'";
        Some(if newline {
            self.lines.make(
                ErrorKind::SyntaxError,
                msg,
                self.filename,
                t.line,
                t.col + 1,
                t.col + 1,
            )
        } else {
            self.lines
                .span(ErrorKind::SyntaxError, msg, self.filename, t.start, t.end)
        })
    }

    /// Whether no token but the end marker starts at or after `pos`.
    fn reaches_eof(&self, pos: usize) -> bool {
        self.tokens
            .iter()
            .find(|t| t.start >= pos)
            .is_none_or(|t| t.kind == Kind::EndMarker)
    }

    fn invalid_syntax_at(&self, fail: usize) -> CompileError {
        // For two operands side by side (`a b`), CPython's second pass reads the second as
        // a whole expression (its `invalid_expression` rule), and meets an unclosed
        // bracket if that expression runs to the end of input.
        if fail > 0 && fail < self.tokens.len() && self.juxtaposed(fail) {
            let end = self.expression_end(fail);
            self.looked_to_eof.set(self.reaches_eof(end));
        }
        self.error_at_token(fail, "invalid syntax")
    }

    /// An error located as CPython's `RAISE_SYNTAX_ERROR` does: at the last token read.
    pub(super) fn error_at_token(&self, fail: usize, msg: &str) -> CompileError {
        let Some(t) = self.tokens.get(fail) else {
            return self.at_pos(msg, self.src.len());
        };
        match t.kind {
            Kind::Newline | Kind::EndMarker | Kind::Indent | Kind::Dedent => {
                if t.kind == Kind::EndMarker || t.start >= self.src.len() {
                    let line = self.lines.last_line();
                    if !self.lines.newline_added() && !self.lines.ends_with_newline() {
                        // An `eval` string's last line has no NEWLINE token: CPython fails
                        // at the ENDMARKER, which has no column.
                        return self.lines.make(
                            ErrorKind::SyntaxError,
                            msg,
                            self.filename,
                            line,
                            0,
                            0,
                        );
                    }
                    let end = self.lines.text(line).chars().count() + 1;
                    return self.lines.make(
                        ErrorKind::SyntaxError,
                        msg,
                        self.filename,
                        line,
                        end,
                        end,
                    );
                }
                self.lines.make(
                    ErrorKind::SyntaxError,
                    msg,
                    self.filename,
                    t.line,
                    t.col + 1,
                    t.col + 1,
                )
            }
            _ => self
                .lines
                .span(ErrorKind::SyntaxError, msg, self.filename, t.start, t.end),
        }
    }
}

/// CPython's text for the checks rustpython-parser makes while parsing.
fn semantic_message(err: &LexicalErrorType) -> Option<String> {
    Some(match err {
        LexicalErrorType::DefaultArgumentError => {
            "non-default argument follows default argument".into()
        }
        LexicalErrorType::DuplicateArgumentError(name) => {
            format!("duplicate argument '{name}' in function definition")
        }
        LexicalErrorType::PositionalArgumentError => {
            "positional argument follows keyword argument".into()
        }
        LexicalErrorType::UnpackedArgumentError => {
            "iterable argument unpacking follows keyword argument unpacking".into()
        }
        LexicalErrorType::DuplicateKeywordArgumentError(name) => {
            format!("keyword argument repeated: {name}")
        }
        LexicalErrorType::OtherError(msg) => msg.clone(),
        LexicalErrorType::FStringError(e) => format!("f-string: {e}"),
        _ => return None,
    })
}
