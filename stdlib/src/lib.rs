//! pyco-stdlib: native modules registered into the VM. `register` wires every module into
//! a fresh `Vm`; the VM itself never depends on this crate.

pub mod random;

use pyco_vm::Vm;

/// Registers the standard library's native and embedded modules.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
