# A `yield from` chain: what the levels between look like while the innermost runs.
import sys

gens = {}


def leaf():
    for name in ("a", "b", "c"):
        for lvl, g in sorted(gens.items()):
            print(" ", name, lvl, g.gi_running, g.gi_yieldfrom is None,
                  g.gi_frame.f_lineno, g.gi_frame.f_lasti)
        f = sys._getframe()
        chain = []
        while f.f_code.co_name != "<module>":
            chain.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        print(" ", chain)
        got = yield name
        print("leaf got", got)
    return "leaf-done"


def level(n):
    if n == 0:
        r = yield from leaf()
    else:
        r = yield from level(n - 1)
    print("level", n, "result", r)
    return r + "+" + str(n)


top = level(3)
print("first", next(top))
for lvl, g in sorted(gens.items()):
    print("suspended", lvl, g.gi_running)
cur = top
n = 3
while cur is not None:
    gens[n] = cur
    print(n, type(cur.gi_yieldfrom).__name__, cur.gi_frame.f_lasti, cur.gi_frame.f_lineno)
    cur = cur.gi_yieldfrom
    n -= 1
print("sent", top.send(10))
try:
    top.send(20)
    top.send(30)
except StopIteration as e:
    print("stop", e.value)
print(top.gi_frame, top.gi_running)
