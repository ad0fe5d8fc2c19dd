# len(), tuple() and list.append on built-in and user types, shadowed names, and at the
# recursion limit: the same results however the call is made.
import sys


class L(list):
    def __len__(self):
        return 42

    def __iter__(self):
        return iter([7, 8])

    def append(self, x):
        print("L.append", x)
        super().append(x * 10)


class T(tuple):
    def __len__(self):
        return -1 if False else 99


class D(dict):
    def __len__(self):
        return 5


def show():
    items = [1, 2, 3]
    print(len(items), len((1, 2)), len({1: 2}), len(L([1])), len(T((1,))), len(D()))
    print(tuple(items), tuple(()), tuple(L([1, 2, 3])), type(tuple(T((4,)))).__name__)
    t = (5, 6)
    print(tuple(t) is t)
    items.append(4)
    lst = L()
    lst.append(3)
    list.append(lst, 4)
    print(items, list(lst), lst[:])
    print(len("héllo"), len(b"ab"), len(range(10)), len({1, 2}))
    try:
        len(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        tuple(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        items.append()
    except TypeError as e:
        print("TypeError:", e)
    try:
        [].append(1, 2)
    except TypeError as e:
        print("TypeError:", e)


show()


def shadow():
    len = lambda x: "mine"
    tuple = list
    print(len([1]), tuple((1, 2)))


shadow()
builtins_len = len


def with_global():
    global len
    len = lambda x: "global"
    print(len([1, 2]))
    del len
    print(len([1, 2]))


with_global()


class Appender:
    append = list.append


a = []
Appender.append(a, 1)
m = a.append
m(2)
print(a)


def depth_probe(n, fn):
    try:
        return depth_probe(n + 1, fn)
    except RecursionError:
        try:
            fn()
            return ("ok", n)
        except RecursionError as e:
            return ("RecursionError", str(e))


sys.setrecursionlimit(100)
lst = [1, 2]
print(depth_probe(0, lambda: len(lst)))
print(depth_probe(0, lambda: lst.append(0)))
print(depth_probe(0, lambda: tuple(lst)))
print(len(lst))


# list.clear, on lists, subclasses and through the unbound method.
class C(list):
    def clear(self):
        print("C.clear")
        super().clear()


for obj in ([1, 2], C([3])):
    obj.clear()
    obj.append(5)
    print(obj)
m = [1, 2, 3]
list.clear(m)
clr = m.clear
m.append(4)
clr()
print(m)
try:
    m.clear(1)
except TypeError as e:
    print("TypeError:", e)
print(depth_probe(0, lambda: lst.clear()))
for name in ("copy", "reverse"):
    try:
        getattr(m, name)(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        getattr(m, name)(x=1)
    except TypeError as e:
        print("TypeError:", e)
