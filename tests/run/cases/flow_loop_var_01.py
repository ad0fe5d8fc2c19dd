for i in range(3):
    pass
print(i)
for ch in "abc":
    last = ch
print(ch, last)
total = 0
for i in range(1, 101):
    total += i
print(total)
i = 10
for i in range(0):
    pass
print(i)
