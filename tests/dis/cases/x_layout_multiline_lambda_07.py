key = lambda item: (
    item[1],
    -item[0],
)
handlers = {
    "a": lambda x:
        x + 1,
    "b": lambda x, y=(
        2
    ): x * y,
    "c": (lambda *a, **k:
          (a, k)),
}
nested = lambda x: lambda y: \
    lambda z: x + y + z
print(sorted([(1, 2), (3, 1)], key=key), handlers["b"](2), nested(1)(2)(3))
