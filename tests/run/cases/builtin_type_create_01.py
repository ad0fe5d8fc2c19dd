T = type("T", (), {"x": 1, "hi": lambda self: "hi from T"})
t = T()
print(T.__name__, t.x, t.hi(), type(t).__name__, T.__bases__)
U = type("U", (T,), {})
print(U().hi(), U.__mro__)
print(type(3) == int, type(T) is type)
try:
    type("bad", (), {}, 1)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
