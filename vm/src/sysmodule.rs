//! The `sys` module: interpreter state scripts see (argv, path, modules, streams,
//! recursion limit, version).

use crate::builtins::StdStream;
use crate::object::*;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm, argv: &[String], path: &[String]) -> Rc<Object> {
    // Modules the VM itself provides, next to `sys`.
    vm.register_module("traceback", crate::tbmodule::init);
    let m = vm.new_module("sys");
    let stdout = stream(vm, StdStream::Out, "<stdout>");
    let stderr = stream(vm, StdStream::Err, "<stderr>");
    vm.set_attr_str(&m, "stdout", stdout.clone());
    vm.set_attr_str(&m, "stderr", stderr.clone());
    vm.set_attr_str(&m, "__stdout__", stdout);
    vm.set_attr_str(&m, "__stderr__", stderr);
    let a = argv.iter().map(|s| vm.new_str(s.as_str())).collect();
    let a = vm.new_list(a);
    vm.set_attr_str(&m, "argv", a);
    let p = path.iter().map(|s| vm.new_str(s.as_str())).collect();
    let p = vm.new_list(p);
    vm.set_attr_str(&m, "path", p);
    vm.set_attr_str(&m, "modules", Value::Obj(vm.modules.clone()));
    vm.set_attr_str(&m, "version", vm.new_str("3.10.2 (pyco) [Rust]"));
    vm.set_attr_str(&m, "hexversion", Value::Int(0x030a02f0));
    vm.set_attr_str(&m, "maxsize", Value::Int(i64::MAX));
    vm.set_attr_str(&m, "byteorder", vm.new_str("little"));
    vm.set_attr_str(&m, "platform", vm.new_str("linux"));
    vm.set_attr_str(&m, "implementation_name", vm.new_str("pyco"));
    vm.set_attr_str(
        &m,
        "executable",
        vm.new_str(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    vm.set_attr_str(&m, "builtin_module_names", vm.new_tuple(vec![]));
    vm.set_attr_str(&m, "maxunicode", Value::Int(0x10ffff));
    crate::types::structseq::add_sys_info(vm, &m);
    vm.set_attr_str(&m, "dont_write_bytecode", Value::Bool(true));
    vm.add_function(&m, "displayhook", default_displayhook);
    let hook = vm.getattr_str(&Value::Obj(m.clone()), "displayhook");
    if let Ok(hook) = hook {
        vm.set_attr_str(&m, "__displayhook__", hook);
    }
    vm.add_function(&m, "excepthook", default_excepthook);
    let hook = vm.getattr_str(&Value::Obj(m.clone()), "excepthook");
    if let Ok(hook) = hook {
        vm.set_attr_str(&m, "__excepthook__", hook);
    }
    vm.add_function(&m, "unraisablehook", default_unraisablehook);
    let hook = vm.getattr_str(&Value::Obj(m.clone()), "unraisablehook");
    if let Ok(hook) = hook {
        vm.set_attr_str(&m, "__unraisablehook__", hook);
    }
    vm.add_function(&m, "exit", |vm, a, kw| {
        let a = vm.check_args("exit", a, kw, 0, 1)?;
        let cls = vm.exc("SystemExit");
        let e = vm.new_exception(&cls, a.to_vec());
        vm.init_exception_attrs(&e);
        Err(e)
    });
    vm.add_function(&m, "set_coroutine_origin_tracking_depth", |vm, a, kw| {
        let b = vm.bind_args("set_coroutine_origin_tracking_depth", a, kw, &["depth"], 1)?;
        let depth = b[0].clone().unwrap_or(Value::None);
        if matches!(depth, Value::Float(_)) {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = vm.to_i64(&depth)?;
        if n < 0 {
            return Err(vm.value_error("depth must be >= 0"));
        }
        vm.coroutine_origin_depth = n as usize;
        Ok(Value::None)
    });
    vm.add_function(&m, "get_coroutine_origin_tracking_depth", |vm, a, kw| {
        vm.no_args("sys.get_coroutine_origin_tracking_depth", a, kw)?;
        Ok(Value::Int(vm.coroutine_origin_depth as i64))
    });
    vm.add_function(&m, "getrecursionlimit", |vm, _, _| {
        Ok(Value::Int(vm.requested_recursion_limit as i64))
    });
    vm.add_function(&m, "setrecursionlimit", |vm, a, kw| {
        let a = vm.check_args("setrecursionlimit", a, kw, 1, 1)?;
        if matches!(a[0], Value::Float(_)) {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = vm.to_i64(&a[0])?;
        if n < 1 {
            return Err(vm.value_error("recursion limit must be greater or equal than 1"));
        }
        if (n as usize) <= vm.depth {
            return Err(vm.new_error(
                "RecursionError",
                format!(
                    "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                    n, vm.depth
                ),
            ));
        }
        vm.requested_recursion_limit = n as usize;
        vm.recursion_limit = (n as usize).min(crate::vm::MAX_RECURSION_DEPTH);
        Ok(Value::None)
    });
    vm.add_function(&m, "exc_info", |vm, _, _| {
        let e = vm.exc_info.clone();
        match &e {
            Value::Obj(o) => {
                let t = Value::Type(o.class.clone());
                let tb = vm.exc_traceback(o);
                Ok(vm.new_tuple(vec![t, e.clone(), tb]))
            }
            _ => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
        }
    });
    vm.add_function(&m, "_getframe", |vm, a, kw| {
        let a = vm.check_args("_getframe", a, kw, 0, 1)?;
        let depth = match a.first() {
            Some(Value::Int(d)) => *d,
            Some(v) => vm.index_value(v)?.unwrap_or(0),
            None => 0,
        };
        vm.frame_object(depth.max(0) as usize)
    });
    vm.add_function(&m, "getsizeof", getsizeof);
    vm.add_function(&m, "intern", |_, a, _| Ok(a[0].clone()));
    vm.add_function(
        &m,
        "set_asyncgen_hooks",
        crate::types::asyncgen::sys_set_hooks,
    );
    vm.add_function(
        &m,
        "get_asyncgen_hooks",
        crate::types::asyncgen::sys_get_hooks,
    );
    vm.add_function(&m, "getdefaultencoding", |vm, _, _| Ok(vm.new_str("utf-8")));
    let modules = Value::Obj(vm.modules.clone());
    vm.dict_set_str(&modules, "sys", Value::Obj(m.clone()));
    vm.sys = Some(m.clone());
    init_stream_type(vm);
    m
}

fn stream(vm: &Vm, which: StdStream, _name: &str) -> Value {
    let t = vm.aux_type("_io.TextIOWrapper");
    vm.obj(&t, Payload::Native(Box::new(which)))
}

/// `sys.excepthook(type, value, traceback)`'s default: prints the report of an uncaught
/// exception to stderr.
fn default_excepthook(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("excepthook() takes no keyword arguments"));
    }
    let [_, value, tb] = a else {
        let msg = format!("excepthook expected 3 arguments, got {}", a.len());
        return Err(vm.type_error(msg));
    };
    let e = match value {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => o.clone(),
        other => {
            let msg = format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                vm.type_name(other)
            );
            vm.stdout.borrow_mut().flush();
            vm.stderr.borrow_mut().write_str(&msg);
            return Ok(Value::None);
        }
    };
    // As `_PyErr_Display`: `traceback` is shown only for an exception that has none.
    if let (Payload::Exception(d), Some(Payload::Traceback(_))) = (&e.payload, tb.payload()) {
        d.borrow_mut().traceback.get_or_insert_with(|| tb.clone());
    }
    vm.print_exception(&e);
    Ok(Value::None)
}

/// `sys.unraisablehook`'s default: writes the report to stderr.
fn default_unraisablehook(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let arg = vm.one_arg("sys.unraisablehook", a, kw)?.clone();
    let t = vm.unraisable_args_type();
    let items = match arg.as_tuple() {
        Some(items) if vm.type_of(&arg).is_subtype(&t) => items.to_vec(),
        _ => {
            return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"))
        }
    };
    let [exc_type, exc_value, tb, err_msg, obj] = &items[..] else {
        return Ok(Value::None);
    };
    let err_msg = match err_msg {
        Value::None => None,
        m => Some(vm.str_string(m)?),
    };
    let e = match exc_value {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => o.clone(),
        _ => match exc_type {
            Value::Type(t) => vm.new_exception(t, vec![]),
            _ => return Ok(Value::None),
        },
    };
    vm.write_unraisable(err_msg, &e, tb, obj);
    Ok(Value::None)
}

/// `sys.displayhook`'s default: the repr of a value other than None goes to `sys.stdout`
/// and the value to `builtins._` (cleared first, so printing may show the old one gone).
fn default_displayhook(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let v = vm.one_arg("displayhook", a, kw)?.clone();
    if v.is_none() {
        return Ok(Value::None);
    }
    let builtins = vm.builtins.clone();
    vm.set_attr_str(&builtins, "_", Value::None);
    let text = vm.repr_string(&v)?;
    let Some(out) = vm.sys_attr("stdout").filter(|o| !o.is_none()) else {
        return Err(vm.runtime_error("lost sys.stdout"));
    };
    vm.write_to(&out, &format!("{text}\n"))?;
    vm.set_attr_str(&builtins, "_", v);
    Ok(Value::None)
}

fn init_stream_type(vm: &mut Vm) {
    let t = vm.aux_type("_io.TextIOWrapper");
    vm.add_method(&t, "write", |vm, a, kw| {
        let a = vm.check_args("write", a, kw, 2, 2)?;
        let Some(s) = a[1].as_str() else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(&a[1])
            )));
        };
        let s = s.to_string();
        vm.write_to(&a[0], &s)?;
        Ok(Value::Int(s.chars().count() as i64))
    });
    vm.add_method(&t, "flush", |vm, a, _| {
        vm.flush_file(&a[0])?;
        Ok(Value::None)
    });
    vm.add_method(&t, "isatty", |_, _, _| Ok(Value::Bool(false)));
    vm.add_method(&t, "fileno", |_, a, _| match a[0].payload() {
        Some(Payload::Native(n)) => Ok(Value::Int(match n.downcast_ref::<StdStream>() {
            Some(StdStream::Err) => 2,
            _ => 1,
        })),
        _ => Ok(Value::Int(1)),
    });
    vm.add_getter(&t, "encoding", |vm, _, _| Ok(vm.new_str("utf-8")), None);
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` (looked up on its type) plus the
/// collector's header for objects it tracks; `default` when that fails with TypeError.
fn getsizeof(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args("getsizeof", a, kw, &["object", "default"], 1)?;
    let obj = b[0].clone().expect("required");
    let size = sizeof_call(vm, &obj);
    match size {
        Err(e) if b[1].is_some() && vm.is_instance_of(&e, "TypeError") => {
            Ok(b[1].clone().expect("checked"))
        }
        Err(e) => Err(e),
        Ok(n) if n < 0 => Err(vm.new_error("ValueError", "__sizeof__() should return >= 0")),
        Ok(n) => {
            let gc = if crate::sizes::gc_tracked(&obj) {
                crate::sizes::GC_HEAD
            } else {
                0
            };
            // (A size_t in CPython: past i64::MAX only for a lying `__sizeof__`.)
            match n.checked_add(gc) {
                Some(size) => Ok(Value::Int(size)),
                None => Ok(vm.new_bigint(num_bigint::BigInt::from(n) + gc)),
            }
        }
    }
}

/// `type(obj).__sizeof__(obj)` as an integer.
fn sizeof_call(vm: &mut Vm, obj: &Value) -> PyResult<i64> {
    let t = vm.type_of(obj);
    let Some(method) = t.lookup("__sizeof__") else {
        let msg = format!("Type {} doesn't define __sizeof__", vm.type_name(obj));
        return Err(vm.type_error(msg));
    };
    let result = vm.call_method_value(&method, obj, &[])?;
    match result {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => match result.payload() {
            Some(Payload::Int(b)) => i64::try_from(b).map_err(|_| {
                vm.new_error(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )
            }),
            _ => Err(vm.type_error("an integer is required")),
        },
    }
}
