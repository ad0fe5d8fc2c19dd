for n in range(-2, 3):
    print(n if n > 0)
