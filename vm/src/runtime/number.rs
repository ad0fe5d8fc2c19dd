//! Arithmetic: the built-in numeric tower (int with an i64 fast path, float, complex) and
//! CPython's `binary_op1` protocol for everything else (dunders, reflected operands,
//! subclass priority), plus sequence concatenation and repetition.

use super::BinOp;
use crate::object::*;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use pyco_compiler::num::{self as n, Num};
use std::rc::Rc;

/// A built-in number viewed for arithmetic.
pub enum NumView<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// The numeric value of an int/bool/float/complex (or subclass instance).
pub fn num_view(v: &Value) -> Option<NumView<'_>> {
    match v {
        Value::Int(i) => Some(NumView::Small(*i)),
        Value::Bool(b) => Some(NumView::Small(*b as i64)),
        Value::Float(f) => Some(NumView::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(NumView::Big(b)),
            Payload::Float(f) => Some(NumView::Float(*f)),
            Payload::Complex(r, i) => Some(NumView::Complex(*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

impl NumView<'_> {
    fn to_big(&self) -> BigInt {
        match self {
            NumView::Small(i) => BigInt::from(*i),
            NumView::Big(b) => (*b).clone(),
            _ => BigInt::zero(),
        }
    }
    fn is_int(&self) -> bool {
        matches!(self, NumView::Small(_) | NumView::Big(_))
    }
    fn to_f64(&self) -> Result<f64, n::NumError> {
        match self {
            NumView::Small(i) => Ok(*i as f64),
            NumView::Big(b) => n::int_to_float(b),
            NumView::Float(f) => Ok(*f),
            NumView::Complex(r, _) => Ok(*r),
        }
    }
    fn to_complex(&self) -> Result<(f64, f64), n::NumError> {
        match self {
            NumView::Complex(r, i) => Ok((*r, *i)),
            other => Ok((other.to_f64()?, 0.0)),
        }
    }
}

/// Whether `v` is an exact built-in number (arithmetic needs no dunder lookup).
fn exact_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) => Rc::ptr_eq(&o.class, &vm.types.int),
            Payload::Float(_) => Rc::ptr_eq(&o.class, &vm.types.float),
            Payload::Complex(..) => Rc::ptr_eq(&o.class, &vm.types.complex),
            _ => false,
        },
        _ => false,
    }
}

impl Vm {
    pub fn num_value(&self, n: Num) -> Value {
        match n {
            Num::Int(i) => self.new_bigint(i),
            Num::Float(f) => Value::Float(f),
            Num::Complex(r, i) => self.obj(&self.types.complex, Payload::Complex(r, i)),
        }
    }

    /// The built-in numeric operation, or `None` when the operands are not both numbers
    /// this operator applies to (NotImplemented).
    pub fn num_binop(&self, a: &Value, b: &Value, op: BinOp) -> Option<PyResult> {
        let (x, y) = (num_view(a)?, num_view(b)?);
        if let (NumView::Small(p), NumView::Small(q)) = (&x, &y) {
            if let Some(r) = small_int_op(*p, *q, op) {
                return Some(Ok(r));
            }
        }
        let r = if x.is_int() && y.is_int() {
            self.int_op(&x.to_big(), &y.to_big(), op)?
        } else if matches!(x, NumView::Complex(..)) || matches!(y, NumView::Complex(..)) {
            complex_op(&x, &y, op)?
        } else {
            float_op(&x, &y, op)?
        };
        Some(r.map(|n| self.num_value(n)).map_err(|e| self.num_err(e)))
    }

    fn int_op(&self, a: &BigInt, b: &BigInt, op: BinOp) -> Option<Result<Num, n::NumError>> {
        let int = |r: BigInt| Ok(Num::Int(r));
        Some(match op {
            BinOp::Add => int(a + b),
            BinOp::Sub => int(a - b),
            BinOp::Mul => {
                if a.bits() + b.bits() > MAX_BITS {
                    Err(n::NumError::memory())
                } else {
                    int(a * b)
                }
            }
            BinOp::TrueDiv => n::int_true_div(a, b).map(Num::Float),
            BinOp::FloorDiv => n::int_floordiv(a, b).map(Num::Int),
            BinOp::Mod => n::int_mod(a, b).map(Num::Int),
            BinOp::Pow => n::int_pow(a, b),
            BinOp::LShift => n::int_lshift(a, b).map(Num::Int),
            BinOp::RShift => n::int_rshift(a, b).map(Num::Int),
            BinOp::And => int(n::int_and(a, b)),
            BinOp::Or => int(n::int_or(a, b)),
            BinOp::Xor => int(n::int_xor(a, b)),
            BinOp::MatMul => return None,
        })
    }

    /// `a op b` (BINARY_*).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        if exact_number(self, a) && exact_number(self, b) {
            if let Some(r) = self.num_binop(a, b, op) {
                return r;
            }
        }
        if let Some(r) = self.binary_op1(a, b, op)? {
            return Ok(r);
        }
        Err(self.binop_type_error(a, b, op))
    }

    /// `a op= b` (INPLACE_*): `__iop__` first, then the binary protocol.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult {
        if exact_number(self, a) && exact_number(self, b) {
            if let Some(r) = self.num_binop(a, b, op) {
                return r;
            }
        }
        // Built-in mutable sequences extend in place.
        if let (Some(l), BinOp::Add) = (a.as_list(), op) {
            if !matches!(a, Value::Obj(o) if o.class.heap) {
                let items = self.collect(b).map_err(|e| {
                    if self.is_instance_of(&e, "TypeError") {
                        self.type_error(format!(
                            "can only concatenate list (not \"{}\") to list",
                            self.type_name(b)
                        ))
                    } else {
                        e
                    }
                });
                let items = match items {
                    Ok(i) => i,
                    Err(_) if !self.is_iterable(b) => {
                        return Err(self
                            .type_error(format!("'{}' object is not iterable", self.type_name(b))))
                    }
                    Err(e) => return Err(e),
                };
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
        }
        let (_, _, iname) = op.dunder();
        let ta = self.type_of(a);
        if ta.heap || !is_builtin_sequence(a) {
            if let Some(m) = ta.lookup(iname) {
                let r = self.call_method_value(&m, a, std::slice::from_ref(b))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.binary_op1(a, b, op)? {
            return Ok(r);
        }
        Err(self.binop_type_error_inplace(a, b, op))
    }

    /// CPython's `binary_op1` plus sequence concat/repeat: `None` when every candidate
    /// returned NotImplemented.
    fn binary_op1(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if let Some(r) = self.sequence_op(a, b, op)? {
            return Ok(Some(r));
        }
        let (name, rname, _) = op.dunder();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let slot_a = ta.lookup(name);
        let slot_b = if Rc::ptr_eq(&ta, &tb) {
            None
        } else {
            tb.lookup(rname)
        };
        let mut slot_b = slot_b;
        if let (Some(sb), true) = (&slot_b, tb.is_subtype(&ta) && !Rc::ptr_eq(&ta, &tb)) {
            // A subclass's reflected method goes first if it overrides.
            let overrides = match ta.lookup(rname) {
                Some(ra) => !ra.is(sb),
                None => true,
            };
            if overrides {
                let r = self.call_method_value(sb, b, std::slice::from_ref(a))?;
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
                slot_b = None;
            }
        }
        if let Some(sa) = slot_a {
            let r = self.call_method_value(&sa, a, std::slice::from_ref(b))?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if let Some(sb) = slot_b {
            let r = self.call_method_value(&sb, b, std::slice::from_ref(a))?;
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Concatenation and repetition of the built-in sequences (`sq_concat`, `sq_repeat`).
    fn sequence_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
                    return Ok(None);
                };
                if x.class.heap || y.class.heap {
                    return Ok(None);
                }
                Ok(match (&x.payload, &y.payload) {
                    (Payload::Str(p), Payload::Str(q)) => {
                        let mut s = String::with_capacity(p.s.len() + q.s.len());
                        s.push_str(&p.s);
                        s.push_str(&q.s);
                        Some(self.new_str(s))
                    }
                    (Payload::List(p), Payload::List(q)) => {
                        let mut v = p.borrow().clone();
                        v.extend(q.borrow().iter().cloned());
                        Some(self.new_list(v))
                    }
                    (Payload::Tuple(p), Payload::Tuple(q)) => {
                        let mut v = p.to_vec();
                        v.extend(q.iter().cloned());
                        Some(self.new_tuple(v))
                    }
                    (Payload::Bytes(p), Payload::Bytes(q)) => {
                        let mut v = p.to_vec();
                        v.extend_from_slice(q);
                        Some(self.new_bytes(v))
                    }
                    _ => None,
                })
            }
            BinOp::Mul => {
                let (seq, count) = match (a, b) {
                    (Value::Obj(o), n) if is_builtin_sequence(a) && !o.class.heap => (o, n),
                    (n, Value::Obj(o)) if is_builtin_sequence(b) && !o.class.heap => (o, n),
                    _ => return Ok(None),
                };
                let Some(count) = self.index_value(count)? else {
                    if num_view(count).is_some() || self.type_of(count).lookup("__rmul__").is_none()
                    {
                        return Err(self.type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            self.type_name(count)
                        )));
                    }
                    return Ok(None);
                };
                let times = count.max(0) as usize;
                Ok(Some(self.repeat_sequence(seq, times)?))
            }
            _ => Ok(None),
        }
    }

    fn repeat_sequence(&mut self, seq: &Rc<Object>, times: usize) -> PyResult {
        match &seq.payload {
            Payload::Str(s) => {
                self.check_repeat(s.nchars, times, "string is")?;
                self.check_alloc(s.s.len(), times)?;
                Ok(self.new_str(s.s.repeat(times)))
            }
            Payload::Bytes(b) => {
                self.check_repeat(b.len(), times, "bytes are")?;
                Ok(self.new_bytes(b.repeat(times)))
            }
            Payload::List(l) => {
                let items = self.repeat_items(&l.borrow(), times)?;
                Ok(self.new_list(items))
            }
            Payload::Tuple(t) => Ok(self.new_tuple(self.repeat_items(t, times)?)),
            _ => Err(self.type_error("bad sequence")),
        }
    }

    /// `sequence_repeat`'s error: no number slot took `seq * x` and `x` is not an index.
    fn repeat_type_error(&self, a: &Value, b: &Value) -> Option<PyErr> {
        let count = if is_builtin_sequence(a) {
            b
        } else if is_builtin_sequence(b) {
            a
        } else {
            return None;
        };
        Some(self.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            self.type_name(count)
        )))
    }

    fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp) -> PyErr {
        if op == BinOp::Mul {
            if let Some(e) = self.repeat_type_error(a, b) {
                return e;
            }
        }
        if op == BinOp::Add {
            if let Some(kind) = concat_kind(a) {
                return self.type_error(format!(
                    "can only concatenate {kind} (not \"{}\") to {kind}",
                    self.type_name(b)
                ));
            }
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn binop_type_error_inplace(&self, a: &Value, b: &Value, op: BinOp) -> PyErr {
        if op == BinOp::Mul {
            if let Some(e) = self.repeat_type_error(a, b) {
                return e;
            }
        }
        if op == BinOp::Add {
            if let Some(kind) = concat_kind(a) {
                return self.type_error(format!(
                    "can only concatenate {kind} (not \"{}\") to {kind}",
                    self.type_name(b)
                ));
            }
        }
        let sym = match op {
            BinOp::Pow => "**=".to_string(),
            _ => format!("{}=", op.symbol()),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::NotImplemented))
    }

    pub fn neg(&mut self, v: &Value) -> PyResult {
        match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(r) => Value::Int(r),
                None => self.new_bigint(-BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_dunder(v, "__neg__", "unary -"),
        }
    }

    pub fn pos(&mut self, v: &Value) -> PyResult {
        match v {
            Value::Int(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_dunder(v, "__pos__", "unary +"),
        }
    }

    pub fn invert(&mut self, v: &Value) -> PyResult {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            _ => self.unary_dunder(v, "__invert__", "unary ~"),
        }
    }

    fn unary_dunder(&mut self, v: &Value, name: &str, what: &str) -> PyResult {
        let t = self.type_of(v);
        match t.lookup(name) {
            Some(m) => self.call_method_value(&m, v, &[]),
            None => Err(self.type_error(format!(
                "bad operand type for {what}: '{}'",
                self.type_name(v)
            ))),
        }
    }
}

/// Results beyond this many bits raise MemoryError rather than exhaust memory.
const MAX_BITS: u64 = 1 << 33;

/// `a op b` for unboxed ints and floats when it cannot fail and needs no big ints: the
/// eval loop tries this before `binary_op`, which gives the same results more slowly.
#[inline(always)]
pub fn fast_binop(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => small_int_op(*x, *y, op),
        (Value::Float(x), Value::Float(y)) => fast_float_op(*x, *y, op),
        (Value::Float(x), Value::Int(y)) => fast_float_op(*x, *y as f64, op),
        (Value::Int(x), Value::Float(y)) => fast_float_op(*x as f64, *y, op),
        _ => None,
    }
}

#[inline(always)]
fn fast_float_op(a: f64, b: f64, op: BinOp) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv if b != 0.0 => a / b,
        // A positive finite base and a finite result: libm's pow, as `float_pow` computes
        // it, with none of its special cases or errors.
        BinOp::Pow if a > 0.0 && a.is_finite() && b.is_finite() => {
            let r = a.powf(b);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    }))
}

#[inline(always)]
fn small_int_op(a: i64, b: i64, op: BinOp) -> Option<Value> {
    let r = match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => n::i64_floordiv(a, b)?,
        BinOp::Mod => n::i64_mod(a, b)?,
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => n::i64_lshift(a, b)?,
        BinOp::RShift => n::i64_rshift(a, b)?,
        BinOp::Pow => n::i64_pow(a, b)?,
        BinOp::TrueDiv => {
            if b == 0 || a.unsigned_abs() > (1 << 53) || b.unsigned_abs() > (1 << 53) {
                return None;
            }
            return Some(Value::Float(a as f64 / b as f64));
        }
        BinOp::MatMul => return None,
    };
    Some(Value::Int(r))
}

fn float_op(x: &NumView, y: &NumView, op: BinOp) -> Option<Result<Num, n::NumError>> {
    let (a, b) = match (x.to_f64(), y.to_f64()) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    let f = |r: Result<f64, n::NumError>| r.map(Num::Float);
    Some(match op {
        BinOp::Add => Ok(Num::Float(a + b)),
        BinOp::Sub => Ok(Num::Float(a - b)),
        BinOp::Mul => Ok(Num::Float(a * b)),
        BinOp::TrueDiv => f(n::float_div(a, b)),
        BinOp::FloorDiv => f(n::float_floordiv(a, b)),
        BinOp::Mod => f(n::float_mod(a, b)),
        BinOp::Pow => n::float_pow(a, b),
        _ => return None,
    })
}

fn complex_op(x: &NumView, y: &NumView, op: BinOp) -> Option<Result<Num, n::NumError>> {
    let (a, b) = match (x.to_complex(), y.to_complex()) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    let c = |r: (f64, f64)| Ok(Num::Complex(r.0, r.1));
    Some(match op {
        BinOp::Add => c((a.0 + b.0, a.1 + b.1)),
        BinOp::Sub => c((a.0 - b.0, a.1 - b.1)),
        BinOp::Mul => c(n::complex_mul(a, b)),
        BinOp::TrueDiv => n::complex_div(a, b).map(|r| Num::Complex(r.0, r.1)),
        BinOp::Pow => n::complex_pow(a, b).map(|r| Num::Complex(r.0, r.1)),
        // 3.10's complex has no floor division or modulo at all: the operands'
        // reflected methods decide, and then "unsupported operand type(s)".
        _ => return None,
    })
}

fn is_builtin_sequence(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
    )
}

fn concat_kind(v: &Value) -> Option<&'static str> {
    match v.payload()? {
        Payload::Str(_) => Some("str"),
        Payload::List(_) => Some("list"),
        Payload::Tuple(_) => Some("tuple"),
        _ => None,
    }
}

#[allow(dead_code)]
fn fits_i64(b: &BigInt) -> bool {
    b.to_i64().is_some()
}
