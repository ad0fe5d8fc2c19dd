def f(a, i):
    a[
        i
    ] = a[
        i + 1
    ]
