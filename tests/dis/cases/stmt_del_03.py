def f(a):
    (b, c) = a
    del (b, c)
    del [a]
