# close(): GeneratorExit, return values, and "generator ignored GeneratorExit".
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = gen()
next(g)
print(g.close())

def returner():
    try:
        yield
    except GeneratorExit:
        return 5

r = returner()
next(r)
print(r.close())

def converter():
    try:
        yield
    except GeneratorExit:
        raise ValueError("converted")

c = converter()
next(c)
try:
    c.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2

i = ignorer()
next(i)
i.close()
