//! `str`: construction, indexing and slicing by characters, the methods (backed by
//! `crate::text`), `%`-formatting and `str.format`.

use crate::args::positional;
use crate::object::*;
use crate::runtime::CmpOp;
use crate::text;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_staticmethod(&t, "__new__", str_new);
    vm.add_method(&t, "__repr__", |vm, a, _| {
        let s = this(&a[0]);
        Ok(vm.new_str(pyco_compiler::constant::str_repr(s)))
    });
    vm.add_method(&t, "__str__", |vm, a, _| Ok(vm.new_str(this(&a[0]))));
    vm.add_method(&t, "__hash__", |_, a, _| {
        Ok(Value::Int(a[0].as_pystr().map_or(0, |s| s.hash())))
    });
    vm.add_method(&t, "__len__", |_, a, _| {
        Ok(Value::Int(a[0].as_pystr().map_or(0, |s| s.nchars) as i64))
    });
    vm.add_method(&t, "__getitem__", str_getitem);
    vm.add_method(&t, "__contains__", |vm, a, _| {
        let v = vm.contains(&plain_str(vm, &a[0]), &a[1])?;
        Ok(Value::Bool(v))
    });
    vm.add_method(&t, "__iter__", |vm, a, _| {
        Ok(vm.new_iter(
            "str_iterator",
            crate::types::iter::IterState::Str(a[0].clone(), 0),
        ))
    });
    vm.add_method(&t, "__add__", |vm, a, _| match a[1].as_str() {
        Some(o) => Ok(vm.new_str(format!("{}{}", this(&a[0]), o))),
        None => Ok(vm.singletons.not_implemented.clone()),
    });
    vm.add_method(&t, "__mul__", str_mul);
    vm.add_method(&t, "__rmul__", str_mul);
    vm.add_method(&t, "__mod__", |vm, a, _| {
        let s = this(&a[0]).to_string();
        let r = super::str_format::percent(vm, &s, &a[1])?;
        Ok(vm.new_str(r))
    });
    vm.add_method(&t, "__rmod__", |vm, _, _| {
        Ok(vm.singletons.not_implemented.clone())
    });
    for op in [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ] {
        let f: NativeFn = match op {
            CmpOp::Lt => |vm, a, _| str_cmp(vm, a, CmpOp::Lt),
            CmpOp::Le => |vm, a, _| str_cmp(vm, a, CmpOp::Le),
            CmpOp::Eq => |vm, a, _| str_cmp(vm, a, CmpOp::Eq),
            CmpOp::Ne => |vm, a, _| str_cmp(vm, a, CmpOp::Ne),
            CmpOp::Gt => |vm, a, _| str_cmp(vm, a, CmpOp::Gt),
            CmpOp::Ge => |vm, a, _| str_cmp(vm, a, CmpOp::Ge),
        };
        vm.add_method(&t, op.dunder(), f);
    }
    vm.add_method(&t, "__format__", |vm, a, kw| {
        let a = vm.check_args("__format__", a, kw, 2, 2)?;
        let spec = vm.expect_str(&a[1], "format_spec")?;
        let r =
            crate::format::format_str(this(&a[0]), spec, "str").map_err(|e| vm.format_err(e))?;
        Ok(vm.new_str(r))
    });
    vm.add_method(&t, "format", |vm, a, kw| {
        let s = this(&a[0]).to_string();
        let r = super::str_format::format(vm, &s, &a[1..], kw)?;
        Ok(vm.new_str(r))
    });
    vm.add_method(&t, "format_map", |vm, a, kw| {
        let a = vm.check_args("format_map", a, kw, 2, 2)?;
        let s = this(&a[0]).to_string();
        let r = super::str_format::format_map(vm, &s, &a[1])?;
        Ok(vm.new_str(r))
    });
    vm.add_method(&t, "join", str_join);
    vm.add_method(&t, "split", |vm, a, kw| str_split(vm, a, kw, false));
    vm.add_method(&t, "rsplit", |vm, a, kw| str_split(vm, a, kw, true));
    vm.add_method(&t, "strip", |vm, a, kw| {
        strip(vm, a, kw, text::strip, "strip")
    });
    vm.add_method(&t, "lstrip", |vm, a, kw| {
        strip(vm, a, kw, text::lstrip, "lstrip")
    });
    vm.add_method(&t, "rstrip", |vm, a, kw| {
        strip(vm, a, kw, text::rstrip, "rstrip")
    });
    vm.add_method(&t, "upper", |vm, a, _| {
        Ok(vm.new_str(text::upper(this(&a[0]))))
    });
    vm.add_method(&t, "lower", |vm, a, _| {
        Ok(vm.new_str(text::lower(this(&a[0]))))
    });
    vm.add_method(&t, "title", |vm, a, _| {
        Ok(vm.new_str(text::title(this(&a[0]))))
    });
    vm.add_method(&t, "capitalize", |vm, a, _| {
        Ok(vm.new_str(text::capitalize(this(&a[0]))))
    });
    vm.add_method(&t, "swapcase", |vm, a, _| {
        Ok(vm.new_str(text::swapcase(this(&a[0]))))
    });
    vm.add_method(&t, "casefold", |vm, a, _| {
        Ok(vm.new_str(text::casefold(this(&a[0]))))
    });
    macro_rules! pred {
        ($($name:ident),*) => {$(
            vm.add_method(&t, stringify!($name), |_, a, _| Ok(Value::Bool(text::$name(this(&a[0])))));
        )*};
    }
    pred!(
        isalnum,
        isalpha,
        isascii,
        isdecimal,
        isdigit,
        isidentifier,
        islower,
        isnumeric,
        isprintable,
        isspace,
        istitle,
        isupper
    );
    vm.add_method(&t, "startswith", |vm, a, kw| affix(vm, a, kw, true));
    vm.add_method(&t, "endswith", |vm, a, kw| affix(vm, a, kw, false));
    vm.add_method(&t, "find", |vm, a, kw| search(vm, a, kw, "find"));
    vm.add_method(&t, "rfind", |vm, a, kw| search(vm, a, kw, "rfind"));
    vm.add_method(&t, "index", |vm, a, kw| search(vm, a, kw, "index"));
    vm.add_method(&t, "rindex", |vm, a, kw| search(vm, a, kw, "rindex"));
    vm.add_method(&t, "count", |vm, a, kw| search(vm, a, kw, "count"));
    vm.add_method(&t, "replace", |vm, a, kw| {
        let a = vm.check_args("replace", &a[1..], kw, 2, 3).map(|_| a)?;
        let old = vm.expect_str(&a[1], "replace() argument 1")?;
        let new = vm.expect_str(&a[2], "replace() argument 2")?;
        let count = match a.get(3) {
            Some(c) => vm.to_i64(c)?,
            None => -1,
        };
        let r = text::replace(this(&a[0]), old, new, count).map_err(|e| vm.text_err(e))?;
        Ok(vm.new_str(r))
    });
    vm.add_method(&t, "center", |vm, a, kw| pad(vm, a, kw, "center"));
    vm.add_method(&t, "ljust", |vm, a, kw| pad(vm, a, kw, "ljust"));
    vm.add_method(&t, "rjust", |vm, a, kw| pad(vm, a, kw, "rjust"));
    vm.add_method(&t, "zfill", |vm, a, kw| {
        let a = vm.check_args("zfill", a, kw, 2, 2)?;
        let w = vm.to_i64(&a[1])?;
        let r = text::zfill(this(&a[0]), w).map_err(|e| vm.text_err(e))?;
        Ok(vm.new_str(r))
    });
    vm.add_method(&t, "expandtabs", |vm, a, kw| {
        let ts = match crate::args::keyword(a, kw, "tabsize")
            .or_else(|| positional(a, kw).get(1).cloned())
        {
            Some(v) => vm.to_i64(&v)? as i32,
            None => 8,
        };
        let r = text::expandtabs(this(&a[0]), ts).map_err(|e| vm.text_err(e))?;
        Ok(vm.new_str(r))
    });
    vm.add_method(&t, "partition", |vm, a, kw| part(vm, a, kw, false));
    vm.add_method(&t, "rpartition", |vm, a, kw| part(vm, a, kw, true));
    vm.add_method(&t, "splitlines", |vm, a, kw| {
        let keep = match crate::args::keyword(a, kw, "keepends")
            .or_else(|| positional(a, kw).get(1).cloned())
        {
            Some(v) => vm.truthy(&v)?,
            None => false,
        };
        let parts: Vec<Value> = text::splitlines(this(&a[0]), keep)
            .into_iter()
            .map(|p| vm.new_str(p))
            .collect();
        Ok(vm.new_list(parts))
    });
    vm.add_method(&t, "removeprefix", |vm, a, kw| {
        let a = vm.check_args("removeprefix", a, kw, 2, 2)?;
        let p = vm.expect_str(&a[1], "removeprefix() argument")?;
        let s = this(&a[0]);
        Ok(vm.new_str(s.strip_prefix(p).unwrap_or(s)))
    });
    vm.add_method(&t, "removesuffix", |vm, a, kw| {
        let a = vm.check_args("removesuffix", a, kw, 2, 2)?;
        let p = vm.expect_str(&a[1], "removesuffix() argument")?;
        let s = this(&a[0]);
        Ok(vm.new_str(if p.is_empty() {
            s
        } else {
            s.strip_suffix(p).unwrap_or(s)
        }))
    });
    vm.add_method(&t, "encode", |vm, a, kw| {
        let bound = vm.bind_args("encode", &a[1..], kw, &["encoding", "errors"], 0)?;
        let enc = opt_str_arg(vm, &bound[0], "encode", "encoding")?.unwrap_or("utf-8");
        let errors = opt_str_arg(vm, &bound[1], "encode", "errors")?.unwrap_or("strict");
        let r =
            text::codecs::encode(this(&a[0]), enc, errors).map_err(|e| vm.codec_err(e, &a[0]))?;
        Ok(vm.new_bytes(r))
    });
    vm.add_staticmethod(&t, "maketrans", str_maketrans);
    vm.add_method(&t, "translate", str_translate);
}

/// An optional str argument (`encoding`, `errors`), with Argument Clinic's message.
pub fn opt_str_arg<'a>(
    vm: &Vm,
    v: &'a Option<Value>,
    func: &str,
    name: &str,
) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(format!(
                "{func}() argument '{name}' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// The text of a str value (the method's self).
pub fn this(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

fn plain_str(vm: &Vm, v: &Value) -> Value {
    vm.new_str(this(v))
}

/// Escapes non-ASCII characters as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 256 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn str_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let Value::Type(cls) = &args[0] else {
        return Err(vm.type_error("str.__new__(X): X is not a type object"));
    };
    // `str(x)`, the common call, without binding or copying.
    if args.len() == 2 && kwnames.is_empty() && Rc::ptr_eq(cls, &vm.types.str) {
        return vm.to_str(&args[1]);
    }
    let cls = cls.clone();
    let bound = vm.bind_args(
        "str",
        &args[1..],
        kwnames,
        &["object", "encoding", "errors"],
        0,
    )?;
    let s = match (&bound[0], &bound[1], &bound[2]) {
        (None, _, _) => String::new(),
        (Some(o), None, None) => vm.str_string(o)?,
        (Some(o), enc, errors) => {
            let data = crate::types::bytes::as_bytes(o).ok_or_else(|| {
                vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(o)
                ))
            })?;
            let enc = opt_str_arg(vm, enc, "str", "encoding")?.unwrap_or("utf-8");
            let errors = opt_str_arg(vm, errors, "str", "errors")?.unwrap_or("strict");
            text::codecs::decode(&data, enc, errors).map_err(|e| vm.codec_err(e, o))?
        }
    };
    if Rc::ptr_eq(&cls, &vm.types.str) {
        return Ok(vm.new_str(s));
    }
    Ok(vm.new_instance(&cls, Payload::Str(PyStr::new(s))))
}

impl Vm {
    /// Character-indexed `s[i]` / `s[a:b:c]`.
    pub fn str_subscript(&mut self, s: &PyStr, k: &Value) -> PyResult {
        if let Some(Payload::Slice(sl)) = k.payload() {
            let sl = sl.clone();
            let (start, stop, step) = self.slice_indices(&sl, s.nchars)?;
            let positions = crate::runtime::slice_positions(start, stop, step);
            if s.is_ascii() {
                let b = s.s.as_bytes();
                if step == 1 {
                    let (a, z) = (start as usize, (stop.max(start)) as usize);
                    return Ok(self.new_str(&s.s[a..z]));
                }
                let out: String = positions.map(|p| b[p] as char).collect();
                return Ok(self.new_str(out));
            }
            let chars: Vec<char> = s.s.chars().collect();
            let out: String = positions.map(|p| chars[p]).collect();
            return Ok(self.new_str(out));
        }
        let Some(i) = self.index_value(k)? else {
            // 3.10's message does not name the type (3.11's does).
            return Err(self.type_error("string indices must be integers"));
        };
        let n = s.nchars as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(self.index_error("string index out of range"));
        }
        let c = if s.is_ascii() {
            (s.s.as_bytes()[j as usize] as char).to_string()
        } else {
            s.s.chars()
                .nth(j as usize)
                .map(String::from)
                .unwrap_or_default()
        };
        Ok(self.new_str(c))
    }
}

fn str_getitem(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let s = a[0].as_pystr().expect("str self");
    vm.str_subscript(s, &a[1])
}

fn str_mul(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    match vm.index_value(&a[1])? {
        Some(n) => {
            let n = n.max(0) as usize;
            let s = this(&a[0]);
            let nchars = a[0].as_pystr().map_or(0, |p| p.nchars);
            vm.check_repeat(nchars, n, "string is")?;
            vm.check_alloc(s.len(), n)?;
            Ok(vm.new_str(s.repeat(n)))
        }
        None => Ok(vm.singletons.not_implemented.clone()),
    }
}

fn str_cmp(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult {
    match a[1].as_str() {
        Some(o) => Ok(Value::Bool(op.holds(this(&a[0]).cmp(o)))),
        None => Ok(vm.singletons.not_implemented.clone()),
    }
}

fn str_join(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("join", a, kw, 2, 2)?;
    let sep = this(&a[0]).to_string();
    // PySequence_Fast's message for a non-iterable argument.
    if !vm.is_iterable(&a[1]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect(&a[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Some(s) = item.as_str() else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(s);
    }
    Ok(vm.new_str(out))
}

fn str_split(vm: &mut Vm, a: &[Value], kw: &[Value], right: bool) -> PyResult {
    let name = if right { "rsplit" } else { "split" };
    let bound = vm.bind_args(name, &a[1..], kw, &["sep", "maxsplit"], 0)?;
    let sep = match &bound[0] {
        None | Some(Value::None) => None,
        Some(s) => Some(
            s.as_str()
                .ok_or_else(|| {
                    vm.type_error(format!("must be str or None, not {}", vm.type_name(s)))
                })?
                .to_string(),
        ),
    };
    let max = match &bound[1] {
        Some(m) => vm.to_i64(m)?,
        None => -1,
    };
    let s = this(&a[0]);
    let parts = if right {
        text::rsplit(s, sep.as_deref(), max)
    } else {
        text::split(s, sep.as_deref(), max)
    }
    .map_err(|e| vm.text_err(e))?;
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn strip(
    vm: &mut Vm,
    a: &[Value],
    kw: &[Value],
    f: for<'x> fn(&'x str, Option<&str>) -> &'x str,
    name: &str,
) -> PyResult {
    let a = vm.check_args(name, a, kw, 1, 2)?;
    let chars = match a.get(1) {
        None | Some(Value::None) => None,
        Some(c) => Some(
            c.as_str()
                .ok_or_else(|| vm.type_error(format!("{name} arg must be None or str")))?,
        ),
    };
    Ok(vm.new_str(f(this(&a[0]), chars)))
}

fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_of(v)? {
            Some(crate::runtime::Index::Small(i)) => Ok(Some(i)),
            Some(crate::runtime::Index::Huge(neg)) => {
                Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
            }
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

fn affix(vm: &mut Vm, a: &[Value], kw: &[Value], start: bool) -> PyResult {
    let name = if start { "startswith" } else { "endswith" };
    let a = vm.check_args(name, a, kw, 2, 4)?;
    let s = this(&a[0]).to_string();
    let lo = opt_index(vm, a.get(2))?;
    let hi = opt_index(vm, a.get(3))?;
    let check = |p: &str| {
        if start {
            text::startswith(&s, p, lo, hi)
        } else {
            text::endswith(&s, p, lo, hi)
        }
    };
    if let Some(t) = a[1].as_tuple() {
        for p in t {
            match p.as_str() {
                Some(p) => {
                    if check(p) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => {
                    return Err(vm.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(p)
                    )))
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    match a[1].as_str() {
        Some(p) => Ok(Value::Bool(check(p))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&a[1])
        ))),
    }
}

fn search(vm: &mut Vm, a: &[Value], kw: &[Value], which: &str) -> PyResult {
    let a = vm.check_args(which, a, kw, 2, 4)?;
    let s = this(&a[0]).to_string();
    let Some(sub) = a[1].as_str() else {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&a[1]))));
    };
    let sub = sub.to_string();
    let lo = opt_index(vm, a.get(2))?;
    let hi = opt_index(vm, a.get(3))?;
    let r = match which {
        "find" => text::find(&s, &sub, lo, hi).map_or(-1, |i| i as i64),
        "rfind" => text::rfind(&s, &sub, lo, hi).map_or(-1, |i| i as i64),
        "index" => text::index(&s, &sub, lo, hi).map_err(|e| vm.text_err(e))? as i64,
        "rindex" => text::rindex(&s, &sub, lo, hi).map_err(|e| vm.text_err(e))? as i64,
        _ => text::count(&s, &sub, lo, hi) as i64,
    };
    Ok(Value::Int(r))
}

fn pad(vm: &mut Vm, a: &[Value], kw: &[Value], which: &str) -> PyResult {
    let a = vm.check_args(which, a, kw, 2, 3)?;
    let w = vm.to_i64(&a[1])?;
    let fill = match a.get(2) {
        Some(f) => {
            let f = f.as_str().ok_or_else(|| {
                vm.type_error(format!(
                    "{which}() argument 2 must be str, not {}",
                    vm.type_name(f)
                ))
            })?;
            if f.chars().count() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            f.to_string()
        }
        None => " ".into(),
    };
    let s = this(&a[0]);
    let r = match which {
        "center" => text::center(s, w, &fill),
        "ljust" => text::ljust(s, w, &fill),
        _ => text::rjust(s, w, &fill),
    }
    .map_err(|e| vm.text_err(e))?;
    Ok(vm.new_str(r))
}

fn part(vm: &mut Vm, a: &[Value], kw: &[Value], right: bool) -> PyResult {
    let a = vm.check_args(if right { "rpartition" } else { "partition" }, a, kw, 2, 2)?;
    let sep = vm.expect_str(&a[1], "must be str, not")?.to_string();
    let s = this(&a[0]);
    let (x, y, z) = if right {
        text::rpartition(s, &sep)
    } else {
        text::partition(s, &sep)
    }
    .map_err(|e| vm.text_err(e))?;
    let items = vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)];
    Ok(vm.new_tuple(items))
}

fn str_maketrans(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("maketrans", a, kw, 1, 3)?;
    let d = vm.new_dict();
    if a.len() == 1 {
        for (k, v) in vm.mapping_items(&a[0])? {
            let key = match k.as_str() {
                Some(s) if s.chars().count() == 1 => {
                    Value::Int(s.chars().next().map_or(0, |c| c as i64))
                }
                Some(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                None => k,
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(d);
    }
    let x: Vec<char> = this(&a[0]).chars().collect();
    let y: Vec<char> = this(&a[1]).chars().collect();
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (p, q) in x.iter().zip(&y) {
        vm.dict_set(&d, Value::Int(*p as i64), Value::Int(*q as i64))?;
    }
    if let Some(z) = a.get(2) {
        for c in this(z).chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

fn str_translate(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("translate", a, kw, 2, 2)?;
    let s = this(&a[0]).to_string();
    let table = a[1].clone();
    let mut out = String::new();
    for c in s.chars() {
        match vm.mapping_get(&table, &Value::Int(c as i64)) {
            Ok(Some(Value::None)) => {}
            Ok(Some(v)) => match &v {
                Value::Int(i) => out.push(char::from_u32(*i as u32).unwrap_or('\u{fffd}')),
                _ => out.push_str(v.as_str().unwrap_or_default()),
            },
            Ok(None) => out.push(c),
            Err(e) if vm.is_instance_of(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}
