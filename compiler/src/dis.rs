//! The `dis` text format of CPython 3.10's Lib/dis.py, as a function of a code object.
