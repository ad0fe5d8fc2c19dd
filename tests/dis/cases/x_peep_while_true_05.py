import random


def loop1():
    while True:
        n = random.random()
        if n > 0.5:
            break
    return n


def loop2():
    while 1:
        pass


def loop3(q):
    while True:
        try:
            v = q.pop()
        except IndexError:
            break
        else:
            if v:
                continue
        finally:
            print("iter")


def loop4():
    i = 0
    while True:
        i += 1
        if i > 10: break
    else:
        print("unreachable else")
    return i


def loop5(x):
    while "nonempty":
        x -= 1
        if x < 0:
            return x
