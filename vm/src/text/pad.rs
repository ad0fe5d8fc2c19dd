//! Stripping, padding, `zfill`, `expandtabs` and `join`.

use super::unicode::is_space;
use super::{with_capacity, TextError};

/// `str.strip(chars)`: whitespace (per `str.isspace`) when `chars` is `None`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `str.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `str.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `sep.join(items)`.
pub fn join<S: AsRef<str>>(sep: &str, items: &[S]) -> String {
    let parts: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    parts.join(sep)
}

fn fill_char(fillchar: &str) -> Result<char, TextError> {
    let mut chars = fillchar.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(TextError::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// `s` with `left` and `right` copies of `fill` around it.
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, TextError> {
    let bytes = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or_else(TextError::memory)?;
    let mut out = with_capacity(bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// The padding `width` asks for beyond `s`'s length, if any.
fn margin(s: &str, width: i64) -> Option<usize> {
    let len = s.chars().count();
    usize::try_from(width)
        .ok()?
        .checked_sub(len)
        .filter(|&m| m > 0)
}

/// `str.center(width, fillchar)`: an odd margin puts the extra fill on the left only when
/// `width` is odd, as CPython does.
pub fn center(s: &str, width: i64, fillchar: &str) -> Result<String, TextError> {
    let fill = fill_char(fillchar)?;
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill)
}

/// `str.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fillchar: &str) -> Result<String, TextError> {
    let fill = fill_char(fillchar)?;
    match margin(s, width) {
        Some(marg) => pad(s, 0, marg, fill),
        None => Ok(s.to_string()),
    }
}

/// `str.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fillchar: &str) -> Result<String, TextError> {
    let fill = fill_char(fillchar)?;
    match margin(s, width) {
        Some(marg) => pad(s, marg, 0, fill),
        None => Ok(s.to_string()),
    }
}

/// `str.zfill(width)`: zeros on the left, after a leading '+' or '-'.
pub fn zfill(s: &str, width: i64) -> Result<String, TextError> {
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_string());
    };
    match s.strip_prefix(['+', '-']) {
        Some(rest) => {
            let mut out = pad(rest, marg, 0, '0')?;
            out.insert_str(0, &s[..1]);
            Ok(out)
        }
        None => pad(s, marg, 0, '0'),
    }
}

/// `str.expandtabs(tabsize)`: each tab advances to the next multiple of `tabsize` columns
/// (columns restart after \n and \r); tabs vanish when `tabsize` <= 0.
pub fn expandtabs(s: &str, tabsize: i32) -> Result<String, TextError> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut out = with_capacity(expanded_len(s, tab)?)?;
    let mut column = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let n = tab - column % tab;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
        } else {
            out.push(c);
            column = if c == '\n' || c == '\r' {
                0
            } else {
                column + 1
            };
        }
    }
    Ok(out)
}

/// The byte length `expandtabs` produces; CPython's `OverflowError` past `Py_ssize_t`.
fn expanded_len(s: &str, tab: usize) -> Result<usize, TextError> {
    let too_long = || TextError {
        class: "OverflowError",
        msg: "new string is too long".to_string(),
    };
    let (mut len, mut column) = (0usize, 0usize);
    for c in s.chars() {
        let n = match c {
            '\t' if tab > 0 => tab - column % tab,
            '\t' => 0,
            _ => c.len_utf8(),
        };
        len = len
            .checked_add(n)
            .filter(|&l| l <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        column = match c {
            '\n' | '\r' => 0,
            '\t' => column + n,
            _ => column + 1,
        };
    }
    Ok(len)
}
