def accumulate():
    total = 0
    results = []
    def add(n):
        nonlocal total
        for i in range(n):
            try:
                total += i
            finally:
                if total > 100:
                    break
        else:
            total = -total
        return total
    for k in range(5):
        results.append(add(k))
    return results, total


def cell_in_loop():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    j = 0
    while j < 3:
        funcs.append(lambda: j)
        j += 1
    return funcs


def del_cell():
    x = 1
    def g():
        return x
    del x
    return g
