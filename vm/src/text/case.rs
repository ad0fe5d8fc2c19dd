//! Case conversions with CPython 3.10's full (multi-character) mappings and its
//! final-sigma rule for capital sigma in `lower`, `title`, `capitalize` and `swapcase`.

use super::tables::{FOLD_MAP, LOWER_MAP, TITLE_MAP, UPPER_MAP};
use super::unicode::{is_case_ignorable, is_cased, is_lower, is_upper, CaseMap, Mapped};

const CAPITAL_SIGMA: char = '\u{3A3}';

fn push_mapped(out: &mut String, c: char, map: &CaseMap) {
    match map.get(c) {
        Some(Mapped::One(m)) => out.push(m),
        Some(Mapped::Many(m)) => out.push_str(m),
        None => out.push(c),
    }
}

fn push_upper(out: &mut String, c: char) {
    push_mapped(out, c, &UPPER_MAP);
}

fn push_title(out: &mut String, c: char) {
    match TITLE_MAP.get(c) {
        Some(Mapped::One(m)) => out.push(m),
        Some(Mapped::Many(m)) => out.push_str(m),
        None => push_upper(out, c),
    }
}

fn push_fold(out: &mut String, c: char) {
    match FOLD_MAP.get(c) {
        Some(Mapped::One(m)) => out.push(m),
        Some(Mapped::Many(m)) => out.push_str(m),
        None => push_mapped(out, c, &LOWER_MAP),
    }
}

/// Lowercases `chars[i]`; capital sigma becomes final sigma when it ends a cased word:
/// a cased character before it and none after it, skipping case-ignorable ones.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != CAPITAL_SIGMA {
        return push_mapped(out, c, &LOWER_MAP);
    }
    let final_sigma = cased_beyond_ignorables(chars[..i].iter().rev())
        && !cased_beyond_ignorables(chars[i + 1..].iter());
    out.push(if final_sigma { '\u{3C2}' } else { '\u{3C3}' });
}

/// Whether the first character that is not case-ignorable is cased.
fn cased_beyond_ignorables<'a>(mut chars: impl Iterator<Item = &'a char>) -> bool {
    chars
        .find(|&&c| !is_case_ignorable(c))
        .is_some_and(|&c| is_cased(c))
}

/// Applies `f` to each character with its neighbours in view.
fn map_chars(s: &str, mut f: impl FnMut(&mut String, &[char], usize)) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        f(&mut out, &chars, i);
    }
    out
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_chars(s, push_lower)
}

/// `str.upper()`: 'ß' becomes "SS".
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

/// `str.casefold()`: full case folding ('ß' becomes "ss"); no final-sigma rule.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_fold(&mut out, c));
    out
}

/// `str.swapcase()`: uppercase characters are lowered, lowercase ones uppered; titlecase
/// and uncased characters stay.
pub fn swapcase(s: &str) -> String {
    map_chars(s, |out, chars, i| {
        let c = chars[i];
        if is_upper(c) {
            push_lower(out, chars, i);
        } else if is_lower(c) {
            push_upper(out, c);
        } else {
            out.push(c);
        }
    })
}

/// `str.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let mut previous_cased = false;
    map_chars(s, |out, chars, i| {
        let c = chars[i];
        if previous_cased {
            push_lower(out, chars, i);
        } else {
            push_title(out, c);
        }
        previous_cased = is_cased(c);
    })
}

/// `str.capitalize()`: the first character titlecased (as 3.8+ do), the rest lowered.
pub fn capitalize(s: &str) -> String {
    map_chars(s, |out, chars, i| {
        if i == 0 {
            push_title(out, chars[0]);
        } else {
            push_lower(out, chars, i);
        }
    })
}
