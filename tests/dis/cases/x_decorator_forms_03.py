import functools

registry = {}
decorators = [functools.wraps, staticmethod]


def register(name=None, *, overwrite=False):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco


@register()
def one(): pass


@register("two", overwrite=True)
@functools.lru_cache
def two(): pass


@decorators[1]
def three(): pass


@(lambda fn: fn)
def four(): pass


@(d := register("five"))
def five(): pass


@registry.get("one", lambda f: f)
class Six: pass


@register(
    "seven"
)
async def seven(): pass


class Eight:
    @property
    def x(self): return 1

    @x.setter
    def x(self, v): pass

    @x.deleter
    def x(self): pass

    @functools.cached_property
    def y(self): return 2

    @classmethod
    @functools.lru_cache(maxsize=32)
    def z(cls, n): return n
