def f(a, b):
    with a:
        with b as (x, y):
            return x + y
