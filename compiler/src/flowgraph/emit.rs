//! Final layout: jump arguments in code units (with the EXTENDED_ARG fixpoint), wordcode and
//! the 3.10 `co_linetable` (see `Objects/lnotab_notes.txt`).

use super::cfg::{target, Cfg};
use crate::ir::{Instr, Line};
use crate::opcode::Opcode::EXTENDED_ARG;

/// Code units an argument needs: the instruction plus its EXTENDED_ARG prefixes.
fn instr_size(arg: u32) -> u32 {
    match arg {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    }
}

/// Lays out the blocks and fills in jump arguments until no instruction changes size.
pub(crate) fn assemble_jump_offsets(cfg: &mut Cfg) {
    let layout = cfg.layout();
    loop {
        let mut total = 0u32;
        for &b in &layout {
            cfg.blocks[b].offset = total;
            let size: u32 = cfg.blocks[b].instrs.iter().map(|i| instr_size(i.arg)).sum();
            total = total.saturating_add(size);
        }
        let mut resized = false;
        for b in cfg.ids_rev() {
            let mut pos = cfg.blocks[b].offset;
            for i in 0..cfg.blocks[b].instrs.len() {
                let ins = &cfg.blocks[b].instrs[i];
                let old_size = instr_size(ins.arg);
                pos = pos.saturating_add(old_size);
                let Some(t) = target(ins) else {
                    continue;
                };
                let dest = cfg.blocks[cfg.skip_empty(t)].offset;
                let ins = &mut cfg.blocks[b].instrs[i];
                ins.arg = if ins.op.is_relative_jump() {
                    dest.wrapping_sub(pos)
                } else {
                    dest
                };
                if instr_size(ins.arg) != old_size {
                    resized = true;
                }
            }
        }
        if !resized {
            break;
        }
    }
}

/// Builds `co_linetable`: (byte delta, line delta) pairs, -128 for "no line".
struct LineTable {
    table: Vec<u8>,
    line: Line,
    prev_line: Line,
    range_start: u32,
}

impl LineTable {
    fn new(firstlineno: Line) -> Self {
        LineTable {
            table: Vec::new(),
            line: firstlineno,
            prev_line: firstlineno,
            range_start: 0,
        }
    }

    fn pair(&mut self, bdelta: u32, ldelta: i32) {
        self.table.push(bdelta as u8);
        self.table.push(ldelta as i8 as u8);
    }

    /// Closes the range of the current line at code unit `offset`.
    fn close_range(&mut self, offset: u32) {
        let mut bdelta = offset.saturating_sub(self.range_start) * 2;
        if bdelta == 0 {
            return;
        }
        let mut ldelta;
        if self.line < 0 {
            ldelta = -128;
        } else {
            ldelta = self.line - self.prev_line;
            self.prev_line = self.line;
            while ldelta > 127 {
                self.pair(0, 127);
                ldelta -= 127;
            }
            while ldelta < -127 {
                self.pair(0, -127);
                ldelta += 127;
            }
        }
        while bdelta > 254 {
            self.pair(254, ldelta);
            ldelta = if self.line < 0 { -128 } else { 0 };
            bdelta -= 254;
        }
        self.pair(bdelta, ldelta);
        self.range_start = offset;
    }

    /// Line 0 (code emitted before any statement set a location, as in CPython's
    /// `assemble_emit`) continues the current range.
    fn instruction(&mut self, offset: u32, line: Line) {
        if line != 0 && line != self.line {
            self.close_range(offset);
            self.line = line;
        }
    }
}

fn write_instr(code: &mut Vec<u8>, ins: &Instr) {
    let arg = ins.arg;
    let size = instr_size(arg);
    for shift in [24, 16, 8] {
        if size * 8 > shift {
            code.push(EXTENDED_ARG as u8);
            code.push((arg >> shift) as u8);
        }
    }
    code.push(ins.op as u8);
    code.push(arg as u8);
}

/// Emits the wordcode and line table of the laid-out blocks.
pub(crate) fn emit(cfg: &Cfg, firstlineno: Line) -> (Vec<u8>, Vec<u8>) {
    let mut code = Vec::new();
    let mut lines = LineTable::new(firstlineno);
    for b in cfg.layout() {
        for ins in &cfg.blocks[b].instrs {
            lines.instruction((code.len() / 2) as u32, ins.line);
            write_instr(&mut code, ins);
        }
    }
    lines.close_range((code.len() / 2) as u32);
    (code, lines.table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcode::Opcode::JUMP_ABSOLUTE;

    #[test]
    fn arguments_take_up_to_three_extended_args() {
        let mut code = Vec::new();
        let jump = |arg| Instr {
            op: JUMP_ABSOLUTE,
            arg,
            target: None,
            line: 1,
        };
        write_instr(&mut code, &jump(0x12_3456));
        write_instr(&mut code, &jump(0x1234_5678));
        let ext = EXTENDED_ARG as u8;
        let op = JUMP_ABSOLUTE as u8;
        assert_eq!(
            code,
            [ext, 0x12, ext, 0x34, op, 0x56, ext, 0x12, ext, 0x34, ext, 0x56, op, 0x78]
        );
        assert_eq!(instr_size(0x1234_5678), 4);
    }
}
