# throw() into a generator that a for loop is driving (resumed inline by FOR_ITER).
def inner():
    for i in range(5):
        try:
            yield i
        except ZeroDivisionError:
            print("inner handles at", i)
            yield -i

def outer():
    yield from inner()

g = outer()
for v in g:
    print("loop", v)
    if v == 2:
        print("throw gave", g.throw(ZeroDivisionError))
print("finished", g.gi_frame)
