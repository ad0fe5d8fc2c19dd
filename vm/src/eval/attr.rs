//! Per-instruction caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR on objects that use the
//! generic attribute protocol (CPython 3.11's specialized attribute instructions, simplified).
//!
//! A slot remembers, for one instruction and one of the last few classes it saw, what the
//! class-side lookup decided (the attribute found along the MRO and whether the generic
//! protocol then reads or writes the instance dict), plus where the name last sat in an
//! instance dict. It holds while `lookup_cache::epoch` has not moved: any write
//! to any type's namespace, and any type's death, move it. So the attribute found is still
//! in its class's dict (alive, held there) and the slot keeps no reference of its own.

use crate::dict::DictTable;
use crate::object::*;
use crate::Vm;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Empty,
    /// LOAD_ATTR: no data descriptor on the class; the instance dict comes first.
    Load,
    /// LOAD_METHOD: a plain function (or native method) on the class.
    Method,
    /// STORE_ATTR: nothing on the class intercepts the store; it goes to the instance dict.
    Store,
    /// None of the above: the instruction takes the general path on this class.
    Generic,
}

#[derive(Clone, Copy)]
struct Slot {
    /// The class's address.
    ty: usize,
    epoch: u64,
    kind: Kind,
    /// The class attribute (not counted: see the module comment); null when there is none
    /// or it is not an object (then a miss in the instance dict takes the generic path).
    found: *const Object,
    /// Entry index of the name in the instance dict last seen.
    hint: usize,
}

const EMPTY: Slot = Slot {
    ty: 0,
    epoch: 0,
    kind: Kind::Empty,
    found: std::ptr::null(),
    hint: 0,
};

/// How many classes one instruction remembers: call sites often see a few classes in turn
/// (a method of a base class called on instances of its subclasses).
const WAYS: usize = 4;

/// `WAYS` slots for each attribute instruction of a code object, most recent first.
pub struct AttrCache {
    /// For each instruction, the index of its first slot (`u32::MAX`: not an attribute
    /// instruction).
    first: Box<[u32]>,
    slots: Box<[Cell<Slot>]>,
}

impl AttrCache {
    pub fn new(instrs: &[super::Instr]) -> AttrCache {
        use super::op::Op;
        let mut n = 0u32;
        let first = instrs
            .iter()
            .map(|ins| match ins.op {
                Op::LOAD_ATTR | Op::LOAD_METHOD | Op::STORE_ATTR => {
                    n += WAYS as u32;
                    n - WAYS as u32
                }
                _ => u32::MAX,
            })
            .collect();
        AttrCache {
            first,
            slots: (0..n).map(|_| Cell::new(EMPTY)).collect(),
        }
    }

    /// The slots of instruction `i`.
    #[inline(always)]
    fn ways(&self, i: usize) -> &[Cell<Slot>] {
        let first = self.first.get(i).copied().unwrap_or(u32::MAX) as usize;
        self.slots.get(first..first + WAYS).unwrap_or(&[])
    }

    /// The slot of instruction `i` filled on class `t`, if it still holds (with its index
    /// for `set_hint`).
    #[inline(always)]
    fn hit(&self, i: usize, t: &Type) -> Option<(usize, Slot)> {
        let ty = t as *const Type as usize;
        let ways = self.ways(i);
        let way = ways.iter().position(|c| c.get().ty == ty)?;
        let slot = ways[way].get();
        (slot.epoch == crate::lookup_cache::epoch(t)).then_some((way, slot))
    }

    /// Records what instruction `i` found on class `t`, replacing the least recent slot.
    fn fill(&self, i: usize, t: &Type, kind: Kind, found: Option<&Value>) {
        let ways = self.ways(i);
        if ways.is_empty() {
            return;
        }
        let found = match found {
            Some(Value::Obj(o)) => Rc::as_ptr(o),
            _ => std::ptr::null(),
        };
        let ty = t as *const Type as usize;
        // A stale slot of the same class goes; otherwise the last one.
        let stale = ways
            .iter()
            .position(|c| c.get().ty == ty)
            .unwrap_or(WAYS - 1);
        for w in (1..=stale).rev() {
            ways[w].set(ways[w - 1].get());
        }
        ways[0].set(Slot {
            ty,
            epoch: crate::lookup_cache::epoch(t),
            kind,
            found,
            hint: 0,
        });
    }

    fn set_hint(&self, i: usize, way: usize, hint: usize) {
        if let Some(cell) = self.ways(i).get(way) {
            let mut slot = cell.get();
            slot.hint = hint;
            cell.set(slot);
        }
    }
}

/// A counted reference to the class attribute a valid slot found.
fn found_value(slot: &Slot) -> Value {
    // SAFETY: the slot holds (checked by `hit`), so the attribute is still in its class's
    // dict, which keeps it alive; the new `Rc` owns the count added here.
    unsafe {
        Rc::increment_strong_count(slot.found);
        Value::Obj(Rc::from_raw(slot.found))
    }
}

/// The entry index of `name` (an interned str) in `d`: the hint when the entry there has
/// this very key object, else a hashed lookup.
#[inline]
fn index_of(d: &DictTable, name: &Value, hint: usize) -> Option<usize> {
    if d.entry(hint).is_some_and(|e| e.key.is(name)) {
        return Some(hint);
    }
    let s = name.as_pystr()?;
    d.index_of_str(&s.s, s.hash())
}

/// The instance dict of `o`, when it has one.
#[inline]
fn instance_dict(o: &Object) -> Option<&std::cell::RefCell<DictTable>> {
    match &o.dict.get()?.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// Classes whose instances take the generic protocol (no `__getattribute__`/`__getattr__`).
fn generic_get(t: &Type) -> bool {
    !t.has_flag(tflags::GETATTRIBUTE | tflags::GETATTR)
}

impl Vm {
    /// LOAD_ATTR: `obj.name` for instruction `i` of `code`.
    #[inline]
    pub(super) fn load_attr_cached(
        &mut self,
        code: &Code,
        i: usize,
        obj: &Value,
        name: &Value,
    ) -> PyResult {
        let Value::Obj(o) = obj else {
            return self.getattr(obj, name);
        };
        let t = &o.class;
        let (way, slot) = match code.attr_cache.hit(i, t) {
            Some((way, slot)) if slot.kind == Kind::Load => (way, slot),
            Some(_) => return self.getattr(obj, name),
            None => return self.load_attr_fill(code, i, obj, name),
        };
        if let Some(d) = instance_dict(o) {
            let d = d.borrow();
            if let Some(ix) = index_of(&d, name, slot.hint) {
                if ix != slot.hint {
                    code.attr_cache.set_hint(i, way, ix);
                }
                return Ok(d.entry(ix).expect("live entry").value.clone());
            }
        }
        if slot.found.is_null() {
            return self.getattr(obj, name);
        }
        let t = t.clone();
        self.descr_get(&found_value(&slot), obj, &t)
    }

    /// LOAD_ATTR's cache miss: fills the slot when the protocol is the generic one and the
    /// class has no data descriptor for the name, then loads the attribute the usual way.
    #[inline(never)]
    fn load_attr_fill(&mut self, code: &Code, i: usize, obj: &Value, name: &Value) -> PyResult {
        if let (Value::Obj(o), Some(s)) = (obj, name.as_str()) {
            let t = &o.class;
            let found = t.lookup(s);
            let load =
                generic_get(t) && !found.as_ref().is_some_and(|a| self.is_data_descriptor(a));
            let kind = if load { Kind::Load } else { Kind::Generic };
            code.attr_cache.fill(i, t, kind, found.as_ref());
        }
        self.getattr(obj, name)
    }

    /// LOAD_METHOD: `(Some(function), obj)` for a plain method, else `(None, attribute)`,
    /// as `Vm::load_method`.
    #[inline]
    pub(super) fn load_method_cached(
        &mut self,
        code: &Code,
        i: usize,
        obj: &Value,
        name: &Value,
    ) -> PyResult<(Option<Value>, Value)> {
        if let Value::Obj(o) = obj {
            let t = &o.class;
            match code.attr_cache.hit(i, t) {
                Some((_, slot)) if slot.kind == Kind::Method => {
                    let shadowed = instance_dict(o).is_some_and(|d| {
                        let d = d.borrow();
                        let hash = name.as_pystr().map_or(0, |s| s.hash());
                        d.might_contain(hash) && index_of(&d, name, slot.hint).is_some()
                    });
                    if !shadowed {
                        return Ok((Some(found_value(&slot)), obj.clone()));
                    }
                }
                Some(_) => {}
                None => self.load_method_fill(code, i, t, name),
            }
        }
        self.load_method(obj, name)
    }

    /// Fills LOAD_METHOD's slot when the class attribute is a plain method.
    #[inline(never)]
    fn load_method_fill(&mut self, code: &Code, i: usize, t: &Rc<Type>, name: &Value) {
        let Some(s) = name.as_str() else {
            return;
        };
        let found = t.lookup(s);
        let plain = !t.has_flag(tflags::GETATTRIBUTE)
            && match &found {
                Some(Value::Obj(ao)) => match &ao.payload {
                    Payload::Function(_) => true,
                    Payload::MethodDescr(d) => d.kind == DescrKind::Method,
                    _ => false,
                },
                _ => false,
            };
        let kind = if plain { Kind::Method } else { Kind::Generic };
        code.attr_cache.fill(i, t, kind, found.as_ref());
    }

    /// STORE_ATTR: `obj.name = v`.
    #[inline]
    pub(super) fn store_attr_cached(
        &mut self,
        code: &Code,
        i: usize,
        obj: &Value,
        name: &Value,
        v: Value,
    ) -> PyResult<()> {
        let Value::Obj(o) = obj else {
            return self.setattr(obj, name, v);
        };
        let t = &o.class;
        let (way, slot) = match code.attr_cache.hit(i, t) {
            Some((way, slot)) if slot.kind == Kind::Store => (way, slot),
            Some(_) => return self.setattr(obj, name, v),
            None => {
                self.store_attr_fill(code, i, t, name);
                return self.setattr(obj, name, v);
            }
        };
        // Functions make their `__dict__` on the first store: the general path does that.
        let Some(d) = instance_dict(o) else {
            return self.setattr(obj, name, v);
        };
        let mut d = d.borrow_mut();
        let old = match index_of(&d, name, slot.hint) {
            Some(ix) => {
                if ix != slot.hint {
                    code.attr_cache.set_hint(i, way, ix);
                }
                Some(d.set_value(ix, v))
            }
            None => {
                let hash = name.as_pystr().expect("names are str").hash();
                d.insert_new(hash, name.clone(), v);
                None
            }
        };
        // The old value dies with the dict unborrowed.
        drop(d);
        drop(old);
        Ok(())
    }

    /// Fills STORE_ATTR's slot when nothing on the class intercepts the store (no
    /// `__setattr__`, `__slots__`, property, native getter or descriptor with `__set__`):
    /// `generic_setattr` then writes to the instance dict.
    #[inline(never)]
    fn store_attr_fill(&mut self, code: &Code, i: usize, t: &Rc<Type>, name: &Value) {
        let Some(s) = name.as_str() else {
            return;
        };
        let found = t.lookup(s);
        let intercepts = t.has_flag(tflags::SETATTR | tflags::SLOTS)
            || match &found {
                Some(Value::Obj(ao)) => match &ao.payload {
                    Payload::Property(_) => true,
                    Payload::MethodDescr(d) => d.kind == DescrKind::Getter,
                    _ => ao.class.heap && ao.class.lookup("__set__").is_some(),
                },
                _ => false,
            };
        let kind = if intercepts {
            Kind::Generic
        } else {
            Kind::Store
        };
        code.attr_cache.fill(i, t, kind, None);
    }
}
