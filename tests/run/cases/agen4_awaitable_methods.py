async def gen():
    try:
        yield 1
    except KeyError:
        yield "after key error"
    yield 3


g = gen()
s = g.__anext__()
print(s.__await__() is s, iter(s) is s)
try:
    next(s)
except StopIteration as e:
    print("next", e.value)
s = g.__anext__()
try:
    s.throw(KeyError)
except StopIteration as e:
    print("throw", e.value)
print(s.close())
try:
    s.send(None)
except RuntimeError as e:
    print(e)
s = g.__anext__()
s.close()
try:
    s.send(None)
except RuntimeError as e:
    print(e)
t = g.aclose()
t.close()
try:
    t.send(None)
except RuntimeError as e:
    print(e)
t = g.aclose()
try:
    t.throw(GeneratorExit)
except StopIteration as e:
    print("aclose via throw", e.value)
print(g.ag_frame)
