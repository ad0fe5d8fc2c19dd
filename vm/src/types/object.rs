//! `object`: the root of every class (default `__new__`/`__init__`, attribute access,
//! comparisons, repr, hash) and `NoneType`, `ellipsis`, `NotImplementedType`.

use crate::args::positional;
use crate::object::*;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.object.clone();
    vm.add_staticmethod(&t, "__new__", object_new);
    vm.add_method(&t, "__init__", object_init);
    vm.add_method(&t, "__repr__", object_repr);
    vm.add_method(&t, "__str__", object_str);
    vm.add_method(&t, "__hash__", object_hash);
    vm.add_method(&t, "__eq__", object_eq);
    vm.add_method(&t, "__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        vm.add_method(&t, name, not_implemented);
    }
    vm.add_method(&t, "__format__", object_format);
    vm.add_method(&t, "__getattribute__", object_getattribute);
    vm.add_method(&t, "__setattr__", object_setattr);
    vm.add_method(&t, "__delattr__", object_delattr);
    vm.add_method(&t, "__dir__", object_dir);
    vm.add_method(&t, "__reduce_ex__", object_reduce_ex);
    vm.add_method(&t, "__reduce__", |vm, a, kw| {
        vm.no_args("object.__reduce__", &a[1..], kw)?;
        object_reduce_ex(vm, a, kw)
    });
    vm.add_method(&t, "__sizeof__", |vm, a, kw| {
        vm.no_args("object.__sizeof__", &a[1..], kw)?;
        Ok(Value::Int(crate::sizes::sizeof(&a[0])))
    });
    vm.add_classmethod(&t, "__init_subclass__", object_init_subclass);
    vm.add_classmethod(&t, "__subclasshook__", not_implemented);
    vm.add_getter(&t, "__class__", object_class, None);
    vm.add_getter(&t, "__dict__", object_dict, Some(object_set_dict));
    vm.add_type_attr(&t, "__doc__", vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));

    let none = vm.types.none.clone();
    vm.add_method(&none, "__repr__", |vm, _, _| Ok(vm.new_str("None")));
    vm.add_method(&none, "__bool__", |_, _, _| Ok(Value::Bool(false)));
    vm.add_staticmethod(&none, "__new__", |vm, args, _| {
        if args.len() > 1 {
            return Err(vm.type_error("NoneType takes no arguments"));
        }
        Ok(Value::None)
    });
    let e = vm.types.ellipsis.clone();
    vm.add_method(&e, "__repr__", |vm, _, _| Ok(vm.new_str("Ellipsis")));
    let n = vm.types.not_implemented.clone();
    vm.add_method(&n, "__repr__", |vm, _, _| Ok(vm.new_str("NotImplemented")));
}

fn not_implemented(vm: &mut Vm, _: &[Value], _: &[Value]) -> PyResult {
    Ok(vm.singletons.not_implemented.clone())
}

fn same_slot(vm: &Vm, cls: &Rc<Type>, name: &str) -> bool {
    let ours = vm.types.object.dict.borrow().get_str(name, str_hash(name));
    match (cls.lookup(name), ours) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

/// Whether `cls` can make instances: not a built-in type without a `__new__` of its own
/// (CPython: `tp_new` NULL, as generators, frames and tracebacks), nor a class made
/// from one.
fn instantiable(vm: &Vm, cls: &Rc<Type>) -> bool {
    if !same_slot(vm, cls, "__new__") {
        return true;
    }
    match cls.mro().find(|b| !b.heap) {
        Some(base) => Rc::ptr_eq(base, &vm.types.object),
        None => true,
    }
}

fn object_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let Some(Value::Type(cls)) = args.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    if args.len() > 1 {
        if !same_slot(vm, &cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if same_slot(vm, &cls, "__init__") {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    let _ = kwnames;
    // A built-in type without a `__new__` of its own (CPython: `tp_new` NULL).
    if !cls.heap && !Rc::ptr_eq(&cls, &vm.types.object) {
        return Err(vm.type_error(format!("cannot create '{}' instances", cls.name())));
    }
    if cls.layout != Layout::Object {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name(),
            cls.name()
        )));
    }
    Ok(vm.new_instance(&cls, Payload::Plain))
}

fn object_init(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    if args.len() > 1 {
        let cls = vm.type_of(&args[0]);
        if !same_slot(vm, &cls, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if same_slot(vm, &cls, "__new__") {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    Ok(Value::None)
}

/// `<__main__.Foo object at 0x...>`.
pub fn default_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let t = vm.type_of(v);
    let module = vm.type_module(&t);
    let qual = t.qualname.borrow().clone();
    let name = match module.as_deref() {
        Some("builtins") | None => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    Ok(format!("<{} object at {:#x}>", name, v.id()))
}

fn object_repr(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let s = default_repr(vm, &args[0])?;
    Ok(vm.new_str(s))
}

/// `object.__str__` calls the type's `__repr__` slot directly, as CPython's `object_str`
/// does: its result is checked by `str()` ("__str__ returned non-string"), not here.
fn object_str(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = vm.type_of(&args[0]);
    if !t.heap {
        return vm.repr(&args[0]);
    }
    let m = t.lookup("__repr__").expect("object defines __repr__");
    vm.enter_recursive(" while getting the repr of an object")?;
    let r = vm.call_method_value(&m, &args[0], &[]);
    vm.depth -= 1;
    r
}

fn object_hash(_vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let id = args[0].id();
    Ok(Value::Int((id >> 4 | id << 60) as i64 & i64::MAX))
}

fn object_eq(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    if args[0].is(&args[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(vm.singletons.not_implemented.clone())
    }
}

fn object_ne(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = vm.type_of(&args[0]);
    let eq = t.lookup("__eq__").expect("object has __eq__");
    let r = vm.call_method_value(&eq, &args[0], &[args[1].clone()])?;
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let args = vm.check_args("__format__", args, kw, 2, 2)?;
    let spec = vm.expect_str(&args[1], "format_spec")?;
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        )));
    }
    vm.to_str(&args[0])
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let name = vm.expect_str(&args[1], "attribute name")?.to_string();
    let t = vm.type_of(&args[0]);
    match vm.generic_getattr(&args[0], &t, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&args[0], &name)),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    if args.len() != 3 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    vm.expect_str(&args[1], "attribute name")?;
    if let Value::Type(t) = &args[0] {
        // `type.__setattr__(cls, ...)`, e.g. from a metaclass's own __setattr__.
        vm.type_setattr_generic(t, &args[1], Some(args[2].clone()))?;
        return Ok(Value::None);
    }
    vm.generic_setattr(&args[0], &args[1], Some(args[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    vm.expect_str(&args[1], "attribute name")?;
    if let Value::Type(t) = &args[0] {
        vm.type_setattr_generic(t, &args[1], None)?;
        return Ok(Value::None);
    }
    vm.generic_setattr(&args[0], &args[1], None)?;
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let mut names: Vec<Value> = Vec::new();
    if let Value::Obj(o) = &args[0] {
        if let Some(d) = o.dict.get() {
            if let Payload::Dict(d) = &d.payload {
                names.extend(d.borrow().keys());
            }
        }
    }
    let t = vm.type_of(&args[0]);
    names.extend(class_attr_names(vm, &t));
    let l = vm.new_list(names);
    Ok(l)
}

/// The attribute names of class `t` and its bases, for `dir()`. `object`'s `__dict__`
/// serves every instance dict in pyco; CPython lists `__dict__` only for classes that
/// give their instances one (each has its own descriptor), so only those list it here.
pub(crate) fn class_attr_names(vm: &Vm, t: &Rc<Type>) -> Vec<Value> {
    let has_dict = t.heap && !t.has_flag(tflags::SLOTS);
    let mut names = Vec::new();
    for c in t.mro() {
        let keys = c.dict.borrow().keys();
        let skip_dict = !has_dict && Rc::ptr_eq(c, &vm.types.object);
        names.extend(
            keys.into_iter()
                .filter(|k| !(skip_dict && k.as_str() == Some("__dict__"))),
        );
    }
    names
}

fn object_reduce_ex(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let t = vm.type_of(&args[0]);
    if !instantiable(vm, &t) {
        // `reduce_newobj`: an object of a type with no `tp_new` cannot be rebuilt.
        return Err(vm.type_error(format!("cannot pickle '{}' object", t.name())));
    }
    let cls = Value::Type(t);
    let state = match &args[0] {
        Value::Obj(o) => o
            .dict
            .get()
            .map(|d| Value::Obj(d.clone()))
            .unwrap_or(Value::None),
        _ => Value::None,
    };
    let copyreg = vm.new_str("copyreg_reconstructor");
    let _ = copyreg;
    let t = vm.new_tuple(vec![cls]);
    Ok(vm.new_tuple(vec![Value::None, t, state]))
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        let name = match &args[0] {
            Value::Type(t) => t.qualname.borrow().clone(),
            _ => String::new(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    let _ = positional(args, kwnames);
    Ok(Value::None)
}

fn object_class(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    Ok(Value::Type(vm.type_of(&args[0])))
}

pub(crate) fn object_dict(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    if let Value::Obj(o) = &args[0] {
        if o.class.has_flag(tflags::SLOTS) {
            return Err(vm.attribute_error(&args[0], "__dict__"));
        }
    }
    match &args[0] {
        Value::Obj(o) => match o.dict.get() {
            Some(d) => Ok(Value::Obj(d.clone())),
            None => {
                if matches!(o.payload, Payload::Function(_)) {
                    let d = vm.new_dict_obj();
                    let _ = o.dict.set(d.clone());
                    return Ok(Value::Obj(d));
                }
                Err(vm.attribute_error(&args[0], "__dict__"))
            }
        },
        Value::Type(t) => {
            let d = vm.new_dict();
            let items = t.dict.borrow().items();
            for (k, v) in items {
                vm.dict_set(&d, k, v)?;
            }
            Ok(d)
        }
        _ => Err(vm.attribute_error(&args[0], "__dict__")),
    }
}

pub(crate) fn object_set_dict(vm: &mut Vm, _args: &[Value], _: &[Value]) -> PyResult {
    Err(vm.type_error("pyco does not support assigning __dict__ yet"))
}

impl Vm {
    /// A class's `__module__` as text (`builtins` for built-in types).
    pub fn type_module(&self, t: &Rc<Type>) -> Option<String> {
        if !t.heap {
            let name = t.name();
            return Some(match name.rsplit_once('.') {
                Some((m, _)) => m.to_string(),
                None => "builtins".to_string(),
            });
        }
        t.dict
            .borrow()
            .get_str("__module__", str_hash("__module__"))
            .and_then(|m| m.as_str().map(str::to_string))
    }
}

thread_local! {
    /// Addresses of queued objects: their own drop must not queue them again (PEP 442:
    /// `__del__` runs once).
    static FINALIZED: std::cell::RefCell<std::collections::HashSet<usize>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

impl Drop for Object {
    fn drop(&mut self) {
        if self.class.has_flag(tflags::DEL) {
            queue_del(self);
        }
        if holds_references(self) {
            trashcan::drop_contents(self);
        }
    }
}

/// Whether dropping `o` can drop further objects (and so recurse). A finished generator
/// or coroutine (no frame, no exception saved) holds only its code and names: dropped in
/// place, as the many short-lived coroutines of `await` calls are.
fn holds_references(o: &Object) -> bool {
    if let Payload::Generator(g) = &o.payload {
        let finished = g.kind != crate::types::generator::GenKind::AsyncGenerator
            && g.frame.try_borrow().is_ok_and(|f| f.is_none())
            && g.exc_state.try_borrow().is_ok_and(|e| e.is_none());
        return o.dict.get().is_some() || !finished;
    }
    o.dict.get().is_some()
        || !matches!(
            o.payload,
            Payload::Plain
                | Payload::Ellipsis
                | Payload::NotImplemented
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Module(_)
        )
}

/// CPython's "trashcan": freeing a 10-million-deep `x = [x]` or a long linked list of
/// instances would recurse once per level in `Drop` and overflow the native stack. Past
/// `MAX_DEPTH` nested drops, contents are parked in a list that the outermost drop empties
/// in a loop, so the stack use stays bounded.
mod trashcan {
    use crate::object::{Object, Payload};
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    const MAX_DEPTH: u32 = 1000;

    type Contents = (Payload, Option<Rc<Object>>);

    thread_local! {
        static DEPTH: Cell<u32> = const { Cell::new(0) };
        static PARKED: RefCell<Vec<Contents>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn drop_contents(o: &mut Object) {
        let mut contents = (
            std::mem::replace(&mut o.payload, Payload::Plain),
            o.dict.take(),
        );
        // CPython frees list and tuple items last to first: finalizers run in that order.
        match &mut contents.0 {
            Payload::List(items) => items.get_mut().reverse(),
            Payload::Tuple(items) => items.reverse(),
            _ => {}
        }
        // During thread teardown the thread-locals may be gone: drop in place.
        let Ok(depth) = DEPTH.try_with(Cell::get) else {
            return;
        };
        if depth >= MAX_DEPTH {
            // (If the list is gone, the closure and the contents it owns drop here.)
            let _ = PARKED.try_with(|p| p.borrow_mut().push(contents));
            return;
        }
        DEPTH.with(|d| d.set(depth + 1));
        drop(contents);
        if depth == 0 {
            while let Some(next) = PARKED.with(|p| p.borrow_mut().pop()) {
                drop(next);
            }
        }
        DEPTH.with(|d| d.set(depth));
    }
}

/// Moves a dying object's contents into a new object queued for its `__del__`.
fn queue_del(dying: &mut Object) {
    let addr = dying as *const Object as usize;
    let Ok(done) = FINALIZED.try_with(|f| f.borrow_mut().remove(&addr)) else {
        return;
    };
    if done {
        return;
    }
    let revived = Rc::new(Object {
        class: dying.class.clone(),
        dict: std::mem::take(&mut dying.dict),
        payload: std::mem::replace(&mut dying.payload, Payload::Plain),
    });
    let new_addr = Rc::as_ptr(&revived) as usize;
    let _ = FINALIZED.try_with(|f| f.borrow_mut().insert(new_addr));
    crate::finalize::queue(crate::finalize::Dying::Del(revived));
}

impl Vm {
    /// Calls `__del__` of `o`, which died (and was resurrected for the call).
    pub(crate) fn call_del(&mut self, o: Rc<Object>) {
        let Some(m) = o.class.lookup("__del__") else {
            return;
        };
        let v = Value::Obj(o);
        if let Err(e) = self.call_method_value(&m, &v, &[]) {
            self.print_unraisable(&e, &m);
        }
    }
}
