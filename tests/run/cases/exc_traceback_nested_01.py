def a(n):
    return b(n - 1)
def b(n):
    return c(n * 2)
def c(n):
    items = [1, 2, 3]
    return items[n]
print(a(2))
print(a(5))
