def f(xs):
    for x in xs:
        break
        print(x)
    while True:
        continue
        print("never")
