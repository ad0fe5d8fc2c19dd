//! pyco-stdlib: native modules registered into the VM. `register` wires every module into
//! a fresh `Vm`; the VM itself never depends on this crate.

pub mod pyco_helpers;
pub mod random;

use pyco_vm::Vm;

/// Modules written in Python, embedded and compiled on first import.
const FROZEN: &[(&str, &str)] = &[
    ("functools", include_str!("py/functools.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("operator", include_str!("py/operator.py")),
    ("collections", include_str!("py/collections/__init__.py")),
    ("collections.abc", include_str!("py/collections/abc.py")),
    ("copy", include_str!("py/copy.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("contextlib", include_str!("py/contextlib.py")),
    ("string", include_str!("py/string.py")),
    ("types", include_str!("py/types.py")),
    ("warnings", include_str!("py/warnings.py")),
    ("abc", include_str!("py/abc.py")),
];

/// Registers the standard library's native and embedded modules.
pub fn register(vm: &mut Vm) {
    vm.register_module("_pyco", pyco_helpers::init);
    for (name, source) in FROZEN {
        vm.register_frozen(name, source);
    }
}
