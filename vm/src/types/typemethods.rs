//! The methods and attributes of `type` itself.

use crate::object::*;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_staticmethod(&t, "__new__", super::typeobj::type_new);
    vm.add_method(&t, "__init__", |_, _, _| Ok(Value::None));
    vm.add_method(&t, "__call__", type_call);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "mro", type_mro_method);
    vm.add_method(&t, "__instancecheck__", |vm, a, _| {
        let cls = a[0].clone();
        Ok(Value::Bool(vm.isinstance(&a[1], &cls)?))
    });
    vm.add_method(&t, "__subclasscheck__", |vm, a, _| {
        let cls = a[0].clone();
        Ok(Value::Bool(vm.issubclass(&a[1], &cls)?))
    });
    vm.add_method(&t, "__subclasses__", |vm, a, _| {
        let t = check_type(vm, &a[0])?;
        let subs = t.subclasses.borrow();
        let items = subs
            .iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Type)
            .collect();
        Ok(vm.new_list(items))
    });
    vm.add_classmethod(&t, "__prepare__", |vm, _, _| Ok(vm.new_dict()));
    vm.add_getter(&t, "__name__", type_name, Some(type_set_name));
    vm.add_getter(&t, "__qualname__", type_qualname, Some(type_set_qualname));
    vm.add_getter(&t, "__mro__", type_mro, None);
    vm.add_getter(&t, "__bases__", type_bases, None);
    vm.add_getter(&t, "__base__", type_base, None);
    vm.add_getter(&t, "__module__", type_module, Some(type_set_module));
    vm.add_getter(&t, "__doc__", type_doc, None);
    vm.add_getter(&t, "__dict__", type_dict, None);
    vm.add_getter(
        &t,
        "__abstractmethods__",
        type_abstractmethods,
        Some(type_set_abstractmethods),
    );
}

/// `cls.__abstractmethods__`: set by `abc.ABCMeta` in the class's own dict; `type` itself
/// has none (CPython's `type_abstractmethods`).
fn type_abstractmethods(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]);
    let found = if Rc::ptr_eq(t, &vm.types.type_) {
        None
    } else {
        let key = "__abstractmethods__";
        t.dict.borrow().get_str(key, str_hash(key))
    };
    found.ok_or_else(|| vm.attribute_error(&args[0], "__abstractmethods__"))
}

fn type_set_abstractmethods(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]);
    t.dict
        .borrow_mut()
        .set_str(vm.new_str("__abstractmethods__"), args[1].clone());
    Ok(Value::None)
}

fn this(v: &Value) -> &Rc<Type> {
    match v {
        Value::Type(t) => t,
        _ => panic!("type method on a non-type"),
    }
}

fn check_type<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Rc<Type>> {
    match v {
        Value::Type(t) => Ok(t),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn type_call(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let t = check_type(vm, &args[0])?.clone();
    vm.type_call(&t, &args[1..], kw)
}

fn type_repr(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = check_type(vm, &args[0])?.clone();
    let module = vm.type_module(&t);
    let s = match module.as_deref() {
        Some("builtins") | None => format!("<class '{}'>", t.qualname.borrow()),
        Some(m) => format!("<class '{}.{}'>", m, t.qualname.borrow()),
    };
    Ok(vm.new_str(s))
}

fn type_mro_method(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = check_type(vm, &args[0])?;
    let items = t.mro().map(|c| Value::Type(c.clone())).collect();
    Ok(vm.new_list(items))
}

fn type_name(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]);
    let n = t.name();
    Ok(vm.new_str(n.rsplit('.').next().unwrap_or(&n)))
}

fn type_set_name(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]);
    let s = vm.expect_str(&args[1], "can only assign string to __name__, not")?;
    *t.name.borrow_mut() = s.to_string();
    Ok(Value::None)
}

fn type_qualname(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let q = this(&args[0]).qualname.borrow().clone();
    Ok(vm.new_str(q))
}

fn type_set_qualname(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]);
    let s = vm.expect_str(&args[1], "can only assign string to __qualname__, not")?;
    *t.qualname.borrow_mut() = s.to_string();
    Ok(Value::None)
}

fn type_mro(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let items = this(&args[0])
        .mro()
        .map(|c| Value::Type(c.clone()))
        .collect();
    Ok(vm.new_tuple(items))
}

fn type_bases(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let items = this(&args[0])
        .bases
        .iter()
        .map(|c| Value::Type(c.clone()))
        .collect();
    Ok(vm.new_tuple(items))
}

fn type_base(_vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    Ok(this(&args[0])
        .bases
        .first()
        .map_or(Value::None, |b| Value::Type(b.clone())))
}

fn type_module(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]).clone();
    if t.heap {
        if let Some(m) = t
            .dict
            .borrow()
            .get_str("__module__", str_hash("__module__"))
        {
            return Ok(m);
        }
    }
    let m = vm.type_module(&t).unwrap_or_else(|| "builtins".into());
    Ok(vm.new_str(m))
}

fn type_set_module(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]);
    t.dict
        .borrow_mut()
        .set_str(vm.new_str("__module__"), args[1].clone());
    Ok(Value::None)
}

fn type_doc(_vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]);
    Ok(t.dict
        .borrow()
        .get_str("__doc__", str_hash("__doc__"))
        .unwrap_or(Value::None))
}

/// `cls.__dict__`: a read-only live view of the class namespace.
fn type_dict(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = this(&args[0]).clone();
    Ok(vm.class_dict_proxy(&t))
}

impl Vm {
    /// `isinstance(v, cls)` with `cls` a class or tuple, honouring `__instancecheck__`.
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Type(t) => {
                if self.isinstance_type(v, t) {
                    return Ok(true);
                }
                if let Some(meta) = &t.meta {
                    if meta.heap {
                        if let Some(m) = meta.lookup("__instancecheck__") {
                            if !matches!(m.payload(), Some(Payload::MethodDescr(_))) {
                                let r = self.call_method_value(&m, cls, std::slice::from_ref(v))?;
                                return self.truthy(&r);
                            }
                        }
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(items) = cls.as_tuple().filter(|_| self.is_tuple(cls)) {
                    for c in items {
                        if self.isinstance(v, c)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                if let Some(r) = self.instance_hook(cls, "__instancecheck__", v)? {
                    return Ok(r);
                }
                Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        }
    }

    /// A real tuple (other aux values, like `list[int]`, also hold a tuple payload).
    fn is_tuple(&self, v: &Value) -> bool {
        self.type_of(v).is_subtype(&self.types.tuple)
    }

    /// `__instancecheck__`/`__subclasscheck__` of a non-class `cls` whose class defines
    /// it (typing's aliases: `isinstance(x, typing.Iterable)`).
    fn instance_hook(&mut self, cls: &Value, hook: &str, arg: &Value) -> PyResult<Option<bool>> {
        let t = self.type_of(cls);
        match t.lookup(hook) {
            Some(m) => {
                let r = self.call_method_value(&m, cls, std::slice::from_ref(arg))?;
                self.truthy(&r).map(Some)
            }
            None => Ok(None),
        }
    }

    /// `issubclass(sub, cls)`.
    pub fn issubclass(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        let Value::Type(s) = sub else {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        };
        match cls {
            Value::Type(t) => {
                if let Some(meta) = &t.meta {
                    if meta.heap {
                        if let Some(m) = meta.lookup("__subclasscheck__") {
                            if !matches!(m.payload(), Some(Payload::MethodDescr(_))) {
                                let r =
                                    self.call_method_value(&m, cls, std::slice::from_ref(sub))?;
                                return self.truthy(&r);
                            }
                        }
                    }
                }
                Ok(s.is_subtype(t))
            }
            _ => {
                if let Some(items) = cls.as_tuple().filter(|_| self.is_tuple(cls)) {
                    for c in items {
                        if self.issubclass(sub, c)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                if let Some(r) = self.instance_hook(cls, "__subclasscheck__", sub)? {
                    return Ok(r);
                }
                Err(self.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ))
            }
        }
    }
}
