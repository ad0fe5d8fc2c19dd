class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, len({Key(1), Key(1), Key(3)}))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__, NoHash() == 5)
try:
    s = {NoHash()}
except Exception as e:
    print(f"{type(e).__name__}: {e}")
