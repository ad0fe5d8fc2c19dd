def f():
    while False:
        print("never")
    while 0:
        print("never")
    return 1
