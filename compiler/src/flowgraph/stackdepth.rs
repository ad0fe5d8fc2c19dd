//! The maximum stack depth, by CPython 3.10's `stackdepth()` walk: every block is entered at
//! one depth, jump edges use the taken-branch effect, handler edges included.

use super::cfg::{target, Cfg};
use crate::opcode::Opcode::*;

/// CPython stops re-pushing a block once its start depth reaches this.
const DEPTH_REVISIT_LIMIT: i32 = 100;

fn push(cfg: &mut Cfg, stack: &mut Vec<usize>, b: usize, depth: i32) {
    let block = &mut cfg.blocks[b];
    if block.startdepth < depth && block.startdepth < DEPTH_REVISIT_LIMIT {
        block.startdepth = depth;
        stack.push(b);
    }
}

/// `start_depth` is 1 for generators and coroutines (the value sent in by the first send).
pub(crate) fn stackdepth(cfg: &mut Cfg, start_depth: i32) -> u32 {
    for block in &mut cfg.blocks {
        block.startdepth = i32::MIN;
    }
    let mut max_depth = 0;
    let mut stack = Vec::new();
    let entry = cfg.entry;
    push(cfg, &mut stack, entry, start_depth);
    while let Some(b) = stack.pop() {
        let mut depth = cfg.blocks[b].startdepth;
        let mut next = cfg.blocks[b].next;
        let mut jumps = Vec::new();
        for ins in &cfg.blocks[b].instrs {
            let new_depth = depth + ins.op.stack_effect(ins.arg, Some(false));
            max_depth = max_depth.max(new_depth);
            if let Some(t) = target(ins) {
                let target_depth = depth + ins.op.stack_effect(ins.arg, Some(true));
                max_depth = max_depth.max(target_depth);
                jumps.push((t, target_depth));
            }
            depth = new_depth;
            if matches!(
                ins.op,
                JUMP_ABSOLUTE | JUMP_FORWARD | RETURN_VALUE | RAISE_VARARGS | RERAISE
            ) {
                next = None;
                break;
            }
        }
        for (t, d) in jumps {
            push(cfg, &mut stack, t, d);
        }
        if let Some(n) = next {
            push(cfg, &mut stack, n, depth);
        }
    }
    max_depth.max(0) as u32
}
