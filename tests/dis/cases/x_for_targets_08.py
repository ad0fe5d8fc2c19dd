class O: pass
o = O()
d = {}
l = [0, 0]
for o.attr in range(2): pass
for d["k"] in range(2): pass
for l[0] in range(2): pass
for (a, b) in [(1, 2)]: pass
for [a, (b, c)] in [(1, (2, 3))]: pass
for a, *b in [(1, 2, 3)]: pass
for *a, b in [(1, 2, 3)]: pass
for a, in [(1,)]: pass
for i, (j, k) in enumerate([(1, 2)]): pass
for l[i] in []: pass


def f():
    for x.y[z] in q: pass
    async def g():
        async for a.b in c: pass
        async for (d, *e) in f: pass
