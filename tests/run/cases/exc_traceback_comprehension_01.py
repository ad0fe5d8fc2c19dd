def check(x):
    if x > 2:
        raise ValueError(f"too big: {x}")
    return x
print([check(v) for v in range(3)])
print([check(v) for v in range(5)])
