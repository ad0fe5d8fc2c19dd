def f():
    "Docstring."
    return 1
def g():
    """Multi
    line"""
def h():
    x = 1
    "not a docstring"
