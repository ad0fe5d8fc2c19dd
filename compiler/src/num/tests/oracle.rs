//! Checks every case of `oracle_cases` by encoding pyco's result the way the generator
//! encodes CPython's.

use super::oracle_cases::*;
use crate::num::{self, Num, NumError, NumResult};
use num_bigint::BigInt;

fn int(s: &str) -> BigInt {
    s.parse().unwrap_or_else(|_| panic!("bad int {s}"))
}

fn float(bits: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(bits, 16).unwrap_or_else(|_| panic!("bad bits {bits}")))
}

fn enc_float(x: f64) -> String {
    if x.is_nan() {
        "f:nan".into()
    } else {
        format!("f:{:016x}", x.to_bits())
    }
}

fn enc_num(n: &Num) -> String {
    match n {
        Num::Int(i) => format!("i:{i}"),
        Num::Float(x) => enc_float(*x),
        Num::Complex(re, im) => format!("c:{},{}", &enc_float(*re)[2..], &enc_float(*im)[2..]),
    }
}

fn enc_err(e: &NumError) -> String {
    format!("e:{}:{}", e.class, e.msg)
}

fn enc<T>(r: NumResult<T>, f: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => f(v),
        Err(e) => enc_err(&e),
    }
}

fn enc_int(i: BigInt) -> String {
    format!("i:{i}")
}

fn pair(a: String, b: String) -> String {
    format!("({a}, {b})")
}

/// Two encoded complex results within 2 ulps per part: `(-x) ** y` goes through
/// `pow`/`exp`/`cos`/`sin`, which differ in the last bit between libms (the oracle's is
/// Emscripten's musl).
fn close_complex(got: &str, want: &str) -> bool {
    let parts = |s: &str| -> Option<Vec<i128>> {
        let body = s.strip_prefix("c:")?;
        body.split(',')
            .map(|p| u64::from_str_radix(p, 16).ok().map(i128::from))
            .collect()
    };
    match (parts(got), parts(want)) {
        (Some(g), Some(w)) => {
            g.len() == w.len() && g.iter().zip(&w).all(|(a, b)| (a - b).abs() <= 2)
        }
        _ => false,
    }
}

/// Runs every row, then fails with all mismatches listed.
fn check<R>(rows: &[R], run: impl Fn(&R) -> (String, String, String)) {
    let mut failures = Vec::new();
    for row in rows {
        let (what, got, want) = run(row);
        if got != want {
            failures.push(format!("{what}: got {got}, want {want}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn int_binary_ops() {
    check(INT_BINARY, |&(op, a, b, want)| {
        let (a, b) = (int(a), int(b));
        let got = match op {
            "//" => enc(num::int_floordiv(&a, &b), enc_int),
            "%" => enc(num::int_mod(&a, &b), enc_int),
            "divmod" => enc(num::int_divmod(&a, &b), |(q, r)| {
                pair(enc_int(q), enc_int(r))
            }),
            "/" => enc(num::int_true_div(&a, &b), enc_float),
            "**" => enc(num::int_pow(&a, &b), |n| enc_num(&n)),
            "<<" => enc(num::int_lshift(&a, &b), enc_int),
            ">>" => enc(num::int_rshift(&a, &b), enc_int),
            "&" => enc_int(num::int_and(&a, &b)),
            "|" => enc_int(num::int_or(&a, &b)),
            "^" => enc_int(num::int_xor(&a, &b)),
            _ => panic!("unknown op {op}"),
        };
        (format!("{a} {op} {b}"), got, want.to_string())
    });
}

#[test]
fn int_pow_mod() {
    check(INT_POW_MOD, |&(a, b, c, want)| {
        let got = enc(num::int_pow_mod(&int(a), &int(b), &int(c)), enc_int);
        (format!("pow({a}, {b}, {c})"), got, want.to_string())
    });
}

#[test]
fn round_int() {
    check(ROUND_INT, |&(a, n, want)| {
        let got = enc_int(num::round_int(&int(a), n));
        (format!("round({a}, {n})"), got, want.to_string())
    });
}

#[test]
fn bin_oct_hex() {
    for &(a, b, o, h) in RADIX {
        let a = int(a);
        assert_eq!(num::int_bin(&a), b);
        assert_eq!(num::int_oct(&a), o);
        assert_eq!(num::int_hex(&a), h);
    }
}

#[test]
fn int_to_float() {
    check(INT_TO_FLOAT, |&(a, want)| {
        let got = enc(num::int_to_float(&int(a)), enc_float);
        (format!("float({a})"), got, want.to_string())
    });
}

#[test]
fn float_binary_ops() {
    check(FLOAT_BINARY, |&(op, a, b, want)| {
        let (a, b) = (float(a), float(b));
        let got = match op {
            "/" => enc(num::float_div(a, b), enc_float),
            "//" => enc(num::float_floordiv(a, b), enc_float),
            "%" => enc(num::float_mod(a, b), enc_float),
            "divmod" => enc(num::float_divmod(a, b), |(q, r)| {
                pair(enc_float(q), enc_float(r))
            }),
            "**" => enc(num::float_pow(a, b), |n| enc_num(&n)),
            _ => panic!("unknown op {op}"),
        };
        let got = if close_complex(&got, want) {
            want.to_string()
        } else {
            got
        };
        (format!("{a:?} {op} {b:?}"), got, want.to_string())
    });
}

#[test]
fn round_float() {
    check(ROUND_FLOAT, |&(x, n, want)| {
        let x = float(x);
        let got = match n {
            None => enc(num::round_float_to_int(x), enc_int),
            Some(n) => enc(num::round_float(x, n), enc_float),
        };
        (format!("round({x:?}, {n:?})"), got, want.to_string())
    });
}

#[test]
fn float_ratio_and_is_integer() {
    check(FLOAT_RATIO, |&(x, ratio, is_int)| {
        let x = float(x);
        let got = enc(num::float_as_integer_ratio(x), |(n, d)| {
            pair(enc_int(n), enc_int(d))
        });
        let got_int = format!(
            "b:{}",
            if num::float_is_integer(x) {
                "True"
            } else {
                "False"
            }
        );
        (
            format!("{x:?}"),
            format!("{got} {got_int}"),
            format!("{ratio} {is_int}"),
        )
    });
}

#[test]
fn int_from_str() {
    check(INT_FROM_STR, |&(s, base, want)| {
        let got = enc(num::int_from_str(s, base), enc_int);
        (format!("int({s:?}, {base})"), got, want.to_string())
    });
}

#[test]
fn int_from_bytes() {
    check(INT_FROM_BYTES, |&(s, base, want)| {
        let got = enc(num::int_from_bytes(s, base), enc_int);
        (format!("int({s:?}, {base})"), got, want.to_string())
    });
}

#[test]
fn float_from_str() {
    check(FLOAT_FROM_STR, |&(s, want)| {
        let got = enc(num::float_from_str(s), enc_float);
        (format!("float({s:?})"), got, want.to_string())
    });
}

#[test]
fn float_from_bytes() {
    check(FLOAT_FROM_BYTES, |&(s, want)| {
        let got = enc(num::float_from_bytes(s), enc_float);
        (format!("float({s:?})"), got, want.to_string())
    });
}
