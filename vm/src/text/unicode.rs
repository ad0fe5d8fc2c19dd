//! Lookups in the generated Unicode 13.0.0 tables.

use super::tables;
use std::cmp::Ordering;

/// A case mapping: runs `(lo, hi, stride, delta)` map `lo, lo + stride, ..., hi` to
/// `c + delta`; `specials` holds the multi-character results. Both are sorted.
pub(crate) struct CaseMap {
    pub runs: &'static [(u32, u32, u8, i32)],
    pub specials: &'static [(u32, &'static str)],
}

/// One character's image under a case mapping.
pub(super) enum Mapped {
    One(char),
    Many(&'static str),
}

impl CaseMap {
    /// The mapping of `c`, or `None` where this table leaves it alone.
    pub(super) fn get(&self, c: char) -> Option<Mapped> {
        let cp = c as u32;
        if let Ok(i) = self.specials.binary_search_by_key(&cp, |&(k, _)| k) {
            return Some(Mapped::Many(self.specials[i].1));
        }
        let i = self
            .runs
            .binary_search_by(|&(lo, hi, _, _)| range_cmp(lo, hi, cp))
            .ok()?;
        let (lo, _, stride, delta) = self.runs[i];
        if !(cp - lo).is_multiple_of(u32::from(stride.max(1))) {
            return None;
        }
        char::from_u32(cp.checked_add_signed(delta)?).map(Mapped::One)
    }
}

fn range_cmp(lo: u32, hi: u32, c: u32) -> Ordering {
    if hi < c {
        Ordering::Less
    } else if lo > c {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| range_cmp(lo, hi, c))
        .is_ok()
}

/// `str.isspace()` for one character: what `split()` and `strip()` treat as whitespace.
pub fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..=' ' => true,
        _ if c.is_ascii() => false,
        _ => in_ranges(tables::SPACE, c),
    }
}

pub(super) fn is_alpha(c: char) -> bool {
    in_ranges(tables::ALPHA, c)
}

pub(super) fn is_decimal(c: char) -> bool {
    in_ranges(tables::DECIMAL, c)
}

pub(super) fn is_digit(c: char) -> bool {
    in_ranges(tables::DIGIT, c)
}

pub(super) fn is_numeric(c: char) -> bool {
    in_ranges(tables::NUMERIC, c)
}

pub(super) fn is_upper(c: char) -> bool {
    in_ranges(tables::UPPER, c)
}

pub(super) fn is_lower(c: char) -> bool {
    in_ranges(tables::LOWER, c)
}

/// Titlecase letters (category Lt), such as U+01C5.
pub(super) fn is_title(c: char) -> bool {
    in_ranges(tables::TITLE, c)
}

pub(super) fn is_cased(c: char) -> bool {
    in_ranges(tables::CASED, c)
}

pub(super) fn is_case_ignorable(c: char) -> bool {
    in_ranges(tables::CASE_IGNORABLE, c)
}

pub(super) fn is_xid_start(c: char) -> bool {
    in_ranges(tables::XID_START, c)
}

pub(super) fn is_xid_continue(c: char) -> bool {
    in_ranges(tables::XID_CONTINUE, c)
}

/// Python's line boundaries (`str.splitlines`), `\r\n` aside.
pub(super) fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}
