def gen():
    x = yield
    y = (yield x) + 1
    print((yield), y)
