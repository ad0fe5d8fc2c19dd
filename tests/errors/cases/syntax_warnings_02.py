def check(n):
    if n is 0:
        return "zero"
    return [1, 2] [0, 1]

return check
