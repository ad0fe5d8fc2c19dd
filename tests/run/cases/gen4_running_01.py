# gi_running and "generator already executing".
def gen():
    print("inside, running:", g.gi_running)
    yield 1
    print("again:", g.gi_running)
    yield 2

g = gen()
print("before:", g.gi_running)
print(next(g))
print("suspended:", g.gi_running)
print(next(g))

def reenter():
    yield next(me)

me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def selfclose():
    me2.close()
    yield

me2 = selfclose()
try:
    next(me2)
except ValueError as e:
    print("ValueError:", e)

def selfsend():
    me3.send(None)
    yield
me3 = selfsend()
next(me3)
