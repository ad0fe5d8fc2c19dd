from __future__ import braces

def f():
    nonlocal x
