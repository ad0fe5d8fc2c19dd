e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)), repr(OSError("No file")), str(OSError("disk", "full")))
class MyErr(Exception):
    pass
print(repr(MyErr("x", 1)), str(MyErr()), MyErr.__module__, MyErr.__mro__[1].__name__)
