from __future__ import annotations
x: int = 1
y: dict[str, int]
def f(a: int, b: "str" = "") -> list[int]:
    z: float = 1.0
    return [a]
