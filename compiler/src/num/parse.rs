//! `int(s, base)` and `float(s)` for str and bytes, as CPython 3.10.2 (no limit on the
//! number of digits). A str is first mapped to ASCII: non-ASCII whitespace becomes a space,
//! non-ASCII decimal digits their ASCII digit, and any other non-ASCII character ends the
//! text with an invalid `?`.

use super::unicode_digits::{decimal_value, is_space};
use super::{NumError, NumResult};
use crate::constant::{bytes_repr, str_repr};
use num_bigint::{BigInt, Sign};
use num_traits::Zero;

/// Longest repr of the input quoted in an int() error message.
const MAX_QUOTED: usize = 200;

fn check_base(base: i64) -> NumResult<u32> {
    match base {
        0 | 2..=36 => Ok(base as u32),
        _ => Err(NumError::value("int() base must be >= 2 and <= 36, or 0")),
    }
}

/// A repr cut to its first [`MAX_QUOTED`] characters (the closing quote may go).
fn quote(repr: String) -> String {
    repr.chars().take(MAX_QUOTED).collect()
}

fn invalid_int(base: i64, quoted: String) -> NumError {
    NumError::value(format!(
        "invalid literal for int() with base {base}: {quoted}"
    ))
}

/// `int(s, base)` for a str (`base` 10 when not given).
pub fn int_from_str(s: &str, base: i64) -> NumResult<BigInt> {
    let radix = check_base(base)?;
    parse_int(&to_ascii(s), radix).ok_or_else(|| invalid_int(base, quote(str_repr(s))))
}

/// `int(b, base)` for bytes or bytearray.
pub fn int_from_bytes(b: &[u8], base: i64) -> NumResult<BigInt> {
    let radix = check_base(base)?;
    parse_int(b, radix).ok_or_else(|| invalid_int(base, quote(bytes_repr(b))))
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`.
fn to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `isspace` in the "C" locale.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    (b as char).to_digit(36).unwrap_or(99)
}

/// A cursor over the ASCII text of a literal.
struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self, ahead: usize) -> u8 {
        self.s.get(self.i + ahead).copied().unwrap_or(0)
    }

    fn skip_spaces(&mut self) {
        while is_ascii_space(self.peek(0)) {
            self.i += 1;
        }
    }

    /// Consumes an optional sign; whether it was `-`.
    fn sign(&mut self) -> bool {
        match self.peek(0) {
            b'+' => self.i += 1,
            b'-' => {
                self.i += 1;
                return true;
            }
            _ => {}
        }
        false
    }

    fn at_end(&self) -> bool {
        self.i == self.s.len()
    }
}

/// `PyLong_FromString` requiring the whole text to be used; `None` for an invalid literal.
fn parse_int(s: &[u8], base: u32) -> Option<BigInt> {
    let mut c = Cursor { s, i: 0 };
    c.skip_spaces();
    let negative = c.sign();
    let mut base = base;
    // Base 0 takes the prefix's base; a leading 0 without prefix allows only zeros.
    let mut only_zero = false;
    if base == 0 {
        base = match (c.peek(0), c.peek(1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                only_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if c.peek(0) == b'0' && prefix != 0 && c.peek(1).to_ascii_lowercase() == prefix {
        c.i += 2;
        // One underscore may follow the prefix.
        if c.peek(0) == b'_' {
            c.i += 1;
        }
    }
    let digits = scan_digits(&mut c, base)?;
    let magnitude = BigInt::from_radix_be(Sign::Plus, &digits, base)?;
    if only_zero && !magnitude.is_zero() {
        return None;
    }
    c.skip_spaces();
    if !c.at_end() {
        return None;
    }
    Some(if negative { -magnitude } else { magnitude })
}

/// The digit values of a run of digits with single underscores between them.
fn scan_digits(c: &mut Cursor, base: u32) -> Option<Vec<u8>> {
    let mut digits = Vec::new();
    let mut prev_underscore = true; // no underscore may lead
    loop {
        let b = c.peek(0);
        if b == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else if digit_value(b) < base {
            digits.push(digit_value(b) as u8);
            prev_underscore = false;
        } else {
            break;
        }
        c.i += 1;
    }
    if prev_underscore {
        // Empty, or a trailing underscore.
        return None;
    }
    Some(digits)
}

/// Why a float literal was refused: the message quotes the original text, or `''` when
/// nothing but whitespace was left (CPython then quotes the empty remainder).
enum FloatInvalid {
    Literal,
    Empty,
}

fn float_error(quoted: String) -> NumError {
    NumError::value(format!("could not convert string to float: {quoted}"))
}

/// `float(s)` for a str.
pub fn float_from_str(s: &str) -> NumResult<f64> {
    parse_float(&to_ascii(s)).map_err(|e| {
        float_error(match e {
            FloatInvalid::Literal => str_repr(s),
            FloatInvalid::Empty => "''".to_string(),
        })
    })
}

/// `float(b)` for bytes or bytearray.
pub fn float_from_bytes(b: &[u8]) -> NumResult<f64> {
    parse_float(b).map_err(|e| {
        float_error(match e {
            FloatInvalid::Literal => bytes_repr(b),
            FloatInvalid::Empty => "''".to_string(),
        })
    })
}

/// `_Py_string_to_number_with_underscores` with `float_from_string_inner`.
fn parse_float(s: &[u8]) -> Result<f64, FloatInvalid> {
    let owned;
    let mut s = s;
    if s.contains(&b'_') {
        owned = remove_underscores(s).ok_or(FloatInvalid::Literal)?;
        s = &owned;
    }
    let start = s
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(start, |e| e + 1);
    let text = &s[start..end];
    if text.is_empty() {
        return Err(FloatInvalid::Empty);
    }
    parse_inf_nan(text)
        .or_else(|| parse_decimal(text))
        .ok_or(FloatInvalid::Literal)
}

/// Drops underscores that sit between two digits; any other underscore is an error.
fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

/// `inf`, `infinity` or `nan` in any case, with an optional sign.
fn parse_inf_nan(text: &[u8]) -> Option<f64> {
    let (negative, word) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let word = word.to_ascii_lowercase();
    let value = match &word[..] {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -value } else { value })
}

/// A decimal literal: `[sign] digits [. digits] [e [sign] digits]`, at least one mantissa
/// digit; correctly rounded, overflowing to an infinity.
fn parse_decimal(text: &[u8]) -> Option<f64> {
    let mut c = Cursor { s: text, i: 0 };
    c.sign();
    let int_digits = count_digits(&mut c);
    let mut frac_digits = 0;
    if c.peek(0) == b'.' {
        c.i += 1;
        frac_digits = count_digits(&mut c);
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if c.peek(0).eq_ignore_ascii_case(&b'e') {
        c.i += 1;
        c.sign();
        if count_digits(&mut c) == 0 {
            return None;
        }
    }
    if !c.at_end() {
        return None;
    }
    std::str::from_utf8(text).ok()?.parse().ok()
}

fn count_digits(c: &mut Cursor) -> usize {
    let start = c.i;
    while c.peek(0).is_ascii_digit() {
        c.i += 1;
    }
    c.i - start
}
