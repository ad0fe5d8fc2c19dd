"""Disassembler of Python bytecode (CPython 3.10's `dis` API).

pyco's implementation: the listings come from the compiler's formatter through the native
`_dis` module (the same text `pyco dis` prints); this module decides what to disassemble
(functions, methods, classes, generators, source strings...) and where to write it.
"""

import sys
import types
import collections
import _dis

from opcode import *
from opcode import __all__ as _opcode_all

__all__ = [
    "code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
    "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
] + _opcode_all

FORMAT_VALUE = opmap["FORMAT_VALUE"]
FORMAT_VALUE_CONVERTERS = ((None, ""), (str, "str"), (repr, "repr"), (ascii, "ascii"))
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]
MAKE_FUNCTION_FLAGS = ("defaults", "kwdefaults", "annotations", "closure")

COMPILER_FLAG_NAMES = {
    0x1: "OPTIMIZED",
    0x2: "NEWLOCALS",
    0x4: "VARARGS",
    0x8: "VARKEYWORDS",
    0x10: "NESTED",
    0x20: "GENERATOR",
    0x40: "NOFREE",
    0x80: "COROUTINE",
    0x100: "ITERABLE_COROUTINE",
    0x200: "ASYNC_GENERATOR",
}

# What a class or module namespace entry must be for dis() to list it.
_have_code = (
    types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type,
)

# Where each kind of object keeps its code: functions, generators, async generators and
# coroutines, tried in this order.
_CODE_ATTRIBUTES = ("__code__", "gi_code", "ag_code", "cr_code")


def _unwrap(x):
    """The code behind a method, function, generator or coroutine; anything else as is."""
    if hasattr(x, "__func__"):
        x = x.__func__
    for attribute in _CODE_ATTRIBUTES:
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _compile_source(source, name):
    """Source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        return compile(source, name, "exec")


def _cannot(x):
    return TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def _code_object_of(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _compile_source(x, "<disassembly>")
    if not hasattr(x, "co_code"):
        raise _cannot(x)
    return x


def _emit(text, file):
    """Writes listing text (already newline-terminated) to file, default sys.stdout."""
    print(text, end="", file=file)


def _mark(lasti):
    """The offset to mark with -->, as the native side takes it: -1 for none. dis.py marks
    the instruction whose offset compares equal to lasti (2.0 marks offset 2)."""
    try:
        whole = int(lasti)
    except (TypeError, ValueError, OverflowError):
        return -1
    return whole if whole == lasti and 0 <= whole < 1 << 32 else -1


def _listing(code, lasti, line_offset, file):
    """Writes the listing of code (or raw bytecode) to file. Malformed code is listed up to
    the first argument that indexes past its table, then that IndexError is raised."""
    text, error = _dis.listing(code, _mark(lasti), line_offset)
    _emit(text, file)
    if error is not None:
        raise error


def pretty_flags(flags):
    """The names of the CO_* bits set in *flags*, comma-separated (unknown bits in hex)."""
    names = []
    remaining = flags
    for bit in range(32):
        mask = 1 << bit
        if remaining & mask:
            names.append(COMPILER_FLAG_NAMES.get(mask, hex(mask)))
            remaining ^= mask
            if not remaining:
                return ", ".join(names)
    # Bits past the 32 named ones (or no bit at all) are shown as one hex number.
    names.append(hex(remaining))
    return ", ".join(names)


def _numbered(title, items, conversion):
    if not items:
        return []
    return [title + ":"] + ["%4d: " % i + conversion(item) for i, item in enumerate(items)]


def _info_text(co):
    header = [
        ("Name", "              ", co.co_name),
        ("Filename", "          ", co.co_filename),
        ("Argument count", "    ", co.co_argcount),
        ("Positional-only arguments", " ", co.co_posonlyargcount),
        ("Kw-only arguments", " ", co.co_kwonlyargcount),
        ("Number of locals", "  ", co.co_nlocals),
        ("Stack size", "        ", co.co_stacksize),
        ("Flags", "             ", pretty_flags(co.co_flags)),
    ]
    lines = [f"{label}:{pad}{value}" for label, pad, value in header]
    lines += _numbered("Constants", co.co_consts, repr)
    lines += _numbered("Names", co.co_names, str)
    lines += _numbered("Variable names", co.co_varnames, str)
    lines += _numbered("Free variables", co.co_freevars, str)
    lines += _numbered("Cell variables", co.co_cellvars, str)
    return "\n".join(lines)


def code_info(x):
    """The details (names, counts, flags, tables) of the code behind *x*, as text."""
    return _info_text(_code_object_of(x))


def show_code(co, *, file=None):
    """Prints code_info(co) to *file* (default sys.stdout)."""
    text = code_info(co)
    print(text, file=file)


def dis(x=None, *, file=None, depth=None):
    """Prints the bytecode listing of *x*: a function, method, class or module (each of
    their code-holding entries), code object, generator, coroutine, source string or raw
    bytecode; with no *x*, the innermost frame of the last traceback. Code objects nested
    in the code (functions, comprehensions...) follow, down to *depth* levels.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, "__dict__"):
        _dis_namespace(x, file, depth)
    elif hasattr(x, "co_code"):
        _dis_code_tree(x, file, depth)
    elif isinstance(x, (bytes, bytearray)):
        _listing(bytes(x), -1, 0, file)
    elif isinstance(x, str):
        _dis_code_tree(_compile_source(x, "<dis>"), file, depth)
    else:
        raise _cannot(x)


def _dis_namespace(x, file, depth):
    """A class or module: each entry holding code, by name, under a header."""
    for name, value in sorted(x.__dict__.items()):
        if not isinstance(value, _have_code):
            continue
        print(f"Disassembly of {name}:", file=file)
        try:
            dis(value, file=file, depth=depth)
        except TypeError as error:
            print("Sorry:", error, file=file)
        print(file=file)


def _dis_code_tree(co, file, depth):
    """co's listing, then each code object among its constants, depth first."""
    disassemble(co, file=file)
    # Compared as `depth > 0`, as dis.py does (a bad depth fails with that comparison).
    if depth is not None and not depth > 0:
        return
    if depth is not None:
        depth = depth - 1
    for const in co.co_consts:
        if hasattr(const, "co_code"):
            print(file=file)
            print(f"Disassembly of {const!r}:", file=file)
            _dis_code_tree(const, file, depth)


def distb(tb=None, *, file=None):
    """Prints the listing of the frame *tb* stopped in, marking its last instruction
    (without *tb*: the innermost frame of sys.last_traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    frame, lasti = tb.tb_frame, tb.tb_lasti
    disassemble(frame.f_code, lasti, file=file)


def disassemble(co, lasti=-1, *, file=None):
    """Prints the listing of code object *co*, with `-->` at offset *lasti*."""
    if not isinstance(co, types.CodeType):
        _read_code_tables(co)
    _listing(co, lasti, 0, file)


def _read_code_tables(co):
    """Reads the attributes dis.py's disassemble() reads first, so that anything but a code
    object fails as it does there (AttributeError naming the first one missing)."""
    co.co_cellvars + co.co_freevars
    dict(findlinestarts(co))
    co.co_code, co.co_varnames, co.co_names, co.co_consts


disco = disassemble


def findlinestarts(code):
    """Yield the (offset, lineno) pairs where a new source line starts in *code*."""
    previous = None
    for start, _end, line in code.co_lines():
        if line is not None and line != previous:
            previous = line
            yield start, line


def findlabels(code):
    """The offsets jumps in the bytecode string *code* lead to, in order of appearance."""
    labels = []
    extended = 0
    for offset in range(0, len(code), 2):
        op = code[offset]
        if op < HAVE_ARGUMENT:
            extended = 0
            continue
        arg = code[offset + 1] | extended
        extended = arg << 8 if op == EXTENDED_ARG else 0
        if op in hasjrel:
            target = offset + 2 + arg * 2
        elif op in hasjabs:
            target = arg * 2
        else:
            continue
        if target not in labels:
            labels.append(target)
    return labels


_Instruction = collections.namedtuple(
    "_Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target")


# The field and class docstrings are CPython's: help() and __doc__ show them.
_FIELD_DOCS = {
    "opname": "Human readable name for operation",
    "opcode": "Numeric code for operation",
    "arg": "Numeric argument to operation (if any), otherwise None",
    "argval": "Resolved arg value (if known), otherwise same as arg",
    "argrepr": "Human readable description of operation argument",
    "offset": "Start index of operation within bytecode sequence",
    "starts_line": "Line started by this opcode (if any), otherwise None",
    "is_jump_target": "True if other code jumps to here, otherwise False",
}
for _field, _doc in _FIELD_DOCS.items():
    getattr(_Instruction, _field).__doc__ = _doc
del _field, _doc

# Widths of the name and argument columns of a listing.
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format instruction details for inclusion in disassembly output

        *lineno_width* sets the width of the line number field (0 omits it)
        *mark_as_current* inserts a '-->' marker arrow as part of the line
        *offset_width* sets the width of the instruction offset field
        """
        columns = []
        if lineno_width:
            line = "" if self.starts_line is None else "%d" % self.starts_line
            columns.append(line.rjust(lineno_width))
        columns.append("-->" if mark_as_current else "   ")
        columns.append(">>" if self.is_jump_target else "  ")
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append("(" + self.argrepr + ")")
        return " ".join(columns).rstrip()


def _get_instructions_bytes(co, line_offset):
    rows, error = _dis.instructions(co, line_offset)
    for fields in rows:
        yield Instruction(*fields)
    if error is not None:
        raise error


def get_instructions(x, *, first_line=None):
    """Iterator over the Instructions of a function, method, code object or source string.

    With *first_line*, line numbers are shifted so that the code starts on that line.
    """
    co = _code_object_of(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions_bytes(co, offset)


class Bytecode:
    """The bytecode of a function, method, code object or source string: iterating gives
    its Instructions; dis() and info() give its listing and details as text."""

    def __init__(self, x, *, first_line=None, current_offset=None):
        code = _code_object_of(x)
        self.codeobj = code
        self._original_object = x
        self.current_offset = current_offset
        self.first_line = code.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - code.co_firstlineno

    def __iter__(self):
        return _get_instructions_bytes(self.codeobj, self._line_offset)

    def __repr__(self):
        return f"{type(self).__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb):
        """The Bytecode of the innermost frame of traceback *tb*, marking where it stopped."""
        while tb.tb_next:
            tb = tb.tb_next
        frame, lasti = tb.tb_frame, tb.tb_lasti
        return cls(frame.f_code, current_offset=lasti)

    def info(self):
        """code_info() of this bytecode's code object."""
        return _info_text(self.codeobj)

    def dis(self):
        """The listing, as text (line numbers from first_line, current_offset marked)."""
        lasti = -1 if self.current_offset is None else self.current_offset
        text, error = _dis.listing(self.codeobj, _mark(lasti), self._line_offset)
        if error is not None:
            raise error
        return text
