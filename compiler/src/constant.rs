//! Compile-time constants (`co_consts` entries) with CPython's type-aware identity and repr.

use crate::code::CodeObject;
use num_bigint::BigInt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// A value that can sit in `co_consts`.
///
/// Equality and hashing follow `_PyCode_ConstantKey`: values of different types are never
/// equal (`1`, `1.0`, `True` and `1j` are four constants), floats compare by bit pattern
/// (`0.0` and `-0.0` differ), containers compare element-wise with the same rules, and code
/// objects compare as 3.10's `code_richcompare` does (name, argument counts, flags, first
/// line, bytecode, constants and names; not the line table), so identical lambdas or
/// comprehensions on one line share a constant.
#[derive(Clone, Debug)]
pub enum ConstValue {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstValue>),
    /// Elements in the order CPython's set iteration would give for them.
    FrozenSet(Vec<ConstValue>),
    Code(Rc<CodeObject>),
}

impl PartialEq for ConstValue {
    fn eq(&self, other: &Self) -> bool {
        use ConstValue::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => a == b,
            // Sets are keyed by their elements, whatever the order they were built in.
            (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && {
                    let set: std::collections::HashSet<&ConstValue> = b.iter().collect();
                    a.iter().all(|x| set.contains(x))
                }
            }
            (Code(a), Code(b)) => Rc::ptr_eq(a, b) || a.same_constant(b),
            _ => false,
        }
    }
}

impl Eq for ConstValue {}

impl Hash for ConstValue {
    fn hash<H: Hasher>(&self, state: &mut H) {
        use ConstValue::*;
        std::mem::discriminant(self).hash(state);
        match self {
            None | Ellipsis => {}
            Bool(b) => b.hash(state),
            Int(i) => i.hash(state),
            Float(f) => f.to_bits().hash(state),
            Complex { real, imag } => {
                real.to_bits().hash(state);
                imag.to_bits().hash(state);
            }
            Str(s) => s.hash(state),
            Bytes(b) => b.hash(state),
            Tuple(items) => items.hash(state),
            FrozenSet(items) => {
                // Order-independent: combine the element hashes commutatively.
                let mut sum = 0u64;
                for item in items {
                    let mut h = std::collections::hash_map::DefaultHasher::new();
                    item.hash(&mut h);
                    sum = sum.wrapping_add(h.finish());
                }
                sum.hash(state);
            }
            Code(c) => c.constant_hash(state),
        }
    }
}

mod frozenset;
mod printable;
mod repr;

pub use frozenset::{frozenset_of, py_eq, py_hash};
pub use repr::{bytes_repr, complex_repr, float_repr, is_printable, str_repr};
