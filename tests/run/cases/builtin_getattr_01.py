class C:
    a = 1
obj = C()
print(getattr(obj, "a"), getattr(obj, "b", "dflt"), hasattr(obj, "a"), hasattr(obj, "b"))
setattr(obj, "b", 2)
print(obj.b, getattr(C, "a"))
delattr(obj, "b")
print(hasattr(obj, "b"))
print(getattr("abc", "upper")(), getattr([], "__len__")())
try:
    getattr(obj, "missing")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
