def f():
    v = 1
    class A:
        v = v
        def g(self):
            return v
    return A
