//! `property`, `classmethod`, `staticmethod` and `super`.

use crate::args::positional;
use crate::object::*;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let p = vm.types.property.clone();
    vm.add_staticmethod(&p, "__new__", |vm, a, _| {
        let Value::Type(cls) = &a[0] else {
            return Err(vm.type_error("bad property"));
        };
        let cls = cls.clone();
        Ok(vm.new_instance(
            &cls,
            Payload::Property(std::cell::RefCell::new(Property {
                fget: Value::None,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            })),
        ))
    });
    vm.add_method(&p, "__init__", |vm, a, kw| {
        let b = vm.bind_args("property", &a[1..], kw, &["fget", "fset", "fdel", "doc"], 0)?;
        let Value::Obj(o) = &a[0] else { unreachable!() };
        // The payload is immutable: rebuild it in place through a raw write-once cell.
        let get = |i: usize| b[i].clone().unwrap_or(Value::None);
        let mut doc = get(3);
        if doc.is_none() && !get(0).is_none() {
            doc = vm.getattr_opt(&get(0), "__doc__")?.unwrap_or(Value::None);
        }
        if let Payload::Property(p) = &o.payload {
            *p.borrow_mut() = Property {
                fget: get(0),
                fset: get(1),
                fdel: get(2),
                doc,
            };
        }
        Ok(Value::None)
    });
    vm.add_method(&p, "__get__", |vm, a, _| {
        let obj = a.get(1).cloned().unwrap_or(Value::None);
        if obj.is_none() {
            return Ok(a[0].clone());
        }
        let t = vm.type_of(&obj);
        vm.descr_get(&a[0], &obj, &t)
    });
    vm.add_method(&p, "__set__", |vm, a, _| {
        let name = vm.new_str("?");
        let _ = name;
        let f = prop(&a[0]).fset.clone();
        if f.is_none() {
            return Err(vm.new_error("AttributeError", "can't set attribute"));
        }
        vm.call(&f, &[a[1].clone(), a[2].clone()], &[])
    });
    vm.add_method(&p, "__delete__", |vm, a, _| {
        let f = prop(&a[0]).fdel.clone();
        if f.is_none() {
            return Err(vm.new_error("AttributeError", "can't delete attribute"));
        }
        vm.call(&f, &[a[1].clone()], &[])
    });
    for (name, which) in [("getter", 0usize), ("setter", 1), ("deleter", 2)] {
        let f: NativeFn = match which {
            0 => |vm, a, _| copy_with(vm, a, 0),
            1 => |vm, a, _| copy_with(vm, a, 1),
            _ => |vm, a, _| copy_with(vm, a, 2),
        };
        vm.add_method(&p, name, f);
    }
    vm.add_getter(&p, "fget", |_, a, _| Ok(prop(&a[0]).fget.clone()), None);
    vm.add_getter(&p, "fset", |_, a, _| Ok(prop(&a[0]).fset.clone()), None);
    vm.add_getter(&p, "fdel", |_, a, _| Ok(prop(&a[0]).fdel.clone()), None);
    vm.add_getter(&p, "__doc__", |_, a, _| Ok(prop(&a[0]).doc.clone()), None);
    vm.add_getter(
        &p,
        "__isabstractmethod__",
        |vm, a, _| {
            let parts = {
                let p = prop(&a[0]);
                [p.fget.clone(), p.fset.clone(), p.fdel.clone()]
            };
            any_abstract(vm, &parts)
        },
        None,
    );

    for (t, is_class) in [
        (vm.types.classmethod.clone(), true),
        (vm.types.staticmethod.clone(), false),
    ] {
        let new: NativeFn = if is_class {
            |vm, a, kw| {
                let a = vm.check_args("classmethod", a, kw, 2, 2)?;
                let Value::Type(cls) = &a[0] else {
                    unreachable!()
                };
                let cls = cls.clone();
                Ok(vm.new_instance(&cls, Payload::ClassMethod(a[1].clone())))
            }
        } else {
            |vm, a, kw| {
                let a = vm.check_args("staticmethod", a, kw, 2, 2)?;
                let Value::Type(cls) = &a[0] else {
                    unreachable!()
                };
                let cls = cls.clone();
                Ok(vm.new_instance(&cls, Payload::StaticMethod(a[1].clone())))
            }
        };
        vm.add_staticmethod(&t, "__new__", new);
        vm.add_method(&t, "__init__", |_, _, _| Ok(Value::None));
        vm.add_method(&t, "__get__", |vm, a, _| {
            let obj = a.get(1).cloned().unwrap_or(Value::None);
            let owner = match a.get(2) {
                Some(Value::Type(t)) => t.clone(),
                _ => vm.type_of(&obj),
            };
            vm.descr_get(&a[0], &obj, &owner)
        });
        vm.add_getter(
            &t,
            "__func__",
            |_, a, _| match a[0].payload() {
                Some(Payload::ClassMethod(f) | Payload::StaticMethod(f)) => Ok(f.clone()),
                _ => Ok(Value::None),
            },
            None,
        );
        vm.add_getter(
            &t,
            "__wrapped__",
            |_, a, _| match a[0].payload() {
                Some(Payload::ClassMethod(f) | Payload::StaticMethod(f)) => Ok(f.clone()),
                _ => Ok(Value::None),
            },
            None,
        );
        vm.add_getter(
            &t,
            "__isabstractmethod__",
            |vm, a, _| match a[0].payload() {
                Some(Payload::ClassMethod(f) | Payload::StaticMethod(f)) => {
                    let f = f.clone();
                    any_abstract(vm, &[f])
                }
                _ => Ok(Value::Bool(false)),
            },
            None,
        );
    }

    let s = vm.types.super_.clone();
    vm.add_staticmethod(&s, "__new__", |vm, a, kw| {
        let a = positional(a, kw);
        match a.len() {
            3 => {
                let Value::Type(t) = &a[1] else {
                    return Err(vm.type_error(format!(
                        "super() argument 1 must be type, not {}",
                        vm.type_name(&a[1])
                    )));
                };
                let t = t.clone();
                vm.make_super(&t, &a[2])
            }
            2 => Err(vm.runtime_error("pyco does not support unbound super objects")),
            _ => Err(vm.runtime_error("super(): no arguments")),
        }
    });
    vm.add_method(&s, "__init__", |_, _, _| Ok(Value::None));
    vm.add_method(&s, "__getattribute__", super_getattr);
    s.flags.set(s.flags.get() | tflags::GETATTRIBUTE);
    vm.add_method(&s, "__repr__", |vm, a, _| {
        let Some(Payload::Super(sd)) = a[0].payload() else {
            unreachable!()
        };
        Ok(vm.new_str(format!(
            "<super: <class '{}'>, <{} object>>",
            sd.ty.name(),
            sd.obj_type.name()
        )))
    });
}

fn prop(v: &Value) -> std::cell::Ref<'_, Property> {
    match v.payload() {
        Some(Payload::Property(p)) => p.borrow(),
        _ => panic!("not a property"),
    }
}

fn copy_with(vm: &mut Vm, a: &[Value], which: usize) -> PyResult {
    let p = prop(&a[0]);
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = a[1].clone();
    let mut doc = p.doc.clone();
    drop(p);
    if which == 0 && doc.is_none() {
        doc = vm.getattr_opt(&a[1], "__doc__")?.unwrap_or(Value::None);
    }
    let cls = vm.type_of(&a[0]);
    let [fget, fset, fdel] = parts;
    Ok(vm.new_instance(
        &cls,
        Payload::Property(std::cell::RefCell::new(Property {
            fget,
            fset,
            fdel,
            doc,
        })),
    ))
}

fn super_getattr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let Some(Payload::Super(sd)) = a[0].payload() else {
        unreachable!()
    };
    let name = vm.expect_str(&a[1], "attribute name")?.to_string();
    if name != "__class__" {
        let mut past = false;
        for t in sd.obj_type.mro() {
            if past {
                let hit = t.dict.borrow().get_str(&name, str_hash(&name));
                if let Some(v) = hit {
                    let obj = if matches!(&sd.obj, Value::Type(ot) if Rc::ptr_eq(ot, &sd.obj_type))
                    {
                        Value::None
                    } else {
                        sd.obj.clone()
                    };
                    return match &v {
                        Value::Obj(o) => match &o.payload {
                            Payload::Function(_) if obj.is_none() => Ok(v.clone()),
                            Payload::MethodDescr(d)
                                if obj.is_none() && d.kind == DescrKind::Method =>
                            {
                                Ok(v.clone())
                            }
                            Payload::StaticMethod(f) => Ok(f.clone()),
                            _ => {
                                let ot = sd.obj_type.clone();
                                if obj.is_none() {
                                    match &o.payload {
                                        Payload::ClassMethod(_) => {
                                            vm.descr_get(&v, &Value::Type(ot.clone()), &ot)
                                        }
                                        Payload::MethodDescr(d)
                                            if d.kind == DescrKind::ClassMethod
                                                || d.kind == DescrKind::StaticMethod =>
                                        {
                                            vm.descr_get(&v, &Value::Type(ot.clone()), &ot)
                                        }
                                        _ => Ok(v.clone()),
                                    }
                                } else {
                                    vm.descr_get(&v, &obj, &ot)
                                }
                            }
                        },
                        _ => Ok(v.clone()),
                    };
                }
            } else if Rc::ptr_eq(t, &sd.ty) {
                past = true;
            }
        }
    }
    let t = vm.type_of(&a[0]);
    match vm.generic_getattr(&a[0], &t, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.new_error(
            "AttributeError",
            format!("'super' object has no attribute '{name}'"),
        )),
    }
}

/// Whether any of `funcs` is marked `__isabstractmethod__` (abstract properties and
/// class/static methods wrap an abstract function).
fn any_abstract(vm: &mut Vm, funcs: &[Value]) -> PyResult {
    for f in funcs {
        if f.is_none() {
            continue;
        }
        if let Some(v) = vm.getattr_opt(f, "__isabstractmethod__")? {
            if vm.truthy(&v)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}
