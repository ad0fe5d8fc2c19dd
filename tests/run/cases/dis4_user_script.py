# A user-style script: dis under redirect_stdout, opcode counts, opcode module lookups.
import dis, contextlib, io
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    dis.dis(fib)
print(buf.getvalue().count("\n"))
ops = {}
for ins in dis.Bytecode(fib):
    ops[ins.opname] = ops.get(ins.opname, 0) + 1
print(sorted(ops.items()))
print(max(dis.get_instructions(fib), key=lambda i: i.offset))
print([i.opname for i in dis.get_instructions("[x for x in y]")])
print(dis.Bytecode(fib).codeobj.co_name)
print(set(dis.opmap) >= {"LOAD_FAST", "YIELD_FROM", "GET_AWAITABLE"})
import opcode
print(opcode.opname[opcode.opmap["GET_AWAITABLE"]], opcode.HAVE_ARGUMENT)
class Node:
    def __init__(self, v, kids=()): self.v, self.kids = v, kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
dis.dis(Node.walk)
print(list(Node(1, [Node(2), Node(3, [Node(4)])]).walk()))
