class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % num)
        from math import gcd
        g = gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g

    def __add__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Fraction(o) - self

    def __mul__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __pow__(self, n):
        return Fraction(self.num ** n, self.den ** n) if n >= 0 else Fraction(self.den ** -n, self.num ** -n)

    def __eq__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        return self.num * o.den < o.num * self.den

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __round__(self, n=0):
        return round(float(self), n)

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, h ** 2, t ** -2, 1 + h, 1 - h, 2 * t)
print(Fraction(6, -8), Fraction(0, 5), float(t), int(Fraction(7, 2)), round(Fraction(2, 3), 3))
print(sum(Fraction(1, n) for n in range(1, 7)))
print(h == Fraction(2, 4), h == 0.5, sorted([h, t, Fraction(3, 4)]), h > t)
total = Fraction(0)
for i in range(1, 11):
    total += Fraction(1, i * (i + 1))
print(total)
print(h / 0)
