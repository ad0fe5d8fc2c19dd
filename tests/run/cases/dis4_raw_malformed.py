# Malformed raw bytecode: dis lists what it can, then raises IndexError where an argument
# indexes past cmp_op or a trailing opcode lacks its argument byte.
import dis

dis.dis(b"\x90\xff" * 3 + b"n\x05")
try:
    dis.dis(b"\x01\x00d\x00k\x09S\x00")
except IndexError as e:
    print("IndexError:", e)
try:
    dis.dis(b"d")
except IndexError as e:
    print("IndexError:", e)
dis.dis(b"\x01")
print(dis.findlabels(b"\x01"), dis.findlabels(bytes(range(256))))
try:
    dis.findlabels(b"d")
except IndexError as e:
    print("IndexError:", e)
try:
    list(dis.get_instructions(compile("x < 1", "c", "eval").co_code))
except TypeError as e:
    print("TypeError:", e)


def f():
    return 1


dis.disassemble(f.__code__, 2 ** 70)
dis.disassemble(f.__code__, 2.0)
dis.disassemble(f.__code__, -7)
print(list(dis.Bytecode(f, first_line=-100)))
print(dis.Bytecode(f, first_line=-100).dis())
