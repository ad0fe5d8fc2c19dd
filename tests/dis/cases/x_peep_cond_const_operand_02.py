def poll(x, ready, tasks):
    if x or 1:
        ready()
    while x or True:
        if ready():
            break
    if (x, ready):
        pass
    evens = [t for t in tasks if t or 1]
    assert x or "fallback"
    return evens


def tail(x):
    if x and (1, 2):
        x()
    if (x, x): pass
