t = ([1], 2)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
