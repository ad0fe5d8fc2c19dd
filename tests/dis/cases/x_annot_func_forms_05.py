def f(a: int, /, b: "str" = "x", *args: "tuple", c: float, d: int = 3, **kwargs: dict) -> "ret":
    pass


def g(*, k: list = []) -> None: ...


async def h(x: int) -> [int]:
    pass


lam = lambda x, y=1: x


class K:
    def m(self: "K", other: "K" = None) -> "K":
        return self

    def n(self, __p: int, *, __q: str) -> __R:
        pass


def defaults_and_annots(a: int = 1, b: int = 2, *, c: int = 3, d: int = 4):
    pass


def only_return() -> int:
    return 1


def star_annot(*args: int, **kw: str): pass
