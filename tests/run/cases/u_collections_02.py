# namedtuple-based records and Counter analytics
from collections import namedtuple, Counter, defaultdict

Sale = namedtuple("Sale", "region product units price")
sales = [
    Sale("north", "widget", 10, 2.5),
    Sale("south", "gadget", 3, 10.0),
    Sale("north", "gadget", 7, 9.5),
    Sale("east", "widget", 12, 2.25),
    Sale("south", "widget", 5, 2.5),
]
revenue = defaultdict(float)
for s in sales:
    revenue[s.region] += s.units * s.price
for region, total in sorted(revenue.items(), key=lambda kv: -kv[1]):
    print(f"{region:<6}{total:>8.2f}")
units = Counter()
for s in sales:
    units[s.product] += s.units
print(units, units.total() if hasattr(units, "total") else sum(units.values()))
best = max(sales, key=lambda s: s.units * s.price)
print(best, best._fields)
Sale2 = namedtuple("Sale2", Sale._fields + ("discount",), defaults=[0.0])
print(Sale2("w", "p", 1, 1.0), Sale2._field_defaults)
print(Sale._make(["x", "y", 1, 2]))
nested = defaultdict(lambda: defaultdict(int))
for s in sales:
    nested[s.region][s.product] += s.units
print({k: dict(v) for k, v in sorted(nested.items())})
c = Counter({"a": 2, "b": -1})
print(+c, -c, list(c.elements()))
print(repr(Counter()), Counter("aab") == Counter("aba"))
try:
    Sale("a", "b", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["ok", "class"])
except Exception as e:
    print(f"{type(e).__name__}: {e}")
