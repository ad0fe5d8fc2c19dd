def f(x):
    if x == 0:
        raise
    if x == 1:
        raise ValueError
    if x == 2:
        raise ValueError("two")
    if x == 3:
        raise ValueError("three") from None
    if x == 4:
        raise ValueError from KeyError("k")
    if x == 5:
        raise (TypeError if x else ValueError)(x) from (None if x else x)
    try:
        pass
    except Exception as e:
        raise e.with_traceback(None)


def assertions(x, y):
    assert x
    assert x, "message"
    assert x > y, f"{x} > {y}"
    assert not x, (x,
                   y)
    assert isinstance(x, int) and y
