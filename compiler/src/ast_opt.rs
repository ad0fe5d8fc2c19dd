//! AST-level constant folding, as CPython 3.10's Python/ast_opt.c.
