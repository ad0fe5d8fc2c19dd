//! `_io.StringIO` and `_io.BytesIO`: in-memory streams (a buffer and a position), native
//! as in CPython. StringIO positions count code points, BytesIO positions bytes.

use pyco_vm::object::{Payload, Type};
use pyco_vm::{PyResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The element type of a memory stream: `char` for StringIO, `u8` for BytesIO.
trait Unit: Copy + PartialEq + 'static {
    const NEWLINE: Self;
    const PAD: Self;
    const CLOSED_MSG: &'static str;
    fn make(vm: &Vm, items: &[Self]) -> Value;
    fn extract(vm: &mut Vm, v: &Value) -> PyResult<Vec<Self>>;
}

impl Unit for char {
    const NEWLINE: char = '\n';
    const PAD: char = '\0';
    const CLOSED_MSG: &'static str = "I/O operation on closed file";
    fn make(vm: &Vm, items: &[char]) -> Value {
        vm.new_str(items.iter().collect::<String>())
    }
    fn extract(vm: &mut Vm, v: &Value) -> PyResult<Vec<char>> {
        match v.as_str() {
            Some(s) => Ok(s.chars().collect()),
            None => Err(vm.type_error(format!(
                "string argument expected, got '{}'",
                vm.type_name(v)
            ))),
        }
    }
}

impl Unit for u8 {
    const NEWLINE: u8 = b'\n';
    const PAD: u8 = 0;
    const CLOSED_MSG: &'static str = "I/O operation on closed file.";
    fn make(vm: &Vm, items: &[u8]) -> Value {
        vm.new_bytes(items.to_vec())
    }
    fn extract(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
        match v.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
            _ => Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            ))),
        }
    }
}

struct Mem<T> {
    buf: Vec<T>,
    pos: usize,
    closed: bool,
}

type Cell<T> = RefCell<Mem<T>>;

fn mem<'a, T: Unit>(vm: &Vm, v: &'a Value) -> PyResult<&'a Cell<T>> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<Cell<T>>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor requires an in-memory stream"))
}

/// The stream behind `self`, checked open.
fn open<'a, T: Unit>(vm: &Vm, v: &'a Value) -> PyResult<&'a Cell<T>> {
    let m = mem::<T>(vm, v)?;
    if m.borrow().closed {
        return Err(vm.value_error(T::CLOSED_MSG));
    }
    Ok(m)
}

fn size_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<Option<usize>> {
    match a.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.to_i64(v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn read<T: Unit>(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let n = size_arg(vm, a, 1)?;
    let m = open::<T>(vm, &a[0])?;
    let mut m = m.borrow_mut();
    let start = m.pos.min(m.buf.len());
    let end = n.map_or(m.buf.len(), |n| (start + n).min(m.buf.len()));
    m.pos = end.max(m.pos);
    Ok(T::make(vm, &m.buf[start..end]))
}

/// The next line (through the newline) from the current position.
fn next_line<T: Unit>(m: &mut Mem<T>, limit: Option<usize>) -> (usize, usize) {
    let start = m.pos.min(m.buf.len());
    let mut end = m.buf[start..]
        .iter()
        .position(|&c| c == T::NEWLINE)
        .map_or(m.buf.len(), |i| start + i + 1);
    if let Some(n) = limit {
        end = end.min(start + n);
    }
    m.pos = end.max(m.pos);
    (start, end)
}

fn readline<T: Unit>(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let n = size_arg(vm, a, 1)?;
    let m = open::<T>(vm, &a[0])?;
    let mut m = m.borrow_mut();
    let (s, e) = next_line(&mut m, n);
    Ok(T::make(vm, &m.buf[s..e]))
}

fn readlines<T: Unit>(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let hint = size_arg(vm, a, 1)?.filter(|&h| h > 0);
    let m = open::<T>(vm, &a[0])?;
    let mut m = m.borrow_mut();
    let mut lines = Vec::new();
    let mut total = 0;
    while m.pos < m.buf.len() {
        let (s, e) = next_line(&mut m, None);
        lines.push(T::make(vm, &m.buf[s..e]));
        total += e - s;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn next<T: Unit>(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let m = open::<T>(vm, &a[0])?;
    let mut m = m.borrow_mut();
    let (s, e) = next_line(&mut m, None);
    if s == e {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(T::make(vm, &m.buf[s..e]))
}

/// CPython's overflow checks before a write grows the buffer (`StringIO` keeps 4-byte
/// characters); past a seek far beyond the end, the gap would otherwise be allocated.
fn check_write_size<T: Unit>(vm: &Vm, pos: usize, len: usize) -> PyResult<()> {
    let max = pyco_vm::MAX_OBJECT_BYTES;
    let unit = std::mem::size_of::<T>();
    match pos.checked_add(len) {
        Some(end) if end <= max / unit => Ok(()),
        Some(end) if unit > 1 && end <= max => Err(vm.overflow_error("new buffer size too large")),
        _ if unit > 1 => Err(vm.overflow_error("new position too large")),
        _ => Err(vm.overflow_error("new buffer size too large")),
    }
}

fn write_items<T: Unit>(vm: &Vm, m: &mut Mem<T>, data: &[T]) -> PyResult<()> {
    check_write_size::<T>(vm, m.pos, data.len())?;
    let pos = m.pos;
    if pos > m.buf.len() {
        m.buf.resize(pos, T::PAD);
    }
    let overlap = (m.buf.len() - pos).min(data.len());
    m.buf[pos..pos + overlap].copy_from_slice(&data[..overlap]);
    m.buf.extend_from_slice(&data[overlap..]);
    m.pos = pos + data.len();
    Ok(())
}

fn write<T: Unit>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("write", a, kw, 2, 2)?;
    open::<T>(vm, &a[0])?;
    let data = T::extract(vm, &a[1])?;
    let m = mem::<T>(vm, &a[0])?;
    write_items(vm, &mut m.borrow_mut(), &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn writelines<T: Unit>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("writelines", a, kw, 2, 2)?;
    open::<T>(vm, &a[0])?;
    for line in vm.collect(&a[1])? {
        let data = T::extract(vm, &line)?;
        write_items(vm, &mut mem::<T>(vm, &a[0])?.borrow_mut(), &data)?;
    }
    Ok(Value::None)
}

fn getvalue<T: Unit>(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let m = open::<T>(vm, &a[0])?;
    let v = T::make(vm, &m.borrow().buf);
    Ok(v)
}

fn seek<T: Unit>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("seek", a, kw, 2, 3)?;
    let pos = vm.to_i64(&a[1])?;
    let whence = match a.get(2) {
        Some(v) => vm.to_i64(v)?,
        None => 0,
    };
    let m = open::<T>(vm, &a[0])?;
    let mut m = m.borrow_mut();
    match whence {
        0 if pos < 0 => Err(vm.value_error(format!("Negative seek position {pos}"))),
        0 => {
            m.pos = pos as usize;
            Ok(Value::Int(pos))
        }
        1 | 2 if pos != 0 => Err(vm.new_error(
            "OSError",
            format!(
                "Can't do nonzero {}-relative seeks",
                if whence == 1 { "cur" } else { "end" }
            ),
        )),
        1 => Ok(Value::Int(m.pos as i64)),
        2 => {
            m.pos = m.buf.len();
            Ok(Value::Int(m.pos as i64))
        }
        _ => Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
}

fn truncate<T: Unit>(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let size = size_arg(vm, a, 1)?;
    let m = open::<T>(vm, &a[0])?;
    let mut m = m.borrow_mut();
    let size = size.unwrap_or(m.pos);
    m.buf.truncate(size);
    Ok(Value::Int(size as i64))
}

fn construct<T: Unit>(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let Value::Type(cls) = &a[0] else {
        return Err(vm.type_error("__new__ needs a type"));
    };
    let init = match a.get(1) {
        Some(v) if !v.is_none() && kw.is_empty() => T::extract(vm, v)?,
        _ => Vec::new(),
    };
    let m: Cell<T> = RefCell::new(Mem {
        buf: init,
        pos: 0,
        closed: false,
    });
    Ok(vm.new_instance(cls, Payload::Native(Box::new(m))))
}

fn add_methods<T: Unit>(vm: &Vm, t: &Rc<Type>) {
    vm.add_method(t, "__new__", construct::<T>);
    vm.add_method(t, "__init__", |_, _, _| Ok(Value::None));
    vm.add_method(t, "read", read::<T>);
    vm.add_method(t, "read1", read::<T>);
    vm.add_method(t, "readline", readline::<T>);
    vm.add_method(t, "readlines", readlines::<T>);
    vm.add_method(t, "__next__", next::<T>);
    vm.add_method(t, "write", write::<T>);
    vm.add_method(t, "writelines", writelines::<T>);
    vm.add_method(t, "getvalue", getvalue::<T>);
    vm.add_method(t, "seek", seek::<T>);
    vm.add_method(t, "truncate", truncate::<T>);
    vm.add_method(t, "tell", |vm, a, _| {
        Ok(Value::Int(open::<T>(vm, &a[0])?.borrow().pos as i64))
    });
    vm.add_method(t, "close", |vm, a, _| {
        let m = mem::<T>(vm, &a[0])?;
        let mut m = m.borrow_mut();
        m.closed = true;
        m.buf = Vec::new();
        Ok(Value::None)
    });
    vm.add_getter(
        t,
        "closed",
        |vm, a, _| Ok(Value::Bool(mem::<T>(vm, &a[0])?.borrow().closed)),
        None,
    );
    vm.add_method(t, "__iter__", |vm, a, _| {
        open::<T>(vm, &a[0])?;
        Ok(a[0].clone())
    });
    vm.add_method(t, "__enter__", |vm, a, _| {
        open::<T>(vm, &a[0])?;
        Ok(a[0].clone())
    });
    vm.add_method(t, "__exit__", |vm, a, _| {
        mem::<T>(vm, &a[0])?.borrow_mut().closed = true;
        Ok(Value::None)
    });
    vm.add_method(t, "flush", |vm, a, _| {
        open::<T>(vm, &a[0])?;
        Ok(Value::None)
    });
    vm.add_method(t, "isatty", |vm, a, _| {
        open::<T>(vm, &a[0])?;
        Ok(Value::Bool(false))
    });
    for name in ["readable", "writable", "seekable"] {
        let f: pyco_vm::object::NativeFn = |vm, a, _| {
            open::<T>(vm, &a[0])?;
            Ok(Value::Bool(true))
        };
        vm.add_method(t, name, f);
    }
}

/// Makes the two types; `_io` exposes them.
pub fn types(vm: &Vm) -> (Rc<Type>, Rc<Type>) {
    let make = |key: &str, name: &str| {
        let t = vm.aux_type(key);
        // The type's own name is the bare one; the module is `_io`.
        *t.name.borrow_mut() = name.to_string();
        *t.qualname.borrow_mut() = name.to_string();
        vm.add_type_attr(&t, "__module__", vm.new_str("_io"));
        t
    };
    let s = make("_io.StringIO", "StringIO");
    add_methods::<char>(vm, &s);
    let b = make("_io.BytesIO", "BytesIO");
    add_methods::<u8>(vm, &b);
    (s, b)
}
