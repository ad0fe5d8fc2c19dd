//! `random.py`'s real-valued distributions, with Python's float semantics for `/`, `%`,
//! `**`, `math.exp` and `math.acos` (errors where CPython raises them).

use super::{Random, RandomError, RandomResult};
use std::f64::consts::{E, PI, TAU};

impl Random {
    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`; a zero-width range with a mode returns `low`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(_) if high - low == 0.0 => return low,
            Some(m) => (m - low) / (high - low),
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio of uniforms.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let nv_magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = nv_magic * (u1 - 0.5) / u2;
            if z * z / 4.0 <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)`: Box-Muller, caching the second value for the next call.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> RandomResult<f64> {
        math_exp(self.normalvariate(mu, sigma))
    }

    /// `expovariate(lambd)`.
    pub fn expovariate(&mut self, lambd: f64) -> RandomResult<f64> {
        let x = -(1.0 - self.random()).ln();
        divide(x, lambd)
    }

    /// `vonmisesvariate(mu, kappa)`. A NaN kappa, on which CPython loops forever, gives NaN.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> RandomResult<f64> {
        if kappa <= 1e-6 {
            return Ok(TAU * self.random());
        }
        if kappa.is_nan() {
            return Ok(f64::NAN);
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let z = (PI * self.random()).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let a = math_acos(f)?;
        let theta = if self.random() > 0.5 { mu + a } else { mu - a };
        Ok(py_mod(theta, TAU))
    }

    /// `gammavariate(alpha, beta)`. A NaN or infinite alpha, on which CPython loops
    /// forever, gives NaN.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandomError::value(
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        if !alpha.is_finite() {
            return Ok(f64::NAN);
        }
        if alpha > 1.0 {
            Ok(self.gamma_cheng(alpha) * beta)
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            Ok(self.gamma_gs(alpha)? * beta)
        }
    }

    /// Cheng's rejection method for alpha > 1.
    fn gamma_cheng(&mut self, alpha: f64) -> f64 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        let sg_magic = 1.0 + 4.5f64.ln();
        loop {
            let u1 = self.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - self.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                return x;
            }
        }
    }

    /// Algorithm GS (Kennedy and Gentle) for 0 < alpha < 1.
    fn gamma_gs(&mut self, alpha: f64) -> RandomResult<f64> {
        loop {
            let u = self.random();
            let b = (E + alpha) / E;
            let p = b * u;
            let x = if p <= 1.0 {
                py_pow(p, 1.0 / alpha)?
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = self.random();
            let accept = if p > 1.0 {
                u1 <= py_pow(x, alpha - 1.0)?
            } else {
                u1 <= (-x).exp()
            };
            if accept {
                return Ok(x);
            }
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y == 0.0 {
            return Ok(0.0);
        }
        Ok(y / (y + self.gammavariate(beta, 1.0)?))
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> RandomResult<f64> {
        let u = 1.0 - self.random();
        py_pow(u, divide(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        let u = 1.0 - self.random();
        Ok(alpha * py_pow(-u.ln(), divide(1.0, beta)?)?)
    }
}

/// Python's float `/`.
fn divide(a: f64, b: f64) -> RandomResult<f64> {
    if b == 0.0 {
        return Err(RandomError::float_division());
    }
    Ok(a / b)
}

/// Python's float `%`: the result takes the divisor's sign.
fn py_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m == 0.0 {
        0.0f64.copysign(b)
    } else if (m < 0.0) != (b < 0.0) {
        m + b
    } else {
        m
    }
}

/// Python's float `**` on the operands these distributions produce (a non-negative base).
fn py_pow(a: f64, b: f64) -> RandomResult<f64> {
    if a == 0.0 && b < 0.0 {
        return Err(RandomError::new(
            "ZeroDivisionError",
            "0.0 cannot be raised to a negative power",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(RandomError::new(
            "OverflowError",
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// `math.exp`, which fails on overflow from a finite argument.
fn math_exp(x: f64) -> RandomResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(RandomError::new("OverflowError", "math range error"));
    }
    Ok(r)
}

/// `math.acos`, which fails outside [-1, 1].
fn math_acos(x: f64) -> RandomResult<f64> {
    if x.is_infinite() || x.abs() > 1.0 {
        return Err(RandomError::value("math domain error"));
    }
    Ok(x.acos())
}
