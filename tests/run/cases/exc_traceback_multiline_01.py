def compute(a,
            b,
            c):
    return (a +
            b /
            c)
print(compute(1, 2, 4))
print(compute(1,
              2,
              0))
