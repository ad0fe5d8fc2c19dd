from contextlib import ExitStack, suppress, nullcontext

with open("a") as a, open("b") as b, \
     open("c") as c:
    pass

with (nullcontext(1) as one):
    print(one)

with suppress(KeyError), suppress(IndexError):
    {}["x"]

with ExitStack() as stack:
    files = [stack.enter_context(open(f)) for f in ("a", "b")]

with nullcontext() as (x, y), nullcontext() as z[0], nullcontext() as o.attr:
    pass

def f():
    with nullcontext():
        with nullcontext() as n:
            with nullcontext(): return n
