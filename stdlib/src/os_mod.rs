//! `_os`: the system calls behind `os` (CPython's `posix` module): files and directories,
//! stat, the environment, process ids. Paths are `str`; `pylib/os.py` applies
//! `os.fspath` and adds the Python-level helpers (makedirs, walk, environ, os.path).

use crate::oserror::os_error;
use pyco_vm::object::{Object, Payload};
use pyco_vm::{PyResult, Value, Vm};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::rc::Rc;

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("_os");
    add_file_functions(vm, &m);
    add_process_functions(vm, &m);
    add_fd_functions(vm, &m);
    let env = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        vm.dict_set(&env, k, v)?;
    }
    vm.set_attr_str(&m, "environ", env);
    Ok(m)
}

/// A path argument: a `str` (os.py has already applied `fspath`).
fn path_arg(vm: &mut Vm, name: &str, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "{name}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Runs a one-path file operation, turning an I/O error into OSError naming the path.
fn with_path<T>(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    op: impl FnOnce(&str) -> std::io::Result<T>,
) -> PyResult<T> {
    let Some(p) = a.first() else {
        return Err(vm.type_error(format!("{name}() missing required argument 'path' (pos 1)")));
    };
    let path = path_arg(vm, name, p)?;
    op(&path).map_err(|e| os_error(vm, &e, Some(p)))
}

fn add_file_functions(vm: &mut Vm, m: &Rc<Object>) {
    vm.add_function(m, "getcwd", |vm, _, _| {
        let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
        Ok(vm.new_str(d.to_string_lossy().into_owned()))
    });
    vm.add_function(m, "chdir", |vm, a, _| {
        with_path(vm, "chdir", a, |p| std::env::set_current_dir(p))?;
        Ok(Value::None)
    });
    vm.add_function(m, "listdir", |vm, a, _| {
        let names = with_path(vm, "listdir", a, |p| {
            std::fs::read_dir(p)?
                .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect::<std::io::Result<Vec<String>>>()
        })?;
        let items = names.into_iter().map(|n| vm.new_str(n)).collect();
        Ok(vm.new_list(items))
    });
    vm.add_function(m, "mkdir", |vm, a, _| {
        let mode = match a.get(1) {
            Some(v) => vm.to_i64(v)? as u32,
            None => 0o777,
        };
        with_path(vm, "mkdir", a, |p| {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new().mode(mode).create(p)
        })?;
        Ok(Value::None)
    });
    vm.add_function(m, "rmdir", |vm, a, _| {
        with_path(vm, "rmdir", a, |p| std::fs::remove_dir(p))?;
        Ok(Value::None)
    });
    vm.add_function(m, "remove", |vm, a, _| {
        with_path(vm, "remove", a, |p| std::fs::remove_file(p))?;
        Ok(Value::None)
    });
    vm.add_function(m, "rename", |vm, a, kw| {
        let a = vm.check_args("rename", a, kw, 2, 2)?;
        let src = path_arg(vm, "rename", &a[0])?;
        let dst = path_arg(vm, "rename", &a[1])?;
        std::fs::rename(&src, &dst).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
        Ok(Value::None)
    });
    vm.add_function(m, "stat", |vm, a, _| {
        let md = with_path(vm, "stat", a, |p| std::fs::metadata(p))?;
        Ok(stat_tuple(vm, &md))
    });
    vm.add_function(m, "lstat", |vm, a, _| {
        let md = with_path(vm, "lstat", a, |p| std::fs::symlink_metadata(p))?;
        Ok(stat_tuple(vm, &md))
    });
    vm.add_function(m, "chmod", |vm, a, kw| {
        let a = vm.check_args("chmod", a, kw, 2, 2)?;
        let mode = vm.to_i64(&a[1])? as u32;
        with_path(vm, "chmod", a, |p| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode))
        })?;
        Ok(Value::None)
    });
    vm.add_function(m, "readlink", |vm, a, _| {
        let t = with_path(vm, "readlink", a, |p| std::fs::read_link(p))?;
        Ok(vm.new_str(t.to_string_lossy().into_owned()))
    });
    vm.add_function(m, "access", |vm, a, kw| {
        let a = vm.check_args("access", a, kw, 2, 2)?;
        let path = path_arg(vm, "access", &a[0])?;
        let mode = vm.to_i64(&a[1])? as libc::c_int;
        let Ok(c) = std::ffi::CString::new(path) else {
            return Err(vm.value_error("embedded null byte"));
        };
        // SAFETY: a valid NUL-terminated path.
        Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
    });
}

/// `os.stat_result` fields in order: mode, ino, dev, nlink, uid, gid, size, and the three
/// times as floats (os.py wraps the tuple).
fn stat_tuple(vm: &Vm, md: &std::fs::Metadata) -> Value {
    let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    vm.new_tuple(vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
    ])
}

fn add_process_functions(vm: &mut Vm, m: &Rc<Object>) {
    vm.add_function(m, "getpid", |_, _, _| {
        Ok(Value::Int(std::process::id() as i64))
    });
    vm.add_function(m, "getppid", |_, _, _| {
        // SAFETY: getppid has no preconditions.
        Ok(Value::Int(unsafe { libc::getppid() } as i64))
    });
    vm.add_function(m, "cpu_count", |_, _, _| {
        Ok(
            std::thread::available_parallelism()
                .map_or(Value::None, |n| Value::Int(n.get() as i64)),
        )
    });
    vm.add_function(m, "urandom", |vm, a, kw| {
        let v = vm.one_arg("urandom", a, kw)?.clone();
        let n = vm.to_i64(&v)?;
        if n < 0 {
            return Err(vm.value_error("negative argument not allowed"));
        }
        vm.check_bytes_alloc(n as usize, false)?;
        let mut buf = vec![0u8; n as usize];
        getrandom::getrandom(&mut buf).map_err(|e| vm.new_error("OSError", e.to_string()))?;
        Ok(vm.new_bytes(buf))
    });
    vm.add_function(m, "strerror", |vm, a, kw| {
        let v = vm.one_arg("strerror", a, kw)?.clone();
        let n = vm.to_i64(&v)?;
        Ok(vm.new_str(crate::oserror::strerror(n as i32)))
    });
    vm.add_function(m, "putenv", |vm, a, kw| {
        let a = vm.check_args("putenv", a, kw, 2, 2)?;
        let k = vm.expect_str(&a[0], "putenv() argument 1")?.to_string();
        let v = vm.expect_str(&a[1], "putenv() argument 2")?.to_string();
        if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        std::env::set_var(k, v);
        Ok(Value::None)
    });
    vm.add_function(m, "unsetenv", |vm, a, kw| {
        let v = vm.one_arg("unsetenv", a, kw)?.clone();
        let k = vm.expect_str(&v, "unsetenv() argument")?.to_string();
        if k.is_empty() || k.contains('=') || k.contains('\0') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        std::env::remove_var(k);
        Ok(Value::None)
    });
    vm.add_function(m, "_exit", |vm, a, kw| {
        let v = vm.one_arg("_exit", a, kw)?.clone();
        let n = vm.to_i64(&v)?;
        vm.shutdown();
        std::process::exit(n as i32)
    });
}

/// An int file descriptor argument.
fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = vm.to_i64(v)?;
    libc::c_int::try_from(n).map_err(|_| vm.new_error("OverflowError", "fd is out of range"))
}

/// The low-level descriptor calls (`os.open`, `close`, `read`, `write`) and the `O_*`
/// flags, which `tempfile.mkstemp` needs.
fn add_fd_functions(vm: &mut Vm, m: &Rc<Object>) {
    for (name, flag) in [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_DIRECTORY", libc::O_DIRECTORY),
    ] {
        vm.set_attr_str(m, name, Value::Int(flag as i64));
    }
    vm.add_function(m, "open", |vm, a, kw| {
        let a = vm.check_args("open", a, kw, 2, 3)?;
        let path = path_arg(vm, "open", &a[0])?;
        let flags = vm.to_i64(&a[1])? as libc::c_int;
        let mode = match a.get(2) {
            Some(v) => vm.to_i64(v)? as libc::c_uint,
            None => 0o777,
        };
        let Ok(c_path) = std::ffi::CString::new(path) else {
            return Err(vm.value_error("embedded null byte"));
        };
        // SAFETY: a valid NUL-terminated path; open has no other preconditions.
        let fd = unsafe { libc::open(c_path.as_ptr(), flags | libc::O_CLOEXEC, mode) };
        if fd < 0 {
            return Err(os_error(vm, &std::io::Error::last_os_error(), Some(&a[0])));
        }
        Ok(Value::Int(fd as i64))
    });
    vm.add_function(m, "close", |vm, a, kw| {
        let v = vm.one_arg("close", a, kw)?.clone();
        let fd = fd_arg(vm, &v)?;
        // SAFETY: closing a descriptor the script names, as os.close does.
        if unsafe { libc::close(fd) } < 0 {
            return Err(os_error(vm, &std::io::Error::last_os_error(), None));
        }
        Ok(Value::None)
    });
    vm.add_function(m, "write", |vm, a, kw| {
        let a = vm.check_args("write", a, kw, 2, 2)?;
        let fd = fd_arg(vm, &a[0])?;
        let data: Vec<u8> = match a[1].payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&a[1])
                )))
            }
        };
        // SAFETY: `data` is a live buffer of `data.len()` bytes.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n < 0 {
            return Err(os_error(vm, &std::io::Error::last_os_error(), None));
        }
        Ok(Value::Int(n as i64))
    });
    vm.add_function(m, "read", |vm, a, kw| {
        let a = vm.check_args("read", a, kw, 2, 2)?;
        let fd = fd_arg(vm, &a[0])?;
        let n = vm.to_i64(&a[1])?;
        if n < 0 {
            return Err(vm.value_error("negative length"));
        }
        let mut buf = vec![0u8; n as usize];
        // SAFETY: `buf` has room for `buf.len()` bytes.
        let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if got < 0 {
            return Err(os_error(vm, &std::io::Error::last_os_error(), None));
        }
        buf.truncate(got as usize);
        Ok(vm.new_bytes(buf))
    });
}
