//! A tokenizer that follows CPython 3.10's `tokenizer.c` closely enough to find the errors it
//! reports, with its messages and locations. rustpython-parser does the real parsing; this
//! scan supplies CPython's diagnostics and the token positions used to explain parse errors.

/// Deepest bracket nesting CPython's tokenizer accepts (MAXLEVEL).
const MAX_LEVEL: usize = 200;
/// Deepest indentation CPython's tokenizer accepts (MAXINDENT).
const MAX_INDENT: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Name,
    Number,
    Str,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

/// A token; `line` is 1-based, columns are 0-based character columns within their lines.
#[derive(Clone, Debug)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub col: usize,
    /// Bracket depth around this token; a bracket counts as inside its own pair.
    pub level: usize,
}

/// Whether CPython raises the error as soon as the tokenizer meets it (`Eager`) or only when
/// the parser asks for the token (`Lazy`: a parse error earlier in the file wins).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Eager,
    Lazy,
    /// End of file inside brackets: "'(' was never closed", with its own precedence rule.
    UnclosedAtEof,
}

#[derive(Clone, Debug)]
pub struct ScanError {
    pub when: When,
    pub kind: crate::ErrorKind,
    pub msg: String,
    pub line: usize,
    /// 1-based character offsets, as CPython stores them in the SyntaxError.
    pub offset: usize,
    pub end_offset: usize,
    /// Byte position where the error was detected, to compare with parse errors.
    pub pos: usize,
    /// The innermost bracket still open at the error: character, line, character column.
    pub open: Option<(u8, usize, usize)>,
    /// Start of the token holding the error (where CPython's parser meets it).
    pub token_start: usize,
}

pub struct Scan {
    pub tokens: Vec<Token>,
    pub error: Option<ScanError>,
}

struct Scanner<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    line_start: usize,
    /// Open brackets: the character, its line, character column and byte position.
    parens: Vec<(u8, usize, usize, usize)>,
    indents: Vec<(usize, usize)>,
    tokens: Vec<Token>,
    at_line_start: bool,
    /// Set by a backslash continuation: the next line continues the logical line.
    continued: bool,
    /// Where the token being scanned starts.
    tok_start: usize,
    /// The last column computed, as (line start, byte position, column), so that columns
    /// on one long line are counted incrementally rather than from the line start each time.
    col_cache: std::cell::Cell<(usize, usize, usize)>,
}

pub fn scan(src: &str) -> Scan {
    let mut s = Scanner {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        line: 1,
        line_start: 0,
        parens: Vec::new(),
        indents: vec![(0, 0)],
        tokens: Vec::new(),
        at_line_start: true,
        continued: false,
        tok_start: 0,
        col_cache: std::cell::Cell::new((0, 0, 0)),
    };
    let error = s.run().err();
    Scan {
        tokens: s.tokens,
        error,
    }
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && unicode_id_start(c))
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && unicode_id_continue(c))
}

/// Python identifiers start with an XID_Start character (`_` aside) and go on with
/// XID_Continue ones (PEP 3131).
fn unicode_id_start(c: char) -> bool {
    unic_ucd_ident::is_xid_start(c)
}

fn unicode_id_continue(c: char) -> bool {
    unic_ucd_ident::is_xid_continue(c)
}

fn is_string_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

type Res = Result<(), ScanError>;

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.src[self.pos..].chars().nth(n)
    }

    /// Character column of a byte position on the current line.
    fn col_of(&self, pos: usize) -> usize {
        let (start, cached_pos, cached_col) = self.col_cache.get();
        let col = if start == self.line_start && cached_pos <= pos {
            cached_col + self.src[cached_pos..pos].chars().count()
        } else {
            self.src[self.line_start..pos].chars().count()
        };
        self.col_cache.set((self.line_start, pos, col));
        col
    }

    fn line_len(&self) -> usize {
        let end = self.src[self.line_start..]
            .find(['\n', '\r'])
            .map_or(self.src.len(), |i| self.line_start + i);
        self.src[self.line_start..end].chars().count()
    }

    fn err(
        &self,
        when: When,
        msg: impl Into<String>,
        offset: usize,
        end_offset: usize,
    ) -> ScanError {
        ScanError {
            when,
            kind: crate::ErrorKind::SyntaxError,
            msg: msg.into(),
            line: self.line,
            offset,
            end_offset,
            pos: self.pos,
            open: self.open_bracket(),
            token_start: self.tok_start,
        }
    }

    fn open_bracket(&self) -> Option<(u8, usize, usize)> {
        self.parens
            .last()
            .map(|&(ch, line, col, _)| (ch, line, col))
    }

    /// An error pointing at the character at byte `pos` on the current line.
    fn err_at(&self, when: When, msg: impl Into<String>, pos: usize) -> ScanError {
        let col = self.col_of(pos);
        self.err(when, msg, col + 1, col + 1)
    }

    fn newline_here(&mut self) {
        // "\r\n" and a lone "\r" end a line as "\n" does.
        if self.bytes.get(self.pos) == Some(&b'\r') && self.bytes.get(self.pos + 1) == Some(&b'\n')
        {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
        self.line += 1;
        self.line_start = self.pos;
    }

    fn push(&mut self, kind: Kind, start: usize, line: usize, col: usize) {
        let token = Token {
            kind,
            start,
            end: self.pos,
            line,
            col,
            level: self.parens.len(),
        };
        self.tokens.push(token);
    }

    fn run(&mut self) -> Res {
        loop {
            if self.at_line_start
                && self.parens.is_empty()
                && !self.continued
                && !self.indentation()?
            {
                continue;
            }
            self.continued = false;
            self.at_line_start = false;
            if !self.token()? {
                return Ok(());
            }
        }
    }

    /// Measures a new line's indentation and emits INDENT/DEDENT tokens. Returns false for a
    /// blank or comment-only line (consumed entirely).
    fn indentation(&mut self) -> Result<bool, ScanError> {
        let (mut col, mut altcol) = (0usize, 0usize);
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match self.bytes.get(self.pos) {
            None => {
                self.at_line_start = false;
                return Ok(true);
            }
            Some(b'#') | Some(b'\n') | Some(b'\r') => {
                self.skip_comment();
                if self.pos < self.bytes.len() {
                    self.newline_here();
                }
                return Ok(false);
            }
            Some(b'\\') => return Ok(true),
            _ => {}
        }
        self.at_line_start = false;
        let indent_len = self.col_of(self.pos);
        let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
        let tab_error = |s: &Self| {
            let mut e = s.err(
                When::Lazy,
                "inconsistent use of tabs and spaces in indentation",
                1,
                0,
            );
            e.kind = crate::ErrorKind::TabError;
            e
        };
        if col == top {
            if altcol != alttop {
                return Err(tab_error(self));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let mut e = self.err(When::Lazy, "too many levels of indentation", 1, 0);
                e.kind = crate::ErrorKind::IndentationError;
                return Err(e);
            }
            if altcol <= alttop {
                return Err(tab_error(self));
            }
            self.indents.push((col, altcol));
            self.push(Kind::Indent, self.pos, self.line, indent_len);
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.push(Kind::Dedent, self.pos, self.line, indent_len);
            }
            let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let end = self.line_len() + 1;
                let mut e = self.err(
                    When::Lazy,
                    "unindent does not match any outer indentation level",
                    end,
                    end,
                );
                e.kind = crate::ErrorKind::IndentationError;
                return Err(e);
            }
            if altcol != alttop {
                return Err(tab_error(self));
            }
        }
        Ok(true)
    }

    fn skip_comment(&mut self) {
        if self.bytes.get(self.pos) == Some(&b'#') {
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'\n' || b == b'\r' {
                    break;
                }
                self.pos += 1;
            }
        }
    }

    /// Scans one token (or a line end). Returns false at the end of input.
    fn token(&mut self) -> Result<bool, ScanError> {
        while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\x0c')) {
            self.pos += 1;
        }
        self.skip_comment();
        let start = self.pos;
        self.tok_start = start;
        let (line, col) = (self.line, self.col_of(start));
        let Some(c) = self.peek() else {
            return self.end_of_input().map(|_| false);
        };
        match c {
            '\n' | '\r' => {
                if self.parens.is_empty() && !self.last_is_newline() {
                    self.pos += 1;
                    self.push(Kind::Newline, start, line, col);
                    self.pos = start;
                }
                self.newline_here();
                self.at_line_start = true;
            }
            '\\' => self.continuation()?,
            c if is_id_start(c) => self.name_or_string(start, line, col)?,
            '0'..='9' => self.number(start, line, col)?,
            '.' if matches!(self.peek_at(1), Some('0'..='9')) => self.number(start, line, col)?,
            '"' | '\'' => self.string(start, line, col)?,
            _ => self.operator(c, start, line, col)?,
        }
        Ok(true)
    }

    fn last_is_newline(&self) -> bool {
        matches!(
            self.tokens.last().map(|t| t.kind),
            None | Some(Kind::Newline) | Some(Kind::Indent) | Some(Kind::Dedent)
        )
    }

    fn end_of_input(&mut self) -> Res {
        if let Some(&(ch, line, col, at)) = self.parens.last() {
            return Err(ScanError {
                when: When::UnclosedAtEof,
                kind: crate::ErrorKind::SyntaxError,
                msg: format!("'{}' was never closed", ch as char),
                line,
                offset: col + 1,
                end_offset: 0,
                pos: at,
                open: None,
                token_start: at,
            });
        }
        let (line, col) = (self.line, self.col_of(self.pos));
        if !self.last_is_newline() {
            self.push(Kind::Newline, self.pos, line, col);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Kind::Dedent, self.pos, line, col);
        }
        self.push(Kind::EndMarker, self.pos, line, col);
        Ok(())
    }

    fn continuation(&mut self) -> Res {
        self.pos += 1;
        match self.peek() {
            Some('\n') | Some('\r') => {
                self.newline_here();
                self.continued = true;
                Ok(())
            }
            None => {
                let end = self.line_len() + 1;
                Err(self.err(When::Lazy, "unexpected EOF while parsing", end, end))
            }
            Some(_) => {
                let col = self.col_of(self.pos) + 1;
                Err(self.err(
                    When::Lazy,
                    "unexpected character after line continuation character",
                    col,
                    col,
                ))
            }
        }
    }

    fn name_or_string(&mut self, start: usize, line: usize, col: usize) -> Res {
        while let Some(c) = self.peek() {
            if !is_id_continue(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
        if matches!(self.peek(), Some('"' | '\'')) && is_string_prefix(&self.src[start..self.pos]) {
            return self.string(start, line, col);
        }
        self.push(Kind::Name, start, line, col);
        Ok(())
    }

    fn string(&mut self, start: usize, line: usize, col: usize) -> Res {
        let quote = self.bytes[self.pos];
        let prefix = &self.src[start..self.pos];
        let raw = prefix.contains(['r', 'R']);
        let triple = self.bytes.get(self.pos + 1) == Some(&quote)
            && self.bytes.get(self.pos + 2) == Some(&quote);
        let (first_line, first_line_start) = (self.line, self.line_start);
        self.pos += if triple { 3 } else { 1 };
        loop {
            let Some(c) = self.peek() else {
                return Err(self.unterminated(triple, start, first_line, first_line_start));
            };
            match c {
                '\n' | '\r' if !triple => {
                    return Err(self.unterminated(false, start, first_line, first_line_start));
                }
                '\n' | '\r' => self.newline_here(),
                '\\' => {
                    self.pos += 1;
                    match self.peek() {
                        Some('\n' | '\r') => self.newline_here(),
                        Some(c) => self.pos += c.len_utf8(),
                        None => {}
                    }
                    let _ = raw;
                }
                c if c as u32 == quote as u32 => {
                    if !triple {
                        self.pos += 1;
                        break;
                    }
                    if self.bytes.get(self.pos + 1) == Some(&quote)
                        && self.bytes.get(self.pos + 2) == Some(&quote)
                    {
                        self.pos += 3;
                        break;
                    }
                    self.pos += 1;
                }
                c => self.pos += c.len_utf8(),
            }
        }
        self.push(Kind::Str, start, line, col);
        Ok(())
    }

    fn unterminated(
        &self,
        triple: bool,
        start: usize,
        line: usize,
        line_start: usize,
    ) -> ScanError {
        // Detected on the line where the scan stopped (the last line at end of input).
        let mut detected = self.line;
        if self.pos >= self.bytes.len()
            && self.pos > 0
            && matches!(self.bytes[self.pos - 1], b'\n' | b'\r')
        {
            detected -= 1;
        }
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        let col = self.src[line_start..start].chars().count();
        ScanError {
            when: When::Eager,
            kind: crate::ErrorKind::SyntaxError,
            msg: format!("{what} (detected at line {detected})"),
            line,
            offset: col + 1,
            end_offset: col + 1,
            pos: start,
            open: self.open_bracket(),
            token_start: start,
        }
    }

    fn eat_digits(&mut self, valid: impl Fn(char) -> bool, kind: &str) -> Res {
        loop {
            while matches!(self.peek(), Some(c) if valid(c)) {
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                return Ok(());
            }
            self.pos += 1;
            if !matches!(self.peek(), Some(c) if valid(c)) {
                return Err(self.err_before(&format!("invalid {kind} literal")));
            }
        }
    }

    /// CPython points number errors at the character before the offending one.
    fn err_before(&self, msg: &str) -> ScanError {
        let col = self.col_of(self.pos);
        self.err(When::Eager, msg, col, col)
    }

    fn end_of_number(&mut self, kind: &str) -> Res {
        let Some(c) = self.peek() else { return Ok(()) };
        // CPython counts any non-ASCII character as a potential identifier character here.
        if !is_id_continue(c) && c.is_ascii() {
            return Ok(());
        }
        // A keyword that may follow a number in valid code only draws a warning.
        let rest = &self.src[self.pos..];
        for kw in ["and", "else", "for", "if", "in", "is", "or", "not"] {
            if rest.starts_with(kw) {
                return Ok(());
            }
        }
        Err(self.err_before(&format!("invalid {kind} literal")))
    }

    fn number(&mut self, start: usize, line: usize, col: usize) -> Res {
        let radix = if self.bytes[self.pos] == b'0' {
            match self.bytes.get(self.pos + 1).map(|b| b.to_ascii_lowercase()) {
                Some(b'x') => Some((16, "hexadecimal")),
                Some(b'o') => Some((8, "octal")),
                Some(b'b') => Some((2, "binary")),
                _ => None,
            }
        } else {
            None
        };
        if let Some((radix, kind)) = radix {
            self.pos += 2;
            if self.peek() == Some('_') {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(c) if c.is_digit(radix)) {
                if radix != 16 {
                    if let Some(d @ '0'..='9') = self.peek() {
                        self.pos += 1;
                        return Err(
                            self.err_before(&format!("invalid digit '{d}' in {kind} literal"))
                        );
                    }
                }
                return Err(self.err_before(&format!("invalid {kind} literal")));
            }
            self.eat_digits(|c| c.is_digit(radix), kind)?;
            if radix != 16 {
                if let Some(d @ '0'..='9') = self.peek() {
                    self.pos += 1;
                    return Err(self.err_before(&format!("invalid digit '{d}' in {kind} literal")));
                }
            }
            self.end_of_number(kind)?;
            self.push(Kind::Number, start, line, col);
            return Ok(());
        }
        self.decimal(start, line, col)
    }

    fn decimal(&mut self, start: usize, line: usize, col: usize) -> Res {
        let dec = |c: char| c.is_ascii_digit();
        let mut is_int = true;
        if self.peek() != Some('.') {
            self.eat_digits(dec, "decimal")?;
        }
        let int_text = &self.src[start..self.pos];
        if self.peek() == Some('.') {
            is_int = false;
            self.pos += 1;
            if matches!(self.peek(), Some('0'..='9')) {
                self.eat_digits(dec, "decimal")?;
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let e_pos = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
                if !matches!(self.peek(), Some('0'..='9')) {
                    return Err(self.err_before("invalid decimal literal"));
                }
            } else if !matches!(self.peek(), Some('0'..='9')) {
                self.pos = e_pos + 1;
                let c = self.col_of(e_pos);
                return Err(self.err(When::Eager, "invalid decimal literal", c, c));
            }
            is_int = false;
            self.eat_digits(dec, "decimal")?;
        }
        if matches!(self.peek(), Some('j' | 'J')) {
            self.pos += 1;
            self.end_of_number("imaginary")?;
        } else {
            if is_int
                && int_text.len() > 1
                && int_text.starts_with('0')
                && int_text.bytes().any(|b| b != b'0' && b != b'_')
            {
                let zeros = int_text
                    .bytes()
                    .take_while(|&b| b == b'0' || b == b'_')
                    .count();
                let c = self.col_of(start);
                let zc = self.col_of(start + zeros);
                return Err(self.err(
                    When::Eager,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    c + 1,
                    zc,
                ));
            }
            self.end_of_number("decimal")?;
        }
        self.push(Kind::Number, start, line, col);
        Ok(())
    }

    fn operator(&mut self, c: char, start: usize, line: usize, col: usize) -> Res {
        const THREE: [&str; 5] = ["**=", "...", "//=", ">>=", "<<="];
        const TWO: [&str; 21] = [
            "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==",
            ">=", ">>", "@=", "^=", "|=", "<>", "~=",
        ];
        let rest = &self.src[self.pos..];
        if let Some(op) = THREE.iter().find(|op| rest.starts_with(**op)) {
            self.pos += op.len();
        } else if let Some(op) = TWO.iter().find(|op| rest.starts_with(**op) && **op != "~=") {
            self.pos += op.len();
        } else if "()[]{}:,;+-*/|&<>=.%^~@!".contains(c) {
            self.pos += 1;
            self.bracket(c, start, line, col)?;
        } else {
            return Err(self.invalid_character(c, start));
        }
        self.push(Kind::Op, start, line, col);
        // A bracket counts as inside its own pair, so both of a pair share one level.
        if matches!(c, ')' | ']' | '}') {
            if let Some(t) = self.tokens.last_mut() {
                t.level += 1;
            }
        }
        Ok(())
    }

    fn bracket(&mut self, c: char, start: usize, line: usize, col: usize) -> Res {
        match c {
            '(' | '[' | '{' => {
                if self.parens.len() >= MAX_LEVEL {
                    return Err(self.err_at(When::Eager, "too many nested parentheses", start));
                }
                self.parens.push((c as u8, line, col, start));
            }
            ')' | ']' | '}' => {
                let Some((open, open_line, _, _)) = self.parens.pop() else {
                    return Err(self.err_at(When::Eager, format!("unmatched '{c}'"), start));
                };
                let expected = match open {
                    b'(' => ')',
                    b'[' => ']',
                    _ => '}',
                };
                if c != expected {
                    let msg = if open_line != line {
                        format!(
                            "closing parenthesis '{c}' does not match opening parenthesis '{}' on line {open_line}",
                            open as char
                        )
                    } else {
                        format!(
                            "closing parenthesis '{c}' does not match opening parenthesis '{}'",
                            open as char
                        )
                    };
                    return Err(self.err_at(When::Eager, msg, start));
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn invalid_character(&self, c: char, start: usize) -> ScanError {
        let cp = c as u32;
        if matches!(c, '$' | '?' | '`' | '!') {
            // The tokenizer passes these on; the parser rejects them.
            return self.err_at(When::Lazy, "invalid syntax", start);
        }
        let msg = if c.is_control()
            || c.is_whitespace()
            || cp == 0xa0
            || (0x2000..=0x200f).contains(&cp)
            || cp == 0xfeff
        {
            format!("invalid non-printable character U+{cp:04X}")
        } else {
            format!("invalid character '{c}' (U+{cp:04X})")
        };
        self.err_at(When::Eager, msg, start)
    }
}
