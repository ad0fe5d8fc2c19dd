//! TEMPORARY STUB (API only) until the symtable branch lands.
use crate::error::CompileError;
use crate::source::LineIndex;
use rustpython_parser::ast;
use std::borrow::Cow;
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell }
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType { Module, Class, Function }
#[derive(Clone, Debug)]
pub struct Symbol { pub flags: u32, pub scope: Scope }
pub type TableId = usize;
#[derive(Debug)]
pub struct Table {
    pub name: String, pub kind: BlockType, pub lineno: usize,
    pub symbols: indexmap::IndexMap<String, Symbol>,
    pub varnames: Vec<String>, pub children: Vec<TableId>,
    pub is_generator: bool, pub is_coroutine: bool, pub is_comprehension: bool,
    pub is_nested: bool, pub has_varargs: bool, pub has_varkeywords: bool,
    pub child_free: bool, pub needs_class_closure: bool, pub comp_iter_expr: usize,
}
impl Table { pub fn scope_of(&self, mangled: &str) -> Scope { self.symbols.get(mangled).map_or(Scope::Unknown, |s| s.scope) } }
pub struct SymbolTables { pub tables: Vec<Table> }
impl SymbolTables {
    pub fn top(&self) -> &Table { &self.tables[0] }
    pub fn lookup(&self, _node_addr: usize) -> Option<&Table> { None }
}
pub fn build_module(_body: &[ast::Stmt], _filename: &str, _index: &LineIndex, _source: &str) -> Result<SymbolTables, CompileError> { todo!() }
pub fn build_expression(_expr: &ast::Expr, _filename: &str, _index: &LineIndex, _source: &str) -> Result<SymbolTables, CompileError> { todo!() }
pub fn mangle<'n>(class_name: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = class_name else { return Cow::Borrowed(name) };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') { return Cow::Borrowed(name); }
    let c = class.trim_start_matches('_');
    if c.is_empty() { return Cow::Borrowed(name); }
    Cow::Owned(format!("_{c}{name}"))
}
