def f(a, b):
    if (a and
            b):
        return 1
    while (a or
           b):
        a = b
