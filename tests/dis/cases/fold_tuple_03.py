def f(x):
    for i in [1, 2, 3]:
        print(i)
    for j in {7, 8}:
        print(j)
