def outer():
    def inner():
        global x
        x = 1
    x = 2
    return inner
