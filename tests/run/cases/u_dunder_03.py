# Container protocols: a sparse list and a case-insensitive dict
class SparseList:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseList index out of range")
        return i

    def __getitem__(self, i):
        return self.data.get(self._index(i), self.default)

    def __setitem__(self, i, v):
        i = self._index(i)
        if v == self.default:
            self.data.pop(i, None)
        else:
            self.data[i] = v

    def __delitem__(self, i):
        self.data.pop(self._index(i), None)

    def __len__(self):
        return self.size

    def __repr__(self):
        return f"SparseList({[self[i] for i in range(self.size)]})"


class CIDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())

    def __missing__(self, k):
        raise KeyError(f"no header {k!r}")


s = SparseList(6)
s[1] = 5
s[-1] = 9
s[2] = 0
print(s, len(s), s.data, list(s))
del s[1]
print(s)
for bad in ["x", 10]:
    try:
        s[bad]
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
h = CIDict()
h["Content-Type"] = "text/html"
print(h["CONTENT-TYPE"], "content-type" in h, h)
print(h.get("Content-Type"), dict.get(h, "content-type"))
print(h["Accept"])
