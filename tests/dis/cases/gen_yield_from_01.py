def inner():
    yield 1
    yield 2
    return 3
def outer():
    result = yield from inner()
    yield result
