//! `int.__format__`: CPython 3.10's `format_long_internal`, and the float presentation
//! types through `float()` of the int.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float;
use super::layout::{Layout, Number};
use super::spec::{parse_spec, FormatSpec, Grouping};
use super::FormatError;

/// `format(v, spec)` for an int. `type_name` only names the type in the unknown-code error.
/// An empty spec gives `str(v)`; for a subclass with its own `__str__` (bool) the caller
/// must use that instead, as CPython does.
pub fn format_int(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let spec = parse_spec(spec)?;
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_parsed(v, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => float::format_parsed(int_to_f64(v)?, &spec),
        t => Err(FormatError::unknown_code(t, type_name)),
    }
}

fn format_parsed(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        return format_char(v, spec);
    }
    let (base, prefix, group) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', group)),
    };
    let number = Number {
        negative: v.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    layout(spec, grouping).render(&number)
}

/// The `c` type: the character with that code point.
fn format_char(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = char_code(v)?;
    let ch = char::from_u32(code).ok_or_else(|| {
        FormatError::value(format!("lone surrogate U+{code:04X} cannot be represented"))
    })?;
    let text = ch.to_string();
    let number = Number {
        negative: false,
        prefix: "",
        digits: "",
        rest: &text,
    };
    layout(spec, None).render(&number)
}

/// A code point for `c` formatting (`%c` too): a C long in `range(0x110000)`.
pub(crate) fn char_code(v: &BigInt) -> Result<u32, FormatError> {
    let x = v
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    u32::try_from(x)
        .ok()
        .filter(|&c| c <= 0x10FFFF)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))
}

fn layout(spec: &FormatSpec, grouping: Option<(char, usize)>) -> Layout {
    Layout {
        fill: spec.fill,
        align: spec.align_or('>'),
        sign: spec.sign,
        width: spec.width.unwrap_or(0),
        grouping,
    }
}

/// `float(v)` for an int with float presentation types: correctly rounded, OverflowError
/// when too large (the shared numeric semantics in `pyco_compiler::num`).
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    pyco_compiler::num::int_to_float(v).map_err(|e| FormatError {
        class: e.class,
        msg: e.msg,
    })
}
