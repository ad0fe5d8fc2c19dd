# Mapping patterns: key lookups through get(), **rest, duplicates, custom mappings.
import collections.abc

class LoudDict(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

class Frozen(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

class K:
    a = "a"
    b = "a"

def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {1: one, 2.5: _}:
            return f"numeric keys {one}"
        case {K.a: v1, **others}:
            return f"K.a -> {v1}, others={others}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": "red", "z": 0},
          {"a": 5, "b": 6}, {"q": 1}, {1.0: "x", 2.5: 0}, LoudDict(type="circle", r=1), Frozen(a=1, z=2), [], "a"]:
    print(m(v))

def dup(v):
    match v:
        case {K.a: _, K.b: _}:
            return "yes"
    return "no"

try:
    dup({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)

def rest_only(v):
    match v:
        case {**rest}:
            return rest
print(rest_only({"x": 1}), rest_only(Frozen(y=2)), rest_only(3))

class NoGet(collections.abc.Mapping):
    __getitem__ = __iter__ = __len__ = None
    get = property(lambda self: (_ for _ in ()).throw(AttributeError("no get")))
try:
    match NoGet():
        case {"a": 1}:
            pass
except Exception as e:
    print(type(e).__name__, e)
