//! The table behind `dict` (and instance, module and type namespaces): insertion-ordered
//! entries plus an open-addressing index, like CPython's compact dict.
//!
//! The table never calls Python: lookups take an equality callback that may answer "can't
//! tell without running `__eq__`", and the VM then compares those candidates itself with
//! the table unborrowed (see `runtime::mapping`).

use crate::object::Value;
use std::cell::Cell;

thread_local! {
    static VERSIONS: Cell<u64> = const { Cell::new(1) };
}

/// A version number no table has had: a (table address, version) pair then identifies one
/// key layout, which lets LOAD_GLOBAL cache entry positions (see `eval::ops`).
fn next_version() -> u64 {
    VERSIONS.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    /// Changed when keys are added or removed (iteration checks it), to a number unique
    /// across all tables; 0 for tables that never held a key.
    pub version: u64,
    /// One bit per hash value mod 64 of every key inserted since the table was last empty:
    /// a clear bit proves a key absent without probing (`might_contain`). LOAD_METHOD
    /// asks this of instance dicts on every method call.
    bloom: u64,
}

/// What a native equality test could decide.
pub enum Probe {
    Found(usize),
    Missing,
    /// These entries have the key's hash but need Python's `==` to decide.
    Undecided(Vec<usize>),
}

/// String equality that skips comparing the bytes of one string with itself (interned
/// names: see `Vm::intern`).
#[inline]
fn bloom_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

#[inline]
fn same_str(a: &str, b: &str) -> bool {
    std::ptr::eq(a, b) || a == b
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::new();
        t.entries.reserve(n);
        if n > 0 {
            t.rebuild_index((n * 3 / 2).next_power_of_two().max(8));
        }
        t
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Walks the probe sequence of `hash`, calling `f` with each entry index found.
    fn probe_each(&self, hash: i64, mut f: impl FnMut(usize) -> bool) {
        if self.indices.is_empty() {
            return;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match self.indices[i] {
                EMPTY => return,
                DUMMY => {}
                ix => {
                    if f(ix as usize) {
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Finds the entry for a key with `hash`; `eq` compares a stored key natively, giving
    /// `None` when only Python's `__eq__` can tell.
    pub fn probe(&self, hash: i64, mut eq: impl FnMut(&Value) -> Option<bool>) -> Probe {
        let mut found = None;
        let mut undecided = Vec::new();
        self.probe_each(hash, |ix| {
            let e = self.entries[ix]
                .as_ref()
                .expect("index points at a live entry");
            if e.hash != hash {
                return false;
            }
            match eq(&e.key) {
                Some(true) => {
                    found = Some(ix);
                    true
                }
                Some(false) => false,
                None => {
                    undecided.push(ix);
                    false
                }
            }
        });
        match found {
            Some(ix) if undecided.is_empty() => Probe::Found(ix),
            Some(ix) => {
                undecided.push(ix);
                Probe::Undecided(undecided)
            }
            None if undecided.is_empty() => Probe::Missing,
            None => Probe::Undecided(undecided),
        }
    }

    /// Lookup by a Rust string (names in namespaces).
    pub fn get_str(&self, name: &str, hash: i64) -> Option<Value> {
        let mut out = None;
        self.probe_each(hash, |ix| {
            let e = self.entries[ix].as_ref().expect("live entry");
            if e.hash == hash && e.key.as_str().is_some_and(|k| same_str(k, name)) {
                out = Some(e.value.clone());
                true
            } else {
                false
            }
        });
        out
    }

    pub fn index_of_str(&self, name: &str, hash: i64) -> Option<usize> {
        let mut out = None;
        self.probe_each(hash, |ix| {
            let e = self.entries[ix].as_ref().expect("live entry");
            if e.hash == hash && e.key.as_str().is_some_and(|k| same_str(k, name)) {
                out = Some(ix);
                true
            } else {
                false
            }
        });
        out
    }

    pub fn entry(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    pub fn set_value(&mut self, ix: usize, value: Value) -> Value {
        let e = self.entries[ix].as_mut().expect("live entry");
        std::mem::replace(&mut e.value, value)
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            let want = ((self.len + 1) * 3).next_power_of_two().max(8);
            self.compact();
            self.rebuild_index(want);
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.place(hash, ix);
        self.len += 1;
        self.bloom |= bloom_bit(hash);
        self.version = next_version();
    }

    pub fn remove_at(&mut self, ix: usize) -> Entry {
        let e = self.entries[ix].take().expect("live entry");
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while self.indices[i] != ix as u32 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = DUMMY;
        self.len -= 1;
        self.version = next_version();
        if self.len == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|s| *s = EMPTY);
            self.bloom = 0;
        }
        e
    }

    /// `false` when no key with this hash can be in the table.
    #[inline]
    pub fn might_contain(&self, hash: i64) -> bool {
        self.bloom & bloom_bit(hash) != 0
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.bloom = 0;
        self.version = next_version();
    }

    fn place(&mut self, hash: i64, ix: u32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY && self.indices[i] != DUMMY {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = ix;
    }

    fn compact(&mut self) {
        if self.entries.len() != self.len {
            self.entries.retain(|e| e.is_some());
        }
    }

    fn rebuild_index(&mut self, size: usize) {
        self.indices = vec![EMPTY; size];
        for ix in 0..self.entries.len() {
            if let Some(h) = self.entries[ix].as_ref().map(|e| e.hash) {
                self.place(h, ix as u32);
            }
        }
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after position `pos`, with the position after it
    /// (for iterators that outlive a borrow).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry (`popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Sets a string key (namespaces); replaces an existing entry's value.
    pub fn set_str(&mut self, key: Value, value: Value) {
        let s = key.as_pystr().expect("set_str takes a str key");
        let hash = s.hash();
        match self.index_of_str(&s.s, hash) {
            Some(ix) => {
                self.set_value(ix, value);
            }
            None => self.insert_new(hash, key, value),
        }
    }

    pub fn remove_str(&mut self, name: &str, hash: i64) -> Option<Value> {
        self.index_of_str(name, hash)
            .map(|ix| self.remove_at(ix).value)
    }
}
