def gen(xs):
    for x in xs:
        if x:
            yield x
    return "done"
