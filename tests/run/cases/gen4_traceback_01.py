# Tracebacks through yield from chains and generator frames.
def level3():
    yield 1
    raise ValueError("deep failure")

def level2():
    yield from level3()

def level1():
    result = yield from level2()
    return result

for v in level1():
    print("got", v)
