//! The `traceback` module: the printing and formatting functions scripts call, over the
//! VM's own exception formatter (so `print_exc()` prints what an uncaught error would).

use crate::object::*;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("traceback");
    vm.add_function(&m, "print_exc", print_exc);
    vm.add_function(&m, "format_exc", format_exc);
    vm.add_function(&m, "print_exception", print_exception);
    vm.add_function(&m, "format_exception", format_exception);
    vm.add_function(&m, "format_exception_only", format_exception_only);
    vm.add_function(&m, "print_tb", print_tb);
    vm.add_function(&m, "format_tb", format_tb);
    Ok(m)
}

/// The exception being handled (`sys.exc_info()[1]`), or None.
fn current(vm: &Vm) -> Value {
    vm.exc_info.clone()
}

/// `limit` as a count of entries (None or negative limits are not cut here).
fn limit_arg(v: &Option<Value>) -> Option<usize> {
    match v {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    }
}

fn truthy_arg(vm: &mut Vm, v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

/// The report of `value` as a list of chunks; `tb`, when given, stands in for its traceback.
fn chunks(vm: &mut Vm, value: &Value, tb: Option<&Value>, chain: bool) -> Vec<String> {
    let Value::Obj(e) = value else {
        return vec![format!("{}: {}\n", vm.type_name(value), "None")];
    };
    let Payload::Exception(data) = &e.payload else {
        let r = vm.str_string(value).unwrap_or_default();
        return vec![format!("{}: {r}\n", vm.type_name(value))];
    };
    let saved = data.borrow().traceback.clone();
    if let Some(tb) = tb {
        data.borrow_mut().traceback = (!tb.is_none()).then(|| tb.clone());
    }
    let out = vm.exception_chunks(e, chain);
    data.borrow_mut().traceback = saved;
    out
}

/// Writes `text` to `file`, or to `sys.stderr` (after flushing stdout) when None.
fn write(vm: &mut Vm, file: Option<Value>, text: &str) -> PyResult {
    let file = match file.filter(|f| !f.is_none()) {
        Some(f) => f,
        None => match vm.sys.clone() {
            Some(sys) => vm.getattr_str(&Value::Obj(sys), "stderr")?,
            None => {
                vm.stdout.borrow_mut().flush();
                vm.stderr.borrow_mut().write_str(text);
                return Ok(Value::None);
            }
        },
    };
    let s = vm.new_str(text);
    vm.call_method(&file, "write", &[s])?;
    Ok(Value::None)
}

fn list_of(vm: &Vm, chunks: Vec<String>) -> Value {
    let items = chunks.into_iter().map(|c| vm.new_str(c)).collect();
    vm.new_list(items)
}

/// `print_exc(limit=None, file=None, chain=True)`.
fn print_exc(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args("print_exc", a, kw, &["limit", "file", "chain"], 0)?;
    let chain = truthy_arg(vm, &b[2], true)?;
    let value = current(vm);
    let text = chunks(vm, &value, None, chain).concat();
    write(vm, b[1].clone(), &text)
}

/// `format_exc(limit=None, chain=True)`.
fn format_exc(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args("format_exc", a, kw, &["limit", "chain"], 0)?;
    let chain = truthy_arg(vm, &b[1], true)?;
    let value = current(vm);
    let text = chunks(vm, &value, None, chain).concat();
    Ok(vm.new_str(text))
}

/// The exception and traceback from 3.10's `(exc, /, value=_sentinel, tb=_sentinel)`.
fn exc_and_tb(b: &[Option<Value>]) -> (Value, Option<Value>) {
    match &b[1] {
        Some(v) => (v.clone(), b[2].clone()),
        None => (b[0].clone().unwrap_or(Value::None), b[2].clone()),
    }
}

/// `print_exception(exc, value, tb, limit=None, file=None, chain=True)`.
fn print_exception(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let names = ["exc", "value", "tb", "limit", "file", "chain"];
    let b = vm.bind_args("print_exception", a, kw, &names, 1)?;
    let chain = truthy_arg(vm, &b[5], true)?;
    let (value, tb) = exc_and_tb(&b);
    let text = chunks(vm, &value, tb.as_ref(), chain).concat();
    write(vm, b[4].clone(), &text)
}

/// `format_exception(exc, value, tb, limit=None, chain=True)`.
fn format_exception(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let names = ["exc", "value", "tb", "limit", "chain"];
    let b = vm.bind_args("format_exception", a, kw, &names, 1)?;
    let chain = truthy_arg(vm, &b[4], true)?;
    let (value, tb) = exc_and_tb(&b);
    let c = chunks(vm, &value, tb.as_ref(), chain);
    Ok(list_of(vm, c))
}

/// `format_exception_only(exc, value)`: the last lines of a report, one item per line.
fn format_exception_only(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args("format_exception_only", a, kw, &["exc", "value"], 1)?;
    let value = match &b[1] {
        Some(v) => v.clone(),
        None => b[0].clone().unwrap_or(Value::None),
    };
    let text = match &value {
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => vm.format_exception_only(e),
        _ => format!("{}: None\n", vm.type_name(&value)),
    };
    let lines = text.split_inclusive('\n').map(str::to_string).collect();
    Ok(list_of(vm, lines))
}

/// `format_tb(tb, limit=None)`.
fn format_tb(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args("format_tb", a, kw, &["tb", "limit"], 1)?;
    let tb = b[0].clone().unwrap_or(Value::None);
    let entries = vm.format_tb(&tb, limit_arg(&b[1]));
    Ok(list_of(vm, entries))
}

/// `print_tb(tb, limit=None, file=None)`.
fn print_tb(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let b = vm.bind_args("print_tb", a, kw, &["tb", "limit", "file"], 1)?;
    let tb = b[0].clone().unwrap_or(Value::None);
    let text = vm.format_tb(&tb, limit_arg(&b[1])).concat();
    write(vm, b[2].clone(), &text)
}
