import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())

def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

print(countdown(100))
try:
    countdown(1000)
except RecursionError as e:
    print(type(e).__name__, e)

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)

def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)

print(mutual_even(50), mutual_odd(51))

class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def size(self):
        return 1 + sum(k.size() for k in self.kids)

t = Tree(Tree(), Tree(Tree(), Tree(Tree())))
print(t.size())
try:
    countdown(5000)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
