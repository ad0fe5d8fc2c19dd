import datetime
class P:
    def __init__(self, x):
        self.x = x
    def __format__(self, spec):
        return f"P<{self.x}:{spec}>"
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P(3)
print(f"{p}", f"{p:abc}", f"{p!r}", f"{p!s}", format(p, "zz"), "{:q}".format(p))
