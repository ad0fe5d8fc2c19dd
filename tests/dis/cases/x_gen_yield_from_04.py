def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing inner")
        raise
    return "inner-done"


def middle():
    r = yield from inner()
    print(r)
    r2 = yield from (x * x for x in range(3))
    return r2


def outer():
    yield from middle()
    yield from [10, 20]
    yield from "ab"
    yield from range(2) if True else ()


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(outer()))
print(list(flatten([1, [2, [3, (4, 5)]], 6])))
