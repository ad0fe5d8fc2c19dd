def simple_gen():
    yield 1
    yield 2
    yield 3


gen = simple_gen()
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration: the generator is exhausted")
