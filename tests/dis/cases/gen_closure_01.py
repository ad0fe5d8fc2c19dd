def outer(n):
    def gen():
        for i in range(n):
            yield i
    return gen
