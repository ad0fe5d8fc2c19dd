//! Python's numeric semantics (int, float, complex) for constant folding.
//!
//! Every function returns `None` where CPython would raise (ZeroDivisionError,
//! OverflowError, ValueError, TypeError), so the caller leaves the expression unfolded.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// A Python number after the usual coercion (bool already turned into int).
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

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

/// `float(i)`, correctly rounded (half to even); `None` for OverflowError.
pub fn int_to_float(i: &BigInt) -> Option<f64> {
    let bits = i.bits();
    if bits <= 63 {
        return i.to_i64().map(|v| v as f64);
    }
    let mag = i.magnitude();
    let shift = bits - 64;
    let mut top = (mag >> shift).to_u64()?;
    // A sticky bit below the 53 kept bits makes the u64 -> f64 rounding exact.
    if mag.trailing_zeros().unwrap_or(0) < shift {
        top |= 1;
    }
    let f = ldexp(top as f64, shift as i64);
    if f.is_infinite() {
        return None;
    }
    Some(if i.is_negative() { -f } else { f })
}

/// `a / b` for ints: the correctly rounded quotient, as `int.__truediv__`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    let negative = a.is_negative() != b.is_negative();
    let signed = |x: f64| if negative { -x } else { x };
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Some(signed(0.0));
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        // Both exact as floats: IEEE division rounds correctly.
        return Some(signed(a.to_u64()? as f64 / b.to_u64()? as f64));
    }
    // a/b lies in [2**(diff-1), 2**(diff+1)).
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1024 {
        return None;
    }
    if diff < -1075 {
        return Some(signed(0.0));
    }
    let q = scaled_quotient(a, b, diff)?;
    let f = ldexp(q.0 as f64, q.1);
    if f.is_infinite() {
        return None;
    }
    Some(signed(f))
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

/// Floor division and modulo of ints, as `divmod`.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    let mut q = a / b;
    let mut r = a % b;
    if !r.is_zero() && (r.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
        q -= 1;
        r += b;
    }
    Some((q, r))
}

/// `divmod` for floats, with CPython's sign and rounding fix-ups.
pub fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

/// `vx % wx` for floats (computed on its own, as `float.__mod__`).
pub fn float_mod(vx: f64, wx: f64) -> Option<f64> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    Some(m)
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `iv ** iw` for floats; a negative base with a fractional exponent gives a complex.
pub fn float_pow(iv: f64, iw: f64) -> Option<Num> {
    if iw == 0.0 {
        return Some(Num::Float(1.0));
    }
    if iv.is_nan() {
        return Some(Num::Float(iv));
    }
    if iw.is_nan() {
        return Some(Num::Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        let r = if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        };
        return Some(Num::Float(r));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        let r = match (iw > 0.0, odd) {
            (true, true) => iv,
            (true, false) => iv.abs(),
            (false, true) => 0.0f64.copysign(iv),
            (false, false) => 0.0,
        };
        return Some(Num::Float(r));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return None;
        }
        return Some(Num::Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return complex_pow((iv, 0.0), (iw, 0.0)).map(|(r, i)| Num::Complex(r, i));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Some(Num::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return None;
    }
    Some(Num::Float(if negate { -r } else { r }))
}

pub type Complex = (f64, f64);

pub fn complex_mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division with CPython's scaling; `None` when dividing by zero.
pub fn complex_div(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` for complex numbers; `None` for CPython's ZeroDivisionError or OverflowError.
pub fn complex_pow(a: Complex, b: Complex) -> Option<Complex> {
    let small_int = b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0;
    let r = if small_int {
        complex_powi(a, b.0 as i64)?
    } else {
        complex_pow_general(a, b)?
    };
    // An infinite part is CPython's OverflowError. (glibc would also flag `cos(inf)` as a
    // domain error, making CPython raise; the oracle's libm does not, and folds to NaN.)
    if r.0.is_infinite() || r.1.is_infinite() {
        return None;
    }
    Some(r)
}

fn complex_powi(x: Complex, n: i64) -> Option<Complex> {
    if n > 0 {
        Some(complex_powu(x, n as u64))
    } else {
        complex_div((1.0, 0.0), complex_powu(x, n.unsigned_abs()))
    }
}

fn complex_powu(x: Complex, n: u64) -> Complex {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    r
}

fn complex_pow_general(a: Complex, b: Complex) -> Option<Complex> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_to_float_rounds_half_even() {
        let two53 = BigInt::from(1u64 << 53);
        assert_eq!(int_to_float(&(&two53 + 1)), Some(9007199254740992.0));
        assert_eq!(int_to_float(&(&two53 + 3)), Some(9007199254740996.0));
        let big: BigInt = BigInt::from(1) << 1024u32;
        assert_eq!(int_to_float(&big), None);
        assert_eq!(int_to_float(&(-(big - BigInt::from(1)))), None);
        let max: BigInt = (BigInt::from(1) << 1024u32) - (BigInt::from(1) << 971u32);
        assert_eq!(int_to_float(&max), Some(f64::MAX));
    }

    #[test]
    fn int_true_div_is_correctly_rounded() {
        let big = BigInt::from(10).pow(30);
        assert_eq!(
            int_true_div(&big, &BigInt::from(3)),
            Some(3.333333333333333e29)
        );
        assert_eq!(int_true_div(&BigInt::from(1), &big), Some(1e-30));
        let tiny: BigInt = BigInt::from(1) << 1080u32;
        assert_eq!(int_true_div(&BigInt::from(1), &tiny), Some(0.0));
        let sub: BigInt = BigInt::from(1) << 1074u32;
        assert_eq!(int_true_div(&BigInt::from(1), &sub), Some(5e-324));
        assert_eq!(int_true_div(&BigInt::from(-1), &sub), Some(-5e-324));
        assert_eq!(int_true_div(&BigInt::from(1), &BigInt::from(0)), None);
    }
}
