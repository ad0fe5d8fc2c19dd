from collections.abc import Iterable, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Iterator, Generator

for obj in [[1], (1,), "s", {1: 2}, {1}, 5, len, (x for x in []), iter([])]:
    kinds = [abc.__name__ for abc in (Iterable, Sequence, Mapping, Callable, Hashable, Sized, Iterator, Generator) if isinstance(obj, abc)]
    print(type(obj).__name__, kinds)

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry()
r["x"] = 1
r.update(y=2, z=3)
print(dict(r), r.get("q", 0), "y" in r, list(r.keys()), list(r.items()))
print(r.pop("x"), r.setdefault("w", 9), len(r))
class MySeq(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 10
    def __len__(self):
        return self.n
s = MySeq(4)
print(list(s), s.index(20), s.count(10), 30 in s, list(reversed(s)))
class Incomplete(Mapping):
    def __getitem__(self, k):
        return k
Incomplete()
