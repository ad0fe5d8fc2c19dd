//! Code generation: AST to basic blocks, as CPython 3.10's Python/compile.c.
