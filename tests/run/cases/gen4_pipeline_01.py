# Generator pipelines and yield from tree traversal.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6)))
print(list(tree))

def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    return (x for x in it if x % 2 == 0)

pipe = evens(squares(numbers(5)))
print(next(pipe))
print(list(pipe))

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
import itertools
print(list(itertools.islice(itertools.count(), 3)), list(zip("ab", numbers(5))))
