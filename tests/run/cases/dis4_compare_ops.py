# Comparisons: COMPARE_OP argvals are cmp_op strings; is/in have their own opcodes.
import dis


def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b,
            a is b, a is not b, a in b, a not in b)


for ins in dis.get_instructions(cmp):
    if ins.opname in ("COMPARE_OP", "IS_OP", "CONTAINS_OP"):
        print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr))
dis.dis(cmp)
