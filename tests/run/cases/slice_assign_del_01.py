a = list("abcdefgh")
print(a[2:6:2], a[-3:], a[:-3])
a[1:3] = []
print("".join(a))
a[::3] = ["X"] * len(a[::3])
print("".join(a))
s = slice(1, None, 2)
print(a[s], "hello world"[s], tuple(range(10))[s])
