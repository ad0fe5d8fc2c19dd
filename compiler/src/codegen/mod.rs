//! Code generation: AST to basic blocks, following CPython 3.10's `Python/compile.c`.
//!
//! One [`Unit`](unit::UnitState) per scope being compiled (module, class body, function,
//! lambda, comprehension). Statements and expressions append instructions to the unit's
//! current block; `flowgraph::assemble` turns the finished blocks into a code object.

mod call;
mod comprehension;
mod control;
mod display;
mod exception;
mod expr;
mod fstring;
mod func;
mod import;
mod names;
mod pattern;
mod stmt;
mod unit;
mod unparse;
mod warn;

use crate::code::CodeObject;
use crate::constant::ConstValue;
use crate::error::{CompileError, CompileWarning, ErrorKind};
use crate::ir::{BlockId, Line};
use crate::opcode::Opcode;
use crate::source::LineIndex;
use crate::symtable::{self, Scope, SymbolTables, Table};
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextRange;
use unit::{ScopeType, UnitState};

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// CPython 3.10 refuses to assemble code needing a deeper value stack than this.
const MAX_STACK_USE: u32 = 3000;

/// Above this many stack items, displays and calls are built incrementally.
const STACK_USE_GUIDELINE: usize = 30;

/// Compiler-wide state: the symbol tables, the source (for line numbers and error texts) and
/// the stack of units being compiled (innermost last).
pub struct Compiler<'a> {
    tables: &'a SymbolTables,
    index: &'a LineIndex,
    source: &'a str,
    filename: &'a str,
    units: Vec<UnitState<'a>>,
    /// `from __future__ import annotations` is in effect.
    future_annotations: bool,
    /// Line of the last `from __future__` import that may legally appear.
    future_lineno: usize,
    /// SyntaxWarnings issued so far.
    warnings: Vec<CompileWarning>,
    /// The statement being compiled (where errors without a node of their own point).
    stmt_range: TextRange,
    /// The pattern node last visited (CPython's location while compiling a `match`), where
    /// pattern errors point.
    pattern_range: TextRange,
    /// `single` mode: module-level expression statements print their value (PRINT_EXPR).
    interactive: bool,
}

/// Compiles a module body into its code object. `interactive` is `single` mode (an
/// interactive statement, as the REPL reads one): no docstring, and expression statements
/// at module level print their value.
pub fn compile_module(
    body: &[ast::Stmt],
    tables: &SymbolTables,
    index: &LineIndex,
    source: &str,
    filename: &str,
    interactive: bool,
    warnings: &mut Vec<CompileWarning>,
) -> CResult<CodeObject> {
    let mut c = Compiler::new(tables, index, source, filename);
    c.interactive = interactive;
    let result = c.module_scope(body, |c| {
        if !interactive {
            return c.body(body);
        }
        if stmt::find_ann(body) {
            // On the code's first line, wherever the statement is.
            c.u().lineno = 1;
            c.emit(Opcode::SETUP_ANNOTATIONS);
        }
        c.stmts(body)
    });
    warnings.append(&mut c.warnings);
    result
}

/// Compiles a single expression (`eval` mode): its value is returned.
pub fn compile_expression(
    expr: &ast::Expr,
    tables: &SymbolTables,
    index: &LineIndex,
    source: &str,
    filename: &str,
    warnings: &mut Vec<CompileWarning>,
) -> CResult<CodeObject> {
    let mut c = Compiler::new(tables, index, source, filename);
    c.enter_scope("<module>", ScopeType::Module, tables.top(), 1);
    let result = c.expr(expr).and_then(|()| c.finish_scope(false));
    warnings.append(&mut c.warnings);
    result
}

impl<'a> Compiler<'a> {
    fn new(
        tables: &'a SymbolTables,
        index: &'a LineIndex,
        source: &'a str,
        filename: &'a str,
    ) -> Self {
        Compiler {
            tables,
            index,
            source,
            filename,
            units: Vec::new(),
            future_annotations: false,
            future_lineno: 0,
            warnings: Vec::new(),
            stmt_range: TextRange::default(),
            pattern_range: TextRange::default(),
            interactive: false,
        }
    }

    /// The module's code object: `__future__` checks, then `emit_body` in the module scope.
    fn module_scope(
        &mut self,
        body: &'a [ast::Stmt],
        emit_body: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult<CodeObject> {
        self.scan_future(body)?;
        self.enter_scope("<module>", ScopeType::Module, self.tables.top(), 1);
        emit_body(self)?;
        self.finish_scope(true)
    }

    // ----- units -------------------------------------------------------------------------

    fn u(&mut self) -> &mut UnitState<'a> {
        self.units.last_mut().expect("no unit")
    }

    fn ur(&self) -> &UnitState<'a> {
        self.units.last().expect("no unit")
    }

    fn table(&self) -> &'a Table {
        self.ur().table
    }

    fn enter_scope(&mut self, name: &str, scope_type: ScopeType, table: &'a Table, lineno: usize) {
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut u = UnitState::new(name, scope_type, table, lineno, self.filename, private);
        if scope_type == ScopeType::Module {
            u.lineno = -1;
        } else {
            u.unit.qualname = self.qualname_for(name, scope_type);
        }
        self.units.push(u);
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str, scope_type: ScopeType) -> String {
        let parent = match self.units.last() {
            Some(p) if self.units.len() > 1 => p,
            _ => return name.to_string(),
        };
        if matches!(
            scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
        ) {
            let mangled = symtable::mangle(parent.private.as_deref(), name);
            if parent.table.scope_of(&mangled) == Scope::GlobalExplicit {
                return name.to_string();
            }
        }
        let base = &parent.unit.qualname;
        if matches!(
            parent.scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
        ) {
            format!("{base}.<locals>.{name}")
        } else {
            format!("{base}.{name}")
        }
    }

    /// Ensures the scope ends in a return, assembles it and pops the unit.
    fn finish_scope(&mut self, add_none: bool) -> CResult<CodeObject> {
        let u = self.u();
        if !u.current_ends_with_return() {
            u.lineno = -1;
            if add_none {
                self.load_const(ConstValue::None);
            }
            self.emit(Opcode::RETURN_VALUE);
        }
        let u = self.units.pop().expect("unit");
        let code = crate::flowgraph::assemble(u.into_unit());
        if code.stacksize > MAX_STACK_USE {
            return Err(CompileError::new(
                ErrorKind::SystemError,
                format!("excessive stack use: stack is {} deep", code.stacksize),
                self.filename,
                (0, 0),
                (0, 0),
                None,
            ));
        }
        Ok(code)
    }

    // ----- emission --------------------------------------------------------------------

    fn emit(&mut self, op: Opcode) {
        self.emit_arg(op, 0);
    }

    fn emit_arg(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let line = u.lineno;
        u.add_instr(op, arg, None, line);
    }

    fn emit_noline(&mut self, op: Opcode) {
        self.u().add_instr(op, 0, None, -1);
    }

    fn emit_jump(&mut self, op: Opcode, target: BlockId) {
        let u = self.u();
        let line = u.lineno;
        u.add_instr(op, 0, Some(target), line);
    }

    fn emit_jump_noline(&mut self, op: Opcode, target: BlockId) {
        self.u().add_instr(op, 0, Some(target), -1);
    }

    /// `GET_AWAITABLE; LOAD_CONST None; YIELD_FROM`: what every `await` compiles to.
    fn emit_await(&mut self) {
        self.emit(Opcode::GET_AWAITABLE);
        self.load_const(ConstValue::None);
        self.emit(Opcode::YIELD_FROM);
    }

    /// The next item of an async iterator, with StopAsyncIteration sending control to
    /// `except` (where END_ASYNC_FOR waits): `SETUP_FINALLY; GET_ANEXT; await; POP_BLOCK`.
    fn emit_anext(&mut self, except: BlockId) {
        self.emit_jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT);
        self.load_const(ConstValue::None);
        self.emit(Opcode::YIELD_FROM);
        self.emit(Opcode::POP_BLOCK);
    }

    fn load_const(&mut self, value: ConstValue) {
        let idx = self.u().add_const(value);
        self.emit_arg(Opcode::LOAD_CONST, idx);
    }

    /// An op whose argument indexes `co_names`; the name is mangled first.
    fn emit_name(&mut self, op: Opcode, name: &str) {
        let mangled = symtable::mangle(self.ur().private.as_deref(), name).into_owned();
        let idx = self.u().add_name(mangled);
        self.emit_arg(op, idx);
    }

    /// An op whose argument indexes `co_names`, without mangling.
    fn emit_name_raw(&mut self, op: Opcode, name: &str) {
        let idx = self.u().add_name(name.to_string());
        self.emit_arg(op, idx);
    }

    fn new_block(&mut self) -> BlockId {
        self.u().new_block()
    }

    /// Makes `b` the current block, laid out right after the current one.
    fn use_next_block(&mut self, b: BlockId) {
        self.u().use_next_block(b);
    }

    /// Starts a fresh block after the current one (`NEXT_BLOCK`).
    fn next_block(&mut self) {
        let b = self.new_block();
        self.use_next_block(b);
    }

    // ----- locations -------------------------------------------------------------------

    fn line_of(&self, range: TextRange) -> Line {
        self.index.line(range.start().to_u32()) as Line
    }

    fn end_line_of(&self, range: TextRange) -> Line {
        let end = range.end().to_u32();
        self.index
            .line(end.saturating_sub(1).max(range.start().to_u32())) as Line
    }

    fn set_loc(&mut self, range: TextRange) {
        let line = self.line_of(range);
        self.u().lineno = line;
    }

    /// A SyntaxError spanning `range`, located and quoted as CPython reports it.
    fn error_at(&self, range: TextRange, msg: impl Into<String>) -> CompileError {
        crate::parse::Lines::new(self.source).span(
            ErrorKind::SyntaxError,
            &msg.into(),
            self.filename,
            range.start().to_usize(),
            range.end().to_usize(),
        )
    }

    /// `from __future__` handling: records `annotations` and where future imports may appear.
    fn scan_future(&mut self, body: &[ast::Stmt]) -> CResult {
        let mut rest = body;
        if let Some(ast::Stmt::Expr(e)) = rest.first() {
            if matches!(
                &*e.value,
                ast::Expr::Constant(ast::ExprConstant {
                    value: ast::Constant::Str(_),
                    ..
                })
            ) {
                rest = &rest[1..];
            }
        }
        for s in rest {
            match s {
                ast::Stmt::ImportFrom(imp)
                    if imp.module.as_ref().map(|m| m.as_str()) == Some("__future__") =>
                {
                    self.future_lineno = self.line_of(imp.range) as usize;
                    for alias in &imp.names {
                        match alias.name.as_str() {
                            "annotations" => self.future_annotations = true,
                            "nested_scopes" | "generators" | "division" | "absolute_import"
                            | "with_statement" | "print_function" | "unicode_literals"
                            | "barry_as_FLUFL" | "generator_stop" => {}
                            "braces" => return Err(self.error_at(alias.range, "not a chance")),
                            other => {
                                return Err(self.error_at(
                                    alias.range,
                                    format!("future feature {other} is not defined"),
                                ))
                            }
                        }
                    }
                }
                _ => break,
            }
        }
        Ok(())
    }
}

/// `_PyAST_GetDocString`: the first statement's string constant, if any.
fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match &*e.value {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(s),
                ..
            }) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// The range of any expression.
fn erange(e: &ast::Expr) -> TextRange {
    e.range()
}
