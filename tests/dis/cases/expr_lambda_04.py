f = lambda *args: args
g = lambda **kw: kw
h = lambda a, /, b: a + b
