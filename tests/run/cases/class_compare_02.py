class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"R({self.n}).__lt__(R({o.n}))")
        return self.n < o.n
    def __gt__(self, o):
        print(f"R({self.n}).__gt__(R({o.n}))")
        return self.n > o.n
print(R(1) < R(2))
print(R(1) > R(2))
class S(R):
    pass
print(R(1) < S(2))
print(R(1) <= R(2))
