print(list(range(10, 0, -3)), list(range(-3, 3)), sum(range(0, 101, 2)))
r = range(0, 20, 4)
print(r[1], r[-2], list(r[::2]), len(r), 16 in r, 15 in r)
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
print(list(reversed(range(5))), range(5)[::-1], max(range(7)), min(range(3, 9)))
