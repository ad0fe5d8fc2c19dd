//! `_re`: regular expressions on `fancy-regex` (backtracking, so backreferences and
//! lookaround work as in Python's `sre`). Python's syntax is translated (see `translate`),
//! with sre's messages for the common compile errors; `pylib/re.py` builds the Pattern and
//! Match API on `_re.compile(...)._exec(...)`, which returns group spans in code points.

use fancy_regex::Regex;
use pyco_vm::object::{Object, Payload, PyErr};
use pyco_vm::{PyResult, Value, Vm};
use std::rc::Rc;

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;

/// A compiled pattern: the search form and the `fullmatch` form (anchored at the end).
struct Compiled {
    search: Regex,
    full: Regex,
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("_re");
    vm.add_function(&m, "compile", compile);
    let t = vm.aux_type("_re.Compiled");
    vm.add_method(&t, "_exec", exec);
    Ok(m)
}

/// A compile error: (message, position) for `re.error`.
struct ReError(String, usize);

/// `compile(pattern, flags)` -> (compiled, group count, {name: index}).
fn compile(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("compile", a, kw, 2, 2)?;
    let pat = vm.expect_str(&a[0], "pattern")?.to_string();
    let flags = vm.to_i64(&a[1])?;
    let tr = translate(&pat, flags).map_err(|e| re_error(vm, e))?;
    // Only the message is kept: fancy_regex::Error is large to carry around.
    let build = |src: &str| {
        fancy_regex::RegexBuilder::new(src)
            .backtrack_limit(10_000_000)
            .build()
            .map_err(|e| e.to_string())
    };
    let search = build(&tr.source);
    let full = build(&format!("(?:{})\\z", tr.source));
    let (search, full) = match (search, full) {
        (Ok(s), Ok(f)) => (s, f),
        (Err(e), _) | (_, Err(e)) => return Err(re_error(vm, ReError(e, 0))),
    };
    let t = vm.aux_type("_re.Compiled");
    let c = vm.obj(&t, Payload::Native(Box::new(Compiled { search, full })));
    let names = vm.new_dict();
    for (i, n) in tr.names {
        let k = vm.new_str(n);
        vm.dict_set(&names, k, Value::Int(i as i64))?;
    }
    Ok(vm.new_tuple(vec![c, Value::Int(tr.groups as i64), names]))
}

/// Raises `_re.error`-to-be: re.py converts `ValueError(msg, pos)` tuples into re.error.
fn re_error(vm: &mut Vm, e: ReError) -> PyErr {
    let cls = vm.exc("ValueError");
    vm.new_exception(&cls, vec![vm.new_str(e.0), Value::Int(e.1 as i64)])
}

/// `_exec(string, pos, endpos, mode)`: mode 0 search, 1 match, 2 fullmatch. Returns a
/// flat tuple of (start, end) per group (-1 when unset), or None.
fn exec(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("_exec", a, kw, 5, 5)?;
    let Some(Payload::Native(n)) = a[0].payload() else {
        return Err(vm.type_error("_exec needs a compiled pattern"));
    };
    let Some(c) = n.downcast_ref::<Compiled>() else {
        return Err(vm.type_error("_exec needs a compiled pattern"));
    };
    let text = vm.expect_str(&a[1], "string")?;
    let pos = vm.to_i64(&a[2])?.max(0) as usize;
    let endpos = vm.to_i64(&a[3])?.max(0) as usize;
    let mode = vm.to_i64(&a[4])?;
    let map = CharMap::new(text);
    let end_b = map.byte(endpos);
    let pos_b = map.byte(pos).min(end_b);
    let hay = &text[..end_b];
    let re = if mode == 2 { &c.full } else { &c.search };
    let caps = match re.captures_from_pos(hay, pos_b) {
        Ok(Some(caps)) => caps,
        Ok(None) => return Ok(Value::None),
        Err(e) => return Err(vm.runtime_error(format!("regular expression failed: {e}"))),
    };
    let whole = caps.get(0).expect("group 0");
    if mode != 0 && whole.start() != pos_b {
        return Ok(Value::None);
    }
    let mut spans = Vec::with_capacity(caps.len() * 2);
    for g in 0..caps.len() {
        let (s, e) = match caps.get(g) {
            Some(m) => (map.char(m.start()) as i64, map.char(m.end()) as i64),
            None => (-1, -1),
        };
        spans.push(Value::Int(s));
        spans.push(Value::Int(e));
    }
    Ok(vm.new_tuple(spans))
}

/// Converts between code-point indices (Python's) and byte offsets (the regex crate's).
struct CharMap {
    /// Byte offset of each char, plus the length; empty for ASCII text.
    offsets: Vec<usize>,
    len: usize,
}

impl CharMap {
    fn new(s: &str) -> CharMap {
        let offsets = if s.is_ascii() {
            Vec::new()
        } else {
            s.char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(s.len()))
                .collect()
        };
        CharMap {
            offsets,
            len: s.len(),
        }
    }
    fn byte(&self, c: usize) -> usize {
        if self.offsets.is_empty() {
            c.min(self.len)
        } else {
            self.offsets[c.min(self.offsets.len() - 1)]
        }
    }
    fn char(&self, b: usize) -> usize {
        if self.offsets.is_empty() {
            b
        } else {
            self.offsets.binary_search(&b).unwrap_or_else(|i| i)
        }
    }
}

/// A translated pattern.
struct Translated {
    source: String,
    groups: usize,
    names: Vec<(usize, String)>,
}

/// Rewrites Python regex syntax for fancy-regex and reports sre's errors for unbalanced
/// groups, repeats of nothing or of a repeat, reversed class ranges and bad group names.
fn translate(pat: &str, mut flags: i64) -> Result<Translated, ReError> {
    let chars: Vec<char> = pat.chars().collect();
    flags |= leading_flags(&chars);
    let mut out = String::new();
    for (bit, c) in [
        (IGNORECASE, 'i'),
        (MULTILINE, 'm'),
        (DOTALL, 's'),
        (VERBOSE, 'x'),
    ] {
        if flags & bit != 0 {
            out.push_str(&format!("(?{c})"));
        }
    }
    let mut t = Translator {
        chars: &chars,
        i: 0,
        out,
        open: Vec::new(),
        groups: 0,
        names: Vec::new(),
        can_repeat: false,
        after_repeat: false,
        multiline: flags & MULTILINE != 0,
        verbose: flags & VERBOSE != 0,
    };
    t.run()?;
    if let Some(&p) = t.open.last() {
        return Err(ReError("missing ), unterminated subpattern".into(), p));
    }
    Ok(Translated {
        source: t.out,
        groups: t.groups,
        names: t.names,
    })
}

/// Flags set by `(?imsx)` groups at the very start of the pattern (global in Python).
fn leading_flags(chars: &[char]) -> i64 {
    let mut flags = 0;
    let mut i = 0;
    while chars.get(i) == Some(&'(') && chars.get(i + 1) == Some(&'?') {
        let mut j = i + 2;
        let mut f = 0;
        while let Some(&c) = chars.get(j) {
            match c {
                'i' => f |= IGNORECASE,
                'm' => f |= MULTILINE,
                's' => f |= DOTALL,
                'x' => f |= VERBOSE,
                'a' | 'u' | 'L' => {}
                _ => break,
            }
            j += 1;
        }
        if chars.get(j) != Some(&')') || j == i + 2 {
            break;
        }
        flags |= f;
        i = j + 1;
    }
    flags
}

struct Translator<'a> {
    chars: &'a [char],
    i: usize,
    out: String,
    open: Vec<usize>,
    groups: usize,
    names: Vec<(usize, String)>,
    /// Whether the previous item can take a repeat.
    can_repeat: bool,
    /// Whether the previous item was a repeat (a second one is "multiple repeat").
    after_repeat: bool,
    multiline: bool,
    verbose: bool,
}

impl Translator<'_> {
    fn peek(&self, k: usize) -> Option<char> {
        self.chars.get(self.i + k).copied()
    }

    fn run(&mut self) -> Result<(), ReError> {
        while let Some(c) = self.peek(0) {
            let start = self.i;
            match c {
                '\\' => self.escape()?,
                '[' => self.class()?,
                '(' => self.open_group()?,
                ')' => {
                    if self.open.pop().is_none() {
                        return Err(ReError("unbalanced parenthesis".into(), start));
                    }
                    self.out.push(')');
                    self.i += 1;
                    self.item();
                }
                '*' | '+' | '?' => self.repeat(c.to_string(), 1)?,
                '{' => match self.brace_repeat() {
                    Some((q, n)) => self.repeat(q, n)?,
                    None => {
                        self.out.push_str("\\{");
                        self.i += 1;
                        self.item();
                    }
                },
                '}' => {
                    self.out.push_str("\\}");
                    self.i += 1;
                    self.item();
                }
                '$' => {
                    self.out
                        .push_str(if self.multiline { "$" } else { "(?=\\n?\\z)" });
                    self.i += 1;
                    self.not_repeatable();
                }
                '^' | '|' => {
                    self.out.push(c);
                    self.i += 1;
                    self.not_repeatable();
                }
                '#' if self.verbose => {
                    while let Some(c) = self.peek(0) {
                        self.i += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                }
                c if self.verbose && c.is_whitespace() => self.i += 1,
                _ => {
                    self.out.push(c);
                    self.i += 1;
                    self.item();
                }
            }
        }
        Ok(())
    }

    fn item(&mut self) {
        self.can_repeat = true;
        self.after_repeat = false;
    }

    fn not_repeatable(&mut self) {
        self.can_repeat = false;
        self.after_repeat = false;
    }

    /// A repeat `q` spanning `n` pattern chars; a lazy `?` may follow.
    fn repeat(&mut self, q: String, n: usize) -> Result<(), ReError> {
        if self.after_repeat {
            return Err(ReError("multiple repeat".into(), self.i));
        }
        if !self.can_repeat {
            return Err(ReError("nothing to repeat".into(), self.i));
        }
        self.out.push_str(&q);
        self.i += n;
        if self.peek(0) == Some('?') {
            self.out.push('?');
            self.i += 1;
        }
        self.can_repeat = false;
        self.after_repeat = true;
        Ok(())
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` as the crate's quantifier, or None for a literal.
    fn brace_repeat(&self) -> Option<(String, usize)> {
        let rest: String = self.chars[self.i..].iter().take(64).collect();
        let close = rest.find('}')?;
        let body = &rest[1..close];
        let (lo, hi) = match body.split_once(',') {
            Some((lo, hi)) => (lo, Some(hi)),
            None => (body, None),
        };
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if !digits(lo) || !hi.is_none_or(digits) || (lo.is_empty() && hi.is_none()) {
            return None;
        }
        let lo = if lo.is_empty() { "0" } else { lo };
        let q = match hi {
            None => format!("{{{lo}}}"),
            Some(h) => format!("{{{lo},{h}}}"),
        };
        Some((q, close + 1))
    }

    fn escape(&mut self) -> Result<(), ReError> {
        let Some(c) = self.peek(1) else {
            return Err(ReError("bad escape (end of pattern)".into(), self.i));
        };
        self.i += 2;
        match c {
            'Z' => self.out.push_str("\\z"),
            'A' | 'b' | 'B' => {
                self.out.push('\\');
                self.out.push(c);
                self.not_repeatable();
                return Ok(());
            }
            _ => {
                self.out.push('\\');
                self.out.push(c);
            }
        }
        self.item();
        Ok(())
    }

    fn class(&mut self) -> Result<(), ReError> {
        let start = self.i;
        self.out.push('[');
        self.i += 1;
        if self.peek(0) == Some('^') {
            self.out.push('^');
            self.i += 1;
        }
        let mut first = true;
        let mut prev: Option<(char, usize)> = None;
        loop {
            let Some(c) = self.peek(0) else {
                return Err(ReError("unterminated character set".into(), start));
            };
            let at = self.i;
            match c {
                ']' if !first => {
                    self.out.push(']');
                    self.i += 1;
                    break;
                }
                '\\' => {
                    let e = self.peek(1).unwrap_or('\\');
                    self.out.push('\\');
                    self.out.push(e);
                    self.i += 2;
                    prev = (!e.is_ascii_alphanumeric()).then_some((e, at));
                }
                '-' if prev.is_some() && self.peek(1).is_some_and(|n| n != ']') => {
                    let (lo, lo_at) = prev.take().expect("checked");
                    let hi = if self.peek(1) == Some('\\') {
                        self.peek(2).filter(|c| !c.is_ascii_alphanumeric())
                    } else {
                        self.peek(1)
                    };
                    if let Some(hi) = hi {
                        if hi < lo {
                            return Err(ReError(format!("bad character range {lo}-{hi}"), lo_at));
                        }
                    }
                    self.out.push('-');
                    self.i += 1;
                }
                '[' | '&' | '~' | '-' | ']' => {
                    self.out.push('\\');
                    self.out.push(c);
                    self.i += 1;
                    prev = Some((c, at));
                }
                _ => {
                    self.out.push(c);
                    self.i += 1;
                    prev = Some((c, at));
                }
            }
            first = false;
        }
        self.item();
        Ok(())
    }

    fn open_group(&mut self) -> Result<(), ReError> {
        let start = self.i;
        if self.peek(1) != Some('?') {
            self.groups += 1;
            self.open.push(start);
            self.out.push('(');
            self.i += 1;
            self.not_repeatable();
            return Ok(());
        }
        match (self.peek(2), self.peek(3)) {
            (Some('P'), Some('<')) => {
                let name_at = self.i + 4;
                let name = self.read_until(name_at, '>');
                if !is_identifier(&name) {
                    let msg = if name.is_empty() {
                        "missing group name".to_string()
                    } else {
                        format!("bad character in group name '{name}'")
                    };
                    return Err(ReError(msg, name_at));
                }
                self.groups += 1;
                if let Some((was, _)) = self.names.iter().find(|(_, n)| *n == name) {
                    return Err(ReError(
                        format!(
                            "redefinition of group name '{name}' as group {}; was group {was}",
                            self.groups
                        ),
                        name_at,
                    ));
                }
                self.names.push((self.groups, name.clone()));
                self.open.push(start);
                self.out.push_str(&format!("(?P<{name}>"));
                self.i = name_at + name.chars().count() + 1;
                self.not_repeatable();
            }
            (Some('P'), Some('=')) => {
                let name_at = self.i + 4;
                let name = self.read_until(name_at, ')');
                self.out.push_str(&format!("\\k<{name}>"));
                self.i = name_at + name.chars().count() + 1;
                self.item();
            }
            (Some('#'), _) => {
                let body = self.read_until(self.i + 2, ')');
                self.i += 2 + body.chars().count() + 1;
            }
            _ => {
                // (?:...), lookaround and inline flags pass through unchanged.
                self.open.push(start);
                self.out.push_str("(?");
                self.i += 2;
                self.not_repeatable();
            }
        }
        Ok(())
    }

    fn read_until(&self, from: usize, end: char) -> String {
        self.chars[from.min(self.chars.len())..]
            .iter()
            .take_while(|&&c| c != end)
            .collect()
    }
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    matches!(it.next(), Some(c) if c == '_' || c.is_alphabetic())
        && it.all(|c| c == '_' || c.is_alphanumeric())
}
