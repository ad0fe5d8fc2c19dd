def delegate(g):
    return (yield from g)
