//! Compile-time errors (SyntaxError and friends) with the location CPython reports.

/// The exception class CPython raises for the error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// `compile()` rejects source holding NUL bytes with a ValueError (CPython 3.10).
    ValueError,
    /// Nesting deeper than CPython's compiler recursion limit.
    RecursionError,
    /// The assembler refuses code needing more than 3000 stack slots (CPython 3.10's
    /// "excessive stack use").
    SystemError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::ValueError => "ValueError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::SystemError => "SystemError",
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

impl CompileError {
    /// A SyntaxError at a 1-based line and 1-based character offsets, with the line's text.
    pub fn new(
        kind: ErrorKind,
        msg: impl Into<String>,
        filename: &str,
        (lineno, offset): (usize, usize),
        (end_lineno, end_offset): (usize, usize),
        text: Option<String>,
    ) -> Self {
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text,
        }
    }

    /// The error as CPython 3.10 prints an uncaught SyntaxError raised by compiling a script:
    /// the `File` line, the stripped source line, the caret line and `Kind: msg`.
    ///
    /// The layout follows the reference interpreter used for conformance, which prints with
    /// the `traceback` module's rules: only spaces and form feeds are stripped from the left
    /// (a leading tab stays), and the carets span `offset..end_offset` for every kind.
    pub fn format_for_script(&self) -> String {
        let mut out = String::new();
        if matches!(
            self.kind,
            ErrorKind::ValueError | ErrorKind::RecursionError | ErrorKind::SystemError
        ) {
            // Not SyntaxErrors: CPython prints them without a location.
            out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
            return out;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}\n",
            self.filename, self.lineno
        ));
        if let Some(text) = &self.text {
            self.push_source_and_carets(&mut out, text);
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }

    fn push_source_and_carets(&self, out: &mut String, text: &str) {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let stripped = rtext.chars().count() - ltext.chars().count();
        out.push_str("    ");
        out.push_str(ltext);
        out.push('\n');
        if self.offset == 0 && self.end_offset == 0 {
            return;
        }
        let offset = self.offset as i64;
        let mut end_offset = match self.end_offset {
            0 => offset,
            e => e as i64,
        };
        if end_offset == offset {
            end_offset = offset + 1;
        }
        let col = offset - 1 - stripped as i64;
        let end_col = end_offset - 1 - stripped as i64;
        if col < 0 {
            return;
        }
        out.push_str("    ");
        // Tabs and other whitespace stay so the carets line up under the text.
        for c in ltext.chars().take(col as usize) {
            out.push(if c.is_whitespace() { c } else { ' ' });
        }
        for _ in col..end_col {
            out.push('^');
        }
        out.push('\n');
    }
}

/// A warning the compiler issues (CPython's `compiler_warn`): always a SyntaxWarning in 3.10.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub category: &'static str,
    pub msg: String,
    pub filename: String,
    pub lineno: usize,
}

impl CompileWarning {
    /// The text `warnings.showwarning` prints: `file:line: Category: message`, then the
    /// stripped source line indented by two spaces (when the line exists).
    pub fn format_for_script(&self, source: &str) -> String {
        let mut out = format!(
            "{}:{}: {}: {}\n",
            self.filename, self.lineno, self.category, self.msg
        );
        if let Some(line) = source.lines().nth(self.lineno.wrapping_sub(1)) {
            let line = line.trim();
            if !line.is_empty() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}
