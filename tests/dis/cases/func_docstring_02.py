def f():
    """Only a docstring."""
def g():
    b"bytes are not docstrings"
def h():
    f"{1} f-strings are not docstrings"
