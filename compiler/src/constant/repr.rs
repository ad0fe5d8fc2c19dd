//! `repr()` of constants, byte-for-byte as CPython 3.10 prints them.

use super::printable::PRINTABLE;
use super::ConstValue;
use std::fmt::Write;
use std::rc::Rc;

impl ConstValue {
    /// The text CPython 3.10's `repr()` gives for this value.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        write_repr(&mut out, self);
        out
    }
}

/// Appends the repr of `value`. Recursion follows the constant's own nesting, which the
/// compiler built from (bounded) source nesting.
fn write_repr(out: &mut String, value: &ConstValue) {
    match value {
        ConstValue::None => out.push_str("None"),
        ConstValue::Ellipsis => out.push_str("Ellipsis"),
        ConstValue::Bool(true) => out.push_str("True"),
        ConstValue::Bool(false) => out.push_str("False"),
        ConstValue::Int(i) => {
            let _ = write!(out, "{i}");
        }
        ConstValue::Float(f) => out.push_str(&float_repr(*f)),
        ConstValue::Complex { real, imag } => out.push_str(&complex_repr(*real, *imag)),
        ConstValue::Str(s) => out.push_str(&str_repr(s)),
        ConstValue::Bytes(b) => out.push_str(&bytes_repr(b)),
        ConstValue::Tuple(items) => {
            out.push('(');
            write_items(out, items);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ConstValue::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
        ConstValue::FrozenSet(items) => {
            out.push_str("frozenset({");
            write_items(out, items);
            out.push_str("})");
        }
        ConstValue::Code(code) => {
            let _ = write!(
                out,
                "<code object {} at {:#x}, file \"{}\", line {}>",
                code.name,
                Rc::as_ptr(code) as usize,
                code.filename,
                code.firstlineno
            );
        }
    }
}

fn write_items(out: &mut String, items: &[ConstValue]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, item);
    }
}

/// `str.isprintable()` for one character (CPython 3.10.2's Unicode 13.0.0 tables).
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The quote `repr` picks: a double quote only when the text has `'` and no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `repr()` of a str (`unicode_repr`).
pub fn str_repr(s: &str) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if c.is_ascii() || is_printable(c) => out.push(c),
            _ if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a bytes object (`bytes_repr`).
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a float: shortest round-trip digits, `.0` added to integral values.
pub fn float_repr(f: f64) -> String {
    format_float(f, true, false)
}

/// `repr()` of a complex (`complex_repr`): no `.0` on either part; parentheses and an
/// explicit imaginary sign unless the real part is +0.0.
pub fn complex_repr(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", format_float(imag, false, false))
    } else {
        format!(
            "({}{}j)",
            format_float(real, false, false),
            format_float(imag, false, true)
        )
    }
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags)`: `add_dot_0` is `Py_DTSF_ADD_DOT_0`,
/// `sign` is `Py_DTSF_SIGN` (a `+` on non-negative values, nan included; nan never gets `-`).
fn format_float(f: f64, add_dot_0: bool, sign: bool) -> String {
    let mut out = String::new();
    if f.is_nan() {
        if sign {
            out.push('+');
        }
        out.push_str("nan");
        return out;
    }
    if f.is_sign_negative() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    if f.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let (digits, decpt) = shortest_digits(f.abs());
    let ndigits = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        // Exponent form: d[.ddd]e±XX with at least two exponent digits.
        out.push_str(&digits[..1]);
        if ndigits > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let exp = decpt - 1;
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(&digits);
    } else if decpt < ndigits {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (decpt - ndigits) as usize));
        if add_dot_0 {
            out.push_str(".0");
        }
    }
    out
}

/// The shortest digit string that round-trips `f` (finite, non-negative) and the position
/// of the decimal point: `f == 0.DIGITS * 10**decpt`. Zero gives ("0", 1).
fn shortest_digits(f: f64) -> (String, i32) {
    // Rust's `{:e}` finds the shortest round-trip length, but breaks ties between two equally
    // near candidates upwards, where David Gay's mode 0 (CPython) picks the even digit. The
    // exact-precision formatter rounds the exact binary value half-to-even, so reformatting at
    // that length gives CPython's choice.
    let (shortest, _) = split_sci(&format!("{f:e}"));
    let precision = shortest.len().saturating_sub(1);
    split_sci(&format!("{f:.precision$e}"))
}

/// Splits Rust's `d.ddde±x` text into its digits and the decimal point position.
fn split_sci(sci: &str) -> (String, i32) {
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, exp + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    #[test]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (1.5, "1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e100, "1e+100"),
            (1.5e-300, "1.5e-300"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-2.5, "-2.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            // Ties between two shortest candidates go to the even digit.
            (-773_588_070_693_711.2, "-773588070693711.2"),
            (85_141_696_315_125.62, "85141696315125.62"),
        ];
        for &(f, want) in cases {
            assert_eq!(float_repr(f), want, "{f:?}");
        }
    }

    #[test]
    fn complexes() {
        let cases: &[((f64, f64), &str)] = &[
            ((0.0, 1.0), "1j"),
            ((1.0, 2.0), "(1+2j)"),
            ((-0.0, -1.0), "(-0-1j)"),
            ((1.5, -0.0), "(1.5-0j)"),
            ((0.0, f64::INFINITY), "infj"),
            ((f64::NAN, f64::NAN), "(nan+nanj)"),
            ((0.0, 0.0), "0j"),
            ((0.0, -0.0), "-0j"),
            ((1.0, 1e16), "(1+1e+16j)"),
            ((0.0, 2.5), "2.5j"),
            ((-1.0, f64::NEG_INFINITY), "(-1-infj)"),
        ];
        for &((re, im), want) in cases {
            assert_eq!(complex_repr(re, im), want);
        }
    }

    #[test]
    fn strings() {
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("a'b\"c", "'a\\'b\"c'"),
            ("say \"hi\"", "'say \"hi\"'"),
            ("\\\t\n\r\x00\x7f", "'\\\\\\t\\n\\r\\x00\\x7f'"),
            ("é€😀", "'é€😀'"),
            (
                "\u{a0}\u{ad}\u{2028}\u{200b}\u{e000}",
                "'\\xa0\\xad\\u2028\\u200b\\ue000'",
            ),
            ("\u{10ffff}\u{e0001}", "'\\U0010ffff\\U000e0001'"),
            ("\u{3000}", "'\\u3000'"),
        ];
        for &(s, want) in cases {
            assert_eq!(str_repr(s), want);
        }
    }

    #[test]
    fn bytes() {
        assert_eq!(bytes_repr(b"\xff'\""), "b'\\xff\\'\"'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(
            bytes_repr(b"\t\n\r\\\x7f\x00 ~"),
            "b'\\t\\n\\r\\\\\\x7f\\x00 ~'"
        );
        assert_eq!(bytes_repr(b""), "b''");
    }

    #[test]
    fn containers() {
        let int = |i: i64| ConstValue::Int(BigInt::from(i));
        assert_eq!(ConstValue::Tuple(vec![]).repr(), "()");
        assert_eq!(ConstValue::Tuple(vec![int(1)]).repr(), "(1,)");
        let nested = ConstValue::Tuple(vec![
            ConstValue::Tuple(vec![int(1)]),
            ConstValue::Tuple(vec![]),
        ]);
        assert_eq!(nested.repr(), "((1,), ())");
        assert_eq!(ConstValue::FrozenSet(vec![]).repr(), "frozenset()");
        assert_eq!(
            ConstValue::FrozenSet(vec![int(5), int(6)]).repr(),
            "frozenset({5, 6})"
        );
        let big: BigInt = "123456789012345678901234567890".parse().unwrap_or_default();
        assert_eq!(
            ConstValue::Int(-big).repr(),
            "-123456789012345678901234567890"
        );
        assert_eq!(ConstValue::Ellipsis.repr(), "Ellipsis");
        assert_eq!(ConstValue::None.repr(), "None");
        assert_eq!(ConstValue::Bool(true).repr(), "True");
        assert_eq!(ConstValue::Bool(false).repr(), "False");
    }

    #[test]
    fn code_object() {
        let code = crate::code::CodeObject {
            name: "f".into(),
            filename: "t1.py".into(),
            firstlineno: 3,
            ..Default::default()
        };
        let code = Rc::new(code);
        let want = format!(
            "<code object f at {:#x}, file \"t1.py\", line 3>",
            Rc::as_ptr(&code) as usize
        );
        assert_eq!(ConstValue::Code(code).repr(), want);
    }
}
