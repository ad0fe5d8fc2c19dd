//! Python operators applied to constants, with the size limits of CPython 3.10's AST
//! optimizer. `None` means "do not fold": either Python would raise, or the result would be
//! too big to be worth storing as a constant.

use crate::num::{self, Complex, Num};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use rustpython_parser::ast::{Constant, Operator, UnaryOp};

/// Largest int result (in bits) of `*`, `**` and `<<`.
const MAX_INT_SIZE: u64 = 128;
/// Largest tuple a repetition may build.
const MAX_COLLECTION_SIZE: i64 = 256;
/// Largest str (in characters) or bytes a repetition may build.
const MAX_STR_SIZE: i64 = 4096;
/// Largest number of items, nested tuples included, a tuple repetition may build.
const MAX_TOTAL_ITEMS: i64 = 1024;

/// `bool(c)`.
pub fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Ellipsis => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
    }
}

fn as_num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Constant::Int(i) => Some(Num::Int(i.clone())),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match as_num(c)? {
        Num::Int(i) => Some(i),
        _ => None,
    }
}

fn from_num(n: Num) -> Constant {
    match n {
        Num::Int(i) => Constant::Int(i),
        Num::Float(f) => Constant::Float(f),
        Num::Complex(real, imag) => Constant::Complex { real, imag },
    }
}

/// `op c`.
pub fn unary(op: UnaryOp, c: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!truthy(c)));
    }
    let n = as_num(c)?;
    let r = match (op, n) {
        (UnaryOp::Invert, Num::Int(i)) => Num::Int(-i - 1),
        (UnaryOp::Invert, _) => return None,
        (UnaryOp::USub, Num::Int(i)) => Num::Int(-i),
        (UnaryOp::USub, Num::Float(f)) => Num::Float(-f),
        (UnaryOp::USub, Num::Complex(r, i)) => Num::Complex(-r, -i),
        (_, n) => n,
    };
    Some(from_num(r))
}

/// `l op r`.
pub fn binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    match op {
        Operator::Add => add(l, r),
        Operator::Sub => arith(
            l,
            r,
            |a, b| Some(Num::Int(a - b)),
            |a, b| Some(a - b),
            |a, b| Some((a.0 - b.0, a.1 - b.1)),
        ),
        Operator::Mult => safe_multiply(l, r),
        Operator::Div => arith(
            l,
            r,
            |a, b| num::int_true_div(&a, &b).ok().map(Num::Float),
            |a, b| num::float_div(a, b).ok(),
            |a, b| num::complex_div(a, b).ok(),
        ),
        Operator::FloorDiv => arith(
            l,
            r,
            |a, b| num::int_floordiv(&a, &b).ok().map(Num::Int),
            |a, b| num::float_floordiv(a, b).ok(),
            |_, _| None,
        ),
        Operator::Mod => safe_mod(l, r),
        Operator::Pow => safe_power(l, r),
        Operator::LShift => safe_lshift(l, r),
        Operator::RShift => rshift(l, r),
        Operator::BitOr | Operator::BitXor | Operator::BitAnd => bitwise(op, l, r),
        Operator::MatMult => None,
    }
}

/// Applies a numeric operator after Python's int → float → complex coercion.
fn arith(
    l: &Constant,
    r: &Constant,
    int_op: impl FnOnce(BigInt, BigInt) -> Option<Num>,
    float_op: impl FnOnce(f64, f64) -> Option<f64>,
    complex_op: impl FnOnce(Complex, Complex) -> Option<Complex>,
) -> Option<Constant> {
    let (a, b) = (as_num(l)?, as_num(r)?);
    let result = match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_op(x, y)?,
        (a @ Num::Complex(..), b) | (a, b @ Num::Complex(..)) => {
            let (x, y) = (to_complex(a)?, to_complex(b)?);
            let (re, im) = complex_op(x, y)?;
            Num::Complex(re, im)
        }
        (a, b) => Num::Float(float_op(to_float(a)?, to_float(b)?)?),
    };
    Some(from_num(result))
}

fn to_float(n: Num) -> Option<f64> {
    match n {
        Num::Int(i) => num::int_to_float(&i).ok(),
        Num::Float(f) => Some(f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: Num) -> Option<Complex> {
    match n {
        Num::Complex(r, i) => Some((r, i)),
        n => Some((to_float(n)?, 0.0)),
    }
}

fn add(l: &Constant, r: &Constant) -> Option<Constant> {
    match (l, r) {
        (Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(format!("{a}{b}"))),
        (Constant::Bytes(a), Constant::Bytes(b)) => Some(Constant::Bytes([&a[..], b].concat())),
        (Constant::Tuple(a), Constant::Tuple(b)) => Some(Constant::Tuple([&a[..], b].concat())),
        _ => arith(
            l,
            r,
            |a, b| Some(Num::Int(a + b)),
            |a, b| Some(a + b),
            |a, b| Some((a.0 + b.0, a.1 + b.1)),
        ),
    }
}

fn is_int(c: &Constant) -> bool {
    matches!(c, Constant::Int(_) | Constant::Bool(_))
}

fn is_sequence(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
    )
}

fn safe_multiply(l: &Constant, r: &Constant) -> Option<Constant> {
    if is_int(l) && is_sequence(r) {
        return repeat(r, &as_int(l)?);
    }
    if is_sequence(l) && is_int(r) {
        return repeat(l, &as_int(r)?);
    }
    if let (Some(a), Some(b)) = (int_of(l), int_of(r)) {
        if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_SIZE {
            return None;
        }
    }
    arith(
        l,
        r,
        |a, b| Some(Num::Int(a * b)),
        |a, b| Some(a * b),
        |a, b| Some(num::complex_mul(a, b)),
    )
}

fn int_of(c: &Constant) -> Option<BigInt> {
    if is_int(c) {
        as_int(c)
    } else {
        None
    }
}

/// Items of a sequence as Python counts them (characters for str).
fn seq_len(c: &Constant) -> usize {
    match c {
        Constant::Str(s) => s.chars().count(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) => t.len(),
        _ => 0,
    }
}

/// `seq * n`, refused when the result would exceed the size limits.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let size = seq_len(seq) as i64;
    // Python raises OverflowError for counts beyond sys.maxsize, even for empty sequences.
    let count = n.to_i64()?;
    if size > 0 {
        let is_tuple = matches!(seq, Constant::Tuple(_));
        let limit = if is_tuple {
            MAX_COLLECTION_SIZE
        } else {
            MAX_STR_SIZE
        };
        if count < 0 || count > limit / size {
            return None;
        }
        if is_tuple && count > 0 && check_complexity(seq, MAX_TOTAL_ITEMS / count) < 0 {
            return None;
        }
    }
    let count = count.max(0) as usize;
    if size == 0 {
        return Some(seq.clone());
    }
    Some(match seq {
        Constant::Str(s) => Constant::Str(s.repeat(count)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(count)),
        Constant::Tuple(t) => Constant::Tuple((0..count).flat_map(|_| t.iter().cloned()).collect()),
        _ => return None,
    })
}

/// `limit` minus the items of `c`, nested tuples included (negative once over the limit).
fn check_complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) = c {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = check_complexity(item, limit);
        }
    }
    limit
}

fn safe_mod(l: &Constant, r: &Constant) -> Option<Constant> {
    // str and bytes formatting are left to run time.
    if matches!(l, Constant::Str(_) | Constant::Bytes(_)) {
        return None;
    }
    arith(
        l,
        r,
        |a, b| num::int_mod(&a, &b).ok().map(Num::Int),
        |a, b| num::float_mod(a, b).ok(),
        |_, _| None,
    )
}

fn safe_power(l: &Constant, r: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (int_of(l), int_of(r)) {
        return int_power(&a, &b).map(from_num);
    }
    let (a, b) = (as_num(l)?, as_num(r)?);
    let result = match (a, b) {
        (a @ Num::Complex(..), b) | (a, b @ Num::Complex(..)) => {
            let (re, im) = num::complex_pow(to_complex(a)?, to_complex(b)?).ok()?;
            Num::Complex(re, im)
        }
        (a, b) => num::float_pow(to_float(a)?, to_float(b)?).ok()?,
    };
    Some(from_num(result))
}

fn int_power(a: &BigInt, b: &BigInt) -> Option<Num> {
    if b.is_negative() {
        // int ** negative int is computed on floats.
        return num::int_pow(a, b).ok();
    }
    if b.is_zero() {
        return Some(Num::Int(BigInt::one()));
    }
    if a.is_zero() {
        return Some(Num::Int(BigInt::zero()));
    }
    let exp = b.to_u64()?;
    if a.bits() > MAX_INT_SIZE / exp {
        return None;
    }
    Some(Num::Int(num_traits::pow(a.clone(), exp as usize)))
}

fn safe_lshift(l: &Constant, r: &Constant) -> Option<Constant> {
    let (a, b) = (int_of(l)?, int_of(r)?);
    if b.is_negative() {
        return None;
    }
    if a.is_zero() || b.is_zero() {
        return Some(Constant::Int(a));
    }
    let shift = b.to_u64()?;
    if shift > MAX_INT_SIZE || a.bits() > MAX_INT_SIZE - shift {
        return None;
    }
    Some(Constant::Int(a << shift))
}

fn rshift(l: &Constant, r: &Constant) -> Option<Constant> {
    num::int_rshift(&int_of(l)?, &int_of(r)?)
        .ok()
        .map(Constant::Int)
}

fn bitwise(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        let v = match op {
            Operator::BitOr => a | b,
            Operator::BitXor => a ^ b,
            _ => a & b,
        };
        return Some(Constant::Bool(v));
    }
    let (a, b) = (int_of(l)?, int_of(r)?);
    let v = match op {
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        _ => a & b,
    };
    Some(Constant::Int(v))
}

/// `value[index]` for an int index into a str, bytes or tuple.
pub fn subscript(value: &Constant, index: &Constant) -> Option<Constant> {
    let i = int_of(index)?.to_i64()?;
    let len = seq_len(value) as i64;
    if !is_sequence(value) {
        return None;
    }
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return None;
    }
    let i = i as usize;
    match value {
        Constant::Str(s) => s.chars().nth(i).map(|c| Constant::Str(c.to_string())),
        Constant::Bytes(b) => b.get(i).map(|&x| Constant::Int(BigInt::from(x))),
        Constant::Tuple(t) => t.get(i).cloned(),
        _ => None,
    }
}
