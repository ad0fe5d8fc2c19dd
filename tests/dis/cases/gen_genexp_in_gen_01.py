def gen(m):
    for row in m:
        yield sum(x for x in row)
    yield from (y for y in m)
