//! The assembler's working graph: the code generator's blocks plus the per-block facts that
//! CPython 3.10 keeps in `basicblock` (exit/no-fall-through marks, predecessor counts, start
//! depth, offset).
//!
//! Block ids stay the code generator's allocation order. CPython walks `b_list`, which is that
//! order reversed, in several passes; `ids_rev` gives that walk.

use crate::ir::{self, BlockId, Instr};

#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub instrs: Vec<Instr>,
    pub next: Option<usize>,
    /// Contains a return or raise (`b_exit`). Set once and not recomputed, as in CPython.
    pub exit: bool,
    /// Control never falls into `next` (`b_nofallthrough`). Also a sticky flag.
    pub nofallthrough: bool,
    pub predecessors: u32,
    pub startdepth: i32,
    /// In code units, set by the jump-offset pass.
    pub offset: u32,
}

impl Block {
    pub fn last(&self) -> Option<&Instr> {
        self.instrs.last()
    }
}

#[derive(Debug)]
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: usize,
}

/// The block index an instruction jumps to, for instructions with a valid target.
pub(crate) fn target(instr: &Instr) -> Option<usize> {
    if instr.op.is_jump() {
        instr.target.map(|t| t.0 as usize)
    } else {
        None
    }
}

pub(crate) fn set_target(instr: &mut Instr, block: usize) {
    instr.target = Some(BlockId(block as u32));
}

impl Cfg {
    /// Takes the blocks out of the unit. Dangling ids are dropped and a cyclic `next` chain is
    /// cut, so every later pass can index blocks freely and walks terminate.
    pub fn from_unit(unit: &mut ir::Unit) -> Cfg {
        let ir_blocks = std::mem::take(&mut unit.blocks);
        let count = ir_blocks.len();
        let valid = |id: Option<BlockId>| id.map(|b| b.0 as usize).filter(|&b| b < count);
        let mut blocks: Vec<Block> = ir_blocks
            .into_iter()
            .map(|b| Block {
                next: valid(b.next),
                instrs: b
                    .instrs
                    .into_iter()
                    .map(|mut i| {
                        i.target = valid(i.target).map(|t| BlockId(t as u32));
                        i
                    })
                    .collect(),
                ..Block::default()
            })
            .collect();
        let entry = match valid(unit.entry) {
            Some(e) => e,
            None => {
                blocks.push(Block::default());
                blocks.len() - 1
            }
        };
        let mut cfg = Cfg { blocks, entry };
        cfg.repair_layout();
        cfg
    }

    /// Cuts `next` cycles and appends blocks that hold instructions but are not laid out
    /// (CPython lays out every block it emits into).
    fn repair_layout(&mut self) {
        let mut seen = vec![false; self.blocks.len()];
        let mut last = self.entry;
        seen[last] = true;
        while let Some(n) = self.blocks[last].next {
            if seen[n] {
                self.blocks[last].next = None;
                break;
            }
            seen[n] = true;
            last = n;
        }
        let unlinked: Vec<usize> = (0..self.blocks.len())
            .filter(|&id| !seen[id] && !self.blocks[id].instrs.is_empty())
            .collect();
        for id in unlinked {
            self.blocks[last].next = Some(id);
            self.blocks[id].next = None;
            last = id;
        }
    }

    /// Block indices in layout order, starting at the entry.
    pub fn layout(&self) -> Vec<usize> {
        let mut order = Vec::new();
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            if order.len() > self.blocks.len() {
                break;
            }
            order.push(b);
            cur = self.blocks[b].next;
        }
        order
    }

    /// All block indices, newest first (CPython's `b_list` walk).
    pub fn ids_rev(&self) -> std::iter::Rev<std::ops::Range<usize>> {
        (0..self.blocks.len()).rev()
    }

    /// Follows `next` past empty blocks; stays on an empty block that ends the layout.
    pub fn skip_empty(&self, mut b: usize) -> usize {
        let mut steps = 0;
        while self.blocks[b].instrs.is_empty() && steps <= self.blocks.len() {
            match self.blocks[b].next {
                Some(n) => b = n,
                None => break,
            }
            steps += 1;
        }
        b
    }

    /// The first non-empty block at or after `b` in layout order.
    pub fn next_nonempty(&self, b: Option<usize>) -> Option<usize> {
        let b = b?;
        let s = self.skip_empty(b);
        (!self.blocks[s].instrs.is_empty()).then_some(s)
    }

    pub fn push_block(&mut self, block: Block) -> usize {
        self.blocks.push(block);
        self.blocks.len() - 1
    }
}
