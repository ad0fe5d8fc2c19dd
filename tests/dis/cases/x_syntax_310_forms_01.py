a, b = [1], [2]
def f():
    return *a, *b
def g():
    yield *a, 1
    x = yield *b, 2
    return x
for x in *a, *b:
    pass
t = *a, *b
[*c] = a
*d, = b
(*e,) = a
p = q, r = s = 1, 2
with (open("a") as fa, open("b") as fb,):
    pass
with (open("a"), open("b")):
    pass
with (open("a"), open("b")) as both:
    pass
with (open("a")) as single:
    pass
with (
    open("a") as x1,
    open("b"),
):
    pass
del (a, b)
a, b = 1, 2
del [a, [b]]
