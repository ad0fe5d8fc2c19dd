pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (10 ** 20, 7)]
for a, b in pairs:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(7.5 // 2, -7.5 % 2, 5 % -1.5)
