# `for` over a generator resumes the generator's frame inside the caller's eval loop:
# everything observable must stay as with next() (state, exceptions, tracebacks).
import sys


def count(n):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
        return "done"
    finally:
        print("count finally", i)


def double(src):
    for x in src:
        yield 2 * x


print([x for x in double(count(3))])
total = 0
for x in double(double(count(4))):
    total += x
print("total", total)

# break leaves the generator suspended; it closes when the last reference dies.
g = count(10)
for x in g:
    if x == 2:
        break
print("after break", x)
del g
print("after del")

# A generator iterating over itself.


def selfish():
    yield 1
    for x in me:
        yield x


me = selfish()
try:
    for x in me:
        print("selfish", x)
except ValueError as e:
    print("ValueError", e)

# StopIteration inside a generator becomes RuntimeError.


def stopper():
    yield 1
    raise StopIteration("early")


try:
    for x in stopper():
        print("stopper", x)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

# Exceptions propagate through the loop with the generator's frames in the traceback.


def failing(n):
    for i in range(n):
        yield i
    1 / 0


def relay(src):
    for x in src:
        yield x + 100


try:
    for x in relay(failing(2)):
        print("got", x)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next

# The exception being handled, seen from inside and outside a generator.


def exc_view():
    yield sys.exc_info()[0]
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise ValueError("outer")
except ValueError:
    for t in exc_view():
        print("inside", t, "outside", sys.exc_info()[0])
print("after", sys.exc_info()[0])

# An exception handled by the caller between items.


def resilient():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("exit")
            raise


for x in resilient():
    try:
        raise TypeError(x)
    except TypeError as e:
        print("caught", e)

# Deep recursion through generators hits the recursion limit cleanly.


def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield "bottom"


print(list(deep(50)))
try:
    for x in deep(100000):
        pass
except RecursionError as e:
    print("RecursionError", e)

# Generators consumed partly by for, partly by next().
it = count(5)
for x in it:
    if x == 1:
        break
print(next(it), list(it))

# A generator whose frame raised is finished.


def once():
    yield 1
    raise KeyError("k")


o = once()
try:
    for x in o:
        pass
except KeyError as e:
    print("KeyError", e, list(o))
