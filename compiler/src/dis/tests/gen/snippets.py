SNIPPETS = {}
SNIPPETS['loops'] = '''
def f(a, b):
    """doc"""
    x = a + b
    x += 1
    for i in range(3):
        if i == 1:
            continue
        if i > 5:
            break
        x *= i
    else:
        x = -1
    while x:
        x -= 1
    return x
'''
SNIPPETS['closures'] = '''
def outer(a, b=2, *args, c: int = 3, **kw) -> list:
    z = 5
    def inner(q=(1, 2)):
        nonlocal z
        z = q
        return a, z
    class K:
        def m(self):
            return z
        w = z
    del a
    return inner, lambda: z
'''
SNIPPETS['fstrings'] = '''
def f(a, b, c, d, e, g):
    return f"{a}{b!r}{c:>3}{d!a:{e}}{g!s}x{a=}"
'''
SNIPPETS['exceptions'] = '''
import os.path as p
from . import rel
from .. import *
try:
    import sys
except (ImportError, ValueError) as e:
    print(e)
except Exception:
    pass
else:
    del sys
finally:
    x = 1
with open("f") as fh, open("g"):
    fh.read()
assert x, "msg"
raise ValueError from None
'''
SNIPPETS['constants'] = '''
a = "it's"
b = 'say "hi"'
c = b'\\xff\\'"'
d = (1e16, 1e-05, 1.2345678901234568e+17, -0.0, 2.5)
e = (1j, 1+2j, -1j, 1.5-0j)
f = 123456789012345678901234567890 ** 2
g = ..., None, True, False
h = x in {1, 2, 3}
i = x in [(1,), ()]
j = "\\u2028 \\x00 é \\U0001F600"
k = [1, 2, 3]
l = {1, 2, 3}
m = {"a": 1, "b": 2}
n = a @ b
a @= b
o = x[1:2:3]
p = -x, +x, ~x, not x
q = x is not y, x not in y
'''
SNIPPETS['gen_async'] = '''
def gen(n):
    yield n
    yield from range(n)
    return [i for i in range(n) if i]
async def co(xs):
    async with xs as y:
        await y
    async for z in xs:
        print(z)
    return {k: v async for k, v in xs}
'''
SNIPPETS['matching'] = '''
match cmd:
    case {"x": 1, **rest}:
        pass
    case [1, 2, *others]:
        pass
    case Point(x=0, y=yy) if yy:
        pass
    case _:
        pass
'''
SNIPPETS['biglines'] = "\n" * 998 + '''
def f(x):
    y = x
    return (y,
            x)
'''
SNIPPETS['extended'] = "def f(x):\n    return [" + ", ".join("x%d" % i for i in range(300)) + "]\n"
SNIPPETS['longjump'] = "def f(x):\n    if x:\n" + "".join("        y%d = x\n" % i for i in range(150)) + "    return x\n"
