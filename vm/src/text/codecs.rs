//! The codecs `str.encode` and `bytes.decode` know: UTF-8, ASCII, Latin-1, UTF-16 and
//! UTF-32 (with or without a byte order), with the `strict`, `ignore`, `replace`,
//! `backslashreplace` and `xmlcharrefreplace` error handlers and CPython's messages.

/// A codec failure: an unknown encoding or error handler (`LookupError`), or a
/// `UnicodeEncodeError`/`UnicodeDecodeError` with the attributes CPython gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodecError {
    pub class: &'static str,
    pub msg: String,
    /// Unicode errors only: the codec, the failing range (characters when encoding,
    /// bytes when decoding) and the reason.
    pub detail: Option<(&'static str, usize, usize, String)>,
}

impl CodecError {
    fn lookup(msg: String) -> Self {
        CodecError {
            class: "LookupError",
            msg,
            detail: None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16/32: code unit size, big-endian, writes a byte order mark (plain `utf-16`).
    Utf16(bool, bool),
    Utf32(bool, bool),
}

impl Codec {
    /// The codec for an encoding name, normalized as `encodings.normalize_encoding` and
    /// the usual aliases do.
    pub fn lookup(name: &str) -> Result<Codec, CodecError> {
        let n = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Ok(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Codec::Latin1,
            "utf-16" | "utf16" | "u16" => Codec::Utf16(false, true),
            "utf-16-le" | "utf-16le" => Codec::Utf16(false, false),
            "utf-16-be" | "utf-16be" => Codec::Utf16(true, false),
            "utf-32" | "utf32" | "u32" => Codec::Utf32(false, true),
            "utf-32-le" | "utf-32le" => Codec::Utf32(false, false),
            "utf-32-be" | "utf-32be" => Codec::Utf32(true, false),
            _ => return Err(CodecError::lookup(format!("unknown encoding: {name}"))),
        })
    }

    /// The codec's name in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(false, false) => "utf-16-le",
            Codec::Utf16(true, false) => "utf-16-be",
            Codec::Utf16(..) => "utf-16",
            Codec::Utf32(false, false) => "utf-32-le",
            Codec::Utf32(true, false) => "utf-32-be",
            Codec::Utf32(..) => "utf-32",
        }
    }
}

fn unknown_handler(errors: &str) -> CodecError {
    CodecError::lookup(format!("unknown error handler name '{errors}'"))
}

/// `'\xe9'`-style escape of a character, as encode error messages show it.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec = Codec::lookup(encoding)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(be, bom) => return Ok(encode_utf16(s, be, bom)),
        Codec::Utf32(be, bom) => return Ok(encode_utf32(s, be, bom)),
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters, reported (or replaced) together.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match errors {
            "strict" => {
                let msg = if end - i == 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                        codec.name(),
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        codec.name(),
                        end - 1
                    )
                };
                return Err(CodecError {
                    class: "UnicodeEncodeError",
                    msg,
                    detail: Some((
                        codec.name(),
                        i,
                        end,
                        format!("ordinal not in range({limit})"),
                    )),
                });
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend(char_escape(c).bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

fn encode_utf16(s: &str, be: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xfeffu16).into_iter().chain(s.encode_utf16());
    for u in units {
        out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

fn encode_utf32(s: &str, be: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom
        .then_some(0xfeffu32)
        .into_iter()
        .chain(s.chars().map(|c| c as u32));
    for u in units {
        out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

/// One undecodable stretch of input: its byte range and CPython's reason.
struct Bad {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    let (codec, mut pos) = resolve_bom(Codec::lookup(encoding)?, data);
    let mut out = String::with_capacity(data.len());
    while pos < data.len() {
        let bad = match codec {
            Codec::Utf8 => decode_utf8(data, &mut pos, &mut out),
            Codec::Ascii => decode_ascii(data, &mut pos, &mut out),
            Codec::Latin1 => {
                out.extend(data[pos..].iter().map(|&b| b as char));
                pos = data.len();
                None
            }
            Codec::Utf16(be, _) => decode_units(data, &mut pos, &mut out, 2, be),
            Codec::Utf32(be, _) => decode_units(data, &mut pos, &mut out, 4, be),
        };
        let Some(bad) = bad else { continue };
        match errors {
            "strict" => return Err(decode_error(codec, data, &bad)),
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for b in &data[bad.start..bad.end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        pos = bad.end;
    }
    Ok(out)
}

fn decode_error(codec: Codec, data: &[u8], bad: &Bad) -> CodecError {
    let msg = if bad.end - bad.start == 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            codec.name(),
            data[bad.start],
            bad.start,
            bad.reason
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            codec.name(),
            bad.start,
            bad.end - 1,
            bad.reason
        )
    };
    CodecError {
        class: "UnicodeDecodeError",
        msg,
        detail: Some((codec.name(), bad.start, bad.end, bad.reason.to_string())),
    }
}

/// Decodes valid UTF-8 from `pos`; stops at the first maximal invalid subpart (the unit
/// CPython reports and replaces, as Rust's `Utf8Error` measures it).
fn decode_utf8(data: &[u8], pos: &mut usize, out: &mut String) -> Option<Bad> {
    match std::str::from_utf8(&data[*pos..]) {
        Ok(s) => {
            out.push_str(s);
            *pos = data.len();
            None
        }
        Err(e) => {
            let valid = e.valid_up_to();
            let start = *pos + valid;
            out.push_str(std::str::from_utf8(&data[*pos..start]).unwrap_or_default());
            *pos = start;
            let first = data[start];
            Some(match e.error_len() {
                None => Bad {
                    start,
                    end: data.len(),
                    reason: "unexpected end of data",
                },
                Some(n) => Bad {
                    start,
                    end: start + n,
                    reason: if (0xc2..=0xf4).contains(&first) {
                        "invalid continuation byte"
                    } else {
                        "invalid start byte"
                    },
                },
            })
        }
    }
}

fn decode_ascii(data: &[u8], pos: &mut usize, out: &mut String) -> Option<Bad> {
    let rest = &data[*pos..];
    let n = rest.iter().position(|b| *b >= 128).unwrap_or(rest.len());
    out.extend(rest[..n].iter().map(|&b| b as char));
    *pos += n;
    (*pos < data.len()).then_some(Bad {
        start: *pos,
        end: *pos + 1,
        reason: "ordinal not in range(128)",
    })
}

/// For `utf-16`/`utf-32` without a byte order: the order a leading byte order mark picks
/// (little-endian without one, as on CPython's platforms) and where the data starts. Errors
/// then name the codec by that order (`'utf-16-le'`), as CPython's do.
fn resolve_bom(codec: Codec, data: &[u8]) -> (Codec, usize) {
    match codec {
        Codec::Utf16(_, true) => match data {
            [0xfe, 0xff, ..] => (Codec::Utf16(true, false), 2),
            [0xff, 0xfe, ..] => (Codec::Utf16(false, false), 2),
            _ => (Codec::Utf16(false, false), 0),
        },
        Codec::Utf32(_, true) => match data {
            [0, 0, 0xfe, 0xff, ..] => (Codec::Utf32(true, false), 4),
            [0xff, 0xfe, 0, 0, ..] => (Codec::Utf32(false, false), 4),
            _ => (Codec::Utf32(false, false), 0),
        },
        c => (c, 0),
    }
}

/// UTF-16 (`size` 2) or UTF-32 (`size` 4) code units in the given byte order.
fn decode_units(
    data: &[u8],
    pos: &mut usize,
    out: &mut String,
    size: usize,
    be: bool,
) -> Option<Bad> {
    let unit = |i: usize| -> u32 {
        let b = &data[i..i + size];
        let mut v = 0u32;
        for k in 0..size {
            let byte = if be { b[k] } else { b[size - 1 - k] };
            v = (v << 8) | byte as u32;
        }
        v
    };
    while *pos + size <= data.len() {
        let u = unit(*pos);
        if size == 2 && (0xd800..0xdc00).contains(&u) {
            let lo = (*pos + 4 <= data.len()).then(|| unit(*pos + 2));
            match lo {
                Some(lo) if (0xdc00..0xe000).contains(&lo) => {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    *pos += 4;
                    continue;
                }
                None => {
                    return Some(Bad {
                        start: *pos,
                        end: data.len(),
                        reason: "unexpected end of data",
                    })
                }
                Some(_) => {
                    return Some(Bad {
                        start: *pos,
                        end: *pos + 2,
                        reason: "illegal UTF-16 surrogate",
                    })
                }
            }
        }
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None => {
                return Some(Bad {
                    start: *pos,
                    end: *pos + size,
                    reason: if size == 2 {
                        "illegal encoding"
                    } else {
                        "code point not in range(0x110000)"
                    },
                })
            }
        }
        *pos += size;
    }
    (*pos < data.len()).then_some(Bad {
        start: *pos,
        end: data.len(),
        reason: "truncated data",
    })
}
