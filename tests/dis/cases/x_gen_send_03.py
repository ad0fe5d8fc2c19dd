def coro():
    x = yield
    while x is not None:
        try:
            x = yield x * 2
        except ValueError as e:
            x = yield str(e)
        finally:
            print("step")


def primed(fn):
    def wrapper(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return wrapper


@primed
def accumulate():
    total = 0
    while True:
        value = (yield total)
        if value is None:
            return total
        total += value


c = coro()
next(c)
print(c.send(3), c.throw(ValueError("bad")))
acc = accumulate()
for i in range(5):
    acc.send(i)
try:
    acc.send(None)
except StopIteration as stop:
    print("result", stop.value)
