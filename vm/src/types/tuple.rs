//! `tuple`.

use crate::object::*;
use crate::runtime::CmpOp;
use crate::types::iter::IterState;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_staticmethod(&t, "__new__", |vm, a, kw| {
        let Value::Type(cls) = &a[0] else {
            return Err(vm.type_error("tuple.__new__(X): X is not a type"));
        };
        let cls = cls.clone();
        let a = vm.check_args("tuple", &a[1..], kw, 0, 1)?;
        let items = match a.first() {
            Some(it) => vm.collect(it)?,
            None => Vec::new(),
        };
        if Rc::ptr_eq(&cls, &vm.types.tuple) {
            return Ok(vm.new_tuple(items));
        }
        Ok(vm.new_instance(&cls, Payload::Tuple(items.into_boxed_slice())))
    });
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let items = a[0].as_tuple().unwrap_or(&[]).to_vec();
        let s = if items.len() == 1 && !vm.repr_guard.borrow().contains(&a[0].id()) {
            // A 1-tuple needs its comma: `seq_repr` with `,)` as the closer, which also
            // guards against the tuple containing itself.
            vm.seq_repr(&a[0], &items, "(", ",)")?
        } else {
            vm.seq_repr(&a[0], &items, "(", ")")?
        };
        Ok(vm.new_str(s))
    });
    vm.add_method(&t, "__len__", |_, a, _| {
        Ok(Value::Int(a[0].as_tuple().map_or(0, |t| t.len()) as i64))
    });
    vm.add_method(&t, "__hash__", |vm, a, _| {
        let items = a[0].as_tuple().unwrap_or(&[]).to_vec();
        Ok(Value::Int(vm.hash_tuple(&items)?))
    });
    vm.add_method(&t, "__getitem__", tuple_getitem);
    vm.add_method(&t, "__contains__", |vm, a, _| {
        let items = a[0].as_tuple().unwrap_or(&[]).to_vec();
        for x in &items {
            if vm.eq(x, &a[1])? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    });
    vm.add_method(&t, "__iter__", |vm, a, _| {
        Ok(vm.new_iter("tuple_iterator", IterState::Seq(a[0].clone(), 0)))
    });
    vm.add_method(&t, "__add__", |vm, a, _| match a[1].as_tuple() {
        Some(o) => {
            let mut v = a[0].as_tuple().unwrap_or(&[]).to_vec();
            v.extend(o.iter().cloned());
            Ok(vm.new_tuple(v))
        }
        None => Ok(vm.singletons.not_implemented.clone()),
    });
    vm.add_method(&t, "__mul__", tuple_mul);
    vm.add_method(&t, "__rmul__", tuple_mul);
    for op in [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ] {
        let f: NativeFn = match op {
            CmpOp::Lt => |vm, a, _| tuple_cmp(vm, a, CmpOp::Lt),
            CmpOp::Le => |vm, a, _| tuple_cmp(vm, a, CmpOp::Le),
            CmpOp::Eq => |vm, a, _| tuple_cmp(vm, a, CmpOp::Eq),
            CmpOp::Ne => |vm, a, _| tuple_cmp(vm, a, CmpOp::Ne),
            CmpOp::Gt => |vm, a, _| tuple_cmp(vm, a, CmpOp::Gt),
            CmpOp::Ge => |vm, a, _| tuple_cmp(vm, a, CmpOp::Ge),
        };
        vm.add_method(&t, op.dunder(), f);
    }
    vm.add_method(&t, "index", |vm, a, kw| {
        vm.check_args("index", &a[1..], kw, 1, 3)?;
        let items = a[0].as_tuple().unwrap_or(&[]).to_vec();
        for (i, x) in items.iter().enumerate() {
            if vm.eq(x, &a[1])? {
                return Ok(Value::Int(i as i64));
            }
        }
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    });
    vm.add_method(&t, "count", |vm, a, kw| {
        let _ = vm.one_arg("tuple.count", &a[1..], kw)?;
        let items = a[0].as_tuple().unwrap_or(&[]).to_vec();
        let mut c = 0;
        for x in &items {
            if vm.eq(x, &a[1])? {
                c += 1;
            }
        }
        Ok(Value::Int(c))
    });
    vm.add_method(&t, "__getnewargs__", |vm, a, _| {
        let items = a[0].as_tuple().unwrap_or(&[]).to_vec();
        let inner = vm.new_tuple(items);
        Ok(vm.new_tuple(vec![inner]))
    });
}

fn tuple_cmp(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult {
    match (a[0].as_tuple(), a[1].as_tuple()) {
        (Some(x), Some(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            Ok(Value::Bool(vm.sequence_compare(&x, &y, op)?))
        }
        _ => Ok(vm.singletons.not_implemented.clone()),
    }
}

fn tuple_getitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let items = a[0].as_tuple().unwrap_or(&[]);
    if let Some(Payload::Slice(s)) = a[1].payload() {
        let s = s.clone();
        let (start, stop, step) = vm.slice_indices(&s, items.len())?;
        let out: Vec<Value> = crate::runtime::slice_positions(start, stop, step)
            .map(|p| items[p].clone())
            .collect();
        return Ok(vm.new_tuple(out));
    }
    let Some(i) = vm.index_value(&a[1])? else {
        return Err(vm.type_error(format!(
            "tuple indices must be integers or slices, not {}",
            vm.type_name(&a[1])
        )));
    };
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("tuple index out of range"));
    }
    Ok(items[j as usize].clone())
}

fn tuple_mul(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    match vm.index_value(&a[1])? {
        Some(n) => {
            let items = a[0].as_tuple().unwrap_or(&[]);
            let out = vm.repeat_items(items, n.max(0) as usize)?;
            Ok(vm.new_tuple(out))
        }
        None => Ok(vm.singletons.not_implemented.clone()),
    }
}
