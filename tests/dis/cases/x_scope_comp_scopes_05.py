class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, m) for n in names for m in range(2)]
    lookup = {n: i for i, n in enumerate(names)}


def f(xs):
    return [[y for y in range(x)] for x in xs]


def g(xs):
    total = 0
    out = [total := total + x for x in xs]
    return out, total


def h(rows):
    return {k: [v for v in vs if v] for k, vs in rows}


x = [i for i in range(3)]
y = [[i, j] for i in range(2) for j in range(i)]
z = [(lambda: i)() for i in range(2)]
w = [i for i in range(10) if (last := i) > 5]
print(last)
