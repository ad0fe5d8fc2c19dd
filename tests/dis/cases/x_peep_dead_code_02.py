def f(x):
    return x
    print("dead")
    for i in x:
        yield i


def g(x):
    raise ValueError(x)
    x += 1
    return x


def h(xs):
    for x in xs:
        break
        print(x)
    else:
        return 1
    while xs:
        continue
        xs.pop()
    return 2


def k():
    if 0:
        return 1
    elif 0:
        return 2
    else:
        return 3
    return 4


def m(a):
    while 1:
        if a:
            return a
    print("never")


def n(a):
    while 0:
        print("never")
    else:
        print("always")
    if not 0:
        print("yes")
    if not 1:
        print("no")
    if "":
        print("empty")
    if ():
        pass
    if (1,):
        print("tuple")
