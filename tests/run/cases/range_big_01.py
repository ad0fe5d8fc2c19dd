# ranges beyond 64-bit ints.
r = range(10 ** 20, 10 ** 20 + 7, 3)
print(r, list(r), r[0], r[-1], r[1:], 10 ** 20 + 3 in r, 10 ** 20 + 1 in r, r.index(10 ** 20 + 6), r.count(5))
print(list(reversed(r)), list(range(-10 ** 19, -10 ** 19 - 5, -2)), len(r))
big = range(10 ** 30)
print(big[10 ** 29], big[-1], 10 ** 29 in big, big[::10 ** 29], next(iter(big)))
try:
    len(big)
except OverflowError as e:
    print(e)
try:
    big[10 ** 30]
except IndexError as e:
    print(e)
print(2.5 in range(5), 2.0 in range(5), range(3).index(True))
