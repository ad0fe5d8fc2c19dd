class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("incompatible dimensions")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])

    __rmul__ = __mul__

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(width) for x in r) for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a + b)
print(a * b)
print(2 * a)
print(repr(a.transpose()))
print(a * Matrix([[1, 0], [0, 1]]) == a)
print(Matrix([[1, 2, 3]]).shape)
try:
    a + Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
Matrix([[1], [2, 3]])
