# Freeing very deep structures must not recurse once per level on the native stack.
x = []
for i in range(1000000):
    x = [x]
del x
print('nested lists freed')

class Node:
    def __init__(self, nxt):
        self.next = nxt

head = None
for i in range(1000000):
    head = Node(head)
head = None
print('linked list freed')

d = {}
for i in range(300000):
    d = {'k': d, 't': (d,)}
d = None
print('nested dicts freed')

def chain(n):
    e = None
    for i in range(n):
        try:
            raise ValueError(i) from e
        except ValueError as err:
            e = err
    return e

e = chain(200000)
print(e.__cause__.args)
del e
print('exception chain freed')
