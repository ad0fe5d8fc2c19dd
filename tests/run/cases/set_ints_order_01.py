s = set()
for i in [40, 3, 17, 8, 100, 64, 1]:
    s.add(i)
print(s)
print(sorted(s), list(s)[0] in s)
print({-1, -3, 5}, set(range(20, 0, -3)))
print({x * x for x in range(-3, 4)})
