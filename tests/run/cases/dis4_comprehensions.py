# Comprehensions compile to their own code objects: dis recurses into each of them.
import dis


def comps(data):
    squares = [x * x for x in data if x % 2]
    unique = {x for x in data}
    index = {x: i for i, x in enumerate(data)}
    total = sum(x for x in data)
    nested = [[y for y in range(x)] for x in data]
    return squares, unique, index, total, nested


dis.dis(comps)
print(comps([1, 2, 3]))
