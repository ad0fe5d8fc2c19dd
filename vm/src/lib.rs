//! pyco-vm: the object model and the eval loop (the VM issue; see `vm/DESIGN.md` for the
//! plan). So far it holds the format-spec mini-language the VM will use.

pub mod format;
pub mod text;
