def f(items, ctx):
    for i in items:
        with ctx:
            if i == 1:
                continue
            if i == 2:
                break
            with ctx as c:
                if c:
                    continue
                else:
                    break
    else:
        return "done"
    return "broken"


def g(ctx):
    while True:
        with ctx:
            try:
                break
            finally:
                print("fin")
