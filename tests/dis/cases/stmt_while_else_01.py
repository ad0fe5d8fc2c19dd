def f(n):
    while n:
        n -= 1
        if n == 5:
            break
    else:
        print("no break")
    return n
