//! The i64 fast paths agree with the BigInt operations wherever they return a value.

use crate::num::*;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

const SAMPLES: [i64; 14] = [
    0,
    1,
    -1,
    2,
    -2,
    3,
    -7,
    7,
    63,
    64,
    1 << 40,
    -(1 << 40),
    i64::MAX,
    i64::MIN,
];

fn agree(fast: Option<i64>, slow: NumResult<BigInt>, what: &str) {
    let slow = slow.ok().and_then(|v| v.to_i64());
    match fast {
        Some(v) => assert_eq!(Some(v), slow, "{what}"),
        None => assert!(
            slow.is_none() || what.contains("**") || what.contains("<<"),
            "{what}"
        ),
    }
}

#[test]
fn i64_ops_match_bigint_ops() {
    for a in SAMPLES {
        for b in SAMPLES {
            let (x, y) = (BigInt::from(a), BigInt::from(b));
            agree(i64_add(a, b), Ok(&x + &y), &format!("{a} + {b}"));
            agree(i64_sub(a, b), Ok(&x - &y), &format!("{a} - {b}"));
            agree(i64_mul(a, b), Ok(&x * &y), &format!("{a} * {b}"));
            agree(
                i64_floordiv(a, b),
                int_floordiv(&x, &y),
                &format!("{a} // {b}"),
            );
            agree(i64_mod(a, b), int_mod(&x, &y), &format!("{a} % {b}"));
            agree(i64_rshift(a, b), int_rshift(&x, &y), &format!("{a} >> {b}"));
            agree(i64_lshift(a, b), int_lshift(&x, &y), &format!("{a} << {b}"));
            if (0..=64).contains(&b) {
                let slow = int_pow(&x, &y).map(|n| match n {
                    Num::Int(i) => i,
                    _ => BigInt::from(0),
                });
                agree(i64_pow(a, b), slow, &format!("{a} ** {b}"));
            }
        }
    }
    assert_eq!(i64_floordiv(i64::MIN, -1), None);
    assert_eq!(i64_mod(i64::MIN, -1), Some(0));
    assert_eq!(i64_floordiv(-7, 2), Some(-4));
    assert_eq!(i64_mod(-7, 2), Some(1));
    assert_eq!(i64_lshift(1, 62), Some(1 << 62));
    assert_eq!(i64_lshift(1, 63), None);
    assert_eq!(i64_lshift(-1, 63), Some(i64::MIN));
    assert_eq!(i64_rshift(-5, 1000), Some(-1));
}
