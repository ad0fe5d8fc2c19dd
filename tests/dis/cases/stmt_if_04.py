def f(a):
    if a:
        pass
    else:
        pass
