//! `memoryview` over bytes and bytearray: one-dimensional views of unsigned bytes
//! (format `'B'`), with slicing into sub-views, item assignment through bytearray-backed
//! views, `tobytes`/`tolist`/`hex`, `release` and the context-manager protocol. Other
//! buffer formats and `cast` are not supported.

use super::bytes::as_bytes;
use crate::object::*;
use crate::runtime::slice_positions;
use crate::Vm;
use std::cell::Cell;
use std::rc::Rc;

/// The view: positions `start + i*step` of the underlying object, `len` of them.
pub struct MemView {
    obj: Value,
    start: usize,
    len: usize,
    step: isize,
    released: Cell<bool>,
}

impl MemView {
    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(|i| (self.start as isize + i as isize * self.step) as usize)
    }

    /// The viewed bytes (positions past a shrunken bytearray's end are left out rather
    /// than read out of bounds).
    fn bytes(&self) -> Vec<u8> {
        let data = as_bytes(&self.obj).unwrap_or_default();
        self.positions()
            .filter_map(|p| data.get(p).copied())
            .collect()
    }

    fn readonly(&self) -> bool {
        !matches!(self.obj.payload(), Some(Payload::ByteArray(_)))
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.aux_type("memoryview");
    // memoryview matches sequence patterns.
    crate::runtime::pattern::set_collection_flag(&t, tflags::SEQUENCE);
    vm.add_staticmethod(&t, "__new__", memoryview_new);
    vm.add_method(&t, "__len__", |vm, a, _| {
        Ok(Value::Int(view(vm, &a[0])?.len as i64))
    });
    vm.add_method(&t, "__getitem__", getitem);
    vm.add_method(&t, "__setitem__", setitem);
    vm.add_method(&t, "__iter__", |vm, a, _| {
        let items = view(vm, &a[0])?.bytes();
        let list = vm.new_list(items.into_iter().map(|b| Value::Int(b as i64)).collect());
        vm.iter(&list)
    });
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let what = if view_ref(&a[0]).is_some_and(|v| v.released.get()) {
            "released memory"
        } else {
            "memory"
        };
        Ok(vm.new_str(format!("<{what} at {:#x}>", a[0].id())))
    });
    vm.add_method(&t, "__eq__", |vm, a, _| {
        let mine = view(vm, &a[0])?.bytes();
        match as_bytes(&a[1]) {
            Some(other) => Ok(Value::Bool(mine == other)),
            None => Ok(vm.singletons.not_implemented.clone()),
        }
    });
    vm.add_method(&t, "__hash__", |vm, a, _| {
        let v = view(vm, &a[0])?;
        if !v.readonly() {
            return Err(vm.value_error("cannot hash writable memoryview object"));
        }
        Ok(Value::Int(super::bytes::bytes_hash(&v.bytes())))
    });
    vm.add_method(&t, "tobytes", |vm, a, _| {
        let b = view(vm, &a[0])?.bytes();
        Ok(vm.new_bytes(b))
    });
    vm.add_method(&t, "tolist", |vm, a, _| {
        let b = view(vm, &a[0])?.bytes();
        Ok(vm.new_list(b.into_iter().map(|x| Value::Int(x as i64)).collect()))
    });
    vm.add_method(&t, "hex", |vm, a, kw| {
        let b = view(vm, &a[0])?.bytes();
        let b = vm.new_bytes(b);
        let m = vm.getattr_str(&b, "hex")?;
        vm.call(&m, &a[1..], kw)
    });
    vm.add_method(&t, "release", |_, a, _| {
        if let Some(v) = view_ref(&a[0]) {
            v.released.set(true);
        }
        Ok(Value::None)
    });
    vm.add_method(&t, "__enter__", |vm, a, _| {
        view(vm, &a[0])?;
        Ok(a[0].clone())
    });
    vm.add_method(&t, "__exit__", |_, a, _| {
        if let Some(v) = view_ref(&a[0]) {
            v.released.set(true);
        }
        Ok(Value::None)
    });
    init_attributes(vm, &t);
}

fn init_attributes(vm: &mut Vm, t: &Rc<Type>) {
    vm.add_getter(
        t,
        "readonly",
        |vm, a, _| Ok(Value::Bool(view(vm, &a[0])?.readonly())),
        None,
    );
    vm.add_getter(
        t,
        "nbytes",
        |vm, a, _| Ok(Value::Int(view(vm, &a[0])?.len as i64)),
        None,
    );
    vm.add_getter(
        t,
        "itemsize",
        |vm, a, _| view(vm, &a[0]).map(|_| Value::Int(1)),
        None,
    );
    vm.add_getter(
        t,
        "ndim",
        |vm, a, _| view(vm, &a[0]).map(|_| Value::Int(1)),
        None,
    );
    vm.add_getter(
        t,
        "format",
        |vm, a, _| {
            view(vm, &a[0])?;
            Ok(vm.new_str("B"))
        },
        None,
    );
    vm.add_getter(t, "obj", |vm, a, _| Ok(view(vm, &a[0])?.obj.clone()), None);
    vm.add_getter(
        t,
        "shape",
        |vm, a, _| {
            let n = view(vm, &a[0])?.len;
            Ok(vm.new_tuple(vec![Value::Int(n as i64)]))
        },
        None,
    );
    vm.add_getter(
        t,
        "strides",
        |vm, a, _| {
            let s = view(vm, &a[0])?.step;
            Ok(vm.new_tuple(vec![Value::Int(s as i64)]))
        },
        None,
    );
}

fn view_ref(v: &Value) -> Option<&MemView> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<MemView>(),
        _ => None,
    }
}

/// The view of a memoryview method's self, unless released.
fn view<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemView> {
    match view_ref(v) {
        Some(m) if m.released.get() => {
            Err(vm.value_error("operation forbidden on released memoryview object"))
        }
        Some(m) => Ok(m),
        None => Err(vm.type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The contents of a memoryview, for bytes-like arguments everywhere.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    view_ref(v)
        .filter(|m| !m.released.get())
        .map(MemView::bytes)
}

fn new_view(vm: &Vm, view: MemView) -> Value {
    let t = vm.aux_type("memoryview");
    vm.obj(&t, Payload::Native(Box::new(view)))
}

fn memoryview_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let bound = vm.bind_args("memoryview", &a[1..], kw, &["object"], 1)?;
    let obj = bound[0].clone().unwrap_or(Value::None);
    if let Some(v) = view_ref(&obj) {
        let v = view(vm, &obj).map(|_| v)?;
        let copy = MemView {
            obj: v.obj.clone(),
            start: v.start,
            len: v.len,
            step: v.step,
            released: Cell::new(false),
        };
        return Ok(new_view(vm, copy));
    }
    let Some(data) = as_bytes(&obj) else {
        return Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&obj)
        )));
    };
    let v = MemView {
        obj,
        start: 0,
        len: data.len(),
        step: 1,
        released: Cell::new(false),
    };
    Ok(new_view(vm, v))
}

fn getitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let v = view(vm, &a[0])?;
    if let Some(Payload::Slice(s)) = a[1].payload() {
        let s = s.clone();
        let (start, stop, step) = vm.slice_indices(&s, v.len)?;
        let n = slice_positions(start, stop, step).count();
        let sub = MemView {
            obj: v.obj.clone(),
            start: (v.start as isize + start as isize * v.step) as usize,
            len: n,
            step: v.step * step as isize,
            released: Cell::new(false),
        };
        return Ok(new_view(vm, sub));
    }
    let pos = position(vm, v, &a[1])?;
    let data = as_bytes(&v.obj).unwrap_or_default();
    match data.get(pos) {
        Some(b) => Ok(Value::Int(*b as i64)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

/// The underlying position of an int index into the view.
fn position(vm: &mut Vm, v: &MemView, k: &Value) -> PyResult<usize> {
    let Some(i) = vm.index_value(k)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let j = if i < 0 { i + v.len as i64 } else { i };
    if !(0..v.len as i64).contains(&j) {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok((v.start as isize + j as isize * v.step) as usize)
}

fn setitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let v = view(vm, &a[0])?;
    let Some(Payload::ByteArray(buf)) = v.obj.payload() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    if let Some(Payload::Slice(s)) = a[1].payload() {
        let s = s.clone();
        let (start, stop, step) = vm.slice_indices(&s, v.len)?;
        let targets: Vec<usize> = slice_positions(start, stop, step)
            .map(|i| (v.start as isize + i as isize * v.step) as usize)
            .collect();
        let Some(src) = as_bytes(&a[2]) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&a[2])
            )));
        };
        if src.len() != targets.len() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut b = buf.borrow_mut();
        for (p, x) in targets.into_iter().zip(src) {
            if let Some(slot) = b.get_mut(p) {
                *slot = x;
            }
        }
        return Ok(Value::None);
    }
    let pos = position(vm, v, &a[1])?;
    let byte = match vm.index_value(&a[2])? {
        Some(i) => u8::try_from(i)
            .map_err(|_| vm.value_error("memoryview: invalid value for format 'B'"))?,
        None => {
            return Err(vm.type_error("memoryview: invalid type for format 'B'"));
        }
    };
    match buf.borrow_mut().get_mut(pos) {
        Some(slot) => *slot = byte,
        None => return Err(vm.index_error("index out of bounds on dimension 1")),
    }
    Ok(Value::None)
}
