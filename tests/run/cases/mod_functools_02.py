import functools
class Shape:
    @functools.cached_property
    def area(self):
        print("computing area")
        return 42
s = Shape()
print(s.area, s.area)
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list of " + str(len(x))
print(describe(1), describe([1, 2]), describe("s"), describe(True))
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def named():
    "docstring"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
functools.reduce(lambda a, b: a + b, [])
