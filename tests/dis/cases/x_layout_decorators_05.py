import functools


def deco(*args, **kwargs):
    def wrap(f):
        return f
    return wrap


@deco
@deco(
    1,
    2,
)
@functools.lru_cache(maxsize=None)
def f(
    a,
    b=1,
    *args,
    c,
    d=(
        2
    ),
    **kwargs
):
    return a


@deco(
    key=lambda x:
        x + 1
)
class C(
    object,
    metaclass=type,
):
    @property
    def p(self): return 1

    @p.setter
    def p(self, value): pass

    @staticmethod
    @deco()
    async def s(): pass


@(lambda f: f)
def g(): pass


@deco[0] if False else deco
def h(): pass
