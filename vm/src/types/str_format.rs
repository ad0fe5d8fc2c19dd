//! `str % args` (driving `format::percent_format` per directive) and `str.format`.

use crate::format::{parse_percent_spec, percent_format, PercentArg};
use crate::object::*;
use crate::runtime::number::{num_view, NumView};
use crate::Vm;
use num_bigint::BigInt;

/// `fmt % args`.
pub fn percent(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    percent_impl(vm, fmt, args, false)
}

/// `bytes % args`: the same machinery over the format's bytes as Latin-1 characters, with
/// `%s`/`%b` taking bytes-like values and `%r`/`%a` giving `ascii()`.
pub fn percent_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let fmt: String = fmt.iter().map(|&b| b as char).collect();
    let r = percent_impl(vm, &fmt, args, true)?;
    Ok(r.chars().map(|c| c as u32 as u8).collect())
}

/// The text a `%s`/`%b` conversion of a bytes format inserts (as Latin-1 characters).
fn percent_bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let b = match crate::types::bytes::as_bytes(v) {
        Some(b) => b,
        None => match vm.type_of(v).lookup("__bytes__") {
            Some(m) => {
                let r = vm.call_method_value(&m, v, &[])?;
                crate::types::bytes::as_bytes(&r).ok_or_else(|| {
                    vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    ))
                })?
            }
            None => {
                return Err(vm.type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                vm.type_name(v)
            )))
            }
        },
    };
    Ok(b.iter().map(|&b| b as char).collect())
}

/// `%c` of a bytes format: an int in range(256) or a single byte.
fn percent_bytes_char(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(b) = crate::types::bytes::as_bytes(v) {
        if b.len() == 1 {
            return Ok((b[0] as char).to_string());
        }
    } else if let Some(i) = vm.index_value(v).ok().flatten() {
        if let Ok(b) = u8::try_from(i) {
            return Ok((b as char).to_string());
        }
        return Err(vm.overflow_error("%c arg not in range(256)"));
    }
    Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
}

fn percent_impl(vm: &mut Vm, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let (items, mapping): (Vec<Value>, Option<Value>) = match args.payload() {
        Some(Payload::Tuple(t)) => (t.to_vec(), None),
        _ => {
            let t = vm.type_of(args);
            let is_mapping = t.lookup("__getitem__").is_some()
                && !matches!(
                    args.payload(),
                    Some(
                        Payload::Str(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                );
            (vec![args.clone()], is_mapping.then(|| args.clone()))
        }
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
        let v = items.get(*next).cloned();
        *next += 1;
        v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut keyed = None;
        if chars.get(i) == Some(&'(') {
            let Some(m) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..j - 1].iter().collect();
            let k = if bytes {
                vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                vm.new_str(key)
            };
            keyed = Some(vm.getitem(&m.clone(), &k)?);
            used_mapping = true;
            i = j;
        }
        let (mut spec, after) = parse_percent_spec(fmt, i).map_err(|e| vm.format_err(e))?;
        i = after;
        if spec.conv == 'b' && !bytes {
            return Err(vm.format_err(crate::format::reject_b(after - 1)));
        }
        if spec.conv == '%' {
            out.push('%');
            continue;
        }
        if spec.width_star {
            let w = take(vm, &mut next)?;
            let w = vm.to_i64(&w).map_err(|_| vm.type_error("* wants int"))?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
        }
        if spec.precision_star {
            let p = take(vm, &mut next)?;
            let p = vm.to_i64(&p).map_err(|_| vm.type_error("* wants int"))?;
            spec.precision = Some(p.max(0) as usize);
        }
        let v = match keyed {
            Some(v) => v,
            None => take(vm, &mut next)?,
        };
        let text = match spec.conv {
            's' | 'b' if bytes => {
                let s = percent_bytes_arg(vm, &v)?;
                percent_format(&spec, PercentArg::Str(&s))
            }
            'r' | 'a' if bytes => {
                let r = vm.ascii(&v)?;
                percent_format(&spec, PercentArg::Str(r.as_str().unwrap_or_default()))
            }
            'c' if bytes => {
                let s = percent_bytes_char(vm, &v)?;
                percent_format(&spec, PercentArg::Str(&s))
            }
            's' | 'r' | 'a' => {
                let s = match spec.conv {
                    's' => vm.str_string(&v)?,
                    'r' => vm.repr_string(&v)?,
                    _ => {
                        let r = vm.ascii(&v)?;
                        r.as_str().unwrap_or_default().to_string()
                    }
                };
                percent_format(&spec, PercentArg::Str(&s))
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                let int = percent_int(vm, &v, spec.conv)?;
                match int {
                    Ok(b) => percent_format(&spec, PercentArg::Int(&b)),
                    Err(s) => percent_format(&spec, PercentArg::Str(&s)),
                }
            }
            _ => {
                let f = match num_view(&v) {
                    Some(_) => vm.to_f64(&v)?,
                    None => {
                        let t = vm.type_of(&v);
                        if t.lookup("__float__").is_none() && t.lookup("__index__").is_none() {
                            return Err(vm.type_error(format!(
                                "must be real number, not {}",
                                vm.type_name(&v)
                            )));
                        }
                        vm.to_f64(&v)?
                    }
                };
                percent_format(&spec, PercentArg::Float(f))
            }
        }
        .map_err(|e| vm.format_err(e))?;
        out.push_str(&text);
    }
    if next < items.len() && !used_mapping && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// The int argument of `%d`-style conversions (`Err(text)` for `%c` with a str).
fn percent_int(vm: &mut Vm, v: &Value, conv: char) -> PyResult<Result<BigInt, String>> {
    if conv == 'c' {
        if let Some(s) = v.as_str() {
            if s.chars().count() == 1 {
                return Ok(Err(s.to_string()));
            }
            return Err(vm.type_error("%c requires int or char"));
        }
    }
    match num_view(v) {
        Some(NumView::Small(i)) => return Ok(Ok(BigInt::from(i))),
        Some(NumView::Big(b)) => return Ok(Ok(b.clone())),
        Some(NumView::Float(f)) if matches!(conv, 'd' | 'i' | 'u') => {
            return pyco_compiler::num::float_to_int(f)
                .map(Ok)
                .map_err(|e| vm.num_err(e));
        }
        _ => {}
    }
    let t = vm.type_of(v);
    let has_index = t.lookup("__index__").is_some();
    if matches!(conv, 'd' | 'i' | 'u') && !has_index && t.lookup("__int__").is_some() {
        let r = vm.to_int(v)?;
        return Ok(Ok(vm.to_bigint(&r)?));
    }
    if has_index {
        return Ok(Ok(vm.to_bigint(v)?));
    }
    Err(vm.type_error(match conv {
        'c' => "%c requires int or char".to_string(),
        'd' | 'i' | 'u' => format!(
            "%{conv} format: a real number is required, not {}",
            vm.type_name(v)
        ),
        _ => format!(
            "%{conv} format: an integer is required, not {}",
            vm.type_name(v)
        ),
    }))
}

enum Source<'a> {
    Args(&'a [Value], &'a [Value], &'a [Value]),
    Map(&'a Value),
}

/// `fmt.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, fmt: &str, args: &[Value], kwnames: &[Value]) -> PyResult<String> {
    let npos = args.len() - kwnames.len();
    let src = Source::Args(&args[..npos], &args[npos..], kwnames);
    let mut auto = AutoNumber::default();
    render(vm, fmt, &src, &mut auto, 2)
}

/// `fmt.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut auto = AutoNumber::default();
    render(vm, fmt, &Source::Map(mapping), &mut auto, 2)
}

#[derive(Default)]
struct AutoNumber {
    next: usize,
    manual: bool,
    auto: bool,
}

fn render(
    vm: &mut Vm,
    fmt: &str,
    src: &Source,
    auto: &mut AutoNumber,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 == chars.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        let field = parse_field(&chars, i + 1).map_err(|m| vm.value_error(m))?;
        i = field.next;
        out.push_str(&render_field(vm, &field, src, auto, depth)?);
    }
    Ok(out)
}

/// One replacement field: `name[!conv][:spec]`, and where the text resumes after it.
struct Field {
    name: String,
    conv: Option<char>,
    spec: String,
    next: usize,
}

/// `parse_field` of CPython 3.10's `unicode_format.h`, from just after the `{`, with its
/// error messages.
fn parse_field(chars: &[char], mut pos: usize) -> Result<Field, &'static str> {
    let name_start = pos;
    let mut c = '\0';
    while pos < chars.len() {
        c = chars[pos];
        pos += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            // An index: skip to its ']' (whatever it holds).
            '[' => {
                while pos < chars.len() && chars[pos] != ']' {
                    pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') {
        pos - 1
    } else {
        pos
    };
    let mut field = Field {
        name: chars[name_start..name_end].iter().collect(),
        conv: None,
        spec: String::new(),
        next: pos,
    };
    if c != '!' && c != ':' {
        return if c == '}' {
            Ok(field)
        } else {
            Err("expected '}' before end of string")
        };
    }
    if c == '!' {
        let Some(&conv) = chars.get(pos) else {
            return Err("end of string while looking for conversion specifier");
        };
        field.conv = Some(conv);
        pos += 1;
        if let Some(&after) = chars.get(pos) {
            pos += 1;
            if after == '}' {
                field.next = pos;
                return Ok(field);
            }
            if after != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    // The spec runs to the matching '}' (nested fields may appear in it).
    let spec_start = pos;
    let mut count = 1;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        match c {
            '{' => count += 1,
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = chars[spec_start..pos - 1].iter().collect();
                    field.next = pos;
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

fn render_field(
    vm: &mut Vm,
    field: &Field,
    src: &Source,
    auto: &mut AutoNumber,
    depth: u32,
) -> PyResult<String> {
    let value = lookup_field(vm, &field.name, src, auto)?;
    let value = match field.conv {
        None => value,
        Some('s') => vm.to_str(&value)?,
        Some('r') => vm.repr(&value)?,
        Some('a') => vm.ascii(&value)?,
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if field.spec.contains('{') {
        render(vm, &field.spec, src, auto, depth - 1)?
    } else {
        field.spec.clone()
    };
    let spec_v = vm.new_str(spec);
    let r = vm.format(&value, &spec_v)?;
    Ok(r.as_str().unwrap_or_default().to_string())
}

fn lookup_field(vm: &mut Vm, name: &str, src: &Source, auto: &mut AutoNumber) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if auto.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        auto.auto = true;
        let idx = auto.next;
        auto.next += 1;
        positional_arg(vm, src, idx)?
    } else if let Ok(idx) = first.parse::<usize>() {
        if auto.auto {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        auto.manual = true;
        positional_arg(vm, src, idx)?
    } else {
        match src {
            Source::Args(_, vals, names) => {
                match names.iter().position(|n| n.as_str() == Some(first)) {
                    Some(p) => vals[p].clone(),
                    None => return Err(vm.key_error(vm.new_str(first))),
                }
            }
            Source::Map(m) => {
                let k = vm.new_str(first);
                vm.getitem(m, &k)?
            }
        }
    };
    let rest: Vec<char> = name[first_end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == '.' {
            let start = i + 1;
            i = start;
            while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                i += 1;
            }
            let attr: String = rest[start..i].iter().collect();
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = vm.getattr_str(&value, &attr)?;
        } else if rest[i] == '[' {
            let start = i + 1;
            i = start;
            while i < rest.len() && rest[i] != ']' {
                i += 1;
            }
            if i >= rest.len() {
                return Err(vm.value_error("Missing ']' in format string"));
            }
            let key: String = rest[start..i].iter().collect();
            i += 1;
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(key),
            };
            value = vm.getitem(&value, &k)?;
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

fn positional_arg(vm: &mut Vm, src: &Source, idx: usize) -> PyResult<Value> {
    match src {
        Source::Args(pos, _, _) => pos.get(idx).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {idx} out of range for positional args tuple"
            ))
        }),
        Source::Map(_) => Err(vm.value_error("Format string contains positional fields")),
    }
}
