# The tutorial's generator: `x = yield` and send(), listed and then run.
import dis


def gen():
    x = yield 1
    yield x


dis.dis(gen)
g = gen()
print(next(g))
print(g.send("sent"))
for ins in dis.get_instructions(gen):
    if ins.opname in ("GEN_START", "YIELD_VALUE", "YIELD_FROM"):
        print(ins.offset, ins.opname, ins.starts_line)
