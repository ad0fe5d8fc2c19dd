//! The `math` module (CPython's `mathmodule.c`): float functions with its domain/range
//! error rules, exact integer functions over big ints, and the constants.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyco_compiler::num as n;
use pyco_vm::object::{Object, Payload};
use pyco_vm::{PyResult, Value, Vm};
use std::rc::Rc;

// libm's special functions (always linked on the platforms we build for); CPython ships its
// own versions of these, which agree to within an ulp.
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma(x: f64) -> f64;
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("math");
    use std::f64::consts;
    for (name, v) in [
        ("pi", consts::PI),
        ("e", consts::E),
        ("tau", consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.set_attr_str(&m, name, Value::Float(v));
    }
    add_float_functions(vm, &m);
    add_int_functions(vm, &m);
    add_misc_functions(vm, &m);
    Ok(m)
}

fn domain(vm: &Vm) -> pyco_vm::object::PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> pyco_vm::object::PyErr {
    vm.overflow_error("math range error")
}

/// One float argument of a METH_O function.
fn float_arg(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<f64> {
    let x = vm.one_arg(name, a, kw)?.clone();
    vm.to_f64(&x)
}

/// `math_1`: a NaN result from a non-NaN argument is a domain error; an infinite result
/// from a finite argument is a range error (OverflowError) or a domain error.
fn math_1(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($vm:expr, $m:expr, $name:literal, $f:expr, $ovf:expr) => {
        $vm.add_function($m, $name, |vm, a, kw| {
            let x = float_arg(vm, $name, a, kw)?;
            let f: fn(f64) -> f64 = $f;
            math_1(vm, x, f(x), $ovf)
        });
    };
}

fn add_float_functions(vm: &mut Vm, m: &Rc<Object>) {
    unary!(vm, m, "sqrt", f64::sqrt, false);
    unary!(vm, m, "exp", f64::exp, true);
    unary!(vm, m, "expm1", f64::exp_m1, true);
    unary!(vm, m, "sin", f64::sin, false);
    unary!(vm, m, "cos", f64::cos, false);
    unary!(vm, m, "tan", f64::tan, false);
    unary!(vm, m, "asin", f64::asin, false);
    unary!(vm, m, "acos", f64::acos, false);
    unary!(vm, m, "atan", f64::atan, false);
    unary!(vm, m, "sinh", f64::sinh, true);
    unary!(vm, m, "cosh", f64::cosh, true);
    unary!(vm, m, "tanh", f64::tanh, false);
    unary!(vm, m, "asinh", f64::asinh, false);
    unary!(vm, m, "acosh", f64::acosh, false);
    unary!(vm, m, "atanh", f64::atanh, false);
    unary!(vm, m, "fabs", f64::abs, false);
    unary!(vm, m, "erf", |x| unsafe { erf(x) }, false);
    unary!(vm, m, "erfc", |x| unsafe { erfc(x) }, false);
    unary!(vm, m, "degrees", f64::to_degrees, true);
    unary!(vm, m, "radians", f64::to_radians, false);
    unary!(vm, m, "log1p", log1p, false);
    vm.add_function(m, "gamma", |vm, a, kw| {
        let x = float_arg(vm, "gamma", a, kw)?;
        if x.is_finite() && (x <= 0.0 && x == x.floor()) || x == f64::NEG_INFINITY {
            return Err(domain(vm));
        }
        math_1(vm, x, unsafe { tgamma(x) }, true)
    });
    vm.add_function(m, "lgamma", |vm, a, kw| {
        let x = float_arg(vm, "lgamma", a, kw)?;
        if x.is_finite() && x <= 0.0 && x == x.floor() {
            return Err(domain(vm));
        }
        math_1(vm, x, unsafe { lgamma(x) }, true)
    });
    vm.add_function(m, "log", |vm, a, kw| {
        let a = vm.check_args("log", a, kw, 1, 2)?;
        let x = log_of(vm, &a[0], f64::ln)?;
        if a.len() == 1 {
            return Ok(Value::Float(x));
        }
        let b = log_of(vm, &a[1], f64::ln)?;
        if b == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        Ok(Value::Float(x / b))
    });
    vm.add_function(m, "log2", |vm, a, kw| {
        let x = vm.one_arg("log2", a, kw)?.clone();
        Ok(Value::Float(log_of(vm, &x, f64::log2)?))
    });
    vm.add_function(m, "log10", |vm, a, kw| {
        let x = vm.one_arg("log10", a, kw)?.clone();
        Ok(Value::Float(log_of(vm, &x, f64::log10)?))
    });
    vm.add_function(m, "atan2", |vm, a, kw| {
        let (y, x) = two_floats(vm, "atan2", a, kw)?;
        Ok(Value::Float(y.atan2(x)))
    });
    vm.add_function(m, "copysign", |vm, a, kw| {
        let (x, y) = two_floats(vm, "copysign", a, kw)?;
        Ok(Value::Float(x.copysign(y)))
    });
    vm.add_function(m, "fmod", |vm, a, kw| {
        let (x, y) = two_floats(vm, "fmod", a, kw)?;
        if y.is_infinite() && x.is_finite() {
            return Ok(Value::Float(x));
        }
        let r = x % y;
        if r.is_nan() && !x.is_nan() && !y.is_nan() {
            return Err(domain(vm));
        }
        Ok(Value::Float(r))
    });
    vm.add_function(m, "remainder", |vm, a, kw| {
        let (x, y) = two_floats(vm, "remainder", a, kw)?;
        remainder(vm, x, y)
    });
    vm.add_function(m, "pow", |vm, a, kw| {
        let (x, y) = two_floats(vm, "pow", a, kw)?;
        pow(vm, x, y)
    });
    vm.add_function(m, "ldexp", |vm, a, kw| {
        let a = vm.check_args("ldexp", a, kw, 2, 2)?;
        let x = vm.to_f64(&a[0])?;
        if matches!(a[1], Value::Float(_)) {
            return Err(vm.type_error("Expected an int as second argument to ldexp."));
        }
        let e = vm.to_bigint(&a[1])?;
        let e = e
            .to_i64()
            .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
        let r = n::ldexp(x, e.clamp(-100_000, 100_000));
        if r.is_infinite() && x.is_finite() {
            return Err(range(vm));
        }
        Ok(Value::Float(r))
    });
    vm.add_function(m, "frexp", |vm, a, kw| {
        let x = float_arg(vm, "frexp", a, kw)?;
        let (m, e) = frexp(x);
        Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
    });
    vm.add_function(m, "modf", |vm, a, kw| {
        let x = float_arg(vm, "modf", a, kw)?;
        let (f, i) = if x.is_infinite() {
            (0.0f64.copysign(x), x)
        } else {
            (x - x.trunc(), x.trunc())
        };
        // The fractional part keeps the sign of x (modf(-0.0) == (-0.0, -0.0)).
        Ok(vm.new_tuple(vec![Value::Float(f.copysign(x)), Value::Float(i)]))
    });
    vm.add_function(m, "hypot", |vm, a, kw| {
        if !kw.is_empty() {
            return Err(vm.type_error("hypot() takes no keyword arguments"));
        }
        let mut xs = Vec::with_capacity(a.len());
        for v in a {
            xs.push(vm.to_f64(v)?);
        }
        Ok(Value::Float(hypot(&xs)))
    });
    vm.add_function(m, "dist", |vm, a, kw| {
        let a = vm.check_args("dist", a, kw, 2, 2)?;
        let p = float_seq(vm, &a[0])?;
        let q = float_seq(vm, &a[1])?;
        if p.len() != q.len() {
            return Err(vm.value_error("both points must have the same number of dimensions"));
        }
        let d: Vec<f64> = p.iter().zip(&q).map(|(x, y)| x - y).collect();
        Ok(Value::Float(hypot(&d)))
    });
    vm.add_function(m, "fsum", |vm, a, kw| {
        let it = vm.one_arg("fsum", a, kw)?.clone();
        let xs = float_seq(vm, &it)?;
        fsum(vm, &xs)
    });
}

fn log1p(x: f64) -> f64 {
    if x <= -1.0 {
        if x == -1.0 {
            return f64::NEG_INFINITY;
        }
        return f64::NAN;
    }
    x.ln_1p()
}

fn two_floats(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<(f64, f64)> {
    let a = vm.check_args(name, a, kw, 2, 2)?;
    Ok((vm.to_f64(&a[0])?, vm.to_f64(&a[1])?))
}

fn float_seq(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect(v)?;
    items.iter().map(|x| vm.to_f64(x)).collect()
}

/// `loghelper`: ints are handled exactly (any size), everything else as a float.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int_value(v) {
        if !i.is_positive() {
            return Err(domain(vm));
        }
        return Ok(match i.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x),
            None => {
                // log(i) = log(i / 2**e) + e * log(2) for ints beyond float range.
                let e = i.bits() as i64 - 60;
                let top = (&i >> e as usize).to_f64().unwrap_or(1.0);
                f(top) + e as f64 * f(2.0)
            }
        });
    }
    let x = vm.to_f64(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

/// The exact int value of an int or bool.
fn int_value(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn pow(vm: &Vm, x: f64, y: f64) -> PyResult {
    // The special cases C99 Annex F (and CPython) define before calling pow().
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            return Ok(Value::Float(if y == 0.0 { 1.0 } else { x }));
        }
        if y.is_nan() {
            return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
        }
        return Ok(Value::Float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &Vm, x: f64, y: f64) -> PyResult {
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: pick the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

/// `vector_norm`-like hypot: scale by the largest magnitude to avoid overflow.
fn hypot(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in xs {
        let a = x.abs();
        found_nan |= a.is_nan();
        if a > max {
            max = a;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    let sum: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * sum.sqrt()
}

/// Shewchuk's exact summation (`math_fsum`).
fn fsum(vm: &Vm, xs: &[f64]) -> PyResult {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_infinite() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut k) = partials.len().checked_sub(1) {
        hi = partials[k];
        let mut lo = 0.0;
        while k > 0 {
            let x = hi;
            k -= 1;
            let y = partials[k];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the remaining partials push past a tie.
        if k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// An exact-int argument (`__index__`); floats are refused as CPython 3.10 does.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    vm.to_bigint(v)
}

fn add_int_functions(vm: &mut Vm, m: &Rc<Object>) {
    vm.add_function(m, "factorial", |vm, a, kw| {
        let x = vm.one_arg("factorial", a, kw)?.clone();
        let n = int_arg(vm, &x)?;
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let Some(n) = n.to_u64().filter(|&n| n <= 1_000_000) else {
            return Err(
                vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
            );
        };
        let mut r = BigInt::one();
        for i in 2..=n {
            r *= i;
        }
        Ok(vm.new_bigint(r))
    });
    vm.add_function(m, "gcd", |vm, a, kw| {
        if !kw.is_empty() {
            return Err(vm.type_error("gcd() takes no keyword arguments"));
        }
        let mut g = BigInt::zero();
        for v in a {
            let x = int_arg(vm, v)?;
            g = g.gcd(&x);
        }
        Ok(vm.new_bigint(g))
    });
    vm.add_function(m, "lcm", |vm, a, kw| {
        if !kw.is_empty() {
            return Err(vm.type_error("lcm() takes no keyword arguments"));
        }
        let mut l = BigInt::one();
        for v in a {
            let x = int_arg(vm, v)?;
            l = if l.is_zero() || x.is_zero() {
                BigInt::zero()
            } else {
                l.lcm(&x)
            };
        }
        Ok(vm.new_bigint(l))
    });
    vm.add_function(m, "isqrt", |vm, a, kw| {
        let x = vm.one_arg("isqrt", a, kw)?.clone();
        let n = int_arg(vm, &x)?;
        if n.is_negative() {
            return Err(vm.value_error("isqrt() argument must be nonnegative"));
        }
        Ok(vm.new_bigint(n.sqrt()))
    });
    vm.add_function(m, "comb", |vm, a, kw| {
        let a = vm.check_args("comb", a, kw, 2, 2)?;
        let (n, k) = (int_arg(vm, &a[0])?, int_arg(vm, &a[1])?);
        if n.is_negative() {
            return Err(vm.value_error("n must be a non-negative integer"));
        }
        if k.is_negative() {
            return Err(vm.value_error("k must be a non-negative integer"));
        }
        if k > n {
            return Ok(Value::Int(0));
        }
        let k = std::cmp::min(k.clone(), &n - &k);
        let k = small_count(vm, &k)?;
        let mut r = BigInt::one();
        for i in 0..k {
            r = r * (&n - i) / (i + 1);
        }
        Ok(vm.new_bigint(r))
    });
    vm.add_function(m, "perm", |vm, a, kw| {
        let a = vm.check_args("perm", a, kw, 1, 2)?;
        let n = int_arg(vm, &a[0])?;
        let k = match a.get(1) {
            Some(v) if !v.is_none() => int_arg(vm, v)?,
            _ => n.clone(),
        };
        if n.is_negative() {
            return Err(vm.value_error("n must be a non-negative integer"));
        }
        if k.is_negative() {
            return Err(vm.value_error("k must be a non-negative integer"));
        }
        if k > n {
            return Ok(Value::Int(0));
        }
        let k = small_count(vm, &k)?;
        let mut r = BigInt::one();
        for i in 0..k {
            r *= &n - i;
        }
        Ok(vm.new_bigint(r))
    });
}

fn small_count(vm: &Vm, k: &BigInt) -> PyResult<u64> {
    k.to_u64()
        .ok_or_else(|| vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"))
}

/// `floor`/`ceil`/`trunc`: ints pass through, floats convert, others use the dunder.
fn rounding(vm: &mut Vm, name: &str, dunder: &str, v: &Value, f: fn(f64) -> f64) -> PyResult {
    if let Some(i) = int_value(v) {
        return Ok(vm.new_bigint(i));
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, f(*x));
    }
    if let Some(m) = vm.type_of(v).lookup(dunder) {
        return vm.call_method_value(&m, v, &[]);
    }
    if name == "trunc" {
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(v)
        )));
    }
    let x = vm.to_f64(v)?;
    float_to_int(vm, f(x))
}

fn float_to_int(vm: &Vm, x: f64) -> PyResult {
    let i = n::float_to_int(x).map_err(|e| vm.num_err(e))?;
    Ok(vm.new_bigint(i))
}

fn add_misc_functions(vm: &mut Vm, m: &Rc<Object>) {
    vm.add_function(m, "floor", |vm, a, kw| {
        let v = vm.one_arg("floor", a, kw)?.clone();
        rounding(vm, "floor", "__floor__", &v, f64::floor)
    });
    vm.add_function(m, "ceil", |vm, a, kw| {
        let v = vm.one_arg("ceil", a, kw)?.clone();
        rounding(vm, "ceil", "__ceil__", &v, f64::ceil)
    });
    vm.add_function(m, "trunc", |vm, a, kw| {
        let v = vm.one_arg("trunc", a, kw)?.clone();
        rounding(vm, "trunc", "__trunc__", &v, f64::trunc)
    });
    vm.add_function(m, "isnan", |vm, a, kw| {
        Ok(Value::Bool(float_arg(vm, "isnan", a, kw)?.is_nan()))
    });
    vm.add_function(m, "isinf", |vm, a, kw| {
        Ok(Value::Bool(float_arg(vm, "isinf", a, kw)?.is_infinite()))
    });
    vm.add_function(m, "isfinite", |vm, a, kw| {
        Ok(Value::Bool(float_arg(vm, "isfinite", a, kw)?.is_finite()))
    });
    vm.add_function(m, "isclose", isclose);
    vm.add_function(m, "prod", |vm, a, kw| {
        let p = vm.bind_args("prod", a, kw, &["iterable", "start"], 1)?;
        let items = vm.collect(p[0].as_ref().expect("required"))?;
        let mut acc = p[1].clone().unwrap_or(Value::Int(1));
        for x in items {
            acc = vm.binary_op(&acc, &x, pyco_vm::runtime::BinOp::Mul)?;
        }
        Ok(acc)
    });
}

fn isclose(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let p = vm.bind_args("isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = vm.to_f64(p[0].as_ref().expect("required"))?;
    let y = vm.to_f64(p[1].as_ref().expect("required"))?;
    let rel = match &p[2] {
        Some(v) => vm.to_f64(v)?,
        None => 1e-9,
    };
    let abs = match &p[3] {
        Some(v) => vm.to_f64(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}
