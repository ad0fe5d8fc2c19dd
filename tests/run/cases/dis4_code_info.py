# code_info: names, counts, flags and the constant/name/variable tables of a code object.
import dis


def plain(a, b, /, c, *args, d, e=1, **kw):
    x = a + b
    return x


def make_counter(start):
    count = start

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc


def gen():
    yield 1


async def coro():
    pass


print(dis.code_info(plain))
print()
print(dis.code_info(make_counter))
print()
print(dis.code_info(make_counter(0)))
print()
print(dis.code_info(gen))
print()
print(dis.code_info(coro))
print()
print(dis.code_info("x = 1; y = x"))
print()
print(dis.code_info("a + 1"))
