class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
with CM("a") as a, CM("b") as b:
    print("body", a, b)
try:
    with CM("x") as x, CM("y", fail=True) as y:
        print("unreachable")
except RuntimeError as e:
    print("caught", e)
