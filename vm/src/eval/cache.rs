//! What the eval loop precomputes per code object: decoded instructions, and LOAD_GLOBAL's
//! cache of where each name was found.

use super::op::Op;
use crate::dict::DictTable;
use crate::object::{Object, Payload, Value};
use std::cell::Cell;
use std::rc::Rc;

/// Where a global name was last found: the entry index in the globals dict (or in the
/// builtins dict, the name then being absent from the globals). Valid while both tables
/// keep the key layout they had, which their (address, version) pairs identify.
#[derive(Clone, Copy, Default)]
pub struct GlobalSlot {
    globals: usize,
    globals_version: u64,
    /// 0 when the name was found in the globals.
    builtins: usize,
    builtins_version: u64,
    index: usize,
}

/// One slot per name of a code object (`co_names`).
pub struct GlobalCache(Box<[Cell<GlobalSlot>]>);

impl GlobalCache {
    pub fn new(nnames: usize) -> GlobalCache {
        GlobalCache((0..nnames).map(|_| Cell::default()).collect())
    }

    /// The cached value of name `i`, if the cache still holds for these namespaces.
    /// (Inlined: returning the value through memory costs a store-forwarding stall.)
    #[inline(always)]
    pub fn get(&self, i: usize, globals: &Rc<Object>, builtins: &Rc<Object>) -> Option<Value> {
        let slot = self.0.get(i)?.get();
        if slot.globals != Rc::as_ptr(globals) as usize {
            return None;
        }
        let g = table(globals)?.borrow();
        if g.version != slot.globals_version {
            return None;
        }
        if slot.builtins == 0 {
            return g.entry(slot.index).map(|e| e.value.clone());
        }
        if slot.builtins != Rc::as_ptr(builtins) as usize {
            return None;
        }
        let b = table(builtins)?.borrow();
        if b.version != slot.builtins_version {
            return None;
        }
        b.entry(slot.index).map(|e| e.value.clone())
    }

    /// Records that name `i` is entry `index` of `globals`, or of `builtins` if given.
    pub fn set(&self, i: usize, globals: &Rc<Object>, builtins: Option<&Rc<Object>>, index: usize) {
        let (Some(cell), Some(g)) = (self.0.get(i), table(globals)) else {
            return;
        };
        let mut slot = GlobalSlot {
            globals: Rc::as_ptr(globals) as usize,
            globals_version: g.borrow().version,
            index,
            ..GlobalSlot::default()
        };
        if let Some(b) = builtins {
            let Some(bt) = table(b) else {
                return;
            };
            slot.builtins = Rc::as_ptr(b) as usize;
            slot.builtins_version = bt.borrow().version;
        }
        cell.set(slot);
    }
}

fn table(o: &Object) -> Option<&std::cell::RefCell<DictTable>> {
    match &o.payload {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

/// One instruction decoded ahead of time (once per code object): the opcode (`INVALID` for
/// a byte that is no 3.10 opcode) and the argument with EXTENDED_ARG prefixes folded in. The
/// loop then neither decodes opcode bytes nor accumulates prefixes on every dispatch.
#[derive(Clone, Copy)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// Decodes wordcode; instruction `i` of the result is code unit `i`, so `ip`, `lasti` and
/// jump targets keep their meaning. EXTENDED_ARG entries stay (the loop skips them). The
/// first instruction of each pair that has a superinstruction becomes that superinstruction.
/// A fast-local or constant index out of range (`nlocals`, `nconsts`), or a jump past the
/// end, makes the instruction `INVALID`, and an `END` follows the last instruction: the hot
/// loop indexes locals, constants and instructions without bounds checks.
pub fn decode(code: &[u8], nlocals: usize, nconsts: usize) -> Box<[Instr]> {
    let mut ext: u32 = 0;
    let mut instrs: Vec<Instr> = code
        .chunks_exact(2)
        .map(|w| {
            let op = Op::from_byte(w[0]);
            let arg = ext | w[1] as u32;
            ext = if op == Op::EXTENDED_ARG { arg << 8 } else { 0 };
            let bad = match op {
                Op::INVALID | Op::END => true,
                Op::LOAD_FAST | Op::STORE_FAST | Op::DELETE_FAST => arg as usize >= nlocals,
                Op::LOAD_CONST => arg as usize >= nconsts,
                _ => false,
            };
            match bad {
                true => Instr {
                    op: Op::INVALID,
                    arg: w[0] as u32,
                },
                false => Instr { op, arg },
            }
        })
        .collect();
    // A jump lands on an instruction or on the sentinel after the last one.
    let n = instrs.len();
    for (i, ins) in instrs.iter_mut().enumerate() {
        if jump_target(i, *ins).is_some_and(|t| t > n) {
            *ins = Instr {
                op: Op::INVALID,
                arg: code[2 * i] as u32,
            };
        }
    }
    for i in 1..n {
        if let Some(op) = Op::fuse(instrs[i - 1].op, instrs[i].op) {
            instrs[i - 1].op = op;
        }
    }
    instrs.push(Instr {
        op: Op::END,
        arg: 0,
    });
    instrs.into_boxed_slice()
}

/// Where the instruction at `i` may jump to (3.10 counts jumps in instructions).
fn jump_target(i: usize, ins: Instr) -> Option<usize> {
    let arg = ins.arg as usize;
    match ins.op {
        Op::JUMP_FORWARD
        | Op::FOR_ITER
        | Op::SETUP_FINALLY
        | Op::SETUP_WITH
        | Op::SETUP_ASYNC_WITH => Some(i + 1 + arg),
        Op::JUMP_ABSOLUTE
        | Op::POP_JUMP_IF_FALSE
        | Op::POP_JUMP_IF_TRUE
        | Op::JUMP_IF_FALSE_OR_POP
        | Op::JUMP_IF_TRUE_OR_POP
        | Op::JUMP_IF_NOT_EXC_MATCH => Some(arg),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(code: &[u8], nlocals: usize, nconsts: usize) -> Vec<Op> {
        decode(code, nlocals, nconsts)
            .iter()
            .map(|i| i.op)
            .collect()
    }

    #[test]
    fn decode_ends_with_the_sentinel() {
        assert_eq!(ops(&[], 0, 0), [Op::END]);
        // LOAD_CONST 0; RETURN_VALUE
        assert_eq!(
            ops(&[100, 0, 83, 0], 0, 1),
            [Op::LOAD_CONST, Op::RETURN_VALUE, Op::END]
        );
    }

    #[test]
    fn decode_rejects_what_the_loop_would_index_out_of_range() {
        // LOAD_FAST 1 with one local, LOAD_CONST 0 with no constants.
        assert_eq!(
            ops(&[124, 1, 100, 0], 1, 0),
            [Op::INVALID, Op::INVALID, Op::END]
        );
        // JUMP_ABSOLUTE to the sentinel is allowed, past it not; so for relative jumps.
        assert_eq!(ops(&[113, 1], 0, 0), [Op::JUMP_ABSOLUTE, Op::END]);
        assert_eq!(ops(&[113, 2], 0, 0), [Op::INVALID, Op::END]);
        assert_eq!(ops(&[110, 0], 0, 0), [Op::JUMP_FORWARD, Op::END]);
        assert_eq!(ops(&[110, 1], 0, 0), [Op::INVALID, Op::END]);
        // EXTENDED_ARG makes the target 256.
        assert_eq!(
            ops(&[144, 1, 114, 0], 0, 0),
            [Op::EXTENDED_ARG, Op::INVALID, Op::END]
        );
    }
}
