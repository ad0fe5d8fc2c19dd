first, *rest = range(10)
*init, last = range(10)
a, *b, c, d = range(10)
