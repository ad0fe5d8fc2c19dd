def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
print("after break")
g = gen()
print(next(g))
del g
print("after del")
