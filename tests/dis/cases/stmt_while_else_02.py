i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    print(i)
else:
    print("done")
