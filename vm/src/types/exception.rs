//! The exception hierarchy of 3.10 and `BaseException`'s behaviour.

use crate::object::*;
use crate::types::typeobj::new_static_type;
use crate::Vm;
use std::rc::Rc;

/// (name, base) in creation order.
const HIERARCHY: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

pub fn init_hierarchy(vm: &mut Vm) {
    let base = vm.types.base_exception.clone();
    vm.exceptions.insert("BaseException", base);
    for (name, parent) in HIERARCHY {
        let p = vm.exceptions[parent].clone();
        let t = new_static_type(name, Some(&p), Layout::Exception, true);
        vm.exceptions.insert(name, t);
    }
}

pub fn names() -> impl Iterator<Item = &'static str> {
    std::iter::once("BaseException").chain(HIERARCHY.iter().map(|(n, _)| *n))
}

fn data(v: &Value) -> &std::cell::RefCell<ExcData> {
    match v.payload() {
        Some(Payload::Exception(d)) => d,
        _ => panic!("not an exception"),
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.base_exception.clone();
    vm.add_staticmethod(&t, "__new__", |vm, a, kw| {
        let Value::Type(cls) = &a[0] else {
            return Err(vm.type_error("BaseException.__new__(X): X is not a type"));
        };
        let cls = cls.clone();
        let pos = crate::args::positional(&a[1..], kw);
        let e = vm.new_exception(&cls, pos.to_vec());
        Ok(Value::Obj(e))
    });
    vm.add_method(&t, "__init__", |vm, a, kw| {
        let pos = crate::args::positional(&a[1..], kw);
        let cls = vm.type_of(&a[0]);
        if !kw.is_empty() && !cls.heap {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", cls.name())));
        }
        data(&a[0]).borrow_mut().args = vm.new_tuple(pos.to_vec());
        if let Value::Obj(e) = &a[0] {
            vm.init_exception_attrs(e);
        }
        Ok(Value::None)
    });
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let args = data(&a[0]).borrow().args.clone();
        let name = vm.type_of(&a[0]).name();
        let items = args.as_tuple().unwrap_or(&[]).to_vec();
        let inner = if items.len() == 1 {
            vm.repr_string(&items[0])?
        } else {
            let r = vm.repr_string(&args)?;
            r[1..r.len() - 1].to_string()
        };
        Ok(vm.new_str(format!("{name}({inner})")))
    });
    vm.add_method(&t, "__str__", |vm, a, _| {
        let args = data(&a[0]).borrow().args.clone();
        let items = args.as_tuple().unwrap_or(&[]).to_vec();
        match items.len() {
            0 => Ok(vm.new_str("")),
            1 => vm.to_str(&items[0]),
            _ => vm.to_str(&args),
        }
    });
    vm.add_getter(
        &t,
        "args",
        |_, a, _| Ok(data(&a[0]).borrow().args.clone()),
        Some(|vm, a, _| {
            let items = vm.collect(&a[1])?;
            data(&a[0]).borrow_mut().args = vm.new_tuple(items);
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__traceback__",
        |_, a, _| {
            Ok(data(&a[0])
                .borrow()
                .traceback
                .clone()
                .unwrap_or(Value::None))
        },
        Some(|_, a, _| {
            data(&a[0]).borrow_mut().traceback = if a[1].is_none() {
                None
            } else {
                Some(a[1].clone())
            };
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__cause__",
        |_, a, _| Ok(data(&a[0]).borrow().cause.clone().unwrap_or(Value::None)),
        Some(|_, a, _| {
            let mut d = data(&a[0]).borrow_mut();
            d.cause = if a[1].is_none() {
                None
            } else {
                Some(a[1].clone())
            };
            d.suppress_context = true;
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__context__",
        |_, a, _| Ok(data(&a[0]).borrow().context.clone().unwrap_or(Value::None)),
        Some(|_, a, _| {
            data(&a[0]).borrow_mut().context = if a[1].is_none() {
                None
            } else {
                Some(a[1].clone())
            };
            Ok(Value::None)
        }),
    );
    vm.add_getter(
        &t,
        "__suppress_context__",
        |_, a, _| Ok(Value::Bool(data(&a[0]).borrow().suppress_context)),
        Some(|vm, a, _| {
            let b = vm.truthy(&a[1])?;
            data(&a[0]).borrow_mut().suppress_context = b;
            Ok(Value::None)
        }),
    );
    vm.add_method(&t, "with_traceback", |_, a, _| {
        data(&a[0]).borrow_mut().traceback = if a[1].is_none() {
            None
        } else {
            Some(a[1].clone())
        };
        Ok(a[0].clone())
    });
    vm.add_method(&t, "__reduce__", |vm, a, _| {
        let cls = Value::Type(vm.type_of(&a[0]));
        let args = data(&a[0]).borrow().args.clone();
        Ok(vm.new_tuple(vec![cls, args]))
    });

    let ke = vm.exc("KeyError");
    vm.add_method(&ke, "__str__", |vm, a, _| {
        let args = data(&a[0]).borrow().args.clone();
        let items = args.as_tuple().unwrap_or(&[]).to_vec();
        match items.len() {
            1 => vm.repr(&items[0]),
            0 => Ok(vm.new_str("")),
            _ => vm.to_str(&args),
        }
    });
    let ie = vm.exc("ImportError");
    vm.add_method(&ie, "__init__", |vm, a, kw| {
        let pos = crate::args::positional(&a[1..], kw);
        data(&a[0]).borrow_mut().args = vm.new_tuple(pos.to_vec());
        let Value::Obj(e) = &a[0] else { unreachable!() };
        let msg = pos.first().cloned().unwrap_or(Value::None);
        vm.set_exc_attr(e, "msg", msg);
        vm.set_exc_attr(
            e,
            "name",
            crate::args::keyword(a, kw, "name").unwrap_or(Value::None),
        );
        vm.set_exc_attr(
            e,
            "path",
            crate::args::keyword(a, kw, "path").unwrap_or(Value::None),
        );
        Ok(Value::None)
    });
    let oe = vm.exc("OSError");
    vm.add_method(&oe, "__init__", |vm, a, kw| {
        let pos = crate::args::positional(&a[1..], kw).to_vec();
        data(&a[0]).borrow_mut().args = vm.new_tuple(pos.clone());
        let Value::Obj(e) = &a[0] else { unreachable!() };
        let (errno, strerror, filename) = if (2..=5).contains(&pos.len()) {
            (
                pos[0].clone(),
                pos[1].clone(),
                pos.get(2).cloned().unwrap_or(Value::None),
            )
        } else {
            (Value::None, Value::None, Value::None)
        };
        if pos.len() >= 3 {
            data(&a[0]).borrow_mut().args = vm.new_tuple(pos[..2].to_vec());
        }
        vm.set_exc_attr(e, "errno", errno);
        vm.set_exc_attr(e, "strerror", strerror);
        vm.set_exc_attr(e, "filename", filename);
        vm.set_exc_attr(e, "filename2", Value::None);
        Ok(Value::None)
    });
    vm.add_method(&oe, "__str__", |vm, a, _| {
        let errno = vm.getattr_str(&a[0], "errno")?;
        let strerror = vm.getattr_str(&a[0], "strerror")?;
        let filename = vm.getattr_str(&a[0], "filename")?;
        if !errno.is_none() && !strerror.is_none() {
            let s = vm.str_string(&strerror)?;
            let en = vm.str_string(&errno)?;
            if !filename.is_none() {
                let f = vm.repr_string(&filename)?;
                return Ok(vm.new_str(format!("[Errno {en}] {s}: {f}")));
            }
            return Ok(vm.new_str(format!("[Errno {en}] {s}")));
        }
        let args = data(&a[0]).borrow().args.clone();
        let items = args.as_tuple().unwrap_or(&[]).to_vec();
        match items.len() {
            0 => Ok(vm.new_str("")),
            1 => vm.to_str(&items[0]),
            _ => vm.to_str(&args),
        }
    });
    let se = vm.exc("SyntaxError");
    vm.add_method(&se, "__init__", syntax_error_init);
    vm.add_method(&se, "__str__", |vm, a, _| {
        let msg = vm.getattr_opt(&a[0], "msg")?.unwrap_or(Value::None);
        let msg = if msg.is_none() {
            let args = data(&a[0]).borrow().args.clone();
            args.as_tuple()
                .and_then(|t| t.first().cloned())
                .unwrap_or(Value::None)
        } else {
            msg
        };
        let m = vm.str_string(&msg)?;
        let filename = vm.getattr_opt(&a[0], "filename")?.unwrap_or(Value::None);
        let lineno = vm.getattr_opt(&a[0], "lineno")?.unwrap_or(Value::None);
        let fname = filename
            .as_str()
            .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        Ok(vm.new_str(match (fname, &lineno) {
            (Some(f), Value::Int(l)) => format!("{m} ({f}, line {l})"),
            (Some(f), _) => format!("{m} ({f})"),
            (None, Value::Int(l)) => format!("{m} (line {l})"),
            _ => m,
        }))
    });
    for name in ["NameError", "AttributeError"] {
        let t = vm.exc(name);
        vm.add_method(&t, "__init__", |vm, a, kw| {
            let pos = crate::args::positional(&a[1..], kw);
            data(&a[0]).borrow_mut().args = vm.new_tuple(pos.to_vec());
            let Value::Obj(e) = &a[0] else { unreachable!() };
            vm.set_exc_attr(
                e,
                "name",
                crate::args::keyword(a, kw, "name").unwrap_or(Value::None),
            );
            if e.class.is_subtype(&vm.exc("AttributeError")) {
                vm.set_exc_attr(
                    e,
                    "obj",
                    crate::args::keyword(a, kw, "obj").unwrap_or(Value::None),
                );
            }
            Ok(Value::None)
        });
    }
    let _: Rc<Type> = vm.exc("Exception");
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
fn syntax_error_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let pos = crate::args::positional(&a[1..], kw).to_vec();
    data(&a[0]).borrow_mut().args = vm.new_tuple(pos.clone());
    let Value::Obj(e) = &a[0] else { unreachable!() };
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    let details = match pos.get(1) {
        Some(d) if pos.len() == 2 => {
            let items = vm.collect(d)?;
            if !(4..=6).contains(&items.len()) {
                return Err(vm.index_error("tuple index out of range"));
            }
            items
        }
        _ => Vec::new(),
    };
    vm.set_exc_attr(e, "msg", pos.first().cloned().unwrap_or(Value::None));
    for (i, n) in names.iter().enumerate() {
        vm.set_exc_attr(e, n, details.get(i).cloned().unwrap_or(Value::None));
    }
    vm.set_exc_attr(e, "print_file_and_line", Value::None);
    Ok(Value::None)
}
