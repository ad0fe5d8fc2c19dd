# When a class call run inline (__init__ a Python function) lets go of its values: the
# value a bad __init__ returns, the instance, the arguments, in CPython 3.10's order.
class V:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self): print("del V", self.tag)
class O:
    def __init__(self):
        return V("ret")
    def __del__(self): print("del O")
try:
    O()
except TypeError as e:
    print("caught", e)
class Q:
    def __init__(self, v):
        del v
        print("in Q")
    def __del__(self): print("del Q")
Q(V("arg"))
print("after Q")
class R:
    def __init__(self, v, w):
        v = None
        raise ValueError("boom")
    def __del__(self): print("del R")
try:
    R(V("a1"), V("a2"))
except ValueError as e:
    print("caught", e)
def inner():
    try:
        R(V("b1"), V("b2"))
    finally:
        print("finally")
try:
    inner()
except ValueError:
    print("caught again")
x = Q(V("kept"))
print("end")
