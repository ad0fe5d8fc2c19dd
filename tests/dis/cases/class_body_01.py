class C:
    a = 1
    b = a + 1
    print(a, b)
    del a
    for i in range(3):
        pass
    if b:
        c = 2
