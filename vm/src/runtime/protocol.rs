//! The abstract object protocols: truth, length, repr/str, hashing, iteration,
//! subscripting, membership and unpacking.

use super::convert::slice_positions;
use crate::object::*;
use crate::types::generator::GenKind;
use crate::types::iter::IterState;
use crate::Vm;
use num_traits::Zero;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Type(_) => Ok(true),
            Value::Obj(o) => {
                if !o.class.heap {
                    match &o.payload {
                        Payload::Str(s) => return Ok(!s.s.is_empty()),
                        Payload::List(l) => return Ok(!l.borrow().is_empty()),
                        Payload::Tuple(t) => return Ok(!t.is_empty()),
                        Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                        Payload::Set(s) => return Ok(!s.borrow().is_empty()),
                        Payload::FrozenSet(s) => return Ok(!s.is_empty()),
                        Payload::Int(b) => return Ok(!b.is_zero()),
                        Payload::Bytes(b) => return Ok(!b.is_empty()),
                        Payload::Complex(r, i) => return Ok(*r != 0.0 || *i != 0.0),
                        Payload::Float(f) => return Ok(*f != 0.0),
                        _ => {}
                    }
                }
                let t = o.class.clone();
                if let Some(m) = t.lookup("__bool__") {
                    let r = self.call_method_value(&m, v, &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if let Some(m) = t.lookup("__len__") {
                    let r = self.call_method_value(&m, v, &[])?;
                    let n = self.len_result(&r)?;
                    return Ok(n != 0);
                }
                Ok(true)
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if !o.class.heap {
                if let Some(n) = builtin_len(&o.payload) {
                    return Ok(n);
                }
            }
        }
        let t = self.type_of(v);
        match t.lookup("__len__") {
            Some(m) => {
                let r = self.call_method_value(&m, v, &[])?;
                self.len_result(&r)
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match self.index_of(r)? {
            Some(super::Index::Small(n)) if n >= 0 => Ok(n as usize),
            Some(super::Index::Small(_)) | Some(super::Index::Huge(true)) => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Some(super::Index::Huge(false)) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))),
        }
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult {
        match v {
            Value::Obj(o) if !o.class.heap => {
                if let Payload::Str(s) = &o.payload {
                    return Ok(self.new_str(pyco_compiler::constant::str_repr(&s.s)));
                }
            }
            Value::Int(i) => return Ok(self.new_str(i.to_string())),
            _ => {}
        }
        self.text_dunder(v, "__repr__", " while getting the repr of an object")
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(r.as_str().unwrap_or_default().to_string())
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: &Value) -> PyResult {
        match v {
            // An exact str is its own str(); a subclass goes through __str__.
            Value::Obj(o)
                if matches!(o.payload, Payload::Str(_))
                    && Rc::ptr_eq(&o.class, &self.types.str) =>
            {
                return Ok(v.clone())
            }
            Value::Int(i) => return Ok(self.new_str(i.to_string())),
            _ => {}
        }
        self.text_dunder(v, "__str__", " while getting the str of an object")
    }

    /// Calls `__repr__`/`__str__` (which `object` always defines) one recursion level
    /// deeper, and checks that it returned a str.
    fn text_dunder(&mut self, v: &Value, name: &str, recursion_what: &str) -> PyResult {
        let t = self.type_of(v);
        let m = t.lookup(name).expect("object defines __repr__ and __str__");
        self.enter_recursive(recursion_what)?;
        let r = self.call_method_value(&m, v, &[]);
        self.depth -= 1;
        let r = r?;
        match r.payload() {
            Some(Payload::Str(_)) => Ok(r),
            _ => Err(self.type_error(format!(
                "{name} returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.to_str(v)?;
        Ok(r.as_str().unwrap_or_default().to_string())
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult {
        let r = self.repr_string(v)?;
        Ok(self.new_str(crate::types::str::ascii_escape(&r)))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult {
        let t = self.type_of(v);
        let m = t.lookup("__format__").expect("object defines __format__");
        let r = self.call_method_value(&m, v, std::slice::from_ref(spec))?;
        match r.payload() {
            Some(Payload::Str(_)) => Ok(r),
            _ => Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            ))),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(hash_i64(*i)),
            Value::Bool(b) => return Ok(*b as i64),
            Value::Float(f) => return Ok(pyco_compiler::num::hash_float(*f, v.id() as i64 >> 4)),
            Value::None => return Ok(0xFCA86420),
            Value::Type(t) => return Ok(Rc::as_ptr(t) as *const u8 as i64 >> 4),
            Value::Obj(o) if !o.class.heap => match &o.payload {
                Payload::Str(s) => return Ok(s.hash()),
                Payload::Int(b) => return Ok(pyco_compiler::num::hash_int(b)),
                Payload::Tuple(items) => {
                    let items = items.to_vec();
                    return self.hash_tuple(&items);
                }
                _ => {}
            },
            _ => {}
        }
        let t = self.type_of(v);
        match t.lookup("__hash__") {
            Some(Value::None) | None => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Some(m) => {
                let r = self.call_method_value(&m, v, &[])?;
                match &r {
                    Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                    Value::Bool(b) => Ok(*b as i64),
                    Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                        let Payload::Int(b) = &o.payload else {
                            unreachable!()
                        };
                        Ok(pyco_compiler::num::hash_int(b))
                    }
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
        }
    }

    /// `tuplehash` (xxHash-based, as 3.8+).
    pub fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        let mut lanes = Vec::with_capacity(items.len());
        for item in items {
            lanes.push(self.hash(item)?);
        }
        Ok(tuple_hash_of(lanes.into_iter()))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult {
        if let Value::Obj(o) = v {
            if !o.class.heap {
                // (Slots of `crate::vm::ITER_TYPES`.)
                let state = match &o.payload {
                    Payload::List(_) => Some((0, IterState::Seq(v.clone(), 0))),
                    Payload::Tuple(_) => Some((1, IterState::Seq(v.clone(), 0))),
                    Payload::Str(_) => Some((2, IterState::Str(v.clone(), 0))),
                    Payload::Range(r) => Some((3, self.range_iter(r)?)),
                    Payload::Dict(d) => {
                        let ver = d.borrow().version;
                        let n = d.borrow().len();
                        Some((4, IterState::DictKeys(v.clone(), 0, ver, n)))
                    }
                    Payload::Set(s) => {
                        let n = s.borrow().len();
                        Some((5, IterState::Set(v.clone(), 0, n)))
                    }
                    Payload::FrozenSet(s) => Some((5, IterState::Set(v.clone(), 0, s.len()))),
                    Payload::Bytes(_) => Some((6, IterState::Seq(v.clone(), 0))),
                    Payload::Iter(_) => return Ok(v.clone()),
                    // (Coroutines and async generators are not iterable.)
                    Payload::Generator(g) if g.kind == GenKind::Generator => return Ok(v.clone()),
                    _ => None,
                };
                if let Some((slot, state)) = state {
                    let t = self.iter_types[slot]
                        .get_or_init(|| self.aux_type(crate::vm::ITER_TYPES[slot]))
                        .clone();
                    return Ok(self.obj(&t, Payload::Iter(RefCell::new(state))));
                }
            }
        }
        let t = self.type_of(v);
        if let Some(m) = t.lookup("__iter__") {
            if m.is_none() {
                return Err(self.not_iterable(v));
            }
            let it = self.call_method_value(&m, v, &[])?;
            let it_t = self.type_of(&it);
            if it_t.lookup("__next__").is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it_t.name()
                )));
            }
            return Ok(it);
        }
        if t.lookup("__getitem__").is_some() && !matches!(v, Value::Type(_)) {
            return Ok(self.new_iter("iterator", IterState::GetItem(v.clone(), 0)));
        }
        Err(self.not_iterable(v))
    }

    pub fn not_iterable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    pub fn is_iterable(&self, v: &Value) -> bool {
        let t = self.type_of(v);
        t.lookup("__iter__").is_some() || t.lookup("__getitem__").is_some()
    }

    pub fn new_iter(&self, type_name: &str, state: IterState) -> Value {
        let t = self.aux_type(type_name);
        self.obj(&t, Payload::Iter(RefCell::new(state)))
    }

    /// `next(it)`: `None` when exhausted (StopIteration is not raised for that).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iter(state) if !o.class.heap => return self.iter_next(state),
                Payload::Generator(_) if !o.class.heap => {
                    return self.generator_next(o);
                }
                _ => {}
            }
        }
        let t = self.type_of(it);
        let Some(m) = t.lookup("__next__") else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match self.call_method_value(&m, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if !o.class.heap {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    // CPython sizes the list from the length first: `list(range(10**20))`
                    // is an OverflowError and an oversized one a MemoryError, at once.
                    Payload::Range(_) => {
                        let n = self.len(v)?;
                        if n > i32::MAX as usize {
                            // The length hint is a `Py_ssize_t` of the 32-bit reference.
                            return Err(
                                self.overflow_error("Python int too large to convert to C ssize_t")
                            );
                        }
                        self.check_alloc(n, crate::CPYTHON_ITEM_BYTES)?;
                    }
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// UNPACK_SEQUENCE: exactly `n` items.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        // Only the exact types: a subclass may define `__iter__` (CPython checks the same).
        let exact = matches!(seq, Value::Obj(o)
            if Rc::ptr_eq(&o.class, &self.types.tuple) || Rc::ptr_eq(&o.class, &self.types.list));
        if let Some(t) = seq.as_tuple().filter(|_| exact) {
            if t.len() == n {
                return Ok(t.to_vec());
            }
        }
        if let Some(l) = seq.as_list().filter(|_| exact) {
            if l.borrow().len() == n {
                return Ok(l.borrow().clone());
            }
        }
        let it = self.iter(seq).map_err(|e| {
            if self.is_instance_of(&e, "TypeError") && !self.is_iterable(seq) {
                self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(seq)
                ))
            } else {
                e
            }
        })?;
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.next(&it)? {
                Some(v) => out.push(v),
                None => {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        out.len()
                    )))
                }
            }
        }
        if self.next(&it)?.is_some() {
            // 3.10 does not count the values (3.11 adds ", got N").
            let msg = format!("too many values to unpack (expected {n})");
            return Err(self.value_error(msg));
        }
        Ok(out)
    }

    /// UNPACK_EX: `before` items, a list of the rest, `after` items.
    pub fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let mut items = self.collect(seq)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        items.push(self.new_list(middle));
        items.extend(tail);
        Ok(items)
    }

    /// `c[k]`.
    pub fn getitem(&mut self, c: &Value, k: &Value) -> PyResult {
        if let Value::Obj(o) = c {
            if !o.class.heap {
                match (&o.payload, k) {
                    (Payload::List(l), Value::Int(i)) => {
                        let l = l.borrow();
                        let n = l.len() as i64;
                        let j = if *i < 0 { i + n } else { *i };
                        return if (0..n).contains(&j) {
                            Ok(l[j as usize].clone())
                        } else {
                            Err(self.index_error("list index out of range"))
                        };
                    }
                    (Payload::Tuple(t), Value::Int(i)) => {
                        let n = t.len() as i64;
                        let j = if *i < 0 { i + n } else { *i };
                        return if (0..n).contains(&j) {
                            Ok(t[j as usize].clone())
                        } else {
                            Err(self.index_error("tuple index out of range"))
                        };
                    }
                    (Payload::Dict(_), _) => {
                        return match self.dict_get(c, k)? {
                            Some(v) => Ok(v),
                            None => Err(self.key_error(k.clone())),
                        }
                    }
                    _ => {}
                }
            }
        }
        let t = self.type_of(c);
        if let Some(m) = t.lookup("__getitem__") {
            return self.call_method_value(&m, c, std::slice::from_ref(k));
        }
        if let Value::Type(ty) = c {
            if ty.lookup("__class_getitem__").is_some() {
                // Bound like any class attribute: it is an implicit classmethod.
                let m = self.getattr_str(c, "__class_getitem__")?;
                return self.call(&m, std::slice::from_ref(k), &[]);
            }
            if Rc::ptr_eq(ty, &self.types.type_) {
                return self.generic_alias(c, k);
            }
            return Err(self.type_error("'type' object is not subscriptable".to_string()));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(c)
        )))
    }

    /// `c[k] = v`.
    pub fn setitem(&mut self, c: &Value, k: &Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            if !o.class.heap {
                match &o.payload {
                    Payload::Dict(_) => return self.dict_set(c, k.clone(), v),
                    Payload::List(_) => return self.list_setitem(c, k, v),
                    _ => {}
                }
            }
        }
        let t = self.type_of(c);
        match t.lookup("__setitem__") {
            Some(m) => self.call_method_value(&m, c, &[k.clone(), v]).map(|_| ()),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(c)
            ))),
        }
    }

    /// `del c[k]`.
    pub fn delitem(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            if !o.class.heap {
                if let Payload::Dict(_) = &o.payload {
                    if !self.dict_del(c, k)? {
                        return Err(self.key_error(k.clone()));
                    }
                    return Ok(());
                }
            }
        }
        let t = self.type_of(c);
        match t.lookup("__delitem__") {
            Some(m) => self
                .call_method_value(&m, c, std::slice::from_ref(k))
                .map(|_| ()),
            None => {
                // CPython words it differently when the deletion went through the sequence
                // protocol (an index key on a type with sequence slots).
                let index_key = matches!(k, Value::Int(_) | Value::Bool(_))
                    || self.type_of(k).lookup("__index__").is_some();
                let sequence = t.heap
                    || ["__len__", "__contains__", "__getitem__"]
                        .iter()
                        .any(|m| t.lookup(m).is_some());
                let verb = if index_key && sequence {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!(
                    "'{}' object {verb} support item deletion",
                    self.type_name(c)
                )))
            }
        }
    }

    /// `list[k] = v` for int and slice keys.
    pub fn list_setitem(&mut self, c: &Value, k: &Value, v: Value) -> PyResult<()> {
        let l = c.as_list().expect("a list");
        if let Some(Payload::Slice(s)) = k.payload() {
            let s = s.clone();
            let items = self.collect(&v).map_err(|e| {
                if self.is_instance_of(&e, "TypeError") {
                    self.type_error("can only assign an iterable")
                } else {
                    e
                }
            })?;
            let n = l.borrow().len();
            let (start, stop, step) = self.slice_indices(&s, n)?;
            let mut l = l.borrow_mut();
            if step == 1 {
                let stop = stop.max(start);
                l.splice(start as usize..stop as usize, items);
                return Ok(());
            }
            let positions: Vec<usize> = slice_positions(start, stop, step).collect();
            if positions.len() != items.len() {
                return Err(self.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    items.len(),
                    positions.len()
                )));
            }
            for (p, item) in positions.into_iter().zip(items) {
                l[p] = item;
            }
            return Ok(());
        }
        let Some(i) = self.index_value(k)? else {
            return Err(self.type_error(format!(
                "list indices must be integers or slices, not {}",
                self.type_name(k)
            )));
        };
        let mut l = l.borrow_mut();
        let n = l.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(self.index_error("list assignment index out of range"));
        }
        l[j as usize] = v;
        Ok(())
    }

    /// `v in c`.
    pub fn contains(&mut self, c: &Value, v: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = c {
            if !o.class.heap {
                match &o.payload {
                    Payload::Str(s) => {
                        return match v.as_str() {
                            Some(sub) => Ok(s.s.contains(sub)),
                            None => Err(self.type_error(format!(
                                "'in <string>' requires string as left operand, not {}",
                                self.type_name(v)
                            ))),
                        }
                    }
                    Payload::Dict(_) => return Ok(self.dict_get(c, v)?.is_some()),
                    Payload::Set(_) | Payload::FrozenSet(_) => return self.set_contains(c, v),
                    Payload::List(l) => {
                        let items = l.borrow().clone();
                        for x in &items {
                            if self.eq(x, v)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    Payload::Tuple(t) => {
                        let items = t.to_vec();
                        for x in &items {
                            if self.eq(x, v)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    _ => {}
                }
            }
        }
        let t = self.type_of(c);
        if let Some(m) = t.lookup("__contains__") {
            let r = self.call_method_value(&m, c, std::slice::from_ref(v))?;
            return self.truthy(&r);
        }
        if !self.is_iterable(c) {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(c)
            )));
        }
        let it = self.iter(c)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, v)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// `tuplehash` over the items' hashes.
pub fn tuple_hash_of(lanes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = lanes.len() as u64;
    let mut acc = P5;
    for lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// `hash()` of a small int: itself, except that -1 is reserved.
pub fn hash_i64(i: i64) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let h = if i.unsigned_abs() >= MODULUS as u64 {
        let r = (i.unsigned_abs() % MODULUS as u64) as i64;
        if i < 0 {
            -r
        } else {
            r
        }
    } else {
        i
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn builtin_len(p: &Payload) -> Option<usize> {
    Some(match p {
        Payload::Str(s) => s.nchars,
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(d) => d.borrow().len(),
        Payload::Set(s) => s.borrow().len(),
        Payload::FrozenSet(s) => s.len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().len(),
        _ => return None,
    })
}

impl Vm {
    /// `type[...]` in annotations (`list[int]`): a `types.GenericAlias`-like value that
    /// prints as CPython's does.
    pub fn generic_alias(&mut self, origin: &Value, args: &Value) -> PyResult {
        let t = self.aux_type("types.GenericAlias");
        Ok(self.obj(&t, Payload::Tuple(Box::new([origin.clone(), args.clone()]))))
    }

    /// PRINT_EXPR (interactive mode): `sys.displayhook`.
    /// PRINT_EXPR: the value goes to `sys.displayhook`. (Kept out of the eval loop.)
    #[inline(never)]
    pub fn display_hook(&mut self, v: &Value) -> PyResult<()> {
        let Some(hook) = self.sys_attr("displayhook") else {
            return Err(self.runtime_error("lost sys.displayhook"));
        };
        self.call(&hook, std::slice::from_ref(v), &[])?;
        Ok(())
    }
}
