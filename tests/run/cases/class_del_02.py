keep = []
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        keep.append(self)
r = Res(1)
del r
print(len(keep), keep[0].n)
keep.clear()
print("cleared")
def f():
    x = Res(2)
    return 5
print(f())
class L(list):
    def __del__(self):
        print("L del", len(self))
l = L([1, 2, 3])
l = 0
items = [Res(3)]
print("built")
items = None
print("end")
