# Exception groups don't exist in 3.10; errors while raising non-exceptions
try:
    raise "string error"
except TypeError as e:
    print("TypeError:", e)

class NotAnException:
    pass

try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    try:
        raise
    except RuntimeError as e:
        print("RuntimeError:", e)
except Exception as e:
    print("other", e)

try:
    1 / 0
except (ValueError, ZeroDivisionError) as e:
    print(type(e).__name__, e)

def check(n):
    assert n > 0, f"n must be positive, got {n}"
    assert n < 100
    return n

print(check(5))
for v in [-1, 500]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)

try:
    raise StopIteration("manual")
except StopIteration as e:
    print(e.value, e.args)

class MyErr(Exception):
    pass

try:
    raise MyErr from ValueError("root")
except MyErr as e:
    print(repr(e), repr(e.__cause__))
raise MyErr("bye") from KeyError("key root")
