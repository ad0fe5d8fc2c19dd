//! `types.GenericAlias`: what `list[int]` evaluates to. The value is an aux type holding
//! `(origin, args)` in a tuple payload (`Vm::generic_alias` makes it); this module gives it
//! CPython 3.10's repr, `__origin__`/`__args__`, equality, hashing and calling, and gives
//! the subscriptable built-in classes their `__class_getitem__`.
//!
//! Also `types.UnionType` (`int | None`, PEP 604): an aux type holding the flattened,
//! deduplicated member list.

use crate::object::{Payload, Type, Value};
use crate::{PyResult, Vm};
use std::rc::Rc;

pub const NAME: &str = "types.GenericAlias";
pub const UNION: &str = "types.UnionType";

/// Adds `__class_getitem__` to the built-in containers (PEP 585).
pub fn init(vm: &mut Vm) {
    let ts = &vm.types;
    let types = [
        ts.list.clone(),
        ts.dict.clone(),
        ts.tuple.clone(),
        ts.set.clone(),
        ts.frozenset.clone(),
        ts.type_.clone(),
    ];
    for t in &types {
        vm.add_classmethod(t, "__class_getitem__", |vm, a, _| {
            let item = other(vm, a)?;
            vm.generic_alias(&a[0], item)
        });
    }
    let t = vm.types.type_.clone();
    vm.add_method(&t, "__or__", |vm, a, _| {
        let b = other(vm, a)?;
        make_union(vm, &a[0], b)
    });
    vm.add_method(&t, "__ror__", |vm, a, _| {
        let b = other(vm, a)?;
        make_union(vm, b, &a[0])
    });
}

/// Methods of the alias type, called when `Vm::aux_type` first makes it.
pub fn init_aux(vm: &Vm, name: &str, t: &Rc<Type>) {
    if name == UNION {
        return init_union(vm, t);
    }
    if name != NAME {
        return;
    }
    *t.qualname.borrow_mut() = "GenericAlias".into();
    vm.add_method(t, "__or__", |vm, a, _| {
        let b = other(vm, a)?;
        make_union(vm, &a[0], b)
    });
    vm.add_method(t, "__ror__", |vm, a, _| {
        let b = other(vm, a)?;
        make_union(vm, b, &a[0])
    });
    vm.add_method(t, "__repr__", alias_repr);
    vm.add_getter(t, "__origin__", |vm, a, _| Ok(parts(vm, &a[0])?.0), None);
    vm.add_getter(t, "__args__", alias_args, None);
    vm.add_method(t, "__call__", |vm, a, kw| {
        let origin = parts(vm, &a[0])?.0;
        vm.call(&origin, &a[1..], kw)
    });
    vm.add_method(t, "__eq__", alias_eq);
    vm.add_method(t, "__hash__", |vm, a, _| {
        let (o, args) = parts(vm, &a[0])?;
        let h = vm.hash(&o)? ^ vm.hash(&args_tuple(vm, &args))?;
        Ok(Value::Int(if h == -1 { -2 } else { h }))
    });
    vm.add_method(t, "__instancecheck__", |vm, _, _| {
        Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
    });
    vm.add_method(t, "__subclasscheck__", |vm, _, _| {
        Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
    });
    vm.add_method(t, "__mro_entries__", |vm, a, _| {
        let o = parts(vm, &a[0])?.0;
        Ok(vm.new_tuple(vec![o]))
    });
}

/// `(origin, args)` of an alias; `args` as given to `[]` (a tuple or a single value).
fn parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value)> {
    match v.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 && is_alias(vm, v) => {
            Ok((t[0].clone(), t[1].clone()))
        }
        _ => Err(vm.type_error("descriptor requires a 'types.GenericAlias' object")),
    }
}

/// The single argument after `self` of a binary method (CPython's wrapper message when
/// called with another count, e.g. `type.__or__(int)`).
fn other<'a>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a Value> {
    match a {
        [_, x] => Ok(x),
        _ => Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        ))),
    }
}

fn is_alias(vm: &Vm, v: &Value) -> bool {
    *vm.type_of(v).name.borrow() == NAME
}

/// The subscript as a tuple, as `__args__` shows it.
fn args_tuple(vm: &Vm, args: &Value) -> Value {
    match args.payload() {
        Some(Payload::Tuple(_)) if Rc::ptr_eq(&vm.type_of(args), &vm.types.tuple) => args.clone(),
        _ => vm.new_tuple(vec![args.clone()]),
    }
}

fn alias_args(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let args = parts(vm, &a[0])?.1;
    Ok(args_tuple(vm, &args))
}

fn alias_eq(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    if !is_alias(vm, other(vm, a)?) {
        return Ok(vm.singletons.not_implemented.clone());
    }
    let (o1, a1) = parts(vm, &a[0])?;
    let (o2, a2) = parts(vm, &a[1])?;
    let (a1, a2) = (args_tuple(vm, &a1), args_tuple(vm, &a2));
    Ok(Value::Bool(vm.eq(&o1, &o2)? && vm.eq(&a1, &a2)?))
}

fn alias_repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let (origin, args) = parts(vm, &a[0])?;
    let mut s = item_repr(vm, &origin)?;
    s.push('[');
    match args.payload() {
        Some(Payload::Tuple(items)) if Rc::ptr_eq(&vm.type_of(&args), &vm.types.tuple) => {
            if items.is_empty() {
                s.push_str("()");
            }
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&item_repr(vm, item)?);
            }
        }
        _ => s.push_str(&item_repr(vm, &args)?),
    }
    s.push(']');
    Ok(vm.new_str(s))
}

/// One part of the repr, as `ga_repr_item`: classes by qualified name (module-prefixed
/// outside builtins), `...` for Ellipsis, anything else by `repr`.
fn item_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Value::Type(_) = v {
        let module = vm.getattr_str(v, "__module__")?;
        let qual = vm.getattr_str(v, "__qualname__")?;
        let qual = vm.str_string(&qual)?;
        return Ok(match module.as_str() {
            Some("builtins") => qual,
            Some(m) => format!("{m}.{qual}"),
            None => qual,
        });
    }
    if v.is(&vm.singletons.ellipsis) {
        return Ok("...".into());
    }
    vm.repr_string(v)
}

fn init_union(vm: &Vm, t: &Rc<Type>) {
    *t.qualname.borrow_mut() = "UnionType".into();
    vm.add_method(t, "__repr__", union_repr);
    vm.add_getter(
        t,
        "__args__",
        |vm, a, _| Ok(vm.new_tuple(union_items(&a[0]))),
        None,
    );
    vm.add_method(t, "__or__", |vm, a, _| {
        let b = other(vm, a)?;
        make_union(vm, &a[0], b)
    });
    vm.add_method(t, "__ror__", |vm, a, _| {
        let b = other(vm, a)?;
        make_union(vm, b, &a[0])
    });
    vm.add_method(t, "__instancecheck__", |vm, a, _| {
        let v = other(vm, a)?;
        union_check(vm, &a[0], v, true)
    });
    vm.add_method(t, "__subclasscheck__", |vm, a, _| {
        let v = other(vm, a)?;
        union_check(vm, &a[0], v, false)
    });
    vm.add_method(t, "__eq__", |vm, a, _| {
        if *vm.type_of(other(vm, a)?).name.borrow() != UNION {
            return Ok(vm.singletons.not_implemented.clone());
        }
        let (x, y) = (union_items(&a[0]), union_items(&a[1]));
        let same = x.len() == y.len() && x.iter().all(|i| y.iter().any(|j| i.is(j)));
        Ok(Value::Bool(same))
    });
    vm.add_method(t, "__hash__", |vm, a, _| {
        let mut h: i64 = 0x345678;
        for item in union_items(&a[0]) {
            h ^= vm.hash(&item)?;
        }
        Ok(Value::Int(if h == -1 { -2 } else { h }))
    });
}

/// A union's members. A native payload rather than a tuple: the VM's comparison fast
/// paths treat built-in tuple payloads as tuples, and union equality ignores order.
struct UnionArgs(Vec<Value>);

/// The members of a union value (empty for anything else).
fn union_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Native(n)) => n
            .downcast_ref::<UnionArgs>()
            .map(|u| u.0.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// `a | b` for classes, None, aliases and unions; NotImplemented for anything else
/// (so `int | "str"` raises the usual unsupported-operand TypeError).
fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let mut items: Vec<Value> = Vec::new();
    for v in [a, b] {
        let name = vm.type_of(v).name.borrow().clone();
        let parts = match v {
            Value::None => vec![Value::Type(vm.types.none.clone())],
            Value::Type(_) => vec![v.clone()],
            _ if name == UNION => union_items(v),
            _ if name == NAME => vec![v.clone()],
            _ => return Ok(vm.singletons.not_implemented.clone()),
        };
        for p in parts {
            let mut dup = false;
            for seen in &items {
                if seen.is(&p) || vm.eq(seen, &p)? {
                    dup = true;
                    break;
                }
            }
            if !dup {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().expect("one item"));
    }
    let t = vm.aux_type(UNION);
    Ok(vm.obj(&t, Payload::Native(Box::new(UnionArgs(items)))))
}

fn union_repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let mut parts = Vec::new();
    for item in union_items(&a[0]) {
        match &item {
            Value::Type(t) if Rc::ptr_eq(t, &vm.types.none) => parts.push("None".to_string()),
            _ => parts.push(item_repr(vm, &item)?),
        }
    }
    Ok(vm.new_str(parts.join(" | ")))
}

/// isinstance/issubclass against each member; aliases are rejected as CPython does.
fn union_check(vm: &mut Vm, u: &Value, v: &Value, instance: bool) -> PyResult {
    let items = union_items(u);
    for item in &items {
        if !matches!(item, Value::Type(_)) {
            let which = if instance { "isinstance" } else { "issubclass" };
            return Err(vm.type_error(format!(
                "{which}() argument 2 cannot be a parameterized generic"
            )));
        }
    }
    for item in &items {
        let hit = if instance {
            vm.isinstance(v, item)?
        } else {
            vm.issubclass(v, item)?
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
