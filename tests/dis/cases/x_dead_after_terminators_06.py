def a():
    return 1
    return 2


def b():
    raise X
    print("dead")
    return


def c(xs):
    for x in xs:
        continue
        print("dead")
    while xs:
        break
        print("dead")


def d():
    try:
        return 1
        print("dead")
    finally:
        pass
    print("dead after finally")


def e():
    with open("f"):
        return
    print("dead after with")


def f():
    if True:
        return 1
    else:
        return 2
    print("dead")


def g():
    while True:
        return
    print("dead after while True")


def h():
    try:
        raise ValueError
    except ValueError:
        raise
    finally:
        return 0
    print("dead")


def i(x):
    assert False, "never"
    print("reachable?")


def j(x):
    if x:
        return
    else:
        raise ValueError
    x = 1
