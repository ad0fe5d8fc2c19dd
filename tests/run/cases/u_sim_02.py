# Random walk and Monte Carlo estimate of pi
import random
import math

random.seed(2024)
pos = 0
path = [pos]
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
print("max", max(path), "min", min(path), "final", path[-1])

def estimate_pi(n):
    inside = 0
    for _ in range(n):
        x, y = random.random(), random.random()
        if x * x + y * y <= 1:
            inside += 1
    return 4 * inside / n

random.seed(7)
for n in (100, 1000, 10000):
    est = estimate_pi(n)
    print(f"n={n:<6} pi~{est:.4f} err={abs(est - math.pi):.4f}")

random.seed(3)
x = y = 0
for step in range(10):
    angle = random.uniform(0, 2 * math.pi)
    x += math.cos(angle)
    y += math.sin(angle)
print(f"2D walk ends at ({x:.3f}, {y:.3f}), dist {math.hypot(x, y):.3f}")
random.seed(5)
print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6), round(random.expovariate(1.5), 6))
print(round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 3), 6))
