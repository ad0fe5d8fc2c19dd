def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
fib = mpow([[1, 1], [1, 0]], 100)
print(fib[0][1])
a = [[1, 2, 3], [4, 5, 6]]
print(matmul(a, [[1, 0], [0, 1], [1, 1]]), list(map(list, zip(*a))))
for row in mpow([[2, 0], [0, 3]], 5):
    print(" ".join(f"{v:>4}" for v in row))
