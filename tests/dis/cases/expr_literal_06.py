def f():
    return {"a": 1, "b": 2, "c": 3}
def g(x):
    return {"a": x, "b": 2, "c": 3}
