try:
    try:
        {}["key"]
    except KeyError as e:
        raise AttributeError("attr") from None
except AttributeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
f()
