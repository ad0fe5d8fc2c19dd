class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressing", t.__name__, v)
            return True
        return False
with Suppress(KeyError):
    {}["k"]
print("continued")
with Suppress(KeyError):
    [][0]
print("unreachable")
