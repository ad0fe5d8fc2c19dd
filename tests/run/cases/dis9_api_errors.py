# dis.disassemble on objects that are not code objects fails as dis.py does (the first
# code attribute it reads); a bad depth fails on its comparison; Instruction's docstrings
# and its _disassemble() line formatting.
import dis


def f(x):
    for i in x:
        pass


for bad in [1, None, b"d\x00S\x00", "x=1", [1], f]:
    try:
        dis.disassemble(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    dis.dis(lambda: 0, depth="x")
except TypeError as e:
    print("TypeError", e)
dis.dis(lambda: 0, depth=-1)
print(dis._Instruction.opname.__doc__)
print(dis.Instruction.offset.__doc__)
print(dis.Instruction.__doc__)
for ins in dis.get_instructions(f):
    print(repr(ins._disassemble()))
    print(repr(ins._disassemble(0, True, 6)))
