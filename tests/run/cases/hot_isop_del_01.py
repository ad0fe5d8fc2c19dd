import sys, warnings
class D:
    def __del__(self):
        print("del at line", sys._getframe(1).f_lineno)
def make():
    return D()
def f():
    if make() is None:
        print("none")
    if (make()
            is not None):
        print("not none")
    x = None
    for i in range(3):
        if x is None:
            x = i
    print(x)
    async def c(): pass
    if c() is None:
        pass
    print("end")
f()
