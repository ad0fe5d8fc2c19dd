def f(x):
    if __debug__:
        print("debug")
    if not __debug__:
        print("optimized")
    return x
