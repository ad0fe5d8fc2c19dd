import functools

def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_str = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"calling {func.__name__}({arg_str})")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@log_calls
def add(a, b=0):
    """Add two numbers."""
    return a + b

@repeat(3)
def greet(name):
    return f"hi {name}"

add(2, b=3)
add("x", "y")
print(greet("Ann"))
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(greet.__name__)

@log_calls
@repeat(2)
def shout(s):
    return s.upper()

shout("hey")
add(1, 2, 3)
