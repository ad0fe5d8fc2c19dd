try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise TypeError("b") from a
except TypeError as b:
    print(repr(b), repr(b.__cause__), repr(b.__context__), b.__suppress_context__)
    print(b.__traceback__ is not None, b.__traceback__.tb_lineno, type(b.__traceback__).__name__)
e = KeyError("x")
print(e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
e2 = e.with_traceback(None)
print(e2 is e)
