import inspect, pprint
def f(a, b: int = 2, *args, c, d='x', **kw) -> str: pass
def g(x, /, y, *, z=None): yield x
async def h(): pass
class K:
    def __init__(self, n: int, m=3): pass
    def meth(self, q): pass
    async def am(self): pass
print(inspect.signature(f), inspect.signature(g), inspect.signature(K), inspect.signature(K(1).meth), inspect.signature(lambda: 0))
sig = inspect.signature(f)
print(list(sig.parameters), sig.parameters['b'].default, sig.parameters['b'].annotation, sig.parameters['c'].kind, sig.return_annotation)
print(repr(sig.parameters['args']), sig.parameters['d'].default is inspect.Parameter.empty, sig.parameters['a'].default is inspect.Parameter.empty)
b = sig.bind(1, 2, 3, c=4, e=5)
print(b.arguments)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isclass(K), inspect.isgeneratorfunction(g), inspect.isgenerator(g(1, 2)), inspect.iscoroutinefunction(h), inspect.iscoroutinefunction(K.am), inspect.ismethod(K(1).meth), inspect.isbuiltin(len), inspect.isroutine(f))
c = h(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print(inspect.getdoc(K), inspect.cleandoc("""  Hello
    world
      indented
    """))
