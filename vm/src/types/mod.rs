//! The built-in types: one module per type (or family), each adding its methods to the
//! type objects `bootstrap` made.

pub mod asyncgen;
pub mod bytes;
pub mod bytes_methods;
pub mod code;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod function;
pub mod generator;
pub mod genericalias;
pub mod int;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod str_format;
pub mod structseq;
pub mod tuple;
pub mod typemethods;
pub mod typeobj;

use crate::object::Type;
use crate::Vm;
use std::rc::Rc;

pub fn init(vm: &mut Vm) {
    object::init(vm);
    typemethods::init(vm);
    int::init(vm);
    str::init(vm);
    bytes::init(vm);
    memoryview::init(vm);
    list::init(vm);
    tuple::init(vm);
    dict::init(vm);
    mappingproxy::init(vm);
    set::init(vm);
    range::init(vm);
    function::init(vm);
    descr::init(vm);
    code::init(vm);
    exception::init(vm);
    generator::init(vm);
    asyncgen::init(vm);
    crate::traceback::init(vm);
    genericalias::init(vm);
}

/// Methods of the less-used types `Vm::aux_type` makes on demand.
pub fn init_aux(vm: &Vm, name: &str, t: &Rc<Type>) {
    iter::init_aux(vm, name, t);
    genericalias::init_aux(vm, name, t);
    asyncgen::init_aux(vm, name, t);
    generator::init_aux(vm, name, t);
}
