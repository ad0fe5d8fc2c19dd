class Swallow:
    def __init__(self, result):
        self.result = result
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, "returns", self.result)
        return self.result
for result in [True, 1, "yes", 0, None]:
    try:
        with Swallow(result):
            raise ValueError("x")
        print("swallowed by", repr(result))
    except ValueError:
        print("propagated with", repr(result))
