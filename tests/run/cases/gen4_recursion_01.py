# A deep yield-from chain hits the recursion limit as CPython does.
def chain(n):
    if n == 0:
        yield "bottom"
        return "r"
    r = yield from chain(n - 1)
    return r

g = chain(500)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
try:
    next(chain(100000))
except RecursionError as e:
    print("RecursionError:", e)
print(list(chain(200)))
