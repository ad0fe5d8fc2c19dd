//! Numeric `hash()` as 64-bit CPython 3.10 computes it: a number equal to the fraction
//! `m/n` hashes to `m * n**-1 mod (2**61 - 1)` with the sign of the number, so equal ints,
//! floats and complexes hash alike. `-1` is reserved for errors and becomes `-2`.

use super::float::decompose;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The modulus: the Mersenne prime 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
const MODULUS_BITS: i64 = 61;
const HASH_INF: i64 = 314159;
/// Multiplier of the imaginary part's hash.
const IMAG_MULTIPLIER: i64 = 1000003;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an int.
pub fn hash_int(i: &BigInt) -> i64 {
    let residue = (i.magnitude() % MODULUS).to_i64().unwrap_or(0);
    fix_minus_one(if i.is_negative() { -residue } else { residue })
}

/// `hash(x)` for a float; a nan hashes to `nan_hash` (3.10 uses the object's address).
pub fn hash_float(x: f64, nan_hash: i64) -> i64 {
    if x.is_nan() {
        return nan_hash;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mant, exp) = decompose(x);
    // 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61).
    let shift = exp.rem_euclid(MODULUS_BITS) as u32;
    let residue = ((mant.unsigned_abs() as u128) << shift) % MODULUS as u128;
    let h = residue as i64;
    fix_minus_one(if mant < 0 { -h } else { h })
}

/// `hash(complex(re, im))`; a nan part hashes to `nan_hash`.
pub fn hash_complex(re: f64, im: f64, nan_hash: i64) -> i64 {
    let h = hash_float(re, nan_hash)
        .wrapping_add(hash_float(im, nan_hash).wrapping_mul(IMAG_MULTIPLIER));
    fix_minus_one(h)
}
