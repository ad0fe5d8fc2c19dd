//! dict and set operations that may run Python code (`__hash__`, `__eq__`): lookups probe
//! the tables natively and fall back to Python equality with the table unborrowed.

use super::compare::native_eq;
use super::CmpOp;
use crate::dict::Probe;
use crate::object::*;
use crate::set::{SetProbe, SetTable};
use crate::Vm;
use std::cell::RefCell;

impl Vm {
    fn dict_table<'a>(&self, d: &'a Value) -> &'a RefCell<crate::dict::DictTable> {
        d.as_dict().expect("a dict")
    }

    /// The entry index of `key` in dict `d`, with the key's hash.
    fn dict_find(&mut self, d: &Value, key: &Value) -> PyResult<(i64, Option<usize>)> {
        let hash = self.hash(key)?;
        let table = self.dict_table(d);
        'restart: loop {
            let probe = table.borrow().probe(hash, |k| {
                if k.is(key) {
                    Some(true)
                } else {
                    native_eq(k, key)
                }
            });
            match probe {
                Probe::Found(ix) => return Ok((hash, Some(ix))),
                Probe::Missing => return Ok((hash, None)),
                Probe::Undecided(cands) => {
                    for ix in cands {
                        let k = table.borrow().entry(ix).map(|e| e.key.clone());
                        let Some(k) = k else { continue };
                        if self.eq(&k, key)? {
                            if table.borrow().entry(ix).is_some_and(|e| e.key.is(&k)) {
                                return Ok((hash, Some(ix)));
                            }
                            continue 'restart;
                        }
                    }
                    return Ok((hash, None));
                }
            }
        }
    }

    /// `d.get(key)` for a dict (or subclass) without `__missing__`.
    pub fn dict_get(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let Some(s) = key.as_pystr() {
            if let Value::Obj(k) = key {
                if !k.class.heap {
                    return Ok(self.dict_table(d).borrow().get_str(&s.s, s.hash()));
                }
            }
        }
        let (_, ix) = self.dict_find(d, key)?;
        Ok(ix.and_then(|ix| {
            self.dict_table(d)
                .borrow()
                .entry(ix)
                .map(|e| e.value.clone())
        }))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        let (hash, ix) = self.dict_find(d, &key)?;
        let mut t = self.dict_table(d).borrow_mut();
        match ix {
            Some(ix) => {
                t.set_value(ix, value);
            }
            None => t.insert_new(hash, key, value),
        }
        Ok(())
    }

    /// `del d[key]`; false if absent.
    pub fn dict_del(&mut self, d: &Value, key: &Value) -> PyResult<bool> {
        let (_, ix) = self.dict_find(d, key)?;
        match ix {
            Some(ix) => {
                let e = self.dict_table(d).borrow_mut().remove_at(ix);
                drop(e);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `d.pop(key)`: the removed value.
    pub fn dict_pop(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let (_, ix) = self.dict_find(d, key)?;
        Ok(ix.map(|ix| self.dict_table(d).borrow_mut().remove_at(ix).value))
    }

    /// Sets `name` in a namespace dict object.
    pub fn dict_set_str(&mut self, d: &Value, name: &str, value: Value) {
        let k = self.new_str(name);
        self.dict_table(d).borrow_mut().set_str(k, value);
    }

    pub fn dict_get_str(&self, d: &Value, name: &str) -> Option<Value> {
        d.as_dict()?.borrow().get_str(name, str_hash(name))
    }

    /// `mapping[key]` for any mapping, `None` on KeyError.
    pub fn mapping_get(&mut self, m: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = m {
            if matches!(o.payload, Payload::Dict(_)) && !o.class.heap {
                return self.dict_get(m, key);
            }
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The (key, value) pairs of a mapping (`keys()` then `[key]`).
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(d) = m.as_dict() {
            if !matches!(m, Value::Obj(o) if o.class.heap) {
                return Ok(d.borrow().items());
            }
        }
        let keys = self.call_method(m, "keys", &[])?;
        let keys = self.collect(&keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// DICT_UPDATE / `dict.update(other)`.
    pub fn dict_update(&mut self, d: &Value, other: &Value) -> PyResult<()> {
        let items = if other.as_dict().is_some() && !matches!(other, Value::Obj(o) if o.class.heap)
        {
            self.dict_table(other).borrow().items()
        } else {
            let t = self.type_of(other);
            if t.lookup("keys").is_none() {
                return Err(self.attribute_error(other, "keys"));
            }
            self.mapping_items(other)?
        };
        for (k, v) in items {
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// DICT_MERGE (`f(**a, **b)`): duplicate keys are an error naming the function.
    pub fn dict_merge_kwargs(&mut self, d: &Value, other: &Value, func: &Value) -> PyResult<()> {
        let items = match self.mapping_items(other) {
            Ok(items) => items,
            Err(e) if self.is_instance_of(&e, "AttributeError") => {
                return Err(self.type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callable_name(func),
                    self.type_name(other)
                )))
            }
            Err(e) => return Err(e),
        };
        for (k, v) in items {
            if self.dict_get(d, &k)?.is_some() {
                let name = match k.as_str() {
                    Some(s) => s.to_string(),
                    None => {
                        return Err(self.type_error(format!(
                            "{} keywords must be strings",
                            self.callable_name(func)
                        )))
                    }
                };
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.callable_name(func),
                    name
                )));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    pub fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (ta, tb) = (self.dict_table(a), self.dict_table(b));
        if ta.borrow().len() != tb.borrow().len() {
            return Ok(false);
        }
        let items = ta.borrow().items();
        for (k, v) in items {
            match self.dict_get(b, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// LIST_EXTEND.
    pub fn list_extend_op(&mut self, l: &Value, it: &Value) -> PyResult<()> {
        if !self.is_iterable(it) {
            return Err(self.type_error(format!(
                "Value after * must be an iterable, not {}",
                self.type_name(it)
            )));
        }
        let items = self.collect(it)?;
        l.as_list().expect("a list").borrow_mut().extend(items);
        Ok(())
    }

    // ---- sets ----

    fn set_table<'a>(&self, s: &'a Value) -> SetRef<'a> {
        match s.payload() {
            Some(Payload::Set(t)) => SetRef::Mut(t),
            Some(Payload::FrozenSet(t)) => SetRef::Frozen(t),
            _ => panic!("not a set"),
        }
    }

    fn set_find(&mut self, s: &Value, key: &Value) -> PyResult<(i64, Option<usize>)> {
        let hash = self.hash(key)?;
        'restart: loop {
            let probe = self.set_table(s).with(|t| {
                t.probe(hash, |k| {
                    if k.is(key) {
                        Some(true)
                    } else {
                        native_eq(k, key)
                    }
                })
            });
            match probe {
                SetProbe::Found(ix) => return Ok((hash, Some(ix))),
                SetProbe::Missing => return Ok((hash, None)),
                SetProbe::Undecided(cands) => {
                    for ix in cands {
                        let k = self.set_table(s).with(|t| t.key_at(ix).cloned());
                        let Some(k) = k else { continue };
                        if self.eq(&k, key)? {
                            if self
                                .set_table(s)
                                .with(|t| t.key_at(ix).is_some_and(|x| x.is(&k)))
                            {
                                return Ok((hash, Some(ix)));
                            }
                            continue 'restart;
                        }
                    }
                    return Ok((hash, None));
                }
            }
        }
    }

    pub fn set_contains(&mut self, s: &Value, key: &Value) -> PyResult<bool> {
        match self.set_find(s, key) {
            Ok((_, ix)) => Ok(ix.is_some()),
            // `{1} in set_of_frozensets` works: an unhashable set is looked up as frozenset.
            Err(e)
                if self.is_instance_of(&e, "TypeError")
                    && matches!(key.payload(), Some(Payload::Set(_))) =>
            {
                let fs = self.frozenset_copy(key);
                self.set_find(s, &fs).map(|(_, ix)| ix.is_some())
            }
            Err(e) => Err(e),
        }
    }

    /// SET_ADD / `set.add`.
    pub fn set_add(&mut self, s: &Value, key: Value) -> PyResult<()> {
        let (hash, ix) = self.set_find(s, &key)?;
        if ix.is_none() {
            if let SetRef::Mut(t) = self.set_table(s) {
                t.borrow_mut().insert_new(hash, key);
            }
        }
        Ok(())
    }

    /// `set.discard`: whether it was present.
    pub fn set_discard(&mut self, s: &Value, key: &Value) -> PyResult<bool> {
        let (_, ix) = match self.set_find(s, key) {
            Ok(r) => r,
            Err(e)
                if self.is_instance_of(&e, "TypeError")
                    && matches!(key.payload(), Some(Payload::Set(_))) =>
            {
                let fs = self.frozenset_copy(key);
                self.set_find(s, &fs)?
            }
            Err(e) => return Err(e),
        };
        match (ix, self.set_table(s)) {
            (Some(ix), SetRef::Mut(t)) => {
                let k = t.borrow_mut().remove_at(ix);
                drop(k);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// A set value with `items` added in order (BUILD_SET).
    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult {
        let s = self.obj(&self.types.set, Payload::Set(RefCell::new(SetTable::new())));
        for item in items {
            self.set_add(&s, item)?;
        }
        Ok(s)
    }

    /// `set_update_internal`: sets merge table-wise, dicts pre-size, others add in order.
    pub fn set_update(&mut self, s: &Value, other: &Value) -> PyResult<()> {
        match other.payload() {
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => {
                let (items, n): (Vec<(i64, Value)>, usize) = self
                    .set_table(other)
                    .with(|t| (t.iter().map(|(h, k)| (h, k.clone())).collect(), t.len()));
                let SetRef::Mut(t) = self.set_table(s) else {
                    return Ok(());
                };
                if t.borrow().is_empty() {
                    *t.borrow_mut() = self.set_table(other).with(|o| o.copy());
                    return Ok(());
                }
                t.borrow_mut().reserve_for(n);
                for (h, k) in items {
                    let present = self.set_find(s, &k)?.1.is_some();
                    if !present {
                        if let SetRef::Mut(t) = self.set_table(s) {
                            t.borrow_mut().insert_new(h, k);
                        }
                    }
                }
                Ok(())
            }
            Some(Payload::Dict(d)) => {
                let keys = d.borrow().keys();
                if let SetRef::Mut(t) = self.set_table(s) {
                    t.borrow_mut().reserve_for(keys.len());
                }
                for k in keys {
                    self.set_add(s, k)?;
                }
                Ok(())
            }
            _ => {
                let it = self.iter(other)?;
                while let Some(x) = self.next(&it)? {
                    self.set_add(s, x)?;
                }
                Ok(())
            }
        }
    }

    pub fn set_items(&self, s: &Value) -> Vec<Value> {
        self.set_table(s)
            .with(|t| t.iter().map(|(_, k)| k.clone()).collect())
    }

    pub fn set_len(&self, s: &Value) -> usize {
        self.set_table(s).with(|t| t.len())
    }

    pub fn frozenset_copy(&self, s: &Value) -> Value {
        let t = self.set_table(s).with(|t| t.copy());
        self.obj(&self.types.frozenset, Payload::FrozenSet(t))
    }

    /// Subset/superset/equality comparisons between sets.
    pub fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let (la, lb) = (self.set_len(a), self.set_len(b));
        let subset = |vm: &mut Vm, x: &Value, y: &Value| -> PyResult<bool> {
            for k in vm.set_items(x) {
                if !vm.set_contains(y, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => la == lb && subset(self, a, b)?,
            CmpOp::Ne => !(la == lb && subset(self, a, b)?),
            CmpOp::Le => la <= lb && subset(self, a, b)?,
            CmpOp::Lt => la < lb && subset(self, a, b)?,
            CmpOp::Ge => la >= lb && subset(self, b, a)?,
            CmpOp::Gt => la > lb && subset(self, b, a)?,
        })
    }
}

/// A set's table, mutable (`set`) or not (`frozenset`).
pub enum SetRef<'a> {
    Mut(&'a RefCell<SetTable>),
    Frozen(&'a SetTable),
}

impl SetRef<'_> {
    pub fn with<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        match self {
            SetRef::Mut(t) => f(&t.borrow()),
            SetRef::Frozen(t) => f(t),
        }
    }
}
