def f(a, b):
    with a:
        with b:
            return 1
