def f(x):
    return x
    print("dead")
    x += 1
