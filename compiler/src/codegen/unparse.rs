//! Expression source text for `from __future__ import annotations`.

use rustpython_parser::ast;

/// The text CPython's `_PyAST_ExprAsUnicode` would give for an annotation.
pub fn unparse_expr(e: &ast::Expr) -> String {
    e.to_string()
}
