//! Making and testing exceptions.

use crate::eval::Frame;
use crate::object::*;
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// A new instance of exception class `cls` with `args`.
    pub fn new_exception(&self, cls: &Rc<Type>, args: Vec<Value>) -> PyErr {
        let args = self.new_tuple(args);
        let o = Rc::new(Object::new(
            cls.clone(),
            Payload::Exception(RefCell::new(ExcData {
                args,
                traceback: None,
                cause: None,
                context: None,
                suppress_context: false,
            })),
        ));
        let _ = o.dict.set(self.new_dict_obj());
        o
    }

    /// A new exception of the built-in class named `cls` with one message argument.
    pub fn new_error(&self, cls: &str, msg: impl Into<String>) -> PyErr {
        let cls = self.exc(cls);
        let msg: String = msg.into();
        let e = self.new_exception(&cls, vec![self.new_str(msg)]);
        self.init_exception_attrs(&e);
        e
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        let cls = self.exc("KeyError");
        self.new_exception(&cls, vec![key])
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let cls = self.exc("StopIteration");
        let e = self.new_exception(&cls, if value.is_none() { vec![] } else { vec![value] });
        self.init_exception_attrs(&e);
        e
    }

    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.name(), name),
            Value::Obj(o) if matches!(o.payload, Payload::Module(_)) => {
                let Payload::Module(m) = &o.payload else {
                    unreachable!()
                };
                format!("module '{m}' has no attribute '{name}'")
            }
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let e = self.new_error("AttributeError", msg);
        self.set_exc_attr(&e, "name", self.new_str(name));
        self.set_exc_attr(&e, "obj", obj.clone());
        e
    }

    pub fn name_error(&self, name: &str, _f: &Frame) -> PyErr {
        let e = self.new_error("NameError", format!("name '{name}' is not defined"));
        self.set_exc_attr(&e, "name", self.new_str(name));
        e
    }

    /// `_Py_EnterRecursiveCall(where)`: one more level of nesting, or RecursionError past
    /// `sys.getrecursionlimit()`. CPython counts Python frames, native calls, `repr()`,
    /// `str()` and comparisons alike; counting the same places gives the same error at the
    /// same depth (and keeps native recursion off the Rust stack's limits).
    #[inline]
    pub fn enter_recursive(&mut self, where_: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit || self.native_stack_exhausted() {
            return Err(self.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded{where_}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    /// `PyErr_NoMemory()`: a MemoryError without arguments.
    pub fn memory_error(&self) -> PyErr {
        self.new_exception(&self.exc("MemoryError"), vec![])
    }

    /// MemoryError unless `count` items of `item_bytes` each fit in one CPython object
    /// (see `MAX_OBJECT_BYTES`).
    pub fn check_alloc(&self, count: usize, item_bytes: usize) -> PyResult<()> {
        match count.checked_mul(item_bytes) {
            Some(n) if n <= crate::MAX_OBJECT_BYTES => Ok(()),
            _ => Err(self.memory_error()),
        }
    }

    /// The size check of a new `bytes` (`PyBytes_FromStringAndSize`: OverflowError) or
    /// `bytearray` (MemoryError) of `n` bytes like `like`.
    pub fn check_bytes_alloc(&self, n: usize, bytearray: bool) -> PyResult<()> {
        if !bytearray && n > crate::MAX_OBJECT_BYTES {
            return Err(self.overflow_error("byte string is too large"));
        }
        self.check_alloc(n, 1)
    }

    /// `str * n` / `bytes * n` of `len` items: OverflowError when the length overflows
    /// the reference build's `Py_ssize_t`, MemoryError when it cannot be allocated.
    pub fn check_repeat(&self, len: usize, n: usize, what: &str) -> PyResult<()> {
        match len.checked_mul(n) {
            Some(total) if total <= i32::MAX as usize => self.check_alloc(total, 1),
            _ => Err(self.overflow_error(format!("repeated {what} too long"))),
        }
    }

    /// Whether native recursion got close to the end of the thread's stack (only when the
    /// recursion limit was raised far beyond what the stack holds).
    #[inline]
    pub fn native_stack_exhausted(&self) -> bool {
        crate::vm::stack_address() < self.stack_floor
    }

    /// Runs a native function as a counted call (`" while calling a Python object"`).
    #[inline]
    pub fn call_native(&mut self, f: NativeFn, args: &[Value], kwnames: &[Value]) -> PyResult {
        self.enter_recursive(" while calling a Python object")?;
        let r = f(self, args, kwnames);
        self.depth -= 1;
        r
    }

    /// Converts the numeric core's error into the Python exception it names.
    pub fn num_err(&self, e: pyco_compiler::num::NumError) -> PyErr {
        self.named_err(e.class, e.msg)
    }

    pub fn format_err(&self, e: crate::format::FormatError) -> PyErr {
        self.named_err(e.class, e.msg)
    }

    pub fn text_err(&self, e: crate::text::TextError) -> PyErr {
        self.named_err(e.class, e.msg)
    }

    fn named_err(&self, class: &str, msg: String) -> PyErr {
        if msg.is_empty() {
            let cls = self.exc(class);
            return self.new_exception(&cls, vec![]);
        }
        self.new_error(class, msg)
    }

    pub fn set_exc_attr(&self, e: &PyErr, name: &str, v: Value) {
        if let Some(d) = e.dict.get() {
            if let Payload::Dict(d) = &d.payload {
                d.borrow_mut().set_str(self.new_str(name), v);
            }
        }
    }

    /// Whether `e` is an instance of the built-in exception named `cls`.
    pub fn is_instance_of(&self, e: &PyErr, cls: &str) -> bool {
        e.class.is_subtype(&self.exc(cls))
    }

    /// `except` matching: `right` is a class or a tuple of classes.
    pub fn exception_matches(&mut self, left: &Value, right: &Value) -> PyResult<bool> {
        let left_t = match left {
            Value::Type(t) => t.clone(),
            other => self.type_of(other),
        };
        let base = self.types.base_exception.clone();
        let check = |r: &Value| -> Option<bool> {
            match r {
                Value::Type(t) if t.is_subtype(&base) => Some(left_t.is_subtype(t)),
                _ => None,
            }
        };
        if let Some(items) = right.as_tuple() {
            let mut any = false;
            for r in items {
                match check(r) {
                    Some(m) => any |= m,
                    None => return Err(self.type_error(CATCH_MSG)),
                }
            }
            return Ok(any);
        }
        check(right).ok_or_else(|| self.type_error(CATCH_MSG))
    }

    /// The exception `raise exc [from cause]` raises.
    pub fn make_raise(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let e = self.exception_instance(exc, "exceptions must derive from BaseException")?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                c => Some(Value::Obj(self.exception_instance(
                    c,
                    "exception causes must derive from BaseException",
                )?)),
            };
            if let Payload::Exception(d) = &e.payload {
                let mut d = d.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        Ok(e)
    }

    /// An exception instance from a class (instantiated with no args) or an instance.
    fn exception_instance(&mut self, v: Value, msg: &str) -> PyResult<PyErr> {
        let base = self.types.base_exception.clone();
        match &v {
            Value::Type(t) if t.is_subtype(&base) => {
                let inst = self.call(&v, &[], &[])?;
                match inst {
                    Value::Obj(o) if o.class.is_subtype(&base) => Ok(o),
                    other => {
                        let r = self.repr_string(&v)?;
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r,
                            self.type_name(&other)
                        )))
                    }
                }
            }
            Value::Obj(o) if o.class.is_subtype(&base) => Ok(o.clone()),
            _ => Err(self.type_error(msg)),
        }
    }

    /// Attributes some exception classes set from their arguments (`StopIteration.value`,
    /// `SystemExit.code`), for exceptions made natively.
    pub fn init_exception_attrs(&self, e: &PyErr) {
        let Payload::Exception(d) = &e.payload else {
            return;
        };
        let args = d.borrow().args.clone();
        let args = args.as_tuple().unwrap_or(&[]);
        let first = args.first().cloned().unwrap_or(Value::None);
        if e.class.is_subtype(&self.exc("StopIteration")) {
            self.set_exc_attr(e, "value", first);
        } else if e.class.is_subtype(&self.exc("SystemExit")) {
            let code = if args.len() > 1 {
                self.new_tuple(args.to_vec())
            } else {
                first
            };
            self.set_exc_attr(e, "code", code);
        }
    }
}

const CATCH_MSG: &str = "catching classes that do not inherit from BaseException is not allowed";
