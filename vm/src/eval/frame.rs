//! Frames: everything a running (or suspended) Python function needs, so that suspending a
//! generator is just returning from the eval loop with the frame kept aside.

use crate::object::{Code, Object, Value};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// SETUP_FINALLY / SETUP_WITH / SETUP_ASYNC_WITH: jump to `handler` on an exception.
    Finally,
    /// Pushed when a handler starts: the saved exception state sits at `level`.
    ExceptHandler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Handler, in code units (instruction index).
    pub handler: usize,
    /// Value-stack height to unwind to.
    pub level: usize,
}

pub struct Frame {
    pub code: Rc<Code>,
    /// Index (in code units) of the next instruction.
    pub ip: usize,
    /// Index of the instruction executing (or last executed): tracebacks' `tb_lasti / 2`.
    pub lasti: usize,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    pub fast: Vec<Option<Value>>,
    /// Cell objects: `co_cellvars` then `co_freevars`.
    pub cells: Vec<Value>,
    pub globals: Rc<Object>,
    pub builtins: Rc<Object>,
    /// The locals mapping of module and class bodies (`None` for optimized functions).
    pub locals: Option<Value>,
    /// Set while a generator's frame has yielded from a `yield from`/`await`.
    pub yielding_from: bool,
    /// An exception `throw()` raises at the point of suspension when resumed.
    pub pending_throw: Option<crate::object::PyErr>,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<Object>, builtins: Rc<Object>) -> Frame {
        let nfast = code.co.nlocals as usize;
        Frame {
            ip: 0,
            lasti: 0,
            stack: Vec::with_capacity(code.co.stacksize as usize + 1),
            blocks: Vec::new(),
            fast: vec![None; nfast],
            cells: Vec::new(),
            globals,
            builtins,
            locals: None,
            code,
            yielding_from: false,
            pending_throw: None,
        }
    }

    /// The line being executed, from the line table.
    pub fn lineno(&self) -> Option<u32> {
        line_at(&self.code, self.lasti)
    }
}

/// The source line of the instruction at code-unit index `index`.
pub fn line_at(code: &Code, index: usize) -> Option<u32> {
    let offset = (index * 2) as u32;
    let mut line = None;
    for (start, end, l) in code.co.lines() {
        if offset >= start && offset < end {
            line = l;
            break;
        }
    }
    line
}
