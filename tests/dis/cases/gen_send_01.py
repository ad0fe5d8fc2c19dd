def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
