from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __repr__(self):
        return f"Temp({self.deg})"
    def __str__(self):
        return f"{self.deg}°"

class Reading:
    def __init__(self, temps):
        self.temps = temps
    def __repr__(self):
        return f"Reading({self.temps!r})"
    def __str__(self):
        return "Reading: " + ", ".join(str(t) for t in self.temps)

rd = Reading([Temp(20), Temp(22.5)])
print(rd)
print(repr(rd))
print([rd])
print(OrderedDict(a=1), defaultdict(int, {"x": 1}), Counter("aab"), deque([1, 2]))
print(namedtuple("P", "x y")(1, Temp(3)))
print(repr(1e100), repr(-0.0), repr(1e-10), repr(float("inf")), repr(2 ** 70), repr(10 ** 20 * 1.0))
print(str(3 + 4j), repr(complex(0, -1)), repr(1 + 0j))
print(repr("quote's"), repr("\\"), repr("\t\x07\u00e9\u2603"), ascii("é☃"))
print(repr(frozenset()), repr(set()), repr({}), repr(()), repr((1,)), repr([]))
nested = [1, [2, [3, [4]]]]
nested[1][1][1].append(nested)
print(nested)
d = {"self": None}
d["self"] = d
print(d)
class Broken:
    def __str__(self):
        raise RuntimeError("str failed")
print(repr(Broken()).split(" at ")[0])
print(Broken())
