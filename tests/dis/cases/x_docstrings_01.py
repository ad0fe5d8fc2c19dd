"""Module docstring.

With several lines.
"""
x = 1


def f():
    """Function docstring."""
    return 1


def g():
    "single" "concatenated"
    return 2


def h():
    f"not a docstring {x}"
    return 3


def i():
    b"bytes not a docstring"


def j():
    1
    "not first"


def k():
    ("parenthesized docstring")


def l():
    """Doc."""


async def m():
    """Async doc."""
    await x


class C:
    """Class doc."""
    def meth(self):
        '''Method doc.'''


class D:
    x = 1
    """Not a docstring."""


lam = lambda: "lambda string is a const"
