//! Raising OSError subclasses from `std::io::Error` the way CPython's
//! `PyErr_SetFromErrnoWithFilename` does: the class chosen by errno (in `OSError.__new__`),
//! the C library's message, and the file name.

use pyco_vm::object::PyErr;
use pyco_vm::{Value, Vm};

/// `strerror(errno)` from the C library (the same text CPython prints).
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a valid NUL-terminated string for any errno.
    unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }
        .to_string_lossy()
        .into_owned()
}

/// An OSError (subclass) for `e`, naming `filename` when given.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return vm.new_error("OSError", e.to_string());
    };
    // `OSError.__new__` picks the subclass for the errno.
    let cls = vm.exc("OSError");
    let mut args = vec![Value::Int(errno as i64), vm.new_str(strerror(errno))];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call(&Value::Type(cls), &args, &[]) {
        Ok(Value::Obj(o)) => o,
        Ok(_) => vm.new_error("OSError", strerror(errno)),
        Err(err) => err,
    }
}
