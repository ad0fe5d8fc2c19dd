class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Even(metaclass=Meta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(bool, Even), issubclass(int, Even))
print(isinstance(1, (str, int)), issubclass(bool, (str, int)))
try:
    print(isinstance(1, "int"))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
