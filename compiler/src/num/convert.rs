//! Conversions between ints and floats.

use super::{NumError, NumResult};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive};

/// `x * 2**e` for a value that is exactly representable (or overflows to inf).
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    // Step in chunks that keep every intermediate value normal, so no double rounding.
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(e as i32)
}

/// `2**e` for `-1022 <= e <= 1023`.
fn pow2(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

pub(crate) fn int_too_large() -> NumError {
    NumError::overflow("int too large to convert to float")
}

/// `float(i)`, correctly rounded (half to even).
pub fn int_to_float(i: &BigInt) -> NumResult<f64> {
    let bits = i.bits();
    if bits <= 63 {
        return i.to_i64().map(|v| v as f64).ok_or_else(int_too_large);
    }
    let mag = i.magnitude();
    let shift = bits - 64;
    let mut top = (mag >> shift).to_u64().ok_or_else(int_too_large)?;
    // A sticky bit below the 53 kept bits makes the u64 -> f64 rounding exact.
    if mag.trailing_zeros().unwrap_or(0) < shift {
        top |= 1;
    }
    let f = ldexp(top as f64, shift as i64);
    if f.is_infinite() {
        return Err(int_too_large());
    }
    Ok(if i.is_negative() { -f } else { f })
}

/// `int(x)` for a float: truncation toward zero.
pub fn float_to_int(x: f64) -> NumResult<BigInt> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    // Finite values convert exactly once truncated.
    BigInt::from_f64(x.trunc()).ok_or_else(|| NumError::value("cannot convert float to integer"))
}
