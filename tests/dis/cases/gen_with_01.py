def gen(lock):
    with lock:
        yield 1
        yield from range(2)
