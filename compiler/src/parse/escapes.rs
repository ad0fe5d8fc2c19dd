//! The errors CPython 3.10 reports while decoding the escapes of a (non-f) string literal:
//! `(unicode error) 'unicodeescape' codec can't decode ...` for str, `(value error) invalid
//! \x escape ...` for bytes. Positions count as CPython's decoder sees the body: it first
//! rewrites each non-ASCII character as a 10-byte `\UXXXXXXXX` escape.

/// The error of a string body (the source between the quotes), if any. `name_ok` says
/// whether the `\N{...}` name starting at a byte position of the source is known.
pub(super) fn body_error(
    src: &str,
    (start, end): (usize, usize),
    (bytes, raw): (bool, bool),
    name_ok: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let body = &src[start..end];
    if bytes && !body.is_ascii() {
        return Some("bytes can only contain ASCII literal characters".into());
    }
    if raw || !body.contains('\\') {
        return None;
    }
    if bytes {
        return bytes_error(body.as_bytes());
    }
    let mut d = Decoder {
        b: body.as_bytes(),
        base: start,
        i: 0,
        pos: 0,
        name_ok,
    };
    d.run().err()
}

/// `\x` in bytes needs two hex digits.
fn bytes_error(b: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if b.get(i + 1) == Some(&b'x') {
            let ok = b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 3).is_some_and(u8::is_ascii_hexdigit);
            if !ok {
                return Some(format!("(value error) invalid \\x escape at position {i}"));
            }
        }
        i += 2;
    }
    None
}

struct Decoder<'a> {
    b: &'a [u8],
    /// Byte position of the body in the source.
    base: usize,
    /// Index into the body.
    i: usize,
    /// Position in CPython's rewritten buffer.
    pos: usize,
    name_ok: &'a dyn Fn(usize) -> bool,
}

/// Width of a body character in CPython's rewritten buffer.
fn width(c: u8) -> usize {
    match c {
        0x80..=0xbf => 0,
        0xc0.. => 10,
        _ => 1,
    }
}

impl Decoder<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += width(c);
            self.i += 1;
        }
    }

    fn run(&mut self) -> Result<(), String> {
        while let Some(c) = self.peek() {
            if c != b'\\' {
                self.bump();
                continue;
            }
            let start = self.pos;
            self.bump();
            match self.peek() {
                // A backslash before a non-ASCII character becomes `\u005c`.
                Some(n) if n >= 0x80 => self.pos += 5,
                Some(b'x') => self.hex(start, 2, "truncated \\xXX escape")?,
                Some(b'u') => self.hex(start, 4, "truncated \\uXXXX escape")?,
                Some(b'U') => self.hex(start, 8, "truncated \\UXXXXXXXX escape")?,
                Some(b'N') => self.name(start)?,
                Some(_) => self.bump(),
                None => return Err(fail(start, self.pos, "\\ at end of string")),
            }
        }
        Ok(())
    }

    fn hex(&mut self, start: usize, digits: usize, msg: &str) -> Result<(), String> {
        self.bump();
        let mut value: u32 = 0;
        for _ in 0..digits {
            match self.peek().and_then(|c| (c as char).to_digit(16)) {
                Some(d) => {
                    value = value.wrapping_mul(16).wrapping_add(d);
                    self.bump();
                }
                None => return Err(fail(start, self.pos, msg)),
            }
        }
        if value > 0x10ffff {
            return Err(fail(start, self.pos, "illegal Unicode character"));
        }
        Ok(())
    }

    fn name(&mut self, start: usize) -> Result<(), String> {
        let malformed = "malformed \\N character escape";
        self.bump();
        if self.peek() != Some(b'{') {
            return Err(fail(start, self.pos, malformed));
        }
        self.bump();
        let name_at = self.base + self.i;
        let name_start = self.i;
        while self.peek().is_some_and(|c| c != b'}') {
            self.bump();
        }
        if self.peek().is_none() || self.i == name_start {
            return Err(fail(start, self.pos, malformed));
        }
        self.bump();
        if !(self.name_ok)(name_at) {
            return Err(fail(start, self.pos, "unknown Unicode character name"));
        }
        Ok(())
    }
}

/// CPython's `UnicodeDecodeError` text for the escape at `start..end` of its buffer.
fn fail(start: usize, end: usize, msg: &str) -> String {
    let what = if end <= start + 1 {
        format!("byte 0x5c in position {start}")
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    format!("(unicode error) 'unicodeescape' codec can't decode {what}: {msg}")
}
