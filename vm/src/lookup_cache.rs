//! The attribute lookup cache behind `Type::lookup` (CPython's method cache): remembers
//! what a name resolved to along a type's MRO, so attribute access and method calls skip
//! hashing the name and probing one dict per base class.
//!
//! Entries are keyed by the type's address and the name's text. Any write to any type's
//! namespace (`TypeDict::borrow_mut`) and the death of any type empty the whole cache, so
//! an entry never outlives what it describes (nor keeps a replaced value alive). Both are
//! rare after start-up.

use crate::dict::DictTable;
use crate::object::{Type, Value};
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

const SLOTS: usize = 1024;

struct Slot {
    /// The type's address; 0 for an empty slot.
    ty: usize,
    name: Box<str>,
    /// What the lookup found (`None`: no class on the MRO has the name).
    found: Option<Value>,
}

/// The cache, shared by all types of a thread (each `TypeDict` holds it, so lookups need
/// no thread-local access).
#[derive(Default)]
pub struct LookupCache {
    slots: RefCell<Vec<Slot>>,
    /// Whether any slot is filled (so invalidating an empty cache costs nothing).
    filled: Cell<bool>,
    /// Bumped by every invalidation: the eval loop's per-instruction attribute caches
    /// (`eval::attr`) hold what they found while it stays the same.
    epoch: Cell<u64>,
}

thread_local! {
    static SHARED: Rc<LookupCache> = Rc::new(LookupCache::default());
}

/// A type's namespace: reads as a `RefCell<DictTable>`, but writes invalidate the cache.
pub struct TypeDict {
    table: RefCell<DictTable>,
    cache: Rc<LookupCache>,
}

impl TypeDict {
    pub fn new(table: DictTable) -> TypeDict {
        TypeDict {
            table: RefCell::new(table),
            cache: SHARED.with(|c| c.clone()),
        }
    }

    pub fn borrow(&self) -> Ref<'_, DictTable> {
        self.table.borrow()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, DictTable> {
        self.cache.invalidate();
        self.table.borrow_mut()
    }
}

impl LookupCache {
    /// Empties the cache. The values die after the cache is unborrowed: dropping one may
    /// drop a type, which invalidates again.
    fn invalidate(&self) {
        self.epoch.set(self.epoch.get() + 1);
        if !self.filled.get() {
            return;
        }
        // `get` and `put` borrow the slots without running other code, so this succeeds.
        let Ok(mut slots) = self.slots.try_borrow_mut() else {
            return;
        };
        let old = std::mem::take(&mut *slots);
        self.filled.set(false);
        drop(slots);
        drop(old);
    }
}

/// Changes whenever a type's namespace is written or a type dies, so while it stays the
/// same, every type alive keeps its attributes (and every value they hold stays alive).
#[inline(always)]
pub fn epoch(ty: &Type) -> u64 {
    ty.dict.cache.epoch.get()
}

#[inline(always)]
fn index(ty: usize, name: &str) -> usize {
    let p = name.as_ptr() as usize;
    ((ty >> 4) ^ (p >> 3) ^ (p >> 13) ^ name.len().wrapping_mul(31)) & (SLOTS - 1)
}

/// The cached result of looking `name` up on `ty`: `Some(found)` on a hit.
#[inline(always)]
pub fn get(ty: &Type, name: &str) -> Option<Option<Value>> {
    let key = ty as *const Type as usize;
    let slots = ty.dict.cache.slots.try_borrow().ok()?;
    let slot = slots.get(index(key, name))?;
    // (Each value is rebuilt by words: copied whole after a piecewise write it stalls.)
    (slot.ty == key && &*slot.name == name)
        .then(|| slot.found.as_ref().map(|v| v.clone().relocate()))
}

/// Records a lookup result.
pub fn put(ty: &Type, name: &str, found: Option<Value>) {
    let key = ty as *const Type as usize;
    let slot = Slot {
        ty: key,
        name: name.into(),
        found,
    };
    let cache = &ty.dict.cache;
    let Ok(mut slots) = cache.slots.try_borrow_mut() else {
        return;
    };
    if slots.is_empty() {
        slots.resize_with(SLOTS, || Slot {
            ty: 0,
            name: "".into(),
            found: None,
        });
    }
    cache.filled.set(true);
    let old = std::mem::replace(&mut slots[index(key, name)], slot);
    drop(slots);
    drop(old);
}

impl Drop for Type {
    fn drop(&mut self) {
        // Its address may be reused by a new type.
        self.dict.cache.invalidate();
    }
}
