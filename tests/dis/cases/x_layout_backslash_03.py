x = 1 + \
    2 + \
    3
if x > 1 and \
   x < 10:
    y = x \
        * 2
assert x, \
    "message"
with open("a") as a, \
     open("b") as b:
    pass
def f(a,
      b=\
      2): return a + \
    b
import os.path, \
    sys
from os import (path,
                sep as s,
                )
