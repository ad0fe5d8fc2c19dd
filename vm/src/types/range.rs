//! `range` and `slice`.

use crate::object::*;
use crate::runtime::compare::range_len;
use crate::types::iter::IterState;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    vm.add_staticmethod(&t, "__new__", range_new);
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let Some(Payload::Range(r)) = a[0].payload() else {
            unreachable!()
        };
        let (s, e) = (vm.repr_string(&r.start)?, vm.repr_string(&r.stop)?);
        let text = if matches!(r.step, Value::Int(1)) {
            format!("range({s}, {e})")
        } else {
            let st = vm.repr_string(&r.step)?;
            format!("range({s}, {e}, {st})")
        };
        Ok(vm.new_str(text))
    });
    vm.add_method(&t, "__len__", |vm, a, _| {
        let (s, e, st) = big_bounds(vm, &a[0])?;
        match big_len(&s, &e, &st).to_i64() {
            Some(n) => Ok(Value::Int(n)),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        }
    });
    vm.add_method(&t, "__iter__", |vm, a, _| {
        let Some(Payload::Range(r)) = a[0].payload() else {
            unreachable!()
        };
        let st = vm.range_iter(r)?;
        Ok(vm.new_iter("range_iterator", st))
    });
    vm.add_method(&t, "__reversed__", |vm, a, _| {
        let (s, e, st) = big_bounds(vm, &a[0])?;
        let n = big_len(&s, &e, &st);
        let last: BigInt = &s + (&n - BigInt::one()) * &st;
        let small = (last.to_i64(), (&s - &st).to_i64(), (-&st).to_i64());
        let state = match small {
            (Some(l), Some(stop), Some(step)) => IterState::Range(l, stop, step),
            _ => IterState::BigRange(Box::new((last, -st, n))),
        };
        Ok(vm.new_iter("range_iterator", state))
    });
    vm.add_method(&t, "__getitem__", range_getitem);
    vm.add_method(&t, "__contains__", |vm, a, _| {
        Ok(Value::Bool(range_position(vm, &a[0], &a[1])?.is_some()))
    });
    vm.add_method(&t, "__hash__", |vm, a, _| {
        let (s, e, st) = bounds(vm, &a[0])?;
        let n = range_len(s, e, st);
        let t = vm.new_tuple(vec![
            Value::Int(n as i64),
            Value::Int(s as i64),
            Value::Int(st as i64),
        ]);
        Ok(Value::Int(vm.hash(&t)?))
    });
    vm.add_method(&t, "index", |vm, a, _| {
        match range_position(vm, &a[0], &a[1])? {
            Some(i) => Ok(vm.new_bigint(i)),
            None => {
                let r = vm.repr_string(&a[1])?;
                Err(vm.value_error(format!("{r} is not in range")))
            }
        }
    });
    vm.add_method(&t, "count", |vm, a, _| {
        Ok(Value::Int(
            range_position(vm, &a[0], &a[1])?.is_some() as i64
        ))
    });
    for name in ["start", "stop", "step"] {
        let f: NativeFn = match name {
            "start" => |_, a, _| match a[0].payload() {
                Some(Payload::Range(r)) => Ok(r.start.clone()),
                _ => Ok(Value::None),
            },
            "stop" => |_, a, _| match a[0].payload() {
                Some(Payload::Range(r)) => Ok(r.stop.clone()),
                _ => Ok(Value::None),
            },
            _ => |_, a, _| match a[0].payload() {
                Some(Payload::Range(r)) => Ok(r.step.clone()),
                _ => Ok(Value::None),
            },
        };
        vm.add_getter(&t, name, f, None);
    }

    let s = vm.types.slice.clone();
    vm.add_staticmethod(&s, "__new__", |vm, a, kw| {
        let a = vm.check_args("slice", &a[1..], kw, 1, 3)?;
        let parts = match a.len() {
            1 => [Value::None, a[0].clone(), Value::None],
            2 => [a[0].clone(), a[1].clone(), Value::None],
            _ => [a[0].clone(), a[1].clone(), a[2].clone()],
        };
        Ok(vm.obj(&vm.types.slice, Payload::Slice(Box::new(parts))))
    });
    vm.add_method(&s, "__repr__", |vm, a, _| {
        let Some(Payload::Slice(p)) = a[0].payload() else {
            unreachable!()
        };
        let p = p.clone();
        let (x, y, z) = (
            vm.repr_string(&p[0])?,
            vm.repr_string(&p[1])?,
            vm.repr_string(&p[2])?,
        );
        Ok(vm.new_str(format!("slice({x}, {y}, {z})")))
    });
    vm.add_method(&s, "indices", |vm, a, _| {
        let Some(Payload::Slice(p)) = a[0].payload() else {
            unreachable!()
        };
        let p = p.clone();
        let n = vm.to_i64(&a[1])?;
        if n < 0 {
            return Err(vm.value_error("length should not be negative"));
        }
        let (x, y, z) = vm.slice_indices(&p, n as usize)?;
        Ok(vm.new_tuple(vec![Value::Int(x), Value::Int(y), Value::Int(z)]))
    });
    vm.add_method(&s, "__eq__", |vm, a, _| {
        match (a[0].payload(), a[1].payload()) {
            (Some(Payload::Slice(p)), Some(Payload::Slice(q))) => {
                let (p, q) = (p.to_vec(), q.to_vec());
                Ok(Value::Bool(vm.sequence_compare(
                    &p,
                    &q,
                    crate::runtime::CmpOp::Eq,
                )?))
            }
            _ => Ok(vm.singletons.not_implemented.clone()),
        }
    });
    vm.add_type_attr(&s, "__hash__", Value::None);
    for name in ["start", "stop", "step"] {
        let f: NativeFn = match name {
            "start" => |_, a, _| match a[0].payload() {
                Some(Payload::Slice(p)) => Ok(p[0].clone()),
                _ => Ok(Value::None),
            },
            "stop" => |_, a, _| match a[0].payload() {
                Some(Payload::Slice(p)) => Ok(p[1].clone()),
                _ => Ok(Value::None),
            },
            _ => |_, a, _| match a[0].payload() {
                Some(Payload::Slice(p)) => Ok(p[2].clone()),
                _ => Ok(Value::None),
            },
        };
        vm.add_getter(&s, name, f, None);
    }
}

/// start, stop and step as big ints (they may exceed any machine width).
fn big_bounds(vm: &mut Vm, r: &Value) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Some(Payload::Range(r)) = r.payload() else {
        unreachable!()
    };
    Ok((
        vm.to_bigint(&r.start)?,
        vm.to_bigint(&r.stop)?,
        vm.to_bigint(&r.step)?,
    ))
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let one = BigInt::one();
    if step.is_positive() && start < stop {
        (stop - start - &one) / step + one
    } else if step.is_negative() && start > stop {
        (start - stop - &one) / -step + one
    } else {
        BigInt::zero()
    }
}

/// The index of `x` in the range, if it is there: ints (and bools) by arithmetic, other
/// values by equality with each element, as CPython's `range_contains` falls back to.
fn range_position(vm: &mut Vm, r: &Value, x: &Value) -> PyResult<Option<BigInt>> {
    let is_int = matches!(x, Value::Int(_) | Value::Bool(_))
        || matches!(x, Value::Obj(o) if !o.class.heap && matches!(o.payload, Payload::Int(_)));
    if is_int {
        let (s, e, st) = big_bounds(vm, r)?;
        let x = vm.to_bigint(x)?;
        let inside = if st.is_positive() {
            x >= s && x < e
        } else {
            x <= s && x > e
        };
        let off = &x - &s;
        return Ok((inside && (&off % &st).is_zero()).then(|| off / st));
    }
    let it = vm.iter(r)?;
    let mut i = BigInt::zero();
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn bounds(vm: &mut Vm, r: &Value) -> PyResult<(i128, i128, i128)> {
    let Some(Payload::Range(r)) = r.payload() else {
        unreachable!()
    };
    let g = |vm: &mut Vm, v: &Value| -> PyResult<i128> {
        match v {
            Value::Int(i) => Ok(*i as i128),
            _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        }
    };
    Ok((g(vm, &r.start)?, g(vm, &r.stop)?, g(vm, &r.step)?))
}

impl Vm {
    pub fn range_iter(&mut self, r: &Range) -> PyResult<IterState> {
        match (&r.start, &r.stop, &r.step) {
            (Value::Int(a), Value::Int(b), Value::Int(c)) => Ok(IterState::Range(*a, *b, *c)),
            _ => {
                let (start, stop, step) = (
                    self.to_bigint(&r.start)?,
                    self.to_bigint(&r.stop)?,
                    self.to_bigint(&r.step)?,
                );
                let n = big_len(&start, &stop, &step);
                Ok(IterState::BigRange(Box::new((start, step, n))))
            }
        }
    }
}

fn range_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let args = &a[1..];
    let int = |vm: &mut Vm, v: &Value| -> PyResult<Value> {
        match vm.index_of(v)? {
            Some(crate::runtime::Index::Small(i)) => Ok(Value::Int(i)),
            Some(crate::runtime::Index::Huge(_)) => {
                let b = vm.to_bigint(v)?;
                Ok(vm.new_bigint(b))
            }
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        }
    };
    let (start, stop, step) = match args.len() {
        1 => (Value::Int(0), int(vm, &args[0])?, Value::Int(1)),
        2 => (int(vm, &args[0])?, int(vm, &args[1])?, Value::Int(1)),
        3 => (int(vm, &args[0])?, int(vm, &args[1])?, int(vm, &args[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if matches!(step, Value::Int(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.obj(&vm.types.range, Payload::Range(Range { start, stop, step })))
}

/// `slice.indices(len)` over big ints (`_PySlice_GetLongIndices`), for slicing huge
/// ranges.
fn big_slice_indices(
    vm: &mut Vm,
    sl: &[Value; 3],
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let index = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        if vm.type_of(v).lookup("__index__").is_none() {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
        vm.to_bigint(v)
    };
    let step = match &sl[2] {
        Value::None => BigInt::one(),
        v => index(vm, v)?,
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (-BigInt::one(), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let bound = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = index(vm, v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let (d_start, d_stop) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = bound(vm, &sl[0], &d_start)?;
    let stop = bound(vm, &sl[1], &d_stop)?;
    Ok((start, stop, step))
}

fn range_getitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let (s, e, st) = big_bounds(vm, &a[0])?;
    let n = big_len(&s, &e, &st);
    if let Some(Payload::Slice(sl)) = a[1].payload() {
        let sl = sl.clone();
        let (x, y, z) = big_slice_indices(vm, &sl, &n)?;
        let range = Range {
            start: vm.new_bigint(&s + &x * &st),
            stop: vm.new_bigint(&s + &y * &st),
            step: vm.new_bigint(&st * &z),
        };
        return Ok(vm.obj(&vm.types.range, Payload::Range(range)));
    }
    if vm.type_of(&a[1]).lookup("__index__").is_none() {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(&a[1])
        )));
    }
    let i = vm.to_bigint(&a[1])?;
    let j = if i.is_negative() { i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(s + j * st))
}
