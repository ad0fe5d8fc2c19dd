class Alternative:
    def __init__(self, a, b):
        self.a, self.b = a, b

    @classmethod
    def from_string(cls, s, sep=","):
        a, b = s.split(sep)
        return cls(int(a), int(b))

    @classmethod
    def from_dict(cls, d):
        return cls(d["a"], d["b"])

    @classmethod
    def zero(cls):
        return cls(0, 0)

    @staticmethod
    def is_valid(s):
        return s.count(",") == 1

    def __repr__(self):
        return f"{type(self).__name__}({self.a}, {self.b})"


class Sub(Alternative):
    pass

print(Alternative.from_string("1,2"), Sub.from_string("3;4", sep=";"), Sub.zero())
print(Alternative.from_dict({"a": 5, "b": 6}), Sub.is_valid("1,2"), Sub.is_valid("12"))
print(type(Sub.zero()) is Sub)
inst = Sub(1, 1)
print(inst.from_string("7,8"), inst.zero())
print(Alternative.from_string, Alternative.is_valid)
print(type(Alternative.__dict__["from_string"]).__name__, type(Alternative.__dict__["is_valid"]).__name__)

Sub.from_string("1,2,3")
