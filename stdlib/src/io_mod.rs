//! `_io`: the raw file layer (`_io.FileIO`: unbuffered reads and writes of bytes on an OS
//! file) and the builtin `open`, which defers to `io.open` (`pylib/io.py` holds the
//! buffering, text decoding, StringIO and BytesIO).

use crate::oserror::os_error;
use pyco_vm::object::{Object, Payload};
use pyco_vm::{PyResult, Value, Vm};
use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

const TYPE: &str = "_io.RawFile";

/// An open OS file; `None` once closed.
struct RawFile(RefCell<Option<File>>);

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("_io");
    vm.add_function(&m, "open_raw", open_raw);
    vm.add_function(&m, "decode", decode);
    vm.add_function(&m, "to_bytes", |vm, a, kw| {
        let v = vm.one_arg("to_bytes", a, kw)?.clone();
        let b = vm.bytes_of(&v)?;
        Ok(vm.new_bytes(b))
    });
    let (s, b) = crate::io_mem::types(vm);
    vm.set_attr_str(&m, "StringIO", Value::Type(s));
    vm.set_attr_str(&m, "BytesIO", Value::Type(b));
    let t = vm.aux_type(TYPE);
    add_methods(vm, &t);
    Ok(m)
}

/// Registers `open` in builtins: it imports `io` on first use and calls `io.open`.
pub fn register_builtin_open(vm: &mut Vm) {
    let f = vm.new_builtin("open", builtin_open, None);
    let b = vm.builtins.clone();
    vm.set_attr_str(&b, "open", f);
}

fn builtin_open(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let io = vm.import_module("io")?;
    let open = vm.getattr_str(&io, "open")?;
    vm.call(&open, a, kw)
}

/// `open_raw(path, mode)`: `mode` is one of r, w, a, x, optionally with `+`.
fn open_raw(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("open_raw", a, kw, 2, 2)?;
    let path = vm.expect_str(&a[0], "open() argument 'file'")?.to_string();
    if path.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let mode = vm.expect_str(&a[1], "mode")?.to_string();
    let plus = mode.contains('+');
    let mut o = std::fs::OpenOptions::new();
    match mode.chars().next() {
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => o.read(true).write(plus),
    };
    let file = o.open(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    // Opening a directory succeeds on Linux; reading it would fail later, so refuse now.
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(os_error(vm, &e, Some(&a[0])));
    }
    let t = vm.aux_type(TYPE);
    Ok(vm.obj(
        &t,
        Payload::Native(Box::new(RawFile(RefCell::new(Some(file))))),
    ))
}

/// `decode(data, encoding, errors, translate)`: bytes to str, with universal newlines when
/// `translate` is true.
fn decode(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("decode", a, kw, 4, 4)?;
    let data = vm.bytes_of(&a[0])?;
    let enc = vm
        .expect_str(&a[1], "encoding")?
        .to_ascii_lowercase()
        .replace('_', "-");
    let errors = vm.expect_str(&a[2], "errors")?.to_string();
    let text = match enc.as_str() {
        "utf-8" | "utf8" | "u8" => match std::str::from_utf8(&data) {
            Ok(s) => s.to_string(),
            Err(e) if errors == "strict" => {
                let at = e.valid_up_to();
                return Err(vm.new_error(
                    "UnicodeDecodeError",
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
                        data[at]
                    ),
                ));
            }
            Err(_) => String::from_utf8_lossy(&data).into_owned(),
        },
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            data.iter().map(|&b| b as char).collect()
        }
        "ascii" | "us-ascii" => {
            if let Some(i) = data.iter().position(|&b| b >= 128) {
                if errors == "strict" {
                    return Err(vm.new_error(
                        "UnicodeDecodeError",
                        format!(
                            "'ascii' codec can't decode byte 0x{:02x} in position {i}: ordinal not in range(128)",
                            data[i]
                        ),
                    ));
                }
            }
            data.iter()
                .map(|&b| if b < 128 { b as char } else { '\u{fffd}' })
                .collect()
        }
        _ => return Err(vm.new_error("LookupError", format!("unknown encoding: {enc}"))),
    };
    let translate = vm.truthy(&a[3])?;
    Ok(vm.new_str(if translate && text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }))
}

fn raw<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RawFile> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<RawFile>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("expected a raw file"))
}

/// Runs `op` on the open file, or raises ValueError when it is closed.
fn with_file<T>(
    vm: &mut Vm,
    v: &Value,
    op: impl FnOnce(&mut File) -> std::io::Result<T>,
) -> PyResult<T> {
    let r = raw(vm, v)?;
    let mut guard = r.0.borrow_mut();
    let Some(f) = guard.as_mut() else {
        return Err(vm.value_error("I/O operation on closed file."));
    };
    let res = op(f);
    drop(guard);
    res.map_err(|e| os_error(vm, &e, None))
}

/// Reads through the next newline (or `limit` bytes), then leaves the file position just
/// after what was returned.
fn read_line(f: &mut File, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut chunk = [0u8; 512];
    loop {
        let n = f.read(&mut chunk)?;
        if n == 0 {
            return Ok(out);
        }
        let take = chunk[..n]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(n, |i| i + 1);
        let take = limit.map_or(take, |l| take.min(l - out.len()));
        out.extend_from_slice(&chunk[..take]);
        if take < n {
            f.seek(SeekFrom::Current(take as i64 - n as i64))?;
        }
        if out.last() == Some(&b'\n') || limit.is_some_and(|l| out.len() >= l) {
            return Ok(out);
        }
    }
}

fn add_methods(vm: &mut Vm, t: &Rc<pyco_vm::object::Type>) {
    vm.add_method(t, "read", |vm, a, _| {
        let n = match a.get(1) {
            Some(v) if !v.is_none() => vm.to_i64(v)?,
            _ => -1,
        };
        let buf = with_file(vm, &a[0], |f| {
            let mut buf = Vec::new();
            if n < 0 {
                f.read_to_end(&mut buf)?;
            } else {
                f.take(n as u64).read_to_end(&mut buf)?;
            }
            Ok(buf)
        })?;
        Ok(vm.new_bytes(buf))
    });
    vm.add_method(t, "readline", |vm, a, _| {
        let limit = match a.get(1) {
            Some(v) if !v.is_none() => usize::try_from(vm.to_i64(v)?).ok(),
            _ => None,
        };
        let line = with_file(vm, &a[0], |f| read_line(f, limit))?;
        Ok(vm.new_bytes(line))
    });
    vm.add_method(t, "write", |vm, a, kw| {
        let a = vm.check_args("write", a, kw, 2, 2)?;
        let data = match a[1].payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&a[1])
                )))
            }
        };
        with_file(vm, &a[0], |f| f.write_all(&data))?;
        Ok(Value::Int(data.len() as i64))
    });
    vm.add_method(t, "seek", |vm, a, kw| {
        let a = vm.check_args("seek", a, kw, 2, 3)?;
        let off = vm.to_i64(&a[1])?;
        let whence = match a.get(2) {
            Some(v) => vm.to_i64(v)?,
            None => 0,
        };
        let pos = match whence {
            0 if off >= 0 => SeekFrom::Start(off as u64),
            0 => return Err(vm.value_error(format!("negative seek position {off}"))),
            1 => SeekFrom::Current(off),
            2 => SeekFrom::End(off),
            _ => {
                return Err(
                    vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        };
        let p = with_file(vm, &a[0], |f| f.seek(pos))?;
        Ok(Value::Int(p as i64))
    });
    vm.add_method(t, "tell", |vm, a, _| {
        let p = with_file(vm, &a[0], |f| f.stream_position())?;
        Ok(Value::Int(p as i64))
    });
    vm.add_method(t, "truncate", |vm, a, _| {
        let size = match a.get(1) {
            Some(v) if !v.is_none() => Some(vm.to_i64(v)? as u64),
            _ => None,
        };
        let n = with_file(vm, &a[0], |f| {
            let n = match size {
                Some(n) => n,
                None => f.stream_position()?,
            };
            f.set_len(n)?;
            Ok(n)
        })?;
        Ok(Value::Int(n as i64))
    });
    vm.add_method(t, "fileno", |vm, a, _| {
        use std::os::unix::io::AsRawFd;
        let fd = with_file(vm, &a[0], |f| Ok(f.as_raw_fd()))?;
        Ok(Value::Int(fd as i64))
    });
    vm.add_method(t, "close", |vm, a, _| {
        raw(vm, &a[0])?.0.borrow_mut().take();
        Ok(Value::None)
    });
    vm.add_getter(
        t,
        "closed",
        |vm, a, _| Ok(Value::Bool(raw(vm, &a[0])?.0.borrow().is_none())),
        None,
    );
}
