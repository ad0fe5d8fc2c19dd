print(*[1, 2, 3], sep="-")
print(*"ab", *range(2))
print([*range(3), *"xy"], (*[1], 2), {*[1, 2], *(2, 3)})
print({**{"a": 1}, "b": 2, **dict(c=3)})
def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, kw)
print(f(*[1, 2]), f(*(1, 2, 3, 4)), f(1, *[2], **{"c": 5, "d": 6}))
