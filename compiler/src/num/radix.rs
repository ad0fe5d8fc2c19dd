//! `bin()`, `oct()` and `hex()`: the sign, then the base prefix, then lowercase digits.

use num_bigint::BigInt;
use num_traits::Signed;

fn with_prefix(i: &BigInt, prefix: &str, radix: u32) -> String {
    let sign = if i.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", i.magnitude().to_str_radix(radix))
}

/// `bin(i)`, e.g. `-0b101`.
pub fn int_bin(i: &BigInt) -> String {
    with_prefix(i, "0b", 2)
}

/// `oct(i)`, e.g. `0o17`.
pub fn int_oct(i: &BigInt) -> String {
    with_prefix(i, "0o", 8)
}

/// `hex(i)`, e.g. `-0xff`.
pub fn int_hex(i: &BigInt) -> String {
    with_prefix(i, "0x", 16)
}
