x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
data = [[1, 2], [3]]
print(list(v for row in data for v in row))
print(sum(i for i in range(100) if i % 7 == 0))
print(sorted((w for w in "the quick brown".split()), key=len))
