//! Calling: dispatch on the callable, binding arguments to a Python function's frame with
//! CPython 3.10's error messages, `f(*args, **kwargs)`, and class instantiation.

use crate::eval::{Exit, Frame};
use crate::object::*;
use crate::Vm;
use pyco_compiler::code::flags;
use std::rc::Rc;

impl Vm {
    /// `callable(*args)` where the last `kwnames.len()` args are keyword values.
    pub fn call(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult {
        match callable {
            Value::Obj(o) => match &o.payload {
                Payload::Function(func) => {
                    let simple = match kwnames.is_empty() {
                        true => self.simple_frame(func, None, args),
                        false => None,
                    };
                    let frame = match simple {
                        Some(frame) => frame,
                        None => self.function_frame(o, func, args, kwnames)?,
                    };
                    self.run_function_frame(frame, func)
                }
                Payload::Method(func, obj) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(obj.clone());
                    full.extend_from_slice(args);
                    let func = func.clone();
                    self.call(&func, &full, kwnames)
                }
                Payload::Builtin(b) => match &b.bound {
                    Some(obj) if !matches!(obj.payload(), Some(Payload::Module(_))) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(obj.clone());
                        full.extend_from_slice(args);
                        self.call_native(b.func, &full, kwnames)
                    }
                    _ => self.call_native(b.func, args, kwnames),
                },
                Payload::MethodDescr(d) => {
                    if d.kind == DescrKind::Method {
                        match args.first() {
                            Some(s) => self.check_descr_self(d, s)?,
                            None => {
                                return Err(self.type_error(format!(
                                    "descriptor '{}' of '{}' object needs an argument",
                                    d.name,
                                    d.owner.name()
                                )))
                            }
                        }
                    }
                    self.call_native(d.func, args, kwnames)
                }
                _ => {
                    let t = o.class.clone();
                    match t.lookup("__call__") {
                        Some(m) => {
                            let mut full = Vec::with_capacity(args.len() + 1);
                            full.push(callable.clone());
                            full.extend_from_slice(args);
                            self.call_unbound(&m, callable, &full, kwnames)
                        }
                        None => Err(self.not_callable(callable)),
                    }
                }
            },
            Value::Type(t) => {
                let t = t.clone();
                self.call_type(&t, args, kwnames)
            }
            _ => Err(self.not_callable(callable)),
        }
    }

    /// Calls an attribute found on a type with `full` = [self, args...].
    fn call_unbound(&mut self, m: &Value, obj: &Value, full: &[Value], kw: &[Value]) -> PyResult {
        match m.payload() {
            Some(Payload::Function(_)) => self.call(m, full, kw),
            Some(Payload::MethodDescr(d)) if d.kind == DescrKind::Method => {
                (d.func)(self, full, kw)
            }
            _ => {
                let t = self.type_of(obj);
                let bound = self.descr_get(m, obj, &t)?;
                self.call(&bound, &full[1..], kw)
            }
        }
    }

    fn not_callable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Runs a Python function's fresh frame: to completion, or into a generator object.
    fn run_function_frame(&mut self, frame: Box<Frame>, func: &Function) -> PyResult {
        if func.code.co.flags & GEN_FLAGS != 0 {
            return Ok(self.new_generator(frame, func));
        }
        let (frame, r) = self.run_frame(frame);
        self.finish_frame(frame, &r);
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.new_error("SystemError", "yield outside a generator")),
        }
    }

    /// `f(*args, **kwargs)` (CALL_FUNCTION_EX).
    pub fn call_ex(&mut self, func: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult {
        let mut all: Vec<Value> = match args.as_tuple() {
            Some(t) => t.to_vec(),
            None => {
                if !self.is_iterable(args) {
                    return Err(self.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(func),
                        self.type_name(args)
                    )));
                }
                self.collect(args)?
            }
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            let items = match kw.as_dict() {
                Some(d) => d.borrow().items(),
                None => self.mapping_items(kw).map_err(|_| {
                    self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.callable_name(func),
                        self.type_name(kw)
                    ))
                })?,
            };
            for (k, v) in items {
                if k.as_str().is_none() {
                    return Err(self.type_error(format!(
                        "{} keywords must be strings",
                        self.callable_name(func)
                    )));
                }
                names.push(k);
                all.push(v);
            }
        }
        self.call(func, &all, &names)
    }

    /// `_PyObject_FunctionStr`: `module.qualname()` for messages about a call, the module
    /// left out for builtins.
    pub fn callable_name(&self, f: &Value) -> String {
        let qualify = |module: Option<&str>, qualname: &str| match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        };
        match f.payload() {
            Some(Payload::Function(func)) => qualify(
                func.module.borrow().as_str(),
                func.qualname.borrow().as_str().unwrap_or("?"),
            ),
            Some(Payload::Builtin(b)) => match (&b.bound, b.qualname_owner) {
                (_, Some(owner)) => format!("{owner}.{}()", b.name),
                (Some(Value::Type(t)), None) => format!("{}.{}()", t.name(), b.name),
                (Some(obj), None) => match obj.payload() {
                    Some(Payload::Module(name)) => qualify(Some(name), b.name),
                    _ => format!("{}.{}()", self.type_name(obj), b.name),
                },
                (None, None) => format!("{}()", b.name),
            },
            Some(Payload::Method(func, _)) => self.callable_name(func),
            _ => match f {
                Value::Type(t) => qualify(self.type_module(t).as_deref(), &t.qualname.borrow()),
                _ => format!("{} object", self.type_name(f)),
            },
        }
    }

    /// A frame for `func(*args)` with arguments bound as `_PyEval_MakeFrameVector` does.
    pub fn function_frame(
        &mut self,
        _fobj: &Rc<Object>,
        func: &Function,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let code = func.code.clone();
        let co = &code.co;
        let mut frame = self.new_frame(code.clone(), func.globals.clone(), self.builtins_dict());
        let argcount = co.argcount as usize;
        let total = argcount + co.kwonlyargcount as usize;
        let npos = args.len() - kwnames.len();
        let fast = &mut frame.fast;
        let n = npos.min(argcount);
        for (slot, v) in fast.iter_mut().zip(&args[..n]) {
            *slot = Some(v.clone());
        }
        let mut extra = total;
        if co.flags & flags::VARARGS != 0 {
            fast[extra] = Some(self.new_tuple(args[n..npos].to_vec()));
            extra += 1;
        }
        let kwdict = if co.flags & flags::VARKEYWORDS != 0 {
            let d = self.new_dict();
            fast[extra] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        let qualname = || func.qualname.borrow().as_str().unwrap_or("?").to_string();
        if !kwnames.is_empty() {
            let mut posonly_passed = Vec::new();
            for (k, v) in kwnames.iter().zip(&args[npos..]) {
                let name = k.as_str().unwrap_or_default();
                let found = (co.posonlyargcount as usize..total).find(|&j| co.varnames[j] == name);
                match found {
                    Some(j) => {
                        if fast[j].is_some() {
                            return Err(self.type_error(format!(
                                "{}() got multiple values for argument '{}'",
                                qualname(),
                                name
                            )));
                        }
                        fast[j] = Some(v.clone());
                    }
                    None => match &kwdict {
                        Some(d) => {
                            let d = d.clone();
                            self.dict_set(&d, k.clone(), v.clone())?;
                        }
                        None => {
                            if (0..co.posonlyargcount as usize).any(|j| co.varnames[j] == name) {
                                posonly_passed.push(name.to_string());
                                continue;
                            }
                            return Err(self.type_error(format!(
                                "{}() got an unexpected keyword argument '{}'",
                                qualname(),
                                name
                            )));
                        }
                    },
                }
            }
            if !posonly_passed.is_empty() {
                return Err(self.type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    qualname(),
                    posonly_passed.join(", ")
                )));
            }
        }
        let fast = &mut frame.fast;
        if npos > argcount && co.flags & flags::VARARGS == 0 {
            let defcount = func.defaults.borrow().as_ref().map_or(0, |d| d.len());
            let kwonly_given = (argcount..total).filter(|&i| fast[i].is_some()).count();
            let (sig, plural) = if defcount > 0 {
                (
                    format!("from {} to {}", argcount - defcount, argcount),
                    true,
                )
            } else {
                (argcount.to_string(), argcount != 1)
            };
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if npos != 1 { "s" } else { "" },
                    kwonly_given,
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            return Err(self.type_error(format!(
                "{}() takes {} positional argument{} but {}{} {} given",
                qualname(),
                sig,
                if plural { "s" } else { "" },
                npos,
                kwonly_sig,
                if npos == 1 && kwonly_given == 0 {
                    "was"
                } else {
                    "were"
                }
            )));
        }
        if npos < argcount {
            let defaults = func.defaults.borrow().clone();
            let defcount = defaults.as_ref().map_or(0, |d| d.len());
            let m = argcount - defcount;
            let missing: Vec<String> = (npos..m)
                .filter(|&i| fast[i].is_none())
                .map(|i| co.varnames[i].clone())
                .collect();
            if !missing.is_empty() {
                return Err(self.missing_args(&qualname(), &missing, "positional"));
            }
            if let Some(d) = defaults {
                for i in m.max(npos)..argcount {
                    if fast[i].is_none() {
                        fast[i] = Some(d[i - m].clone());
                    }
                }
            }
        }
        if total > argcount {
            let kwdefs = func.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            let kwonly = fast[argcount..total]
                .iter_mut()
                .zip(&co.varnames[argcount..total]);
            for (slot, name) in kwonly {
                if slot.is_some() {
                    continue;
                }
                let def = kwdefs.as_ref().and_then(|d| {
                    d.as_dict()
                        .and_then(|d| d.borrow().get_str(name, str_hash(name)))
                });
                match def {
                    Some(v) => *slot = Some(v),
                    None => missing.push(name.clone()),
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&qualname(), &missing, "keyword-only"));
            }
        }
        // Cells: arguments captured by inner functions move into their cells.
        let ncells = co.cellvars.len();
        if ncells > 0 || !co.freevars.is_empty() {
            let mut cells = Vec::with_capacity(ncells + co.freevars.len());
            for i in 0..ncells {
                let init = match code.cell2arg[i] {
                    Some(a) => frame.fast[a].take(),
                    None => None,
                };
                cells.push(self.new_cell(init));
            }
            if let Some(cl) = &func.closure {
                cells.extend(cl.iter().cloned());
            }
            frame.cells = cells;
        }
        Ok(frame)
    }

    pub(crate) fn missing_args(&self, qualname: &str, names: &[String], kind: &str) -> PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            qualname,
            names.len(),
            kind,
            if names.len() == 1 { "" } else { "s" },
            list
        ))
    }

    #[inline]
    pub fn builtins_dict(&self) -> Rc<Object> {
        self.builtins_dict_ref().clone()
    }

    #[inline]
    pub fn builtins_dict_ref(&self) -> &Rc<Object> {
        self.builtins.dict.get().expect("builtins has a dict")
    }

    /// MAKE_FUNCTION.
    #[allow(clippy::too_many_arguments)]
    pub fn make_function(
        &mut self,
        code: &Value,
        qualname: Value,
        globals: Rc<Object>,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> PyResult {
        let Some(Payload::Code(code)) = code.payload() else {
            return Err(self.type_error("MAKE_FUNCTION expects a code object"));
        };
        let module = match &globals.payload {
            Payload::Dict(d) => d.borrow().get_str("__name__", str_hash("__name__")),
            _ => None,
        }
        .unwrap_or(Value::None);
        // 3.10 puts a function's docstring (or None) first in co_consts.
        let doc = match code.consts.first() {
            Some(v) if v.as_str().is_some() => v.clone(),
            _ => Value::None,
        };
        let func = Function {
            code: code.clone(),
            globals,
            name: std::cell::RefCell::new(code.name.clone()),
            qualname: std::cell::RefCell::new(qualname),
            defaults: std::cell::RefCell::new(
                defaults.and_then(|d| d.as_tuple().map(|t| Rc::from(t.to_vec()))),
            ),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure: closure.and_then(|c| c.as_tuple().map(|t| Rc::from(t.to_vec()))),
            doc: std::cell::RefCell::new(doc),
            module: std::cell::RefCell::new(module),
            annotations: std::cell::RefCell::new(annotations),
        };
        Ok(self.obj(&self.types.function, Payload::Function(Box::new(func))))
    }

    /// `cls(*args)`: `__new__` then `__init__`, or a metaclass's `__call__`.
    pub fn call_type(&mut self, cls: &Rc<Type>, args: &[Value], kwnames: &[Value]) -> PyResult {
        if let Some(meta) = &cls.meta {
            if meta.heap {
                if let Some(m) = meta.lookup("__call__") {
                    if !matches!(m.payload(), Some(Payload::MethodDescr(_))) {
                        let mut full = vec![Value::Type(cls.clone())];
                        full.extend_from_slice(args);
                        return self.call(&m, &full, kwnames);
                    }
                }
            }
        }
        self.type_call(cls, args, kwnames)
    }

    /// `type.__call__(cls, *args)`: what calling a class does when its metaclass does not
    /// override `__call__` (also reached through `super().__call__` in a metaclass).
    pub fn type_call(&mut self, cls: &Rc<Type>, args: &[Value], kwnames: &[Value]) -> PyResult {
        if Rc::ptr_eq(cls, &self.types.type_) && args.len() == 1 && kwnames.is_empty() {
            return Ok(Value::Type(self.type_of(&args[0])));
        }
        self.enter_recursive(" while calling a Python object")?;
        let r = self.call_type_inner(cls, args, kwnames);
        self.depth -= 1;
        r
    }

    fn call_type_inner(&mut self, cls: &Rc<Type>, args: &[Value], kwnames: &[Value]) -> PyResult {
        // `(cls, *args)`, then `(obj, *args)`: on the Rust stack for the usual few arguments
        // (a type call is as common as `str(x)`; a vector would cost an allocation).
        let mut small: [Value; 4] = [Value::None, Value::None, Value::None, Value::None];
        let mut big: Vec<Value>;
        let full: &mut [Value] = if args.len() < small.len() {
            small[1..=args.len()].clone_from_slice(args);
            &mut small[..=args.len()]
        } else {
            big = Vec::with_capacity(args.len() + 1);
            big.push(Value::None);
            big.extend_from_slice(args);
            &mut big
        };
        full[0] = Value::Type(cls.clone());
        if let NativeNew::Only(new) = self.native_new(cls) {
            return new(self, full, kwnames);
        }
        let new = cls
            .lookup("__new__")
            .expect("object defines __new__")
            .relocate();
        let new = match new.payload() {
            Some(Payload::StaticMethod(f)) => f.clone(),
            _ => new,
        };
        let obj = match new.payload() {
            Some(Payload::MethodDescr(d)) => (d.func)(self, full, kwnames)?,
            _ => self.call(&new, full, kwnames)?,
        };
        if !self.isinstance_type(&obj, cls) {
            return Ok(obj);
        }
        let t = self.type_of(&obj);
        let init = t
            .lookup("__init__")
            .expect("object defines __init__")
            .relocate();
        // `object.__init__` would do nothing here: with extra arguments it only fails when
        // `object.__new__` ran too, and that already failed (as in CPython).
        if self
            .types
            .object
            .lookup("__init__")
            .is_some_and(|o| o.is(&init))
        {
            return Ok(obj);
        }
        full[0] = obj.clone();
        let r = match init.payload() {
            Some(Payload::MethodDescr(d)) => (d.func)(self, full, kwnames)?,
            _ => self.call(&init, full, kwnames)?,
        };
        if !r.is_none() {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&r)
            )));
        }
        Ok(obj)
    }

    /// Whether calling built-in type `cls` comes down to its native `__new__` (worked out
    /// once: a built-in type's attributes are fixed once it is set up).
    fn native_new(&self, cls: &Rc<Type>) -> NativeNew {
        if cls.heap {
            return NativeNew::No;
        }
        if let NativeNew::Unknown = cls.native_new.get() {
            let object_init = self.types.object.lookup("__init__");
            let init_is_object = match (cls.lookup("__init__"), object_init) {
                (Some(a), Some(b)) => a.is(&b),
                _ => false,
            };
            let new = match cls.lookup("__new__").as_ref().and_then(|v| v.payload()) {
                Some(Payload::StaticMethod(f)) => match f.payload() {
                    Some(Payload::MethodDescr(d)) => Some(d.func),
                    _ => None,
                },
                Some(Payload::MethodDescr(d)) => Some(d.func),
                _ => None,
            };
            cls.native_new.set(match new {
                Some(f) if init_is_object && cls.meta.is_none() => NativeNew::Only(f),
                _ => NativeNew::No,
            });
        }
        cls.native_new.get()
    }

    /// A new instance of `cls` with `payload`, with a `__dict__` if the class has one.
    pub fn new_instance(&self, cls: &Rc<Type>, payload: Payload) -> Value {
        // The object before its dict, as CPython allocates them: a script comparing the
        // reprs of two short-lived instances sees the freed address reused as CPython does.
        let o = Rc::new(Object::new(cls.clone(), payload));
        if cls.heap {
            let _ = o.dict.set(self.new_dict_obj());
        }
        Value::Obj(o)
    }

    /// `super()` with no arguments: `__class__` and the first argument of the frame.
    pub fn zero_arg_super(&mut self, f: &Frame) -> PyResult {
        let co = &f.code.co;
        if co.argcount == 0 && co.flags & flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let first = match co
            .cellvars
            .first()
            .filter(|_| f.code.cell2arg.first() == Some(&Some(0)))
        {
            Some(_) => match f.cells.first().and_then(|c| c.payload()) {
                Some(Payload::Cell(c)) => c.borrow().clone(),
                _ => None,
            },
            None => f.fast.first().cloned().flatten(),
        };
        let Some(obj) = first else {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        };
        let ncell = co.cellvars.len();
        let Some(i) = co.freevars.iter().position(|n| n == "__class__") else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let cls = match f.cells.get(ncell + i).and_then(|c| c.payload()) {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => None,
        };
        match cls {
            Some(Value::Type(t)) => self.make_super(&t, &obj),
            Some(_) => Err(self.runtime_error("super(): __class__ is not a type")),
            None => Err(self.runtime_error("super(): empty __class__ cell")),
        }
    }

    pub fn make_super(&mut self, t: &Rc<Type>, obj: &Value) -> PyResult {
        let obj_type = match obj {
            Value::Type(ot) if ot.is_subtype(t) => ot.clone(),
            _ => {
                let ot = self.type_of(obj);
                if !ot.is_subtype(t) {
                    return Err(self.type_error(
                        "super(type, obj): obj must be an instance or subtype of type",
                    ));
                }
                ot
            }
        };
        Ok(self.obj(
            &self.types.super_,
            Payload::Super(Box::new(SuperData {
                ty: t.clone(),
                obj: obj.clone(),
                obj_type,
            })),
        ))
    }
}

const GEN_FLAGS: u32 = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
