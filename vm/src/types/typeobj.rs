//! `type`: making classes (C3 MRO, layout, metaclass), `__build_class__`, and the
//! attributes every class has.

use crate::args::{keyword, positional};
use crate::dict::DictTable;
use crate::object::*;
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A built-in type (its methods are added by each type's module).
pub fn new_static_type(
    name: &str,
    base: Option<&Rc<Type>>,
    layout: Layout,
    basetype: bool,
) -> Rc<Type> {
    let (bases, mro_rest) = match base {
        Some(b) => (vec![b.clone()], b.mro().cloned().collect()),
        None => (vec![], vec![]),
    };
    let t = Rc::new(Type {
        name: RefCell::new(name.to_string()),
        // `tp_name` "sys.int_info" is module "sys", qualname "int_info".
        qualname: RefCell::new(name.rsplit('.').next().unwrap_or(name).to_string()),
        bases,
        mro_rest,
        dict: crate::lookup_cache::TypeDict::new(DictTable::new()),
        meta: None,
        layout,
        heap: false,
        basetype,
        flags: Cell::new(0),
        native: RefCell::new(None),
        subclasses: RefCell::new(Vec::new()),
        native_new: Cell::new(NativeNew::Unknown),
    });
    register_subclass(&t);
    t
}

/// Records `t` in its bases' `__subclasses__`.
fn register_subclass(t: &Rc<Type>) {
    for b in &t.bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(t));
    }
}

/// Recomputes the cached dunder flags of a class and of its subclasses (which inherit a
/// dunder set on it later).
pub fn update_flags_tree(t: &Rc<Type>) {
    update_flags(t);
    let subs: Vec<Rc<Type>> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    for sub in &subs {
        update_flags_tree(sub);
    }
}

/// Recomputes the cached dunder flags of a class from its MRO.
pub fn update_flags(t: &Rc<Type>) {
    let mut flags = 0;
    let user_defined = |name: &str| -> bool {
        for c in t.mro() {
            if let Some(v) = c.dict.borrow().get_str(name, str_hash(name)) {
                return !matches!(v.payload(), Some(Payload::MethodDescr(_)));
            }
        }
        false
    };
    if user_defined("__getattr__") {
        flags |= tflags::GETATTR;
    }
    if user_defined("__getattribute__") {
        flags |= tflags::GETATTRIBUTE;
    }
    if user_defined("__setattr__") {
        flags |= tflags::SETATTR;
    }
    if user_defined("__delattr__") {
        flags |= tflags::DELATTR;
    }
    if user_defined("__del__") {
        flags |= tflags::DEL;
    }
    if slots_only(t) {
        flags |= tflags::SLOTS;
    }
    // The collection flags are not derived from dunders: they stay as set.
    flags |= t.flags.get() & tflags::COLLECTION;
    t.flags.set(flags);
}

/// Whether every Python class in the MRO declares `__slots__` without `'__dict__'`.
fn slots_only(t: &Rc<Type>) -> bool {
    let key = "__slots__";
    t.mro()
        .filter(|c| c.heap)
        .all(|c| match c.dict.borrow().get_str(key, str_hash(key)) {
            Some(v) => !slot_names(&v).iter().any(|n| n == "__dict__"),
            None => false,
        })
}

/// The names a `__slots__` value declares (a string or an iterable of strings).
fn slot_names(v: &Value) -> Vec<String> {
    if let Some(s) = v.as_str() {
        return vec![s.to_string()];
    }
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
    items
        .iter()
        .filter_map(|i| i.as_str().map(str::to_string))
        .collect()
}

/// Whether instances of this built-in class carry a `__dict__` (a `tp_dictoffset`).
fn builtin_has_dict(vm: &Vm, t: &Rc<Type>) -> bool {
    let ty = &vm.types;
    t.layout == Layout::Exception
        || [&ty.type_, &ty.module, &ty.function]
            .iter()
            .any(|b| Rc::ptr_eq(b, t))
}

/// Whether instances of this built-in class can be weakly referenced (a
/// `tp_weaklistoffset`), or are variable-sized (int, bytes, tuple) so that subclasses
/// cannot add the weak-reference slot.
fn builtin_has_weaklist(vm: &Vm, t: &Rc<Type>) -> bool {
    let ty = &vm.types;
    matches!(
        t.layout,
        Layout::Int | Layout::Bool | Layout::Bytes | Layout::Tuple
    ) || [&ty.type_, &ty.module, &ty.function, &ty.set, &ty.frozenset]
        .iter()
        .any(|b| Rc::ptr_eq(b, t))
}

/// Slot descriptors: properties whose getter and setter are natives bound to the name.
fn add_slot_descriptors(vm: &Vm, dict: &mut DictTable, slots: &Value) {
    for name in slot_names(slots) {
        if name == "__dict__" || name == "__weakref__" {
            continue;
        }
        let n = vm.new_str(name.as_str());
        let get = vm.new_builtin("__get__", slot_get, Some(n.clone()));
        let set = vm.new_builtin("__set__", slot_set, Some(n.clone()));
        let del = vm.new_builtin("__delete__", slot_del, Some(n.clone()));
        let p = vm.obj(
            &vm.types.property,
            Payload::Property(RefCell::new(Property {
                fget: get,
                fset: set,
                fdel: del,
                doc: Value::None,
            })),
        );
        dict.set_str(n, p);
    }
}

fn slot_storage(vm: &Vm, obj: &Value) -> PyResult<Rc<Object>> {
    match obj {
        Value::Obj(o) => o
            .dict
            .get()
            .cloned()
            .ok_or_else(|| vm.type_error("slot on an object without storage")),
        _ => Err(vm.type_error("slot on a non-instance")),
    }
}

fn slot_get(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let name = a[0].as_str().unwrap_or_default().to_string();
    let d = slot_storage(vm, &a[1])?;
    let v = match &d.payload {
        Payload::Dict(t) => t.borrow().get_str(&name, str_hash(&name)),
        _ => None,
    };
    v.ok_or_else(|| vm.attribute_error(&a[1], &name))
}

fn slot_set(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let d = slot_storage(vm, &a[1])?;
    if let Payload::Dict(t) = &d.payload {
        t.borrow_mut().set_str(a[0].clone(), a[2].clone());
    }
    Ok(Value::None)
}

fn slot_del(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let name = a[0].as_str().unwrap_or_default().to_string();
    let d = slot_storage(vm, &a[1])?;
    let removed = match &d.payload {
        Payload::Dict(t) => t.borrow_mut().remove_str(&name, str_hash(&name)),
        _ => None,
    };
    removed
        .map(|_| Value::None)
        .ok_or_else(|| vm.attribute_error(&a[1], &name))
}

/// C3 linearization of `bases` (the MRO after the new class itself).
fn c3_mro(vm: &Vm, bases: &[Rc<Type>]) -> PyResult<Vec<Rc<Type>>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", b.name())));
        }
    }
    let mut seqs: Vec<Vec<Rc<Type>>> = bases.iter().map(|b| b.mro().cloned().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(c) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl Vm {
    /// `type(name, bases, dict)`: a new class. `meta` is the metaclass already chosen.
    pub fn new_class(
        &mut self,
        meta: &Rc<Type>,
        name: &str,
        bases: Vec<Rc<Type>>,
        ns: &Value,
        kwargs: &[(Value, Value)],
    ) -> PyResult<Rc<Type>> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            if !b.basetype {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                )));
            }
        }
        let layout = self.best_layout(&bases)?;
        let mro_rest = c3_mro(self, &bases)?;
        let mut dict = DictTable::new();
        for (k, v) in self.mapping_items(ns)? {
            let hash = self.hash(&k)?;
            match k.as_str() {
                Some(s) if dict.index_of_str(s, hash).is_some() => dict.set_str(k, v),
                _ => dict.insert_new(hash, k, v),
            }
        }
        let qualname = match dict.remove_str("__qualname__", str_hash("__qualname__")) {
            Some(q) => match q.as_str() {
                Some(s) => s.to_string(),
                None => {
                    return Err(self.type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        self.type_name(&q)
                    )))
                }
            },
            None => name.to_string(),
        };
        if let Some(slots) = dict.get_str("__slots__", str_hash("__slots__")) {
            add_slot_descriptors(self, &mut dict, &slots);
        }
        let doc_given = dict.get_str("__doc__", str_hash("__doc__")).is_some();
        if dict.get_str("__module__", str_hash("__module__")).is_none() {
            if let Some(m) = self.current_globals_name() {
                dict.set_str(self.new_str("__module__"), m);
            }
        }
        // Implicit staticmethod/classmethod wrappers, and __hash__ = None with __eq__.
        for (n, wrap) in [
            ("__new__", 0),
            ("__init_subclass__", 1),
            ("__class_getitem__", 1),
        ] {
            if let Some(f) = dict.get_str(n, str_hash(n)) {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    let p = if wrap == 0 {
                        Payload::StaticMethod(f)
                    } else {
                        Payload::ClassMethod(f)
                    };
                    let cls = if wrap == 0 {
                        &self.types.staticmethod
                    } else {
                        &self.types.classmethod
                    };
                    let w = self.obj(cls, p);
                    dict.set_str(self.new_str(n), w);
                }
            }
        }
        if dict.get_str("__eq__", str_hash("__eq__")).is_some()
            && dict.get_str("__hash__", str_hash("__hash__")).is_none()
        {
            dict.set_str(self.new_str("__hash__"), Value::None);
        }
        let meta_opt = if Rc::ptr_eq(meta, &self.types.type_) {
            None
        } else {
            Some(meta.clone())
        };
        let t = Rc::new(Type {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(qualname),
            bases,
            mro_rest,
            dict: crate::lookup_cache::TypeDict::new(dict),
            meta: meta_opt,
            layout,
            heap: true,
            basetype: true,
            flags: Cell::new(0),
            native: RefCell::new(None),
            subclasses: RefCell::new(Vec::new()),
            native_new: Cell::new(NativeNew::No),
        });
        register_subclass(&t);
        t.flags
            .set(crate::runtime::pattern::inherited_collection_flag(&t));
        self.add_instance_descriptors(&t);
        if !doc_given {
            // After the descriptors, where CPython's type_new puts it.
            t.dict
                .borrow_mut()
                .set_str(self.new_str("__doc__"), Value::None);
        }
        update_flags(&t);
        let tv = Value::Type(t.clone());
        // __set_name__ on attributes, then the parent's __init_subclass__.
        let items = t.dict.borrow().items();
        for (k, v) in items {
            let vt = self.type_of(&v);
            if vt.heap {
                if let Some(m) = vt.lookup("__set_name__") {
                    self.call_method_value(&m, &v, &[tv.clone(), k.clone()])?;
                }
            }
        }
        let sup = self.make_super(&t, &tv)?;
        let init_sub = self.getattr_str(&sup, "__init_subclass__")?;
        let mut args = Vec::new();
        let mut names = Vec::new();
        for (k, v) in kwargs {
            args.push(v.clone());
            names.push(k.clone());
        }
        self.call(&init_sub, &args, &names)?;
        Ok(t)
    }

    /// The `__dict__` and `__weakref__` getset descriptors a class gets in its own
    /// namespace when its instances gain a dict (or weak-reference slot) no base provides,
    /// as CPython's type_new adds them; `__slots__` suppresses them unless it names them.
    fn add_instance_descriptors(&self, t: &Rc<Type>) {
        let slots = t.dict.borrow().get_str("__slots__", str_hash("__slots__"));
        let declared = |name: &str| match &slots {
            Some(v) => slot_names(v).iter().any(|n| n == name),
            None => true,
        };
        let bases_have = |builtin_has: fn(&Vm, &Rc<Type>) -> bool, slot: &str| {
            t.bases.iter().any(|b| {
                b.mro().any(|c| {
                    if c.heap {
                        let own = c.dict.borrow().get_str("__slots__", str_hash("__slots__"));
                        own.is_none_or(|v| slot_names(&v).iter().any(|n| n == slot))
                    } else {
                        builtin_has(self, c)
                    }
                })
            })
        };
        if declared("__dict__") && !bases_have(builtin_has_dict, "__dict__") {
            self.add_getter(
                t,
                "__dict__",
                crate::types::object::object_dict,
                Some(crate::types::object::object_set_dict),
            );
        }
        if declared("__weakref__") && !bases_have(builtin_has_weaklist, "__weakref__") {
            self.add_getter(t, "__weakref__", |_, _, _| Ok(Value::None), None);
        }
    }

    fn best_layout(&self, bases: &[Rc<Type>]) -> PyResult<Layout> {
        let mut best = Layout::Object;
        for b in bases {
            let l = b.layout;
            if l == Layout::Object {
                continue;
            }
            if best == Layout::Object || best == l {
                best = l;
            } else {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
        }
        Ok(best)
    }

    /// `__name__` of the innermost frame's globals (a new class's `__module__`).
    fn current_globals_name(&self) -> Option<Value> {
        let f = self.current_frame()?;
        match &f.globals.payload {
            Payload::Dict(d) => d.borrow().get_str("__name__", str_hash("__name__")),
            _ => None,
        }
    }

    /// The innermost executing frame.
    pub fn current_frame(&self) -> Option<&crate::eval::Frame> {
        // SAFETY: `frames` holds pointers to frames that are alive and pinned in their
        // boxes while they execute; they are popped before the boxes move or drop, and
        // natives only read through them.
        self.frames.last().map(|p| unsafe { &**p })
    }

    /// Calls `metaclass(name, bases, ns, **kw)` (`type.__call__` for classes).
    pub(crate) fn determine_metaclass(
        &self,
        explicit: Option<Value>,
        bases: &[Value],
    ) -> PyResult<Value> {
        let mut winner = match explicit {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Type(self.type_of(b)),
                None => Value::Type(self.types.type_.clone()),
            },
        };
        if let Value::Type(w) = &winner {
            let mut w = w.clone();
            for b in bases {
                let bt = self.type_of(b);
                if w.is_subtype(&bt) {
                    continue;
                }
                if bt.is_subtype(&w) {
                    w = bt;
                    continue;
                }
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
            winner = Value::Type(w);
        }
        Ok(winner)
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let pos = positional(args, kwnames);
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if let Value::Type(_) = b {
            bases.push(b.clone());
            continue;
        }
        match vm.getattr_opt(b, "__mro_entries__")? {
            Some(m) => {
                let t = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&m, &[t], &[])?;
                bases.extend(vm.collect(&r)?);
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let explicit = keyword(args, kwnames, "metaclass");
    let mut kw: Vec<(Value, Value)> = Vec::new();
    let base = args.len() - kwnames.len();
    for (i, k) in kwnames.iter().enumerate() {
        if k.as_str() != Some("metaclass") {
            kw.push((k.clone(), args[base + i].clone()));
        }
    }
    let meta = vm.determine_metaclass(explicit, &bases)?;
    let bases_t = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(p) => {
            let (kv, kn): (Vec<Value>, Vec<Value>) =
                kw.iter().map(|(k, v)| (v.clone(), k.clone())).unzip();
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kv);
            vm.call(&p, &a, &kn)?
        }
        None => vm.new_dict(),
    };
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let mut frame = vm.function_frame(func.as_obj().expect("function"), f, &[], &[])?;
    frame.locals = Some(ns.clone());
    let (_frame, r) = vm.run_frame(frame);
    let cell = match r? {
        crate::eval::Exit::Return(v) => v,
        crate::eval::Exit::Yield(_) => Value::None,
    };
    if changed {
        vm.setitem(&ns, &vm.new_str("__orig_bases__"), vm.new_tuple(orig_bases))?;
    }
    let (kv, kn): (Vec<Value>, Vec<Value>) = kw.iter().map(|(k, v)| (v.clone(), k.clone())).unzip();
    let mut a = vec![name, bases_t, ns];
    a.extend(kv);
    let cls = vm.call(&meta, &a, &kn)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        *c.borrow_mut() = Some(cls.clone());
    }
    Ok(cls)
}

/// `type.__new__(meta, name, bases, dict, **kw)` and `type(x)`.
pub fn type_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let pos = positional(args, kwnames);
    if pos.len() == 2 && kwnames.is_empty() {
        return Ok(Value::Type(vm.type_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Type(meta) = &pos[0] else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let name = vm
        .expect_str(&pos[1], "type.__new__() argument 1")?
        .to_string();
    let Some(bases) = pos[2].as_tuple() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&pos[2])
        )));
    };
    let mut bt = Vec::new();
    for b in bases {
        match b {
            Value::Type(t) => bt.push(t.clone()),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    let base = args.len() - kwnames.len();
    let kw: Vec<(Value, Value)> = kwnames
        .iter()
        .enumerate()
        .map(|(i, k)| (k.clone(), args[base + i].clone()))
        .collect();
    // The most derived metaclass of `meta` and the bases' wins; one with its own `__new__`
    // makes the class itself (`type('X', (Base,), {})` with a metaclassed base).
    let bases_v: Vec<Value> = bt.iter().map(|t| Value::Type(t.clone())).collect();
    let winner = vm.determine_metaclass(Some(Value::Type(meta.clone())), &bases_v)?;
    let meta = match winner {
        Value::Type(w) if !Rc::ptr_eq(&w, meta) => match w.lookup("__new__") {
            Some(n) if !matches!(n.payload(), Some(Payload::MethodDescr(_))) => {
                let n = match n.payload() {
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => n,
                };
                let mut a = args.to_vec();
                a[0] = Value::Type(w);
                return vm.call(&n, &a, kwnames);
            }
            _ => w,
        },
        _ => meta.clone(),
    };
    let ns = pos[3].clone();
    Ok(Value::Type(vm.new_class(&meta, &name, bt, &ns, &kw)?))
}
