import operator as op
print(op.add(2, 3), op.mul(4, 5), op.sub(9, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(3))
print(op.eq(1, 1), op.lt(1, 2), op.not_(0), op.truth([]), op.contains([1, 2], 2), op.is_(None, None), op.concat("a", "b"))
getter = op.itemgetter(1)
multi = op.itemgetter(0, 2)
print(getter("abc"), multi("abc"), sorted([(1, "b"), (2, "a")], key=getter))
class P:
    def __init__(self, n):
        self.n = n
        self.inner = self if n else None
print(op.attrgetter("n")(P(5)), op.attrgetter("inner.n")(P(7)), op.methodcaller("upper")("hi"), op.methodcaller("split", ",")("a,b"))
x = [1]
print(op.iadd(x, [2]), x, op.index(5), op.getitem({"k": "v"}, "k"), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.inv(0))
