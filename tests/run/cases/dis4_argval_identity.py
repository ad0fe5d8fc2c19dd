# LOAD_CONST argvals are the code object's own constants; names are plain strings.
import dis


def f():
    def g():
        pass
    return (1, "two", 3.0, None, b"four", (5, 6), frozenset({7}), ..., g)


consts = f.__code__.co_consts
for ins in dis.get_instructions(f):
    if ins.opname == "LOAD_CONST":
        print(ins.arg, ins.argval is consts[ins.arg], repr(ins.argval) == ins.argrepr,
              type(ins.argval).__name__)
    elif ins.arg is not None:
        print(ins.opname, type(ins.argval).__name__, ins.argval)
