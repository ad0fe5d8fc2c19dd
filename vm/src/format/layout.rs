//! Placing the parts of a formatted value in the requested width: CPython's
//! `calc_number_widths`/`fill_number` for numbers and `calc_padding` for strings.

use super::FormatError;

/// The parts of a formatted number, left to right (padding goes around or between them).
pub(crate) struct Number<'a> {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or upper case) under `#`.
    pub prefix: &'a str,
    /// The integer digits, which grouping applies to (empty for `c`, `inf`, `nan`).
    pub digits: &'a str,
    /// Everything after the integer digits: decimal point, fraction, exponent, `%`.
    pub rest: &'a str,
}

/// How the number is laid out: the spec fields that matter here, defaults resolved.
pub(crate) struct Layout {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub width: usize,
    /// Separator and group size.
    pub grouping: Option<(char, usize)>,
}

impl Layout {
    pub fn render(&self, n: &Number) -> Result<String, FormatError> {
        // Fail on an impossible width before zero-extending digits to it.
        let mut out = alloc(self.width)?;
        let sign = match (n.negative, self.sign) {
            (true, _) => Some('-'),
            (false, Some('+')) => Some('+'),
            (false, Some(' ')) => Some(' '),
            _ => None,
        };
        let fixed = usize::from(sign.is_some()) + n.prefix.len() + n.rest.chars().count();
        // Zero padding with '=' goes into the digits, so that grouping separators land in it.
        let min_width = if self.fill == '0' && self.align == '=' {
            self.width.saturating_sub(fixed)
        } else {
            0
        };
        let grouped = if n.digits.is_empty() {
            String::new()
        } else {
            group_digits(n.digits, min_width, self.grouping)?
        };
        let used = fixed + grouped.len();
        let padding = self.width.saturating_sub(used);
        let (left, middle, right) = match self.align {
            '<' => (0, 0, padding),
            '^' => (padding / 2, 0, padding - padding / 2),
            '=' => (0, padding, 0),
            _ => (padding, 0, 0),
        };
        push_fill(&mut out, self.fill, left);
        out.extend(sign);
        out.push_str(n.prefix);
        push_fill(&mut out, self.fill, middle);
        out.push_str(&grouped);
        out.push_str(n.rest);
        push_fill(&mut out, self.fill, right);
        Ok(out)
    }
}

/// Inserts separators every `size` digits from the right, first zero-extending the digits
/// so the result is at least `min_width` long. A group is never left empty, so the result
/// never starts with a separator (it may then exceed `min_width` by one).
fn group_digits(
    digits: &str,
    min_width: usize,
    grouping: Option<(char, usize)>,
) -> Result<String, FormatError> {
    let Some((sep, size)) = grouping else {
        let zeros = min_width.saturating_sub(digits.len());
        let mut out = alloc(zeros + digits.len())?;
        push_fill(&mut out, '0', zeros);
        out.push_str(digits);
        return Ok(out);
    };
    let mut groups: Vec<(usize, &str)> = Vec::new();
    let mut remaining = digits.len();
    let mut width_left = min_width as i128;
    loop {
        let len = size.min(remaining.max(width_left.max(1) as usize));
        let taken = remaining.min(len);
        groups.push((len - taken, &digits[remaining - taken..remaining]));
        remaining -= taken;
        width_left -= len as i128;
        if remaining == 0 && width_left <= 0 {
            break;
        }
        width_left -= 1;
    }
    let total: usize = groups.iter().map(|(z, d)| z + d.len() + 1).sum();
    let mut out = alloc(total)?;
    for (i, (zeros, part)) in groups.iter().rev().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        push_fill(&mut out, '0', *zeros);
        out.push_str(part);
    }
    Ok(out)
}

/// Pads `text` (already truncated) to `width` with `align` (`<`, `>` or `^`).
pub(crate) fn pad_str(
    text: &str,
    fill: char,
    align: char,
    width: usize,
) -> Result<String, FormatError> {
    let len = text.chars().count();
    let padding = width.saturating_sub(len);
    let left = match align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut out = alloc(text.len() + padding * fill.len_utf8())?;
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, padding - left);
    Ok(out)
}

/// A string with room for `chars` characters, or CPython's MemoryError when the width asked
/// for cannot be allocated (instead of aborting).
pub(crate) fn alloc(chars: usize) -> Result<String, FormatError> {
    if chars > crate::MAX_OBJECT_BYTES {
        return Err(FormatError::memory());
    }
    let mut s = String::new();
    s.try_reserve(chars).map_err(|_| FormatError::memory())?;
    Ok(s)
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}
