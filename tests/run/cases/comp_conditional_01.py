nums = range(-5, 6)
print([n for n in nums if n > 0], [abs(n) for n in nums if n % 2], ["neg" if n < 0 else "pos" if n > 0 else "zero" for n in (-1, 0, 1)])
words = ["Apple", "banana", "Cherry", "date"]
print([w.lower() for w in words if w[0].isupper()], {w[0].lower(): w for w in words})
print([c for c in "Hello World" if c.isupper()], [i for i, c in enumerate("banana") if c == "a"])
