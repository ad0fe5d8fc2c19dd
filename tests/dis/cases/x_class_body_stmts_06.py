import sys


class Platform:
    if sys.platform == "win32":
        sep = "\\"
    elif sys.platform.startswith("linux"):
        sep = "/"
    else:
        sep = ":"
    names = []
    for n in ("a", "b"):
        names.append(n)
    else:
        del n
    try:
        import json as _json
    except ImportError:
        _json = None
    with open(__file__) as _f:
        _first = _f.readline()
    while names and len(names) > 5:
        names.pop()
    x = y = z = 0
    x += 1
    (a, b), c = (1, 2), 3
    locals()["dyn"] = 1
    squares = {k: k * k for k in range(3)}
    assert squares
    def __repr__(self):
        return f"<{type(self).__name__} {self.sep!r}>"
    lam = staticmethod(lambda: Platform)
