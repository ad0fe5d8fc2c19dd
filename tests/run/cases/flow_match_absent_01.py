def describe(x):
    if isinstance(x, int) and x > 0:
        return "positive int"
    if isinstance(x, (list, tuple)) and len(x) == 2:
        return "pair"
    return "other"
for v in [3, -1, [1, 2], (1,), "s"]:
    print(v, describe(v))
