def f(xs):
    for x in xs:
        try:
            x()
        except KeyError as e:
            print(e)
            continue
        except IndexError as e:
            break
        except (TypeError, ValueError) as e:
            return e
        except:
            raise
    return None


def g():
    try:
        return 1
    except Exception as e:
        return 2
    else:
        return 3


def h(x):
    try:
        pass
    except Exception as e:
        try:
            pass
        except Exception as e:
            pass
        print(e)


def k():
    while True:
        try:
            return
        except StopIteration as s:
            continue
