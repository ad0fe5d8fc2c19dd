# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def stopper():
    yield 1
    raise StopIteration("inner stop")

g = stopper()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppressed:", e.__suppress_context__)

def next_of_empty():
    yield next(iter([]))

try:
    list(next_of_empty())
except RuntimeError as e:
    print(e)

def sub():
    raise StopIteration
    yield

def outer():
    yield from sub()

try:
    next(outer())
except RuntimeError as e:
    print("via yield from:", e)
print(list(x for x in [1, 2]))
next(stopper())
list(stopper())
