results = []
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        results.append(n)
        continue
    results.append(-n)
print(results)
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i", i)
else:
    print("while done")
