//! Source bytes to text as CPython's file tokenizer decodes them: a UTF-8 BOM, a PEP 263
//! coding cookie on line 1 or 2, UTF-8 by default.

use crate::error::{CompileError, ErrorKind};

const BOM: &[u8] = b"\xef\xbb\xbf";

/// The encodings pyco can decode, named as CPython normalizes them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    /// Any other legacy encoding (iso-8859-5, cp1251, koi8-r, shift_jis, ...), through the
    /// WHATWG tables of `encoding_rs`, which agree with Python's codecs for these.
    Other(&'static encoding_rs::Encoding),
}

pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let has_bom = bytes.starts_with(BOM);
    let body = if has_bom { &bytes[BOM.len()..] } else { bytes };
    let encoding = match coding_cookie(body) {
        None => Encoding::Utf8,
        Some(name) => {
            let normal = normal_name(&name);
            let enc = lookup(&normal)
                .ok_or_else(|| location_free(filename, format!("unknown encoding: {name}")))?;
            if has_bom && enc != Encoding::Utf8 {
                return Err(location_free(
                    filename,
                    format!("encoding problem: {normal} with BOM"),
                ));
            }
            enc
        }
    };
    if body.contains(&0) {
        return Err(CompileError::new(
            ErrorKind::ValueError,
            "source code string cannot contain null bytes",
            filename,
            (0, 0),
            (0, 0),
            None,
        ));
    }
    match encoding {
        Encoding::Utf8 => decode_utf8(body, filename),
        Encoding::Latin1 => Ok(body.iter().map(|&b| b as char).collect()),
        Encoding::Ascii => decode_ascii(bytes, body, filename),
        Encoding::Other(enc) => enc
            .decode_without_bom_handling_and_without_replacement(body)
            .map(|text| text.into_owned())
            .ok_or_else(|| {
                let name = enc.name().to_ascii_lowercase();
                location_free(
                    filename,
                    format!("(unicode error) '{name}' codec can't decode bytes"),
                )
            }),
    }
}

/// CPython reports decoding failures found before tokenizing at "line 0" with no text.
fn location_free(filename: &str, msg: String) -> CompileError {
    CompileError::new(ErrorKind::SyntaxError, msg, filename, (0, 0), (0, 0), None)
}

fn decode_utf8(body: &[u8], filename: &str) -> Result<String, CompileError> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://python.org/dev/peps/pep-0263/ for details",
                body[at]
            );
            Err(CompileError::new(
                ErrorKind::SyntaxError,
                msg,
                filename,
                (line, 0),
                (line, 0),
                None,
            ))
        }
    }
}

fn decode_ascii(all: &[u8], body: &[u8], filename: &str) -> Result<String, CompileError> {
    match body.iter().position(|&b| b >= 0x80) {
        None => Ok(body.iter().map(|&b| b as char).collect()),
        Some(i) => {
            let pos = i + (all.len() - body.len());
            Err(location_free(
                filename,
                format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)",
                    body[i]
                ),
            ))
        }
    }
}

/// The encoding named by a `coding[:=]` comment on line 1, or on line 2 when line 1 is blank
/// or a comment.
fn coding_cookie(body: &[u8]) -> Option<String> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    if !is_blank_or_comment(first) {
        return None;
    }
    cookie_in_line(lines.next()?)
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    match line
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'))
    {
        None => true,
        Some(&b) => b == b'#',
    }
}

fn cookie_in_line(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let rest = &line[start..];
    let at = find(rest, b"coding")?;
    let after = &rest[at + 6..];
    let (&sep, after) = after.split_first()?;
    if sep != b':' && sep != b'=' {
        return None;
    }
    let after = &after[after
        .iter()
        .position(|b| *b != b' ' && *b != b'\t')
        .unwrap_or(after.len())..];
    let len = after
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
        .unwrap_or(after.len());
    if len == 0 {
        return None;
    }
    Some(String::from_utf8_lossy(&after[..len]).into_owned())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name`: the first 12 characters, lowercased, `_` as `-`.
fn normal_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let is = |p: &str| lower == p || lower.starts_with(&format!("{p}-"));
    if is("utf-8") {
        "utf-8".into()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

fn lookup(normal: &str) -> Option<Encoding> {
    let key: String = normal
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    match key.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
        "iso88591" | "latin1" | "latin" | "l1" | "cp819" | "iso885911987" | "8859" => {
            Some(Encoding::Latin1)
        }
        "ascii" | "usascii" | "646" | "us" => Some(Encoding::Ascii),
        _ => other_encoding(normal),
    }
}

/// Legacy encodings beyond the three CPython special-cases. WHATWG maps a few labels to a
/// different table than Python does (latin-1 and ascii are windows-1252 there; those are
/// handled above), and treats utf-16 specially; those are refused here.
fn other_encoding(normal: &str) -> Option<Encoding> {
    let label = normal.replace('_', "-");
    let enc = encoding_rs::Encoding::for_label(label.as_bytes())?;
    let unusable = enc == encoding_rs::UTF_16LE
        || enc == encoding_rs::UTF_16BE
        || enc == encoding_rs::REPLACEMENT
        || enc == encoding_rs::X_USER_DEFINED;
    (!unusable).then_some(Encoding::Other(enc))
}
