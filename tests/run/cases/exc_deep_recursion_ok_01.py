import sys
sys.setrecursionlimit(1090)
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(1050))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(900)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
