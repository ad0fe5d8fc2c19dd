# COMPILER_FLAG_NAMES and pretty_flags, including unknown and high bits.
import dis

print(dis.COMPILER_FLAG_NAMES)
for flags in [0, 1, 3, 0x43, 0x20, 0x63, 0xA3, 0x200, 0x400, 0x1000 | 0x2,
              0x100000, 1 << 31, 1 << 32, (1 << 40) | 1, 0x3FF]:
    print(hex(flags), "->", dis.pretty_flags(flags))


def f(*a, **k):
    yield


async def g():
    pass


print(dis.pretty_flags(f.__code__.co_flags))
print(dis.pretty_flags(g.__code__.co_flags))
print(dis.pretty_flags(compile("x", "m", "exec").co_flags))
