//! Building frozenset constants the way CPython 3.10 does (`PyFrozenSet_New` over a tuple):
//! duplicates by Python equality are dropped (the first one wins), and the elements come out
//! in CPython's set-table order.
//!
//! The table is simulated with 64-bit CPython hashes (modulus 2**61-1), as a 64-bit
//! python3.10 computes them. Only values whose hash is fixed across runs take part: ints,
//! bools, finite and infinite floats, complexes and tuples of those. str and bytes hashes are
//! randomized per process, and None, Ellipsis and nan hash by address in 3.10, so no single
//! order is "right" for them; they follow the simulated elements in insertion order.
//! (The 32-bit oracle uses modulus 2**31-1; the order only differs for values whose hashes
//! differ between the two widths, such as big ints and non-integral floats.)

use super::ConstValue;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

/// A frozenset constant made from `items` in insertion order.
pub fn frozenset_of(items: Vec<ConstValue>) -> ConstValue {
    let mut table = SetTable::new();
    let mut unhashed = Vec::new();
    for item in dedup(items) {
        match py_hash(&item) {
            Some(hash) => table.insert(item, hash),
            None => unhashed.push(item),
        }
    }
    let mut ordered = table.into_items();
    ordered.extend(unhashed);
    ConstValue::FrozenSet(ordered)
}

/// Drops items Python considers equal to an earlier one (1 == 1.0 == True), keeping the
/// first. Items are bucketed by their Python hash (or, for strings and bytes, whose equality
/// is exact, by a Rust hash), so large displays stay linear.
fn dedup(items: Vec<ConstValue>) -> Vec<ConstValue> {
    use std::collections::hash_map::DefaultHasher;
    use std::collections::HashMap;
    use std::hash::{Hash, Hasher};
    let mut unique: Vec<ConstValue> = Vec::with_capacity(items.len());
    let mut buckets: HashMap<(bool, u64), Vec<usize>> = HashMap::new();
    let mut others: Vec<usize> = Vec::new();
    for item in items {
        let key = match (&item, py_hash(&item)) {
            (_, Some(h)) => Some((true, h)),
            (ConstValue::Str(_) | ConstValue::Bytes(_), None) => {
                let mut h = DefaultHasher::new();
                item.hash(&mut h);
                Some((false, h.finish()))
            }
            _ => None,
        };
        let candidates = match key {
            Some(k) => buckets.entry(k).or_default(),
            None => &mut others,
        };
        if candidates.iter().any(|&i| py_eq(&unique[i], &item)) {
            continue;
        }
        candidates.push(unique.len());
        unique.push(item);
    }
    unique
}

/// A numeric constant as Python compares it: int/bool, float or complex.
enum Num<'a> {
    Int(std::borrow::Cow<'a, BigInt>),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(v: &ConstValue) -> Option<Num<'_>> {
    match v {
        ConstValue::Bool(b) => Some(Num::Int(std::borrow::Cow::Owned(BigInt::from(*b as u8)))),
        ConstValue::Int(i) => Some(Num::Int(std::borrow::Cow::Borrowed(i))),
        ConstValue::Float(f) => Some(Num::Float(*f)),
        ConstValue::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

/// `int == float`, exactly (no rounding of big ints).
fn int_eq_float(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|g| &g == i)
}

fn num_eq(a: &Num, b: &Num) -> bool {
    use Num::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Int(i), Float(f)) | (Float(f), Int(i)) => int_eq_float(i, *f),
        (Float(x), Float(y)) => x == y,
        (Int(i), Complex(re, im)) | (Complex(re, im), Int(i)) => *im == 0.0 && int_eq_float(i, *re),
        (Float(f), Complex(re, im)) | (Complex(re, im), Float(f)) => *im == 0.0 && re == f,
        (Complex(a, b), Complex(c, d)) => a == c && b == d,
    }
}

/// Python's `==` between two constants.
pub fn py_eq(a: &ConstValue, b: &ConstValue) -> bool {
    use ConstValue::*;
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (None, None) | (Ellipsis, Ellipsis) => true,
        (Str(x), Str(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q)),
        (FrozenSet(x), FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| py_eq(p, q)))
        }
        (Code(x), Code(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// Maps the reserved hash -1 to -2, as every CPython hash function does.
fn fix_minus_one(h: u64) -> u64 {
    if h == u64::MAX {
        u64::MAX - 1
    } else {
        h
    }
}

fn hash_int(i: &BigInt) -> u64 {
    crate::num::hash_int(i) as u64
}

/// `_Py_HashDouble` for non-nan values (nan hashes by address in 3.10).
fn hash_float(f: f64) -> Option<u64> {
    (!f.is_nan()).then(|| crate::num::hash_float(f, 0) as u64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `tuplehash` (xxHash-based since 3.8).
fn hash_tuple(items: &[ConstValue]) -> Option<u64> {
    let mut acc = XXPRIME_5;
    for item in items {
        let lane = py_hash(item)?;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    Some(if acc == u64::MAX { 1546275796 } else { acc })
}

/// CPython's 64-bit `hash()` of a constant, if it does not depend on the process.
pub fn py_hash(v: &ConstValue) -> Option<u64> {
    match v {
        ConstValue::Bool(b) => Some(*b as u64),
        ConstValue::Int(i) => Some(hash_int(i)),
        ConstValue::Float(f) => hash_float(*f),
        ConstValue::Complex { real, imag } => {
            let h = hash_float(*real)?.wrapping_add(hash_float(*imag)?.wrapping_mul(1000003));
            Some(fix_minus_one(h))
        }
        ConstValue::Tuple(items) => hash_tuple(items),
        _ => Option::None,
    }
}

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// CPython's set table, for insertion of distinct keys only (no deletions, no dummies).
struct SetTable {
    slots: Vec<Option<(u64, ConstValue)>>,
    used: usize,
}

impl SetTable {
    fn new() -> Self {
        SetTable {
            slots: vec![Option::None; MIN_SIZE],
            used: 0,
        }
    }

    /// `set_add_entry` for a key known not to be present yet.
    fn insert(&mut self, key: ConstValue, hash: u64) {
        Self::place(&mut self.slots, key, hash);
        self.used += 1;
        let mask = self.slots.len() - 1;
        if self.used * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// The probe sequence of `set_insert_clean`: linear runs of up to LINEAR_PROBES+1 slots
    /// (when they fit before the end), then a perturbed jump.
    fn place(slots: &mut [Option<(u64, ConstValue)>], key: ConstValue, hash: u64) {
        let mask = slots.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            let run = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES + 1
            } else {
                1
            };
            if let Some(slot) = slots[i..i + run].iter_mut().find(|s| s.is_none()) {
                *slot = Some((hash, key));
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two above `minused`, refilled in slot order.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Option::None; size]);
        for (hash, key) in old.into_iter().flatten() {
            Self::place(&mut self.slots, key, hash);
        }
    }

    fn into_items(self) -> Vec<ConstValue> {
        self.slots
            .into_iter()
            .flatten()
            .map(|(_, key)| key)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(i))
    }

    fn reprs(v: &ConstValue) -> String {
        v.repr()
    }

    #[test]
    fn hashes_match_cpython_64bit() {
        assert_eq!(hash_int(&BigInt::from(-1)), (-2i64) as u64);
        assert_eq!(hash_int(&(BigInt::from(1) << 61)), 1);
        assert_eq!(hash_float(1.5), Some(1152921504606846977));
        assert_eq!(hash_float(-0.5), Some((-1152921504606846976i64) as u64));
        assert_eq!(hash_float(2.0), Some(2));
        assert_eq!(
            hash_float(1e300),
            Some(hash_int(&BigInt::from_f64(1e300).unwrap_or_default()))
        );
        assert_eq!(hash_tuple(&[]), Some(5740354900026072187));
        assert_eq!(
            hash_tuple(&[int(1), int(2)]),
            Some((-3550055125485641917i64) as u64)
        );
    }

    #[test]
    fn dedup_by_python_equality() {
        let s = frozenset_of(vec![
            int(1),
            ConstValue::Float(1.0),
            ConstValue::Bool(true),
            ConstValue::Float(-0.0),
            int(0),
            ConstValue::Complex {
                real: 1.0,
                imag: 0.0,
            },
        ]);
        assert_eq!(reprs(&s), "frozenset({-0.0, 1})");
    }

    #[test]
    fn order_of_ints() {
        let s = frozenset_of(vec![int(9), int(1), int(8), int(-1), int(100)]);
        assert_eq!(reprs(&s), "frozenset({1, 100, 8, 9, -1})");
        let s = frozenset_of((0..20).rev().map(int).collect());
        let want: Vec<String> = (0..20).map(|i| i.to_string()).collect();
        assert_eq!(reprs(&s), format!("frozenset({{{}}})", want.join(", ")));
        // Collisions and a resize (checked in the oracle: small ints hash alike on 32 bits).
        let s = frozenset_of(
            [64, 8, 0, 16, 32, 17, 25, 33]
                .into_iter()
                .map(int)
                .collect(),
        );
        assert_eq!(reprs(&s), "frozenset({64, 32, 0, 33, 8, 16, 17, 25})");
    }

    #[test]
    fn order_with_64bit_hashes() {
        // Order from a 64-bit CPython (same set and hash algorithms as 3.10).
        let s = frozenset_of(vec![
            ConstValue::Float(1.5),
            ConstValue::Float(2.25),
            ConstValue::Int(BigInt::from(1) << 62),
            int(-7),
            ConstValue::Tuple(vec![int(1), int(2)]),
            ConstValue::Float(1e300),
            ConstValue::Float(0.1),
        ]);
        assert_eq!(
            reprs(&s),
            "frozenset({0.1, 1.5, 2.25, (1, 2), 4611686018427387904, -7, 1e+300})"
        );
    }

    #[test]
    fn unhashed_follow_in_insertion_order() {
        let s = frozenset_of(vec![
            ConstValue::Str("b".into()),
            int(3),
            ConstValue::None,
            ConstValue::Str("a".into()),
            int(1),
            ConstValue::Str("b".into()),
        ]);
        assert_eq!(reprs(&s), "frozenset({1, 3, 'b', None, 'a'})");
    }
}
