class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self.c) + ">"

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.c[i])
        return self.c[i]

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-x for x in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(x * k for x in self))

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(x / k for x in self))

    def __abs__(self):
        return sum(x * x for x in self) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return any(self.c)

    def __iter__(self):
        return iter(self.c)

    def __contains__(self, x):
        return x in self.c


v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, w / 2, -v)
print(repr(v), str(v), abs(Vector(3, 4)), len(v), v[0], v[-1], v[1:])
print(bool(Vector(0, 0)), bool(v), 2 in v, list(v), v == Vector(1, 2, 3), v != w)
print({v: "a", Vector(1, 2, 3): "b"})
print(sum([v, w], Vector(0, 0, 0)))
print(max(v), sorted(w, reverse=True), tuple(reversed(v)))
try:
    v + Vector(1)
except ValueError as e:
    print(e)
print(v + 1)
