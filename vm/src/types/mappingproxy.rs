//! `mappingproxy` (`types.MappingProxyType`): the read-only view `cls.__dict__` returns, and
//! that `MappingProxyType(mapping)` makes of any mapping. It has no `__setitem__`, so item
//! assignment raises CPython's "'mappingproxy' object does not support item assignment".

use crate::object::*;
use crate::Vm;
use std::rc::Rc;

/// What a proxy shows: a class's own namespace (read afresh at each use, so the view follows
/// later changes to the class) or any other mapping.
enum Target {
    Class(Rc<Type>),
    Mapping(Value),
}

impl Vm {
    /// `cls.__dict__`.
    pub fn class_dict_proxy(&self, t: &Rc<Type>) -> Value {
        let proxy_type = self.types.mappingproxy.clone();
        self.obj(
            &proxy_type,
            Payload::Native(Box::new(Target::Class(t.clone()))),
        )
    }
}

/// The mapping behind a proxy: for a class, a dict holding its namespace now.
fn mapping(vm: &mut Vm, proxy: &Value) -> PyResult {
    let target = match proxy.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<Target>(),
        _ => None,
    };
    match target {
        Some(Target::Mapping(m)) => Ok(m.clone()),
        Some(Target::Class(t)) => {
            let items = t.dict.borrow().items();
            let d = vm.new_dict();
            for (k, v) in items {
                vm.dict_set(&d, k, v)?;
            }
            Ok(d)
        }
        None => Err(vm.type_error(format!(
            "descriptor requires a 'mappingproxy' object but received a '{}'",
            vm.type_name(proxy)
        ))),
    }
}

/// A class proxy's entry for a str key, read straight from the class namespace
/// (`Err(())` when the proxy or the key needs the general path).
fn class_lookup(proxy: &Value, key: &Value) -> Result<Option<Value>, ()> {
    let (Some(Payload::Native(n)), Some(k)) = (proxy.payload(), key.as_str()) else {
        return Err(());
    };
    match n.downcast_ref::<Target>() {
        Some(Target::Class(t)) => Ok(t.dict.borrow().get_str(k, str_hash(k))),
        _ => Err(()),
    }
}

/// `mappingproxy(mapping)`: lists, tuples and non-mappings are refused, as in CPython.
fn proxy_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let bound = vm.bind_args("mappingproxy", &a[1..], kw, &["mapping"], 1)?;
    let m = bound[0].clone().unwrap_or(Value::None);
    let is_sequence = matches!(m.payload(), Some(Payload::List(_) | Payload::Tuple(_)));
    if is_sequence || vm.getattr_opt(&m, "keys")?.is_none() || !has_getitem(vm, &m) {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    let proxy_type = vm.types.mappingproxy.clone();
    Ok(vm.obj(&proxy_type, Payload::Native(Box::new(Target::Mapping(m)))))
}

fn has_getitem(vm: &Vm, v: &Value) -> bool {
    vm.type_of(v).lookup("__getitem__").is_some()
}

/// A method that forwards to the same-named method of the mapping.
macro_rules! forward {
    ($vm:ident, $t:ident, $($name:literal),*) => {
        $($vm.add_method(&$t, $name, |vm, a, _| {
            let m = mapping(vm, &a[0])?;
            vm.call_method(&m, $name, &a[1..])
        });)*
    };
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    vm.add_staticmethod(&t, "__new__", proxy_new);
    vm.add_method(&t, "__getitem__", |vm, a, _| {
        if let Ok(Some(v)) = class_lookup(&a[0], &a[1]) {
            return Ok(v);
        }
        let m = mapping(vm, &a[0])?;
        vm.getitem(&m, &a[1])
    });
    vm.add_method(&t, "__contains__", |vm, a, _| {
        if let Ok(found) = class_lookup(&a[0], &a[1]) {
            return Ok(Value::Bool(found.is_some()));
        }
        let m = mapping(vm, &a[0])?;
        Ok(Value::Bool(vm.contains(&m, &a[1])?))
    });
    vm.add_method(&t, "__len__", |vm, a, _| {
        let m = mapping(vm, &a[0])?;
        vm.len(&m).map(|n| Value::Int(n as i64))
    });
    vm.add_method(&t, "__iter__", |vm, a, _| {
        let m = mapping(vm, &a[0])?;
        vm.iter(&m)
    });
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let m = mapping(vm, &a[0])?;
        let r = vm.repr_string(&m)?;
        Ok(vm.new_str(format!("mappingproxy({r})")))
    });
    vm.add_method(&t, "__str__", |vm, a, _| {
        let m = mapping(vm, &a[0])?;
        vm.to_str(&m)
    });
    vm.add_method(&t, "get", |vm, a, kw| {
        let a = vm.check_args("get", a, kw, 2, 3)?;
        let default = a.get(2).cloned().unwrap_or(Value::None);
        if let Ok(found) = class_lookup(&a[0], &a[1]) {
            return Ok(found.unwrap_or(default));
        }
        let m = mapping(vm, &a[0])?;
        vm.call_method(&m, "get", &[a[1].clone(), default])
    });
    forward!(vm, t, "keys", "values", "items", "copy", "__reversed__");
    vm.add_method(&t, "__eq__", |vm, a, _| {
        let m = mapping(vm, &a[0])?;
        vm.compare(&m, &a[1], crate::runtime::CmpOp::Eq)
    });
    vm.add_method(&t, "__or__", |vm, a, _| {
        let m = mapping(vm, &a[0])?;
        let other = unwrap_proxy(vm, &a[1])?;
        vm.binary_op(&m, &other, crate::runtime::BinOp::Or)
    });
    vm.add_method(&t, "__ror__", |vm, a, _| {
        let m = mapping(vm, &a[0])?;
        vm.binary_op(&a[1], &m, crate::runtime::BinOp::Or)
    });
    vm.add_method(&t, "__ior__", |vm, _, _| {
        Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
    });
}

/// `proxy | proxy` merges the underlying mappings.
fn unwrap_proxy(vm: &mut Vm, v: &Value) -> PyResult {
    if Rc::ptr_eq(&vm.type_of(v), &vm.types.mappingproxy) {
        mapping(vm, v)
    } else {
        Ok(v.clone())
    }
}
