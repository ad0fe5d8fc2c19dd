# Bytecode's repr shows the object it was made from; subclasses show their own name.
import dis


def f():
    pass


print(repr(dis.Bytecode("x = 1")))
print(repr(dis.Bytecode(f)).startswith("Bytecode(<function f at 0x"))


class Mine(dis.Bytecode):
    pass


print(repr(Mine("1 + 1")))
print(repr(dis.Bytecode(f.__code__)).startswith("Bytecode(<code object f at"))
