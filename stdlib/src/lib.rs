//! pyco-stdlib: native modules registered into the VM. `register` wires every module into
//! a fresh `Vm`; the VM itself never depends on this crate.
//!
//! Some modules are a native core (`_random`, `_time`, `_os`) under a small embedded Python
//! layer (`pylib/*.py`), as CPython's own are: the Python side holds the parts that are
//! naturally Python (classes users subclass, `os.walk`, `posixpath`, the JSON codec).

mod dis_mod;
mod errno_mod;
mod io_mem;
mod io_mod;
pub mod math;
mod os_mod;
mod oserror;
pub mod pyco_helpers;
pub mod random;
mod random_mod;
mod re_mod;
mod time_mod;

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
    ("enum", include_str!("py/enum.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("typing", include_str!("py/typing.py")),
    ("inspect", include_str!("py/inspect.py")),
    ("textwrap", include_str!("py/textwrap.py")),
    ("statistics", include_str!("py/statistics.py")),
    ("fractions", include_str!("py/fractions.py")),
    ("numbers", include_str!("py/numbers.py")),
    ("pprint", include_str!("py/pprint.py")),
    ("_frozen_importlib", include_str!("py/_frozen_importlib.py")),
    ("importlib", include_str!("py/importlib/__init__.py")),
    (
        "importlib.machinery",
        include_str!("py/importlib/machinery.py"),
    ),
    ("importlib.util", include_str!("py/importlib/util.py")),
    ("tempfile", include_str!("py/tempfile.py")),
    ("datetime", include_str!("py/datetime.py")),
    ("opcode", include_str!("py/opcode.py")),
    ("dis", include_str!("py/dis.py")),
    ("gc", include_str!("py/gc.py")),
];

/// Registers the standard library's native and embedded modules.
pub fn register(vm: &mut Vm) {
    vm.register_module("_pyco", pyco_helpers::init);
    for (name, source) in FROZEN {
        vm.register_frozen(name, source);
    }
    vm.register_module("_dis", dis_mod::init);
    vm.register_module("math", math::init);
    vm.register_module("errno", errno_mod::init);
    vm.register_module("_random", random_mod::init);
    vm.register_frozen("random", include_str!("pylib/random.py"));
    vm.register_module("_io", io_mod::init);
    vm.register_frozen("io", include_str!("pylib/io.py"));
    io_mod::register_builtin_open(vm);
    vm.register_module("_os", os_mod::init);
    vm.register_frozen("os", include_str!("pylib/os.py"));
    vm.register_frozen("posixpath", include_str!("pylib/posixpath.py"));
    vm.register_frozen("json", include_str!("pylib/json.py"));
    vm.register_module("_re", re_mod::init);
    vm.register_frozen("re", include_str!("pylib/re.py"));
    vm.register_module("_time", time_mod::init);
    vm.register_frozen("time", include_str!("pylib/time.py"));
}
