# Unpacking a tuple or list subclass iterates it (its own __iter__), as CPython's
# UNPACK_SEQUENCE shortcut takes only the exact types; f_lasti of a running frame is live.
import sys


class T(tuple):
    def __iter__(self):
        return iter([7, 8])


class L(list):
    def __iter__(self):
        return iter([5, 6])


a, b = T((1, 2))
print(a, b)
a, b = L([1, 2])
print(a, b)
a, b = (1, 2)
c, d = [3, 4]
print(a, b, c, d)


def position():
    f = sys._getframe()
    first = f.f_lasti
    second = f.f_lasti
    return first < second


print(position())
