//! AST-level constant folding, as CPython 3.10's Python/ast_opt.c, done in place.
//!
//! Conventions the later passes rely on:
//! * A folded node takes the range of the node it replaces. The one exception copies
//!   CPython: `not (a is b)` becomes the inner comparison, with the inner node's range.
//! * When folding turns the first statement of a module, class or function body into a
//!   string constant (`"a" + "b"`), the constant is wrapped in a one-item `JoinedStr` (with
//!   the statement's range), exactly as CPython does, so it is not taken for a docstring.
//!   A `JoinedStr` whose only value is a str constant compiles to a single `LOAD_CONST`.
//! * Set displays are left alone: the AST cannot hold a frozenset. In an `in`/`not in` test
//!   and in a `for` or comprehension iterable, the code generator turns an all-constant set
//!   display into a frozenset constant itself. List displays there become tuples here.
//! * Nesting deeper than [`MAX_DEPTH`] stops all folding (the symbol table then reports it).

mod fold;
mod pyops;
mod walk;

#[cfg(test)]
mod tests;

use rustpython_parser::ast;

/// The deepest nesting of statements, expressions and patterns (a module-level statement is
/// level 1) that compiles. CPython 3.10 counts these levels in the AST optimizer and again in
/// the symbol table, against the recursion limit (1000) times `COMPILER_STACK_FRAME_SCALE`
/// (3), starting from 3 times the interpreter's current depth. The reference interpreter
/// compiles scripts at depth 2, hence 3000 - 6: `x = a.b.b...` compiles with 2992
/// attributes and raises RecursionError with 2993, in both `-m dis` and run mode.
///
/// Past this depth the optimizer stops folding altogether, so the deep path reaches the
/// symbol-table pass unchanged and that pass, counting the same way, raises the error.
pub const MAX_DEPTH: usize = 2994;

/// Folds constants in a module body (exec mode).
// The signature is the shared interface; a slice would do.
#[allow(clippy::ptr_arg)]
pub fn optimize_module(body: &mut Vec<ast::Stmt>) {
    let mut folder = walk::Folder::new(has_future_annotations(body));
    folder.body(body);
}

/// Folds constants in an expression (eval mode).
pub fn optimize_expression(expr: &mut ast::Expr) {
    walk::Folder::new(false).expr(expr);
}

/// Whether the module starts with `from __future__ import annotations` (after an optional
/// docstring and other future imports); annotations are then kept as written.
fn has_future_annotations(body: &[ast::Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if stmts.peek().is_some_and(|s| walk::is_docstring(s)) {
        stmts.next();
    }
    for stmt in stmts {
        match stmt {
            ast::Stmt::ImportFrom(imp)
                if imp
                    .module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
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
