# The eval loop caches attribute lookups per instruction: each change below must be seen
# by the same instructions on their next run.


class A:
    kind = "class"

    def m(self):
        return "A.m"


class B(A):
    pass


def get(o):
    return o.kind


def call(o):
    return o.m()


def put(o, v):
    o.x = v
    return o.x


a, b = A(), B()
for _ in range(3):
    print(get(a), get(b), call(a), call(b), put(a, 1), put(b, 2))

# Instance attributes shadow class attributes (and methods) once set.
b.kind = "instance"
b.m = lambda: "instance m"
print(get(a), get(b), call(a), call(b))
del b.kind, b.m
print(get(b), call(b))

# Replacing class attributes, on the class or a base.
A.kind = "changed"
A.m = lambda self: "new A.m"
print(get(a), get(b), call(a), call(b))
B.m = lambda self: "B.m"
print(call(a), call(b))
del B.m
print(call(b))

# A property added later takes over reads and writes.
A.x = property(lambda self: "prop", lambda self, v: print("set", v))
print(put(a, 5), put(b, 6))
del A.x
print(put(a, 7), put(b, 8))


# __getattr__ / __getattribute__ / __setattr__ added to a base after instances were seen.
def ga(self, name):
    return "missing " + name


A.__getattr__ = ga
print(get(a), getattr(a, "nope"))


def gab(self, name):
    return "always " + name


A.__getattribute__ = gab
print(get(a), get(b), put.__name__)
del A.__getattribute__
del A.__getattr__


def sa(self, name, v):
    print("setattr", name, v)
    object.__setattr__(self, name, v * 10)


A.__setattr__ = sa
print(put(a, 3), put(b, 4))
del A.__setattr__
print(put(a, 3), put(b, 4))


# Many classes through one instruction.
classes = [type("K%d" % i, (), {"kind": i, "m": lambda self, i=i: i * 2}) for i in range(5)]
for k in classes * 2:
    o = k()
    print(get(o), call(o), put(o, k.__name__), end=" | ")
print()

# __slots__ classes: no dict, stores go through the descriptors.


class S:
    __slots__ = ("x",)


s = S()
print(put(s, 9), put(s, 10))
try:
    s.y = 1
except AttributeError as e:
    print(e)


# Functions grow a __dict__ on the first store.
def f():
    pass


print(put(f, 11), put(f, 12), f.__dict__)

# A data descriptor class defined in Python.


class D:
    def __get__(self, obj, cls):
        return "D.get"

    def __set__(self, obj, v):
        print("D.set", v)


class E:
    x = D()
    kind = D()


e = E()
print(put(e, 1), get(e))
e.__dict__["x"] = "dict wins?"
print(put(e, 2), e.__dict__)
del D.__set__
print(get(e), put(e, 3), e.__dict__)

# Missing attributes still raise with the usual message.
try:
    get(object())
except AttributeError as err:
    print(err)
try:
    call(1)
except AttributeError as err:
    print(err)
