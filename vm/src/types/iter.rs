//! The built-in iterators (list/tuple/str/range/dict/set iterators, enumerate, zip, map,
//! filter, reversed, the `__getitem__` protocol and `iter(callable, sentinel)`).

use super::dict::ViewKind;
use crate::object::*;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::Signed;
use std::cell::RefCell;
use std::rc::Rc;

pub enum IterState {
    /// list/tuple/bytes by index.
    Seq(Value, usize),
    /// str by byte offset.
    Str(Value, usize),
    Range(i64, i64, i64),
    /// A range beyond i64 (`longrange_iterator`): next value, step, items left (boxed:
    /// the three ints would make every iterator, and so every object, 32 bytes larger).
    BigRange(Box<(BigInt, BigInt, BigInt)>),
    /// dict, position, version at creation, size at creation, what to yield.
    Dict(Value, usize, u64, usize, ViewKind),
    DictKeys(Value, usize, u64, usize),
    /// set, position, size at creation.
    Set(Value, usize, usize),
    /// `reversed(seq)` by index (the next index + 1).
    Reversed(Value, usize),
    GetItem(Value, usize),
    Callable(Value, Value),
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Exhausted,
}

pub fn init_aux(vm: &Vm, name: &str, t: &Rc<Type>) {
    if name.ends_with("iterator")
        || matches!(name, "enumerate" | "zip" | "map" | "filter" | "reversed")
    {
        vm.add_method(t, "__iter__", |_, a, _| Ok(a[0].clone()));
        vm.add_method(t, "__next__", |vm, a, _| match vm.next(&a[0])? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::None)),
        });
        vm.add_method(t, "__length_hint__", |vm, a, _| {
            let n = match a[0].payload() {
                Some(Payload::Iter(s)) => match &*s.borrow() {
                    IterState::Seq(v, i) => vm
                        .len(&v.clone())
                        .map(|n| n.saturating_sub(*i))
                        .unwrap_or(0),
                    IterState::Range(a, b, c) => {
                        crate::runtime::compare::range_len(*a as i128, *b as i128, *c as i128)
                            as usize
                    }
                    _ => 0,
                },
                _ => 0,
            };
            Ok(Value::Int(n as i64))
        });
    }
}

impl Vm {
    /// One step of a built-in iterator.
    pub fn iter_next(&mut self, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::Seq(seq, i) => {
                let item = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(*i).cloned(),
                    Some(Payload::Tuple(t)) => t.get(*i).cloned(),
                    Some(Payload::Bytes(b)) => b.get(*i).map(|x| Value::Int(*x as i64)),
                    Some(Payload::ByteArray(b)) => {
                        b.borrow().get(*i).map(|x| Value::Int(*x as i64))
                    }
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *i += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Str(s, pos) => {
                let text = s.as_str().unwrap_or_default();
                match text[*pos..].chars().next() {
                    Some(c) => {
                        *pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Ok(Some(self.new_str(&*c.encode_utf8(&mut buf))))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::BigRange(b) => {
                let (cur, step, left) = &mut **b;
                if !left.is_positive() {
                    return Ok(None);
                }
                let v = cur.clone();
                *cur += &*step;
                *left -= 1;
                Ok(Some(self.new_bigint(v)))
            }
            IterState::Range(cur, stop, step) => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur = cur.saturating_add(*step);
                    if (*step > 0 && *cur < v) || (*step < 0 && *cur > v) {
                        *cur = *stop;
                    }
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Dict(d, pos, version, size, kind) => {
                let kind = *kind;
                let table = d.as_dict().expect("dict").borrow();
                if table.len() != *size {
                    drop(table);
                    *size = usize::MAX;
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                let _ = version;
                match table.next_from(*pos) {
                    Some((next, e)) => {
                        let (k, v) = (e.key.clone(), e.value.clone());
                        drop(table);
                        *pos = next;
                        Ok(Some(match kind {
                            ViewKind::Keys => k,
                            ViewKind::Values => v,
                            ViewKind::Items => self.new_tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::DictKeys(d, pos, _, size) => {
                let table = d.as_dict().expect("dict").borrow();
                if table.len() != *size {
                    drop(table);
                    *size = usize::MAX;
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                match table.next_from(*pos) {
                    Some((next, e)) => {
                        let k = e.key.clone();
                        drop(table);
                        *pos = next;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set(s, pos, size) => {
                let s = s.clone();
                if self.set_len(&s) != *size {
                    *size = usize::MAX;
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                let r = match s.payload() {
                    Some(Payload::Set(t)) => {
                        t.borrow().next_from(*pos).map(|(n, k)| (n, k.clone()))
                    }
                    Some(Payload::FrozenSet(t)) => t.next_from(*pos).map(|(n, k)| (n, k.clone())),
                    _ => None,
                };
                match r {
                    Some((n, k)) => {
                        *pos = n;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterState::Reversed(seq, i) => {
                if *i == 0 {
                    return Ok(None);
                }
                *i -= 1;
                let (seq, idx) = (seq.clone(), *i);
                drop(st);
                match seq.payload() {
                    Some(Payload::List(l)) => {
                        let v = l.borrow().get(idx).cloned();
                        if v.is_none() {
                            *state.borrow_mut() = IterState::Exhausted;
                        }
                        Ok(v)
                    }
                    Some(Payload::Tuple(t)) => Ok(t.get(idx).cloned()),
                    _ => self.getitem(&seq, &Value::Int(idx as i64)).map(Some),
                }
            }
            IterState::GetItem(seq, i) => {
                let (seq, idx) = (seq.clone(), *i);
                *i += 1;
                drop(st);
                match self.getitem(&seq, &Value::Int(idx as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.is_instance_of(&e, "IndexError")
                            || self.is_instance_of(&e, "StopIteration") =>
                    {
                        *state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable(f, sentinel) => {
                let (f, sentinel) = (f.clone(), sentinel.clone());
                drop(st);
                let v = self.call(&f, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    *state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Enumerate(it, count) => {
                let (it, n) = (it.clone(), count.clone());
                drop(st);
                match self.next(&it)? {
                    Some(v) => {
                        let next =
                            self.binary_op(&n, &Value::Int(1), crate::runtime::BinOp::Add)?;
                        if let IterState::Enumerate(_, c) = &mut *state.borrow_mut() {
                            *c = next;
                        }
                        Ok(Some(self.new_tuple(vec![n, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip(its, strict) => {
                let (its, strict) = (its.clone(), *strict);
                drop(st);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            *state.borrow_mut() = IterState::Exhausted;
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{}{}",
                                        i + 1,
                                        plural,
                                        i
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            plural,
                                            j
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.new_tuple(items)))
            }
            IterState::Map(f, its) => {
                let (f, its) = (f.clone(), its.clone());
                drop(st);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, &args, &[]).map(Some)
            }
            IterState::Filter(f, it) => {
                let (f, it) = (f.clone(), it.clone());
                drop(st);
                while let Some(v) = self.next(&it)? {
                    let keep = if f.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&f, std::slice::from_ref(&v), &[])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Exhausted => Ok(None),
        }
    }
}
