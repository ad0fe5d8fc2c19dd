//! `int`, `bool`, `float` and `complex`: construction, reprs, formatting and the numeric
//! dunders (all backed by `runtime::number`'s numeric core).

use crate::args::positional;
use crate::object::*;
use crate::runtime::number::num_view;
use crate::runtime::{BinOp, CmpOp};
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyco_compiler::num as n;
use std::rc::Rc;

macro_rules! binop_methods {
    ($vm:expr, $t:expr, $($op:ident),*) => {{
        $(
            {
                fn fwd(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
                    if a.len() != 2 { return Err(vm.type_error("expected 1 argument")); }
                    match vm.num_binop(&a[0], &a[1], BinOp::$op) {
                        Some(r) => r,
                        None => Ok(vm.singletons.not_implemented.clone()),
                    }
                }
                fn rev(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
                    if a.len() != 2 { return Err(vm.type_error("expected 1 argument")); }
                    match vm.num_binop(&a[1], &a[0], BinOp::$op) {
                        Some(r) => r,
                        None => Ok(vm.singletons.not_implemented.clone()),
                    }
                }
                let (name, rname, _) = BinOp::$op.dunder();
                $vm.add_method($t, name, fwd);
                $vm.add_method($t, rname, rev);
            }
        )*
    }};
}

macro_rules! cmp_methods {
    ($vm:expr, $t:expr, $($op:ident),*) => {{
        $(
            {
                fn f(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
                    if a.len() != 2 { return Err(vm.type_error("expected 1 argument")); }
                    match (num_view(&a[0]), num_view(&a[1])) {
                        (Some(x), Some(y)) => match crate::runtime::compare::num_compare(&x, &y, CmpOp::$op) {
                            Some(b) => Ok(Value::Bool(b)),
                            None => Ok(vm.singletons.not_implemented.clone()),
                        },
                        _ => Ok(vm.singletons.not_implemented.clone()),
                    }
                }
                $vm.add_method($t, CmpOp::$op.dunder(), f);
            }
        )*
    }};
}

pub fn init(vm: &mut Vm) {
    for t in [
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.complex.clone(),
    ] {
        binop_methods!(vm, &t, Add, Sub, Mul, TrueDiv, Pow);
        cmp_methods!(vm, &t, Lt, Le, Eq, Ne, Gt, Ge);
        vm.add_method(&t, "__hash__", num_hash);
        vm.add_method(&t, "__bool__", |vm, a, _| {
            let v = plain(vm, &a[0]);
            Ok(Value::Bool(vm.truthy(&v)?))
        });
        vm.add_method(&t, "__neg__", num_neg);
        vm.add_method(&t, "__pos__", |vm, a, _| Ok(plain(vm, &a[0])));
        vm.add_method(&t, "__abs__", num_abs);
        vm.add_method(&t, "__repr__", num_repr);
        vm.add_method(&t, "__format__", num_format);
        vm.add_method(&t, "conjugate", |vm, a, _| match num_view(&a[0]) {
            Some(crate::runtime::number::NumView::Complex(r, i)) => {
                Ok(vm.obj(&vm.types.complex, Payload::Complex(r, -i)))
            }
            _ => Ok(plain(vm, &a[0])),
        });
        vm.add_getter(&t, "real", num_real, None);
        vm.add_getter(&t, "imag", num_imag, None);
    }
    // Floor division, modulo and divmod: int and float only (not complex).
    for t in [vm.types.int.clone(), vm.types.float.clone()] {
        binop_methods!(vm, &t, FloorDiv, Mod);
        vm.add_method(&t, "__divmod__", |vm, a, _| divmod(vm, &a[0], &a[1]));
        vm.add_method(&t, "__rdivmod__", |vm, a, _| divmod(vm, &a[1], &a[0]));
    }
    let int = vm.types.int.clone();
    binop_methods!(vm, &int, LShift, RShift, And, Or, Xor);
    vm.add_staticmethod(&int, "__new__", int_new);
    vm.add_method(&int, "__index__", |vm, a, _| Ok(plain(vm, &a[0])));
    vm.add_method(&int, "__int__", |vm, a, _| Ok(plain(vm, &a[0])));
    // The built-in value itself: `Vm::to_f64` of a subclass instance calls `__float__`.
    vm.add_method(&int, "__float__", |vm, a, _| {
        let v = plain(vm, &a[0]);
        Ok(Value::Float(vm.to_f64(&v)?))
    });
    vm.add_method(&int, "__invert__", |vm, a, _| {
        let b = vm.to_bigint(&a[0])?;
        Ok(vm.new_bigint(n::int_invert(&b)))
    });
    vm.add_method(&int, "__trunc__", |vm, a, _| Ok(plain(vm, &a[0])));
    vm.add_method(&int, "__floor__", |vm, a, _| Ok(plain(vm, &a[0])));
    vm.add_method(&int, "__ceil__", |vm, a, _| Ok(plain(vm, &a[0])));
    vm.add_method(&int, "__round__", int_round);
    vm.add_method(&int, "__getnewargs__", |vm, a, _| {
        let v = plain(vm, &a[0]);
        Ok(vm.new_tuple(vec![v]))
    });
    vm.add_method(&int, "bit_length", |vm, a, kw| {
        vm.no_args("int.bit_length", &a[1..], kw)?;
        let b = vm.to_bigint(&a[0])?;
        Ok(Value::Int(b.bits() as i64))
    });
    vm.add_method(&int, "bit_count", |vm, a, kw| {
        vm.no_args("int.bit_count", &a[1..], kw)?;
        let b = vm.to_bigint(&a[0])?;
        Ok(Value::Int(b.magnitude().count_ones() as i64))
    });
    vm.add_method(&int, "as_integer_ratio", |vm, a, _| {
        let v = plain(vm, &a[0]);
        Ok(vm.new_tuple(vec![v, Value::Int(1)]))
    });
    vm.add_method(&int, "to_bytes", int_to_bytes);
    vm.add_classmethod(&int, "from_bytes", int_from_bytes);
    vm.add_getter(&int, "numerator", |vm, a, _| Ok(plain(vm, &a[0])), None);
    vm.add_getter(&int, "denominator", |_, _, _| Ok(Value::Int(1)), None);

    let b = vm.types.bool_.clone();
    vm.add_staticmethod(&b, "__new__", |vm, a, kw| {
        let a = vm.check_args("bool", &a[1..], kw, 0, 1)?;
        Ok(Value::Bool(match a.first() {
            Some(v) => vm.truthy(v)?,
            None => false,
        }))
    });
    vm.add_method(&b, "__repr__", |vm, a, _| {
        Ok(vm.new_str(if matches!(a[0], Value::Bool(true)) {
            "True"
        } else {
            "False"
        }))
    });
    for (name, op) in [
        ("__and__", 0u8),
        ("__rand__", 0),
        ("__or__", 1),
        ("__ror__", 1),
        ("__xor__", 2),
        ("__rxor__", 2),
    ] {
        let f: NativeFn = match op {
            0 => |vm, a, _| bool_bitop(vm, a, BinOp::And),
            1 => |vm, a, _| bool_bitop(vm, a, BinOp::Or),
            _ => |vm, a, _| bool_bitop(vm, a, BinOp::Xor),
        };
        vm.add_method(&b, name, f);
    }

    let f = vm.types.float.clone();
    vm.add_staticmethod(&f, "__new__", float_new);
    vm.add_method(&f, "__int__", float_int);
    vm.add_method(&f, "__trunc__", float_int);
    // The built-in value itself: `Vm::to_f64` of a subclass instance calls `__float__`.
    vm.add_method(&f, "__float__", |vm, a, _| {
        let v = plain(vm, &a[0]);
        Ok(Value::Float(vm.to_f64(&v)?))
    });
    vm.add_method(&f, "__floor__", |vm, a, _| {
        let x = vm.to_f64(&a[0])?;
        float_to_int(vm, x.floor())
    });
    vm.add_method(&f, "__ceil__", |vm, a, _| {
        let x = vm.to_f64(&a[0])?;
        float_to_int(vm, x.ceil())
    });
    vm.add_method(&f, "__round__", float_round);
    vm.add_method(&f, "is_integer", |vm, a, _| {
        let x = vm.to_f64(&a[0])?;
        Ok(Value::Bool(n::float_is_integer(x)))
    });
    vm.add_method(&f, "as_integer_ratio", |vm, a, _| {
        let x = vm.to_f64(&a[0])?;
        let (p, q) = n::float_as_integer_ratio(x).map_err(|e| vm.num_err(e))?;
        let (p, q) = (vm.new_bigint(p), vm.new_bigint(q));
        Ok(vm.new_tuple(vec![p, q]))
    });
    vm.add_classmethod(&f, "fromhex", |vm, a, kw| {
        let a = vm.check_args("fromhex", a, kw, 2, 2)?;
        let s = vm.expect_str(&a[1], "fromhex() argument")?;
        let v = crate::format::float_fromhex(s).map_err(|e| vm.format_err(e))?;
        if a[0]
            .as_type()
            .is_some_and(|t| Rc::ptr_eq(t, &vm.types.float))
        {
            return Ok(Value::Float(v));
        }
        vm.call(&a[0], &[Value::Float(v)], &[])
    });
    vm.add_method(&f, "hex", |vm, a, _| {
        let x = vm.to_f64(&a[0])?;
        Ok(vm.new_str(float_hex(x)))
    });

    let c = vm.types.complex.clone();
    vm.add_staticmethod(&c, "__new__", complex_new);
}

/// The value as an exact built-in number (drops a subclass).
fn plain(vm: &Vm, v: &Value) -> Value {
    match num_view(v) {
        Some(crate::runtime::number::NumView::Small(i)) => Value::Int(i),
        Some(crate::runtime::number::NumView::Big(b)) => vm.new_bigint(b.clone()),
        Some(crate::runtime::number::NumView::Float(f)) => Value::Float(f),
        Some(crate::runtime::number::NumView::Complex(r, i)) => {
            vm.obj(&vm.types.complex, Payload::Complex(r, i))
        }
        None => v.clone(),
    }
}

fn bool_bitop(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult {
    if let (Value::Bool(x), Value::Bool(y)) = (&a[0], &a[1]) {
        return Ok(Value::Bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    match vm.num_binop(&a[0], &a[1], op) {
        Some(r) => r,
        None => Ok(vm.singletons.not_implemented.clone()),
    }
}

fn num_hash(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let h = match num_view(&a[0]) {
        Some(crate::runtime::number::NumView::Small(i)) => crate::runtime::protocol::hash_i64(i),
        Some(crate::runtime::number::NumView::Big(b)) => n::hash_int(b),
        Some(crate::runtime::number::NumView::Float(f)) => n::hash_float(f, a[0].id() as i64 >> 4),
        Some(crate::runtime::number::NumView::Complex(r, i)) => {
            n::hash_complex(r, i, a[0].id() as i64 >> 4)
        }
        None => return Err(vm.type_error("not a number")),
    };
    Ok(Value::Int(h))
}

/// `-x`, computed here: `Vm::neg` only handles the unboxed values and dispatches the rest
/// back to this method.
fn num_neg(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    use crate::runtime::number::NumView::*;
    Ok(match num_view(&a[0]) {
        Some(Small(i)) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => vm.new_bigint(-BigInt::from(i)),
        },
        Some(Big(b)) => vm.new_bigint(-b),
        Some(Float(f)) => Value::Float(-f),
        Some(Complex(r, i)) => vm.obj(&vm.types.complex, Payload::Complex(-r, -i)),
        None => return Err(vm.type_error("bad operand type for unary -")),
    })
}

fn num_abs(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    use crate::runtime::number::NumView::*;
    Ok(match num_view(&a[0]) {
        Some(Small(i)) => match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => vm.new_bigint(BigInt::from(i).abs()),
        },
        Some(Big(b)) => vm.new_bigint(b.abs()),
        Some(Float(f)) => Value::Float(f.abs()),
        Some(Complex(r, i)) => {
            let m = r.hypot(i);
            if m.is_infinite() && r.is_finite() && i.is_finite() {
                return Err(vm.overflow_error("absolute value too large"));
            }
            Value::Float(m)
        }
        None => return Err(vm.type_error("bad operand type for abs()")),
    })
}

fn num_real(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    Ok(match num_view(&a[0]) {
        Some(crate::runtime::number::NumView::Complex(r, _)) => Value::Float(r),
        _ => plain(vm, &a[0]),
    })
}

fn num_imag(_vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    Ok(match num_view(&a[0]) {
        Some(crate::runtime::number::NumView::Complex(_, i)) => Value::Float(i),
        Some(crate::runtime::number::NumView::Float(_)) => Value::Float(0.0),
        _ => Value::Int(0),
    })
}

/// `repr()` of a number.
pub fn num_repr_string(v: &Value) -> String {
    use crate::runtime::number::NumView::*;
    match v {
        Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        _ => match num_view(v) {
            Some(Small(i)) => i.to_string(),
            Some(Big(b)) => b.to_string(),
            Some(Float(f)) => pyco_compiler::constant::float_repr(f),
            Some(Complex(r, i)) => pyco_compiler::constant::complex_repr(r, i),
            None => String::new(),
        },
    }
}

fn num_repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    Ok(vm.new_str(num_repr_string(&a[0])))
}

fn num_format(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult {
    let a = vm.check_args("__format__", a, kw, 2, 2)?;
    let spec = vm.expect_str(&a[1], "format_spec")?.to_string();
    let tname = vm.type_name(&a[0]);
    use crate::runtime::number::NumView::*;
    let r = match num_view(&a[0]) {
        Some(Small(i)) => {
            if spec.is_empty() {
                return Ok(vm.new_str(num_repr_string(&a[0])));
            }
            crate::format::format_int(&BigInt::from(i), &spec, &tname)
        }
        Some(Big(b)) => crate::format::format_int(b, &spec, &tname),
        Some(Float(f)) => crate::format::format_float(f, &spec, &tname),
        Some(Complex(re, im)) => {
            if spec.is_empty() {
                return Ok(vm.new_str(num_repr_string(&a[0])));
            }
            crate::format::format_complex(re, im, &spec)
        }
        None => return Err(vm.type_error("not a number")),
    };
    let s = r.map_err(|e| vm.format_err(e))?;
    Ok(vm.new_str(s))
}

fn divmod(vm: &mut Vm, x: &Value, y: &Value) -> PyResult {
    let q = vm.num_binop(x, y, BinOp::FloorDiv);
    let r = vm.num_binop(x, y, BinOp::Mod);
    match (q, r) {
        (Some(q), Some(r)) => {
            if let (Value::Float(_), _) | (_, Value::Float(_)) = (x, y) {
                let (a, b) = (vm.to_f64(x)?, vm.to_f64(y)?);
                let (q, r) = n::float_divmod(a, b).map_err(|e| vm.num_err(e))?;
                return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
            }
            let (q, r) = (q?, r?);
            Ok(vm.new_tuple(vec![q, r]))
        }
        _ => Ok(vm.singletons.not_implemented.clone()),
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let Value::Type(cls) = &args[0] else {
        return Err(vm.type_error("int.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    // int(x=0, /, base=10): `x` is positional-only.
    let bound = vm.bind_args("int", &args[1..], kwnames, &["", "base"], 0)?;
    let v = match (&bound[0], &bound[1]) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => vm.to_int(x)?,
        (Some(x), Some(base)) => {
            let base = vm.to_i64(base)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let r = match x.payload() {
                Some(Payload::Str(s)) => n::int_from_str(&s.s, base),
                Some(Payload::Bytes(b)) => n::int_from_bytes(b, base),
                Some(Payload::ByteArray(b)) => n::int_from_bytes(&b.borrow(), base),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            vm.new_bigint(r.map_err(|e| vm.num_err(e))?)
        }
    };
    if Rc::ptr_eq(&cls, &vm.types.int) {
        return Ok(v);
    }
    let b = vm.to_bigint(&v)?;
    Ok(vm.new_instance(&cls, Payload::Int(b)))
}

impl Vm {
    /// `int(x)`: `__int__`, `__index__`, `__trunc__`, or parsing a string.
    pub fn to_int(&mut self, x: &Value) -> PyResult {
        match x {
            Value::Int(_) => return Ok(x.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Float(f) => return float_to_int(self, *f),
            _ => {}
        }
        match x.payload() {
            Some(Payload::Str(s)) => {
                return n::int_from_str(&s.s, 10)
                    .map(|b| self.new_bigint(b))
                    .map_err(|e| self.num_err(e))
            }
            Some(Payload::Bytes(b)) => {
                return n::int_from_bytes(b, 10)
                    .map(|b| self.new_bigint(b))
                    .map_err(|e| self.num_err(e))
            }
            _ => {}
        }
        let t = self.type_of(x);
        for name in ["__int__", "__index__", "__trunc__"] {
            if let Some(m) = t.lookup(name) {
                let r = self.call_method_value(&m, x, &[])?;
                return match num_view(&r) {
                    Some(
                        crate::runtime::number::NumView::Small(_)
                        | crate::runtime::number::NumView::Big(_),
                    ) => Ok(plain(self, &r)),
                    _ if name == "__trunc__" => self.to_int(&r),
                    _ => Err(self.type_error(format!(
                        "{name} returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                };
            }
        }
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.type_name(x)
        )))
    }
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_finite() && f.abs() < 9.0e18 {
        return Ok(Value::Int(f.trunc() as i64));
    }
    n::float_to_int(f)
        .map(|b| vm.new_bigint(b))
        .map_err(|e| vm.num_err(e))
}

fn float_int(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let f = vm.to_f64(&a[0])?;
    float_to_int(vm, f)
}

fn int_round(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    match a.get(1) {
        None | Some(Value::None) => Ok(plain(vm, &a[0])),
        Some(nd) => {
            let nd = vm.to_i64(nd)?;
            let b = vm.to_bigint(&a[0])?;
            Ok(vm.new_bigint(n::round_int(&b, nd)))
        }
    }
}

fn float_round(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let x = vm.to_f64(&a[0])?;
    match a.get(1) {
        None | Some(Value::None) => {
            let b = n::round_float_to_int(x).map_err(|e| vm.num_err(e))?;
            Ok(vm.new_bigint(b))
        }
        Some(nd) => {
            // PyNumber_AsSsize_t without an error class: huge ndigits clamp.
            let nd = match vm.index_of(nd)? {
                Some(crate::runtime::Index::Small(i)) => i,
                Some(crate::runtime::Index::Huge(neg)) => {
                    if neg {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
                None => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(nd)
                    )))
                }
            };
            let r = n::round_float(x, nd).map_err(|e| vm.num_err(e))?;
            Ok(Value::Float(r))
        }
    }
}

fn float_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let Value::Type(cls) = &args[0] else {
        return Err(vm.type_error("float.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let pos = positional(&args[1..], kwnames);
    if !kwnames.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let f = match pos.first() {
        None => 0.0,
        Some(x) => match x.payload() {
            Some(Payload::Str(s)) => n::float_from_str(&s.s).map_err(|e| vm.num_err(e))?,
            Some(Payload::Bytes(b)) => n::float_from_bytes(b).map_err(|e| vm.num_err(e))?,
            _ => {
                let t = vm.type_of(x);
                if num_view(x).is_none()
                    && t.lookup("__float__").is_none()
                    && t.lookup("__index__").is_none()
                {
                    return Err(vm.type_error(format!(
                        "float() argument must be a string or a number, not '{}'",
                        vm.type_name(x)
                    )));
                }
                vm.to_f64(x)?
            }
        },
    };
    if Rc::ptr_eq(&cls, &vm.types.float) {
        return Ok(Value::Float(f));
    }
    Ok(vm.new_instance(&cls, Payload::Float(f)))
}

fn complex_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let bound = vm.bind_args("complex", &args[1..], kwnames, &["real", "imag"], 0)?;
    if let Some(Some(Payload::Str(s))) = bound[0].as_ref().map(|v| v.payload()) {
        if bound[1].is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let (r, i) = parse_complex(&s.s)
            .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?;
        return Ok(vm.obj(&vm.types.complex, Payload::Complex(r, i)));
    }
    if bound[1].as_ref().is_some_and(|v| v.as_str().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (ar, ai, a_complex) = complex_part(vm, bound[0].as_ref(), "first")?;
    let (br, bi, b_complex) = complex_part(vm, bound[1].as_ref(), "second")?;
    // complex_new's corrections, which keep signed zeros of real parts intact.
    let mut real = ar;
    let mut imag = if bound[1].is_some() { br } else { ai };
    if b_complex {
        real -= bi;
    }
    if a_complex && bound[1].is_some() {
        imag += ai;
    }
    Ok(vm.obj(&vm.types.complex, Payload::Complex(real, imag)))
}

/// One argument of `complex()`: (real, imag, whether it was complex).
fn complex_part(vm: &mut Vm, v: Option<&Value>, which: &str) -> PyResult<(f64, f64, bool)> {
    let Some(v) = v else {
        return Ok((0.0, 0.0, false));
    };
    if let Some(crate::runtime::number::NumView::Complex(r, i)) = num_view(v) {
        return Ok((r, i, true));
    }
    let t = vm.type_of(v);
    if let Some(m) = t.lookup("__complex__") {
        let r = vm.call_method_value(&m, v, &[])?;
        return match num_view(&r) {
            Some(crate::runtime::number::NumView::Complex(re, im)) => Ok((re, im, true)),
            _ => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if num_view(v).is_none() && t.lookup("__float__").is_none() && t.lookup("__index__").is_none() {
        let what = if which == "first" {
            "a string or a number"
        } else {
            "a number"
        };
        return Err(vm.type_error(format!(
            "complex() {which} argument must be {what}, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok((vm.to_f64(v)?, 0.0, false))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let s = s
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(s)
        .trim();
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not an exponent sign.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("0", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => n::float_from_str(x).ok()?,
        };
        Some((n::float_from_str(re).ok()?, im))
    } else {
        Some((n::float_from_str(s).ok()?, 0.0))
    }
}

fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    // All 13 digits, as CPython prints them (`0x1.0000000000000p+0`).
    let hex = format!("{:013x}", mant);
    format!(
        "{sign}0x{lead}.{hex}p{}{}",
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let bound = vm.bind_args(
        "to_bytes",
        &args[1..],
        kwnames,
        &["length", "byteorder", "signed"],
        2,
    )?;
    let v = vm.to_bigint(&args[0])?;
    let length = vm.to_i64(bound[0].as_ref().expect("required"))?;
    let order = vm
        .expect_str(
            bound[1].as_ref().expect("required"),
            "to_bytes() argument 'byteorder'",
        )?
        .to_string();
    let signed = match &bound[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    if !signed && v.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    if v.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(vm.overflow_error("int too big to convert"));
    }
    vm.check_bytes_alloc(length as usize, false)?;
    let fill = if signed && v.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "little" => {}
        "big" => bytes.reverse(),
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let bound = vm.bind_args(
        "from_bytes",
        &args[1..],
        kwnames,
        &["bytes", "byteorder", "signed"],
        2,
    )?;
    let data = vm.bytes_of(bound[0].as_ref().expect("required"))?;
    let order = vm
        .expect_str(
            bound[1].as_ref().expect("required"),
            "from_bytes() argument 'byteorder'",
        )?
        .to_string();
    let signed = match &bound[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut data = data;
    match order.as_str() {
        "little" => {}
        "big" => data.reverse(),
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let _ = v.to_i64();
    Ok(vm.new_bigint(v))
}

impl Vm {
    /// The bytes of a bytes-like object or an iterable of ints.
    pub fn bytes_of(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        match v.payload() {
            Some(Payload::Bytes(b)) => Ok(b.to_vec()),
            Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
            _ => {
                let items = self.collect(v)?;
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    let x = self.to_i64(&i)?;
                    if !(0..=255).contains(&x) {
                        return Err(self.value_error("bytes must be in range(0, 256)"));
                    }
                    out.push(x as u8);
                }
                Ok(out)
            }
        }
    }
}
