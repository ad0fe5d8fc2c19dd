# close() closes the sub-generator first, then raises GeneratorExit in the outer one.
def inner(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("finally", name)

def outer():
    try:
        yield from inner("a")
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print(g.gi_frame, g.gi_yieldfrom)
g.close()

def chain():
    yield from outer()

g = chain()
print(next(g))
g.close()
print("closed chain")
