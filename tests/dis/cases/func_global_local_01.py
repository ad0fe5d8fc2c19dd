x = 1
def f():
    print(x)
def g():
    x = 2
    print(x)
def h():
    global x
    print(x)
