def f(path):
    with open(path) as fp:
        return fp.read()
