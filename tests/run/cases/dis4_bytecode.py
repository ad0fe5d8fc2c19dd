# dis.Bytecode: iteration, first_line, codeobj, repr, dis() and info().
import dis


def f(x):
    total = 0
    for i in range(x):
        total += i
    return total


bc = dis.Bytecode(f)
print(bc.first_line, bc.codeobj is f.__code__, bc.current_offset)
for ins in bc:
    print(ins.opname, ins.argrepr, ins.starts_line)
print(bc.dis(), end="")
print(bc.info())
shifted = dis.Bytecode(f, first_line=1)
print(shifted.first_line)
print(shifted.dis(), end="")
print([i.starts_line for i in shifted if i.starts_line is not None])
marked = dis.Bytecode(f, current_offset=8)
print(marked.dis(), end="")
big = dis.Bytecode(f, first_line=1500)
print(big.dis(), end="")
src = dis.Bytecode("a = b + 1")
print(src.dis(), end="")
print(len(list(src)), len(list(src)))
