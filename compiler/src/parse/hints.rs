//! Explanations of parse failures that CPython 3.10's second parser pass gives through its
//! `invalid_*` rules: a `try` without handlers, a conditional expression without `else`, and
//! `=` where a comparison or keyword argument was meant.

use super::diagnose::{Diagnoser, KEYWORDS};
use super::tokens::{Kind, Token};
use crate::error::{CompileError, ErrorKind};
use rustpython_parser::ast::{self, Expr};

impl Diagnoser<'_> {
    fn tok_is(&self, i: usize, text: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != Kind::Str && &self.src[t.start..t.end] == text)
    }

    fn tok_text(&self, t: &Token) -> &str {
        &self.src[t.start..t.end]
    }

    fn span_error(&self, msg: &str, start: usize, end: usize) -> CompileError {
        self.lines
            .span(ErrorKind::SyntaxError, msg, self.filename, start, end)
    }

    /// First token of the physical logical line holding token `i` (not split at `;`).
    fn line_head(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0
            && !matches!(
                self.tokens[j - 1].kind,
                Kind::Newline | Kind::Indent | Kind::Dedent
            )
        {
            j -= 1;
        }
        j
    }

    /// "expected 'except' or 'finally' block": the failing token follows the body of a `try`.
    pub(super) fn missing_except(&self, fail: usize) -> Option<CompileError> {
        if self.tok_is(fail, "except") || self.tok_is(fail, "finally") {
            return None;
        }
        let toks = self.tokens;
        let mut k = fail;
        while k > 0 && toks[k - 1].kind == Kind::Dedent {
            k -= 1;
        }
        let header_end = if k == fail {
            // A body on the header's line: `try: x = 1`.
            (k > 0 && toks[k - 1].kind == Kind::Newline).then(|| k - 1)?
        } else {
            // The block the last DEDENT closes begins at its matching INDENT.
            let mut depth = 0usize;
            let indent = (0..fail - 1).rev().find(|&j| match toks[j].kind {
                Kind::Dedent => {
                    depth += 1;
                    false
                }
                Kind::Indent if depth == 0 => true,
                Kind::Indent => {
                    depth -= 1;
                    false
                }
                _ => false,
            })?;
            indent.checked_sub(1)?
        };
        let head = self.line_head(header_end.checked_sub(1)?);
        if !(self.tok_is(head, "try") && self.tok_is(head + 1, ":")) {
            return None;
        }
        Some(self.error_at_token(fail, "expected 'except' or 'finally' block"))
    }

    /// Whether token `i` separates expressions at its level (so an operand cannot span it).
    fn is_separator(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            Kind::Newline | Kind::Indent | Kind::Dedent | Kind::EndMarker => true,
            Kind::Name => {
                let s = self.tok_text(t);
                KEYWORDS.contains(&s)
                    && !matches!(
                        s,
                        "None" | "True" | "False" | "not" | "and" | "or" | "in" | "is" | "await"
                    )
            }
            Kind::Op => {
                matches!(
                    self.tok_text(t),
                    "," | "(" | "[" | "{" | "=" | ":" | ":=" | ";" | "->"
                ) || self.tok_text(t).ends_with('=')
                    && !matches!(self.tok_text(t), "==" | "!=" | "<=" | ">=")
            }
            _ => false,
        }
    }

    /// Walks back from token `i` over one operand at `level`; returns the index of the
    /// separator before it (or None at the start of input).
    fn separator_before(&self, i: usize, level: usize) -> Option<usize> {
        (0..=i).rev().find(|&k| {
            let t = &self.tokens[k];
            t.level < level || (t.level == level && self.is_separator(k))
        })
    }

    /// "expected 'else' after 'if' expression": `a if b` followed by neither `else` nor `:`.
    pub(super) fn missing_else(&self, fail: usize) -> Option<CompileError> {
        if self.tok_is(fail, "else") || self.tok_is(fail, ":") || fail == 0 {
            return None;
        }
        let level = self.tokens[fail].level;
        let if_at = self.separator_before(fail - 1, level)?;
        if !self.tok_is(if_at, "if") || if_at + 1 >= fail || if_at == 0 {
            return None;
        }
        let before = &self.tokens[if_at - 1];
        if before.level != level || self.is_separator(if_at - 1) {
            return None;
        }
        let sep = self.separator_before(if_at - 1, level);
        // `[x for x in y if z ...]`: a comprehension's condition, not an expression.
        if sep.is_some_and(|s| self.tok_is(s, "for")) {
            return None;
        }
        let start = self.tokens[sep.map_or(0, |s| s + 1)].start;
        let end = self.tokens[fail - 1].end;
        Some(self.span_error("expected 'else' after 'if' expression", start, end))
    }

    /// `=` where CPython's grammar wants an expression: in an `if`/`elif`/`while` test, a
    /// display, a group or a subscript ("Maybe you meant '=='"), or a call argument.
    pub(super) fn misused_equals(&self, fail: usize) -> Option<CompileError> {
        if !self.tok_is(fail, "=") || fail == 0 {
            return None;
        }
        let level = self.tokens[fail].level;
        let sep = self.separator_before(fail - 1, level)?;
        if sep + 1 >= fail || self.tokens[sep].level != level {
            return None;
        }
        let sep_text = self.tok_text(&self.tokens[sep]);
        let lhs = (self.tokens[sep + 1].start, self.tokens[fail - 1].end);
        let enclosing = (0..fail).rev().find(|&k| {
            let t = &self.tokens[k];
            t.level == level && matches!(self.tok_text(t), "(" | "[" | "{")
        });
        if let Some(open) = enclosing.filter(|_| level > 0) {
            if self.tok_is(open, "(") && open > 0 && self.ends_operand(open - 1) {
                return self.keyword_argument(lhs, fail);
            }
            if self.tok_is(open, "{") {
                return None;
            }
        }
        let in_test =
            level == 0 && matches!(sep_text, "if" | "elif" | "while") && self.line_head(sep) == sep;
        if !(in_test || (level > 0 && matches!(sep_text, "(" | "[" | ","))) {
            return None;
        }
        let rhs_end = self.bitwise_or_end(fail + 1, level)?;
        let single_name = sep + 2 == fail && self.tokens[sep + 1].kind == Kind::Name;
        if single_name && !KEYWORDS.contains(&self.tok_text(&self.tokens[sep + 1])) {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Some(self.span_error(msg, lhs.0, rhs_end));
        }
        let target = parse_expr(&self.src[lhs.0..lhs.1])?;
        if !crate::validate::is_bitwise_or(&target)
            || matches!(target, Expr::List(_) | Expr::GeneratorExp(_))
        {
            return None;
        }
        let msg = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            crate::validate::expr_name(&target)
        );
        Some(self.span_error(&msg, lhs.0, lhs.1))
    }

    /// `f(a.b=1)`: CPython's `invalid_kwarg`, spanning the expression and the `=`.
    fn keyword_argument(&self, lhs: (usize, usize), eq: usize) -> Option<CompileError> {
        let target = parse_expr(&self.src[lhs.0..lhs.1])?;
        let msg = match &target {
            Expr::Constant(c) => match c.value {
                ast::Constant::None => "cannot assign to None",
                ast::Constant::Bool(true) => "cannot assign to True",
                ast::Constant::Bool(false) => "cannot assign to False",
                _ => "expression cannot contain assignment, perhaps you meant \"==\"?",
            },
            Expr::Name(_) => return None,
            _ => "expression cannot contain assignment, perhaps you meant \"==\"?",
        };
        Some(self.span_error(msg, lhs.0, self.tokens[eq].end))
    }

    fn ends_operand(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            Kind::Number | Kind::Str => true,
            Kind::Name => {
                let s = self.tok_text(t);
                !KEYWORDS.contains(&s) || matches!(s, "None" | "True" | "False")
            }
            Kind::Op => matches!(self.tok_text(t), ")" | "]" | "}"),
            _ => false,
        }
    }

    /// End of the `bitwise_or` operand starting at token `i`, if it is one and no `=` or
    /// `:=` follows it (CPython's lookahead).
    fn bitwise_or_end(&self, i: usize, level: usize) -> Option<usize> {
        let mut end = None;
        let mut j = i;
        while let Some(t) = self.tokens.get(j) {
            if t.level < level {
                break;
            }
            if t.level == level {
                let s = self.tok_text(t);
                let stops = self.is_separator(j)
                    || matches!(
                        s,
                        "==" | "!=" | "<" | ">" | "<=" | ">=" | "not" | "and" | "or" | "in" | "is"
                    )
                    || matches!(s, ")" | "]" | "}");
                if stops && t.kind != Kind::Str {
                    break;
                }
            }
            end = Some(t.end);
            j += 1;
        }
        if self.tok_is(j, "=") || self.tok_is(j, ":=") {
            return None;
        }
        end
    }
}

impl Diagnoser<'_> {
    /// `x.y := 1`: only a name can be the target of `:=`.
    pub(super) fn walrus_target(&self, fail: usize) -> Option<CompileError> {
        if !self.tok_is(fail, ":=") || fail == 0 {
            return None;
        }
        let level = self.tokens[fail].level;
        let first = self.separator_before(fail - 1, level).map_or(0, |s| s + 1);
        if first >= fail {
            return None;
        }
        let (start, end) = (self.tokens[first].start, self.tokens[fail - 1].end);
        let target = parse_expr(&self.src[start..end])?;
        if matches!(target, Expr::Name(_)) {
            return None;
        }
        let msg = format!(
            "cannot use assignment expressions with {}",
            crate::validate::expr_name(&target)
        );
        Some(self.span_error(&msg, start, end))
    }

    /// `yield x = 1`: a statement that starts with a yield expression and goes on with `=`
    /// (CPython's `invalid_assignment`), spanning the yield expression.
    pub(super) fn yield_target(&self, fail: usize) -> Option<CompileError> {
        if !self.tok_is(fail, "=") || self.tokens[fail].level != 0 {
            return None;
        }
        let head = self.line_head(fail);
        let plain = (head + 1..fail).all(|k| !self.tok_is(k, "=") && !self.tok_is(k, ";"));
        if !self.tok_is(head, "yield") || head >= fail || !plain {
            return None;
        }
        // `yield from =`: no yield expression (its operand is missing), so plain
        // "invalid syntax" at the `=`.
        if head + 2 == fail && self.tok_is(head + 1, "from") {
            return None;
        }
        let (start, end) = (self.tokens[head].start, self.tokens[fail - 1].end);
        Some(self.span_error("assignment to yield expression not possible", start, end))
    }

    /// `except A, B:` (Python 2's form), which CPython spans from `A` to the colon or `as`.
    pub(super) fn except_comma(&self, fail: usize) -> Option<CompileError> {
        let head = self.line_head(fail);
        if !self.tok_is(fail, ",") || self.tokens[fail].level != 0 || !self.tok_is(head, "except") {
            return None;
        }
        let end = (fail..self.tokens.len()).find(|&k| {
            let t = &self.tokens[k];
            t.kind == Kind::Newline || (t.level == 0 && self.tok_is(k, ":"))
        })?;
        if !self.tok_is(end, ":") || end <= fail + 1 {
            return None;
        }
        let msg = "multiple exception types must be parenthesized";
        Some(self.span_error(msg, self.tokens[head + 1].start, self.tokens[end - 1].end))
    }

    /// `a, b: int`: CPython points at the first of several annotated targets.
    pub(super) fn annotated_tuple(&self, fail: usize) -> Option<CompileError> {
        if !self.tok_is(fail, ":") || self.tokens[fail].level != 0 {
            return None;
        }
        let head = self.line_head(fail);
        let first = &self.tokens[head];
        if first.kind == Kind::Name && KEYWORDS.contains(&self.tok_text(first)) {
            return None;
        }
        let toks = &self.tokens[head..fail];
        let level0 = |text: &str| {
            toks.iter()
                .position(|t| t.level == 0 && self.tok_text(t) == text)
        };
        let comma = level0(",")?;
        if level0("=").is_some() || comma == 0 {
            return None;
        }
        let msg = "only single target (not tuple) can be annotated";
        Some(self.span_error(msg, first.start, toks[comma - 1].end))
    }

    /// Dictionary entries: a key without `:`, a `:` without value, a starred value.
    pub(super) fn dict_entry(&self, fail: usize) -> Option<CompileError> {
        let level = self.tokens[fail].level;
        let open = (0..fail).rev().find(|&k| {
            let t = &self.tokens[k];
            t.level == level && matches!(self.tok_text(t), "(" | "[" | "{")
        })?;
        if level == 0 || !self.tok_is(open, "{") {
            return None;
        }
        let at_level = |k: &usize| self.tokens[*k].level == level;
        let entries: Vec<(usize, usize)> = {
            let commas: Vec<usize> = (open + 1..fail)
                .filter(at_level)
                .filter(|&k| self.tok_is(k, ","))
                .collect();
            let mut starts = vec![open + 1];
            starts.extend(commas.iter().map(|c| c + 1));
            let mut ends = commas.clone();
            ends.push(fail);
            starts.into_iter().zip(ends).collect()
        };
        let is_pair = |&(a, b): &(usize, usize)| {
            self.tok_is(a, "**") || (a..b).filter(at_level).any(|k| self.tok_is(k, ":"))
        };
        let (first, last) = (entries.first()?, entries.last()?);
        if !is_pair(first) || last.0 >= last.1 {
            return None;
        }
        let colon = (last.0..last.1)
            .filter(at_level)
            .find(|&k| self.tok_is(k, ":"));
        let Some(colon) = colon else {
            if entries.len() < 2 {
                return None;
            }
            let end = self.tokens[last.1 - 1].end;
            let (line, col) = (self.lines.line_of(end), self.lines.col_of(end));
            let msg = "':' expected after dictionary key";
            return Some(
                self.lines
                    .make(ErrorKind::SyntaxError, msg, self.filename, line, col, 0),
            );
        };
        if colon + 1 == last.1 && (self.tok_is(fail, "}") || self.tok_is(fail, ",")) {
            let msg = "expression expected after dictionary key and ':'";
            return Some(self.error_at_token(colon, msg));
        }
        if self.tok_is(colon + 1, "*") {
            let msg = "cannot use a starred expression in a dictionary value";
            let end = self.expression_end(colon + 1);
            return Some(self.span_error(msg, self.tokens[colon + 1].start, end));
        }
        None
    }
}

impl Diagnoser<'_> {
    /// `[*a for a in b]`, `{**a for a in b}`, `[x, y for x in a]`: CPython's
    /// `invalid_comprehension`.
    pub(super) fn comprehension_target(&self, fail: usize) -> Option<CompileError> {
        let level = self.tokens[fail].level;
        if !self.tok_is(fail, "for") || level == 0 {
            return None;
        }
        let open = (0..fail).rev().find(|&k| {
            let t = &self.tokens[k];
            t.level == level && matches!(self.tok_text(t), "(" | "[" | "{")
        })?;
        if open + 1 >= fail {
            return None;
        }
        let has_comma =
            (open + 1..fail).any(|k| self.tokens[k].level == level && self.tok_is(k, ","));
        let (start, end) = (self.tokens[open + 1].start, self.tokens[fail - 1].end);
        let msg = if has_comma {
            if self.tok_is(open, "(") {
                return None;
            }
            "did you forget parentheses around the comprehension target?"
        } else if self.tok_is(open + 1, "*") {
            "iterable unpacking cannot be used in comprehension"
        } else if self.tok_is(open + 1, "**") && self.tok_is(open, "{") {
            // CPython points at the `**` alone.
            let msg = "dict unpacking cannot be used in dict comprehension";
            return Some(self.span_error(msg, start, self.tokens[open + 1].end));
        } else {
            return None;
        };
        Some(self.span_error(msg, start, end))
    }
}

/// The expression a fragment of source holds, if it parses as one.
fn parse_expr(text: &str) -> Option<Expr> {
    match rustpython_parser::parse(text.trim(), rustpython_parser::Mode::Expression, "") {
        Ok(ast::Mod::Expression(e)) => Some(*e.body),
        _ => None,
    }
}
