def f(xs):
    for x in xs:
        if x > 0:
            if x > 10:
                continue
            print(x)
        elif x < -10:
            break
        else:
            continue


def g(xs):
    i = 0
    while i < len(xs):
        i += 1
        if xs[i]:
            continue
        try:
            if xs[i - 1]:
                continue
        except IndexError:
            continue
        finally:
            print(i)
        break


def h(xs):
    for x in xs:
        for y in x:
            if y:
                break
            continue
        else:
            continue
        break
    else:
        pass
