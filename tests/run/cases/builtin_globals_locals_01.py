x = 10
g = globals()
print(g["x"], "g" in g, g is globals(), g["__name__"])
g["created"] = "dynamically"
print(created)
def f(a):
    b = a * 2
    loc = locals()
    return sorted(loc.items())
print(f(3))
class C:
    y = 1
    keys = sorted(k for k in locals() if not k.startswith("__"))
print(C.keys)
