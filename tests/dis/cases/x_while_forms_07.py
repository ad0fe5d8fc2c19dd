def a(x):
    while x:
        x -= 1
    else:
        return "else"


def b(x):
    while not x:
        x += 1


def c(x, y):
    while x and y:
        x -= 1
    while x or y:
        y -= 1
    while x < y:
        y -= 1
    while x is not None:
        x = None
    while x in y:
        break


def d():
    while None:
        pass
    while 0.0:
        pass
    while "":
        pass
    while 1.5:
        break
    while "x":
        break
    while (1,):
        break


def e(it):
    while (v := next(it, None)) is not None:
        print(v)
