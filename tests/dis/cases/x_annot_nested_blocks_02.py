def f():
    x: int = 1
class C:
    y: int
    def g(self):
        z: str = "z"
try:
    pass
except ImportError:
    w: float
