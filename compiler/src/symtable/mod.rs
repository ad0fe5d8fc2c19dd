//! Scope analysis, as CPython 3.10's Python/symtable.c.
//!
//! Two passes, as in CPython: `builder` walks the AST and records raw facts about every name
//! (bound here, used here, declared global, parameter...) in one `Table` per scope; `analyze`
//! then resolves each name to a `Scope` (local, cell, free, global) across nested scopes.
//!
//! Both passes recurse over the AST and the scope tree with small frames and a depth limit
//! (`builder::MAX_DEPTH`), so callers should run them on a generously sized stack.

mod analyze;
mod builder;
#[cfg(test)]
mod tests;

use crate::error::CompileError;
use crate::source::LineIndex;
use rustpython_parser::ast;
use std::borrow::Cow;
use std::collections::HashMap;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE: u32 = 32;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;

/// Flags that bind a name in the scope where they appear.
pub(crate) const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives at run time, as CPython's LOCAL/GLOBAL_EXPLICIT/... scope values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// The kind of a scope; lambdas and comprehensions are functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    Function,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Scope,
}

pub type TableId = usize;

/// One scope: CPython's `PySTEntryObject`.
#[derive(Debug)]
pub struct Table {
    /// "top", the function/class name, "lambda", "genexpr", "listcomp", "setcomp", "dictcomp".
    pub name: String,
    pub kind: BlockType,
    pub lineno: usize,
    /// Mangled names, in CPython's `ste_symbols` insertion order.
    pub symbols: indexmap::IndexMap<String, Symbol>,
    /// Parameters in `co_varnames` order (".0" for comprehensions).
    pub varnames: Vec<String>,
    pub children: Vec<TableId>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_comprehension: bool,
    pub is_nested: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub child_free: bool,
    pub needs_class_closure: bool,
    /// CPython's `ste_comp_iter_expr` (>0 while visiting a comprehension's iterable).
    pub comp_iter_expr: usize,
}

impl Table {
    fn new(name: &str, kind: BlockType, lineno: usize) -> Self {
        Table {
            name: name.to_string(),
            kind,
            lineno,
            symbols: indexmap::IndexMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_comprehension: false,
            is_nested: false,
            has_varargs: false,
            has_varkeywords: false,
            child_free: false,
            needs_class_closure: false,
            comp_iter_expr: 0,
        }
    }

    /// The scope of a (mangled) name; `Unknown` if the name does not occur here.
    pub fn scope_of(&self, mangled: &str) -> Scope {
        self.symbols
            .get(mangled)
            .map_or(Scope::Unknown, |s| s.scope)
    }

    /// The raw flags of a (mangled) name, 0 if absent.
    fn flags_of(&self, mangled: &str) -> u32 {
        self.symbols.get(mangled).map_or(0, |s| s.flags)
    }
}

/// All scopes of a compilation unit; `tables[0]` is the module.
pub struct SymbolTables {
    pub tables: Vec<Table>,
    by_node: HashMap<usize, TableId>,
}

impl SymbolTables {
    pub fn top(&self) -> &Table {
        &self.tables[0]
    }

    /// The table of a scope-creating node, keyed by the node's address:
    /// `stmt as *const ast::Stmt as usize` for FunctionDef/AsyncFunctionDef/ClassDef statements,
    /// `expr as *const ast::Expr as usize` for Lambda/ListComp/SetComp/DictComp/GeneratorExp.
    pub fn lookup(&self, node_addr: usize) -> Option<&Table> {
        self.by_node.get(&node_addr).map(|&id| &self.tables[id])
    }

    /// The id of a scope-creating node's table (see `lookup`).
    pub fn lookup_id(&self, node_addr: usize) -> Option<TableId> {
        self.by_node.get(&node_addr).copied()
    }
}

/// Builds the tables for a whole module (`body`).
pub fn build_module(
    body: &[ast::Stmt],
    filename: &str,
    index: &LineIndex,
    source: &str,
) -> Result<SymbolTables, CompileError> {
    let mut b = builder::Builder::new(filename, index, source, has_future_annotations(body));
    b.visit_module(body).map_err(|e| *e)?;
    b.finish().map_err(|e| *e)
}

/// Builds the tables for eval mode: one expression in a module scope.
pub fn build_expression(
    expr: &ast::Expr,
    filename: &str,
    index: &LineIndex,
    source: &str,
) -> Result<SymbolTables, CompileError> {
    let mut b = builder::Builder::new(filename, index, source, false);
    b.visit_expression(expr).map_err(|e| *e)?;
    b.finish().map_err(|e| *e)
}

/// Whether the module starts with `from __future__ import annotations` (after an optional
/// docstring and other future imports), as CPython's future.c finds it.
fn has_future_annotations(body: &[ast::Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(ast::Stmt::Expr(e)) = stmts.peek() {
        if matches!(
            &*e.value,
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(_),
                ..
            })
        ) {
            stmts.next();
        }
    }
    for s in stmts {
        match s {
            ast::Stmt::ImportFrom(imp)
                if imp.module.as_deref() == Some("__future__")
                    && imp.level.as_ref().map_or(0, |l| l.to_u32()) == 0 =>
            {
                if imp.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// CPython's `AnnAssign.simple`: a bare name target, not in parentheses. rustpython-parser
/// sets `simple` for `(x): int` too, so the source is checked for the parenthesis.
pub fn is_simple_annassign(a: &ast::StmtAnnAssign, source: &str) -> bool {
    let start = a.range.start().to_usize();
    a.simple
        && matches!(&*a.target, ast::Expr::Name(_))
        && source.as_bytes().get(start) != Some(&b'(')
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`. Dunder names, names with
/// dots and classes named only with underscores are left alone.
pub fn mangle<'a>(class_name: Option<&str>, name: &'a str) -> Cow<'a, str> {
    let Some(class_name) = class_name else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}
