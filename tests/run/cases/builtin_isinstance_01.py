print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (str, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(isinstance([], list | tuple), isinstance(3, int | None))
try:
    print(issubclass(3, int))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
