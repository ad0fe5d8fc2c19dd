use crate::num::{hash_complex, hash_float, hash_int};
use num_bigint::BigInt;

fn big(s: &str) -> BigInt {
    s.parse().unwrap_or_default()
}

#[test]
fn int_hashes_reduce_modulo_the_mersenne_prime() {
    let p = (BigInt::from(1) << 61u32) - 1;
    assert_eq!(hash_int(&BigInt::from(0)), 0);
    assert_eq!(hash_int(&BigInt::from(1)), 1);
    assert_eq!(hash_int(&BigInt::from(-1)), -2);
    assert_eq!(hash_int(&BigInt::from(-2)), -2);
    assert_eq!(hash_int(&(BigInt::from(1) << 61u32)), 1);
    assert_eq!(hash_int(&p), 0);
    assert_eq!(hash_int(&(&p - 1)), (1i64 << 61) - 2);
    let next: BigInt = &p + 1;
    assert_eq!(hash_int(&-next), -2);
    assert_eq!(hash_int(&BigInt::from(i64::MAX)), 3); // 2**63 - 1 == 4*(2**61) - 1
                                                      // 10**30 mod (2**61 - 1), computed with Python's arbitrary-precision ints.
    assert_eq!(
        hash_int(&big("1000000000000000000000000000000")),
        hash_ref_1e30()
    );
}

/// 10**30 mod (2**61-1) by repeated multiplication in u128.
fn hash_ref_1e30() -> i64 {
    let p: u128 = (1 << 61) - 1;
    let mut r: u128 = 1;
    for _ in 0..30 {
        r = r * 10 % p;
    }
    r as i64
}

#[test]
fn float_hashes_match_int_hashes_and_fractions() {
    assert_eq!(hash_float(0.0, 7), 0);
    assert_eq!(hash_float(-0.0, 7), 0);
    assert_eq!(hash_float(1.0, 7), 1);
    assert_eq!(hash_float(-1.0, 7), -2);
    assert_eq!(hash_float(0.5, 7), 1152921504606846976);
    assert_eq!(hash_float(-0.5, 7), -1152921504606846976);
    assert_eq!(hash_float(1.5, 7), 1152921504606846977);
    assert_eq!(hash_float(2f64.powi(61), 7), 1);
    assert_eq!(hash_float(f64::INFINITY, 7), 314159);
    assert_eq!(hash_float(f64::NEG_INFINITY, 7), -314159);
    assert_eq!(hash_float(f64::NAN, 7), 7);
    // Integral floats hash as the equal int.
    for x in [
        1e308,
        123456789.0,
        -9007199254740993.0,
        1e22,
        2f64.powi(100),
    ] {
        let i = crate::num::float_to_int(x).unwrap_or_default();
        assert_eq!(hash_float(x, 0), hash_int(&i), "{x}");
    }
    // 5e-324 == 2**-1074, and 2**-1074 == 2**(-1074 mod 61) == 2**24 (mod P).
    assert_eq!(hash_float(5e-324, 0), 1 << 24);
    // 0.1 == 3602879701896397 / 2**55; 2**-55 == 2**6 (mod P).
    let p: u128 = (1 << 61) - 1;
    assert_eq!(hash_float(0.1, 0), ((3602879701896397u128 << 6) % p) as i64);
}

#[test]
fn hash_1e308_by_the_algorithm() {
    // 1e308 == m * 2**e with m odd; its hash is m * 2**(e mod 61) mod P.
    let x = 1e308f64;
    let bits = x.to_bits();
    let mut m = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut e = ((bits >> 52) & 0x7ff) as i64 - 1075;
    while m.is_multiple_of(2) {
        m /= 2;
        e += 1;
    }
    let p: u128 = (1 << 61) - 1;
    let mut h: u128 = m as u128 % p;
    for _ in 0..e {
        h = h * 2 % p;
    }
    assert_eq!(hash_float(x, 0), h as i64);
}

#[test]
fn complex_hash_combines_parts() {
    assert_eq!(hash_complex(1.0, 0.0, 0), 1);
    assert_eq!(hash_complex(0.0, 1.0, 0), 1000003);
    assert_eq!(hash_complex(-1.0, 0.0, 0), -2);
    assert_eq!(hash_complex(f64::NAN, 0.0, 5), 5);
}
