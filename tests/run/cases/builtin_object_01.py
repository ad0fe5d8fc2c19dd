o = object()
print(type(o).__name__, isinstance(o, object), str(o).startswith("<object object at 0x"))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, int.__bases__, bool.__bases__)
print(type(o).__mro__, bool.__mro__)
