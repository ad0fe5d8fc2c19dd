class Shape:
    pass
s = Shape()
s.area()
