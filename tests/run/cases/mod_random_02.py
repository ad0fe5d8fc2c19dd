import random
r = random.Random(12345)
print([r.randint(0, 9) for _ in range(20)])
print(r.choices("abc", k=8), r.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(round(r.gauss(0, 1), 10), round(r.normalvariate(5, 2), 10))
random.seed("a string seed")
print(random.random())
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
b = [random.random() for _ in range(3)]
print(a == b, a)
state = random.getstate()
x = random.random()
random.setstate(state)
print(x == random.random())
