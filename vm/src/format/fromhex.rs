//! `float.fromhex`: CPython's `float_fromhex`, correctly rounded (half to even) to the
//! nearest double, subnormals included.

use super::FormatError;
use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};

fn invalid() -> FormatError {
    FormatError::value("invalid hexadecimal floating-point string")
}

/// Parses `[ws][sign](inf|infinity|nan|[0x]hex[.hex][p[sign]dec])[ws]`.
pub fn float_fromhex(s: &str) -> Result<f64, FormatError> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_finite(&lower)?,
    };
    Ok(if neg { -v } else { v })
}

fn parse_finite(s: &str) -> Result<f64, FormatError> {
    let s = s.strip_prefix("0x").unwrap_or(s);
    let (digits, exp) = match s.find('p') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int_part, frac_part) = match digits.find('.') {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut mantissa = BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mantissa = mantissa * 16u32 + d;
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(x) => {
            let digits = x.trim_start_matches(['+', '-']);
            if digits.is_empty()
                || !digits.bytes().all(|b| b.is_ascii_digit())
                || x.len() - digits.len() > 1
            {
                return Err(invalid());
            }
            // Huge exponents only matter as "too big" or "zero".
            let n: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if x.starts_with('-') {
                -n
            } else {
                n
            }
        }
    };
    e -= 4 * frac_part.len() as i64;
    to_double(mantissa, e)
}

/// `m * 2**e` rounded half to even.
fn to_double(m: BigUint, e: i64) -> Result<f64, FormatError> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let bits = m.bits() as i64;
    let top = bits - 1 + e;
    if top > 1023 {
        return Err(too_large());
    }
    // Significant bits available at this magnitude (fewer for subnormals).
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if keep <= -1 {
        return Ok(0.0);
    }
    let shift = bits - keep;
    let (q, k) = if shift > 0 {
        let s = shift as u64;
        let q = &m >> s;
        let rem = &m - (&q << s);
        let half = BigUint::one() << (s - 1);
        let round_up = rem > half || (rem == half && q.bit(0));
        (q + u32::from(round_up), e + shift)
    } else {
        (m, e)
    };
    let q = q.to_f64().unwrap_or(f64::INFINITY);
    let v = q * 2f64.powi((k / 2) as i32) * 2f64.powi((k - k / 2) as i32);
    if v.is_infinite() {
        return Err(too_large());
    }
    Ok(v)
}

fn too_large() -> FormatError {
    FormatError::overflow("hexadecimal value too large to represent as a float")
}
