//! `complex.__format__`: CPython 3.10's `format_complex_internal`. Each part is formatted
//! as a float without padding (the imaginary one always signed unless the real part is
//! left out), then the whole `re+imj` is padded to the width.

use super::float::{double_to_string, format_parsed};
use super::spec::{parse_spec, FormatSpec};
use super::FormatError;

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, FormatError> {
    let spec = parse_spec(spec)?;
    if spec.zero {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if let Some(t) = spec.ty.filter(|t| !"eEfFgGn".contains(*t)) {
        return Err(FormatError::unknown_code(t, "complex"));
    }
    // No type: like str(), with the real part left out when it is +0 and parentheses
    // otherwise.
    let bare = spec.ty.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let parens = bare && !skip_re;
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, &spec, spec.sign)?);
    }
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    body.push_str(&part(im, &spec, im_sign)?);
    body.push('j');
    if parens {
        body.push(')');
    }
    pad(&body, &spec)
}

/// One part, signed as `sign` asks, unpadded.
fn part(v: f64, spec: &FormatSpec, sign: Option<char>) -> Result<String, FormatError> {
    if spec.ty.is_none() && spec.precision.is_none() {
        // repr-style digits, but without the `.0` float repr adds.
        let body = double_to_string(v, 'r', 0, spec.alternate, false);
        let prefix = if v.is_sign_negative() && !v.is_nan() {
            "-"
        } else {
            match sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        return Ok(format!("{prefix}{body}"));
    }
    let part_spec = FormatSpec {
        fill: ' ',
        align: None,
        sign,
        zero: false,
        width: None,
        ty: Some(spec.ty.map_or('g', |t| if t == 'n' { 'g' } else { t })),
        ..spec.clone()
    };
    format_parsed(v, &part_spec)
}

fn pad(body: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    let len = body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return Ok(body.to_string());
    }
    super::layout::alloc(width)?;
    let total = width - len;
    let left = match spec.align_or('>') {
        '<' => 0,
        '^' => total / 2,
        _ => total,
    };
    let fill = |n: usize| std::iter::repeat_n(spec.fill, n).collect::<String>();
    Ok(format!("{}{body}{}", fill(left), fill(total - left)))
}
