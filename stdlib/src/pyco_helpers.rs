//! `_pyco`: small native helpers for the embedded Python modules (frame inspection for
//! `warnings`, source lines, the sequence/mapping flags `abc` sets for `match`, embedded
//! module sources for `importlib.reload`, `types.coroutine`'s code flag).

use pyco_vm::object::*;
use pyco_vm::{PyResult, Vm};
use std::rc::Rc;

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("_pyco");
    vm.add_function(&m, "caller", caller);
    vm.add_function(&m, "source_line", source_line);
    vm.add_function(&m, "abc_init_flags", abc_init_flags);
    vm.add_function(&m, "abc_register_flags", abc_register_flags);
    vm.add_function(&m, "frozen_source", frozen_source);
    vm.add_function(&m, "iterable_coroutine", iterable_coroutine);
    Ok(m)
}

/// `caller(depth)`: `(filename, lineno, globals)` of the Python frame `depth` levels above
/// the caller of `caller` (0 = the calling frame itself), or None past the outermost frame.
fn caller(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("caller", args, kw, 1, 1)?;
    let depth = match &a[0] {
        Value::Int(i) if *i >= 0 => *i as usize,
        _ => return Err(vm.type_error("caller() expects a non-negative int")),
    };
    let n = vm.frames.len();
    if depth >= n {
        return Ok(Value::None);
    }
    // SAFETY: `frames` holds pointers to frames alive while they execute (see
    // `Vm::current_frame`); we only read through it before returning.
    let f = unsafe { &*vm.frames[n - 1 - depth] };
    let file = vm.new_str(f.code.co.filename.as_str());
    let line = Value::Int(f.lineno().unwrap_or(0) as i64);
    let globals = Value::Obj(f.globals.clone());
    Ok(vm.new_tuple(vec![file, line, globals]))
}

/// `source_line(filename, lineno)`: the line's text (without the newline) or None.
fn source_line(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("source_line", args, kw, 2, 2)?;
    let (Some(file), Value::Int(line)) = (a[0].as_str(), &a[1]) else {
        return Ok(Value::None);
    };
    if *line <= 0 {
        return Ok(Value::None);
    }
    Ok(match vm.source_line(file, *line as u32) {
        Some(s) => vm.new_str(s.trim_end_matches(['\n', '\r'])),
        None => Value::None,
    })
}

/// The class arguments of a helper, or a TypeError.
fn classes(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    n: usize,
) -> PyResult<Vec<Rc<Type>>> {
    let a = vm.check_args(name, args, kw, n, n)?;
    a.iter()
        .map(|v| match v {
            Value::Type(t) => Ok(t.clone()),
            _ => Err(vm.type_error(format!("{name}() expects classes"))),
        })
        .collect()
}

/// `abc_init_flags(cls)`: an ABC's `__abc_tpflags__` (as `_abc._abc_init` reads it).
fn abc_init_flags(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let c = classes(vm, "abc_init_flags", args, kw, 1)?;
    vm.abc_init_flags(&c[0]);
    Ok(Value::None)
}

/// `abc_register_flags(abc, subclass)`: the flags `_abc._abc_register` passes on.
fn abc_register_flags(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let c = classes(vm, "abc_register_flags", args, kw, 2)?;
    vm.abc_register_flags(&c[0], &c[1]);
    Ok(Value::None)
}

/// `frozen_source(name)`: the source of the embedded module `name`, or None.
fn frozen_source(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("frozen_source", args, kw, 1, 1)?;
    let src = a[0]
        .as_str()
        .and_then(|n| vm.frozen_modules.get(n).copied());
    Ok(src.map_or(Value::None, |s| vm.new_str(s)))
}

/// `iterable_coroutine(func)`: marks `func` (a generator function) as `types.coroutine`
/// does, with CO_ITERABLE_COROUTINE in its code's flags so that `await` accepts its
/// generators; gives `func` itself back, as CPython does.
fn iterable_coroutine(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let f = vm.one_arg("iterable_coroutine", args, kw)?.clone();
    let Some(Payload::Function(func)) = f.payload() else {
        return Err(vm.type_error("iterable_coroutine() expects a function"));
    };
    func.code.iterable_coroutine.set(true);
    Ok(f)
}
