def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"


def pick(a, b, c):
    x = (a if b else c) if (b if c else a) else (c if a else b)
    y = [v if v else -v for v in (a, b, c) if (v if a else not v)]
    z = {k: (1 if k else 0) for k in (a, b)}
    return x, y, z, (lambda q: q if q else None)(a)


print(classify(5), pick(1, 0, 2))
