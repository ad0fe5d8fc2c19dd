# PEP 604 unions and PEP 585 generics evaluated at definition time.
from typing import Optional, Union
def f(x: int | None = None, y: list[str] | None = None) -> dict[str, int | float]:
    return {}
print(f.__annotations__)
print(int | None, int | str | None, (int | str) | float, int | int, list[int] | None)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print((int | str).__args__, (int | None) == (None | int), type(int | str))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(list[int], tuple[int, ...], dict[str, tuple[()]], type[object], list[list[int]])
print(list[int].__origin__, list[int].__args__, list[int]([1, 2]), list[int] == list[int], list[int] == list[str])
class Box(list):
    pass
print(Box[int], dict[str, Box])
