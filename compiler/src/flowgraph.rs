//! TEMPORARY STUB until the flowgraph branch lands.
use crate::code::CodeObject;
use crate::ir::Unit;
pub fn assemble(_unit: Unit) -> CodeObject { todo!() }
