def f(a: int, b: str = "x", *args: tuple, c: float, **kw: dict) -> bool:
    return True
