def f(obj, key):
    obj.attr = obj[key] = x = 0
    return x
