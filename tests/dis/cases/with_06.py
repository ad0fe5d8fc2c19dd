def f(m):
    with m as o.attr:
        pass
    with m as o[0]:
        pass
