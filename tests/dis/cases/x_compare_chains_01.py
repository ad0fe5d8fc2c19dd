def f(a, b, c, d):
    r1 = a < b < c
    r2 = a < b < c < d
    r3 = a == b != c is not d
    r4 = a in b not in c
    r5 = a is b is c
    if a < b < c:
        return r1
    if not (a < b < c):
        return r2
    while a <= b < c:
        a += 1
    r6 = [x for x in d if 0 < x < 10]
    r7 = 0 < a and b < c < d or a
    r8 = (a < b) < c
    r9 = a < (b < c)
    return r3, r4, r5, r6, r7, r8, r9
