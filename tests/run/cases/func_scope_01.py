x = "global"
def show():
    print(x)
def shadow():
    x = "local"
    print(x)
show(); shadow(); print(x)
def uses_builtin():
    return len("abc")
len = lambda s: 99
print(uses_builtin())
del len
print(uses_builtin())
print(sorted(k for k in locals() if not k.startswith("__"))[:4])
