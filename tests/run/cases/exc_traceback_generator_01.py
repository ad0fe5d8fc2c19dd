def numbers():
    yield 1
    yield 2
    raise StopIteration if False else IndexError("generator failed")
for n in numbers():
    print(n)
