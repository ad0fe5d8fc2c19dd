def f():
    try:
        try:
            return 1
        finally:
            try:
                return 2
            finally:
                print("inner")
    finally:
        print("outer")


def g(x):
    try:
        x()
    except TypeError:
        try:
            x(1)
        except TypeError as e:
            raise RuntimeError("no") from e
        else:
            return "one"
    except (ValueError, KeyError) as e:
        return str(e)
    except BaseException:
        raise
    else:
        return "zero"
    finally:
        del x


