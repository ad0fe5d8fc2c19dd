# Coroutine-style consumers fed with send(), primed by a decorator.
import functools

def primed(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    return start

@primed
def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

a = averager()
for x in (10, 30, 5):
    print(a.send(x))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)

@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@primed
def printer():
    try:
        while True:
            line = yield
            print("match:", line)
    except GeneratorExit:
        print("printer closed")

p = printer()
g = grep("py", p)
for line in ("python", "ruby", "pyco", "rust"):
    g.send(line)
g.close()
p.close()
print(averager.__name__, grep.__wrapped__.__name__)
