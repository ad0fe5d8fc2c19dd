//! `_time`: clocks, sleeping and the C library's calendar functions (gmtime, localtime,
//! mktime, strftime). `pylib/time.py` adds `struct_time` and the formatting helpers.

use pyco_vm::object::Object;
use pyco_vm::{PyResult, Value, Vm};
use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

extern "C" {
    // In the C library but not bound by the `libc` crate.
    fn tzset();
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("_time");
    vm.add_function(&m, "time", |_, _, _| {
        Ok(Value::Float(unix_nanos() as f64 / 1e9))
    });
    vm.add_function(&m, "time_ns", |vm, _, _| {
        Ok(vm.new_bigint(unix_nanos().into()))
    });
    vm.add_function(&m, "monotonic", |_, _, _| {
        Ok(Value::Float(clock(libc::CLOCK_MONOTONIC) as f64 / 1e9))
    });
    vm.add_function(&m, "monotonic_ns", |_, _, _| {
        Ok(Value::Int(clock(libc::CLOCK_MONOTONIC)))
    });
    vm.add_function(&m, "process_time", |_, _, _| {
        Ok(Value::Float(
            clock(libc::CLOCK_PROCESS_CPUTIME_ID) as f64 / 1e9,
        ))
    });
    vm.add_function(&m, "process_time_ns", |_, _, _| {
        Ok(Value::Int(clock(libc::CLOCK_PROCESS_CPUTIME_ID)))
    });
    vm.add_function(&m, "sleep", |vm, a, kw| {
        let v = vm.one_arg("sleep", a, kw)?.clone();
        let secs = vm.to_f64(&v)?;
        if secs.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        if secs < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        let d = Duration::try_from_secs_f64(secs)
            .map_err(|_| vm.overflow_error("sleep length is too large"))?;
        std::thread::sleep(d);
        Ok(Value::None)
    });
    vm.add_function(&m, "gmtime", |vm, a, _| broken_down(vm, a, false));
    vm.add_function(&m, "localtime", |vm, a, _| broken_down(vm, a, true));
    vm.add_function(&m, "mktime", |vm, a, _| {
        let mut tm = tm_from(vm, &a[0])?;
        tm.tm_wday = -1;
        // SAFETY: `tm` is a valid, initialized struct.
        let t = unsafe { libc::mktime(&mut tm) };
        if t == -1 && tm.tm_wday == -1 {
            return Err(vm.overflow_error("mktime argument out of range"));
        }
        Ok(Value::Float(t as f64))
    });
    vm.add_function(&m, "strftime", strftime);
    set_zone_info(vm, &m);
    Ok(m)
}

fn unix_nanos() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn clock(id: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// `gmtime(secs)` / `localtime(secs)` as an 11-tuple (struct_time's fields, zone, gmtoff).
fn broken_down(vm: &mut Vm, a: &[Value], local: bool) -> PyResult {
    let secs = match a.first() {
        None | Some(Value::None) => (unix_nanos() / 1_000_000_000) as i64,
        Some(v) => {
            let f = vm.to_f64(v)?;
            if !f.is_finite() {
                return Err(if f.is_nan() {
                    vm.value_error("Invalid value NaN (not a number)")
                } else {
                    vm.overflow_error("timestamp out of range for platform time_t")
                });
            }
            f.floor() as i64
        }
    };
    // SAFETY: an all-zero `tm` is valid; the calls only write into it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let t = secs as libc::time_t;
    let ok = unsafe {
        if local {
            tzset();
            !libc::localtime_r(&t, &mut tm).is_null()
        } else {
            !libc::gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let zone = if tm.tm_zone.is_null() {
        String::from("UTC")
    } else {
        // SAFETY: tm_zone points to a NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    let fields = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let mut items: Vec<Value> = fields.iter().map(|&f| Value::Int(f)).collect();
    items.push(vm.new_str(zone));
    items.push(Value::Int(tm.tm_gmtoff));
    Ok(vm.new_tuple(items))
}

/// A C `tm` from a 9-item time tuple (Python's conventions: month 1-12, Monday = 0).
fn tm_from(vm: &mut Vm, v: &Value) -> PyResult<libc::tm> {
    let items = vm.collect(v)?;
    if items.len() < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes a sequence of length 9, not {}",
            items.len()
        )));
    }
    let mut f = [0i32; 9];
    for (slot, x) in f.iter_mut().zip(&items) {
        let n = vm.to_i64(x)?;
        *slot = i32::try_from(n)
            .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    }
    // SAFETY: an all-zero `tm` is a valid value.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = f[0] - 1900;
    tm.tm_mon = f[1] - 1;
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = (f[6] + 1) % 7;
    tm.tm_yday = f[7] - 1;
    tm.tm_isdst = f[8];
    Ok(tm)
}

/// `strftime(format, tuple)` through the C library (locale "C", as CPython's LC_TIME).
fn strftime(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("strftime", a, kw, 2, 2)?;
    let fmt = vm.expect_str(&a[0], "strftime() argument 1")?.to_string();
    let tm = tm_from(vm, &a[1])?;
    check_ranges(vm, &tm)?;
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let cfmt = std::ffi::CString::new(fmt.clone()).expect("no NUL");
    let mut cap = 1024.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; cap];
        // SAFETY: `buf` has `cap` bytes; strftime writes at most that many.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                cap,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || fmt.is_empty() || cap > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        cap *= 4;
    }
}

/// `checktm`: the field ranges CPython's strftime validates.
fn check_ranges(vm: &Vm, tm: &libc::tm) -> PyResult<()> {
    let bad = |what: &str| Err(vm.value_error(format!("{what} out of range")));
    if !(0..=11).contains(&tm.tm_mon) {
        return bad("month");
    }
    if !(1..=31).contains(&tm.tm_mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return bad("seconds");
    }
    if !(0..=365).contains(&tm.tm_yday) {
        return bad("day of year");
    }
    Ok(())
}

/// `timezone`, `altzone`, `daylight` and `tzname` from the C library's settings.
fn set_zone_info(vm: &mut Vm, m: &Rc<Object>) {
    // SAFETY: tzset initializes the C globals read below.
    let mut jan: libc::tm = unsafe { std::mem::zeroed() };
    let mut jul: libc::tm = unsafe { std::mem::zeroed() };
    let year_start: libc::time_t =
        ((unix_nanos() / 1_000_000_000) as i64 / 31_556_952 * 31_556_952) as libc::time_t;
    let mid = year_start + 183 * 86400;
    unsafe {
        tzset();
        libc::localtime_r(&year_start, &mut jan);
        libc::localtime_r(&mid, &mut jul);
    }
    let name = |tm: &libc::tm| {
        if tm.tm_zone.is_null() {
            "UTC".to_string()
        } else {
            // SAFETY: a NUL-terminated static string.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        }
    };
    let tz = vm.new_tuple(vec![vm.new_str(name(&jan)), vm.new_str(name(&jul))]);
    vm.set_attr_str(m, "tzname", tz);
    vm.set_attr_str(m, "timezone", Value::Int(-jan.tm_gmtoff));
    vm.set_attr_str(m, "altzone", Value::Int(-jul.tm_gmtoff));
    vm.set_attr_str(
        m,
        "daylight",
        Value::Int((jan.tm_gmtoff != jul.tm_gmtoff) as i64),
    );
}
