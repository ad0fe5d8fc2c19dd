//! pyco-vm: the object model and the eval loop (later issue).

pub mod format;
