class A:
    x = 1
    def f(self):
        pass
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("__")])
print(vars(b), sorted(k for k in vars(B) if not k.startswith("__")))
print("f" in dir(B), "__init__" in dir(b), "x" in B.__dict__)
