import functools

def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco

state = {"n": 0}

@retry(3, (ConnectionError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"try {state['n']}")
    return "connected"

print(flaky())

@retry(2)
def always_fails():
    raise ValueError("nope")

try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

def timer_like(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        wrapper.calls.append(a)
        return fn(*a)
    wrapper.calls = []
    return wrapper

@timer_like
def f(x):
    return x + 1

f(1); f(2)
print(f.calls, f.__wrapped__.__name__, f.__qualname__)

@retry(1, (KeyError,))
def wrong_error():
    raise TypeError("not retried")

wrong_error()
