# get_instructions: every field of each Instruction, and the types of argval.
import dis


def f(a, b):
    if a < b:
        return f"{a!r}"
    for i in range(b):
        a += i
    return a.real


for ins in dis.get_instructions(f):
    print(ins.offset, ins.opname, ins.opcode, ins.arg, repr(ins.argval),
          type(ins.argval).__name__, repr(ins.argrepr), ins.starts_line, ins.is_jump_target)
