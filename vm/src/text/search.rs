//! Substring search with optional `start`/`end` in characters, adjusted as CPython's
//! `ADJUST_INDICES` does (negative counts from the end, then clamped; a start past the end
//! leaves an empty window that even "" does not match), and `replace`.

use super::{with_capacity, TextError};

/// The characters `start..end` of `s` after slice adjustment, as a byte slice plus its
/// character bounds; `None` when fewer than `need` characters remain.
struct Window<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of character `n` of `s` (its length when `n` is past the end).
fn byte_offset(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let clamp = |i: i64| {
        if i < 0 {
            i.saturating_add(len).max(0)
        } else {
            i
        }
    };
    (
        clamp(start.unwrap_or(0)),
        clamp(end.unwrap_or(len)).min(len),
    )
}

fn window<'a>(s: &'a str, start: Option<i64>, end: Option<i64>, need: usize) -> Option<Window<'a>> {
    let (start, end) = adjust(start, end, char_len(s));
    if end.checked_sub(start)? < i64::try_from(need).ok()? {
        return None;
    }
    // Both lie in 0..=len now.
    let (start, end) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    let from = byte_offset(s, start);
    let to = from + byte_offset(&s[from..], end - start);
    Some(Window {
        text: &s[from..to],
        start,
        end,
    })
}

impl Window<'_> {
    fn char_index(&self, byte: usize) -> usize {
        self.start + char_len(&self.text[..byte])
    }
}

/// `str.find(sub, start, end)`: the character index, or `None` for -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let w = window(s, start, end, char_len(sub))?;
    w.text.find(sub).map(|b| w.char_index(b))
}

/// `str.rfind(sub, start, end)`: the character index, or `None` for -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let w = window(s, start, end, char_len(sub))?;
    w.text.rfind(sub).map(|b| w.char_index(b))
}

/// `str.index(sub, start, end)`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, TextError> {
    find(s, sub, start, end).ok_or_else(|| TextError::value("substring not found"))
}

/// `str.rindex(sub, start, end)`.
pub fn rindex(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    rfind(s, sub, start, end).ok_or_else(|| TextError::value("substring not found"))
}

/// `str.count(sub, start, end)`: non-overlapping occurrences; "" occurs between every two
/// characters and at both ends of the window.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    match window(s, start, end, char_len(sub)) {
        None => 0,
        Some(w) if sub.is_empty() => w.end - w.start + 1,
        Some(w) => w.text.matches(sub).count(),
    }
}

/// `str.startswith(prefix, start, end)` for one prefix (a tuple is the caller's loop).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, char_len(prefix)).is_some_and(|w| w.text.starts_with(prefix))
}

/// `str.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, char_len(suffix)).is_some_and(|w| w.text.ends_with(suffix))
}

/// `str.replace(old, new, count)`: at most `count` replacements, all when negative; an
/// empty `old` matches before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, TextError> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let n = s.matches(old).take(limit).count();
    let len = (s.len() - n * old.len())
        .checked_add(n.checked_mul(new.len()).ok_or_else(TextError::memory)?)
        .ok_or_else(TextError::memory)?;
    let mut out = with_capacity(len)?;
    let mut last = 0;
    for (at, _) in s.match_indices(old).take(n) {
        out.push_str(&s[last..at]);
        out.push_str(new);
        last = at + old.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}
