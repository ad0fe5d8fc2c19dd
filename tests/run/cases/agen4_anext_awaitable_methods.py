async def gen():
    try:
        yield 1
    except ValueError:
        yield "handled"


g = gen()
aw = anext(g, "dflt")
print(type(aw).__name__, iter(aw) is aw)
try:
    aw.send(None)
except StopIteration as e:
    print("send", e.value)
aw = anext(g, "dflt")
try:
    aw.throw(ValueError)
except TypeError as e:
    print("TypeError", e)
except StopIteration as e:
    print("throw", e.value)
aw = anext(g, "dflt")
try:
    next(aw)
except StopIteration as e:
    print("next", e.value)
aw = anext(g, "dflt")
try:
    next(aw)
except StopIteration as e:
    print("exhausted ->", e.value)
