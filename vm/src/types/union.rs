//! `X | Y` of types (`types.UnionType`, PEP 604): `int | None`, usable with
//! `isinstance`/`issubclass`. The args are a tuple payload, flattened and deduplicated.

use crate::object::*;
use crate::Vm;
use std::rc::Rc;

const NAME: &str = "types.UnionType";

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    vm.add_method(&t, "__or__", |vm, a, _| union_op(vm, &a[0], &a[1]));
    vm.add_method(&t, "__ror__", |vm, a, _| union_op(vm, &a[1], &a[0]));
    // `list[int]` and friends (PEP 585).
    let generic = [
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
    ];
    for t in generic {
        vm.add_classmethod(&t, "__class_getitem__", |vm, a, kw| {
            let a = vm.check_args("__class_getitem__", a, kw, 2, 2)?;
            vm.generic_alias(&a[0], &a[1])
        });
    }
}

/// Methods of `types.GenericAlias` (`list[int]`: origin and args in a 2-tuple payload).
pub fn init_generic_alias(vm: &Vm, t: &Rc<Type>) {
    *t.qualname.borrow_mut() = "GenericAlias".into();
    vm.add_method(t, "__repr__", |vm, a, _| {
        let (origin, args) = alias_parts(&a[0]);
        let origin = arg_repr(vm, &origin);
        let args: Vec<String> = match args.as_tuple() {
            Some([]) => vec!["()".into()],
            Some(items) => items.to_vec().iter().map(|x| arg_repr(vm, x)).collect(),
            None => vec![arg_repr(vm, &args)],
        };
        Ok(vm.new_str(format!("{origin}[{}]", args.join(", "))))
    });
    vm.add_getter(t, "__origin__", |_, a, _| Ok(alias_parts(&a[0]).0), None);
    vm.add_getter(
        t,
        "__args__",
        |vm, a, _| {
            let args = alias_parts(&a[0]).1;
            Ok(match args.as_tuple() {
                Some(_) => args,
                None => vm.new_tuple(vec![args]),
            })
        },
        None,
    );
    vm.add_method(t, "__call__", |vm, a, kw| {
        let origin = alias_parts(&a[0]).0;
        vm.call(&origin, &a[1..], kw)
    });
    vm.add_method(t, "__or__", |vm, a, _| union_op(vm, &a[0], &a[1]));
    vm.add_method(t, "__ror__", |vm, a, _| union_op(vm, &a[1], &a[0]));
}

fn alias_parts(v: &Value) -> (Value, Value) {
    match v.as_tuple() {
        Some([origin, args]) => (origin.clone(), args.clone()),
        _ => (Value::None, Value::None),
    }
}

/// Methods of the union type, made on first use.
pub fn init_aux(vm: &Vm, t: &Rc<Type>) {
    // `types.UnionType`: module `types`, name `UnionType`.
    *t.qualname.borrow_mut() = "UnionType".into();
    vm.add_method(t, "__or__", |vm, a, _| union_op(vm, &a[0], &a[1]));
    vm.add_method(t, "__ror__", |vm, a, _| union_op(vm, &a[1], &a[0]));
    vm.add_method(t, "__repr__", |vm, a, _| {
        let parts: Vec<String> = args(&a[0]).iter().map(|x| arg_repr(vm, x)).collect();
        Ok(vm.new_str(parts.join(" | ")))
    });
    vm.add_getter(
        t,
        "__args__",
        |vm, a, _| Ok(vm.new_tuple(args(&a[0]).to_vec())),
        None,
    );
    vm.add_method(t, "__eq__", |vm, a, _| {
        if !is_union(vm, &a[1]) {
            return Ok(vm.singletons.not_implemented.clone());
        }
        let (x, y) = (args(&a[0]), args(&a[1]));
        let same = x.iter().all(|p| y.iter().any(|q| p.is(q)))
            && y.iter().all(|q| x.iter().any(|p| p.is(q)));
        Ok(Value::Bool(same))
    });
    vm.add_method(t, "__hash__", |vm, a, _| {
        let items = args(&a[0]).to_vec();
        let fs = vm.new_set_from(items)?;
        let h = vm.frozenset_copy(&fs);
        Ok(Value::Int(vm.hash(&h)?))
    });
    vm.add_method(t, "__instancecheck__", |vm, a, _| {
        Ok(Value::Bool(union_isinstance(vm, &a[0], &a[1])?))
    });
    vm.add_method(t, "__subclasscheck__", |vm, a, _| {
        Ok(Value::Bool(union_issubclass(vm, &a[0], &a[1])?))
    });
}

pub fn is_union(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if Rc::ptr_eq(&o.class, &vm.aux_type(NAME)))
}

/// The members, in a native payload (a tuple payload would make the union compare, hash
/// and iterate like a tuple in the built-in fast paths).
struct UnionArgs(Vec<Value>);

fn args(v: &Value) -> &[Value] {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<UnionArgs>().map_or(&[], |u| &u.0),
        _ => &[],
    }
}

/// A member of a union: a type, None (as NoneType), or the members of another union.
fn members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::None => Some(vec![Value::Type(vm.types.none.clone())]),
        Value::Type(_) => Some(vec![v.clone()]),
        _ if is_union(vm, v) => Some(args(v).to_vec()),
        _ if matches!(v, Value::Obj(o) if o.class.name() == "types.GenericAlias") => {
            Some(vec![v.clone()])
        }
        _ => None,
    }
}

fn union_op(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    let (Some(x), Some(y)) = (members(vm, a), members(vm, b)) else {
        return Ok(vm.singletons.not_implemented.clone());
    };
    let mut all: Vec<Value> = Vec::new();
    for v in x.into_iter().chain(y) {
        if !all.iter().any(|u| u.is(&v)) {
            all.push(v);
        }
    }
    if all.len() == 1 {
        return Ok(all.pop().unwrap_or(Value::None));
    }
    let t = vm.aux_type(NAME);
    Ok(vm.obj(&t, Payload::Native(Box::new(UnionArgs(all)))))
}

/// `int`, `None`, `mod.Class`, `...`: as `union_repr_item` and `ga_repr_item` show
/// members.
fn arg_repr(vm: &mut Vm, v: &Value) -> String {
    if v.is(&vm.singletons.ellipsis) {
        return "...".into();
    }
    match v {
        Value::Type(t) if Rc::ptr_eq(t, &vm.types.none) => "None".into(),
        Value::Type(t) => {
            let module = vm
                .getattr_str(v, "__module__")
                .ok()
                .and_then(|m| m.as_str().map(str::to_string));
            let qualname = t.qualname.borrow().clone();
            match module.as_deref() {
                Some("builtins") | None => qualname,
                Some(m) => format!("{m}.{qualname}"),
            }
        }
        _ => vm.repr_string(v).unwrap_or_default(),
    }
}

pub fn union_isinstance(vm: &mut Vm, u: &Value, v: &Value) -> PyResult<bool> {
    for t in args(u).to_vec() {
        if vm.isinstance(v, &t)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn union_issubclass(vm: &mut Vm, u: &Value, sub: &Value) -> PyResult<bool> {
    for t in args(u).to_vec() {
        if vm.issubclass(sub, &t)? {
            return Ok(true);
        }
    }
    Ok(false)
}
