# A generator expression's first iterable fails at once, with the traceback pointing at it.
def broken():
    raise ValueError("source failed")

def make():
    return (x for x in broken())

try:
    make()
except ValueError as e:
    print("caught", e)
data = [1, 2, "three"]
total = sum(x * 2 for x in data if x)
print(total)
print(sum(x + 1 for x in data))
