//! pyco's compiler: Python 3.10 source to CPython 3.10 code objects, and the `dis` formatter.
//!
//! Pipeline: rustpython-parser AST → `ast_opt` (CPython's AST constant folding) →
//! `symtable` (scopes) → `codegen` (basic blocks, `ir`) → `flowgraph` (CPython's CFG passes and
//! the assembler) → `code::CodeObject`.

pub mod ast_opt;
pub mod code;
pub mod codegen;
pub mod constant;
pub mod dis;
pub mod error;
pub mod flowgraph;
pub mod ir;
pub mod opcode;
pub mod parse;
pub mod source;
pub mod symtable;
pub mod validate;

pub use code::CodeObject;
pub use error::{CompileError, ErrorKind};

/// What the source is compiled as, like the `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}
