use super::*;
use num_bigint::BigInt;

#[rustfmt::skip]
mod fixtures;

fn strs(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| s.to_string()).collect()
}

fn int(digits: &str) -> ConstValue {
    ConstValue::Int(digits.parse::<BigInt>().unwrap_or_default())
}

fn float(bits: u64) -> ConstValue {
    ConstValue::Float(f64::from_bits(bits))
}

fn complex(real: u64, imag: u64) -> ConstValue {
    ConstValue::Complex {
        real: f64::from_bits(real),
        imag: f64::from_bits(imag),
    }
}

/// Replaces every `0x` + hex digits (code object addresses) with `0xADDR`.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("0x") {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 2..];
        let hex = after
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(after.len());
        if hex == 0 {
            out.push_str("0x");
        } else {
            out.push_str("0xADDR");
        }
        rest = &after[hex..];
    }
    out.push_str(rest);
    out
}

/// Compares line by line so a failure names the first differing line.
fn assert_same(name: &str, got: &str, want: &str) {
    for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
        assert_eq!(g, w, "{name}: line {} differs", i + 1);
    }
    assert_eq!(got, want, "{name}: lengths differ");
}

#[test]
fn oracle_listings_recursive() {
    for fixture in fixtures::RECURSIVE {
        let (code, want) = fixture();
        let got = normalize(&dis_recursive(&code));
        assert_same(&code.name, &got, want);
    }
}

#[test]
fn oracle_listings_single() {
    for (i, fixture) in fixtures::SINGLE.iter().enumerate() {
        let (code, want) = fixture();
        assert_same(&format!("single #{i}"), &disassemble(&code), want);
    }
}

fn with_linetable(firstlineno: u32, linetable: Vec<u8>) -> CodeObject {
    CodeObject {
        firstlineno,
        linetable,
        ..Default::default()
    }
}

#[test]
fn co_lines_decoding() {
    // Tables and expected results from the oracle (`code.replace(co_linetable=...)`).
    let code = with_linetable(3, vec![8, 1, 0, 127, 4, 75]);
    assert_eq!(code.lines(), vec![(0, 8, Some(4)), (8, 12, Some(206))]);
    assert_eq!(code.line_starts(), vec![(0, 4), (8, 206)]);

    let code = with_linetable(
        3,
        vec![
            2, 0x80, 4, 2, 0, 0x80, 6, 0xff, 254, 3, 254, 0, 10, 0x80, 2, 0,
        ],
    );
    let want = vec![
        (0, 2, None),
        (2, 6, Some(5)),
        (6, 12, Some(4)),
        (12, 266, Some(7)),
        (266, 520, Some(7)),
        (520, 530, None),
        (530, 532, Some(7)),
    ];
    assert_eq!(code.lines(), want);
    assert_eq!(code.line_starts(), vec![(2, 5), (6, 4), (12, 7)]);

    // Negative computed lines read as "no line".
    let code = with_linetable(3, vec![0, 5, 2, 0x80, 4, 0x81, 2, 0x7f, 2, 0x82, 2, 0]);
    let want = vec![
        (0, 2, None),
        (2, 6, None),
        (6, 8, Some(8)),
        (8, 10, None),
        (10, 12, None),
    ];
    assert_eq!(code.lines(), want);
    assert_eq!(code.line_starts(), vec![(6, 8)]);

    let code = with_linetable(3, vec![254, 1, 254, 0x80, 254, 0, 4, 1]);
    assert_eq!(code.line_starts(), vec![(0, 4), (762, 5)]);

    let code = with_linetable(3, vec![2, 1, 2, 0, 2, 1, 2, 0xff, 2, 1]);
    assert_eq!(code.line_starts(), vec![(0, 4), (4, 5), (6, 4), (8, 5)]);

    // A truncated table just ends.
    let code = with_linetable(1, vec![2, 1, 4]);
    assert_eq!(code.lines(), vec![(0, 2, Some(2))]);
}

#[test]
fn bad_indices_do_not_panic() {
    // LOAD_CONST 7, LOAD_FAST 9, LOAD_GLOBAL 3, LOAD_DEREF 4, COMPARE_OP 9, then a
    // dangling opcode byte with no argument byte.
    let code = CodeObject {
        code: vec![100, 7, 124, 9, 116, 3, 136, 4, 107, 9, 83, 0, 100],
        freevars: strs(&["a"]),
        ..Default::default()
    };
    let want = [
        "          0 LOAD_CONST               7 (7)",
        "          2 LOAD_FAST                9 (9)",
        "          4 LOAD_GLOBAL              3 (3)",
        "          6 LOAD_DEREF               4 (4)",
        "          8 COMPARE_OP               9 (9)",
        "         10 RETURN_VALUE",
        "         12 LOAD_CONST               0 (0)",
        "",
    ]
    .join("\n");
    assert_eq!(disassemble(&code), want);
}

#[test]
fn wide_offsets() {
    // 5001 NOPs put the last offset at 10002, so offsets take 5 columns (checked in the
    // oracle with `code.replace`).
    let mut bytes = vec![9, 0];
    bytes.extend(std::iter::repeat_n([9u8, 0], 5000).flatten());
    bytes.extend([113, 0]);
    let code = CodeObject {
        code: bytes,
        firstlineno: 1,
        linetable: vec![2, 1, 254, 0],
        ..Default::default()
    };
    let text = disassemble(&code);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "  2     >>     0 NOP");
    assert_eq!(lines[1], "               2 NOP");
    assert_eq!(
        lines.last().copied(),
        Some("           10002 JUMP_ABSOLUTE            0 (to 0)")
    );
}

#[test]
fn instruction_fields() {
    let (code, _) = fixtures::closures();
    let outer = code.consts.iter().find_map(|c| match c {
        ConstValue::Code(inner) => Some(inner.clone()),
        _ => None,
    });
    let instrs = instructions(&outer.unwrap_or_default());
    let first = &instrs[0];
    assert_eq!(first.opname, "LOAD_CONST");
    assert_eq!(first.starts_line, Some(3));
    assert_eq!(
        first.argval,
        ArgVal::Const(ConstValue::Int(BigInt::from(5)))
    );
    assert_eq!(first.argval.repr(), "5");
    let closure = instrs
        .iter()
        .find(|i| i.opname == "LOAD_CLOSURE")
        .map(|i| (&i.argval, i.argrepr.as_str()));
    assert_eq!(closure, Some((&ArgVal::Name("a".into()), "a")));
    assert_eq!(ArgVal::Name("a".into()).repr(), "'a'");
    let (_, repr) = format_value_arg(6);
    assert_eq!(repr, "repr, with format");
    assert_eq!(
        format_value_arg(6).0.repr(),
        "(<built-in function repr>, True)"
    );
}
