class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def from_str(cls, s):
        amount, cur = s.split()
        d, _, c = amount.partition(".")
        return cls(int(d) * 100 + int(c.ljust(2, "0")), cur)

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return None

    def __add__(self, other):
        r = self._check(other)
        if r is NotImplemented:
            return r
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __format__(self, spec):
        value = f"{self.cents / 100:{spec or '.2f'}}"
        return f"{value} {self.currency}"

    def __str__(self):
        return format(self)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    __hash__ = None


a = Money.from_str("12.5 USD")
b = Money(199)
print(a, b, repr(a + b), sum([a, b, Money(1)]))
print(f"{a:>10.1f}|{b}|{a!r}")
print(sorted([a, b, Money(5)]), a > b, a == Money(1250), a != b)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
print(a < 5)
