x = "global"

def show():
    print("show:", x)

def shadow():
    x = "local"
    print("shadow:", x)

def use_global():
    global x
    x = "modified"

show(); shadow(); show(); use_global(); show()

def scopes():
    a = 1
    def level1():
        b = 2
        def level2():
            nonlocal a
            a += b
            return a, b
        return level2
    return level1()

print(scopes()())
print(sorted(k for k in locals().keys() if not k.startswith("__"))[:5])

def gen_funcs():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return fs

print([f() for f in gen_funcs()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i * 10)
    return fs

print([f() for f in late()])

def reads_then_assigns():
    print(x)
    x = 5

reads_then_assigns()
