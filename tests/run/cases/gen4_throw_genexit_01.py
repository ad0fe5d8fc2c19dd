# throw(GeneratorExit) closes the delegate, then raises GeneratorExit in the outer.
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner closing")
        raise

def outer():
    try:
        yield from inner()
    except GeneratorExit as e:
        print("outer got", type(e).__name__, e.args)
        yield "still alive"

g = outer()
next(g)
print(g.throw(GeneratorExit("custom")))
g.close()
