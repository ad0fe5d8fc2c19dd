data = iter([3, 1, 4, 1, 5, 0, 9])
total = 0
while (v := next(data)) != 0:
    total += v
print(total, list(data))
lines = ["a", "bb", "", "ccc"]
print([(l, n) for l in lines if (n := len(l)) > 1])
