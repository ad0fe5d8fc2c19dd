class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B+" + super().f()
    def g(self):
        return super(B, self).f()
print(B().f(), B().g())
def outside():
    return super().f()
outside()
