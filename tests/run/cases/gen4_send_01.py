# send() through a yield from chain, and its errors.
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def wrapper():
    result = yield from accumulate()
    print("accumulated", result)
    yield "wrapped"

g = wrapper()
print(next(g))
for x in (1, 2, 3):
    print(g.send(x))
print(g.send(None))
try:
    g.send(1)
except StopIteration as e:
    print("stop", e.value)

g = accumulate()
try:
    g.send(5)
except TypeError as e:
    print(e)
print(g.send(None))
print(g.gi_frame is not None)
g.send("x")
