//! Fast paths of the superinstructions (see `op.rs`). Each runs both instructions of its
//! pair when nothing can fail and gives `Ok(true)`; otherwise it changes nothing and gives
//! `Ok(false)`, and the loop runs the first instruction alone. (`Err` is a Ctrl-C noticed
//! at a backward jump, raised by the pair's second instruction as a plain jump would.)

use super::op::Op;
use super::ops::{compare_with, load_fast, pop, push, store_fast};
use super::Frame;
use crate::object::{Code, PyResult, Value};
use crate::Vm;

impl Vm {
    /// Runs superinstruction `op`, whose first argument is `arg`; `ip` is already past it.
    #[inline(always)]
    pub(super) fn run_super(
        &mut self,
        f: &mut Frame,
        ip: &mut usize,
        code: &Code,
        op: Op,
        arg: u32,
    ) -> PyResult<bool> {
        let i = *ip - 1;
        let arg2 = code.instrs[i + 1].arg as usize;
        let a = arg as usize;
        match op {
            Op::LOAD_FAST__LOAD_FAST => {
                let (Some(x), Some(y)) = (load_fast(&f.fast[a]), load_fast(&f.fast[arg2])) else {
                    return Ok(false);
                };
                push(&mut f.stack, x);
                push(&mut f.stack, y);
            }
            Op::LOAD_FAST__LOAD_CONST => {
                let Some(x) = load_fast(&f.fast[a]) else {
                    return Ok(false);
                };
                push(&mut f.stack, x);
                push(&mut f.stack, code.consts[arg2].clone());
            }
            Op::LOAD_CONST__LOAD_FAST => {
                let Some(y) = load_fast(&f.fast[arg2]) else {
                    return Ok(false);
                };
                push(&mut f.stack, code.consts[a].clone());
                push(&mut f.stack, y);
            }
            Op::STORE_FAST__LOAD_FAST => {
                if a != arg2 && f.fast[arg2].is_none() {
                    return Ok(false);
                }
                store_fast(&mut f.fast[a], pop(&mut f.stack));
                let y = load_fast(&f.fast[arg2]).expect("checked above");
                push(&mut f.stack, y);
            }
            Op::STORE_FAST__STORE_FAST => {
                store_fast(&mut f.fast[a], pop(&mut f.stack));
                store_fast(&mut f.fast[arg2], pop(&mut f.stack));
            }
            Op::COMPARE_OP__POP_JUMP_IF_FALSE | Op::COMPARE_OP__POP_JUMP_IF_TRUE => {
                // CPython's comparison counts one level of recursion even for ints.
                if self.depth >= self.recursion_limit {
                    return Ok(false);
                }
                let n = f.stack.len();
                let b = match (&f.stack[n - 2], &f.stack[n - 1]) {
                    (Value::Int(x), Value::Int(y)) => compare_with(arg, x, y),
                    (Value::Float(x), Value::Float(y)) => compare_with(arg, x, y),
                    _ => return Ok(false),
                };
                // Plain numbers: nothing to drop.
                // SAFETY: both slots hold ints or floats, which own nothing.
                unsafe { f.stack.set_len(n - 2) };
                if b == (op == Op::COMPARE_OP__POP_JUMP_IF_TRUE) {
                    *ip = arg2;
                    f.lasti = i + 1;
                    if arg2 <= i + 1 {
                        // A backward jump checks for Ctrl-C, as the plain one does.
                        self.check_interrupt()?;
                    }
                    return Ok(true);
                }
            }
            _ => return Ok(false),
        }
        *ip = i + 2;
        f.lasti = i + 1;
        Ok(true)
    }
}
