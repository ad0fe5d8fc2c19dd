e = "module"
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    print(e)
except NameError as err:
    print("e deleted", err)


def f():
    try:
        pass
    except Exception as e:
        def g():
            return e
        return g


def f2():
    try:
        pass
    except Exception as exc:
        exc = None
        return [exc for exc in range(3)]


class C:
    try:
        raise KeyError
    except KeyError as __private:
        print(__private)
