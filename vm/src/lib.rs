//! pyco-vm: the object model and the eval loop (the VM issue; see `vm/DESIGN.md` for the
//! plan). So far it holds pure building blocks the VM will use: the format-spec
//! mini-language (`format`) and the `str` methods with Unicode 13 data (`text`).

pub mod format;
pub mod text;
