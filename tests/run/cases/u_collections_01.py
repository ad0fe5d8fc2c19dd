from collections import Counter, defaultdict, namedtuple, OrderedDict, ChainMap, deque

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["dog"])
c.update(["cat", "cat"])
c.subtract({"the": 2})
print(sorted(c.items()))
print(Counter("abracadabra").most_common(3))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd), dd[99], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x, y, p[0], isinstance(p, tuple))
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
print(deque("abc", maxlen=2))
print(p.z)
