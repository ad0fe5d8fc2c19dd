//! Attribute access: `PyObject_GenericGetAttr`/`SetAttr` with descriptors, `type_getattro`,
//! and the LOAD_METHOD shortcut that avoids making bound methods.

use crate::object::*;
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// `getattr(obj, name)` with a str value for the name.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult {
        let s = name.as_pystr().expect("attribute names are str");
        if let Value::Obj(o) = obj {
            // The common case, as `getattr_str` would do it, with the name's cached hash.
            if !o.class.has_flag(tflags::GETATTRIBUTE | tflags::GETATTR) {
                let t = o.class.clone();
                return match self.generic_getattr_hashed(obj, &t, &s.s, s.hash())? {
                    Some(v) => Ok(v),
                    None => Err(self.attribute_error(obj, &s.s)),
                };
            }
        }
        self.getattr_str(obj, &s.s)
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult {
        if let Value::Type(t) = obj {
            return self.type_getattr(t, name);
        }
        let t = self.type_of(obj);
        if t.has_flag(tflags::GETATTRIBUTE) {
            let m = t.lookup("__getattribute__").expect("flag says so");
            let r = self.call_method_value(&m, obj, &[self.new_str(name)]);
            return match r {
                Err(e)
                    if t.has_flag(tflags::GETATTR) && self.is_instance_of(&e, "AttributeError") =>
                {
                    let g = t.lookup("__getattr__").expect("flag says so");
                    self.call_method_value(&g, obj, &[self.new_str(name)])
                }
                r => r,
            };
        }
        match self.generic_getattr(obj, &t, name)? {
            Some(v) => Ok(v),
            None => {
                if t.has_flag(tflags::GETATTR) {
                    let g = t.lookup("__getattr__").expect("flag says so");
                    return self.call_method_value(&g, obj, &[self.new_str(name)]);
                }
                Err(self.attribute_error(obj, name))
            }
        }
    }

    /// `getattr(obj, name, None)`-like: `None` on AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__`: data descriptors, the instance dict, then other class
    /// attributes. `None` when nothing is found.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        t: &Rc<Type>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        self.generic_getattr_hashed(obj, t, name, str_hash(name))
    }

    /// `generic_getattr` given `str_hash(name)`.
    fn generic_getattr_hashed(
        &mut self,
        obj: &Value,
        t: &Rc<Type>,
        name: &str,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        let attr = t.lookup(name);
        if let Some(a) = &attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a, obj, t).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = o.dict.get() {
                if let Payload::Dict(d) = &d.payload {
                    if let Some(v) = d.borrow().get_str(name, hash) {
                        return Ok(Some(v));
                    }
                }
            }
        }
        match attr {
            Some(a) => self.descr_get(&a, obj, t).map(Some),
            None => Ok(None),
        }
    }

    /// `type_getattro`: the metatype's data descriptors, then the class's MRO (binding
    /// with no instance), then the metatype's other attributes.
    pub fn type_getattr(&mut self, cls: &Rc<Type>, name: &str) -> PyResult {
        let meta = cls.meta.clone().unwrap_or_else(|| self.types.type_.clone());
        let cls_v = Value::Type(cls.clone());
        let meta_attr = meta.lookup(name);
        if let Some(a) = &meta_attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a, &cls_v, &meta);
            }
        }
        if let Some(a) = cls.lookup(name) {
            return self.descr_get_class(&a, cls);
        }
        if let Some(a) = meta_attr {
            return self.descr_get(&a, &cls_v, &meta);
        }
        if meta.heap {
            if let Some(g) = meta.lookup("__getattr__") {
                return self.call_method_value(&g, &cls_v, &[self.new_str(name)]);
            }
        }
        Err(self.attribute_error(&cls_v, name))
    }

    pub fn is_data_descriptor(&self, a: &Value) -> bool {
        match a {
            Value::Obj(o) => match &o.payload {
                Payload::Property(_) => true,
                Payload::MethodDescr(d) => d.kind == DescrKind::Getter,
                _ => {
                    o.class.heap
                        && (o.class.lookup("__set__").is_some()
                            || o.class.lookup("__delete__").is_some())
                }
            },
            _ => false,
        }
    }

    /// Binds a class attribute found for instance `obj` (`__get__(obj, type)`).
    pub fn descr_get(&mut self, a: &Value, obj: &Value, t: &Rc<Type>) -> PyResult {
        let Value::Obj(o) = a else {
            return Ok(a.clone());
        };
        match &o.payload {
            Payload::Function(_) => {
                Ok(self.obj(&self.types.method, Payload::Method(a.clone(), obj.clone())))
            }
            Payload::MethodDescr(d) => match d.kind {
                DescrKind::Method => {
                    self.check_descr_self(d, obj)?;
                    Ok(self.bound_builtin(d, obj.clone()))
                }
                DescrKind::ClassMethod => Ok(self.bound_builtin(d, Value::Type(t.clone()))),
                DescrKind::StaticMethod => Ok(self.new_builtin(d.name, d.func, None)),
                DescrKind::Getter => {
                    // Natives assume their own payload: `X.__dict__['a'].__get__(other)`.
                    self.check_descr_self(d, obj)?;
                    (d.func)(self, std::slice::from_ref(obj), &[])
                }
            },
            Payload::ClassMethod(f) => Ok(self.obj(
                &self.types.method,
                Payload::Method(f.clone(), Value::Type(t.clone())),
            )),
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::Property(p) => {
                let fget = p.borrow().fget.clone();
                if fget.is_none() {
                    return Err(self.new_error("AttributeError", "unreadable attribute"));
                }
                self.call(&fget, std::slice::from_ref(obj), &[])
            }
            _ if o.class.heap => match o.class.lookup("__get__") {
                Some(g) => self.call_method_value(&g, a, &[obj.clone(), Value::Type(t.clone())]),
                None => Ok(a.clone()),
            },
            _ => Ok(a.clone()),
        }
    }

    /// Binds an attribute found on a class accessed directly (`Cls.attr`).
    fn descr_get_class(&mut self, a: &Value, cls: &Rc<Type>) -> PyResult {
        let Value::Obj(o) = a else {
            return Ok(a.clone());
        };
        match &o.payload {
            Payload::MethodDescr(d) => match d.kind {
                DescrKind::ClassMethod => Ok(self.bound_builtin(d, Value::Type(cls.clone()))),
                DescrKind::StaticMethod => Ok(self.new_builtin(d.name, d.func, None)),
                _ => Ok(a.clone()),
            },
            Payload::ClassMethod(f) => Ok(self.obj(
                &self.types.method,
                Payload::Method(f.clone(), Value::Type(cls.clone())),
            )),
            Payload::StaticMethod(f) => Ok(f.clone()),
            _ if o.class.heap => match o.class.lookup("__get__") {
                Some(g) => self.call_method_value(&g, a, &[Value::None, Value::Type(cls.clone())]),
                None => Ok(a.clone()),
            },
            _ => Ok(a.clone()),
        }
    }

    /// A native method or getter applies only to instances of the type defining it.
    pub fn check_descr_self(&self, d: &MethodDescr, obj: &Value) -> PyResult<()> {
        if self.isinstance_type(obj, &d.owner) {
            return Ok(());
        }
        // Operator slots are `wrapper_descriptor`s in CPython, with their own wording.
        let slot =
            d.kind == DescrKind::Method && d.name.starts_with("__") && d.name.ends_with("__");
        Err(self.type_error(if slot {
            format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                d.name,
                d.owner.name(),
                self.type_name(obj)
            )
        } else {
            format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                d.name,
                d.owner.name(),
                self.type_name(obj)
            )
        }))
    }

    fn bound_builtin(&self, d: &MethodDescr, obj: Value) -> Value {
        self.obj(
            &self.types.builtin_function,
            Payload::Builtin(Box::new(Builtin {
                name: d.name,
                func: d.func,
                bound: Some(obj),
                qualname_owner: None,
            })),
        )
    }

    /// Calls an unbound attribute found on `type(obj)` with `obj` as self.
    pub fn call_method_value(&mut self, m: &Value, obj: &Value, args: &[Value]) -> PyResult {
        if let Value::Obj(o) = m {
            match &o.payload {
                Payload::Function(_) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(obj.clone());
                    full.extend_from_slice(args);
                    return self.call(m, &full, &[]);
                }
                Payload::MethodDescr(d) if d.kind == DescrKind::Method => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(obj.clone());
                    full.extend_from_slice(args);
                    return (d.func)(self, &full, &[]);
                }
                _ => {}
            }
        }
        let t = self.type_of(obj);
        let bound = self.descr_get(m, obj, &t)?;
        self.call(&bound, args, &[])
    }

    /// Looks up and calls `obj.name(*args)` (a method on the type, or any attribute).
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult {
        let f = self.getattr_str(obj, name)?;
        self.call(&f, args, &[])
    }

    /// LOAD_METHOD: `(Some(function), obj)` when the attribute is a plain method on the
    /// type (called later with obj as self), else `(None, attribute)`.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Option<Value>, Value)> {
        let name_str = name.as_pystr().expect("names are str");
        let s = &*name_str.s;
        if let Value::Obj(o) = obj {
            let t = &o.class;
            if !t.has_flag(tflags::GETATTRIBUTE) {
                if let Some(a) = t.lookup(s) {
                    let plain = match &a {
                        Value::Obj(ao) => match &ao.payload {
                            Payload::Function(_) => true,
                            Payload::MethodDescr(d) => d.kind == DescrKind::Method,
                            _ => false,
                        },
                        _ => false,
                    };
                    if plain {
                        let shadowed = o.dict.get().is_some_and(|d| match &d.payload {
                            Payload::Dict(d) => d.borrow().get_str(s, name_str.hash()).is_some(),
                            _ => false,
                        });
                        if !shadowed {
                            return Ok((Some(a), obj.clone()));
                        }
                    }
                }
            }
        }
        Ok((None, self.getattr(obj, name)?))
    }

    /// The bound special method `name` looked up on the type (`with` uses this).
    pub fn special_method(&mut self, obj: &Value, name: &str, err: &str) -> PyResult {
        let t = self.type_of(obj);
        match t.lookup(name) {
            Some(m) => self.descr_get(&m, obj, &t),
            None => Err(self.new_error("AttributeError", err.to_string())),
        }
    }

    /// `setattr(obj, name, v)`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        if let Value::Type(t) = obj {
            return self.type_setattr(t, name, Some(v));
        }
        let t = self.type_of(obj);
        if t.has_flag(tflags::SETATTR) {
            let m = t.lookup("__setattr__").expect("flag says so");
            return self
                .call_method_value(&m, obj, &[name.clone(), v])
                .map(|_| ());
        }
        self.generic_setattr(obj, name, Some(v))
    }

    pub fn setattr_str(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let n = self.new_str(name);
        self.setattr(obj, &n, v)
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        if let Value::Type(t) = obj {
            return self.type_setattr(t, name, None);
        }
        let t = self.type_of(obj);
        if t.has_flag(tflags::DELATTR) {
            let m = t.lookup("__delattr__").expect("flag says so");
            return self
                .call_method_value(&m, obj, std::slice::from_ref(name))
                .map(|_| ());
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `__delattr__` (`v` is `None` to delete).
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
        let s = name.as_str().expect("names are str");
        let t = self.type_of(obj);
        if let Some(a) = t.lookup(s) {
            if let Value::Obj(ao) = &a {
                match &ao.payload {
                    Payload::Property(p) => {
                        let p = p.borrow();
                        let f = if v.is_some() { &p.fset } else { &p.fdel };
                        if f.is_none() {
                            let what = if v.is_some() { "set" } else { "delete" };
                            return Err(self.new_error(
                                "AttributeError",
                                format!("can't {what} attribute '{s}'"),
                            ));
                        }
                        let f = f.clone();
                        drop(p);
                        let mut args = vec![obj.clone()];
                        args.extend(v);
                        return self.call(&f, &args, &[]).map(|_| ());
                    }
                    Payload::MethodDescr(d) if d.kind == DescrKind::Getter => {
                        let owner = d.owner.clone();
                        return match d.setter {
                            Some(setter) => {
                                let val = v.unwrap_or(Value::None);
                                setter(self, &[obj.clone(), val], &[]).map(|_| ())
                            }
                            None => Err(self.new_error(
                                "AttributeError",
                                format!(
                                    "attribute '{s}' of '{}' objects is not writable",
                                    owner.name()
                                ),
                            )),
                        };
                    }
                    _ if ao.class.heap => {
                        let hook = if v.is_some() { "__set__" } else { "__delete__" };
                        if let Some(m) = ao.class.lookup(hook) {
                            let mut args = vec![obj.clone()];
                            args.extend(v);
                            return self.call_method_value(&m, &a, &args).map(|_| ());
                        }
                    }
                    _ => {}
                }
            }
        }
        if t.has_flag(tflags::SLOTS) {
            return Err(self.attribute_error(obj, s));
        }
        let dict = match obj {
            // Functions make their `__dict__` on the first attribute set.
            Value::Obj(o) if matches!(o.payload, Payload::Function(_)) && v.is_some() => {
                Some(o.dict.get_or_init(|| self.new_dict_obj()).clone())
            }
            Value::Obj(o) => o.dict.get().cloned(),
            _ => None,
        };
        let Some(dict) = dict else {
            return Err(match t.lookup(s) {
                Some(_) => self.new_error(
                    "AttributeError",
                    format!("'{}' object attribute '{s}' is read-only", t.name()),
                ),
                None => self.attribute_error(obj, s),
            });
        };
        let Payload::Dict(d) = &dict.payload else {
            return Err(self.type_error("__dict__ is not a dict"));
        };
        match v {
            Some(v) => {
                d.borrow_mut().set_str(name.clone(), v);
                Ok(())
            }
            None => {
                let removed = d.borrow_mut().remove_str(s, str_hash(s));
                match removed {
                    Some(_) => Ok(()),
                    // CPython turns the dict's KeyError into AttributeError(name).
                    None => Err(self.new_error("AttributeError", s)),
                }
            }
        }
    }

    fn type_setattr(&mut self, t: &Rc<Type>, name: &Value, v: Option<Value>) -> PyResult<()> {
        let meta = t.meta.clone().unwrap_or_else(|| self.types.type_.clone());
        if meta.heap {
            let hook = if v.is_some() {
                "__setattr__"
            } else {
                "__delattr__"
            };
            if let Some(m) = meta.lookup(hook) {
                if !matches!(m.payload(), Some(Payload::MethodDescr(_))) {
                    let mut args = vec![name.clone()];
                    args.extend(v);
                    return self
                        .call_method_value(&m, &Value::Type(t.clone()), &args)
                        .map(|_| ());
                }
            }
        }
        self.type_setattr_generic(t, name, v)
    }

    /// `type.__setattr__` itself: what runs when the metaclass defines no hook, or its
    /// hook calls `type.__setattr__(cls, ...)`/`super().__setattr__(...)`.
    pub fn type_setattr_generic(
        &mut self,
        t: &Rc<Type>,
        name: &Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        let s = name.as_str().expect("names are str").to_string();
        let meta = t.meta.clone().unwrap_or_else(|| self.types.type_.clone());
        if let Some(a) = meta.lookup(&s) {
            if self.is_data_descriptor(&a) {
                if let Some(Payload::MethodDescr(d)) = a.payload() {
                    if let Some(setter) = d.setter {
                        let val = v.unwrap_or(Value::None);
                        return setter(self, &[Value::Type(t.clone()), val], &[]).map(|_| ());
                    }
                }
            }
        }
        if !t.heap {
            return Err(self.type_error(format!(
                "cannot set '{s}' attribute of immutable type '{}'",
                t.name()
            )));
        }
        match v {
            Some(v) => t.dict.borrow_mut().set_str(name.clone(), v),
            None => {
                if t.dict.borrow_mut().remove_str(&s, str_hash(&s)).is_none() {
                    return Err(self.new_error("AttributeError", s));
                }
            }
        }
        if s.starts_with("__") {
            crate::types::typeobj::update_flags_tree(t);
        }
        Ok(())
    }
}
