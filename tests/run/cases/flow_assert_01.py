x = 5
assert x == 5
assert x > 0, "positive"
try:
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e))
assert isinstance(x, str), "x must be a str"
