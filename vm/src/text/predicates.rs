//! The `str.is*` predicates. All but `isascii` and `isprintable` are false for "".

use super::unicode::{
    is_alpha, is_decimal, is_digit, is_lower, is_numeric, is_space, is_title, is_upper,
    is_xid_continue, is_xid_start,
};

/// True for a non-empty string all of whose characters satisfy `pred`.
fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `str.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `str.isalpha()`: letters (categories Lm, Lt, Lu, Ll, Lo).
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `str.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `str.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `str.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `str.isalnum()`: each character is alphabetic, decimal, digit or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| {
        is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
    })
}

/// `str.isupper()`: at least one uppercase character and no lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    has_case_only(s, is_upper, |c| is_lower(c) || is_title(c))
}

/// `str.islower()`: at least one lowercase character and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    has_case_only(s, is_lower, |c| is_upper(c) || is_title(c))
}

fn has_case_only(s: &str, wanted: fn(char) -> bool, banned: impl Fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if banned(c) {
            return false;
        }
        cased |= wanted(c);
    }
    cased
}

/// `str.istitle()`: uppercase and titlecase characters only after uncased ones, lowercase
/// ones only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`: XID_Start or '_', then XID_Continue (no NFKC normalization).
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

/// `str.isprintable()`: true for "".
pub fn isprintable(s: &str) -> bool {
    s.chars().all(pyco_compiler::constant::is_printable)
}

/// `str.isascii()`: true for "".
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
