//! `set` and `frozenset`.

use crate::object::*;
use crate::runtime::CmpOp;
use crate::set::SetTable;
use crate::types::iter::IterState;
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    for t in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        vm.add_method(&t, "__repr__", set_repr);
        vm.add_method(&t, "__len__", |vm, a, _| {
            Ok(Value::Int(vm.set_len(&a[0]) as i64))
        });
        vm.add_method(&t, "__contains__", |vm, a, _| {
            Ok(Value::Bool(vm.set_contains(&a[0], &a[1])?))
        });
        vm.add_method(&t, "__iter__", |vm, a, _| {
            let n = vm.set_len(&a[0]);
            Ok(vm.new_iter("set_iterator", IterState::Set(a[0].clone(), 0, n)))
        });
        for op in [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ] {
            let f: NativeFn = match op {
                CmpOp::Lt => |vm, a, _| set_cmp(vm, a, CmpOp::Lt),
                CmpOp::Le => |vm, a, _| set_cmp(vm, a, CmpOp::Le),
                CmpOp::Eq => |vm, a, _| set_cmp(vm, a, CmpOp::Eq),
                CmpOp::Ne => |vm, a, _| set_cmp(vm, a, CmpOp::Ne),
                CmpOp::Gt => |vm, a, _| set_cmp(vm, a, CmpOp::Gt),
                CmpOp::Ge => |vm, a, _| set_cmp(vm, a, CmpOp::Ge),
            };
            vm.add_method(&t, op.dunder(), f);
        }
        vm.add_method(&t, "__or__", |vm, a, _| binop(vm, a, Op::Union));
        vm.add_method(&t, "__and__", |vm, a, _| binop(vm, a, Op::Inter));
        vm.add_method(&t, "__sub__", |vm, a, _| binop(vm, a, Op::Diff));
        vm.add_method(&t, "__xor__", |vm, a, _| binop(vm, a, Op::Sym));
        vm.add_method(&t, "__ror__", |vm, a, _| {
            binop(vm, &[a[1].clone(), a[0].clone()], Op::Union)
        });
        vm.add_method(&t, "__rand__", |vm, a, _| {
            binop(vm, &[a[1].clone(), a[0].clone()], Op::Inter)
        });
        vm.add_method(&t, "__rsub__", |vm, a, _| {
            binop(vm, &[a[1].clone(), a[0].clone()], Op::Diff)
        });
        vm.add_method(&t, "__rxor__", |vm, a, _| {
            binop(vm, &[a[1].clone(), a[0].clone()], Op::Sym)
        });
        vm.add_method(&t, "union", |vm, a, _| method_op(vm, a, Op::Union));
        vm.add_method(&t, "intersection", |vm, a, _| method_op(vm, a, Op::Inter));
        vm.add_method(&t, "difference", |vm, a, _| method_op(vm, a, Op::Diff));
        vm.add_method(&t, "symmetric_difference", |vm, a, _| {
            method_op(vm, a, Op::Sym)
        });
        vm.add_method(&t, "issubset", |vm, a, _| {
            let o = as_set(vm, &a[1])?;
            Ok(Value::Bool(vm.set_compare(&a[0], &o, CmpOp::Le)?))
        });
        vm.add_method(&t, "issuperset", |vm, a, _| {
            let o = as_set(vm, &a[1])?;
            Ok(Value::Bool(vm.set_compare(&a[0], &o, CmpOp::Ge)?))
        });
        vm.add_method(&t, "isdisjoint", |vm, a, _| {
            for x in vm.collect(&a[1])? {
                if vm.set_contains(&a[0], &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        });
        vm.add_method(&t, "copy", |vm, a, _| {
            let items = copy_table(vm, &a[0]);
            let cls = vm.type_of(&a[0]);
            Ok(make(vm, &cls, items))
        });
    }
    let s = vm.types.set.clone();
    vm.add_type_attr(&s, "__hash__", Value::None);
    vm.add_staticmethod(&s, "__new__", |vm, a, _| {
        let Value::Type(cls) = &a[0] else {
            return Err(vm.type_error("set.__new__(X): X is not a type"));
        };
        let cls = cls.clone();
        Ok(vm.new_instance(&cls, Payload::Set(RefCell::new(SetTable::new()))))
    });
    vm.add_method(&s, "__init__", |vm, a, kw| {
        let a = vm.check_args("set", a, kw, 1, 2)?;
        if let Some(Payload::Set(t)) = a[0].payload() {
            t.borrow_mut().clear();
        }
        if let Some(it) = a.get(1) {
            vm.set_update(&a[0], it)?;
        }
        Ok(Value::None)
    });
    vm.add_method(&s, "add", |vm, a, kw| {
        let a = vm.check_args("add", a, kw, 2, 2)?;
        vm.set_add(&a[0], a[1].clone())?;
        Ok(Value::None)
    });
    vm.add_method(&s, "discard", |vm, a, _| {
        vm.set_discard(&a[0], &a[1])?;
        Ok(Value::None)
    });
    vm.add_method(&s, "remove", |vm, a, _| {
        if !vm.set_discard(&a[0], &a[1])? {
            return Err(vm.key_error(a[1].clone()));
        }
        Ok(Value::None)
    });
    vm.add_method(&s, "pop", |vm, a, _| {
        let Some(Payload::Set(t)) = a[0].payload() else {
            unreachable!()
        };
        let v = t.borrow_mut().pop();
        v.ok_or_else(|| vm.new_error("KeyError", "pop from an empty set"))
    });
    vm.add_method(&s, "clear", |_, a, _| {
        if let Some(Payload::Set(t)) = a[0].payload() {
            let old = std::mem::take(&mut *t.borrow_mut());
            drop(old);
        }
        Ok(Value::None)
    });
    vm.add_method(&s, "update", |vm, a, _| {
        for o in &a[1..] {
            vm.set_update(&a[0], o)?;
        }
        Ok(Value::None)
    });
    vm.add_method(&s, "__ior__", |vm, a, _| {
        vm.set_update(&a[0], &a[1])?;
        Ok(a[0].clone())
    });
    vm.add_method(&s, "intersection_update", |vm, a, _| {
        inplace(vm, a, Op::Inter)
    });
    vm.add_method(&s, "difference_update", |vm, a, _| inplace(vm, a, Op::Diff));
    vm.add_method(&s, "symmetric_difference_update", |vm, a, _| {
        inplace(vm, a, Op::Sym)
    });
    vm.add_method(&s, "__iand__", |vm, a, _| {
        inplace(vm, a, Op::Inter).map(|_| a[0].clone())
    });
    vm.add_method(&s, "__isub__", |vm, a, _| {
        inplace(vm, a, Op::Diff).map(|_| a[0].clone())
    });
    vm.add_method(&s, "__ixor__", |vm, a, _| {
        inplace(vm, a, Op::Sym).map(|_| a[0].clone())
    });

    let f = vm.types.frozenset.clone();
    vm.add_staticmethod(&f, "__new__", |vm, a, kw| {
        let Value::Type(cls) = &a[0] else {
            return Err(vm.type_error("frozenset.__new__(X): X is not a type"));
        };
        let cls = cls.clone();
        let a = vm.check_args("frozenset", &a[1..], kw, 0, 1)?;
        let tmp = vm.obj(&vm.types.set, Payload::Set(RefCell::new(SetTable::new())));
        if let Some(it) = a.first() {
            vm.set_update(&tmp, it)?;
        }
        let table = copy_table(vm, &tmp);
        Ok(vm.new_instance(&cls, Payload::FrozenSet(table)))
    });
    vm.add_method(&f, "__hash__", |vm, a, _| {
        // frozenset_hash: xor of shuffled element hashes.
        let mut hash: u64 = 0;
        for x in vm.set_items(&a[0]) {
            let h = vm.hash(&x)? as u64;
            hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        }
        hash ^= (vm.set_len(&a[0]) as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        Ok(Value::Int(if h == -1 { 590923713 } else { h }))
    });
}

#[derive(Clone, Copy)]
enum Op {
    Union,
    Inter,
    Diff,
    Sym,
}

fn copy_table(_vm: &Vm, s: &Value) -> SetTable {
    match s.payload() {
        Some(Payload::Set(t)) => t.borrow().copy(),
        Some(Payload::FrozenSet(t)) => t.copy(),
        _ => SetTable::new(),
    }
}

fn make(vm: &Vm, cls: &Rc<Type>, t: SetTable) -> Value {
    let is_frozen = cls.is_subtype(&vm.types.frozenset);
    let base = if is_frozen {
        &vm.types.frozenset
    } else {
        &vm.types.set
    };
    if is_frozen {
        vm.obj(base, Payload::FrozenSet(t))
    } else {
        vm.obj(base, Payload::Set(RefCell::new(t)))
    }
}

fn is_set(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult {
    if is_set(v) {
        return Ok(v.clone());
    }
    let items = vm.collect(v)?;
    vm.new_set_from(items)
}

/// `a op b` for sets; the result has `a`'s kind (set or frozenset).
fn compute(vm: &mut Vm, a: &Value, b: &Value, op: Op) -> PyResult<SetTable> {
    let result = vm.obj(&vm.types.set, Payload::Set(RefCell::new(SetTable::new())));
    match op {
        Op::Union => {
            vm.set_update(&result, a)?;
            vm.set_update(&result, b)?;
        }
        Op::Inter => {
            // CPython iterates over the smaller set.
            let (small, big) = if is_set(b) && vm.set_len(b) < vm.set_len(a) {
                (b, a)
            } else {
                (a, b)
            };
            let small = small.clone();
            let big = big.clone();
            let small_items = if is_set(&small) {
                vm.set_items(&small)
            } else {
                vm.collect(&small)?
            };
            let big = as_set(vm, &big)?;
            for x in small_items {
                if vm.set_contains(&big, &x)? {
                    vm.set_add(&result, x)?;
                }
            }
        }
        Op::Diff => {
            let b = as_set(vm, b)?;
            for x in vm.set_items(a) {
                if !vm.set_contains(&b, &x)? {
                    vm.set_add(&result, x)?;
                }
            }
        }
        Op::Sym => {
            let b = as_set(vm, b)?;
            vm.set_update(&result, a)?;
            for x in vm.set_items(&b) {
                if vm.set_contains(a, &x)? {
                    vm.set_discard(&result, &x)?;
                } else {
                    vm.set_add(&result, x)?;
                }
            }
        }
    }
    Ok(copy_table(vm, &result))
}

fn binop(vm: &mut Vm, a: &[Value], op: Op) -> PyResult {
    if !is_set(&a[0]) || !is_set(&a[1]) {
        return Ok(vm.singletons.not_implemented.clone());
    }
    let t = compute(vm, &a[0], &a[1], op)?;
    let cls = vm.type_of(&a[0]);
    Ok(make(vm, &cls, t))
}

fn method_op(vm: &mut Vm, a: &[Value], op: Op) -> PyResult {
    let mut acc = a[0].clone();
    let cls = vm.type_of(&a[0]);
    if a.len() == 1 {
        let t = copy_table(vm, &acc);
        return Ok(make(vm, &cls, t));
    }
    for other in &a[1..] {
        let t = compute(vm, &acc, other, op)?;
        acc = make(vm, &cls, t);
    }
    Ok(acc)
}

fn inplace(vm: &mut Vm, a: &[Value], op: Op) -> PyResult {
    let mut t = copy_table(vm, &a[0]);
    for other in &a[1..] {
        let cur = vm.obj(&vm.types.set, Payload::Set(RefCell::new(t)));
        t = compute(vm, &cur, other, op)?;
    }
    if let Some(Payload::Set(s)) = a[0].payload() {
        *s.borrow_mut() = t;
    }
    Ok(Value::None)
}

fn set_cmp(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult {
    if !is_set(&a[1]) {
        return Ok(vm.singletons.not_implemented.clone());
    }
    Ok(Value::Bool(vm.set_compare(&a[0], &a[1], op)?))
}

fn set_repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let items = vm.set_items(&a[0]);
    let t = vm.type_of(&a[0]);
    let name = t.name();
    let frozen = t.is_subtype(&vm.types.frozenset);
    if items.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let inner = vm.seq_repr(&a[0], &items, "{", "}")?;
    let s = if frozen || t.heap {
        format!("{name}({inner})")
    } else {
        inner
    };
    Ok(vm.new_str(s))
}
