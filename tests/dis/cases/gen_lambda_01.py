f = lambda: (yield)
g = lambda x: (yield x)
