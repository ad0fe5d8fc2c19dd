def f(a: "int", /, b: list[int], *, c: "C" = None) -> "R":
    pass
