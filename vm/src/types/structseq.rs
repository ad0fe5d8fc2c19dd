//! Struct sequences (`sys.float_info`, `sys.int_info`, `sys.hash_info`): read-only tuples
//! whose items are also named attributes, printed as `sys.float_info(max=..., ...)`.

use crate::object::*;
use crate::Vm;
use std::rc::Rc;

/// The field names of a struct sequence type, kept in the type's native slot.
struct Fields(&'static [&'static str]);

/// Getter of item `I` (fn pointers cannot capture the index).
fn field<const I: usize>(_: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    Ok(a[0]
        .as_tuple()
        .and_then(|t| t.get(I))
        .cloned()
        .unwrap_or(Value::None))
}

const GETTERS: [NativeFn; 12] = [
    field::<0>,
    field::<1>,
    field::<2>,
    field::<3>,
    field::<4>,
    field::<5>,
    field::<6>,
    field::<7>,
    field::<8>,
    field::<9>,
    field::<10>,
    field::<11>,
];

/// A new struct sequence type named `name` (`sys.float_info`) with these fields.
/// They are `tuple` subclasses, so indexing, slicing, comparison and unpacking work as on
/// the plain tuple.
pub fn new_type(vm: &Vm, name: &str, fields: &'static [&'static str]) -> Rc<Type> {
    let t =
        crate::types::typeobj::new_static_type(name, Some(&vm.types.tuple), Layout::Tuple, false);
    *t.native.borrow_mut() = Some(Rc::new(Fields(fields)));
    for (i, f) in fields.iter().enumerate().take(GETTERS.len()) {
        vm.add_getter(&t, f, GETTERS[i], None);
    }
    vm.add_method(&t, "__repr__", repr);
    t
}

fn repr(vm: &mut Vm, a: &[Value], _: &[Value]) -> PyResult {
    let t = vm.type_of(&a[0]);
    let fields = t
        .native
        .borrow()
        .as_ref()
        .and_then(|n| n.downcast_ref::<Fields>().map(|f| f.0))
        .unwrap_or(&[]);
    let items = a[0].as_tuple().unwrap_or(&[]).to_vec();
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(&items) {
        parts.push(format!("{f}={}", vm.repr_string(v)?));
    }
    Ok(vm.new_str(format!("{}({})", t.name(), parts.join(", "))))
}

/// `sys.version_info`, `sys.float_info`, `sys.int_info` and `sys.hash_info`, as a 64-bit
/// CPython 3.10.2 has them.
pub fn add_sys_info(vm: &mut Vm, sys: &Rc<Object>) {
    const VERSION: &[&str] = &["major", "minor", "micro", "releaselevel", "serial"];
    let t = new_type(vm, "sys.version_info", VERSION);
    let values = vec![
        Value::Int(3),
        Value::Int(10),
        Value::Int(2),
        vm.new_str("final"),
        Value::Int(0),
    ];
    let v = vm.obj(&t, Payload::Tuple(values.into_boxed_slice()));
    vm.set_attr_str(sys, "version_info", v);

    const FLOAT: &[&str] = &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let t = new_type(vm, "sys.float_info", FLOAT);
    let values = vec![
        Value::Float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        Value::Int(2),
        Value::Int(1),
    ];
    let v = vm.obj(&t, Payload::Tuple(values.into_boxed_slice()));
    vm.set_attr_str(sys, "float_info", v);

    let t = new_type(vm, "sys.int_info", &["bits_per_digit", "sizeof_digit"]);
    let v = vm.obj(
        &t,
        Payload::Tuple(Box::new([Value::Int(30), Value::Int(4)])),
    );
    vm.set_attr_str(sys, "int_info", v);

    const HASH: &[&str] = &[
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ];
    let t = new_type(vm, "sys.hash_info", HASH);
    let values = vec![
        Value::Int(64),
        Value::Int((1 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        vm.new_str("siphash24"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    let v = vm.obj(&t, Payload::Tuple(values.into_boxed_slice()));
    vm.set_attr_str(sys, "hash_info", v);
}
