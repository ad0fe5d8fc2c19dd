class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __ior__(self, x):
        self.items.extend(x)
        return self
    def __imul__(self, k):
        self.items *= k
        return self
a = Acc()
alias = a
a += 1
a |= [2, 3]
a *= 2
print(a.items, a is alias)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o2 = o
o += 5
print(o.v, o2.v, o is o2)
