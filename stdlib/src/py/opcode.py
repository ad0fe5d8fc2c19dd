"""Opcode tables of CPython 3.10 bytecode, as the `opcode` module exposes them.

pyco builds them from its compiler's own opcode table (the native `_dis` module), so the
names, numbers and argument classes here are the ones the compiler emits and `dis` shows.
"""

import _dis

__all__ = [
    "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
    "hascompare", "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG",
    "hasnargs",
]

cmp_op = _dis.cmp_op
HAVE_ARGUMENT = _dis.HAVE_ARGUMENT
EXTENDED_ARG = _dis.EXTENDED_ARG

# Unassigned numbers keep a placeholder name such as '<7>'.
opname = [f"<{number}>" for number in range(256)]
opmap = {}
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []   # no 3.10 opcode takes an argument count this way; kept for API parity

_BY_KIND = {
    "const": hasconst,
    "name": hasname,
    "jrel": hasjrel,
    "jabs": hasjabs,
    "local": haslocal,
    "compare": hascompare,
    "free": hasfree,
}

for _name, _number, _kind in _dis.opcodes():
    opname[_number] = _name
    opmap[_name] = _number
    if _kind is not None:
        _BY_KIND[_kind].append(_number)

del _name, _number, _kind, _BY_KIND
