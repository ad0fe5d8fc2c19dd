def divmod_all(pairs):
    return tuple(divmod(a, b) for a, b in pairs)
res = divmod_all([(7, 2), (9, 3), (10, 4)])
print(res)
for q, r in res:
    print(q, r)
print(sorted(res, key=lambda t: t[1]), {t: sum(t) for t in res})
