a = [1]
a.extend(range(2, 4))
a.extend("xy")
a.extend((i * 10 for i in range(2)))
a += {5: None}
print(a)
a[len(a):] = [99]
print(a[-3:], a.index("x"), a.count(0))
b = list(reversed(a))
b.remove(99)
print(b[:4])
