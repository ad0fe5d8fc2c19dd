class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a))
print(len({a, b, a}))
print(a.__eq__(b), a.__ne__(a))
print(Plain.__eq__ is object.__eq__)
