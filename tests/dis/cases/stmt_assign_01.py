a = 1
b = c = d = a
e, f = g = h = (1, 2)
