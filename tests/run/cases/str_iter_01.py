s = "héllo"
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
print([c.upper() for c in s if c != "l"])
it = iter("ab")
print(next(it), next(it), next(it, "done"))
