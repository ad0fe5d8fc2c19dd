class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
class DefaultDict(dict):
    def __missing__(self, key):
        return f"missing:{key}"
l = LoudList([1])
l.append(2)
l += [3]
print(l, type(l).__name__, len(l), isinstance(l, list))
d = DefaultDict(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(5), MyInt(5) + 1, type(MyInt(5) + 1).__name__)
