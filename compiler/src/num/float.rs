//! Float arithmetic as `float`'s methods in CPython 3.10 (Objects/floatobject.c).

use super::complex::complex_pow;
use super::{Num, NumError, NumResult};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, One};

/// `a / b`.
pub fn float_div(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// `a % b` (computed on its own, as `float.__mod__`): the sign follows `b`.
pub fn float_mod(vx: f64, wx: f64) -> NumResult<f64> {
    if wx == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    Ok(mod_fixup(vx % wx, wx))
}

/// Moves an `fmod` remainder to the sign of the divisor (zero takes the divisor's sign).
fn mod_fixup(m: f64, wx: f64) -> f64 {
    if m == 0.0 {
        0.0f64.copysign(wx)
    } else if (wx < 0.0) != (m < 0.0) {
        m + wx
    } else {
        m
    }
}

/// `divmod(a, b)`, with CPython's sign and rounding fix-ups.
pub fn float_divmod(vx: f64, wx: f64) -> NumResult<(f64, f64)> {
    if wx == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    let m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 && (wx < 0.0) != (m < 0.0) {
        div -= 1.0;
    }
    let m = mod_fixup(m, wx);
    let floordiv = if div != 0.0 {
        // `div` is within rounding of an integer: snap to it.
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    Ok((floordiv, m))
}

/// `a // b`: the quotient of `divmod`.
pub fn float_floordiv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    float_divmod(a, b).map(|(q, _)| q)
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `iv ** iw`; a negative base with a fractional exponent gives a complex.
pub fn float_pow(iv: f64, iw: f64) -> NumResult<Num> {
    if iw == 0.0 {
        return Ok(Num::Float(1.0));
    }
    if iv.is_nan() {
        return Ok(Num::Float(iv));
    }
    if iw.is_nan() {
        return Ok(Num::Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        return Ok(Num::Float(pow_infinite_exponent(iv, iw)));
    }
    if iv.is_infinite() {
        let r = match (iw > 0.0, is_odd_integer(iw)) {
            (true, true) => iv,
            (true, false) => iv.abs(),
            (false, true) => 0.0f64.copysign(iv),
            (false, false) => 0.0,
        };
        return Ok(Num::Float(r));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Num::Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            let (re, im) = complex_pow((iv, 0.0), (iw, 0.0))?;
            return Ok(Num::Complex(re, im));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(Num::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(erange());
    }
    Ok(Num::Float(if negate { -r } else { r }))
}

/// OverflowError from errno ERANGE, as `str()` shows it on Linux.
pub(crate) fn erange() -> NumError {
    NumError::overflow("(34, 'Numerical result out of range')")
}

/// `x ** ±inf` for finite or infinite `x` (not nan).
fn pow_infinite_exponent(iv: f64, iw: f64) -> f64 {
    let a = iv.abs();
    if a == 1.0 {
        1.0
    } else if (iw > 0.0) == (a > 1.0) {
        iw.abs()
    } else {
        0.0
    }
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

/// `x.as_integer_ratio()`: the exact value as a fraction in lowest terms, positive denominator.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(BigInt, BigInt)> {
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    let (mant, exp) = decompose(x);
    let mant = BigInt::from_i64(mant).unwrap_or_default();
    Ok(if exp >= 0 {
        (mant << exp as u64, BigInt::one())
    } else {
        (mant, BigInt::one() << (-exp) as u64)
    })
}

/// A finite `x` as `m * 2**e` with `m` odd (or zero, with `e == 0`).
pub(crate) fn decompose(x: f64) -> (i64, i64) {
    if x == 0.0 {
        return (0, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = (bits & ((1 << 52) - 1)) as i64;
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    (if x < 0.0 { -m } else { m }, e)
}
