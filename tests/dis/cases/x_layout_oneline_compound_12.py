def f(x):
    if x: return 1
    elif x is None: return 2
    else: return 3


def g(xs):
    for x in xs: yield x
    while xs: xs.pop()
    with open("f") as h: return h
    try: return 1
    except: pass


class C: pass
class D(C): x = 1
if True: pass
if False: pass
else: x = 1
async def h():
    async with a: pass
    async for b in c: print(b)
