//! `float.__format__`: CPython 3.10's `format_float_internal` over
//! `PyOS_double_to_string`, with digits from Rust's correctly rounded formatting.

use pyco_compiler::constant::float_repr;

use super::layout::{Layout, Number};
use super::spec::{parse_spec, FormatSpec, Grouping};
use super::FormatError;

/// `format(v, spec)` for a float. `type_name` only names the type in the unknown-code
/// error. An empty spec gives `str(v)` (which is `repr(v)`).
pub fn format_float(v: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let spec = parse_spec(spec)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_parsed(v, &spec),
        Some(t) => Err(FormatError::unknown_code(t, type_name)),
    }
}

/// Formats with a spec whose type is a float type or absent.
pub(crate) fn format_parsed(v: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => {
            return Err(FormatError::value("precision too big"));
        }
        // The digits alone would exceed the largest object.
        Some(p) if p >= crate::MAX_OBJECT_BYTES => return Err(FormatError::memory()),
        p => p,
    };
    let (mut conv, mut v, mut percent) = (spec.ty.unwrap_or('r'), v, false);
    match conv {
        'n' => conv = 'g',
        '%' => {
            conv = 'f';
            v *= 100.0;
            percent = true;
        }
        _ => {}
    }
    let add_dot_0 = spec.ty.is_none();
    let precision = match (conv, precision) {
        ('r', Some(p)) => {
            conv = 'g';
            p
        }
        ('r', None) => 0,
        (_, p) => p.unwrap_or(6),
    };
    let mut body = double_to_string(v, conv, precision, spec.alternate, add_dot_0);
    if percent {
        body.push('%');
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let grouping = match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', 3)),
    };
    let layout = Layout {
        fill: spec.fill,
        align: spec.align_or('>'),
        sign: spec.sign,
        width: spec.width.unwrap_or(0),
        grouping,
    };
    layout.render(&Number {
        negative: v.is_sign_negative() && !v.is_nan(),
        prefix: "",
        digits: &body[..split],
        rest: &body[split..],
    })
}

/// CPython's `PyOS_double_to_string` of `|v|` (the sign is the caller's): `conv` is one of
/// `eEfFgGr` (`r` is repr: shortest digits, `precision` unused), `alt` is the `#` flag and
/// `add_dot_0` makes integral non-exponent results end in `.0`.
pub(crate) fn double_to_string(
    v: f64,
    conv: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
) -> String {
    let upper = conv.is_ascii_uppercase();
    let conv = conv.to_ascii_lowercase();
    if !v.is_finite() {
        let text = if v.is_nan() { "nan" } else { "inf" };
        return if upper {
            text.to_ascii_uppercase()
        } else {
            text.to_string()
        };
    }
    let v = v.abs();
    let (digits, decpt, precision) = match conv {
        'e' => {
            let (d, p) = significant_digits(v, precision + 1);
            (d, p, precision + 1)
        }
        'g' => {
            let precision = precision.max(1);
            let (d, p) = significant_digits(v, precision);
            (d, p, precision)
        }
        'f' => {
            let (d, p) = fixed_digits(v, precision);
            (d, p, precision)
        }
        _ => {
            let (d, p) = shortest_digits(v);
            (d, p, 0)
        }
    };
    let layout = DigitLayout {
        conv,
        precision: precision as i64,
        alt,
        add_dot_0,
        upper,
    };
    layout.place(&digits, decpt)
}

/// How `format_float_short` lays out a digit string.
struct DigitLayout {
    conv: char,
    precision: i64,
    alt: bool,
    add_dot_0: bool,
    upper: bool,
}

impl DigitLayout {
    /// Places the decimal point (and exponent) into `digits` (`0.DIGITS * 10**decpt`),
    /// padding with zeros on either side to the precision.
    fn place(&self, digits: &str, mut decpt: i64) -> String {
        let p = self.precision;
        let (mut use_exp, mut end) = (false, digits.len() as i64);
        match self.conv {
            'e' => {
                use_exp = true;
                end = p;
            }
            'f' => end = decpt + p,
            'g' => {
                let limit = if self.add_dot_0 { p - 1 } else { p };
                use_exp = decpt <= -4 || decpt > limit;
                if self.alt {
                    end = p;
                }
            }
            _ => use_exp = decpt <= -4 || decpt > 16,
        }
        let exp = decpt - 1;
        if use_exp {
            decpt = 1;
        }
        let start = if decpt <= 0 { decpt - 1 } else { 0 };
        let min_end = if !use_exp && self.add_dot_0 {
            decpt + 1
        } else {
            decpt
        };
        let end = end.max(min_end);
        let bytes = digits.as_bytes();
        let mut out = String::with_capacity((end - start) as usize + 8);
        for i in start..end {
            if i == decpt {
                out.push('.');
            }
            let d = usize::try_from(i).ok().and_then(|i| bytes.get(i));
            out.push(d.map_or('0', |&b| char::from(b)));
        }
        if decpt == end && self.alt {
            out.push('.');
        }
        if use_exp {
            out.push(if self.upper { 'E' } else { 'e' });
            out.push(if exp < 0 { '-' } else { '+' });
            out.push_str(&format!("{:02}", exp.abs()));
        }
        out
    }
}

/// Rust's formatter rejects precisions above `u16::MAX`. No f64 has more than 1075 exact
/// decimal digits (2^-1074 has 1074 after the point), so digits past this cap are zeros,
/// which `trimmed` drops anyway: capping loses nothing.
const EXACT_DIGITS_CAP: usize = 1100;

/// `n` correctly rounded significant digits of `v` (finite, non-negative), trailing zeros
/// dropped, and the decimal point position; zero gives ("0", 1).
fn significant_digits(v: f64, n: usize) -> (String, i64) {
    let sci = format!("{:.*e}", n.min(EXACT_DIGITS_CAP) - 1, v);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    trimmed(&digits, exp + 1)
}

/// Digits of `v` correctly rounded to `n` places after the point, and the point position.
fn fixed_digits(v: f64, n: usize) -> (String, i64) {
    let fixed = format!("{:.*}", n.min(EXACT_DIGITS_CAP), v);
    let int_len = fixed.find('.').unwrap_or(fixed.len()) as i64;
    let digits: String = fixed.chars().filter(char::is_ascii_digit).collect();
    trimmed(&digits, int_len)
}

/// The shortest round-tripping digits (repr's), from `float_repr`'s text.
fn shortest_digits(v: f64) -> (String, i64) {
    let repr = float_repr(v);
    let (mantissa, exp) = repr.split_once('e').unwrap_or((&repr, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i64;
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    trimmed(&digits, int_len + exp)
}

/// Drops leading zeros (moving the point) and trailing zeros; all zeros become ("0", 1).
fn trimmed(digits: &str, decpt: i64) -> (String, i64) {
    let lead = digits.len() - digits.trim_start_matches('0').len();
    let core = digits.trim_matches('0');
    if core.is_empty() {
        return ("0".to_string(), 1);
    }
    (core.to_string(), decpt - lead as i64)
}
