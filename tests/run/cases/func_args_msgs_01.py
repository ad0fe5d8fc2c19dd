def f(a, b, c=1, *, d, e=2):
    pass
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=1, z=1),
    lambda: f(1, 2, d=1, a=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int(x=1),
    lambda: [].append(),
    lambda: (lambda: 0)(1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
