# Generator functions and generator objects: GEN_START, YIELD_VALUE, YIELD_FROM.
import dis


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def echo():
    value = yield "ready"
    while True:
        value = yield value


def delegate():
    result = yield from countdown(2)
    yield result


print("function:")
dis.dis(countdown)
print("generator object:")
g = echo()
dis.dis(g)
print("fresh generator, then after one next():")
d = delegate()
dis.dis(d)
print(next(d))
dis.dis(d)
print(list(countdown(3)))
