//! Scope analysis, as CPython 3.10's Python/symtable.c.
