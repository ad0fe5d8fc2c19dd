class Plain:
    pass

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "I am OnlyStr"

class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"Both with {self.v}"

r, s, b = OnlyRepr(), OnlyStr(), Both("x")
print(r, str(r), repr(r))
print(s, str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print(b, repr(b), f"{b}", f"{b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print([b, r], (b,), {"k": b}, {b.v: [r]})
print(str([s]).startswith("[<__main__.OnlyStr object"))
print(repr(Plain).replace("__main__", "M"), str(Plain), Plain.__name__, Plain.__qualname__)
print(repr(Plain()).split(" at ")[0])
print(repr(None), str(None), repr(True), repr(1.0), repr("a\nb"), str("a\nb"))
print(repr([1, "2", 3.0, None, (4,), {5}, {"6": 7}]))
print(repr(b"\x00ab\xff"), repr(bytearray(b"x")), repr(range(1, 5, 2)), repr(slice(1, None)))
print(repr(print), repr(len).split()[0:2], repr(int), repr(type), repr(object()).split(" at")[0])
print(repr(lambda: 0).split(" at")[0], repr(iter([])).split(" at")[0], repr(Ellipsis), repr(NotImplemented))
class BadRepr:
    def __repr__(self):
        return 42
print(BadRepr())
