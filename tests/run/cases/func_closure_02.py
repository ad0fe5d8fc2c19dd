def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()
print(outer()())
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def counter():
    n = 0
    def get():
        return n
    def set_(v):
        nonlocal n
        n = v
    return get, set_
g, s = counter()
s(42)
print(g())
