def gen():
    yield 1
    return "retval"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def bad_gen():
    yield 1
    raise StopIteration("inside")
for x in bad_gen():
    print(x)
