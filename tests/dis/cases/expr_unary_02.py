def f(x):
    return not not x, -(-x), ~~x
