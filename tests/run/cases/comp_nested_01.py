n = 5
table = [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in table:
    print(" ".join(f"{v:3}" for v in row))
diag = [table[i][i] for i in range(n)]
print(diag, [row[-1] for row in table])
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
