# Iterating a deque that changes raises RuntimeError (CPython's state counter), and which
# operations count as changes.
import collections
ops = {
 "append": lambda q: q.append(9), "appendleft": lambda q: q.appendleft(9), "pop": lambda q: q.pop(),
 "popleft": lambda q: q.popleft(), "clear": lambda q: q.clear(), "rotate": lambda q: q.rotate(1),
 "rotate0": lambda q: q.rotate(0), "reverse": lambda q: q.reverse(), "insert": lambda q: q.insert(1, 9),
 "remove": lambda q: q.remove(2), "extend": lambda q: q.extend([7]), "extend0": lambda q: q.extend([]),
 "setitem": lambda q: q.__setitem__(0, 5), "delitem": lambda q: q.__delitem__(1),
 "iadd": lambda q: q.__iadd__([1]), "imul": lambda q: q.__imul__(2), "imul1": lambda q: q.__imul__(1),
 "count": lambda q: q.count(1), "copy": lambda q: q.copy(), "index": lambda q: q.index(1),
}
for name, op in ops.items():
    q = collections.deque([1, 2, 3, 4])
    it = iter(q)
    next(it)
    op(q)
    try:
        print(name, list(it))
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
q = collections.deque([1, 2, 3])
it = iter(q)
print(type(it).__name__, type(it).__module__ if hasattr(type(it), "__module__") else "", it.__length_hint__())
print(type(reversed(q)).__name__, list(reversed(q)))
r = reversed(q); next(r); q.append(0)
try:
    next(r)
except RuntimeError as e:
    print("reversed:", e)
q = collections.deque([1, 2, 3])
for x in q:
    pass
print(list(it), next(it, "end"))
q = collections.deque(range(5), maxlen=3)
it = iter(q); q.append(10)
try: next(it)
except RuntimeError as e: print("maxlen:", e)
