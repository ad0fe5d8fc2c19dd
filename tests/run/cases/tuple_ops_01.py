t = (3, 1, 2)
print(sorted(t), tuple(sorted(t)), t + (4,), t * 2, t[::-1], len(t), max(t))
a, b, c = t
print(a, b, c, t.index(2), t.count(1))
nested = ((1, 2), (3, 4))
print([x + y for x, y in nested], dict(nested), tuple(map(sum, nested)))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"))
single = 5,
print(single, type(single).__name__, tuple("ab") + tuple([1]))
