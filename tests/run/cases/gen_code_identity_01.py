# gi_code / cr_code / ag_code are the function's own code object.
def gen():
    yield 1

async def coro():
    return 2

async def agen():
    yield 3

g, c, a = gen(), coro(), agen()
print(g.gi_code is gen.__code__, g.gi_code is g.gi_code)
print(c.cr_code is coro.__code__)
print(a.ag_code is agen.__code__)
print(g.gi_code.co_name, c.cr_code.co_name, a.ag_code.co_name)
c.close()
