class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Truthy:
    def __bool__(self):
        return False

print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Truthy()))
x = Sized(2)
if x:
    print("sized truthy")
print([v for v in (0, 1, "", "a", None, Sized(0)) if v] [0:2])
