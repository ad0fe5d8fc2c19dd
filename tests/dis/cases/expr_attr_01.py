import os
def f(obj):
    obj.x = obj.y.z
    del obj.w
    return os.path.join(obj.a, "b")
