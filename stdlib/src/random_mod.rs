//! `_random`: the native generator (`_random.Core`) over `crate::random`, exposing raw
//! outputs, distributions and index-based sequence helpers. `pylib/random.py` builds the
//! public `random.Random` class and module functions on it.

use crate::random::{Random, RandomError, State};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyco_vm::object::{Object, Payload};
use pyco_vm::{PyResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

const TYPE: &str = "_random.Core";

pub fn init(vm: &mut Vm) -> PyResult<Rc<Object>> {
    let m = vm.new_module("_random");
    vm.add_function(&m, "Core", |vm, _, _| {
        let t = vm.aux_type(TYPE);
        Ok(vm.obj(
            &t,
            Payload::Native(Box::new(RefCell::new(Random::default()))),
        ))
    });
    let t = vm.aux_type(TYPE);
    add_seeding(vm, &t);
    add_raw(vm, &t);
    add_sequences(vm, &t);
    add_distributions(vm, &t);
    Ok(m)
}

/// The generator behind `self` (methods are only reachable on Core instances).
fn core<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Random>> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<RefCell<Random>>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor requires a '_random.Core' object"))
}

fn err(vm: &Vm, e: RandomError) -> pyco_vm::object::PyErr {
    if e.msg.is_empty() {
        let cls = vm.exc(e.class);
        return vm.new_exception(&cls, vec![]);
    }
    vm.new_error(e.class, e.msg)
}

fn add_seeding(vm: &mut Vm, t: &Rc<pyco_vm::object::Type>) {
    vm.add_method(t, "seed_none", |vm, a, _| {
        core(vm, &a[0])?.borrow_mut().seed_none();
        Ok(Value::None)
    });
    vm.add_method(t, "seed_int", |vm, a, kw| {
        let a = vm.check_args("seed_int", a, kw, 2, 2)?;
        let n = vm.to_bigint(&a[1])?;
        core(vm, &a[0])?.borrow_mut().seed_int(&n);
        Ok(Value::None)
    });
    vm.add_method(t, "seed_bytes", |vm, a, kw| {
        let a = vm.check_args("seed_bytes", a, kw, 2, 2)?;
        let b = match a[1].payload() {
            // A str seeds with its UTF-8 encoding (random.py's `a.encode()`).
            Some(Payload::Str(s)) => s.s.as_bytes().to_vec(),
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => return Err(vm.type_error("seed_bytes() expects str or bytes")),
        };
        core(vm, &a[0])?.borrow_mut().seed_bytes(&b);
        Ok(Value::None)
    });
    vm.add_method(t, "getstate", |vm, a, _| {
        let st = core(vm, &a[0])?.borrow().getstate();
        let words = st.words.iter().map(|&w| Value::Int(w as i64)).collect();
        let words = vm.new_tuple(words);
        let g = st.gauss_next.map_or(Value::None, Value::Float);
        Ok(vm.new_tuple(vec![Value::Int(3), words, g]))
    });
    vm.add_method(t, "setstate", |vm, a, kw| {
        let a = vm.check_args("setstate", a, kw, 3, 3)?;
        let items = vm.collect(&a[1])?;
        let mut words = Vec::with_capacity(items.len());
        for w in &items {
            let w = vm.to_bigint(w)?;
            let w = w.to_u32().ok_or_else(|| {
                vm.overflow_error("Python int too large to convert to C unsigned long")
            })?;
            words.push(w);
        }
        let gauss_next = match &a[2] {
            Value::None => None,
            v => Some(vm.to_f64(v)?),
        };
        let st = State { words, gauss_next };
        core(vm, &a[0])?
            .borrow_mut()
            .setstate(&st)
            .map_err(|e| err(vm, e))?;
        Ok(Value::None)
    });
}

fn add_raw(vm: &mut Vm, t: &Rc<pyco_vm::object::Type>) {
    vm.add_method(t, "random", |vm, a, kw| {
        vm.check_args("random", a, kw, 1, 1)?;
        Ok(Value::Float(core(vm, &a[0])?.borrow_mut().random()))
    });
    vm.add_method(t, "getrandbits", |vm, a, kw| {
        let a = vm.check_args("getrandbits", a, kw, 2, 2)?;
        let k = vm.to_i64(&a[1])?;
        let r = core(vm, &a[0])?.borrow_mut().getrandbits(k);
        Ok(vm.new_bigint(r.map_err(|e| err(vm, e))?))
    });
    vm.add_method(t, "randbytes", |vm, a, kw| {
        let a = vm.check_args("randbytes", a, kw, 2, 2)?;
        let k = vm.to_i64(&a[1])?;
        let r = core(vm, &a[0])?.borrow_mut().randbytes(k);
        Ok(vm.new_bytes(r.map_err(|e| err(vm, e))?))
    });
    vm.add_method(t, "randbelow", |vm, a, kw| {
        let a = vm.check_args("randbelow", a, kw, 2, 2)?;
        let n = vm.to_bigint(&a[1])?;
        let r = core(vm, &a[0])?.borrow_mut().randbelow(&n);
        Ok(vm.new_bigint(r))
    });
    vm.add_method(t, "randrange", |vm, a, kw| {
        let a = vm.check_args("randrange", a, kw, 4, 4)?;
        let start = vm.to_bigint(&a[1])?;
        let stop = opt_big(vm, &a[2])?;
        let step = opt_big(vm, &a[3])?;
        let r = core(vm, &a[0])?
            .borrow_mut()
            .randrange(&start, stop.as_ref(), step.as_ref());
        Ok(vm.new_bigint(r.map_err(|e| err(vm, e))?))
    });
}

fn opt_big(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    match v {
        Value::None => Ok(None),
        v => Ok(Some(vm.to_bigint(v)?)),
    }
}

fn usize_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = vm.to_i64(v)?;
    usize::try_from(n).map_err(|_| vm.value_error("negative length"))
}

fn index_list(vm: &Vm, ix: Vec<usize>) -> Value {
    vm.new_list(ix.into_iter().map(|i| Value::Int(i as i64)).collect())
}

fn float_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect(v)?;
    items.iter().map(|x| vm.to_f64(x)).collect()
}

fn add_sequences(vm: &mut Vm, t: &Rc<pyco_vm::object::Type>) {
    vm.add_method(t, "sample", |vm, a, kw| {
        let a = vm.check_args("sample", a, kw, 3, 3)?;
        let n = usize_arg(vm, &a[1])?;
        let k = vm.to_i64(&a[2])?;
        let r = core(vm, &a[0])?.borrow_mut().sample(n, k);
        Ok(index_list(vm, r.map_err(|e| err(vm, e))?))
    });
    vm.add_method(t, "sample_counts", |vm, a, kw| {
        let a = vm.check_args("sample_counts", a, kw, 3, 3)?;
        let items = vm.collect(&a[1])?;
        let mut counts = Vec::with_capacity(items.len());
        for c in &items {
            counts.push(vm.to_i64(c)?);
        }
        let k = vm.to_i64(&a[2])?;
        let r = core(vm, &a[0])?.borrow_mut().sample_counts(&counts, k);
        Ok(index_list(vm, r.map_err(|e| err(vm, e))?))
    });
    vm.add_method(t, "choices", |vm, a, kw| {
        let a = vm.check_args("choices", a, kw, 3, 3)?;
        let n = usize_arg(vm, &a[1])?;
        let k = usize_arg(vm, &a[2]).unwrap_or(0);
        let r = core(vm, &a[0])?.borrow_mut().choices(n, k);
        Ok(index_list(vm, r))
    });
    vm.add_method(t, "choices_cum", |vm, a, kw| {
        let a = vm.check_args("choices_cum", a, kw, 3, 3)?;
        let cum = float_list(vm, &a[1])?;
        let k = usize_arg(vm, &a[2]).unwrap_or(0);
        let r = core(vm, &a[0])?.borrow_mut().choices_cum_weighted(&cum, k);
        Ok(index_list(vm, r.map_err(|e| err(vm, e))?))
    });
}

/// Distribution methods taking float parameters (`None` passes through as absent).
macro_rules! dist {
    ($vm:expr, $t:expr, $name:literal, $n:literal, |$r:ident, $p:ident| $body:expr) => {
        $vm.add_method($t, $name, |vm, a, kw| {
            let a = vm.check_args($name, a, kw, $n + 1, $n + 1)?;
            let mut $p = [None::<f64>; $n];
            for (slot, v) in $p.iter_mut().zip(&a[1..]) {
                if !v.is_none() {
                    *slot = Some(vm.to_f64(v)?);
                }
            }
            let c = core(vm, &a[0])?;
            let $r = &mut *c.borrow_mut();
            let out: Result<f64, RandomError> = $body;
            Ok(Value::Float(out.map_err(|e| err(vm, e))?))
        });
    };
}

fn add_distributions(vm: &mut Vm, t: &Rc<pyco_vm::object::Type>) {
    dist!(vm, t, "uniform", 2, |r, p| Ok(
        r.uniform(p[0].unwrap_or(0.0), p[1].unwrap_or(0.0))
    ));
    dist!(vm, t, "triangular", 3, |r, p| Ok(r.triangular(
        p[0].unwrap_or(0.0),
        p[1].unwrap_or(1.0),
        p[2]
    )));
    dist!(vm, t, "normalvariate", 2, |r, p| Ok(
        r.normalvariate(p[0].unwrap_or(0.0), p[1].unwrap_or(1.0))
    ));
    dist!(vm, t, "gauss", 2, |r, p| Ok(
        r.gauss(p[0].unwrap_or(0.0), p[1].unwrap_or(1.0))
    ));
    dist!(vm, t, "lognormvariate", 2, |r, p| r
        .lognormvariate(p[0].unwrap_or(0.0), p[1].unwrap_or(1.0)));
    dist!(vm, t, "expovariate", 1, |r, p| r
        .expovariate(p[0].unwrap_or(1.0)));
    dist!(vm, t, "vonmisesvariate", 2, |r, p| r
        .vonmisesvariate(p[0].unwrap_or(0.0), p[1].unwrap_or(0.0)));
    dist!(vm, t, "gammavariate", 2, |r, p| r
        .gammavariate(p[0].unwrap_or(1.0), p[1].unwrap_or(1.0)));
    dist!(vm, t, "betavariate", 2, |r, p| r
        .betavariate(p[0].unwrap_or(1.0), p[1].unwrap_or(1.0)));
    dist!(vm, t, "paretovariate", 1, |r, p| r
        .paretovariate(p[0].unwrap_or(1.0)));
    dist!(vm, t, "weibullvariate", 2, |r, p| r
        .weibullvariate(p[0].unwrap_or(1.0), p[1].unwrap_or(1.0)));
}
