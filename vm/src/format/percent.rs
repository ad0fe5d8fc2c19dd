//! One printf-style conversion of `str % args` (CPython 3.10's `PyUnicode_Format` per
//! argument). The caller parses the `%(key)` part, fetches `*` values, converts the
//! argument (int for `diouxX`, float for `eEfFgG`, `str()`/`repr()`/`ascii()` text for
//! `sra`) and reports type mismatches itself, since those messages name Python types.

use num_bigint::{BigInt, Sign};

use super::float::double_to_string;
use super::int::char_code;
use super::layout::alloc;
use super::FormatError;

/// Flags, width, precision and conversion of one `%` directive.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: a sign on non-negative numbers too.
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub blank: bool,
    /// `#`: `0o`/`0x` prefixes, a decimal point always for floats.
    pub alt: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
    /// `*` width to be taken from the arguments (the caller fills `width`).
    pub width_star: bool,
    pub width: Option<usize>,
    /// `.*` precision to be taken from the arguments (the caller fills `precision`).
    pub precision_star: bool,
    pub precision: Option<usize>,
    pub conv: char,
}

/// The already-converted argument of a conversion.
#[derive(Clone, Copy, Debug)]
pub enum PercentArg<'a> {
    Int(&'a BigInt),
    Float(f64),
    Str(&'a str),
}

/// Parses the directive after a `%` (and after any `(key)`) starting at char index `pos`
/// of `fmt`; returns it and the char index just past the conversion character.
pub fn parse_percent_spec(fmt: &str, pos: usize) -> Result<(PercentSpec, usize), FormatError> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = pos;
    let mut spec = PercentSpec::default();
    // Only a bare `%%` is a literal percent; after flags or a width it is unsupported.
    if chars.get(i) == Some(&'%') {
        spec.conv = '%';
        return Ok((spec, i + 1));
    }
    while let Some(&c) = chars.get(i) {
        match c {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        i += 1;
    }
    if chars.get(i) == Some(&'*') {
        spec.width_star = true;
        i += 1;
    } else {
        spec.width = parse_count(&chars, &mut i, isize::MAX as usize, "width too big")?;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        if chars.get(i) == Some(&'*') {
            spec.precision_star = true;
            i += 1;
        } else {
            let prec = parse_count(&chars, &mut i, i32::MAX as usize, "precision too big")?;
            spec.precision = Some(prec.unwrap_or(0));
        }
    }
    // Length modifiers are accepted and ignored.
    while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    let conv = *chars
        .get(i)
        .ok_or_else(|| FormatError::value("incomplete format"))?;
    spec.conv = conv;
    // `b` is `bytes`-only; `str % args` rejects it as CPython does (see `reject_b`).
    if !"diuoxXeEfFgGcrsab".contains(conv) {
        let shown = if (' '..='~').contains(&conv) {
            conv
        } else {
            '?'
        };
        return Err(FormatError::value(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, conv as u32, i
        )));
    }
    Ok((spec, i + 1))
}

/// The error `str % args` gives for `%b` at char index `index`.
pub fn reject_b(index: usize) -> FormatError {
    FormatError::value(format!(
        "unsupported format character 'b' (0x62) at index {index}"
    ))
}

fn parse_count(
    chars: &[char],
    i: &mut usize,
    max: usize,
    too_big: &str,
) -> Result<Option<usize>, FormatError> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= max)
            .ok_or_else(|| FormatError::value(too_big))?;
        *i += 1;
    }
    Ok((*i > start).then_some(n))
}

/// The text of one conversion.
pub fn percent_format(spec: &PercentSpec, arg: PercentArg) -> Result<String, FormatError> {
    let (text, numeric) = match (spec.conv, arg) {
        ('%', _) => return Ok("%".to_string()),
        ('d' | 'i' | 'u' | 'o' | 'x' | 'X', PercentArg::Int(v)) => (format_long(spec, v), true),
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', PercentArg::Float(v)) => {
            let precision = spec.precision.unwrap_or(6);
            let body = double_to_string(v, spec.conv, precision, spec.alt, false);
            let neg = v.is_sign_negative() && !v.is_nan();
            (if neg { format!("-{body}") } else { body }, true)
        }
        ('c', PercentArg::Int(v)) => {
            let code = char_code(v)?;
            let c = char::from_u32(code).ok_or_else(|| {
                FormatError::value(format!("lone surrogate U+{code:04X} cannot be represented"))
            })?;
            (c.to_string(), false)
        }
        ('c', PercentArg::Str(s)) if s.chars().count() == 1 => (s.to_string(), false),
        ('c', _) => return Err(FormatError::type_error("%c requires int or char")),
        ('s' | 'r' | 'a' | 'b', PercentArg::Str(s)) => {
            let text = match spec.precision.and_then(|p| s.char_indices().nth(p)) {
                Some((end, _)) => &s[..end],
                None => s,
            };
            (text.to_string(), false)
        }
        (c, _) => {
            return Err(FormatError::type_error(format!(
                "argument of the wrong kind for %{c}"
            )));
        }
    };
    output(spec, &text, numeric)
}

/// `_PyUnicode_FormatLong`: sign, `0o`/`0x` under `#`, digits zero-extended to precision.
fn format_long(spec: &PercentSpec, v: &BigInt) -> String {
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = spec.precision.unwrap_or(0).saturating_sub(digits.len());
    let mut out = String::new();
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if spec.alt {
        out.push_str(prefix);
    }
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(&digits);
    out
}

/// `unicode_format_arg_output`: sign and prefix, then padding to the width: zeros after
/// them for numbers under `0`, else spaces before (or after, under `-`).
fn output(spec: &PercentSpec, text: &str, numeric: bool) -> Result<String, FormatError> {
    let (mut sign, mut body) = ("", text);
    if numeric {
        if let Some(rest) = text.strip_prefix('-') {
            (sign, body) = ("-", rest);
        } else if spec.plus {
            sign = "+";
        } else if spec.blank {
            sign = " ";
        }
    }
    let mut prefix = "";
    if numeric && spec.alt && matches!(spec.conv, 'o' | 'x' | 'X') {
        prefix = &body[..2];
        body = &body[2..];
    }
    let len = sign.len() + prefix.len() + body.chars().count();
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let mut out = alloc(len + padding)?;
    let zero_fill = numeric && spec.zero && !spec.left;
    if zero_fill {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', padding));
    } else {
        if !spec.left {
            out.extend(std::iter::repeat_n(' ', padding));
        }
        out.push_str(sign);
        out.push_str(prefix);
    }
    out.push_str(body);
    if spec.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    Ok(out)
}
