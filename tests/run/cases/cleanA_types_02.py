import types
@types.coroutine
def gen_based():
    x = yield "step"
    return ("got", x)
async def user():
    r = await gen_based()
    return r
c = user()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print("result", e.value)
async def native():
    return 1
print(types.coroutine(native) is native)
class Awaitish:
    def __init__(self):
        self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration(v)
        return self.n
    def throw(self, *a):
        raise a[0]
    def __next__(self):
        return self.send(None)
    def __iter__(self):
        return self
    def close(self):
        pass
@types.coroutine
def wrapper_fn():
    return Awaitish()
w = wrapper_fn()
print(type(w).__name__ != "Awaitish", w.send(None), next(w), hasattr(w, "__await__"))
@types.coroutine
def returns_plain():
    return 7
print(returns_plain())
def plain_gen():
    yield 1
@types.coroutine
def returns_gen():
    return plain_gen()
g = returns_gen()
print(type(g).__name__, list(g.__await__()) if hasattr(g, "__await__") else "no await")
print(returns_gen.__name__, gen_based.__name__)
@types.coroutine
def gen_based2():
    yield
    return "done"
async def main():
    return await gen_based2()
m = main()
m.send(None)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
