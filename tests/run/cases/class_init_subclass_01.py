class Shape:
    kinds = []
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.kinds.append((cls.__name__, sides))
class Tri(Shape, sides=3):
    pass
class Sq(Shape, sides=4):
    pass
print(Shape.kinds, Tri.sides, Sq().sides)
