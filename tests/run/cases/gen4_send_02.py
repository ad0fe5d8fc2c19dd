# send() argument errors.
def gen():
    yield 1

g = gen()
for call in (lambda: g.send(), lambda: g.send(1, 2), lambda: g.send(value=1),
             lambda: g.close(1), lambda: g.throw()):
    try:
        call()
    except TypeError as e:
        print(e)
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.args)
g.send(None)
