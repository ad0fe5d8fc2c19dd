def f(*args):
    print(*args, *args)
    return [*args, *range(3)]
