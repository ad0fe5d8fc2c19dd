# gi_frame, gi_code, gi_yieldfrom over a generator's life.
def sub():
    yield "sub"

def gen():
    x = yield 1
    yield from sub()
    return x

g = gen()
print(g.gi_code.co_name, g.gi_code.co_firstlineno, g.gi_code.co_flags & 0x20)
print(g.gi_frame is not None, g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
print(g.gi_yieldfrom)
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(g.send("v"), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
print(g.gi_frame, g.gi_yieldfrom, g.gi_running)
print(g.gi_code.co_name)
