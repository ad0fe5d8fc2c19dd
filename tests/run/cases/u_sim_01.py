import random

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(round(random.random(), 6), round(random.uniform(10, 20), 6))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5])
print(random.choice(deck), random.sample(range(100), 5))
print(random.choices(["red", "green", "blue"], weights=[5, 1, 1], k=8))
print(random.randrange(0, 100, 5), random.getrandbits(16))
random.seed(1)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
counts = {s: rolls.count(s) for s in range(2, 13)}
for s, c in counts.items():
    print(f"{s:2d} {c:4d} {'*' * (c // 10)}")
random.seed("text seed")
print(random.random())
random.seed(42)
a = random.random()
random.seed(42)
print(a == random.random())
try:
    print(random.choice([]))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
