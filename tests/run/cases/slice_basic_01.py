s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(20))
print(data[s], data[slice(3)], "abcdef"[slice(None, None, -2)])
print(s.indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
class Seq:
    def __getitem__(self, k):
        return k
q = Seq()
print(q[1:2], q[::3], q[1, 2], q[1:2, ::], q[...])
