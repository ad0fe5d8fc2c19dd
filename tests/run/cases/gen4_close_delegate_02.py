# A sub-generator that ignores GeneratorExit: the RuntimeError raises in the outer one.
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring")

def outer():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("outer sees", e)
        yield "outer yields"

g = outer()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close:", e)

def outer2():
    yield from stubborn()

g = outer2()
next(g)
g.close()
