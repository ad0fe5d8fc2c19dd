def gen():
    yield
    yield None
    yield 1, 2
    yield from ()
