//! `errno`: the platform's error numbers by name, and `errorcode` (number -> name).

use pyco_vm::object::*;
use pyco_vm::{PyResult, Vm};
use std::rc::Rc;

/// Names and values. When several names share a number, the first one listed is the
/// name `errorcode` gives (CPython's choice on Linux: EAGAIN, ENOTSUP, EDEADLOCK).
macro_rules! errnos {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), libc::$name)),*]
    };
}

const POSIX: &[(&str, i32)] = errnos![
    EPERM,
    ENOENT,
    ESRCH,
    EINTR,
    EIO,
    ENXIO,
    E2BIG,
    ENOEXEC,
    EBADF,
    ECHILD,
    EAGAIN,
    EWOULDBLOCK,
    ENOMEM,
    EACCES,
    EFAULT,
    ENOTBLK,
    EBUSY,
    EEXIST,
    EXDEV,
    ENODEV,
    ENOTDIR,
    EISDIR,
    EINVAL,
    ENFILE,
    EMFILE,
    ENOTTY,
    ETXTBSY,
    EFBIG,
    ENOSPC,
    ESPIPE,
    EROFS,
    EMLINK,
    EPIPE,
    EDOM,
    ERANGE,
    EDEADLK,
    ENAMETOOLONG,
    ENOLCK,
    ENOSYS,
    ENOTEMPTY,
    ELOOP,
    ENOMSG,
    EIDRM,
    ENOSTR,
    ENODATA,
    ETIME,
    ENOSR,
    EREMOTE,
    ENOLINK,
    EPROTO,
    EMULTIHOP,
    EBADMSG,
    EOVERFLOW,
    EILSEQ,
    EUSERS,
    ENOTSOCK,
    EDESTADDRREQ,
    EMSGSIZE,
    EPROTOTYPE,
    ENOPROTOOPT,
    EPROTONOSUPPORT,
    ESOCKTNOSUPPORT,
    ENOTSUP,
    EOPNOTSUPP,
    EPFNOSUPPORT,
    EAFNOSUPPORT,
    EADDRINUSE,
    EADDRNOTAVAIL,
    ENETDOWN,
    ENETUNREACH,
    ENETRESET,
    ECONNABORTED,
    ECONNRESET,
    ENOBUFS,
    EISCONN,
    ENOTCONN,
    ESHUTDOWN,
    ETOOMANYREFS,
    ETIMEDOUT,
    ECONNREFUSED,
    EHOSTDOWN,
    EHOSTUNREACH,
    EALREADY,
    EINPROGRESS,
    ESTALE,
    EDQUOT,
    ECANCELED,
    EOWNERDEAD,
    ENOTRECOVERABLE,
];

#[cfg(target_os = "linux")]
const PLATFORM: &[(&str, i32)] = errnos![
    EDEADLOCK,
    ECHRNG,
    EL2NSYNC,
    EL3HLT,
    EL3RST,
    ELNRNG,
    EUNATCH,
    ENOCSI,
    EL2HLT,
    EBADE,
    EBADR,
    EXFULL,
    ENOANO,
    EBADRQC,
    EBADSLT,
    EBFONT,
    ENONET,
    ENOPKG,
    EADV,
    ESRMNT,
    ECOMM,
    EDOTDOT,
    ENOTUNIQ,
    EBADFD,
    EREMCHG,
    ELIBACC,
    ELIBBAD,
    ELIBSCN,
    ELIBMAX,
    ELIBEXEC,
    ERESTART,
    ESTRPIPE,
    EUCLEAN,
    ENOTNAM,
    ENAVAIL,
    EISNAM,
    EREMOTEIO,
    ENOMEDIUM,
    EMEDIUMTYPE,
    ENOKEY,
    EKEYEXPIRED,
    EKEYREVOKED,
    EKEYREJECTED,
    ERFKILL,
    EHWPOISON,
];
#[cfg(not(target_os = "linux"))]
const PLATFORM: &[(&str, i32)] = &[];

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("errno");
    let codes = vm.new_dict();
    // EDEADLOCK (Linux) names the shared number in `errorcode`, though listed later.
    for (name, value) in PLATFORM.iter().chain(POSIX) {
        let v = Value::Int(*value as i64);
        vm.set_attr_str(&m, name, v.clone());
        if vm.dict_get(&codes, &v)?.is_none() {
            vm.setitem(&codes, &v, vm.new_str(*name))?;
        }
    }
    vm.set_attr_str(&m, "errorcode", codes);
    Ok(m)
}
