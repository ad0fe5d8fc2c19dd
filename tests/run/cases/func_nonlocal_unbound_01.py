def outer():
    def inner():
        print(value)
    inner()
    value = 1
outer()
