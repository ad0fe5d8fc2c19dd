def nothing():
    pass
print(nothing())
x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
a = [1, 2, 3]
del a[0], a[-1]
print(a)
class K:
    pass
k = K()
k.attr = 5
del k.attr
print(hasattr(k, "attr"))
