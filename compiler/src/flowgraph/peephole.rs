//! `optimize_basic_block` of CPython 3.10.2: constant conditions, tuple folding, swaps,
//! same-line jump threading and `ROT_N` narrowing, done in place on one block.

use super::cfg::{set_target, target, Cfg};
use crate::constant::ConstValue;
use crate::ir::Instr;
use crate::opcode::Opcode::{self, *};
use indexmap::IndexSet;
use num_traits::Zero;

/// Python truthiness of a constant (`PyObject_IsTrue`).
fn is_true(c: &ConstValue) -> bool {
    match c {
        ConstValue::None => false,
        ConstValue::Ellipsis | ConstValue::Code(_) => true,
        ConstValue::Bool(b) => *b,
        ConstValue::Int(i) => !i.is_zero(),
        ConstValue::Float(f) => *f != 0.0,
        ConstValue::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        ConstValue::Str(s) => !s.is_empty(),
        ConstValue::Bytes(b) => !b.is_empty(),
        ConstValue::Tuple(t) | ConstValue::FrozenSet(t) => !t.is_empty(),
    }
}

/// What the instruction loop does after handling one instruction.
enum Step {
    Next,
    /// Look at the same index again (CPython's `i--`).
    Again,
}

pub(crate) fn optimize_basic_block(cfg: &mut Cfg, b: usize, consts: &mut IndexSet<ConstValue>) {
    let mut i = 0;
    // Threading retargets on every repeat; the bound only guards against jump cycles.
    let mut budget = 4 * (cfg.blocks[b].instrs.len() + cfg.blocks.len()) + 16;
    while i < cfg.blocks[b].instrs.len() {
        let step = optimize_instr(cfg, b, i, consts);
        match step {
            Step::Again if budget > 0 => budget -= 1,
            _ => i += 1,
        }
    }
}

/// Retargets a jump past empty blocks and returns a copy of the first instruction it reaches.
fn jump_target_instr(cfg: &mut Cfg, b: usize, i: usize) -> Option<Instr> {
    let t = target(&cfg.blocks[b].instrs[i])?;
    let t = cfg.skip_empty(t);
    set_target(&mut cfg.blocks[b].instrs[i], t);
    cfg.blocks[t].instrs.first().cloned()
}

fn optimize_instr(cfg: &mut Cfg, b: usize, i: usize, consts: &mut IndexSet<ConstValue>) -> Step {
    let tgt = jump_target_instr(cfg, b, i);
    let block = &cfg.blocks[b];
    let inst = block.instrs[i].clone();
    let next_op = block.instrs.get(i + 1).map(|n| n.op);
    match inst.op {
        LOAD_CONST => fold_constant_condition(cfg, b, i, next_op, consts),
        BUILD_TUPLE => optimize_build_tuple(cfg, b, i, consts),
        JUMP_IF_FALSE_OR_POP => {
            thread_or_pop(cfg, b, i, tgt, POP_JUMP_IF_FALSE, JUMP_IF_TRUE_OR_POP)
        }
        JUMP_IF_TRUE_OR_POP => {
            thread_or_pop(cfg, b, i, tgt, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP)
        }
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => match tgt {
            Some(t) if t.op.is_unconditional_jump() && t.line == inst.line => {
                retarget_like(cfg, b, i, &t)
            }
            _ => Step::Next,
        },
        JUMP_ABSOLUTE | JUMP_FORWARD => match tgt {
            Some(t) if t.op.is_unconditional_jump() => thread_unconditional(cfg, b, i, &t),
            _ => Step::Next,
        },
        FOR_ITER => match tgt {
            Some(t) if t.op == JUMP_FORWARD && t.line == inst.line => retarget_like(cfg, b, i, &t),
            _ => Step::Next,
        },
        ROT_N => {
            let op = &mut cfg.blocks[b].instrs[i].op;
            match inst.arg {
                0 | 1 => {
                    *op = NOP;
                    return Step::Next;
                }
                2 => *op = ROT_TWO,
                3 => *op = ROT_THREE,
                4 => *op = ROT_FOUR,
                _ => {}
            }
            let n = inst.arg as usize;
            if i + 1 >= n {
                fold_rotations(&mut cfg.blocks[b].instrs[i + 1 - n..=i], n);
            }
            Step::Next
        }
        _ => Step::Next,
    }
}

/// `fold_rotations`: `n` rotations of the top `n` items in a row are the identity (as the
/// captures of `case [a, b]` produce); they all become NOPs.
fn fold_rotations(instrs: &mut [Instr], n: usize) {
    let size = |i: &Instr| match i.op {
        ROT_N => Some(i.arg as usize),
        ROT_FOUR => Some(4),
        ROT_THREE => Some(3),
        ROT_TWO => Some(2),
        _ => None,
    };
    if instrs.iter().all(|i| size(i) == Some(n)) {
        // The arguments stay, as in CPython (a surviving NOP is written with its arg).
        for i in instrs {
            i.op = NOP;
        }
    }
}

/// `LOAD_CONST c` followed by a conditional jump: decide the jump now.
fn fold_constant_condition(
    cfg: &mut Cfg,
    b: usize,
    i: usize,
    next_op: Option<Opcode>,
    consts: &IndexSet<ConstValue>,
) -> Step {
    let Some(next_op) = next_op else {
        return Step::Next;
    };
    let instrs = &mut cfg.blocks[b].instrs;
    let Some(value) = consts.get_index(instrs[i].arg as usize) else {
        return Step::Next;
    };
    let truth = is_true(value);
    match next_op {
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
            instrs[i].op = NOP;
            if truth == (next_op == POP_JUMP_IF_TRUE) {
                instrs[i + 1].op = JUMP_ABSOLUTE;
                cfg.blocks[b].nofallthrough = true;
            } else {
                instrs[i + 1].op = NOP;
            }
        }
        JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
            if truth == (next_op == JUMP_IF_TRUE_OR_POP) {
                instrs[i + 1].op = JUMP_ABSOLUTE;
                cfg.blocks[b].nofallthrough = true;
            } else {
                instrs[i].op = NOP;
                instrs[i + 1].op = NOP;
            }
        }
        _ => {}
    }
    Step::Next
}

/// `BUILD_TUPLE n; UNPACK_SEQUENCE n` becomes swaps; `LOAD_CONST`×n + `BUILD_TUPLE n` a
/// constant appended to the consts (or found there).
fn optimize_build_tuple(
    cfg: &mut Cfg,
    b: usize,
    i: usize,
    consts: &mut IndexSet<ConstValue>,
) -> Step {
    let instrs = &mut cfg.blocks[b].instrs;
    let n = instrs[i].arg;
    if let Some(next) = instrs.get(i + 1) {
        if next.op == UNPACK_SEQUENCE && next.arg == n {
            match n {
                1 => {
                    instrs[i].op = NOP;
                    instrs[i + 1].op = NOP;
                }
                2 => {
                    instrs[i].op = ROT_TWO;
                    instrs[i + 1].op = NOP;
                }
                3 => {
                    instrs[i].op = ROT_THREE;
                    instrs[i + 1].op = ROT_TWO;
                }
                _ => {}
            }
            return Step::Next;
        }
    }
    let n = n as usize;
    if i >= n {
        fold_tuple_on_constants(instrs, i - n, n, consts);
    }
    Step::Next
}

fn fold_tuple_on_constants(
    instrs: &mut [Instr],
    start: usize,
    n: usize,
    consts: &mut IndexSet<ConstValue>,
) {
    let loads = &instrs[start..start + n];
    if loads.iter().any(|l| l.op != LOAD_CONST) {
        return;
    }
    let items: Option<Vec<ConstValue>> = loads
        .iter()
        .map(|l| consts.get_index(l.arg as usize).cloned())
        .collect();
    let Some(items) = items else {
        return;
    };
    let (index, _) = consts.insert_full(ConstValue::Tuple(items));
    for l in &mut instrs[start..start + n] {
        l.op = NOP;
    }
    instrs[start + n].op = LOAD_CONST;
    instrs[start + n].arg = index as u32;
}

/// `JUMP_IF_X_OR_POP` onto another conditional jump of the same line.
fn thread_or_pop(
    cfg: &mut Cfg,
    b: usize,
    i: usize,
    tgt: Option<Instr>,
    pop_same: Opcode,
    opposite: Opcode,
) -> Step {
    let Some(t) = tgt else {
        return Step::Next;
    };
    let inst = &cfg.blocks[b].instrs[i];
    if t.line != inst.line {
        return Step::Next;
    }
    let own = inst.op;
    if t.op == pop_same {
        cfg.blocks[b].instrs[i] = t;
        Step::Again
    } else if t.op.is_unconditional_jump() || t.op == own {
        retarget_like(cfg, b, i, &t)
    } else if t.op == opposite {
        // The value is known to fail the second test: pop it and continue after that test.
        let after = inst.target.and_then(|tb| cfg.blocks[tb.0 as usize].next);
        let instr = &mut cfg.blocks[b].instrs[i];
        instr.op = pop_same;
        if let Some(after) = after {
            set_target(instr, after);
        }
        Step::Again
    } else {
        Step::Next
    }
}

/// Takes over the target's destination, unless that changes nothing.
fn retarget_like(cfg: &mut Cfg, b: usize, i: usize, t: &Instr) -> Step {
    let inst = &mut cfg.blocks[b].instrs[i];
    match t.target {
        Some(tt) if Some(tt) != inst.target => {
            inst.target = Some(tt);
            Step::Again
        }
        _ => Step::Next,
    }
}

/// An unconditional jump to an unconditional jump of the same line takes over its target and
/// becomes a `JUMP_ABSOLUTE` (3.10.2 does so even when both were `JUMP_FORWARD`).
fn thread_unconditional(cfg: &mut Cfg, b: usize, i: usize, t: &Instr) -> Step {
    let inst = &mut cfg.blocks[b].instrs[i];
    match t.target {
        Some(tt) if t.line == inst.line && Some(tt) != inst.target => {
            inst.target = Some(tt);
            inst.op = JUMP_ABSOLUTE;
            Step::Again
        }
        _ => Step::Next,
    }
}
