//! CPython 3.10's control-flow-graph passes and assembler (`assemble()` in compile.c).
