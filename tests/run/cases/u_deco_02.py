# Class-based decorators, decorators with state, validating decorators
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CountCalls
def hello(name):
    return "Hello " + name

print(hello("a"), hello("b"), hello.calls)
print(type(hello).__name__)

def type_check(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f"argument {i} of {fn.__name__}() must be {t.__name__}, not {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@type_check(int, int)
def mul(a, b):
    return a * b

print(mul(3, 4))
try:
    mul(3, "4")
except TypeError as e:
    print("TypeError:", e)

registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco

@register()
def alpha(): return "A"
@register("b")
def beta(): return "B"
print(sorted(registry), registry["b"](), alpha())

def singleton(cls):
    instances = {}
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self):
        print("init config")

print(Config() is Config())
print(hello.__name__)
