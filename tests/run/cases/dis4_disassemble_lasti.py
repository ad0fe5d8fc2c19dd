# dis.disassemble (and its alias disco) list one code object without recursion; lasti
# marks an instruction with -->.
import dis


def f(x):
    y = [i for i in x]
    return len(y)


dis.disassemble(f.__code__)
print("---")
dis.disassemble(f.__code__, 4)
print("---")
dis.disco(f.__code__, lasti=10)
print("---")
dis.disassemble(f.__code__, lasti=3)
print(dis.disco is dis.disassemble)
