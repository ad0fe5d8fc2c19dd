# dis.Instruction is a namedtuple subclass: its repr, fields, indexing, equality.
import dis


def f(x):
    return x + 1


instrs = list(dis.get_instructions(f))
for ins in instrs:
    print(ins)
first = instrs[0]
print(type(first).__name__, type(first).__bases__[0].__name__, isinstance(first, tuple))
print(dis.Instruction._fields)
print(first[0], first[-1], len(first))
print(first == tuple(first), first._replace(offset=99))
print(first._asdict())
opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target = first
print(opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target)
made = dis.Instruction("NOP", 9, None, None, "", 0, None, False)
print(made)
