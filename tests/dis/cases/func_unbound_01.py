def f():
    print(y)
    y = 1
