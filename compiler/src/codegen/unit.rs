//! The per-scope state of the code generator (CPython's `struct compiler_unit`).

use crate::constant::ConstValue;
use crate::ir::{Block, BlockId, Instr, Line, Unit};
use crate::opcode::Opcode;
use crate::symtable::{Scope, Table, DEF_FREE_CLASS};

/// What kind of scope a unit compiles (`COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Kinds of frame blocks: the statically known nesting the unwinding code must undo
/// (`enum fblocktype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    AsyncComprehensionGenerator,
}

/// Extra data a frame block carries (`fb_datum`).
#[derive(Clone, Copy, Debug)]
pub enum FBlockDatum<'a> {
    None,
    /// The `finally` body to inline when unwinding through a try/finally.
    FinallyBody(&'a [rustpython_parser::ast::Stmt]),
    /// The `with` statement's range, for the line of the unwinding `__exit__` call.
    WithStmt(rustpython_parser::text_size::TextRange),
    /// The `as` name of an except handler to clear.
    HandlerName(&'a str),
}

#[derive(Clone, Copy, Debug)]
pub struct FBlock<'a> {
    pub kind: FBlockKind,
    pub block: Option<BlockId>,
    pub exit: Option<BlockId>,
    pub datum: FBlockDatum<'a>,
}

pub struct UnitState<'a> {
    pub unit: Unit,
    pub table: &'a Table,
    pub scope_type: ScopeType,
    /// The class name used for private-name mangling.
    pub private: Option<String>,
    pub current: BlockId,
    pub fblocks: Vec<FBlock<'a>>,
    /// Line given to emitted instructions (-1: artificial).
    pub lineno: Line,
}

impl<'a> UnitState<'a> {
    pub fn new(
        name: &str,
        scope_type: ScopeType,
        table: &'a Table,
        lineno: usize,
        filename: &str,
        private: Option<String>,
    ) -> Self {
        let mut unit = Unit {
            name: name.to_string(),
            qualname: name.to_string(),
            filename: filename.to_string(),
            firstlineno: lineno as u32,
            ..Unit::default()
        };
        for v in &table.varnames {
            unit.varnames.insert(v.clone());
        }
        let mut cells: Vec<&String> = table
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Cell)
            .map(|(n, _)| n)
            .collect();
        cells.sort();
        for c in cells {
            unit.cellvars.insert(c.clone());
        }
        if table.needs_class_closure {
            unit.cellvars.insert("__class__".to_string());
        }
        let mut frees: Vec<&String> = table
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n)
            .collect();
        frees.sort();
        for f in frees {
            unit.freevars.insert(f.clone());
        }
        unit.blocks.push(Block::default());
        unit.entry = Some(BlockId(0));
        UnitState {
            unit,
            table,
            scope_type,
            private,
            current: BlockId(0),
            fblocks: Vec::new(),
            lineno: 0,
        }
    }

    pub fn new_block(&mut self) -> BlockId {
        self.unit.blocks.push(Block::default());
        BlockId(self.unit.blocks.len() as u32 - 1)
    }

    pub fn use_next_block(&mut self, b: BlockId) {
        let cur = self.current;
        self.unit.blocks[cur.0 as usize].next = Some(b);
        self.current = b;
    }

    pub fn add_instr(&mut self, op: Opcode, arg: u32, target: Option<BlockId>, line: Line) {
        let cur = self.current;
        self.unit.blocks[cur.0 as usize].instrs.push(Instr {
            op,
            arg,
            target,
            line,
        });
    }

    pub fn current_ends_with_return(&self) -> bool {
        self.unit.blocks[self.current.0 as usize]
            .instrs
            .iter()
            .any(|i| i.op == Opcode::RETURN_VALUE)
    }

    pub fn add_const(&mut self, value: ConstValue) -> u32 {
        self.unit.consts.insert_full(value).0 as u32
    }

    pub fn add_name(&mut self, name: String) -> u32 {
        self.unit.names.insert_full(name).0 as u32
    }

    pub fn add_varname(&mut self, name: String) -> u32 {
        self.unit.varnames.insert_full(name).0 as u32
    }

    pub fn into_unit(self) -> Unit {
        self.unit
    }
}
