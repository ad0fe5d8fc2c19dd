# ChainMap's | and |= with plain mappings on either side, and named-tuple field reprs.
import collections
P = collections.namedtuple("P", "x y")
print(P.x, P.y, type(P.x).__name__)
cm = collections.ChainMap({1: 2}, {3: 4})
print({0: 1} | cm, cm | {5: 6})
print({1: "a", 3: "b"} | cm)
d = {0: 1}
d |= cm
print(d)
cm2 = collections.ChainMap({1: 2})
cm2 |= {7: 8}
print(cm2, cm2 | cm, cm | cm2)
try:
    cm | 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 | cm
except TypeError as e:
    print("TypeError:", e)
try:
    cm |= 5
except TypeError as e:
    print("TypeError:", e)
class Sub(collections.ChainMap):
    pass
print(type({1: 1} | Sub({2: 2})).__name__)
