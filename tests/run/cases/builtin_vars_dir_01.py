class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(P()), sorted(vars(P).keys())[:2])
print("a" in dir(P()), "cls_attr" in dir(P()), dir(P()) == sorted(dir(P())))
import math
print("sqrt" in dir(math), "pi" in vars(math))
def f():
    local1 = 1
    local2 = 2
    return sorted(dir()), sorted(vars().items())
print(f())
print(vars(5))
