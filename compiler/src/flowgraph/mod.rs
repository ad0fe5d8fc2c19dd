//! CPython 3.10.2's control-flow-graph passes and assembler (`assemble()` in compile.c):
//! everything between the code generator's basic blocks and the finished code object.
//!
//! The code generator hands over blocks that may be empty, jumps that name their target block
//! (the argument is computed here), and instructions with line -1 (artificial). It must emit
//! any final `RETURN_VALUE` itself where CPython assembles with `addNone == 0` (eval mode,
//! lambdas); otherwise a last block without a return gets `LOAD_CONST None; RETURN_VALUE`.

mod cfg;
mod emit;
mod passes;
mod peephole;
mod stackdepth;
#[cfg(test)]
mod tests;

use crate::code::{flags, CodeObject};
use crate::ir;
use cfg::Cfg;
use passes::*;

/// Runs the 3.10.2 pass pipeline on one compiled scope and builds its code object.
pub fn assemble(mut unit: ir::Unit) -> CodeObject {
    let mut cfg = Cfg::from_unit(&mut unit);
    let mut consts = std::mem::take(&mut unit.consts);

    add_implicit_return(&mut cfg, &mut consts);
    for b in cfg.ids_rev() {
        normalize_basic_block(&mut cfg, b);
    }
    for b in cfg.ids_rev() {
        extend_block(&mut cfg, b);
    }
    insert_generator_prefix(&mut cfg, unit.flags);
    let firstlineno = first_line(&cfg, unit.firstlineno);

    optimize_cfg(&mut cfg, &mut consts);
    duplicate_exits_without_lineno(&mut cfg);
    trim_unused_consts(&cfg, &mut consts);
    propagate_line_numbers(&mut cfg);
    guarantee_lineno_for_exits(&mut cfg, firstlineno);

    let generator = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
    let start_depth = i32::from(unit.flags & generator != 0);
    let stacksize = stackdepth::stackdepth(&mut cfg, start_depth);
    emit::assemble_jump_offsets(&mut cfg);
    let (code, linetable) = emit::emit(&cfg, firstlineno);

    let mut code_flags = unit.flags;
    if unit.cellvars.is_empty() && unit.freevars.is_empty() {
        code_flags |= flags::NOFREE;
    } else {
        code_flags &= !flags::NOFREE;
    }
    CodeObject {
        // `co_argcount` counts the positional-only parameters too (as `makecode` does).
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        nlocals: unit.varnames.len() as u32,
        stacksize,
        flags: code_flags,
        code,
        consts: consts.into_iter().collect(),
        names: unit.names.into_iter().collect(),
        varnames: unit.varnames.into_iter().collect(),
        freevars: unit.freevars.into_iter().collect(),
        cellvars: unit.cellvars.into_iter().collect(),
        filename: unit.filename,
        name: unit.name,
        qualname: unit.qualname,
        firstlineno: firstlineno as u32,
        linetable,
    }
}

/// `co_firstlineno`: the unit's own, else the entry's first line, else 1.
fn first_line(cfg: &Cfg, given: u32) -> ir::Line {
    if given > 0 {
        return ir::Line::try_from(given).unwrap_or(ir::Line::MAX);
    }
    match cfg.blocks[cfg.entry].instrs.first() {
        Some(i) if i.line > 0 => i.line,
        _ => 1,
    }
}
