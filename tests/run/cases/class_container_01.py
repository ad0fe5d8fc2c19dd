class Bag:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
    def __len__(self):
        return len(self.d)
b = Bag()
b["x"] = 1
b[1, 2] = "tuple key"
print(b["x"], b[1, 2], "x" in b, "y" not in b, len(b))
del b["x"]
print(len(b))
print(b["x"])
