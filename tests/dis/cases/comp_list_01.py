xs = range(10)
squares = [x * x for x in xs]
