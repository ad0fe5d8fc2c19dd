//! pyco-stdlib: native modules registered into the VM (later issue).
pub mod random;
