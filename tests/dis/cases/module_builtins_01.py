print(len([]), abs(-1), isinstance(1, int))
x = __file__
