def check(a, b, c, d):
    if (a and
            b or
            c):
        return 1
    elif (not a
          and not b):
        return 2
    while (a <
           b <=
           c):
        a += 1
    return (a
            if b
            else c)


def long_bool(x):
    return (x is not None
            and x > 0
            and x < 100
            or x == -1
            and not isinstance(x, bool))
