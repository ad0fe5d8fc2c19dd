def f(xs, target):
    for x in xs:
        if x == target:
            print("found")
            break
    else:
        print("not found")
