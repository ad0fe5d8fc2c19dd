class Timer:
    """Context manager that records enter/exit order (no real timing)."""
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Timer.depth += 1
        print("  " * (Timer.depth - 1) + f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * (Timer.depth - 1) + f"exit {self.name} exc={exc_type.__name__ if exc_type else None}")
        Timer.depth -= 1
        return False

with Timer("outer") as t:
    print("inside", t.name)
    with Timer("inner"), Timer("inner2"):
        pass

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print(f"suppressed {et.__name__}: {ev}")
            return True
        return False

with Suppress(ZeroDivisionError):
    1 / 0
print("continues")
try:
    with Timer("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
with Suppress(KeyError) as nothing:
    print("as value:", nothing)
with Timer("last"):
    with Suppress(TypeError):
        {}["missing"]
