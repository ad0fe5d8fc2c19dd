def f():
    while True:
        try:
            x = g()
        except ValueError:
            continue
        if x:
            break
