//! `split`, `rsplit`, `splitlines`, `partition` and `rpartition`.

use super::unicode::{is_linebreak, is_space};
use super::TextError;

fn empty_separator() -> TextError {
    TextError::value("empty separator")
}

/// The number of pieces `maxsplit` allows: unlimited when negative.
fn max_pieces(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).map_or(usize::MAX, |n| n.saturating_add(1))
}

/// `str.split(sep, maxsplit)`: on `sep`, or with `None` on runs of whitespace (dropping
/// empty pieces; after `maxsplit` splits the rest, left-stripped, is the last piece).
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    match sep {
        Some("") => Err(empty_separator()),
        Some(sep) => Ok(s.splitn(max_pieces(maxsplit), sep).collect()),
        None => Ok(split_whitespace(s, maxsplit)),
    }
}

/// `str.rsplit(sep, maxsplit)`: as `split`, but the splits are made from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    let mut pieces: Vec<&str> = match sep {
        Some("") => return Err(empty_separator()),
        Some(sep) => s.rsplitn(max_pieces(maxsplit), sep).collect(),
        None => rsplit_whitespace(s, maxsplit),
    };
    pieces.reverse();
    Ok(pieces)
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    let mut splits = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && splits >= maxsplit {
            pieces.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        pieces.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
        splits += 1;
    }
    pieces
}

/// The pieces of a whitespace `rsplit`, last first.
fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    let mut splits = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && splits >= maxsplit {
            pieces.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        pieces.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
        splits += 1;
    }
    pieces
}

/// `str.splitlines(keepends)`: lines end at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028
/// and U+2029; a trailing line break does not start an empty line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && chars.next_if(|&(_, c)| c == '\n').is_some() {
            next += 1;
        }
        lines.push(&s[line_start..if keepends { next } else { i }]);
        line_start = next;
    }
    if line_start < s.len() {
        lines.push(&s[line_start..]);
    }
    lines
}

/// `str.partition(sep)`: (before, sep, after) at the first `sep`, or (s, "", "").
pub fn partition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.split_once(sep) {
        Some((before, after)) => (before, sep, after),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: (before, sep, after) at the last `sep`, or ("", "", s).
pub fn rpartition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rsplit_once(sep) {
        Some((before, after)) => (before, sep, after),
        None => ("", "", s),
    })
}
