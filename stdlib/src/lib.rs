//! pyco-stdlib: native modules registered into the VM (the VM issue). So far it holds the
//! core of `random` (CPython's Mersenne Twister and random.py's algorithms, same sequences).
pub mod random;
