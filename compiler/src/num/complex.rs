//! Complex arithmetic as CPython 3.10's Objects/complexobject.c.

use super::{Complex, NumError, NumResult};

/// `a * b`.
pub fn complex_mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn complex_zero_division() -> NumError {
    NumError::zero_division("complex division by zero")
}

/// `a / b`, with CPython's scaling against intermediate overflow.
pub fn complex_div(a: Complex, b: Complex) -> NumResult<Complex> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(complex_zero_division());
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A nan in the divisor.
        Ok((f64::NAN, f64::NAN))
    }
}

/// `a ** b`.
pub fn complex_pow(a: Complex, b: Complex) -> NumResult<Complex> {
    let small_int = b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0;
    let r = if small_int {
        complex_powi(a, b.0 as i64)?
    } else {
        complex_pow_general(a, b)?
    };
    // An infinite part is CPython's OverflowError. (glibc would also flag `cos(inf)` as a
    // domain error, making CPython raise; the oracle's libm does not, and gives NaN.)
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(NumError::overflow("complex exponentiation"));
    }
    Ok(r)
}

fn complex_powi(x: Complex, n: i64) -> NumResult<Complex> {
    if n > 0 {
        Ok(complex_powu(x, n as u64))
    } else {
        complex_div((1.0, 0.0), complex_powu(x, n.unsigned_abs())).map_err(|_| zero_power())
    }
}

fn zero_power() -> NumError {
    NumError::zero_division("0.0 to a negative or complex power")
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

fn complex_pow_general(a: Complex, b: Complex) -> NumResult<Complex> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_power());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}
