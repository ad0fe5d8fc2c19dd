import dis


def gen():
    x = yield 1
    yield x


dis.dis(gen)
