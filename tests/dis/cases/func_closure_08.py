def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
def make_adders2():
    return [lambda x: x + i for i in range(3)]
