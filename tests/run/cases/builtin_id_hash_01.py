a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(hash(1) == hash(1.0) == hash(True), hash(0), hash(-1), hash(-2), hash(2 ** 10))
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(hash(1.5) == hash(1.5), hash(frozenset({1})) == hash(frozenset([1])))
print(hash([]))
