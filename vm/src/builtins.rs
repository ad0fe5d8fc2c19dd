//! The `builtins` module.

use crate::args::{keyword, positional};
use crate::object::*;
use crate::types::iter::IterState;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let types = [
        ("object", vm.types.object.clone()),
        ("type", vm.types.type_.clone()),
        ("int", vm.types.int.clone()),
        ("bool", vm.types.bool_.clone()),
        ("float", vm.types.float.clone()),
        ("complex", vm.types.complex.clone()),
        ("str", vm.types.str.clone()),
        ("bytes", vm.types.bytes.clone()),
        ("bytearray", vm.types.bytearray.clone()),
        ("list", vm.types.list.clone()),
        ("tuple", vm.types.tuple.clone()),
        ("dict", vm.types.dict.clone()),
        ("set", vm.types.set.clone()),
        ("frozenset", vm.types.frozenset.clone()),
        ("range", vm.types.range.clone()),
        ("slice", vm.types.slice.clone()),
        ("property", vm.types.property.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("super", vm.types.super_.clone()),
    ];
    for (name, t) in types {
        vm.set_attr_str(&b, name, Value::Type(t));
    }
    let mv = vm.aux_type("memoryview");
    vm.set_attr_str(&b, "memoryview", Value::Type(mv));
    for name in crate::types::exception::names() {
        let t = vm.exc(name);
        vm.set_attr_str(&b, name, Value::Type(t));
    }
    let os_error = Value::Type(vm.exc("OSError"));
    vm.set_attr_str(&b, "EnvironmentError", os_error.clone());
    vm.set_attr_str(&b, "IOError", os_error);
    vm.set_attr_str(&b, "None", Value::None);
    vm.set_attr_str(&b, "Ellipsis", vm.singletons.ellipsis.clone());
    vm.set_attr_str(&b, "NotImplemented", vm.singletons.not_implemented.clone());
    vm.set_attr_str(&b, "False", Value::Bool(false));
    vm.set_attr_str(&b, "True", Value::Bool(true));
    vm.set_attr_str(&b, "__debug__", Value::Bool(true));
    vm.set_attr_str(&b, "__name__", vm.new_str("builtins"));
    vm.set_attr_str(&b, "__doc__", Value::None);
    let funcs: &[(&'static str, NativeFn)] = &[
        ("__build_class__", crate::types::typeobj::build_class),
        ("__import__", builtin_import),
        ("print", builtin_print),
        ("len", |vm, a, kw| {
            let v = vm.one_arg("len", a, kw)?;
            Ok(Value::Int(vm.len(v)? as i64))
        }),
        ("repr", |vm, a, kw| {
            let v = vm.one_arg("repr", a, kw)?;
            vm.repr(v)
        }),
        ("ascii", |vm, a, kw| {
            let v = vm.one_arg("ascii", a, kw)?;
            vm.ascii(v)
        }),
        ("abs", |vm, a, kw| {
            let v = vm.one_arg("abs", a, kw)?.clone();
            let t = vm.type_of(&v);
            match t.lookup("__abs__") {
                Some(m) => vm.call_method_value(&m, &v, &[]),
                None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", t.name()))),
            }
        }),
        ("all", |vm, a, kw| {
            let v = vm.one_arg("all", a, kw)?.clone();
            let it = vm.iter(&v)?;
            while let Some(x) = vm.next(&it)? {
                if !vm.truthy(&x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }),
        ("any", |vm, a, kw| {
            let v = vm.one_arg("any", a, kw)?.clone();
            let it = vm.iter(&v)?;
            while let Some(x) = vm.next(&it)? {
                if vm.truthy(&x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }),
        ("bin", |vm, a, kw| radix(vm, a, kw, "bin")),
        ("oct", |vm, a, kw| radix(vm, a, kw, "oct")),
        ("hex", |vm, a, kw| radix(vm, a, kw, "hex")),
        ("callable", |vm, a, kw| {
            let v = vm.one_arg("callable", a, kw)?;
            Ok(Value::Bool(vm.is_callable(v)))
        }),
        ("chr", |vm, a, kw| {
            let v = vm.one_arg("chr", a, kw)?.clone();
            let i = vm.to_i64(&v)?;
            if !(0..=0x10ffff).contains(&i) {
                return Err(vm.value_error("chr() arg not in range(0x110000)"));
            }
            match char::from_u32(i as u32) {
                Some(c) => Ok(vm.new_str(c.to_string())),
                None => Err(vm.value_error("pyco cannot represent lone surrogates yet")),
            }
        }),
        ("ord", |vm, a, kw| {
            let v = vm.one_arg("ord", a, kw)?;
            match v.payload() {
                Some(Payload::Str(s)) => {
                    if s.nchars != 1 {
                        return Err(vm.type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            s.nchars
                        )));
                    }
                    Ok(Value::Int(s.s.chars().next().map_or(0, |c| c as i64)))
                }
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    let b = crate::types::bytes::data(v);
                    match b.as_slice() {
                        [c] => Ok(Value::Int(*c as i64)),
                        _ => Err(vm.type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            b.len()
                        ))),
                    }
                }
                _ => Err(vm.type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    vm.type_name(v)
                ))),
            }
        }),
        ("getattr", |vm, a, kw| {
            let a = vm.check_args("getattr", a, kw, 2, 3)?;
            let name = a[1]
                .as_str()
                .ok_or_else(|| vm.type_error("getattr(): attribute name must be string"))?
                .to_string();
            match a.get(2) {
                Some(d) => Ok(vm.getattr_opt(&a[0], &name)?.unwrap_or_else(|| d.clone())),
                None => vm.getattr_str(&a[0], &name),
            }
        }),
        ("setattr", |vm, a, kw| {
            let a = vm.check_args("setattr", a, kw, 3, 3)?;
            if a[1].as_str().is_none() {
                return Err(vm.type_error(format!(
                    "attribute name must be string, not '{}'",
                    vm.type_name(&a[1])
                )));
            }
            vm.setattr(&a[0], &a[1], a[2].clone())?;
            Ok(Value::None)
        }),
        ("delattr", |vm, a, kw| {
            let a = vm.check_args("delattr", a, kw, 2, 2)?;
            if a[1].as_str().is_none() {
                return Err(vm.type_error(format!(
                    "attribute name must be string, not '{}'",
                    vm.type_name(&a[1])
                )));
            }
            vm.delattr(&a[0], &a[1])?;
            Ok(Value::None)
        }),
        ("hasattr", |vm, a, kw| {
            let a = vm.check_args("hasattr", a, kw, 2, 2)?;
            let name = a[1]
                .as_str()
                .ok_or_else(|| vm.type_error("hasattr(): attribute name must be string"))?
                .to_string();
            Ok(Value::Bool(vm.getattr_opt(&a[0], &name)?.is_some()))
        }),
        ("hash", |vm, a, kw| {
            let v = vm.one_arg("hash", a, kw)?.clone();
            Ok(Value::Int(vm.hash(&v)?))
        }),
        ("id", |vm, a, kw| {
            let v = vm.one_arg("id", a, kw)?;
            Ok(Value::Int(v.id() as i64))
        }),
        ("isinstance", |vm, a, kw| {
            let a = vm.check_args("isinstance", a, kw, 2, 2)?;
            Ok(Value::Bool(vm.isinstance(&a[0], &a[1])?))
        }),
        ("issubclass", |vm, a, kw| {
            let a = vm.check_args("issubclass", a, kw, 2, 2)?;
            Ok(Value::Bool(vm.issubclass(&a[0], &a[1])?))
        }),
        ("iter", |vm, a, kw| {
            let a = vm.check_args("iter", a, kw, 1, 2)?;
            match a.get(1) {
                None => vm.iter(&a[0]),
                Some(s) => {
                    if !vm.is_callable(&a[0]) {
                        return Err(vm.type_error("iter(v, w): v must be callable"));
                    }
                    Ok(vm.new_iter(
                        "callable_iterator",
                        IterState::Callable(a[0].clone(), s.clone()),
                    ))
                }
            }
        }),
        ("next", |vm, a, kw| {
            let a = vm.check_args("next", a, kw, 1, 2)?;
            let t = vm.type_of(&a[0]);
            if t.lookup("__next__").is_none() {
                return Err(vm.type_error(format!("'{}' object is not an iterator", t.name())));
            }
            if let Some(Payload::Generator(_)) = a[0].payload() {
                let o = a[0].as_obj().expect("generator").clone();
                return match vm.resume(&o, Value::None, None) {
                    Ok(crate::types::generator::Resumed::Yield(v)) => Ok(v),
                    Ok(crate::types::generator::Resumed::Return(r)) => match a.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => Err(vm.stop_iteration(r)),
                    },
                    Err(e) => Err(e),
                };
            }
            match a.get(1) {
                None => {
                    let m = t.lookup("__next__").expect("checked");
                    vm.call_method_value(&m, &a[0], &[])
                }
                Some(d) => Ok(vm.next(&a[0])?.unwrap_or_else(|| d.clone())),
            }
        }),
        ("enumerate", |vm, a, kw| {
            let bound = vm.bind_args("enumerate", a, kw, &["iterable", "start"], 1)?;
            let it = vm.iter(bound[0].as_ref().expect("required"))?;
            let start = bound[1].clone().unwrap_or(Value::Int(0));
            Ok(vm.new_iter("enumerate", IterState::Enumerate(it, start)))
        }),
        ("zip", |vm, a, kw| {
            let strict = match keyword(a, kw, "strict") {
                Some(s) => vm.truthy(&s)?,
                None => false,
            };
            let mut its = Vec::new();
            for (i, x) in positional(a, kw).iter().enumerate() {
                let it = vm.iter(x).map_err(|e| {
                    if vm.is_instance_of(&e, "TypeError") {
                        vm.type_error(format!("zip argument #{} must support iteration", i + 1))
                    } else {
                        e
                    }
                })?;
                its.push(it);
            }
            Ok(vm.new_iter("zip", IterState::Zip(its, strict)))
        }),
        ("map", |vm, a, kw| {
            let a = positional(a, kw);
            if a.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let mut its = Vec::new();
            for x in &a[1..] {
                its.push(vm.iter(x)?);
            }
            Ok(vm.new_iter("map", IterState::Map(a[0].clone(), its)))
        }),
        ("filter", |vm, a, kw| {
            let a = vm.check_args("filter", a, kw, 2, 2)?;
            let it = vm.iter(&a[1])?;
            Ok(vm.new_iter("filter", IterState::Filter(a[0].clone(), it)))
        }),
        ("reversed", |vm, a, kw| {
            let v = vm
                .one_arg("reversed", a, kw)
                .map_err(|_| {
                    vm.type_error(format!("reversed expected 1 argument, got {}", a.len()))
                })?
                .clone();
            let t = vm.type_of(&v);
            if let Some(m) = t.lookup("__reversed__") {
                return vm.call_method_value(&m, &v, &[]);
            }
            if t.lookup("__getitem__").is_none()
                || t.lookup("__len__").is_none()
                || v.as_dict().is_some()
            {
                return Err(vm.type_error(format!("'{}' object is not reversible", t.name())));
            }
            let n = vm.len(&v)?;
            Ok(vm.new_iter("reversed", IterState::Reversed(v, n)))
        }),
        ("sorted", |vm, a, kw| {
            let pos = positional(a, kw);
            if pos.len() != 1 {
                return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
            }
            let items = vm.collect(&pos[0])?;
            let l = vm.new_list(items);
            let sort = vm.getattr_str(&l, "sort")?;
            let kwvals: Vec<Value> = a[pos.len()..].to_vec();
            vm.call(&sort, &kwvals, kw)?;
            Ok(l)
        }),
        ("sum", builtin_sum),
        ("min", |vm, a, kw| min_max(vm, a, kw, true)),
        ("max", |vm, a, kw| min_max(vm, a, kw, false)),
        ("divmod", |vm, a, kw| {
            let a = vm.check_args("divmod", a, kw, 2, 2)?;
            let (x, y) = (a[0].clone(), a[1].clone());
            let tx = vm.type_of(&x);
            if let Some(m) = tx.lookup("__divmod__") {
                let r = vm.call_method_value(&m, &x, std::slice::from_ref(&y))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            let ty = vm.type_of(&y);
            if let Some(m) = ty.lookup("__rdivmod__") {
                let r = vm.call_method_value(&m, &y, std::slice::from_ref(&x))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                tx.name(),
                ty.name()
            )))
        }),
        ("pow", builtin_pow),
        ("round", |vm, a, kw| {
            let b = vm.bind_args("round", a, kw, &["number", "ndigits"], 1)?;
            let x = b[0].clone().expect("required");
            let t = vm.type_of(&x);
            match t.lookup("__round__") {
                Some(m) => {
                    let args: Vec<Value> = b[1].iter().cloned().collect();
                    vm.call_method_value(&m, &x, &args)
                }
                None => {
                    Err(vm.type_error(format!("type {} doesn't define __round__ method", t.name())))
                }
            }
        }),
        ("format", |vm, a, kw| {
            let a = vm.check_args("format", a, kw, 1, 2)?;
            let spec = a.get(1).cloned().unwrap_or_else(|| vm.new_str(""));
            if spec.as_str().is_none() {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(&spec)
                )));
            }
            vm.format(&a[0], &spec)
        }),
        ("vars", |vm, a, kw| {
            let a = vm.check_args("vars", a, kw, 0, 1)?;
            match a.first() {
                None => vm.locals_dict(),
                Some(v) => vm
                    .getattr_opt(v, "__dict__")?
                    .ok_or_else(|| vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }),
        ("dir", |vm, a, kw| {
            let a = vm.check_args("dir", a, kw, 0, 1)?;
            match a.first() {
                Some(v) => vm.dir(v),
                None => {
                    let l = vm.locals_dict()?;
                    let mut keys: Vec<Value> =
                        vm.mapping_items(&l)?.into_iter().map(|(k, _)| k).collect();
                    keys = vm.sort_values(keys, None, false).map_err(|(_, e)| e)?;
                    Ok(vm.new_list(keys))
                }
            }
        }),
        ("globals", |vm, a, kw| {
            vm.check_args("globals", a, kw, 0, 0)?;
            match vm.current_frame() {
                Some(f) => Ok(Value::Obj(f.globals.clone())),
                None => Ok(vm.new_dict()),
            }
        }),
        ("locals", |vm, a, kw| {
            vm.check_args("locals", a, kw, 0, 0)?;
            vm.locals_dict()
        }),
        ("exec", |vm, a, kw| {
            run_source(vm, a, kw, pyco_compiler::Mode::Exec)
        }),
        ("eval", |vm, a, kw| {
            run_source(vm, a, kw, pyco_compiler::Mode::Eval)
        }),
        ("compile", builtin_compile),
        ("input", |vm, a, kw| {
            let a = vm.check_args("input", a, kw, 0, 1)?;
            if let Some(p) = a.first() {
                let s = vm.str_string(p)?;
                vm.stdout.borrow_mut().write_str(&s);
            }
            vm.stdout.borrow_mut().flush();
            let mut line = String::new();
            match std::io::stdin().read_line(&mut line) {
                Ok(0) => Err(vm.new_error("EOFError", "EOF when reading a line")),
                Ok(_) => {
                    if line.ends_with('\n') {
                        line.pop();
                    }
                    Ok(vm.new_str(line))
                }
                Err(e) => Err(vm.new_error("OSError", e.to_string())),
            }
        }),
        ("aiter", |vm, a, kw| {
            let a = vm.check_args("aiter", a, kw, 1, 1)?;
            let t = vm.type_of(&a[0]);
            let Some(m) = t.lookup("__aiter__") else {
                return Err(vm.type_error(format!(
                    "'{}' object is not an async iterable",
                    vm.type_name(&a[0])
                )));
            };
            let it = vm.call_method_value(&m, &a[0], &[])?;
            if vm.type_of(&it).lookup("__anext__").is_none() {
                return Err(vm.type_error(format!(
                    "aiter() returned not an async iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }),
        ("anext", |vm, a, kw| {
            let a = vm.check_args("anext", a, kw, 1, 2)?;
            vm.builtin_anext(&a[0], a.get(1))
        }),
        ("exit", builtin_exit),
        ("quit", builtin_exit),
    ];
    for (name, f) in funcs {
        vm.add_function(&b, name, *f);
    }
}

fn builtin_exit(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("exit", a, kw, 0, 1)?;
    let cls = vm.exc("SystemExit");
    let e = vm.new_exception(&cls, a.to_vec());
    vm.init_exception_attrs(&e);
    Err(e)
}

fn builtin_import(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args(
        "__import__",
        a,
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = vm
        .expect_str(b[0].as_ref().expect("required"), "__import__() argument 1")?
        .to_string();
    let globals = b[1].clone().unwrap_or(Value::None);
    let fromlist = b[3].clone().unwrap_or(Value::None);
    let level = match &b[4] {
        Some(l) => vm.to_i64(l)? as usize,
        None => 0,
    };
    let globals = if globals.as_dict().is_some() {
        globals
    } else {
        vm.new_dict()
    };
    vm.import(&name, &globals, &fromlist, level)
}

fn builtin_print(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let pos = positional(a, kw);
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (i, k) in kw.iter().enumerate() {
        let v = &a[pos.len() + i];
        match k.as_str().unwrap_or_default() {
            "sep" => {
                if !v.is_none() {
                    sep = v
                        .as_str()
                        .ok_or_else(|| {
                            vm.type_error(format!(
                                "sep must be None or a string, not {}",
                                vm.type_name(v)
                            ))
                        })?
                        .to_string();
                }
            }
            "end" => {
                if !v.is_none() {
                    end = v
                        .as_str()
                        .ok_or_else(|| {
                            vm.type_error(format!(
                                "end must be None or a string, not {}",
                                vm.type_name(v)
                            ))
                        })?
                        .to_string();
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let mut text = String::new();
    for (i, v) in pos.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        match v {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) && !o.class.heap => {
                text.push_str(v.as_str().unwrap_or_default())
            }
            _ => text.push_str(&vm.str_string(v)?),
        }
    }
    text.push_str(&end);
    if file.is_none() {
        file = vm.sys_attr("stdout").unwrap_or(Value::None);
    }
    vm.write_to(&file, &text)?;
    if flush {
        vm.flush_file(&file)?;
    }
    Ok(Value::None)
}

fn radix(vm: &mut Vm, a: &[Value], kw: &[Value], which: &str) -> PyResult {
    let v = vm.one_arg(which, a, kw)?.clone();
    let b = match vm.index_of(&v)? {
        Some(_) => vm.to_bigint(&v)?,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&v)
            )))
        }
    };
    let s = match which {
        "bin" => pyco_compiler::num::int_bin(&b),
        "oct" => pyco_compiler::num::int_oct(&b),
        _ => pyco_compiler::num::int_hex(&b),
    };
    Ok(vm.new_str(s))
}

fn builtin_sum(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args("sum", a, kw, &["iterable", "start"], 1)?;
    let mut acc = b[1].clone().unwrap_or(Value::Int(0));
    match acc.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.iter(b[0].as_ref().expect("required"))?;
    while let Some(x) = vm.next(&it)? {
        // Small ints and floats added directly, as CPython's sum() does.
        acc = match crate::runtime::number::fast_binop(&acc, &x, crate::runtime::BinOp::Add) {
            Some(v) => v,
            None => vm.binary_op(&acc, &x, crate::runtime::BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: &[Value], kw: &[Value], is_min: bool) -> PyResult {
    let name = if is_min { "min" } else { "max" };
    let pos = positional(a, kw);
    let key = keyword(a, kw, "key").filter(|k| !k.is_none());
    let default = keyword(a, kw, "default");
    for k in kw {
        let k = k.as_str().unwrap_or_default();
        if k != "key" && k != "default" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let op = if is_min {
                    crate::runtime::CmpOp::Lt
                } else {
                    crate::runtime::CmpOp::Gt
                };
                if vm.compare_bool(&k, &bk, op)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn builtin_pow(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args("pow", a, kw, &["base", "exp", "mod"], 2)?;
    let (x, y) = (
        b[0].clone().expect("required"),
        b[1].clone().expect("required"),
    );
    match &b[2] {
        None | Some(Value::None) => vm.binary_op(&x, &y, crate::runtime::BinOp::Pow),
        Some(m) => {
            let ints = |v: &Value| {
                matches!(
                    crate::runtime::number::num_view(v),
                    Some(
                        crate::runtime::number::NumView::Small(_)
                            | crate::runtime::number::NumView::Big(_)
                    )
                )
            };
            if !(ints(&x) && ints(&y) && ints(m)) {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            let (xb, yb, mb) = (vm.to_bigint(&x)?, vm.to_bigint(&y)?, vm.to_bigint(m)?);
            let r = pyco_compiler::num::int_pow_mod(&xb, &yb, &mb).map_err(|e| vm.num_err(e))?;
            Ok(vm.new_bigint(r))
        }
    }
}

fn run_source(vm: &mut Vm, a: &[Value], kw: &[Value], mode: pyco_compiler::Mode) -> PyResult {
    let name = if mode == pyco_compiler::Mode::Eval {
        "eval"
    } else {
        "exec"
    };
    let b = vm.bind_args(name, a, kw, &["source", "globals", "locals"], 1)?;
    let src = b[0].clone().expect("required");
    let (globals, locals) = match (&b[1], &b[2]) {
        (Some(g), l) if !g.is_none() => {
            if g.as_dict().is_none() {
                return Err(vm.type_error(format!(
                    "{name}() globals must be a dict, not {}",
                    vm.type_name(g)
                )));
            }
            let l = match l {
                Some(l) if !l.is_none() => l.clone(),
                _ => g.clone(),
            };
            (g.clone(), l)
        }
        (_, l) => {
            let g = match vm.current_frame() {
                Some(f) => Value::Obj(f.globals.clone()),
                None => vm.new_dict(),
            };
            let l = match l {
                Some(l) if !l.is_none() => l.clone(),
                _ => vm.locals_dict()?,
            };
            (g, l)
        }
    };
    let code = match src.payload() {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(s)) => {
            let text = if mode == pyco_compiler::Mode::Eval {
                s.s.trim_start_matches([' ', '\t']).to_string()
            } else {
                s.s.to_string()
            };
            vm.compile_source(text.as_bytes(), "<string>", mode)?
        }
        Some(Payload::Bytes(bs)) => vm.compile_source(&bs.clone(), "<string>", mode)?,
        _ => {
            return Err(vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )))
        }
    };
    let r = vm.exec_code(&code, &globals, &locals)?;
    Ok(if mode == pyco_compiler::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn builtin_compile(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args(
        "compile",
        a,
        kw,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let src = b[0].clone().expect("required");
    let filename = vm.str_string(b[1].as_ref().expect("required"))?;
    let mode = match b[2].as_ref().and_then(|m| m.as_str()) {
        Some("exec") => pyco_compiler::Mode::Exec,
        Some("eval") => pyco_compiler::Mode::Eval,
        Some("single") => pyco_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let bytes = match src.payload() {
        Some(Payload::Str(s)) => s.s.as_bytes().to_vec(),
        Some(Payload::Bytes(bs)) => bs.to_vec(),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let code = vm.compile_source(&bytes, &filename, mode)?;
    Ok(vm.code_object(&code))
}

impl Vm {
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Type(_) => true,
            Value::Obj(o) => match &o.payload {
                Payload::Function(_)
                | Payload::Method(..)
                | Payload::Builtin(_)
                | Payload::MethodDescr(_) => true,
                _ => o.class.lookup("__call__").is_some(),
            },
            _ => false,
        }
    }

    /// `locals()` of the innermost frame (a snapshot dict for functions).
    pub fn locals_dict(&mut self) -> PyResult {
        let Some(f) = self.current_frame() else {
            return Ok(self.new_dict());
        };
        if let Some(l) = &f.locals {
            return Ok(l.clone());
        }
        let code = f.code.clone();
        let fast: Vec<Option<Value>> = f.fast.clone();
        let cells: Vec<Value> = f.cells.clone();
        let d = self.new_dict();
        for (name, v) in code.varnames.iter().zip(fast) {
            if let Some(v) = v {
                self.dict_set(&d, name.clone(), v)?;
            }
        }
        let names: Vec<&String> = code
            .co
            .cellvars
            .iter()
            .chain(code.co.freevars.iter())
            .collect();
        for (name, cell) in names.into_iter().zip(cells) {
            if let Some(Payload::Cell(c)) = cell.payload() {
                if let Some(v) = c.borrow().clone() {
                    let k = self.new_str(name.as_str());
                    self.dict_set(&d, k, v)?;
                }
            }
        }
        Ok(d)
    }

    /// `dir(v)`: `__dir__` sorted.
    pub fn dir(&mut self, v: &Value) -> PyResult {
        let names = match v {
            Value::Type(t) if !self.has_python_dir(t) => {
                crate::types::object::class_attr_names(self, t)
            }
            _ => {
                let t = self.type_of(v);
                let m = t.lookup("__dir__").expect("object has __dir__");
                let r = self.call_method_value(&m, v, &[])?;
                self.collect(&r)?
            }
        };
        let s = self.new_set_from(names)?;
        let items = self.set_items(&s);
        let sorted = self.sort_values(items, None, false).map_err(|(_, e)| e)?;
        Ok(self.new_list(sorted))
    }

    /// Whether class `t`'s metaclass defines `__dir__` in Python (enum's EnumMeta does).
    fn has_python_dir(&self, t: &Rc<Type>) -> bool {
        match &t.meta {
            Some(meta) if meta.heap => meta
                .lookup("__dir__")
                .is_some_and(|m| !matches!(m.payload(), Some(Payload::MethodDescr(_)))),
            _ => false,
        }
    }

    /// An attribute of the `sys` module.
    pub fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.sys.clone()?;
        self.getattr_opt(&Value::Obj(sys), name).ok().flatten()
    }

    /// Writes text to a file object (the real stdout/stderr directly).
    pub fn write_to(&mut self, file: &Value, text: &str) -> PyResult<()> {
        match file.payload() {
            Some(Payload::Native(n)) => {
                if let Some(s) = n.downcast_ref::<StdStream>() {
                    match s {
                        StdStream::Out => self.stdout.borrow_mut().write_str(text),
                        StdStream::Err => {
                            self.stdout.borrow_mut().flush();
                            self.stderr.borrow_mut().write_str(text)
                        }
                    }
                    return Ok(());
                }
            }
            None if file.is_none() => {
                return Ok(());
            }
            _ => {}
        }
        let s = self.new_str(text);
        self.call_method(file, "write", &[s])?;
        Ok(())
    }

    pub fn flush_file(&mut self, file: &Value) -> PyResult<()> {
        if let Some(Payload::Native(n)) = file.payload() {
            if let Some(s) = n.downcast_ref::<StdStream>() {
                match s {
                    StdStream::Out => self.stdout.borrow_mut().flush(),
                    StdStream::Err => self.stderr.borrow_mut().flush(),
                }
                return Ok(());
            }
        }
        if let Some(f) = self.getattr_opt(file, "flush")? {
            self.call(&f, &[], &[])?;
        }
        Ok(())
    }
}

/// The payload of `sys.stdout`/`sys.stderr`.
pub enum StdStream {
    Out,
    Err,
}

#[allow(dead_code)]
fn unused(_: Rc<Object>) {}
