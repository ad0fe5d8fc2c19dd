//! Output normalization shared by both sides of a comparison: object addresses differ between
//! processes, and CPython randomizes the element order of sets of strings between runs.

const ADDR: &str = "0xADDR";

/// Replaces every `0x<hex digits>` with `0xADDR`. Idempotent: expected files are stored
/// already normalized, and `0xADD` followed by `R` must not become `0xADDRR`.
pub fn addresses(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if text[i..].starts_with(ADDR) {
            out.push_str(ADDR);
            i += ADDR.len();
            continue;
        }
        if bytes[i] == b'0' && matches!(bytes.get(i + 1), Some(b'x')) {
            let digits = bytes[i + 2..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            if digits > 0 {
                out.push_str(ADDR);
                i += 2 + digits;
                continue;
            }
        }
        let ch_len = utf8_len(bytes[i]);
        out.push_str(&text[i..i + ch_len]);
        i += ch_len;
    }
    out
}

/// The run family's address normalization: `0x<hex digits>` becomes `0xADDR` only right after
/// ` at ` (as in `<Foo object at 0x7f...>`, `<function f at 0x...>`), so that the output of
/// hex(), `%x` and format() stays checked. Idempotent, like [`addresses`].
pub fn object_addresses(text: &str) -> String {
    const AT: &str = " at 0x";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(AT) {
        let start = pos + AT.len();
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        if let Some(tail) = after.strip_prefix("ADDR") {
            out.push_str("ADDR");
            rest = tail;
            continue;
        }
        let digits = after.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
        if digits > 0 {
            out.push_str("ADDR");
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

const OPEN: &str = "frozenset({";

/// Sorts the element reprs inside every `frozenset({...})`, so that set order does not matter.
pub fn frozensets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let body = &rest[start + OPEN.len()..];
        match split_elements(body) {
            Some((mut elements, consumed)) => {
                for e in elements.iter_mut() {
                    *e = frozensets(e);
                }
                elements.sort();
                out.push_str(OPEN);
                out.push_str(&elements.join(", "));
                out.push_str("})");
                rest = &body[consumed..];
            }
            None => {
                out.push_str(OPEN);
                rest = body;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits the top-level, comma-separated elements of a set display body that ends with `})`.
/// Returns the trimmed elements and the number of bytes consumed (including the `})`), or None
/// when the body is not well formed (the text is then left as it is).
fn split_elements(body: &str) -> Option<(Vec<String>, usize)> {
    let mut elements = Vec::new();
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut element_start = 0;
    for (i, c) in body.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' => depth = depth.checked_sub(1)?,
            '}' if depth == 0 => {
                if !body[i + 1..].starts_with(')') {
                    return None;
                }
                elements.push(body[element_start..i].trim().to_string());
                return Some((elements, i + 2));
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                elements.push(body[element_start..i].trim().to_string());
                element_start = i + 1;
            }
            '\n' => return None,
            _ => {}
        }
    }
    None
}

/// The normalization applied to dis listings on both sides.
pub fn listing(text: &str) -> String {
    frozensets(&addresses(text))
}

/// Replaces the absolute directory `dir` (followed by a `/`) with `DIR/`, as tests/regen.py
/// stores it in expected stderr files.
pub fn directory(text: &str, dir: &str) -> String {
    let prefix = format!("{}/", dir.trim_end_matches('/'));
    text.replace(&prefix, "DIR/")
}
