d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(d)
d[3] = "updated"
print(d)
del d[5]
d[5] = "back"
print(d)
print(list(reversed(d)), dict(sorted(d.items(), key=lambda kv: kv[0])))
