def make_accumulators():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    def reset():
        nonlocal total
        total = 0
    return add, get, reset
add, get, reset = make_accumulators()
add(5); add(7)
print(get())
reset()
print(get(), add(1), add.__code__.co_freevars)
