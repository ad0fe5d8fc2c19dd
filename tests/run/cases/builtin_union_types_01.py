# PEP 604 unions of types: repr, equality, flattening, isinstance/issubclass.
print(int | str, int | None, None | int, type(int | str), (int | str) | float, int | int)
print(isinstance(3, int | None), isinstance("", int | None), issubclass(bool, int | str))
print((int | str) == (str | int), (int | str).__args__, isinstance(None, int | None))
class A:
    pass
print(A | None, list[int] | None)
try:
    int | 3
except TypeError as e:
    print(e)
try:
    issubclass(3, int | str)
except TypeError as e:
    print(e)
