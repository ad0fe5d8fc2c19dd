def f():
    while 1:
        print("spin")
