//! `dict` and its views.

use crate::args::{keyword, positional};
use crate::object::*;
use crate::types::iter::IterState;
use crate::Vm;
use std::cell::RefCell;

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_staticmethod(&t, "__new__", |vm, a, _| {
        let Value::Type(cls) = &a[0] else {
            return Err(vm.type_error("dict.__new__(X): X is not a type"));
        };
        let cls = cls.clone();
        Ok(vm.new_instance(
            &cls,
            Payload::Dict(RefCell::new(crate::dict::DictTable::new())),
        ))
    });
    vm.add_method(&t, "__init__", dict_update_method);
    vm.add_method(&t, "update", dict_update_method);
    vm.add_method(&t, "__repr__", dict_repr);
    vm.add_method(&t, "__len__", |_, a, _| {
        Ok(Value::Int(
            a[0].as_dict().map_or(0, |d| d.borrow().len()) as i64
        ))
    });
    vm.add_method(&t, "__getitem__", |vm, a, _| {
        if let Some(v) = vm.dict_get(&a[0], &a[1])? {
            return Ok(v);
        }
        let cls = vm.type_of(&a[0]);
        if cls.heap {
            if let Some(m) = cls.lookup("__missing__") {
                return vm.call_method_value(&m, &a[0], &[a[1].clone()]);
            }
        }
        Err(vm.key_error(a[1].clone()))
    });
    vm.add_method(&t, "__setitem__", |vm, a, _| {
        vm.dict_set(&a[0], a[1].clone(), a[2].clone())?;
        Ok(Value::None)
    });
    vm.add_method(&t, "__delitem__", |vm, a, _| {
        if !vm.dict_del(&a[0], &a[1])? {
            return Err(vm.key_error(a[1].clone()));
        }
        Ok(Value::None)
    });
    vm.add_method(&t, "__contains__", |vm, a, _| {
        Ok(Value::Bool(vm.dict_get(&a[0], &a[1])?.is_some()))
    });
    vm.add_method(&t, "__iter__", |vm, a, _| {
        Ok(dict_iter(vm, &a[0], "dict_keyiterator", ViewKind::Keys))
    });
    vm.add_method(&t, "__eq__", |vm, a, _| {
        if a[1].as_dict().is_none() {
            return Ok(vm.singletons.not_implemented.clone());
        }
        Ok(Value::Bool(vm.dict_eq(&a[0], &a[1])?))
    });
    vm.add_method(&t, "__ne__", |vm, a, _| {
        if a[1].as_dict().is_none() {
            return Ok(vm.singletons.not_implemented.clone());
        }
        Ok(Value::Bool(!vm.dict_eq(&a[0], &a[1])?))
    });
    vm.add_method(&t, "__or__", |vm, a, _| {
        if a[1].as_dict().is_none() {
            return Ok(vm.singletons.not_implemented.clone());
        }
        let d = vm.new_dict();
        vm.dict_update(&d, &a[0])?;
        vm.dict_update(&d, &a[1])?;
        Ok(d)
    });
    vm.add_method(&t, "__ror__", |vm, a, _| {
        if a[1].as_dict().is_none() {
            return Ok(vm.singletons.not_implemented.clone());
        }
        let d = vm.new_dict();
        vm.dict_update(&d, &a[1])?;
        vm.dict_update(&d, &a[0])?;
        Ok(d)
    });
    vm.add_method(&t, "__ior__", |vm, a, _| {
        vm.dict_update(&a[0], &a[1])?;
        Ok(a[0].clone())
    });
    vm.add_type_attr(&t, "__hash__", Value::None);
    vm.add_method(&t, "get", |vm, a, kw| {
        let a = vm.check_args("get", &a[1..], kw, 1, 2).map(|_| a)?;
        Ok(vm
            .dict_get(&a[0], &a[1])?
            .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
    });
    vm.add_method(&t, "setdefault", |vm, a, kw| {
        let a = vm.check_args("setdefault", &a[1..], kw, 1, 2).map(|_| a)?;
        if let Some(v) = vm.dict_get(&a[0], &a[1])? {
            return Ok(v);
        }
        let d = a.get(2).cloned().unwrap_or(Value::None);
        vm.dict_set(&a[0], a[1].clone(), d.clone())?;
        Ok(d)
    });
    vm.add_method(&t, "pop", |vm, a, kw| {
        let a = vm.check_args("pop", &a[1..], kw, 1, 2).map(|_| a)?;
        match vm.dict_pop(&a[0], &a[1])? {
            Some(v) => Ok(v),
            None => match a.get(2) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.key_error(a[1].clone())),
            },
        }
    });
    vm.add_method(&t, "popitem", |vm, a, _| {
        let d = a[0].as_dict().expect("dict");
        let ix = d.borrow().last_index();
        match ix {
            Some(ix) => {
                let e = d.borrow_mut().remove_at(ix);
                Ok(vm.new_tuple(vec![e.key, e.value]))
            }
            None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty")),
        }
    });
    vm.add_method(&t, "keys", |vm, a, _| Ok(view(vm, &a[0], ViewKind::Keys)));
    vm.add_method(&t, "values", |vm, a, _| {
        Ok(view(vm, &a[0], ViewKind::Values))
    });
    vm.add_method(&t, "items", |vm, a, _| Ok(view(vm, &a[0], ViewKind::Items)));
    vm.add_method(&t, "clear", |_, a, _| {
        let old = std::mem::take(&mut *a[0].as_dict().expect("dict").borrow_mut());
        drop(old);
        Ok(Value::None)
    });
    vm.add_method(&t, "copy", |vm, a, _| {
        let t = a[0].as_dict().expect("dict").borrow().clone();
        Ok(vm.obj(&vm.types.dict, Payload::Dict(RefCell::new(t))))
    });
    vm.add_classmethod(&t, "fromkeys", |vm, a, kw| {
        let a = vm.check_args("fromkeys", &a[1..], kw, 1, 2).map(|_| a)?;
        let d = vm.call(&a[0], &[], &[])?;
        let v = a.get(2).cloned().unwrap_or(Value::None);
        for k in vm.collect(&a[1])? {
            vm.setitem(&d, &k, v.clone())?;
        }
        Ok(d)
    });
    vm.add_method(&t, "__reversed__", |vm, a, _| {
        let keys = a[0].as_dict().expect("dict").borrow().keys();
        let l = vm.new_list(keys.into_iter().rev().collect());
        vm.iter(&l)
    });

    for (tt, kind) in [
        (vm.types.dict_keys.clone(), ViewKind::Keys),
        (vm.types.dict_values.clone(), ViewKind::Values),
        (vm.types.dict_items.clone(), ViewKind::Items),
    ] {
        vm.add_method(&tt, "__len__", |vm, a, _| {
            let d = view_dict(&a[0]);
            Ok(Value::Int(vm.len(&d)? as i64))
        });
        vm.add_method(&tt, "__repr__", view_repr);
        let it: NativeFn = match kind {
            ViewKind::Keys => |vm, a, _| {
                Ok(dict_iter(
                    vm,
                    &view_dict(&a[0]),
                    "dict_keyiterator",
                    ViewKind::Keys,
                ))
            },
            ViewKind::Values => |vm, a, _| {
                Ok(dict_iter(
                    vm,
                    &view_dict(&a[0]),
                    "dict_valueiterator",
                    ViewKind::Values,
                ))
            },
            ViewKind::Items => |vm, a, _| {
                Ok(dict_iter(
                    vm,
                    &view_dict(&a[0]),
                    "dict_itemiterator",
                    ViewKind::Items,
                ))
            },
        };
        vm.add_method(&tt, "__iter__", it);
        vm.add_method(&tt, "__reversed__", |vm, a, _| {
            let items = view_items(vm, &a[0])?;
            let l = vm.new_list(items.into_iter().rev().collect());
            vm.iter(&l)
        });
        vm.add_method(&tt, "__contains__", |vm, a, _| {
            let d = view_dict(&a[0]);
            let kind = view_kind(vm, &a[0]);
            match kind {
                ViewKind::Keys => Ok(Value::Bool(vm.dict_get(&d, &a[1])?.is_some())),
                ViewKind::Values => {
                    let vals = d.as_dict().expect("dict").borrow().values();
                    for v in vals {
                        if vm.eq(&v, &a[1])? {
                            return Ok(Value::Bool(true));
                        }
                    }
                    Ok(Value::Bool(false))
                }
                ViewKind::Items => {
                    let Some(kv) = a[1].as_tuple().filter(|t| t.len() == 2) else {
                        return Ok(Value::Bool(false));
                    };
                    let kv = kv.to_vec();
                    match vm.dict_get(&d, &kv[0])? {
                        Some(v) => Ok(Value::Bool(vm.eq(&v, &kv[1])?)),
                        None => Ok(Value::Bool(false)),
                    }
                }
            }
        });
        if kind != ViewKind::Values {
            for (name, op) in [
                ("__and__", 0u8),
                ("__or__", 1),
                ("__sub__", 2),
                ("__xor__", 3),
                ("__eq__", 4),
            ] {
                let f: NativeFn = match op {
                    0 => |vm, a, _| view_setop(vm, a, "intersection"),
                    1 => |vm, a, _| view_setop(vm, a, "union"),
                    2 => |vm, a, _| view_setop(vm, a, "difference"),
                    3 => |vm, a, _| view_setop(vm, a, "symmetric_difference"),
                    _ => |vm, a, _| {
                        let s = view_set(vm, &a[0])?;
                        let o = match a[1].payload() {
                            Some(Payload::Set(_) | Payload::FrozenSet(_)) => a[1].clone(),
                            _ => view_set(vm, &a[1])?,
                        };
                        Ok(Value::Bool(vm.set_compare(
                            &s,
                            &o,
                            crate::runtime::CmpOp::Eq,
                        )?))
                    },
                };
                vm.add_method(&tt, name, f);
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

fn view(vm: &Vm, d: &Value, kind: ViewKind) -> Value {
    let t = match kind {
        ViewKind::Keys => &vm.types.dict_keys,
        ViewKind::Values => &vm.types.dict_values,
        ViewKind::Items => &vm.types.dict_items,
    };
    vm.obj(t, Payload::View(d.clone()))
}

fn view_dict(v: &Value) -> Value {
    match v.payload() {
        Some(Payload::View(d)) => d.clone(),
        _ => Value::None,
    }
}

fn view_kind(vm: &Vm, v: &Value) -> ViewKind {
    let t = vm.type_of(v);
    if std::rc::Rc::ptr_eq(&t, &vm.types.dict_values) {
        ViewKind::Values
    } else if std::rc::Rc::ptr_eq(&t, &vm.types.dict_items) {
        ViewKind::Items
    } else {
        ViewKind::Keys
    }
}

fn view_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let d = view_dict(v);
    let table = d.as_dict().expect("dict").borrow().items();
    Ok(match view_kind(vm, v) {
        ViewKind::Keys => table.into_iter().map(|(k, _)| k).collect(),
        ViewKind::Values => table.into_iter().map(|(_, v)| v).collect(),
        ViewKind::Items => table
            .into_iter()
            .map(|(k, v)| vm.new_tuple(vec![k, v]))
            .collect(),
    })
}

fn view_set(vm: &mut Vm, v: &Value) -> PyResult {
    let items = match v.payload() {
        Some(Payload::View(_)) => view_items(vm, v)?,
        _ => vm.collect(v)?,
    };
    vm.new_set_from(items)
}

fn view_setop(vm: &mut Vm, a: &[Value], op: &str) -> PyResult {
    let s = view_set(vm, &a[0])?;
    let other = a[1].clone();
    vm.call_method(&s, op, &[other])
}

fn view_repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let items = view_items(vm, &a[0])?;
    let name = vm.type_name(&a[0]);
    let inner = vm.seq_repr(&a[0], &items, "[", "]")?;
    Ok(vm.new_str(format!("{name}({inner})")))
}

pub fn dict_iter(vm: &Vm, d: &Value, tname: &str, kind: ViewKind) -> Value {
    let table = d.as_dict().expect("dict").borrow();
    let state = IterState::Dict(d.clone(), 0, table.version, table.len(), kind);
    drop(table);
    vm.new_iter(tname, state)
}

fn dict_update_method(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let pos = positional(a, kw);
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(other) = pos.get(1) {
        let t = vm.type_of(other);
        if other.as_dict().is_some() || t.lookup("keys").is_some() {
            vm.dict_update(&a[0], other)?;
        } else {
            let items = vm.collect(other).map_err(|e| {
                if vm.is_instance_of(&e, "TypeError") {
                    vm.type_error(format!("'{}' object is not iterable", vm.type_name(other)))
                } else {
                    e
                }
            })?;
            for (i, item) in items.iter().enumerate() {
                let kv = vm.collect(item).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if kv.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                vm.dict_set(&a[0], kv[0].clone(), kv[1].clone())?;
            }
        }
    }
    for k in kw {
        let v = keyword(a, kw, k.as_str().unwrap_or_default()).unwrap_or(Value::None);
        vm.dict_set(&a[0], k.clone(), v)?;
    }
    Ok(Value::None)
}

fn dict_repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let items = a[0].as_dict().expect("dict").borrow().items();
    if items.is_empty() {
        return Ok(vm.new_str("{}"));
    }
    let id = a[0].id();
    if vm.repr_guard.borrow().contains(&id) {
        return Ok(vm.new_str("{...}"));
    }
    vm.repr_guard.borrow_mut().push(id);
    let mut out = String::from("{");
    let mut res = Ok(());
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match vm
            .repr_string(k)
            .and_then(|ks| Ok((ks, vm.repr_string(v)?)))
        {
            Ok((ks, vs)) => {
                out.push_str(&ks);
                out.push_str(": ");
                out.push_str(&vs);
            }
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    vm.repr_guard.borrow_mut().retain(|x| *x != id);
    res?;
    out.push('}');
    Ok(vm.new_str(out))
}
