class Tracked:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = Tracked(1)
b = Tracked(2)
del a
print("after del a")
b = None
print("after b=None")
c = Tracked(3)
c = Tracked(4)
print("replaced")
del c
print("end")
