//! The CFG passes `assemble()` runs in CPython 3.10.2 before computing the stack depth, in
//! the same order and with the same sticky per-block flags.

use super::cfg::{set_target, target, Block, Cfg};
use super::peephole::optimize_basic_block;
use crate::code::flags;
use crate::constant::ConstValue;
use crate::ir::{Instr, Line};
use crate::opcode::Opcode::{self, *};
use indexmap::IndexSet;

/// Exit blocks at most this long are copied into blocks that jump to them.
const MAX_COPY_SIZE: usize = 4;

/// Appends `LOAD_CONST None; RETURN_VALUE` (no line) when the last block has no return.
pub(crate) fn add_implicit_return(cfg: &mut Cfg, consts: &mut IndexSet<ConstValue>) {
    let Some(&last) = cfg.layout().last() else {
        return;
    };
    let block = &mut cfg.blocks[last];
    if block.instrs.iter().any(|i| i.op == RETURN_VALUE) {
        return;
    }
    let (none, _) = consts.insert_full(ConstValue::None);
    block.instrs.push(instr(LOAD_CONST, none as u32, -1));
    block.instrs.push(instr(RETURN_VALUE, 0, -1));
}

fn instr(op: Opcode, arg: u32, line: Line) -> Instr {
    Instr {
        op,
        arg,
        target: None,
        line,
    }
}

/// Sets the exit / no-fall-through marks and points jumps past empty blocks.
pub(crate) fn normalize_basic_block(cfg: &mut Cfg, b: usize) {
    for i in 0..cfg.blocks[b].instrs.len() {
        let op = cfg.blocks[b].instrs[i].op;
        match op {
            RETURN_VALUE | RAISE_VARARGS | RERAISE => {
                cfg.blocks[b].exit = true;
                cfg.blocks[b].nofallthrough = true;
            }
            JUMP_ABSOLUTE | JUMP_FORWARD | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE
            | JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP | FOR_ITER => {
                if op.is_unconditional_jump() {
                    cfg.blocks[b].nofallthrough = true;
                }
                if let Some(t) = target(&cfg.blocks[b].instrs[i]) {
                    let t = cfg.skip_empty(t);
                    set_target(&mut cfg.blocks[b].instrs[i], t);
                }
            }
            _ => {}
        }
    }
}

/// A block ending in an unconditional jump to a small exit block gets a copy of that block;
/// the jump becomes a NOP that keeps its line.
pub(crate) fn extend_block(cfg: &mut Cfg, b: usize) {
    let Some(last) = cfg.blocks[b].last() else {
        return;
    };
    if !last.op.is_unconditional_jump() {
        return;
    }
    let Some(t) = target(last) else {
        return;
    };
    let to_copy = &cfg.blocks[t];
    if !to_copy.exit || to_copy.instrs.len() > MAX_COPY_SIZE {
        return;
    }
    let copied = to_copy.instrs.clone();
    let block = &mut cfg.blocks[b];
    if let Some(last) = block.instrs.last_mut() {
        last.op = NOP;
    }
    block.instrs.extend(copied);
    block.exit = true;
}

/// Puts `GEN_START kind` (no line) first in generator, coroutine and async generator code.
pub(crate) fn insert_generator_prefix(cfg: &mut Cfg, code_flags: u32) {
    let kind = if code_flags & flags::COROUTINE != 0 {
        1
    } else if code_flags & flags::ASYNC_GENERATOR != 0 {
        2
    } else if code_flags & flags::GENERATOR != 0 {
        0
    } else {
        return;
    };
    let entry = cfg.entry;
    cfg.blocks[entry]
        .instrs
        .insert(0, instr(GEN_START, kind, -1));
}

/// Drops the NOPs that carry no line event. `prev_line` is the line in force on entry.
pub(crate) fn clean_basic_block(cfg: &mut Cfg, b: usize, mut prev_line: Line) {
    let next_first_line = cfg
        .next_nonempty(cfg.blocks[b].next)
        .map(|n| cfg.blocks[n].instrs[0].line);
    let instrs = &mut cfg.blocks[b].instrs;
    let count = instrs.len();
    let mut dest = 0;
    for src in 0..count {
        let line = instrs[src].line;
        if instrs[src].op == NOP {
            if line < 0 || prev_line == line {
                continue;
            }
            if src + 1 < count {
                let next_line = instrs[src + 1].line;
                if next_line < 0 || next_line == line {
                    instrs[src + 1].line = line;
                    continue;
                }
            } else if next_first_line == Some(line) {
                continue;
            }
        }
        instrs.swap(dest, src);
        dest += 1;
        prev_line = line;
    }
    instrs.truncate(dest);
}

/// Counts predecessors along fall-through and jump edges (handler edges included) from the
/// entry; blocks left at zero are unreachable.
pub(crate) fn mark_reachable(cfg: &mut Cfg) {
    for block in &mut cfg.blocks {
        block.predecessors = 0;
    }
    let entry = cfg.entry;
    cfg.blocks[entry].predecessors = 1;
    let mut stack = vec![entry];
    while let Some(b) = stack.pop() {
        let mut succ: Vec<usize> = Vec::new();
        if !cfg.blocks[b].nofallthrough {
            succ.extend(cfg.blocks[b].next);
        }
        succ.extend(cfg.blocks[b].instrs.iter().filter_map(target));
        for s in succ {
            if cfg.blocks[s].predecessors == 0 {
                stack.push(s);
            }
            cfg.blocks[s].predecessors += 1;
        }
    }
}

/// Unlinks empty blocks from the layout and points block-ending jumps past them.
pub(crate) fn eliminate_empty_basic_blocks(cfg: &mut Cfg) {
    for b in cfg.layout() {
        if let Some(mut next) = cfg.blocks[b].next {
            let mut steps = 0;
            while cfg.blocks[next].instrs.is_empty() && steps <= cfg.blocks.len() {
                match cfg.blocks[next].next {
                    Some(n) => next = n,
                    None => break,
                }
                steps += 1;
            }
            cfg.blocks[b].next = Some(next);
        }
    }
    for b in cfg.layout() {
        let Some(t) = cfg.blocks[b].last().and_then(target) else {
            continue;
        };
        let t = cfg.skip_empty(t);
        if let Some(last) = cfg.blocks[b].instrs.last_mut() {
            set_target(last, t);
        }
    }
}

pub(crate) fn optimize_cfg(cfg: &mut Cfg, consts: &mut IndexSet<ConstValue>) {
    for b in cfg.layout() {
        optimize_basic_block(cfg, b, consts);
        clean_basic_block(cfg, b, -1);
    }
    for b in cfg.ids_rev() {
        extend_block(cfg, b);
    }
    mark_reachable(cfg);
    for b in cfg.layout() {
        let block = &mut cfg.blocks[b];
        if block.predecessors == 0 {
            block.instrs.clear();
            block.nofallthrough = false;
        }
    }
    let mut pred: Option<usize> = None;
    for b in cfg.layout() {
        let prev_line = pred
            .and_then(|p| cfg.blocks[p].last())
            .map_or(-1, |l| l.line);
        clean_basic_block(cfg, b, prev_line);
        pred = (!cfg.blocks[b].nofallthrough).then_some(b);
    }
    eliminate_empty_basic_blocks(cfg);
    remove_jumps_to_next(cfg);
}

/// An unconditional jump to the block laid out right after it becomes a NOP (then cleaned).
/// 3.10.2 leaves conditional jumps alone: they pop the condition.
fn remove_jumps_to_next(cfg: &mut Cfg) {
    let mut maybe_empty = false;
    for b in cfg.layout() {
        let next = cfg.blocks[b].next;
        let block = &mut cfg.blocks[b];
        let Some(last) = block.instrs.last_mut() else {
            continue;
        };
        if last.op.is_unconditional_jump()
            && last.target.is_some()
            && last.target.map(|t| t.0 as usize) == next
        {
            block.nofallthrough = false;
            last.op = NOP;
            clean_basic_block(cfg, b, -1);
            maybe_empty = true;
        }
    }
    if maybe_empty {
        eliminate_empty_basic_blocks(cfg);
    }
}

fn is_exit_without_lineno(block: &Block) -> bool {
    block.exit && block.instrs.first().is_some_and(|i| i.line < 0)
}

/// Gives every jump to a shared line-less exit block its own copy, located at the jump.
pub(crate) fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    for b in cfg.ids_rev() {
        let Some(last) = cfg.blocks[b].last() else {
            continue;
        };
        if last.op.is_block_push() {
            continue;
        }
        let Some(t) = target(last) else {
            continue;
        };
        let jump_line = last.line;
        let shared = &cfg.blocks[t];
        if !is_exit_without_lineno(shared) || shared.predecessors <= 1 {
            continue;
        }
        let mut copy = Block {
            instrs: shared.instrs.clone(),
            exit: shared.exit,
            nofallthrough: true,
            predecessors: 1,
            next: shared.next,
            ..Block::default()
        };
        copy.instrs[0].line = jump_line;
        let new = cfg.push_block(copy);
        cfg.blocks[t].predecessors -= 1;
        cfg.blocks[t].next = Some(new);
        if let Some(last) = cfg.blocks[b].instrs.last_mut() {
            set_target(last, new);
        }
    }
    for b in cfg.ids_rev() {
        let mut steps = 0;
        while let Some(n) = cfg.blocks[b].next {
            if !cfg.blocks[n].instrs.is_empty() || steps > cfg.blocks.len() {
                break;
            }
            cfg.blocks[b].next = cfg.blocks[n].next;
            steps += 1;
        }
    }
    // Line-less exits left can only be reached by falling through from a single block.
    for b in cfg.ids_rev() {
        let block = &cfg.blocks[b];
        let (Some(next), Some(last)) = (block.next, block.last()) else {
            continue;
        };
        if block.nofallthrough || !is_exit_without_lineno(&cfg.blocks[next]) {
            continue;
        }
        let line = last.line;
        cfg.blocks[next].instrs[0].line = line;
    }
}

/// Drops constants after the highest one loaded. Constant 0 stays (it may be the docstring).
pub(crate) fn trim_unused_consts(cfg: &Cfg, consts: &mut IndexSet<ConstValue>) {
    let max_index = cfg
        .layout()
        .into_iter()
        .flat_map(|b| cfg.blocks[b].instrs.iter())
        .filter(|i| i.op == LOAD_CONST)
        .map(|i| i.arg as usize)
        .max()
        .unwrap_or(0);
    if max_index + 1 < consts.len() {
        consts.truncate(max_index + 1);
    }
}

/// Line-less instructions take the line before them; a line-less block start takes the
/// line of its only predecessor (not across handler edges).
pub(crate) fn propagate_line_numbers(cfg: &mut Cfg) {
    for b in cfg.layout() {
        if cfg.blocks[b].instrs.is_empty() {
            continue;
        }
        let mut prev_line = -1;
        for ins in &mut cfg.blocks[b].instrs {
            if ins.line < 0 {
                ins.line = prev_line;
            } else {
                prev_line = ins.line;
            }
        }
        let block = &cfg.blocks[b];
        let mut heirs = Vec::new();
        if !block.nofallthrough {
            heirs.extend(block.next);
        }
        if let Some(last) = block.last().filter(|l| !l.op.is_block_push()) {
            heirs.extend(target(last));
        }
        for h in heirs {
            let heir = &mut cfg.blocks[h];
            if heir.predecessors == 1 {
                if let Some(first) = heir.instrs.first_mut().filter(|f| f.line < 0) {
                    first.line = prev_line;
                }
            }
        }
    }
}

/// A return block still without a line gets the last line seen before it.
pub(crate) fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: Line) {
    let mut line = firstlineno;
    for b in cfg.layout() {
        let block = &mut cfg.blocks[b];
        let Some(last) = block.instrs.last() else {
            continue;
        };
        if last.line >= 0 {
            line = last.line;
        } else if last.op == RETURN_VALUE {
            for ins in &mut block.instrs {
                ins.line = line;
            }
        }
    }
}
