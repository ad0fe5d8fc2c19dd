//! AST-level constant folding, as CPython 3.10's Python/ast_opt.c.
use rustpython_parser::ast;
/// TEMPORARY STUB until the astopt branch lands.
pub fn optimize_module(_body: &mut Vec<ast::Stmt>) {}
/// TEMPORARY STUB until the astopt branch lands.
pub fn optimize_expression(_expr: &mut ast::Expr) {}
