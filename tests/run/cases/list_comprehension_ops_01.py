a = [5, 3, 8, 1, 9, 2]
print(a[:], a[1:-1], a[-2:], a[::-2], sorted(a)[len(a) // 2])
print(list(map(lambda x: x * 2, a)), [x for x in a if x > 4], sum(a) / len(a))
b = a[:]
b.sort(reverse=True)
print(a, b, a.index(max(a)), [a.count(x) for x in (1, 7)])
c = a + b
del c[::2]
print(c, len(c), c * 0)
