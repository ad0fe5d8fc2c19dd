class Box:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return bool(self.v)
    def __len__(self):
        return 99
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return "rounded"
    def __abs__(self):
        return "abs"
b = Box(3)
print(bool(b), bool(Box(0)), len(b), int(b), float(b), round(b), abs(b))
print([10, 20, 30, 40][b], bin(b), hex(b), "ab" * Box(2), range(10)[Box(1):Box(4)])
