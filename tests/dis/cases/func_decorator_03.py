def outer():
    def deco(f):
        return f
    @deco
    def inner():
        return deco
    return inner
