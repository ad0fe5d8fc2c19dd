it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
def gen():
    yield "a"
g = gen()
print(next(g), next(g, None))
calls = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(calls), 0)))
print(next(iter("x")))
next(iter([]))
