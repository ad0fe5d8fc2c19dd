//! Rich comparison: `do_richcompare` (reflected operands, subclass priority, identity
//! fallback for `==`/`!=`) over native comparisons of the built-in types.

use super::number::{num_view, NumView};
use super::CmpOp;
use crate::object::*;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;
use std::rc::Rc;

impl Vm {
    /// `a op b`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        self.enter_recursive(" in comparison")?;
        let r = self.compare_inner(a, b, op);
        self.depth -= 1;
        r
    }

    fn compare_inner(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if !ta.heap && !tb.heap {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        }
        let name = op.dunder();
        let rname = op.swapped().dunder();
        let mut checked_reflected = false;
        if !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) {
            if let Some(m) = tb.lookup(rname) {
                checked_reflected = true;
                let r = self.call_method_value(&m, b, std::slice::from_ref(a))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(m) = ta.lookup(name) {
            let r = self.call_method_value(&m, a, std::slice::from_ref(b))?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !checked_reflected {
            if let Some(m) = tb.lookup(rname) {
                let r = self.call_method_value(&m, b, std::slice::from_ref(a))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity implies equality.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// `a op b` as a bool.
    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        if op == CmpOp::Eq {
            return self.eq(a, b);
        }
        let r = self.compare(a, b, op)?;
        self.truthy(&r)
    }

    /// Comparison of built-in values; `None` when the types do not compare natively
    /// (the caller goes through the dunders and their NotImplemented).
    pub fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (num_view(a), num_view(b)) {
            return Ok(num_compare(&x, &y, op));
        }
        let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
            return Ok(match (a, b, op) {
                (Value::None, Value::None, CmpOp::Eq) => Some(true),
                (Value::None, Value::None, CmpOp::Ne) => Some(false),
                (Value::Type(x), Value::Type(y), CmpOp::Eq) => Some(Rc::ptr_eq(x, y)),
                (Value::Type(x), Value::Type(y), CmpOp::Ne) => Some(!Rc::ptr_eq(x, y)),
                _ => None,
            });
        };
        Ok(match (pa, pb) {
            (Payload::Str(x), Payload::Str(y)) => Some(op.holds(x.s.cmp(&y.s))),
            (Payload::Bytes(x), Payload::Bytes(y)) => Some(op.holds(x.cmp(y))),
            (Payload::Tuple(x), Payload::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                Some(self.sequence_compare(&x, &y, op)?)
            }
            (Payload::List(x), Payload::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                Some(self.sequence_compare(&x, &y, op)?)
            }
            (Payload::Dict(_), Payload::Dict(_)) => match op {
                CmpOp::Eq => Some(self.dict_eq(a, b)?),
                CmpOp::Ne => Some(!self.dict_eq(a, b)?),
                _ => None,
            },
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                Some(self.set_compare(a, b, op)?)
            }
            (Payload::Range(_), Payload::Range(_)) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let (x, y) = (self.range_key(a), self.range_key(b));
                    Some((x == y) == (op == CmpOp::Eq))
                }
                _ => None,
            },
            _ => match op {
                CmpOp::Eq | CmpOp::Ne if Self::identity_eq_payload(pa) => {
                    Some(a.is(b) == (op == CmpOp::Eq))
                }
                _ => None,
            },
        })
    }

    /// Payloads whose equality is identity (functions, modules, ...).
    fn identity_eq_payload(p: &Payload) -> bool {
        matches!(
            p,
            Payload::Plain
                | Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::Module(_)
                | Payload::Code(_)
                | Payload::Cell(_)
                | Payload::Ellipsis
                | Payload::NotImplemented
        )
    }

    /// Lexicographic comparison (`list_richcompare`): the first unequal pair decides.
    pub fn sequence_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        if (op == CmpOp::Eq || op == CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => self.compare_bool(p, q, op),
                };
            }
        }
        Ok(op.holds(x.len().cmp(&y.len())))
    }

    fn range_key(&self, r: &Value) -> Vec<i128> {
        match r.payload() {
            Some(Payload::Range(r)) => {
                let g = |v: &Value| match v {
                    Value::Int(i) => *i as i128,
                    _ => 0,
                };
                let (start, stop, step) = (g(&r.start), g(&r.stop), g(&r.step));
                let len = range_len(start, stop, step);
                match len {
                    0 => vec![0],
                    1 => vec![1, start],
                    _ => vec![len, start, step],
                }
            }
            _ => vec![],
        }
    }
}

pub fn range_len(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// Equality decided without running Python code, when the types allow it.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (num_view(a), num_view(b)) {
        return num_compare(&x, &y, CmpOp::Eq);
    }
    match (a, b) {
        (Value::None, _) | (_, Value::None) => return Some(a.is(b)),
        (Value::Type(x), Value::Type(y)) => return Some(Rc::ptr_eq(x, y)),
        _ => {}
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        // A number and a non-number (or a type and an object): only a user class could
        // make them equal.
        return match (a, b) {
            (Value::Obj(o), _) | (_, Value::Obj(o)) if o.class.heap => None,
            _ => Some(false),
        };
    };
    if x.class.heap || y.class.heap {
        return None;
    }
    match (&x.payload, &y.payload) {
        (Payload::Str(p), Payload::Str(q)) => Some(p.s == q.s),
        (Payload::Bytes(p), Payload::Bytes(q)) => Some(p == q),
        (Payload::Tuple(p), Payload::Tuple(q)) => {
            if p.len() != q.len() {
                return Some(false);
            }
            for (i, j) in p.iter().zip(q.iter()) {
                if !i.is(j) && !native_eq(i, j)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        // A built-in str never equals a built-in object of another type.
        (Payload::Str(_), _) | (_, Payload::Str(_)) => Some(false),
        _ => {
            if Rc::ptr_eq(x, y) {
                Some(true)
            } else if matches!(
                x.payload,
                Payload::Plain | Payload::Function(_) | Payload::Builtin(_) | Payload::Module(_)
            ) && matches!(
                y.payload,
                Payload::Plain | Payload::Function(_) | Payload::Builtin(_) | Payload::Module(_)
            ) {
                Some(false)
            } else {
                None
            }
        }
    }
}

/// Numeric comparison across int/float/complex (exact for big ints against floats).
pub fn num_compare(x: &NumView, y: &NumView, op: CmpOp) -> Option<bool> {
    use NumView::*;
    let ord = match (x, y) {
        (Small(a), Small(b)) => a.cmp(b),
        (Complex(a, b), Complex(c, d)) => {
            return match op {
                CmpOp::Eq => Some(a == c && b == d),
                CmpOp::Ne => Some(!(a == c && b == d)),
                _ => None,
            }
        }
        (Complex(r, i), other) | (other, Complex(r, i)) => {
            let eq = *i == 0.0 && num_compare(&Float(*r), other, CmpOp::Eq)?;
            return match op {
                CmpOp::Eq => Some(eq),
                CmpOp::Ne => Some(!eq),
                _ => None,
            };
        }
        (Float(a), Float(b)) => match a.partial_cmp(b) {
            Some(o) => o,
            None => return Some(op == CmpOp::Ne),
        },
        (Float(f), i) => match float_int_cmp(*f, &big_of(i)) {
            Some(o) => o,
            None => return Some(op == CmpOp::Ne),
        },
        (i, Float(f)) => match float_int_cmp(*f, &big_of(i)) {
            Some(o) => o.reverse(),
            None => return Some(op == CmpOp::Ne),
        },
        (a, b) => big_of(a).cmp(&big_of(b)),
    };
    Some(op.holds(ord))
}

fn big_of(v: &NumView) -> BigInt {
    match v {
        NumView::Small(i) => BigInt::from(*i),
        NumView::Big(b) => (*b).clone(),
        _ => BigInt::from(0),
    }
}

/// `float <=> int` exactly; `None` for nan.
fn float_int_cmp(f: f64, i: &BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    match fb.cmp(i) {
        Ordering::Equal if f > fl => Some(Ordering::Greater),
        o => Some(o),
    }
}
