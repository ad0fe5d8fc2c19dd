a = (lambda: 0, lambda:
     0)
b = (lambda x: x, lambda y: y)
c = (lambda: 1, lambda: 1.0)
d = [[x for x in a], [x for x in b]]
def f(): return (lambda: z, lambda: z)
def g(): z = 1; return (lambda: z, lambda: z)
stats = (max(len(w) for w in words), min(len(w) for w in words))
import collections
counts = collections.defaultdict(lambda: 0); other = collections.defaultdict(lambda: 0)
class K:
    a = property(lambda self: 1); b = property(lambda self: 1)
