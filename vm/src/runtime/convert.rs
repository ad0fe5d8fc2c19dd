//! Conversions of Python values to Rust ones (`__index__`, sizes, floats, strings) and
//! slice arithmetic.

use crate::object::*;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// An index-like integer: small, or too big for `i64` (its sign kept for clamping).
pub enum Index {
    Small(i64),
    Huge(bool),
}

impl Vm {
    /// `operator.index(v)` as an `i64`: `None` when `v` has no `__index__`; OverflowError
    /// when it does not fit.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match self.index_of(v)? {
            None => Ok(None),
            Some(Index::Small(i)) => Ok(Some(i)),
            Some(Index::Huge(_)) => Err(self.new_error(
                "IndexError",
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    self.type_name(v)
                ),
            )),
        }
    }

    /// `__index__` without overflow errors.
    pub fn index_of(&mut self, v: &Value) -> PyResult<Option<Index>> {
        match v {
            Value::Int(i) => return Ok(Some(Index::Small(*i))),
            Value::Bool(b) => return Ok(Some(Index::Small(*b as i64))),
            Value::Obj(o) => {
                if let Payload::Int(b) = &o.payload {
                    if !o.class.heap || o.class.lookup("__index__").is_none() {
                        return Ok(Some(big_index(b)));
                    }
                }
            }
            _ => {}
        }
        let t = self.type_of(v);
        if let Value::Float(_) = v {
            return Ok(None);
        }
        match t.lookup("__index__") {
            Some(m) => {
                let r = self.call_method_value(&m, v, &[])?;
                match &r {
                    Value::Int(i) => Ok(Some(Index::Small(*i))),
                    Value::Bool(b) => Ok(Some(Index::Small(*b as i64))),
                    Value::Obj(o) => match &o.payload {
                        Payload::Int(b) => Ok(Some(big_index(b))),
                        _ => Err(self.type_error(format!(
                            "__index__ returned non-int (type {})",
                            self.type_name(&r)
                        ))),
                    },
                    _ => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                }
            }
            None => Ok(None),
        }
    }

    /// An int argument (`__index__`), with CPython's TypeError naming the type.
    pub fn to_i64(&mut self, v: &Value) -> PyResult<i64> {
        match self.index_of(v)? {
            Some(Index::Small(i)) => Ok(i),
            Some(Index::Huge(_)) => {
                Err(self.overflow_error("Python int too large to convert to C ssize_t"))
            }
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// Any int (or `__index__`) as a BigInt.
    pub fn to_bigint(&mut self, v: &Value) -> PyResult<BigInt> {
        match v {
            Value::Int(i) => Ok(BigInt::from(*i)),
            Value::Bool(b) => Ok(BigInt::from(*b as i64)),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                let Payload::Int(b) = &o.payload else {
                    unreachable!()
                };
                Ok(b.clone())
            }
            _ => {
                let t = self.type_of(v);
                match t.lookup("__index__") {
                    Some(m) => {
                        let r = self.call_method_value(&m, v, &[])?;
                        self.to_bigint(&r)
                    }
                    None => Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    ))),
                }
            }
        }
    }

    /// A float argument (`__float__`, or `__index__`), as `PyFloat_AsDouble`.
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::Obj(o) => match &o.payload {
                Payload::Float(f) if !o.class.heap => Ok(*f),
                Payload::Int(b) if !o.class.heap => {
                    pyco_compiler::num::int_to_float(b).map_err(|e| self.num_err(e))
                }
                _ => {
                    let t = self.type_of(v);
                    if let Some(m) = t.lookup("__float__") {
                        let r = self.call_method_value(&m, v, &[])?;
                        return match r {
                            Value::Float(f) => Ok(f),
                            Value::Obj(ref o) if matches!(o.payload, Payload::Float(_)) => {
                                let Payload::Float(f) = o.payload else {
                                    unreachable!()
                                };
                                Ok(f)
                            }
                            _ => Err(self.type_error(format!(
                                "{}.__float__ returned non-float (type {})",
                                t.name(),
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if t.lookup("__index__").is_some() {
                        let b = self.to_bigint(v)?;
                        return pyco_compiler::num::int_to_float(&b).map_err(|e| self.num_err(e));
                    }
                    Err(self.type_error(format!("must be real number, not {}", self.type_name(v))))
                }
            },
            _ => Err(self.type_error(format!("must be real number, not {}", self.type_name(v)))),
        }
    }

    /// A `str` argument's text, or TypeError with CPython's wording.
    pub fn expect_str<'a>(&self, v: &'a Value, what: &str) -> PyResult<&'a str> {
        v.as_str().ok_or_else(|| {
            self.type_error(format!("{what} must be str, not {}", self.type_name(v)))
        })
    }

    /// `slice.indices(len)`: start, stop, step clamped as `PySlice_GetIndicesEx`.
    pub fn slice_indices(&mut self, slice: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
        let len = len as i64;
        let step = match &slice[2] {
            Value::None => 1,
            v => match self.slice_index(v)? {
                Index::Small(0) => return Err(self.value_error("slice step cannot be zero")),
                Index::Small(s) => s.max(-i64::MAX),
                Index::Huge(neg) => {
                    if neg {
                        -i64::MAX
                    } else {
                        i64::MAX
                    }
                }
            },
        };
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            Ok(match v {
                Value::None => default,
                v => match vm.slice_index(v)? {
                    Index::Small(i) => {
                        if i < 0 {
                            (i + len).max(lower)
                        } else {
                            i.min(upper)
                        }
                    }
                    Index::Huge(neg) => {
                        if neg {
                            lower
                        } else {
                            upper
                        }
                    }
                },
            })
        };
        let start = clamp(self, &slice[0], if step < 0 { upper } else { lower })?;
        let stop = clamp(self, &slice[1], if step < 0 { lower } else { upper })?;
        Ok((start, stop, step))
    }

    fn slice_index(&mut self, v: &Value) -> PyResult<Index> {
        match self.index_of(v)? {
            Some(i) => Ok(i),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }
}

fn big_index(b: &BigInt) -> Index {
    match b.to_i64() {
        Some(i) => Index::Small(i),
        None => Index::Huge(b.is_negative()),
    }
}

/// The indices a slice selects, in order.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let count = if step > 0 {
        if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    (0..count).map(move |k| (start + k as i64 * step) as usize)
}
