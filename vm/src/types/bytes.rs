//! `bytes` and `bytearray`: construction, the sequence protocol, comparisons, hashing,
//! `%`-formatting and bytearray mutation. The methods both types share are in
//! `bytes_methods`; they return the type of `self` (bytes for bytes, bytearray for
//! bytearray), as CPython's do.

use crate::args::positional;
use crate::object::*;
use crate::runtime::{slice_positions, CmpOp};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let bytes = vm.types.bytes.clone();
    let bytearray = vm.types.bytearray.clone();
    vm.add_staticmethod(&bytes, "__new__", bytes_new);
    vm.add_staticmethod(&bytearray, "__new__", bytearray_new);
    vm.add_method(&bytearray, "__init__", bytearray_init);
    for t in [&bytes, &bytearray] {
        init_common(vm, t);
        super::bytes_methods::init(vm, t);
    }
    vm.add_method(&bytes, "__hash__", |_, a, _| {
        Ok(Value::Int(bytes_hash(&data(&a[0]))))
    });
    vm.add_type_attr(&bytearray, "__hash__", Value::None);
    init_mutation(vm, &bytearray);
}

/// The dunders of both types.
fn init_common(vm: &mut Vm, t: &Rc<Type>) {
    vm.add_method(t, "__repr__", |vm, a, _| Ok(vm.new_str(bytes_repr(&a[0]))));
    vm.add_method(t, "__str__", |vm, a, _| Ok(vm.new_str(bytes_repr(&a[0]))));
    vm.add_method(t, "__len__", |_, a, _| {
        Ok(Value::Int(data(&a[0]).len() as i64))
    });
    vm.add_method(t, "__getitem__", getitem);
    vm.add_method(t, "__contains__", |vm, a, _| {
        let hay = data(&a[0]);
        let found = match as_bytes(&a[1]) {
            Some(sub) => find(&hay, &sub, 0, hay.len()).is_some(),
            None if vm.type_of(&a[1]).lookup("__index__").is_some() => {
                hay.contains(&byte_value(vm, &a[1])?)
            }
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&a[1])
                )))
            }
        };
        Ok(Value::Bool(found))
    });
    vm.add_method(t, "__iter__", |vm, a, _| {
        let name = match a[0].payload() {
            Some(Payload::ByteArray(_)) => "bytearray_iterator",
            _ => "bytes_iterator",
        };
        Ok(vm.new_iter(name, super::iter::IterState::Seq(a[0].clone(), 0)))
    });
    vm.add_method(t, "__add__", |vm, a, _| match as_bytes(&a[1]) {
        Some(other) => {
            let mut v = data(&a[0]);
            v.extend_from_slice(&other);
            Ok(same_kind(vm, &a[0], v))
        }
        // bytes has no number slot, so a reflected `__radd__` goes first; without one,
        // sq_concat's own error.
        None if vm.type_of(&a[1]).lookup("__radd__").is_some() => {
            Ok(vm.singletons.not_implemented.clone())
        }
        None => Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(&a[1]),
            vm.type_name(&a[0])
        ))),
    });
    vm.add_method(t, "__mul__", repeat);
    vm.add_method(t, "__rmul__", repeat);
    vm.add_method(t, "__mod__", |vm, a, _| {
        let r = super::str_format::percent_bytes(vm, &data(&a[0]), &a[1])?;
        Ok(same_kind(vm, &a[0], r))
    });
    vm.add_method(t, "__rmod__", |vm, _, _| {
        Ok(vm.singletons.not_implemented.clone())
    });
    vm.add_method(t, "__lt__", |vm, a, _| compare(vm, a, CmpOp::Lt));
    vm.add_method(t, "__le__", |vm, a, _| compare(vm, a, CmpOp::Le));
    vm.add_method(t, "__eq__", |vm, a, _| compare(vm, a, CmpOp::Eq));
    vm.add_method(t, "__ne__", |vm, a, _| compare(vm, a, CmpOp::Ne));
    vm.add_method(t, "__gt__", |vm, a, _| compare(vm, a, CmpOp::Gt));
    vm.add_method(t, "__ge__", |vm, a, _| compare(vm, a, CmpOp::Ge));
}

/// The contents of a bytes-like value (bytes, bytearray, memoryview), copied (so that no borrow of a bytearray
/// is held while Python code runs).
pub fn as_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::Native(_) => super::memoryview::view_bytes(v),
        _ => None,
    }
}

/// The contents of `self` in a bytes/bytearray method.
pub fn data(v: &Value) -> Vec<u8> {
    as_bytes(v).unwrap_or_default()
}

pub fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// A new object of the built-in type of `like`: bytearray for bytearrays, else bytes.
pub fn same_kind(vm: &Vm, like: &Value, v: Vec<u8>) -> Value {
    if is_bytearray(like) {
        vm.new_bytearray(v)
    } else {
        vm.new_bytes(v)
    }
}

impl Vm {
    /// The exception for a codec failure; Unicode errors get `encoding`, `object`,
    /// `start`, `end` and `reason` attributes (`object` is what was being converted).
    pub fn codec_err(&self, e: crate::text::codecs::CodecError, object: &Value) -> PyErr {
        let err = self.new_error(e.class, e.msg);
        if let Some((encoding, start, end, reason)) = e.detail {
            self.set_exc_attr(&err, "encoding", self.new_str(encoding));
            self.set_exc_attr(&err, "object", object.clone());
            self.set_exc_attr(&err, "start", Value::Int(start as i64));
            self.set_exc_attr(&err, "end", Value::Int(end as i64));
            self.set_exc_attr(&err, "reason", self.new_str(reason));
        }
        err
    }

    pub fn new_bytearray(&self, v: Vec<u8>) -> Value {
        self.obj(&self.types.bytearray, Payload::ByteArray(RefCell::new(v)))
    }
}

/// `repr(b)`: `b'...'`, or `bytearray(b'...')`, with the subclass name for subclasses of
/// bytearray as CPython prints it.
fn bytes_repr(v: &Value) -> String {
    let r = pyco_compiler::constant::bytes_repr(&data(v));
    match v {
        Value::Obj(o) if is_bytearray(v) => format!("{}({r})", o.class.name()),
        _ => r,
    }
}

/// FNV-1a: CPython randomizes bytes hashes per process, so any fixed well-mixed hash
/// will do (the same as `str`'s, which keeps `hash(b'a')` and `hash('a')` alike).
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    match h as i64 {
        -1 => -2,
        h => h,
    }
}

/// An int argument that must be a byte value (`x in b`, `append(x)`, `b[i] = x`).
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let Some(i) = vm.index_value(v)? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

fn repeat(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let Some(n) = vm.index_value(&a[1])? else {
        return Ok(vm.singletons.not_implemented.clone());
    };
    let d = data(&a[0]);
    let n = n.max(0) as usize;
    if is_bytearray(&a[0]) {
        vm.check_alloc(d.len(), n)?;
    } else {
        vm.check_repeat(d.len(), n, "bytes are")?;
    }
    Ok(same_kind(vm, &a[0], d.repeat(n)))
}

fn compare(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult {
    match as_bytes(&a[1]) {
        Some(other) => Ok(Value::Bool(op.holds(data(&a[0]).as_slice().cmp(&other)))),
        None => Ok(vm.singletons.not_implemented.clone()),
    }
}

/// `b[i]` (an int) and `b[i:j:k]` (the same type).
fn getitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let d = data(&a[0]);
    if let Some(Payload::Slice(s)) = a[1].payload() {
        let s = s.clone();
        let (start, stop, step) = vm.slice_indices(&s, d.len())?;
        let v: Vec<u8> = if step == 1 {
            d[start as usize..stop.max(start) as usize].to_vec()
        } else {
            slice_positions(start, stop, step).map(|p| d[p]).collect()
        };
        return Ok(same_kind(vm, &a[0], v));
    }
    let i = item_index(vm, &a[0], &a[1], d.len())?;
    Ok(Value::Int(d[i] as i64))
}

/// An int index into a bytes-like of length `n`, checked.
fn item_index(vm: &mut Vm, this: &Value, k: &Value, n: usize) -> PyResult<usize> {
    let name = if is_bytearray(this) {
        "bytearray"
    } else {
        "byte"
    };
    let Some(i) = vm.index_value(k)? else {
        return Err(vm.type_error(format!(
            "{name} indices must be integers or slices, not {}",
            vm.type_name(k)
        )));
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if !(0..n as i64).contains(&j) {
        let what = if is_bytearray(this) {
            "bytearray index"
        } else {
            "index"
        };
        return Err(vm.index_error(format!("{what} out of range")));
    }
    Ok(j as usize)
}

// ---- construction ----

fn bytes_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let Value::Type(cls) = &args[0] else {
        return Err(vm.type_error("bytes.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let bound = vm.bind_args(
        "bytes",
        &args[1..],
        kwnames,
        &["source", "encoding", "errors"],
        0,
    )?;
    let v = match &bound[0] {
        Some(src) if bound[1].is_none() && bound[2].is_none() => {
            match vm.type_of(src).lookup("__bytes__") {
                Some(m) if !matches!(src.payload(), Some(Payload::Bytes(_))) => {
                    let r = vm.call_method_value(&m, src, &[])?;
                    match r.payload() {
                        Some(Payload::Bytes(b)) => b.to_vec(),
                        _ => {
                            return Err(vm.type_error(format!(
                                "__bytes__ returned non-bytes (type {})",
                                vm.type_name(&r)
                            )))
                        }
                    }
                }
                _ => from_source(vm, src, "bytes")?,
            }
        }
        _ => from_args(vm, &bound, "bytes")?,
    };
    if Rc::ptr_eq(&cls, &vm.types.bytes) {
        return Ok(vm.new_bytes(v));
    }
    Ok(vm.new_instance(&cls, Payload::Bytes(v.into_boxed_slice())))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], _: &[Value]) -> PyResult {
    let Value::Type(cls) = &args[0] else {
        return Err(vm.type_error("bytearray.__new__(X): X is not a type object"));
    };
    Ok(vm.new_instance(cls, Payload::ByteArray(RefCell::new(Vec::new()))))
}

/// `bytearray(source, encoding, errors)` fills the (empty) new object.
fn bytearray_init(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let bound = vm.bind_args(
        "bytearray",
        &args[1..],
        kwnames,
        &["source", "encoding", "errors"],
        0,
    )?;
    let v = match &bound[0] {
        Some(src) if bound[1].is_none() && bound[2].is_none() => from_source(vm, src, "bytearray")?,
        _ => from_args(vm, &bound, "bytearray")?,
    };
    if let Some(Payload::ByteArray(b)) = args[0].payload() {
        *b.borrow_mut() = v;
    }
    Ok(Value::None)
}

/// No source, or a str source with an encoding.
fn from_args(vm: &mut Vm, bound: &[Option<Value>], kind: &str) -> PyResult<Vec<u8>> {
    let enc = super::str::opt_str_arg(vm, &bound[1], kind, "encoding")?;
    let errors = super::str::opt_str_arg(vm, &bound[2], kind, "errors")?;
    match &bound[0] {
        None if enc.is_some() || errors.is_some() => Err(vm.type_error(if enc.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })),
        None => Ok(Vec::new()),
        Some(src) => match src.as_str() {
            Some(s) => match enc {
                Some(enc) => crate::text::codecs::encode(s, enc, errors.unwrap_or("strict"))
                    .map_err(|e| vm.codec_err(e, src)),
                None => Err(vm.type_error("string argument without an encoding")),
            },
            None => Err(vm.type_error(if enc.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            })),
        },
    }
}

/// `bytes(x)` / `bytearray(x)` for one positional source: a count, a bytes-like, or an
/// iterable of ints.
fn from_source(vm: &mut Vm, src: &Value, kind: &str) -> PyResult<Vec<u8>> {
    if src.as_str().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(b) = as_bytes(src) {
        return Ok(b);
    }
    if vm.type_of(src).lookup("__index__").is_some() {
        let n = vm.to_i64(src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_bytes_alloc(n as usize, kind != "bytes")?;
        return Ok(vec![0; n as usize]);
    }
    if !vm.is_iterable(src) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {kind}",
            vm.type_name(src)
        )));
    }
    let items = vm.collect(src)?;
    items_to_bytes(vm, &items, kind)
}

fn items_to_bytes(vm: &mut Vm, items: &[Value], kind: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(i) = vm.index_value(item)? else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(item)
            )));
        };
        match u8::try_from(i) {
            Ok(b) => out.push(b),
            Err(_) if kind == "bytes" => {
                return Err(vm.value_error("bytes must be in range(0, 256)"))
            }
            Err(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// The bytes of an argument that accepts a bytes-like or an iterable of ints (`extend`,
/// slice assignment).
fn bytes_or_ints(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b);
    }
    let items = vm.collect(v)?;
    items_to_bytes(vm, &items, "bytearray")
}

// ---- bytearray mutation ----

fn ba(v: &Value) -> &RefCell<Vec<u8>> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => b,
        _ => unreachable!("bytearray methods are only bound to bytearrays"),
    }
}

fn init_mutation(vm: &mut Vm, t: &Rc<Type>) {
    vm.add_method(t, "__setitem__", setitem);
    vm.add_method(t, "__delitem__", delitem);
    vm.add_method(t, "append", |vm, a, kw| {
        let a = vm.check_args("append", &a[1..], kw, 1, 1).map(|_| a)?;
        let b = byte_value(vm, &a[1])?;
        ba(&a[0]).borrow_mut().push(b);
        Ok(Value::None)
    });
    vm.add_method(t, "extend", |vm, a, kw| {
        let a = vm.check_args("extend", &a[1..], kw, 1, 1).map(|_| a)?;
        if as_bytes(&a[1]).is_none() && !vm.is_iterable(&a[1]) {
            return Err(vm.type_error(format!(
                "can't extend bytearray with {}",
                vm.type_name(&a[1])
            )));
        }
        let v = bytes_or_ints(vm, &a[1])?;
        ba(&a[0]).borrow_mut().extend(v);
        Ok(Value::None)
    });
    vm.add_method(t, "insert", |vm, a, kw| {
        let a = vm.check_args("insert", &a[1..], kw, 2, 2).map(|_| a)?;
        let i = vm.to_i64(&a[1])?;
        let b = byte_value(vm, &a[2])?;
        let mut v = ba(&a[0]).borrow_mut();
        let n = v.len() as i64;
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(i as usize, b);
        Ok(Value::None)
    });
    vm.add_method(t, "pop", |vm, a, kw| {
        let a = vm.check_args("pop", &a[1..], kw, 0, 1).map(|_| a)?;
        let i = match a.get(1) {
            Some(i) => vm.to_i64(i)?,
            None => -1,
        };
        let mut v = ba(&a[0]).borrow_mut();
        if v.is_empty() {
            return Err(vm.index_error("pop from empty bytearray"));
        }
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(vm.index_error("pop index out of range"));
        }
        Ok(Value::Int(v.remove(j as usize) as i64))
    });
    vm.add_method(t, "remove", |vm, a, kw| {
        let a = vm.check_args("remove", &a[1..], kw, 1, 1).map(|_| a)?;
        let b = byte_value(vm, &a[1])?;
        let mut v = ba(&a[0]).borrow_mut();
        match v.iter().position(|x| *x == b) {
            Some(p) => {
                v.remove(p);
                Ok(Value::None)
            }
            None => Err(vm.value_error("value not found in bytearray")),
        }
    });
    vm.add_method(t, "reverse", |vm, a, kw| {
        vm.no_args("reverse", &a[1..], kw)?;
        ba(&a[0]).borrow_mut().reverse();
        Ok(Value::None)
    });
    vm.add_method(t, "clear", |vm, a, kw| {
        vm.no_args("clear", &a[1..], kw)?;
        ba(&a[0]).borrow_mut().clear();
        Ok(Value::None)
    });
    vm.add_method(t, "copy", |vm, a, kw| {
        vm.no_args("copy", &a[1..], kw)?;
        Ok(vm.new_bytearray(data(&a[0])))
    });
    vm.add_method(t, "__iadd__", |vm, a, _| match as_bytes(&a[1]) {
        Some(other) => {
            ba(&a[0]).borrow_mut().extend(other);
            Ok(a[0].clone())
        }
        None => Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[1])))),
    });
    vm.add_method(t, "__imul__", |vm, a, _| {
        let Some(n) = vm.index_value(&a[1])? else {
            return Ok(vm.singletons.not_implemented.clone());
        };
        let mut v = ba(&a[0]).borrow_mut();
        let n = n.max(0) as usize;
        vm.check_alloc(v.len(), n)?;
        *v = v.repeat(n);
        drop(v);
        Ok(a[0].clone())
    });
}

fn setitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let n = ba(&a[0]).borrow().len();
    if let Some(Payload::Slice(s)) = a[1].payload() {
        let s = s.clone();
        if vm.type_of(&a[2]).lookup("__index__").is_some() {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let items = bytes_or_ints(vm, &a[2])?;
        let (start, stop, step) = vm.slice_indices(&s, n)?;
        let mut v = ba(&a[0]).borrow_mut();
        if step == 1 {
            v.splice(start as usize..stop.max(start) as usize, items);
            return Ok(Value::None);
        }
        let positions: Vec<usize> = slice_positions(start, stop, step).collect();
        if positions.len() != items.len() {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                items.len(),
                positions.len()
            )));
        }
        for (p, b) in positions.into_iter().zip(items) {
            v[p] = b;
        }
        return Ok(Value::None);
    }
    let i = item_index(vm, &a[0], &a[1], n)?;
    let b = byte_value(vm, &a[2])?;
    ba(&a[0]).borrow_mut()[i] = b;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let n = ba(&a[0]).borrow().len();
    if let Some(Payload::Slice(s)) = a[1].payload() {
        let s = s.clone();
        let (start, stop, step) = vm.slice_indices(&s, n)?;
        let doomed: std::collections::HashSet<usize> = slice_positions(start, stop, step).collect();
        let mut v = ba(&a[0]).borrow_mut();
        let mut i = 0;
        v.retain(|_| {
            i += 1;
            !doomed.contains(&(i - 1))
        });
        return Ok(Value::None);
    }
    let i = item_index(vm, &a[0], &a[1], n)?;
    ba(&a[0]).borrow_mut().remove(i);
    Ok(Value::None)
}

/// Positional arguments of a method after `self`.
pub fn method_args<'a>(a: &'a [Value], kw: &[Value]) -> &'a [Value] {
    &positional(a, kw)[1..]
}

/// `b.find(sub)` over `hay[start..end]`: the first index, in `hay`.
pub fn find(hay: &[u8], sub: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < sub.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(start);
    }
    hay[start..end]
        .windows(sub.len())
        .position(|w| w == sub)
        .map(|p| p + start)
}
