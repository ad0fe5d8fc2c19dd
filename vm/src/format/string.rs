//! `str.__format__`: CPython 3.10's `format_string_internal`.

use super::layout::pad_str;
use super::spec::{grouping_error, parse_spec, Grouping};
use super::FormatError;

/// `format(v, spec)` for a str. `type_name` only names the type in the unknown-code error.
pub fn format_str(v: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let spec = parse_spec(spec)?;
    // The default type is 's', which grouping is checked against while parsing.
    if spec.ty.is_none() && spec.grouping != Grouping::None {
        return Err(grouping_error(spec.grouping, 's'));
    }
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(FormatError::unknown_code(t, type_name)),
    }
    if spec.sign == Some(' ') {
        return Err(FormatError::value(
            "Space not allowed in string format specifier",
        ));
    }
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_or('<');
    if align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text = match spec.precision {
        Some(p) => match v.char_indices().nth(p) {
            Some((end, _)) => &v[..end],
            None => v,
        },
        None => v,
    };
    pad_str(text, spec.fill, align, spec.width.unwrap_or(0))
}
