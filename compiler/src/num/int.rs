//! Int arithmetic as `int`'s methods in CPython 3.10 (Objects/longobject.c), with i64 fast
//! paths that return `None` whenever the BigInt version must decide (overflow or error).

use super::convert::{int_to_float, ldexp};
use super::float::float_pow;
use super::{Num, NumError, NumResult, MAX_INT_BITS};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

fn int_zero_division() -> NumError {
    NumError::zero_division("integer division or modulo by zero")
}

/// `divmod(a, b)`: floor quotient and a remainder with the sign of `b`.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(int_zero_division());
    }
    let mut q = a / b;
    let mut r = a % b;
    if !r.is_zero() && (r.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
        q -= 1;
        r += b;
    }
    Ok((q, r))
}

/// `a // b`.
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    int_divmod(a, b).map(|(q, _)| q)
}

/// `a % b`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    int_divmod(a, b).map(|(_, r)| r)
}

/// `a / b`: the correctly rounded quotient, as `int.__truediv__`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    let too_large = || NumError::overflow("integer division result too large for a float");
    let negative = a.is_negative() != b.is_negative();
    let signed = |x: f64| if negative { -x } else { x };
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        // Both exact as floats: IEEE division rounds correctly.
        let (x, y) = (a.to_u64().unwrap_or(0), b.to_u64().unwrap_or(1));
        return Ok(signed(x as f64 / y as f64));
    }
    // a/b lies in [2**(diff-1), 2**(diff+1)).
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1024 {
        return Err(too_large());
    }
    if diff < -1075 {
        return Ok(signed(0.0));
    }
    let (mant, exp) = scaled_quotient(a, b, diff).ok_or_else(too_large)?;
    let f = ldexp(mant as f64, exp);
    if f.is_infinite() {
        return Err(too_large());
    }
    Ok(signed(f))
}

/// The quotient `a/b` rounded to what an f64 can hold, as (mantissa, exponent).
fn scaled_quotient(a: &BigUint, b: &BigUint, diff: i64) -> Option<(u64, i64)> {
    // Lowest bit an f64 can hold near the result: 53 bits below the top, never below 2**-1074.
    let shift = diff.max(-1021) - 55;
    let (num, den) = if shift <= 0 {
        (a << (-shift) as u64, b.clone())
    } else {
        (a.clone(), b << shift as u64)
    };
    let q = &num / &den;
    let inexact = !(&num % &den).is_zero();
    let q = q.to_u64()?;
    let qbits = 64 - q.leading_zeros() as i64;
    let extra = (qbits - 53).max(-1074 - shift).max(0);
    let low = q & ((1u64 << extra) - 1);
    let mut kept = q >> extra;
    if extra > 0 {
        let half = 1u64 << (extra - 1);
        if low > half || (low == half && (inexact || kept & 1 == 1)) {
            kept += 1;
        }
    }
    Some((kept, shift + extra))
}

/// `a ** b`; a negative exponent computes on floats, as CPython does.
pub fn int_pow(a: &BigInt, b: &BigInt) -> NumResult<Num> {
    if b.is_negative() {
        return float_pow(int_to_float(a)?, int_to_float(b)?);
    }
    if b.is_zero() || a.is_one() {
        return Ok(Num::Int(BigInt::one()));
    }
    if a.is_zero() {
        return Ok(Num::Int(BigInt::zero()));
    }
    if a == &BigInt::from(-1) {
        let odd = b.bit(0);
        return Ok(Num::Int(BigInt::from(if odd { -1 } else { 1 })));
    }
    let exp = match b.to_u64() {
        Some(e) if (a.bits() - 1).saturating_mul(e) <= MAX_INT_BITS => e,
        _ => return Err(NumError::memory()),
    };
    Ok(Num::Int(pow_u64(a, exp)))
}

fn pow_u64(a: &BigInt, mut e: u64) -> BigInt {
    let mut result = BigInt::one();
    let mut base = a.clone();
    while e > 0 {
        if e & 1 == 1 {
            result *= &base;
        }
        e >>= 1;
        if e > 0 {
            base = &base * &base;
        }
    }
    result
}

/// `pow(a, b, c)` for ints.
pub fn int_pow_mod(a: &BigInt, b: &BigInt, c: &BigInt) -> NumResult<BigInt> {
    if c.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let m = c.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let base = if b.is_negative() {
        let reduced = int_mod(a, &m)?;
        reduced
            .modinv(&m)
            .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?
    } else {
        a.clone()
    };
    let r = base.modpow(&b.abs(), &m);
    // A negative modulus gives a result in (c, 0].
    Ok(if c.is_negative() && !r.is_zero() {
        r + c
    } else {
        r
    })
}

fn negative_shift() -> NumError {
    NumError::value("negative shift count")
}

/// `a << b`.
pub fn int_lshift(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_negative() {
        return Err(negative_shift());
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    match b.to_u64() {
        Some(n) if a.bits().saturating_add(n) <= MAX_INT_BITS => Ok(a << n),
        // CPython clips the count and fails to allocate; 64-bit CPython says this past
        // roughly 2**63 digits of 30 bits.
        _ if b.bits() > 66 => Err(NumError::overflow("too many digits in integer")),
        _ => Err(NumError::memory()),
    }
}

/// `a >> b`: floor division by `2**b`.
pub fn int_rshift(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_negative() {
        return Err(negative_shift());
    }
    Ok(match b.to_u64() {
        // BigInt's `>>` rounds toward negative infinity, as Python does.
        Some(n) if n < a.bits() => a >> n,
        // Shifting out every bit leaves the sign.
        _ if a.is_negative() => BigInt::from(-1),
        _ => BigInt::zero(),
    })
}

/// `a & b` (two's complement on unbounded ints).
pub fn int_and(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}

/// `a | b`.
pub fn int_or(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}

/// `a ^ b`.
pub fn int_xor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `~a`.
pub fn int_invert(a: &BigInt) -> BigInt {
    -a - 1
}

/// `a + b` on i64, `None` on overflow.
pub fn i64_add(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

/// `a - b` on i64, `None` on overflow.
pub fn i64_sub(a: i64, b: i64) -> Option<i64> {
    a.checked_sub(b)
}

/// `a * b` on i64, `None` on overflow.
pub fn i64_mul(a: i64, b: i64) -> Option<i64> {
    a.checked_mul(b)
}

/// `a // b` on i64; `None` on overflow or division by zero.
pub fn i64_floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    Some(if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

/// `a % b` on i64; `None` on division by zero.
pub fn i64_mod(a: i64, b: i64) -> Option<i64> {
    // `checked_rem` fails for MIN % -1, whose Python result is 0.
    let r = if b == -1 { 0 } else { a.checked_rem(b)? };
    Some(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// `divmod(a, b)` on i64; `None` on overflow or division by zero.
pub fn i64_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    Some((i64_floordiv(a, b)?, i64_mod(a, b)?))
}

/// `a ** b` for `b >= 0` on i64; `None` on overflow or a negative exponent.
pub fn i64_pow(a: i64, b: i64) -> Option<i64> {
    a.checked_pow(u32::try_from(b).ok()?)
}

/// `a << b` on i64; `None` on overflow or a negative count.
pub fn i64_lshift(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    if a == 0 {
        return Some(0);
    }
    let n = u32::try_from(b).ok().filter(|&n| n < 64)?;
    let r = a << n;
    (r >> n == a).then_some(r)
}

/// `a >> b` on i64; `None` for a negative count.
pub fn i64_rshift(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    Some(a >> b.min(63))
}
