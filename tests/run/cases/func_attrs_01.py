def f(a, b: int = 2, *c, d: str = "x", **e) -> list:
    """Doc string here."""
    return []
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
f.custom = 5
print(f.custom, f.__dict__)
class C:
    def m(self):
        pass
print(C.m.__qualname__, C().m.__func__ is C.m, C().m.__self__.__class__.__name__)
