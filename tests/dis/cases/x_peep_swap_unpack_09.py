def f(a, b, c, d):
    a, b = b, a
    a, b, c = c, b, a
    a, b, c, d = d, c, b, a
    (a, b), c = (c, a), b
    a, *b = c, d
    [a, b] = [b, a]
    a, b = 1, 2
    a, = b,
    () = ()
    [] = []
    x = y = a, b
    return a, b, c, d, x, y


a = b = c = 0
a, b = b, a
a.x, b[0] = b[0], a.x
