# f-strings: FORMAT_VALUE's argval is (conversion function or None, has format spec).
import dis


def f(a, b):
    return f"{a}{a!s}{a!r}{a!a}{b:>10}{b!r:^{a}}"


dis.dis(f)
for ins in dis.get_instructions(f):
    if ins.opname == "FORMAT_VALUE":
        print(ins.arg, ins.argval, repr(ins.argrepr))
