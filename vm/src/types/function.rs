//! Functions, bound methods, native functions and descriptors, cells and modules.

use crate::object::*;
use crate::Vm;
use std::rc::Rc;

fn func(v: &Value) -> &Function {
    match v.payload() {
        Some(Payload::Function(f)) => f,
        _ => panic!("not a function"),
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.function.clone();
    vm.add_staticmethod(&t, "__new__", function_new);
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let q = func(&a[0])
            .qualname
            .borrow()
            .as_str()
            .unwrap_or("?")
            .to_string();
        Ok(vm.new_str(format!("<function {} at {:#x}>", q, a[0].id())))
    });
    vm.add_method(&t, "__call__", |vm, a, kw| {
        let f = a[0].clone();
        vm.call(&f, &a[1..], kw)
    });
    vm.add_method(&t, "__get__", |vm, a, _| {
        if a.len() < 2 || a[1].is_none() {
            return Ok(a[0].clone());
        }
        Ok(vm.obj(
            &vm.types.method,
            Payload::Method(a[0].clone(), a[1].clone()),
        ))
    });
    vm.add_getter(
        &t,
        "__name__",
        |_, a, _| Ok(func(&a[0]).name.borrow().clone()),
        Some(|vm, a, _| {
            vm.expect_str(&a[1], "__name__ must be set to a string object, not")?;
            *func(&a[0]).name.borrow_mut() = a[1].clone();
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__qualname__",
        |_, a, _| Ok(func(&a[0]).qualname.borrow().clone()),
        Some(|_, a, _| {
            *func(&a[0]).qualname.borrow_mut() = a[1].clone();
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__doc__",
        |_, a, _| Ok(func(&a[0]).doc.borrow().clone()),
        Some(|_, a, _| {
            *func(&a[0]).doc.borrow_mut() = a[1].clone();
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__module__",
        |_, a, _| Ok(func(&a[0]).module.borrow().clone()),
        Some(|_, a, _| {
            *func(&a[0]).module.borrow_mut() = a[1].clone();
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__defaults__",
        |vm, a, _| {
            Ok(match &*func(&a[0]).defaults.borrow() {
                Some(d) => vm.new_tuple(d.to_vec()),
                None => Value::None,
            })
        },
        Some(|vm, a, _| {
            let d = match &a[1] {
                Value::None => None,
                v => Some(Rc::from(
                    v.as_tuple()
                        .ok_or_else(|| vm.type_error("__defaults__ must be set to a tuple object"))?
                        .to_vec(),
                )),
            };
            *func(&a[0]).defaults.borrow_mut() = d;
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__kwdefaults__",
        |_, a, _| {
            Ok(func(&a[0])
                .kwdefaults
                .borrow()
                .clone()
                .unwrap_or(Value::None))
        },
        Some(|_, a, _| {
            *func(&a[0]).kwdefaults.borrow_mut() = if a[1].is_none() {
                None
            } else {
                Some(a[1].clone())
            };
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__code__",
        |vm, a, _| Ok(vm.code_object(&func(&a[0]).code)),
        None,
    );
    vm.add_getter(
        &t,
        "__globals__",
        |_, a, _| Ok(Value::Obj(func(&a[0]).globals.clone())),
        None,
    );
    vm.add_getter(
        &t,
        "__closure__",
        |vm, a, _| {
            Ok(match &func(&a[0]).closure {
                Some(c) => vm.new_tuple(c.to_vec()),
                None => Value::None,
            })
        },
        None,
    );
    vm.add_getter(
        &t,
        "__annotations__",
        func_annotations,
        Some(|_, a, _| {
            *func(&a[0]).annotations.borrow_mut() = Some(a[1].clone());
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__dict__",
        |vm, a, _| {
            let o = a[0].as_obj().expect("function");
            let d = o.dict.get_or_init(|| vm.new_dict_obj()).clone();
            Ok(Value::Obj(d))
        },
        None,
    );

    let m = vm.types.method.clone();
    vm.add_staticmethod(&m, "__new__", |vm, a, kw| {
        // `types.MethodType(function, instance)`.
        let a = vm.check_args("method", &a[1..], kw, 2, 2)?;
        if !vm.is_callable(&a[0]) {
            return Err(vm.type_error("first argument must be callable"));
        }
        if a[1].is_none() {
            return Err(vm.type_error("instance must not be None"));
        }
        Ok(vm.obj(
            &vm.types.method,
            Payload::Method(a[0].clone(), a[1].clone()),
        ))
    });
    vm.add_method(&m, "__repr__", |vm, a, _| {
        let Some(Payload::Method(f, s)) = a[0].payload() else {
            unreachable!()
        };
        let (f, s) = (f.clone(), s.clone());
        let name = match vm.getattr_opt(&f, "__qualname__")? {
            Some(n) => n.as_str().unwrap_or("?").to_string(),
            None => "?".into(),
        };
        let sr = vm.repr_string(&s)?;
        Ok(vm.new_str(format!("<bound method {name} of {sr}>")))
    });
    vm.add_method(&m, "__call__", |vm, a, kw| {
        let f = a[0].clone();
        vm.call(&f, &a[1..], kw)
    });
    vm.add_getter(
        &m,
        "__func__",
        |_, a, _| match a[0].payload() {
            Some(Payload::Method(f, _)) => Ok(f.clone()),
            _ => Ok(Value::None),
        },
        None,
    );
    vm.add_getter(
        &m,
        "__self__",
        |_, a, _| match a[0].payload() {
            Some(Payload::Method(_, s)) => Ok(s.clone()),
            _ => Ok(Value::None),
        },
        None,
    );
    vm.add_method(&m, "__eq__", |vm, a, _| {
        match (a[0].payload(), a[1].payload()) {
            (Some(Payload::Method(f, s)), Some(Payload::Method(g, t))) => {
                Ok(Value::Bool(f.is(g) && s.is(t)))
            }
            _ => Ok(vm.singletons.not_implemented.clone()),
        }
    });
    vm.add_method(&m, "__hash__", |vm, a, _| match a[0].payload() {
        Some(Payload::Method(f, s)) => {
            let (f, s) = (f.clone(), s.clone());
            Ok(Value::Int(vm.hash(&f)? ^ vm.hash(&s)?))
        }
        _ => Ok(Value::Int(0)),
    });
    // Other attributes (__name__, __doc__) come from the function.
    vm.add_method(&m, "__getattribute__", |vm, a, _| {
        let name = vm.expect_str(&a[1], "attribute name")?.to_string();
        let t = vm.type_of(&a[0]);
        if let Some(v) = vm.generic_getattr(&a[0], &t, &name)? {
            return Ok(v);
        }
        let Some(Payload::Method(f, _)) = a[0].payload() else {
            unreachable!()
        };
        let f = f.clone();
        vm.getattr_str(&f, &name)
    });
    m.flags.set(m.flags.get() | tflags::GETATTRIBUTE);

    let b = vm.types.builtin_function.clone();
    vm.add_method(&b, "__repr__", |vm, a, _| {
        let Some(Payload::Builtin(bf)) = a[0].payload() else {
            unreachable!()
        };
        let s = match &bf.bound {
            Some(obj) if !matches!(obj.payload(), Some(Payload::Module(_))) => {
                let tn = vm.type_name(obj);
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    bf.name,
                    tn,
                    obj.id()
                )
            }
            _ => format!("<built-in function {}>", bf.name),
        };
        Ok(vm.new_str(s))
    });
    vm.add_method(&b, "__call__", |vm, a, kw| {
        let f = a[0].clone();
        vm.call(&f, &a[1..], kw)
    });
    vm.add_getter(
        &b,
        "__name__",
        |vm, a, _| match a[0].payload() {
            Some(Payload::Builtin(bf)) => Ok(vm.new_str(bf.name)),
            _ => Ok(Value::None),
        },
        None,
    );
    vm.add_getter(
        &b,
        "__qualname__",
        |vm, a, _| match a[0].payload() {
            Some(Payload::Builtin(bf)) => Ok(vm.new_str(match &bf.bound {
                Some(o) if !matches!(o.payload(), Some(Payload::Module(_))) => {
                    format!("{}.{}", vm.type_name(o), bf.name)
                }
                _ => bf.name.to_string(),
            })),
            _ => Ok(Value::None),
        },
        None,
    );
    vm.add_getter(
        &b,
        "__self__",
        |vm, a, _| match a[0].payload() {
            Some(Payload::Builtin(bf)) => {
                Ok(bf.bound.clone().unwrap_or(Value::Obj(vm.builtins.clone())))
            }
            _ => Ok(Value::None),
        },
        None,
    );
    vm.add_getter(&b, "__doc__", builtin_doc, None);
    vm.add_getter(
        &b,
        "__module__",
        |vm, a, _| match a[0].payload() {
            Some(Payload::Builtin(bf)) => match &bf.bound {
                Some(Value::Obj(o)) if matches!(o.payload, Payload::Module(_)) => {
                    let Payload::Module(n) = &o.payload else {
                        unreachable!()
                    };
                    Ok(vm.new_str(&**n))
                }
                Some(_) => Ok(Value::None),
                None => Ok(vm.new_str("builtins")),
            },
            _ => Ok(Value::None),
        },
        None,
    );

    for d in [
        vm.types.method_descr.clone(),
        vm.types.classmethod_descr.clone(),
        vm.types.getset_descr.clone(),
    ] {
        vm.add_method(&d, "__repr__", |vm, a, _| {
            let Some(Payload::MethodDescr(md)) = a[0].payload() else {
                unreachable!()
            };
            let s = match md.kind {
                DescrKind::Getter => {
                    format!("<attribute '{}' of '{}' objects>", md.name, md.owner.name())
                }
                _ => format!("<method '{}' of '{}' objects>", md.name, md.owner.name()),
            };
            Ok(vm.new_str(s))
        });
        vm.add_method(&d, "__get__", |vm, a, _| {
            let obj = a.get(1).cloned().unwrap_or(Value::None);
            if obj.is_none() {
                return Ok(a[0].clone());
            }
            let t = vm.type_of(&obj);
            vm.descr_get(&a[0], &obj, &t)
        });
        vm.add_getter(
            &d,
            "__name__",
            |vm, a, _| match a[0].payload() {
                Some(Payload::MethodDescr(md)) => Ok(vm.new_str(md.name)),
                _ => Ok(Value::None),
            },
            None,
        );
        vm.add_getter(
            &d,
            "__qualname__",
            |vm, a, _| match a[0].payload() {
                Some(Payload::MethodDescr(md)) => {
                    Ok(vm.new_str(format!("{}.{}", md.owner.name(), md.name)))
                }
                _ => Ok(Value::None),
            },
            None,
        );
        vm.add_getter(
            &d,
            "__doc__",
            |vm, a, _| match a[0].payload() {
                Some(Payload::MethodDescr(md)) => Ok(doc_value(vm, md.doc.get())),
                _ => Ok(Value::None),
            },
            None,
        );
        vm.add_getter(
            &d,
            "__objclass__",
            |_, a, _| match a[0].payload() {
                Some(Payload::MethodDescr(md)) => Ok(Value::Type(md.owner.clone())),
                _ => Ok(Value::None),
            },
            None,
        );
    }

    let c = vm.types.cell.clone();
    vm.add_method(&c, "__repr__", |vm, a, _| {
        let Some(Payload::Cell(cell)) = a[0].payload() else {
            unreachable!()
        };
        let s = match &*cell.borrow() {
            Some(v) => format!(
                "<cell at {:#x}: {} object at {:#x}>",
                a[0].id(),
                vm.type_name(v),
                v.id()
            ),
            None => format!("<cell at {:#x}: empty>", a[0].id()),
        };
        Ok(vm.new_str(s))
    });
    vm.add_getter(
        &c,
        "cell_contents",
        |vm, a, _| {
            let Some(Payload::Cell(cell)) = a[0].payload() else {
                unreachable!()
            };
            let v = cell.borrow().clone();
            v.ok_or_else(|| vm.value_error("Cell is empty"))
        },
        Some(|_, a, _| {
            let Some(Payload::Cell(cell)) = a[0].payload() else {
                unreachable!()
            };
            *cell.borrow_mut() = Some(a[1].clone());
            Ok(Value::None)
        }),
    );

    let md = vm.types.module.clone();
    vm.add_method(&md, "__repr__", module_repr);
    vm.add_staticmethod(&md, "__new__", |vm, a, _| {
        let name = a.get(1).and_then(|n| n.as_str()).unwrap_or("?").to_string();
        Ok(Value::Obj(vm.new_module(&name)))
    });
    vm.add_method(&md, "__init__", |vm, a, _| {
        if let (Some(n), Value::Obj(o)) = (a.get(1), &a[0]) {
            vm.set_attr_str(o, "__name__", n.clone());
            if let Some(d) = a.get(2) {
                vm.set_attr_str(o, "__doc__", d.clone());
            }
        }
        Ok(Value::None)
    });
    vm.add_method(&md, "__dir__", |vm, a, _| {
        let d = vm.getattr_str(&a[0], "__dict__")?;
        let keys = d.as_dict().map(|d| d.borrow().keys()).unwrap_or_default();
        Ok(vm.new_list(keys))
    });
}

fn func_annotations(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let f = func(&a[0]);
    let current = f.annotations.borrow().clone();
    let d = match current {
        Some(v) if v.as_tuple().is_some() => {
            // 3.10 stores (name, value, ...) pairs; the dict is made on first access.
            let items = v.as_tuple().unwrap_or(&[]).to_vec();
            let d = vm.new_dict();
            for pair in items.chunks(2) {
                if let [k, v] = pair {
                    vm.dict_set(&d, k.clone(), v.clone())?;
                }
            }
            d
        }
        Some(v) => return Ok(v),
        None => vm.new_dict(),
    };
    *f.annotations.borrow_mut() = Some(d.clone());
    Ok(d)
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let b = vm.bind_args("function", &args[1..], kw, &names, 2)?;
    let code = b[0].clone().unwrap_or(Value::None);
    let Some(Payload::Code(c)) = code.payload() else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&code)
        )));
    };
    let globals = match &b[1] {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        other => {
            let g = other.clone().unwrap_or(Value::None);
            return Err(vm.type_error(format!(
                "function() argument 'globals' must be dict, not {}",
                vm.type_name(&g)
            )));
        }
    };
    let name = match b[2].clone() {
        None | Some(Value::None) => c.name.clone(),
        Some(n) if n.as_str().is_some() => n,
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match b[3].clone() {
        None | Some(Value::None) => None,
        Some(d) if d.as_tuple().is_some() => Some(d),
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let nfree = c.co.freevars.len();
    let closure = match b[4].clone() {
        None | Some(Value::None) => None,
        Some(cl) if cl.as_tuple().is_some() => Some(cl),
        Some(_) => return Err(vm.type_error("arg 5 (closure) must be tuple")),
    };
    let given = closure
        .as_ref()
        .and_then(|t| t.as_tuple().map(|t| t.len()))
        .unwrap_or(0);
    if given != nfree {
        let fname = c.name.as_str().unwrap_or("?").to_string();
        return Err(vm.value_error(format!(
            "{fname} requires closure of length {nfree}, not {given}"
        )));
    }
    let f = vm.make_function(&code, name.clone(), globals, defaults, None, None, closure)?;
    if let Some(Payload::Function(func)) = f.payload() {
        *func.name.borrow_mut() = name;
    }
    Ok(f)
}

/// `<module 'name' from 'file'>`, `<module 'math' (built-in)>`, `<module 'name'>`: from the
/// spec when there is one, else from `__file__` and `__loader__` (`_module_repr` in
/// CPython's importlib._bootstrap).
fn module_repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let m = &a[0];
    let attr = |vm: &mut Vm, o: &Value, n: &str| -> PyResult<Value> {
        Ok(vm.getattr_opt(o, n)?.unwrap_or(Value::None))
    };
    let spec = attr(vm, m, "__spec__")?;
    let (name, origin, loader, located) = if spec.is_none() {
        let name = attr(vm, m, "__name__")?;
        let file = attr(vm, m, "__file__")?;
        let located = !file.is_none();
        (name, file, attr(vm, m, "__loader__")?, located)
    } else {
        let located = attr(vm, &spec, "has_location")?;
        let located = vm.truthy(&located)?;
        let name = attr(vm, &spec, "name")?;
        (
            name,
            attr(vm, &spec, "origin")?,
            attr(vm, &spec, "loader")?,
            located,
        )
    };
    let name = if name.is_none() {
        "'?'".to_string()
    } else {
        vm.repr_string(&name)?
    };
    let s = if located {
        format!("<module {name} from {}>", vm.repr_string(&origin)?)
    } else if !origin.is_none() {
        format!("<module {name} ({})>", vm.str_string(&origin)?)
    } else if !loader.is_none() {
        format!("<module {name} ({})>", vm.repr_string(&loader)?)
    } else {
        format!("<module {name}>")
    };
    Ok(vm.new_str(s))
}

fn doc_value(vm: &Vm, doc: Option<&'static str>) -> Value {
    doc.map_or(Value::None, |d| vm.new_str(d))
}

/// `__doc__` of a native function: a bound method's is its method descriptor's.
fn builtin_doc(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let Some(Payload::Builtin(bf)) = a[0].payload() else {
        return Ok(Value::None);
    };
    let Some(owner) = &bf.bound else {
        return Ok(Value::None);
    };
    let found = vm.type_of(owner).lookup(bf.name);
    match found.as_ref().and_then(|d| d.payload()) {
        Some(Payload::MethodDescr(md)) if md.func as usize == bf.func as usize => {
            Ok(doc_value(vm, md.doc.get()))
        }
        _ => Ok(Value::None),
    }
}
