a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::2], a[::-1])
a.append(5); a.insert(0, 0); a.extend([7, 8])
print(a)
print(a.pop(), a.pop(0), a.remove(1), a)
print(a.index(5), a.count(1), 9 in a, 10 not in a)
a.sort(); print(a)
a.reverse(); print(a)
a.clear(); print(a)
