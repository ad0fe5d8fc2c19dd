def f(xs, lock):
    for x in xs:
        with lock:
            if x:
                break
            continue
