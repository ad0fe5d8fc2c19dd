# dis.dis of plain functions: arguments, locals, globals, constants, returns.
import dis


def add(a, b=2):
    total = a + b
    return total * 3


def no_return():
    pass


def uses_global():
    return len(GLOBAL_LIST) + max(1, 2)


GLOBAL_LIST = [1, 2, 3]

dis.dis(add)
print("---")
dis.dis(no_return)
print("---")
dis.dis(uses_global)
print(add(1), uses_global())
