def echo():
    received = None
    while True:
        received = yield received
g = echo()
next(g)
print(g.send(1))
