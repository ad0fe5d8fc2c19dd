def gen():
    yield 1
    return
def gen2():
    if False:
        yield
    return 5
