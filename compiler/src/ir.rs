//! The code generator's output before assembly: basic blocks of instructions with symbolic
//! jump targets, as in CPython 3.10's `basicblock`/`struct instr`.

use crate::constant::ConstValue;
use crate::opcode::Opcode;
use indexmap::IndexSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// Line number of an instruction, as CPython's `i_lineno`: positive values are 1-based source
/// lines; -1 marks an artificial instruction whose line is filled in from its neighbours
/// (`propagate_line_numbers`); 0 is code emitted before the scope set any location, which
/// continues whatever line-table range is current.
pub type Line = i32;

#[derive(Clone, Debug)]
pub struct Instr {
    pub op: Opcode,
    /// Raw argument (for jumps it is computed by the assembler from `target`).
    pub arg: u32,
    pub target: Option<BlockId>,
    pub line: Line,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Instr>,
    /// The block laid out after this one (`b_next`): the fall-through successor.
    pub next: Option<BlockId>,
}

/// Everything the assembler needs to turn one compiled scope into a code object.
#[derive(Debug, Default)]
pub struct Unit {
    /// All blocks, indexed by `BlockId`.
    pub blocks: Vec<Block>,
    /// The first block in layout order; `Block::next` links the rest.
    pub entry: Option<BlockId>,
    pub consts: IndexSet<ConstValue>,
    pub names: IndexSet<String>,
    pub varnames: IndexSet<String>,
    pub cellvars: IndexSet<String>,
    pub freevars: IndexSet<String>,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
}
