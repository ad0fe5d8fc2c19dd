def f(x):
    assert (x, "tuple always true")
    assert not x
