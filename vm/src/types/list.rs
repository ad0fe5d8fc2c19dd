//! `list`: the methods, with CPython's messages and stable `sort` (keys, reverse).

use crate::object::*;
use crate::types::iter::IterState;
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    vm.add_staticmethod(&t, "__new__", |vm, a, _| {
        let Value::Type(cls) = &a[0] else {
            return Err(vm.type_error("list.__new__(X): X is not a type"));
        };
        let cls = cls.clone();
        Ok(vm.new_instance(&cls, Payload::List(RefCell::new(Vec::new()))))
    });
    vm.add_method(&t, "__init__", |vm, a, kw| {
        let a = vm.check_args("list", a, kw, 1, 2)?;
        let items = match a.get(1) {
            Some(it) => {
                let mut items = vm.collect(it)?;
                // CPython allocates exactly len(it) slots for a sized iterable (which
                // sys.getsizeof shows); pyco's capacity stands for that (`sizes.rs`).
                if vm.type_of(it).lookup("__len__").is_some() {
                    items.shrink_to_fit();
                }
                items
            }
            None => Vec::new(),
        };
        *items_of(&a[0]).borrow_mut() = items;
        Ok(Value::None)
    });
    vm.add_method(&t, "__repr__", list_repr);
    vm.add_method(&t, "__len__", |_, a, _| {
        Ok(Value::Int(items_of(&a[0]).borrow().len() as i64))
    });
    vm.add_method(&t, "__getitem__", list_getitem);
    vm.add_method(&t, "__setitem__", |vm, a, _| {
        let plain = plain_list(&a[0]);
        vm.list_setitem(&plain, &a[1], a[2].clone())?;
        Ok(Value::None)
    });
    vm.add_method(&t, "__delitem__", list_delitem);
    vm.add_method(&t, "__contains__", |vm, a, _| {
        let items = items_of(&a[0]).borrow().clone();
        for x in &items {
            if vm.eq(x, &a[1])? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    });
    vm.add_method(&t, "__iter__", |vm, a, _| {
        Ok(vm.new_iter("list_iterator", IterState::Seq(a[0].clone(), 0)))
    });
    vm.add_method(&t, "__reversed__", |vm, a, _| {
        let n = items_of(&a[0]).borrow().len();
        Ok(vm.new_iter("list_reverseiterator", IterState::Reversed(a[0].clone(), n)))
    });
    vm.add_method(&t, "__add__", |vm, a, _| match a[1].as_list() {
        Some(o) => {
            let mut v = items_of(&a[0]).borrow().clone();
            v.extend(o.borrow().iter().cloned());
            Ok(vm.new_list(v))
        }
        None => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&a[1])
        ))),
    });
    vm.add_method(&t, "__iadd__", |vm, a, _| {
        let items = vm.collect(&a[1])?;
        items_of(&a[0]).borrow_mut().extend(items);
        Ok(a[0].clone())
    });
    vm.add_method(&t, "__mul__", list_mul);
    vm.add_method(&t, "__rmul__", list_mul);
    vm.add_method(&t, "__imul__", |vm, a, _| {
        let n = vm.to_i64(&a[1])?.max(0) as usize;
        let l = items_of(&a[0]);
        let items = l.borrow().clone();
        let out = vm.repeat_items(&items, n)?;
        *l.borrow_mut() = out;
        Ok(a[0].clone())
    });
    for op in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] {
        let f: NativeFn = match op {
            "__lt__" => |vm, a, _| seq_cmp(vm, a, crate::runtime::CmpOp::Lt),
            "__le__" => |vm, a, _| seq_cmp(vm, a, crate::runtime::CmpOp::Le),
            "__eq__" => |vm, a, _| seq_cmp(vm, a, crate::runtime::CmpOp::Eq),
            "__ne__" => |vm, a, _| seq_cmp(vm, a, crate::runtime::CmpOp::Ne),
            "__gt__" => |vm, a, _| seq_cmp(vm, a, crate::runtime::CmpOp::Gt),
            _ => |vm, a, _| seq_cmp(vm, a, crate::runtime::CmpOp::Ge),
        };
        vm.add_method(&t, op, f);
    }
    vm.add_type_attr(&t, "__hash__", Value::None);
    vm.add_method(&t, "append", |vm, a, kw| {
        let a = vm.check_args("append", a, kw, 2, 2).map_err(|_| {
            vm.type_error(format!(
                "list.append() takes exactly one argument ({} given)",
                a.len() - 1
            ))
        })?;
        items_of(&a[0]).borrow_mut().push(a[1].clone());
        Ok(Value::None)
    });
    vm.add_method(&t, "extend", |vm, a, _| {
        let items = vm.collect(&a[1])?;
        items_of(&a[0]).borrow_mut().extend(items);
        Ok(Value::None)
    });
    vm.add_method(&t, "insert", |vm, a, kw| {
        let a = vm.check_args("insert", &a[1..], kw, 2, 2).map(|_| a)?;
        let i = vm.to_i64(&a[1])?;
        let l = items_of(&a[0]);
        let n = l.borrow().len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.borrow_mut().insert(j as usize, a[2].clone());
        Ok(Value::None)
    });
    vm.add_method(&t, "pop", |vm, a, kw| {
        let a = vm.check_args("pop", &a[1..], kw, 0, 1).map(|_| a)?;
        let l = items_of(&a[0]);
        let n = l.borrow().len() as i64;
        if n == 0 {
            return Err(vm.index_error("pop from empty list"));
        }
        let i = match a.get(1) {
            Some(i) => vm.to_i64(i)?,
            None => -1,
        };
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(vm.index_error("pop index out of range"));
        }
        Ok(l.borrow_mut().remove(j as usize))
    });
    vm.add_method(&t, "remove", |vm, a, _| {
        let items = items_of(&a[0]).borrow().clone();
        for (i, x) in items.iter().enumerate() {
            if vm.eq(x, &a[1])? {
                let l = items_of(&a[0]);
                if i < l.borrow().len() {
                    l.borrow_mut().remove(i);
                }
                return Ok(Value::None);
            }
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    });
    vm.add_method(&t, "index", |vm, a, kw| {
        let a = vm.check_args("index", &a[1..], kw, 1, 3).map(|_| a)?;
        let items = items_of(&a[0]).borrow().clone();
        let n = items.len() as i64;
        let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
        let start = match a.get(2) {
            Some(v) => norm(vm.to_i64(v)?),
            None => 0,
        };
        let stop = match a.get(3) {
            Some(v) => norm(vm.to_i64(v)?),
            None => n,
        };
        for i in start..stop {
            if vm.eq(&items[i as usize], &a[1])? {
                return Ok(Value::Int(i));
            }
        }
        let r = vm.repr_string(&a[1])?;
        Err(vm.value_error(format!("{r} is not in list")))
    });
    vm.add_method(&t, "count", |vm, a, _| {
        let items = items_of(&a[0]).borrow().clone();
        let mut c = 0;
        for x in &items {
            if vm.eq(x, &a[1])? {
                c += 1;
            }
        }
        Ok(Value::Int(c))
    });
    vm.add_method(&t, "clear", |vm, a, kw| {
        vm.no_args("list.clear", &a[1..], kw)?;
        // The buffer goes too, as in CPython (`eval/quick.rs` clears the same way).
        let items = std::mem::take(&mut *items_of(&a[0]).borrow_mut());
        drop(items);
        Ok(Value::None)
    });
    vm.add_method(&t, "copy", |vm, a, kw| {
        vm.no_args("list.copy", &a[1..], kw)?;
        Ok(vm.new_list(items_of(&a[0]).borrow().clone()))
    });
    vm.add_method(&t, "reverse", |vm, a, kw| {
        vm.no_args("list.reverse", &a[1..], kw)?;
        items_of(&a[0]).borrow_mut().reverse();
        Ok(Value::None)
    });
    vm.add_method(&t, "sort", list_sort);
}

pub fn items_of(v: &Value) -> &RefCell<Vec<Value>> {
    v.as_list().expect("list self")
}

fn plain_list(v: &Value) -> Value {
    v.clone()
}

fn seq_cmp(vm: &mut Vm, a: &[Value], op: crate::runtime::CmpOp) -> PyResult {
    match (a[0].as_list(), a[1].as_list()) {
        (Some(x), Some(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            Ok(Value::Bool(vm.sequence_compare(&x, &y, op)?))
        }
        _ => Ok(vm.singletons.not_implemented.clone()),
    }
}

/// `[a, b, c]`, `[...]` for a list that contains itself.
pub fn list_repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let items = items_of(&a[0]).borrow().clone();
    let s = vm.seq_repr(&a[0], &items, "[", "]")?;
    Ok(vm.new_str(s))
}

impl Vm {
    /// Items' reprs joined with ", " between `open` and `close`, guarding recursion.
    pub fn seq_repr(
        &mut self,
        me: &Value,
        items: &[Value],
        open: &str,
        close: &str,
    ) -> PyResult<String> {
        if items.is_empty() {
            return Ok(format!("{open}{close}"));
        }
        let id = me.id();
        if self.repr_guard.borrow().contains(&id) {
            return Ok(format!("{open}...{close}"));
        }
        self.repr_guard.borrow_mut().push(id);
        let mut out = String::from(open);
        let mut result = Ok(());
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.repr(x) {
                Ok(r) => out.push_str(r.as_str().unwrap_or_default()),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_guard.borrow_mut().retain(|x| *x != id);
        result?;
        out.push_str(close);
        Ok(out)
    }
}

fn list_getitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let l = items_of(&a[0]);
    if let Some(Payload::Slice(s)) = a[1].payload() {
        let s = s.clone();
        let n = l.borrow().len();
        let (start, stop, step) = vm.slice_indices(&s, n)?;
        let items = l.borrow();
        let out: Vec<Value> = crate::runtime::slice_positions(start, stop, step)
            .map(|p| items[p].clone())
            .collect();
        drop(items);
        return Ok(vm.new_list(out));
    }
    let Some(i) = vm.index_value(&a[1])? else {
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(&a[1])
        )));
    };
    let items = l.borrow();
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("list index out of range"));
    }
    Ok(items[j as usize].clone())
}

fn list_delitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let l = items_of(&a[0]);
    if let Some(Payload::Slice(s)) = a[1].payload() {
        let s = s.clone();
        let n = l.borrow().len();
        let (start, stop, step) = vm.slice_indices(&s, n)?;
        if step == 1 {
            // One contiguous range: a single memmove (removing one at a time would make
            // `del a[:k]` quadratic).
            let removed: Vec<Value> = if start < stop {
                l.borrow_mut()
                    .drain(start as usize..stop as usize)
                    .collect()
            } else {
                Vec::new()
            };
            drop(removed);
            return Ok(Value::None);
        }
        let mut pos: Vec<usize> = crate::runtime::slice_positions(start, stop, step).collect();
        pos.sort_unstable();
        let mut items = l.borrow_mut();
        for p in pos.into_iter().rev() {
            items.remove(p);
        }
        return Ok(Value::None);
    }
    let Some(i) = vm.index_value(&a[1])? else {
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(&a[1])
        )));
    };
    let n = l.borrow().len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let removed = l.borrow_mut().remove(j as usize);
    drop(removed);
    Ok(Value::None)
}

impl Vm {
    /// `items * n` for lists and tuples: MemoryError past CPython's largest list, and no
    /// loop at all when there is nothing to repeat (`[] * 2**62` is instant).
    pub fn repeat_items(&self, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
        if items.is_empty() || n == 0 {
            return Ok(Vec::new());
        }
        let total = items
            .len()
            .checked_mul(n)
            .ok_or_else(|| self.memory_error())?;
        self.check_alloc(total, crate::CPYTHON_ITEM_BYTES)?;
        let mut out = Vec::with_capacity(total);
        for _ in 0..n {
            out.extend(items.iter().cloned());
        }
        Ok(out)
    }
}

fn list_mul(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    match vm.index_value(&a[1])? {
        Some(n) => {
            let items = items_of(&a[0]).borrow().clone();
            let out = vm.repeat_items(&items, n.max(0) as usize)?;
            Ok(vm.new_list(out))
        }
        None => Ok(vm.singletons.not_implemented.clone()),
    }
}

fn list_sort(vm: &mut Vm, a: &[Value], kwnames: &[Value]) -> PyResult {
    if a.len() - kwnames.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let key = crate::args::keyword(a, kwnames, "key").filter(|k| !k.is_none());
    let reverse = match crate::args::keyword(a, kwnames, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    for k in kwnames {
        let k = k.as_str().unwrap_or_default();
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    let l = items_of(&a[0]);
    let items = std::mem::take(&mut *l.borrow_mut());
    let sorted = vm.sort_values(items, key.as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    match sorted {
        Ok(v) => {
            *l.borrow_mut() = v;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err((v, e)) => {
            *l.borrow_mut() = v;
            Err(e)
        }
    }
}

impl Vm {
    /// A stable sort with Python `<` (and an optional key); on error the items come back
    /// in some order with the exception.
    pub fn sort_values(
        &mut self,
        items: Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> Result<Vec<Value>, (Vec<Value>, PyErr)> {
        let keys = match key {
            Some(k) => {
                let mut ks = Vec::with_capacity(items.len());
                for x in &items {
                    match self.call(k, std::slice::from_ref(x), &[]) {
                        Ok(v) => ks.push(v),
                        Err(e) => return Err((items, e)),
                    }
                }
                ks
            }
            None => items.clone(),
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            idx.reverse();
        }
        let mut err: Option<PyErr> = None;
        // Merge sort over indices with a fallible comparison (stable).
        let mut less = |vm: &mut Vm, a: usize, b: usize| -> bool {
            if err.is_some() {
                return false;
            }
            let (x, y) = (&keys[a], &keys[b]);
            if let (Value::Int(p), Value::Int(q)) = (x, y) {
                return p < q;
            }
            match vm.compare_bool(x, y, crate::runtime::CmpOp::Lt) {
                Ok(r) => r,
                Err(e) => {
                    err = Some(e);
                    false
                }
            }
        };
        merge_sort(self, &mut idx, &mut less);
        if reverse {
            idx.reverse();
        }
        let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
        let out: Vec<Value> = idx
            .iter()
            .map(|&i| slots[i].take().expect("each index once"))
            .collect();
        match err {
            Some(e) => Err((out, e)),
            None => Ok(out),
        }
    }
}

fn merge_sort(vm: &mut Vm, v: &mut [usize], less: &mut impl FnMut(&mut Vm, usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(vm, v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(vm, &mut v[..mid], less);
    merge_sort(vm, &mut v[mid..], less);
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if less(vm, right[j], left[i]) {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
}

#[allow(dead_code)]
fn unused(_: Rc<Object>) {}
