x = 5
def f(a=x, b=[], c={}):
    return a, b, c
