//! The table behind `set` and `frozenset`, laid out as CPython 3.10's `setobject.c` so that
//! iteration order (observable in `print({3, 1, 2})`) is CPython's: linear probing in runs
//! of 9, then perturbed jumps; dummies on deletion; the same resize points.
//!
//! Like `DictTable`, it never calls Python: equality is a callback that may defer.

use crate::object::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub enum Slot {
    Empty,
    Dummy,
    Used(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

pub enum SetProbe {
    Found(usize),
    Missing,
    Undecided(Vec<usize>),
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Visits the probe sequence of `hash` until an empty slot; `f` returns true to stop.
    fn probe_each(&self, hash: i64, mut f: impl FnMut(usize, &Slot) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let ix = i + j;
                match &self.slots[ix] {
                    Slot::Empty => return Some(ix),
                    s => {
                        if f(ix, s) {
                            return None;
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn probe(&self, hash: i64, mut eq: impl FnMut(&Value) -> Option<bool>) -> SetProbe {
        let mut found = None;
        let mut undecided = Vec::new();
        self.probe_each(hash, |ix, slot| {
            if let Slot::Used(h, k) = slot {
                if *h == hash {
                    match eq(k) {
                        Some(true) => {
                            found = Some(ix);
                            return true;
                        }
                        Some(false) => {}
                        None => undecided.push(ix),
                    }
                }
            }
            false
        });
        match found {
            Some(ix) if undecided.is_empty() => SetProbe::Found(ix),
            Some(ix) => {
                undecided.push(ix);
                SetProbe::Undecided(undecided)
            }
            None if undecided.is_empty() => SetProbe::Missing,
            None => SetProbe::Undecided(undecided),
        }
    }

    pub fn key_at(&self, ix: usize) -> Option<&Value> {
        match self.slots.get(ix) {
            Some(Slot::Used(_, k)) => Some(k),
            _ => None,
        }
    }

    /// `set_add_entry` for a key known to be absent: the first dummy on the probe path is
    /// reused, else the empty slot that ended it.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mut freeslot = None;
        let empty = self.probe_each(hash, |ix, slot| {
            if matches!(slot, Slot::Dummy) && freeslot.is_none() {
                freeslot = Some(ix);
            }
            false
        });
        self.used += 1;
        if let Some(ix) = freeslot {
            self.slots[ix] = Slot::Used(hash, key);
            return;
        }
        let ix = empty.expect("probe ends at an empty slot");
        self.slots[ix] = Slot::Used(hash, key);
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// Makes room before merging `extra` entries in (`set_merge`/`set_update_internal`).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Used(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                self.slots[i] = Slot::Used(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(self.slots[i + j], Slot::Empty) {
                        self.slots[i + j] = Slot::Used(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// A copy with the same table layout when this set has no dummies (CPython copies
    /// such tables slot for slot), else re-inserted in order.
    pub fn copy(&self) -> SetTable {
        if self.fill == self.used {
            return self.clone();
        }
        let mut t = SetTable::new();
        t.reserve_for(self.used);
        for (h, k) in self.iter() {
            t.insert_clean(h, k.clone());
            t.used += 1;
            t.fill += 1;
        }
        t
    }

    pub fn remove_at(&mut self, ix: usize) -> Value {
        match std::mem::replace(&mut self.slots[ix], Slot::Dummy) {
            Slot::Used(_, k) => {
                self.used -= 1;
                k
            }
            other => {
                self.slots[ix] = other;
                panic!("remove_at on a free slot")
            }
        }
    }

    /// `set.pop()`: the first used slot from the finger on.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Used(..)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        Some(self.remove_at(i))
    }

    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Used(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The next used slot at or after `pos`, with the position after it.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Value)> {
        while pos < self.slots.len() {
            if let Slot::Used(_, k) = &self.slots[pos] {
                return Some((pos + 1, k));
            }
            pos += 1;
        }
        None
    }

    pub fn table_size(&self) -> usize {
        self.slots.len()
    }
}
