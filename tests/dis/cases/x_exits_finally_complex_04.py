def a():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return i
        finally:
            try:
                print("f1")
            finally:
                print("f2")


def b(cm):
    try:
        with cm:
            return 1
    finally:
        with cm:
            print("fin")


def c():
    try:
        try:
            raise ValueError
        except ValueError:
            return "except"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


def d(xs):
    while xs:
        try:
            xs.pop()
        except IndexError:
            break
        else:
            continue
        finally:
            if not xs:
                return "empty"
    return "done"


def e():
    try:
        pass
    finally:
        return
