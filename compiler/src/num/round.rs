//! The built-in `round()` for ints and floats, as CPython 3.10.

use super::convert::float_to_int;
use super::float::decompose;
use super::{NumError, NumResult};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// The largest `ndigits` that can change a float (more digits than any double has).
const NDIGITS_MAX: i64 = 323;
/// The smallest `ndigits` that does not round every float to zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x)`: to the nearest int, halves to even.
pub fn round_float_to_int(x: f64) -> NumResult<BigInt> {
    let mut rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        rounded = 2.0 * (x / 2.0).round();
    }
    float_to_int(rounded)
}

/// `round(x, ndigits)`: `x` rounded exactly to a multiple of `10**-ndigits` (halves to even),
/// then converted back to the nearest float.
pub fn round_float(x: f64, ndigits: i64) -> NumResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (mant, exp) = decompose(x);
    // x * 10**ndigits == num / den, exactly.
    let mut num = BigInt::from(mant.unsigned_abs());
    let mut den = BigInt::from(1u8);
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    let scale = num_traits::pow(BigInt::from(10u8), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= scale;
    } else {
        den *= scale;
    }
    let digits = div_round_half_even(&num, &den);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = format!("{sign}{digits}e{}", -ndigits);
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `num / den` for non-negative values, rounded to the nearest int, halves to even.
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let q = num / den;
    let twice_r: BigInt = (num - &q * den) << 1u8;
    if twice_r > *den || (twice_r == *den && q.bit(0)) {
        q + 1
    } else {
        q
    }
}

/// `round(a, ndigits)` for an int: unchanged unless `ndigits` is negative, else rounded to
/// a multiple of `10**-ndigits`, halves to even.
pub fn round_int(a: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || a.is_zero() {
        return a.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k > 2*|a| rounds to zero; this also keeps `10**k` small.
    if k as f64 > (a.bits() + 1) as f64 * std::f64::consts::LOG10_2 + 1.0 {
        return BigInt::zero();
    }
    let pow = num_traits::pow(BigInt::from(10u8), k as usize);
    let near = div_round_half_even(&a.abs(), &pow);
    let r = near * pow;
    if a.is_negative() {
        -r
    } else {
        r
    }
}
