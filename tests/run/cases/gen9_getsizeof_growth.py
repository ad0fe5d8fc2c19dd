# sys.getsizeof as scripts compare it, in pointer-size-free terms: a generator's size does
# not depend on its length, a list's does; slots allocated while appending and by a
# comprehension; dict and set table growth steps; str storage per character kind;
# getsizeof's default and __sizeof__ overrides.
import sys

PTR = sys.getsizeof([None]) - sys.getsizeof([])


def slots(lst):
    return (sys.getsizeof(lst) - sys.getsizeof([])) // PTR


def squares(n):
    return (x * x for x in range(n))


print("generator sizes equal:", sys.getsizeof(squares(10)) == sys.getsizeof(squares(10**6)))
print("list bigger:", sys.getsizeof([x * x for x in range(100)]) > sys.getsizeof(squares(100)))
print("genexpr like generator:", sys.getsizeof(squares(3)) == sys.getsizeof((y for y in "ab")))
lst = []
steps = []
for i in range(100):
    lst.append(i)
    steps.append(slots(lst))
print("append slots:", sorted(set(steps)))
print("comprehension slots:", [slots([x for x in range(n)]) for n in (1, 10, 100, 1000, 10000)])
print("list(genexpr):", slots(list(x for x in range(100))))
print("exact:", slots(list(range(10))), slots([0] * 10), slots([None, None]))
print("tuple step:", sys.getsizeof((1, 2)) - sys.getsizeof((1,)) == PTR)
d = {}
dsizes = []
for i in range(50):
    d[i] = i
    dsizes.append(sys.getsizeof(d))
print("dict growth at:", [i + 1 for i in range(1, 50) if dsizes[i] != dsizes[i - 1]])
print("empty dict smaller:", sys.getsizeof({}) < sys.getsizeof({1: 2}))
s = set()
ssizes = []
for i in range(100):
    s.add(i)
    ssizes.append(sys.getsizeof(s))
print("set growth at:", [i + 1 for i in range(1, 100) if ssizes[i] != ssizes[i - 1]])
print("str:", sys.getsizeof("abc") - sys.getsizeof(""), sys.getsizeof("a" * 10) - sys.getsizeof("a"))
print("bytes:", sys.getsizeof(b"abcd") - sys.getsizeof(b""))
print("ints:", sys.getsizeof(2**30) - sys.getsizeof(1), sys.getsizeof(2**60) - sys.getsizeof(1))
print("bool:", sys.getsizeof(True) == sys.getsizeof(1), sys.getsizeof(False) == sys.getsizeof(0))


class Sized:
    def __sizeof__(self):
        return 1000


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return "big"


print("override:", sys.getsizeof(Sized()) - 1000 == sys.getsizeof(Sized()) - Sized().__sizeof__())
print("default:", sys.getsizeof(NotInt(), "fallback"))
for obj in (Negative(), NotInt()):
    try:
        sys.getsizeof(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
