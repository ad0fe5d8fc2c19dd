# close() from inside the loop body driving the generator.
def inner():
    try:
        for i in range(10):
            yield i
    finally:
        print("inner cleanup")

def outer():
    try:
        yield from inner()
    finally:
        print("outer cleanup")

g = outer()
for v in g:
    print(v)
    if v == 3:
        g.close()
print("after loop")
print(list(g))
