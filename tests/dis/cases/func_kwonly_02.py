def f(*, a=1, b, c=[1]):
    return a, b, c
