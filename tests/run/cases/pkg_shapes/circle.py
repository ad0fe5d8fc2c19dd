from . import _consts
print("load circle")
def area(r):
    return _consts.PI * r * r
