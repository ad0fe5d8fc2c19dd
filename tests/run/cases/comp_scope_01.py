x = "outer"
vals = [x for x in range(3)]
print(x, vals)
n = 10
print([n + i for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class C:
    y = 5
    z = [y * 2 for _ in range(2)] if False else None
print(C.z)
